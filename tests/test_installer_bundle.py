"""The Linux bundle, built for real by ``installers/build.sh`` (PyInstaller, then the tarball),
and the frozen programs run on fresh data folders: ``kh57 --version``, ``demo``, ``report``,
``tasks --json``, a refused input, portable mode, and the window started offscreen.

Slow (a build takes one to three minutes): runs only with ``KH57_SLOW=1``:

    KH57_SLOW=1 python -m pytest tests/test_installer_bundle.py
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

import kh57desk
from kh57desk.db import migrate
from kh57desk.reports import fonts
from tests.conftest import run_cli
from tests.installer_sources import INSTALLERS, ROOT, load

pytestmark = pytest.mark.slow

BUILD_SH = INSTALLERS / "build.sh"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``installers/build.sh`` into a temporary folder: (bundle folder, dist folder, seconds)."""
    base = tmp_path_factory.mktemp("dung-goi")
    dist, work = base / "dist", base / "work"
    env = {**os.environ, "PYTHON": sys.executable}
    started = time.perf_counter()
    result = subprocess.run(["bash", str(BUILD_SH), "--dist", str(dist), "--work", str(work)],
                            capture_output=True, text=True, env=env, timeout=1800)
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"\ninstallers/build.sh: {seconds:.0f} s")
    return dist / "kh57desk", dist, seconds


def frozen_env(tmp_path: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("KH57DESK_DATA", "PYTHONPATH", "PYTHONHOME")}
    env.update({"LANG": "C.UTF-8", "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CACHE_HOME": str(tmp_path / "cache")})
    env.update(extra)
    return env


def run_frozen(program: Path, *args: str, env: dict, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=timeout, cwd=program.parent.parent)


def test_bundle_holds_both_programs_and_their_data(built):
    bundle, _dist, _seconds = built
    for name in ("kh57desk", "kh57"):
        assert (bundle / name).stat().st_mode & stat.S_IXUSR
    internal = bundle / "_internal"
    assert sorted(p.name for p in (internal / "kh57desk" / "db" / "migrations" / "versions").glob("*.py")) == \
        sorted(p.name for p in (ROOT / "kh57desk" / "db" / "migrations" / "versions").glob("*.py"))
    assert (internal / "kh57desk" / "sync" / "schemas" / "manifest.v1.json").is_file()
    assert (internal / "resources" / "fonts" / "LiberationSerif-Regular.ttf").is_file()
    assert (internal / "resources" / "sample" / "tieu-ban-thai-binh-2025.json").is_file()
    assert sorted(p.name for p in (internal / "resources" / "translations").iterdir()) == \
        ["kh57desk_en.qm", "qtbase_vi.qm"]
    qt = internal / "PySide6" / "Qt"
    assert (qt / "plugins" / "iconengines" / "libqsvgicon.so").is_file()  # the page icons are SVG
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert not (qt / "plugins" / "platformthemes" / "libqgtk3.so").exists()
    assert not list(internal.glob("libgtk-3*")) and not list(internal.glob("libcairo.so*"))
    assert not (qt / "translations").exists()
    assert (internal / "pypdfium2_raw" / "libpdfium.so").is_file()  # the window's print preview


def test_bundled_command_line(built, tmp_path):
    bundle, _dist, _seconds = built
    kh57 = bundle / "kh57"
    env = frozen_env(tmp_path)
    version = run_frozen(kh57, "--version", env=env)
    assert (version.returncode, version.stdout.strip()) == (0, f"kh57 {kh57desk.__version__}")

    data = tmp_path / "dữ liệu mới"
    demo = run_frozen(kh57, "--data-dir", str(data), "demo", env=env)
    assert demo.returncode == 0, demo.stderr
    assert "Đã nạp kế hoạch mẫu cho Sở Nội vụ: thêm 94" in demo.stdout
    with sqlite3.connect(data / "kh57desk.sqlite3") as db:  # the migrations ran from the bundle
        assert db.execute("select version_num from alembic_version").fetchone()[0] == migrate.head_revision()

    report = run_frozen(kh57, "--data-dir", str(data), "report", "--period", "2025-Q2", "--format", "pdf",
                        "--date", "20/6/2025", "--json", env=env)
    assert report.returncode == 0, report.stderr
    payload = json.loads(report.stdout)
    files = [Path(f["path"]) for f in payload["files"]]
    assert len(files) == 1 and files[0].suffix == ".pdf"
    assert files[0].read_bytes().startswith(b"%PDF")
    pdf = PdfReader(files[0])
    assert len(pdf.pages) == payload["pages"] > 2
    first_page = pdf.pages[0].extract_text()
    assert "BÁO CÁO" in first_page and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first_page
    expected_font = "TimesNewRoman" if fonts.find_times_new_roman() else "LiberationSerif"  # else the bundled one
    assert payload["font"] == expected_font

    tasks = run_frozen(kh57, "--data-dir", str(data), "tasks", "--period", "2025-Q2", "--json", env=env)
    assert tasks.returncode == 0, tasks.stderr
    frozen = json.loads(tasks.stdout)
    frozen_tasks = frozen["tasks"]
    # the same answer as the program run from the sources
    source_data = tmp_path / "nguồn"
    run_cli("demo", data_dir=source_data, check=True)
    source = json.loads(run_cli("tasks", "--period", "2025-Q2", "--json", data_dir=source_data, check=True).stdout)
    assert (len(frozen_tasks), frozen["hidden_related"]) == (64, 30)  # and 30 liên quan (chung), asked for by role
    assert [(t["ref"], t["status"]) for t in frozen_tasks] == [(t["ref"], t["status"]) for t in source["tasks"]]

    wrong = run_frozen(kh57, "--data-dir", str(data), "report", "--period", "2025-Q9", env=env)
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("Lỗi: ") and len(wrong.stderr.strip().splitlines()) == 1
    assert not (data / "reports" / "2025-Q9").exists()


def test_bundled_signing(built, tmp_path):
    """pyHanko, pyhanko-certvalidator, cryptography and the signature stamp's font, frozen:
    sign the report PDF and the XLSX with a PKCS#12 key, verify, trust the CA."""
    import pki

    bundle, _dist, _seconds = built
    kh57, env, data = bundle / "kh57", frozen_env(tmp_path), tmp_path / "ký số"
    ca = pki.make_ca()
    p12 = pki.write_p12(tmp_path / "nguyen-van-an.p12", pki.make_signer(ca), ca)
    assert run_frozen(kh57, "--data-dir", str(data), "demo", env=env).returncode == 0
    made = run_frozen(kh57, "--data-dir", str(data), "report", "--period", "2025-Q2", "--format", "both",
                      "--date", "20/6/2025", "--json", env=env)
    assert made.returncode == 0, made.stderr
    report_id = json.loads(made.stdout)["id"]
    signed = subprocess.run([str(kh57), "--data-dir", str(data), "sign", str(report_id), "--p12", str(p12)],
                            input=pki.P12_PASSWORD + "\n", capture_output=True, text=True, encoding="utf-8",
                            env=env, timeout=180)
    assert signed.returncode == 0, signed.stderr
    assert signed.stdout.startswith("Đã ký số bởi Nguyễn Văn An (CA thử nghiệm kh57desk), mức B-B")
    pdf = next((data / "reports" / "2025-Q2").glob("*-da-ky.pdf"))
    xlsx = next((data / "reports" / "2025-Q2").glob("*.xlsx"))
    assert xlsx.with_name(xlsx.name + ".p7s").is_file()
    check = run_frozen(kh57, "--data-dir", str(data), "verify", str(pdf), env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Người ký: Nguyễn Văn An — Sở Khoa học và Công nghệ tỉnh Thái Bình" in check.stdout
    assert run_frozen(kh57, "--data-dir", str(data), "trust", "add", str(ca.write_pem(tmp_path / "ca.pem")),
                      env=env).returncode == 0
    trusted = run_frozen(kh57, "--data-dir", str(data), "verify", str(xlsx), "--require-trust", "--json", env=env)
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    body = json.loads(trusted.stdout)
    assert body["ok"] and body["trusted"] and body["kind"] == "cms"


def test_portable_copy_keeps_its_data_beside_the_program(built, tmp_path):
    bundle, _dist, _seconds = built
    usb = tmp_path / "USB" / "kh57desk"
    usb.parent.mkdir()
    subprocess.run(["cp", "-al", str(bundle), str(usb)], check=True)  # hard links: no 250 MB copy
    (usb / "kh57desk.portable").write_text("di động\n", encoding="utf-8")
    result = run_frozen(usb / "kh57", "demo", env=frozen_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (usb / "kh57desk-data" / "kh57desk.sqlite3").is_file()
    assert not (tmp_path / "share" / "kh57desk").exists()  # not the user's folder


@pytest.fixture(scope="module")
def task_package(built, tmp_path_factory) -> Path:
    """Sở Nội vụ's task package, exported by the frozen ``kh57`` from a coordinator database."""
    bundle, _dist, _seconds = built
    base = tmp_path_factory.mktemp("so-khcn")
    env, data, out = frozen_env(base), base / "dữ liệu", base / "gói"
    for args in (["init", "--agency", "Sở Khoa học và Công nghệ", "--coordinator"], ["demo"],
                 ["export-tasks", "--agency", "Sở Nội vụ", "--out", str(out)]):
        result = run_frozen(bundle / "kh57", "--data-dir", str(data), *args, env=env)
        assert result.returncode == 0, result.stderr
    [package] = out.glob("*.kh57")
    return package


@pytest.mark.parametrize("case", ["ke-hoach-mau", "lan-dau", "nhay-dup-goi"])
def test_bundled_window_starts_offscreen_and_closes(built, task_package, tmp_path, case):
    """The window on the sample plan (with a double-clicked package: the import preview on the
    Đồng bộ screen), on a new data folder (first-run wizard), and on a new data folder opened by
    double-clicking a task package (its preview first), each quit once its first screen is shown."""
    bundle, _dist, _seconds = built
    data = tmp_path / "dữ liệu"
    env = frozen_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    extra = [] if case == "lan-dau" else [str(task_package)]  # as Windows passes a double-clicked file
    if case == "ke-hoach-mau":
        assert run_frozen(bundle / "kh57", "--data-dir", str(data), "demo", env=env).returncode == 0
    started = time.perf_counter()
    result = run_frozen(bundle / "kh57desk", "--data-dir", str(data), "--exit-when-ready", *extra, env=env,
                        timeout=120)
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-2000:]
    assert seconds < 60
    log = (data / "logs" / "kh57desk.log").read_text(encoding="utf-8")
    assert f"kh57desk {kh57desk.__version__} started" in log
    assert "ignored command-line argument" not in log  # the package was taken
    assert "Traceback" not in log and "not found" not in log  # translations and resources found
    assert "Traceback" not in result.stderr


def test_tarball(built):
    bundle, dist, _seconds = built
    name = load("app_metadata").artifact_name("linux")
    tarball = dist / f"{name}.tar.gz"
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    assert (dist / f"{name}.tar.gz.sha256").read_text().split() == [digest, tarball.name]
    with tarfile.open(tarball) as archive:
        members = {m.name: m for m in archive.getmembers()}
        top = {n.split("/", 1)[0] for n in members}
        assert top == {name}
        for program in ("kh57desk", "kh57", "cai-dat.sh"):
            assert members[f"{name}/{program}"].mode & 0o111, program
        desktop = archive.extractfile(f"{name}/kh57desk.desktop").read()
        assert desktop == (ROOT / "resources" / "kh57desk.desktop").read_bytes()
        assert archive.extractfile(f"{name}/kh57desk.png").read() == \
            (ROOT / "resources" / "icons" / "kh57desk-256.png").read_bytes()
        assert f"{name}/kh57desk-mime.xml" in members
        assert f"{name}/_internal/resources/translations/kh57desk_en.qm" in members
        assert f"{name}/kh57desk.portable" not in members
        assert all(m.uid == 0 and m.gid == 0 for m in members.values())
        assert sum(1 for n in members if n.startswith(f"{name}/_internal/")) == \
            sum(1 for _ in (bundle / "_internal").rglob("*"))
