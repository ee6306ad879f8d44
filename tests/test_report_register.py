"""The report register: drafts, numbers, versions, files never overwritten, nothing left behind on
errors, the summary, and marking a report as sent."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import func, select

from kh57desk.db.models import GeneratedReport, Setting
from kh57desk.domain.periods import parse_period
from kh57desk.errors import Cancelled, InputError
from kh57desk.services import due_reports, report_register, settings as settings_service
from tests.test_report_support import Q2, TODAY, flat, page_texts, record, reported  # noqa: F401 - fixture

Q3 = parse_period("2025-Q3")


def _generate(ws, period=Q2, formats=("pdf", "xlsx"), **kwargs):
    with ws.db.transaction() as session:
        return report_register.generate(ws, session, period, formats, today=TODAY, **kwargs)


def _state(ws):
    """Rows of the register, the counter and every file under reports/ (to prove nothing changed)."""
    with ws.db.reader() as session:
        rows = session.scalar(select(func.count()).select_from(GeneratedReport))
        counter = settings_service.load(session).next_report_number
    files = sorted(p.relative_to(ws.data_dir).as_posix() for p in ws.reports.rglob("*") if p.is_file()) \
        if ws.reports.exists() else []
    return rows, counter, files


def test_generate_writes_files_and_records_them(reported):
    info = _generate(reported)
    assert info.number == "01/BC-SNV" and info.version == 1 and info.issued_on == TODAY
    assert [f.format for f in info.files] == ["pdf", "xlsx"]
    for f in info.files:
        data = f.path.read_bytes()
        assert f.path.parent == reported.reports / "2025-Q2"
        assert (f.size, f.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert info.file("pdf").path.name == "Bao-cao-SNV-2025-Q2-v1.pdf"
    with reported.db.reader() as session:
        row = session.get(GeneratedReport, info.id)
        files = json.loads(row.files)
        assert (row.period, row.number, row.version, row.issued_on, row.signed, row.submitted) == \
            ("2025-Q2", "01/BC-SNV", 1, TODAY, False, False)
        assert files[0]["path"] == "reports/2025-Q2/Bao-cao-SNV-2025-Q2-v1.pdf"
        assert files[0]["format"] == "pdf" and files[0]["sha256"] == info.files[0].sha256
        assert len(files[0]["signature_box"]) == 5 and "signature_box" not in files[1]
        assert json.loads(row.recipients) == ["Sở Khoa học và Công nghệ (để tổng hợp)", "Lưu: VT"]
        assert settings_service.load(session).next_report_number == 2
    with reported.db.reader() as session:
        register = report_register.list_reports(session, reported.data_dir)
    assert [(i.id, i.number, i.version) for i in register] == [(info.id, "01/BC-SNV", 1)]
    assert all(f.exists and f.path.is_absolute() for f in register[0].files)
    assert register[0].signature_label == "Chưa ký" and register[0].sent_label == "Chưa gửi"


def test_regenerating_makes_a_new_version_and_never_touches_the_old_files(reported):
    first = _generate(reported)
    before = {f.path: f.path.read_bytes() for f in first.files}
    with reported.db.transaction() as session:  # the signing engineer's code marks it signed
        session.get(GeneratedReport, first.id).signed = True
    record(reported, "(5)", state="hoàn thành", completed_on="10/6/2025", result="Đã ban hành chương trình")
    second = _generate(reported)
    assert (second.version, second.number) == (2, "01/BC-SNV")  # same report, corrected: same number
    assert {f.path.name for f in second.files} == {"Bao-cao-SNV-2025-Q2-v2.pdf", "Bao-cao-SNV-2025-Q2-v2.xlsx"}
    assert {p: p.read_bytes() for p in before} == before
    assert "Đã ban hành chương trình" in flat(" ".join(page_texts(second.file("pdf").path)))
    with reported.db.reader() as session:
        assert settings_service.load(session).next_report_number == 2
        assert [i.version for i in report_register.list_reports(session)] == [2, 1]


def test_a_stray_file_with_the_next_name_is_kept(reported):
    folder = reported.reports / "2025-Q2"
    folder.mkdir(parents=True)
    stray = folder / "Bao-cao-SNV-2025-Q2-v1.pdf"
    stray.write_bytes(b"%PDF- a file somebody left here")
    info = _generate(reported, formats=("pdf",))
    assert info.file("pdf").path.name == "Bao-cao-SNV-2025-Q2-v1-2.pdf"
    assert stray.read_bytes() == b"%PDF- a file somebody left here"


def test_numbers_typed_by_the_user_win_and_move_the_counter(reported):
    typed = _generate(reported, number="12")
    assert typed.number == "12/BC-SNV"
    q3 = _generate(reported, Q3)
    assert q3.number == "13/BC-SNV"
    full = _generate(reported, parse_period("2025-Q4"), number="5/bc-snv")
    assert full.number == "05/BC-SNV"
    with reported.db.reader() as session:
        assert settings_service.load(session).next_report_number == 14
        assert report_register.next_number(session, dt.date(2025, 12, 1)) == 14


def test_the_counter_starts_again_in_a_new_year(reported):
    _generate(reported)
    info = _generate(reported, parse_period("2025-Y"), date="05/01/2026")
    assert info.number == "01/BC-SNV" and info.issued_on == dt.date(2026, 1, 5)
    older = _generate(reported, parse_period("2025-H2"), date="20/12/2025", number="40")
    assert older.number == "40/BC-SNV"  # a back-dated report does not move the new year's counter
    with reported.db.reader() as session:
        assert report_register.next_number(session, dt.date(2026, 2, 1)) == 2


@pytest.mark.parametrize("kwargs,message", [
    ({"number": "mười hai"}, "Số báo cáo 'mười hai' không hợp lệ"),
    ({"number": "0"}, "Số báo cáo phải lớn hơn 0"),
    ({"date": "31/02/2025"}, "không phải một ngày có thật"),
    ({"formats": ("docx",)}, "Định dạng 'docx' không hợp lệ"),
])
def test_bad_input_changes_nothing(reported, kwargs, message):
    before = _state(reported)
    formats = kwargs.pop("formats", ("pdf", "xlsx"))
    with pytest.raises(InputError, match=message):
        _generate(reported, formats=formats, **kwargs)
    assert _state(reported) == before


def test_a_copy_where_the_user_asks_and_never_over_an_existing_file(reported, tmp_path):
    out = tmp_path / "gửi Sở KHCN.pdf"
    info = _generate(reported, out=out)
    assert info.copies == [out.with_suffix(".pdf"), out.with_suffix(".xlsx")]
    assert out.read_bytes() == info.file("pdf").path.read_bytes()
    assert out.with_suffix(".xlsx").read_bytes() == info.file("xlsx").path.read_bytes()
    before = _state(reported)
    with pytest.raises(InputError, match="đã có; chương trình không ghi đè"):
        _generate(reported, out=out)
    assert _state(reported) == before
    with pytest.raises(InputError, match="không tồn tại"):
        _generate(reported, out=tmp_path / "không có" / "x.pdf")
    with pytest.raises(InputError, match="không có đuôi .pdf"):
        _generate(reported, formats=("pdf",), out=tmp_path / "x.xlsx")
    assert _state(reported) == before


def test_cancelling_leaves_no_file_and_no_row(reported):
    before = _state(reported)
    seen = []

    def progress(step, steps, message):
        seen.append(message)
        if "trang 2" in message:
            raise Cancelled()

    with pytest.raises(Cancelled):
        _generate(reported, progress=progress)
    assert _state(reported) == before
    assert seen[0] == "Đang tổng hợp số liệu…" and seen[-1] == "Đang tạo tệp PDF: trang 2…"


def test_a_failure_after_writing_removes_the_files(reported, monkeypatch):
    before = _state(reported)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full while recording")

    monkeypatch.setattr(report_register.audit, "record", broken)
    with pytest.raises(RuntimeError):
        _generate(reported)
    assert _state(reported) == before


def test_draft_round_trip_and_cleaning(reported):
    with reported.db.transaction() as session:
        draft = report_register.load_draft(session, Q2)
        assert draft.recipients == ["Sở Khoa học và Công nghệ (để tổng hợp)"]
        assert (draft.signer_authority, draft.signer_title, draft.signer_name) == \
            ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An")
        draft.recipients = ["- Sở Khoa học và Công nghệ;", "  Văn phòng UBND tỉnh.", "", "- Lưu: VT, VP."]
        draft.difficulties_text = "  Thiếu kinh phí.\n\nThiếu nhân lực.  "
        draft.signer_title = "giám đốc"
        draft.signer_authority = ""
        draft.number = "7"
        draft.date = "18/6/2025"
        saved = report_register.save_draft(session, draft)
    assert saved.recipients == ["Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Lưu: VT, VP"]
    assert saved.difficulties_text == "Thiếu kinh phí.\n\nThiếu nhân lực."
    assert (saved.signer_title, saved.signer_authority, saved.number, saved.date) == \
        ("GIÁM ĐỐC", "", "07/BC-SNV", dt.date(2025, 6, 18))
    with reported.db.reader() as session:
        assert report_register.load_draft(session, Q2) == saved
        assert report_register.load_draft(session, Q3).recipients == ["Sở Khoa học và Công nghệ (để tổng hợp)"]
    info = _generate(reported)
    assert (info.number, info.issued_on) == ("07/BC-SNV", dt.date(2025, 6, 18))
    text = flat(" ".join(page_texts(info.file("pdf").path)))
    assert "- Sở Khoa học và Công nghệ; - Văn phòng UBND tỉnh; - Lưu: VT, VP." in text
    assert "II. KHÓ KHĂN, VƯỚNG MẮC Thiếu kinh phí. Thiếu nhân lực." in text
    assert "KT. GIÁM ĐỐC" not in text and "GIÁM ĐỐC Nguyễn Văn An" in text


def test_a_bad_draft_is_refused_and_nothing_saved(reported):
    with reported.db.transaction() as session:
        draft = report_register.load_draft(session, Q2)
    for change, message in ((dict(results_text="x" * 20_001), "phần I quá dài"),
                            (dict(recipients=["Nơi nhận"] * 41), "tối đa 40 dòng"),
                            (dict(date="hôm nay"), "không đúng dạng ngày"),
                            (dict(number="BC-12"), "không hợp lệ")):
        with pytest.raises(InputError, match=message):
            with reported.db.transaction() as session:
                report_register.save_draft(session, report_register.ReportDraft(**{**draft.__dict__, **change}))
    with reported.db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Setting).where(Setting.key.like("report_draft%"))) == 0


def test_summary_says_what_will_go_in(reported):
    with reported.db.reader() as session:
        s = report_register.summary(session, Q2, TODAY)
    assert (s.total, s.lead_total, s.coordinate_total) == (64, 11, 53)  # without the 30 "đơn vị liên quan" tasks
    assert (s.window_start, s.window_end, s.as_of) == (dt.date(2025, 3, 15), dt.date(2025, 6, 14), dt.date(2025, 6, 14))
    counts = {c.status: c.total for c in s.status_counts}
    assert sum(counts.values()) == 64 and counts["done_on_time"] == 1 and counts["adjust"] == 1
    assert [n.ref for n in s.difficulties] == ["(4)"]
    assert [(n.ref, n.text) for n in s.adjustments] == [("(8)", "Đề nghị lùi thời hạn sang quý IV năm 2025")]
    assert [n.ref for n in s.proposals] == ["(4)"]
    assert s.next_period_label == "quý III năm 2025"
    assert s.next_tasks and all(n.text for n in s.next_tasks)
    assert len(s.targets) == 6 and s.targets[0].assessment == "Đạt"
    assert s.plan_reference.startswith("Kế hoạch hoạt động năm 2025 của Tiểu Ban")
    highlights = {n.ref: n.text for g in s.groups for n in g.highlights}
    assert highlights["(1)"] == ("Đã ban hành Kế hoạch phát động phong trào thi đua chuyển đổi số "
                                 "(Kế hoạch số 45/KH-SNV ngày 20/03/2025)")


def test_marking_a_report_as_sent(reported):
    info = _generate(reported)
    with reported.db.transaction() as session:
        sent = report_register.mark_submitted(session, info.id, dt.date(2025, 6, 21))
        again = report_register.mark_submitted(session, info.id, dt.date(2025, 7, 1))
    assert sent.submitted and sent.submitted_on == dt.date(2025, 6, 21) and sent.sent_label == "Đã gửi 21/06/2025"
    assert again.submitted_on == dt.date(2025, 6, 21)
    with reported.db.reader() as session:
        assert "2025-Q2" in due_reports.submitted_periods(session)
        with pytest.raises(InputError, match="Không có báo cáo mã 99"):
            report_register.mark_submitted(session, 99)


def test_a_consolidated_report_marked_sent_stays_consolidated(reported):
    info = _generate(reported)
    assert not info.consolidated
    with reported.db.transaction() as session:  # what the coordinator's consolidate writes in the register
        session.get(GeneratedReport, info.id).note = json.dumps({"kind": "consolidated"})
    with reported.db.transaction() as session:
        assert report_register.get_report(session, info.id).consolidated
        sent = report_register.mark_submitted(session, info.id, dt.date(2025, 6, 21))
    assert sent.consolidated and sent.sent_label == "Đã gửi 21/06/2025"
    with reported.db.reader() as session:
        row = session.get(GeneratedReport, info.id)
        assert json.loads(row.note) == {"kind": "consolidated", "submitted_on": "2025-06-21"}
        assert [r.consolidated for r in report_register.list_reports(session) if r.id == info.id] == [True]


def test_a_missing_file_shows_in_the_register(reported):
    info = _generate(reported)
    info.file("xlsx").path.unlink()
    with reported.db.reader() as session:
        item = report_register.get_report(session, info.id, reported.data_dir)
    assert [(f.format, f.exists) for f in item.files] == [("pdf", True), ("xlsx", False)]


def test_several_plans_need_a_choice(reported):
    from kh57desk.services import plan_apply

    draft = plan_apply.PlanDraft(tasks=[plan_apply.TaskDraft(ref="1", content="Nhiệm vụ của kế hoạch thứ hai",
                                                             lead="Sở Nội vụ", deadline="Quý III/2025")],
                                 number="26/KH-UBND", title="Kế hoạch thực hiện Nghị quyết 57")
    with reported.db.transaction() as session:
        plan_apply.apply(session, draft)
    with pytest.raises(InputError, match="Có 2 kế hoạch, hãy chọn kế hoạch cần báo cáo"):
        _generate(reported)
    with reported.db.reader() as session:
        plan_id = report_register.report_data.find_plan(session, "26/kh-ubnd").id
    info = _generate(reported, plan_id=plan_id, formats=("pdf",))
    text = flat(" ".join(page_texts(info.file("pdf").path)))
    assert "Kết quả thực hiện Kế hoạch số 26/KH-UBND, quý II năm 2025" in text
    assert "Nhiệm vụ của kế hoạch thứ hai" in text and "Phát động phong trào thi đua" not in text
