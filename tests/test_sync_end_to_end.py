"""End to end with real files: the coordinator imports the appendix .xlsx and hands out task
packages; three agencies import them, enter progress, generate and sign their reports and send
report packages; the coordinator imports them and produces the consolidated PDF and XLSX, whose
figures are checked against what the agencies entered."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
from pypdf import PdfReader

from kh57desk.domain.periods import parse_period
from kh57desk.domain.text import vietnamese_sort_key
from kh57desk.services import plan_import, progress, report_register, settings, setup, signing_service, tasks
from kh57desk.signing import verify as signing_verify
from kh57desk.sync import package_import, report_package, task_package
from kh57desk.workspace import open_workspace
from tests.conftest import run_cli
from tests.pki import P12_PASSWORD, make_ca, make_signer, write_p12
from tests.plan_fixtures import appendix_xlsx

Q2 = parse_period("2025-Q2")
TODAY = dt.date(2025, 6, 20)
# what each agency reports: task ref → (state, completion date, difficulties, proposals)
ENTRIES = {
    "Sở Y tế": {"16": ("hoàn thành", "10/6/2025", "", ""), "28": ("đang thực hiện", "", "Thiếu nhân lực CNTT", ""),
                "34": ("hoàn thành", "", "", "Đề nghị bổ sung kinh phí năm 2026")},
    "Sở Nội vụ": {"1": ("hoàn thành", "25/3/2025", "", ""), "8": ("đang thực hiện", "", "", "")},
    "Sở Tài chính": {"68": ("hoàn thành", "5/6/2025", "Chậm phân bổ vốn", "")},
}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    ca = make_ca()
    coordinator = open_workspace(root / "so-khcn")
    with coordinator.db.transaction() as s:
        setup.initialise(s, "Sở Khoa học và Công nghệ", signer_name="Trần Văn Dũng", signer_title="Giám đốc",
                         coordinator=True)
    plan_file = root / "phụ lục kế hoạch.xlsx"
    appendix_xlsx(plan_file)
    draft = plan_import.read_file(plan_file)
    with coordinator.db.transaction() as s:
        result = plan_import.apply(s, draft)
    assert result.counts()["added"] == 98
    agencies = {}
    for number, name in enumerate(ENTRIES):
        with coordinator.db.transaction() as s:
            package = task_package.export_for(s, name, root / "goi-nhiem-vu").path
        ws = open_workspace(root / f"co-quan-{number}")
        [imported] = package_import.import_paths(ws, [package], trust_new_sender=True)
        assert imported.ok, imported.message
        with ws.db.transaction() as s:
            settings.update(s, signer_name=f"Người ký {number}", signer_title="PHÓ GIÁM ĐỐC",
                            signer_authority="KT. GIÁM ĐỐC")
            for ref, (state, completed, difficulties, proposals) in ENTRIES[name].items():
                progress.record(s, tasks.find_task(s, ref), Q2, state=state, completed_on=completed,
                                difficulties=difficulties, proposals=proposals, result=f"Kết quả nhiệm vụ {ref}")
        with ws.db.transaction() as s:
            report = report_register.generate(ws, s, Q2, ("pdf", "xlsx"), today=TODAY)
        key = write_p12(root / f"khoa-{number}.p12", make_signer(ca, f"Người ký {number}"), ca)
        with ws.db.transaction() as s:
            prefs = settings.load(s)
            signing_service.sign_report(ws, s, report.id, signing_service.key_source(prefs, p12=key), P12_PASSWORD)
        with ws.db.transaction() as s:
            prefs = settings.load(s)
            source = signing_service.key_source(prefs, p12=key)
            sent = report_package.export(ws, s, Q2, root / "goi-bao-cao" / f"{number}.kh57",
                                         lambda data: signing_service.sign_bytes(data, source, P12_PASSWORD, prefs))
        agencies[name] = (ws, sent)
    results = package_import.import_paths(coordinator, [root / "goi-bao-cao"], trust_new_sender=True)
    yield coordinator, agencies, results, root
    for ws, _ in agencies.values():
        ws.close()
    coordinator.close()


def test_every_report_package_was_signed_and_imported(world):
    coordinator, agencies, results, _ = world
    assert [r.ok for r in results] == [True, True, True], [r.message for r in results]
    assert {r.preview.signed_by for r in results} == {"Người ký 0", "Người ký 1", "Người ký 2"}
    for name, (_, sent) in agencies.items():
        assert sent.entries == len(ENTRIES[name])
        assert sent.report_files == 4  # PDF, XLSX, the signed PDF, the XLSX's .p7s
        with zipfile.ZipFile(sent.path) as z:
            signed_pdf = next(n for n in z.namelist() if n.startswith("reports/") and n.endswith("-da-ky.pdf")
                              or (n.startswith("reports/") and n.endswith(".pdf") and "ky" in n))
            report = signing_verify.verify_pdf(z.read(signed_pdf), signed_pdf, [])
            assert not isinstance(report, str) and report[0].intact


def test_completeness_and_consolidated_figures_match_what_agencies_entered(world):
    coordinator, agencies, _, root = world
    out = root / "tong-hop.xlsx"
    result = run_cli("consolidate", "--period", "2025-Q2", "--format", "xlsx", "--out", str(out),
                     "--today", "20/6/2025", "--date", "22/6/2025", data_dir=coordinator.data_dir)
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out)
    sheet = wb["Theo cơ quan"]
    header = [c.value for c in sheet[5]]
    rows = {r[1]: dict(zip(header, r)) for r in sheet.iter_rows(min_row=6, values_only=True) if r[1]}
    assert rows["Sở Y tế"]["Hoàn thành đúng hạn"] == 2  # (16) and (34); (28) is in progress
    assert rows["Sở Y tế"]["Tình hình báo cáo"] in ("Đã báo cáo đúng hạn", "Báo cáo muộn")
    assert rows["Sở Nội vụ"]["Hoàn thành đúng hạn"] == 1  # (1) done 25/03, due 31/03
    assert rows["Sở Tài chính"]["Hoàn thành đúng hạn"] + rows["Sở Tài chính"]["Hoàn thành quá hạn"] >= 1
    assert rows["Sở Công Thương"]["Tình hình báo cáo"] == "Chưa báo cáo"
    assert "Sở Khoa học và Công nghệ" not in rows  # the coordinator enters its own progress directly
    assert isinstance(rows["Sở Y tế"]["Tỷ lệ hoàn thành (%)"], float)
    statuses = header[3:10]
    for name, row in rows.items():  # every row, the total row too, adds up to its task count
        assert sum(row[s] for s in statuses) == row["Số nhiệm vụ chủ trì"], name
    assert rows["Tổng cộng"]["Số nhiệm vụ chủ trì"] == sum(r["Số nhiệm vụ chủ trì"] for n, r in rows.items()
                                                          if n != "Tổng cộng")
    names = [n for n in rows if n != "Tổng cộng"]
    assert names == sorted(names, key=vietnamese_sort_key), "Vietnamese alphabetical order"
    assert wb["Biểu đồ"]._charts and not wb["Theo cơ quan"]._charts, "the chart on its own sheet"
    texts = [r for r in wb["Khó khăn - đề xuất"].iter_rows(min_row=6, values_only=True) if r[0]]
    assert ("Khó khăn", "Sở Y tế", "28", "Thiếu nhân lực CNTT") in texts  # TT typed as a number in the .xlsx
    assert ("Đề xuất", "Sở Y tế", "(34)", "Đề nghị bổ sung kinh phí năm 2026") in texts
    assert ("Khó khăn", "Sở Tài chính", "(68)", "Chậm phân bổ vốn") in texts

    pdf_path = root / "tong-hop.pdf"
    result = run_cli("consolidate", "--period", "2025-Q2", "--format", "pdf", "--out", str(pdf_path),
                     "--today", "20/6/2025", "--date", "23/6/2025", data_dir=coordinator.data_dir)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(pdf_path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "BÁO CÁO" in text and "Tổng hợp kết quả thực hiện" in text and "quý II năm 2025" in text
    assert "Thiếu nhân lực CNTT" in text and "Chậm phân bổ vốn" in text
    assert "Biểu đồ: tỷ lệ hoàn thành nhiệm vụ chủ trì theo cơ quan, đơn vị" in text
    assert "Số: 02/BC-SKHCN" in text  # the Department's second report of 2025
    assert "Thái Bình, ngày 23 tháng 6 năm 2025" in text
    fonts = {str(f.get("/BaseFont")) for page in reader.pages for f in
             (page.get("/Resources", {}).get("/Font", {}) or {}).values()}
    assert fonts and all("+" in f for f in fonts), "fonts embedded (subset)"

    early = run_cli("consolidate", "--period", "2025-Q2", "--format", "xlsx", "--out", str(root / "som.xlsx"),
                    "--today", "10/6/2025", "--date", "10/6/2025", data_dir=coordinator.data_dir)
    assert early.returncode == 0, early.stderr
    assert any(line.startswith("Lưu ý: Báo cáo ghi ngày 10/06/2025, trước ngày chốt số liệu của kỳ (14/06/2025)")
               for line in early.stdout.splitlines())


def test_coordinator_dump_unchanged_by_a_second_import_of_the_folder(world):
    coordinator, _, _, root = world
    again = package_import.import_paths(coordinator, [root / "goi-bao-cao"], trust_new_sender=True)
    assert all(r.ok and r.preview.already_imported for r in again)
