"""The installer sources without building them: version in one place, the Windows version
resource, the data the bundle carries, what the spec trims, the Windows icon."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

import kh57desk
from tests.installer_sources import ICONS, INSTALLERS, ROOT, load


@pytest.fixture(scope="module")
def meta():
    return load("app_metadata")


# --- version in one place -----------------------------------------------------------------
def test_version_is_read_from_the_package(meta, tmp_path):
    assert meta.read_version() == kh57desk.__version__
    init = tmp_path / "__init__.py"
    init.write_text('"""doc"""\n__version__ = "2.10.3rc1"\nAPP_NAME = "x"\n', encoding="utf-8")
    assert meta.read_version(init) == "2.10.3rc1"
    init.write_text('APP_NAME = "x"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="__version__"):
        meta.read_version(init)


@pytest.mark.parametrize("version, numbers", [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0)), ("1.2.3.4", (1, 2, 3, 4)),
])
def test_windows_version_numbers(meta, version, numbers):
    assert meta.version_tuple(version) == numbers


@pytest.mark.parametrize("version", ["dev", "70000.1"])
def test_unusable_version_refused(meta, version):
    with pytest.raises(SystemExit):
        meta.version_tuple(version)


def test_artifact_names_carry_the_version(meta):
    assert meta.artifact_name("setup", "1.2.0") == "kh57desk-1.2.0-windows-cai-dat"
    assert meta.artifact_name("portable", "1.2.0") == "kh57desk-1.2.0-windows-di-dong"
    assert re.fullmatch(r"kh57desk-1\.2\.0-linux-[a-z0-9_]+", meta.artifact_name("linux", "1.2.0"))
    with pytest.raises(SystemExit):
        meta.artifact_name("deb", "1.2.0")
    out = subprocess.run([shutil.which("python3") or "python3", str(INSTALLERS / "app_metadata.py"), "version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == kh57desk.__version__


def _parse_version_resource(text: str):
    """Evaluate the version-file text with recording stand-ins for PyInstaller's classes."""
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    namespace = {name: (lambda n: lambda *args, **kwargs: (n, args, kwargs))(name) for name in names}
    return eval(text, namespace)  # noqa: S307 - our own generated text


def test_windows_version_resource(meta, tmp_path):
    version = kh57desk.__version__
    for exe in meta.EXECUTABLES:
        text = meta.version_resource_text(exe, version)
        kind, _args, info = _parse_version_resource(text)
        assert kind == "VSVersionInfo"
        assert info["ffi"][2]["filevers"] == meta.version_tuple(version)
        assert info["ffi"][2]["prodvers"] == meta.version_tuple(version)
        string_file_info, var_file_info = info["kids"]
        table = string_file_info[1][0][0]
        assert table[1][0] == "042A04B0"  # Vietnamese, Unicode
        strings = {s[1][0]: s[1][1] for s in table[1][1]}
        assert strings["ProductName"] == "kh57desk"
        assert strings["ProductVersion"] == version
        assert strings["FileVersion"] == version
        assert strings["CompanyName"] == meta.PUBLISHER
        assert strings["OriginalFilename"] == f"{exe.name}.exe"
        assert strings["FileDescription"].startswith(exe.name)
        assert var_file_info[1][0][0][1] == ("Translation", [0x042A, 1200])
    # PyInstaller's own reader (as on Windows) accepts it
    pytest.importorskip("pefile")
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the build extra; .ci/run installs it for the bundle step")
    import PyInstaller.compat

    if not hasattr(PyInstaller.compat, "win32api"):
        PyInstaller.compat.win32api = None  # only used when writing into an .exe, on Windows
    from PyInstaller.utils.win32 import versioninfo

    path = tmp_path / "version.txt"
    path.write_text(meta.version_resource_text(meta.WINDOW, "3.4.5"), encoding="utf-8")
    loaded = versioninfo.load_version_info_from_text_file(str(path))
    assert (loaded.ffi.fileVersionMS, loaded.ffi.fileVersionLS) == ((3 << 16) | 4, 5 << 16)
    assert "Dự án kh57desk" in str(loaded)


# --- data carried by the bundle -----------------------------------------------------------
def test_bundle_data_has_everything_read_at_run_time(tmp_path):
    bundle_data = load("bundle_data")
    datas = bundle_data.bundle_datas(ROOT, tmp_path / "stage")
    placed = {(Path(src).name, dest) for src, dest in datas}
    for path in (ROOT / "kh57desk" / "db" / "migrations").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert (path.name, str(path.parent.relative_to(ROOT))) in placed, path
    assert ("0001_initial_schema.py", os.path.join("kh57desk", "db", "migrations", "versions")) in placed
    for schema in (ROOT / "kh57desk" / "sync" / "schemas").glob("*.json"):
        assert (schema.name, os.path.join("kh57desk", "sync", "schemas")) in placed
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert (font.name, os.path.join("resources", "fonts")) in placed
    assert ("tieu-ban-thai-binh-2025.json", os.path.join("resources", "sample")) in placed
    assert ("kh57desk-256.png", os.path.join("resources", "icons")) in placed
    assert ("overview.svg", os.path.join("resources", "icons", "pages")) in placed
    for guide_file in ("huong-dan.html", "huong-dan.pdf", "huong-dan.json"):  # Trợ giúp → Hướng dẫn sử dụng
        assert (guide_file, os.path.join("resources", "guide")) in placed
    for image in (ROOT / "resources" / "guide" / "images").glob("*.png"):
        assert (image.name, os.path.join("resources", "guide", "images")) in placed
    # no Python module of the package travels as data except the migrations
    assert not [src for src, dest in datas if src.endswith(".py") and "migrations" not in dest]
    # translations: compiled here from the .ts sources, never the sources themselves
    translations = [(Path(src), dest) for src, dest in datas if dest == os.path.join("resources", "translations")]
    assert sorted(p.name for p, _ in translations) == sorted(
        ts.with_suffix(".qm").name for ts in (ROOT / "resources" / "translations").glob("*.ts"))
    from PySide6.QtCore import QTranslator

    for qm, _dest in translations:
        assert qm.parent == tmp_path / "stage" / "translations"
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        assert not translator.isEmpty()


# --- what the spec trims --------------------------------------------------------------------
def test_trim_drops_qt_translations_only():
    trim = load("bundle_trim")
    datas = [("PySide6/Qt/translations/qt_de.qm", "/x/qt_de.qm", "DATA"),
             ("resources/translations/qtbase_vi.qm", "/y/qtbase_vi.qm", "DATA")]
    assert trim.drop_qt_translations(datas) == datas[1:]


def test_trim_drops_the_gtk_plugin_and_what_only_it_needs():
    trim = load("bundle_trim")
    plugin = trim.GTK_THEME_PLUGIN
    binaries = [
        (plugin, "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/sys/libpixman-1.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/sys/libglib-2.0.so.0", "BINARY"),
        ("libpango-1.0.so.0", "/sys/libpango-1.0.so.0", "BINARY"),
        ("libpangoft2.so.0", "/sys/libpangoft2.so.0", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PIL/_imaging.so", "/src/_imaging.so", "EXTENSION"),
    ]
    links = {
        "/src/libqgtk3.so": {"libcairo.so.2", "libglib-2.0.so.0", "libQt6Gui.so.6", "libpango-1.0.so.0"},
        "/sys/libcairo.so.2": {"libpixman-1.so.0"},
        "/sys/libpango-1.0.so.0": {"libpangoft2.so.0"},
        "/sys/libpangoft2.so.0": {"libpango-1.0.so.0"},  # a cycle, still removed
        "/src/libQt6Gui.so.6": {"libglib-2.0.so.0"},
        "/src/_imaging.so": {"libpixman-1.so.0"},      # still needed by Pillow here
    }
    kept = trim.drop_with_own_libraries(binaries, plugin, lambda path: links.get(path, set()))
    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/lib/libQt6Gui.so.6", "libpixman-1.so.0", "libglib-2.0.so.0", "libQt6Gui.so.6",
        "PIL/_imaging.so"]
    # without the plugin (Windows) nothing changes and nothing is read
    without = binaries[1:]
    assert trim.drop_with_own_libraries(without, plugin, lambda path: pytest.fail("read")) == without


# --- Windows icon ---------------------------------------------------------------------------
def test_ico_holds_every_size_drawn_for_it():
    from PIL import Image, IcoImagePlugin

    data = (ICONS / "kh57desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    for index in range(count):
        width, height, _c, _r, planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        edge = width or 256
        assert (width, height, planes, bits) == (edge % 256, edge % 256, 1, 32)
        is_png = data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert is_png == (edge >= 128), edge  # small sizes as bitmaps, large as PNG
    with open(ICONS / "kh57desk.ico", "rb") as handle:
        ico = IcoImagePlugin.IcoFile(handle)
        assert sorted(s[0] for s in ico.sizes()) == [16, 24, 32, 48, 64, 128, 256]
        for (edge, _h) in ico.sizes():
            with Image.open(ICONS / f"kh57desk-{edge}.png") as png:
                assert ico.getimage((edge, edge)).convert("RGBA").tobytes() == png.convert("RGBA").tobytes()


def test_ico_is_rebuilt_identically(tmp_path):
    make_ico = load("make_ico")
    pngs = {size: ICONS / f"kh57desk-{size}.png" for size in make_ico.SIZES}
    assert make_ico.ico_bytes(pngs) == (ICONS / "kh57desk.ico").read_bytes()
    wrong = {16: ICONS / "kh57desk-32.png"}
    with pytest.raises(SystemExit, match="16×16"):
        make_ico.ico_bytes(wrong)
