"""The installer sources without building them: version in one place, the data the bundle
carries, what the spec trims, the Windows icon, the Linux menu entry and its install script,
the Inno Setup script and the Windows build script (which cannot run here)."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

import kh57desk
from kh57desk.sync import container

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
ISS = INSTALLERS / "windows" / "kh57desk.iss"
PS1 = INSTALLERS / "build.ps1"
DESKTOP = ROOT / "resources" / "kh57desk.desktop"
MIME = ROOT / "resources" / "kh57desk-mime.xml"
ICONS = ROOT / "resources" / "icons"
MIME_TYPE = "application/x-kh57desk-package"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"installers_{name}", INSTALLERS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


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


# --- Linux menu entry, file type and install script -----------------------------------------
def _desktop(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry():
    entry = _desktop(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "kh57desk %f"
    assert entry["Icon"] == "kh57desk"
    assert entry["Terminal"] == "false"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Comment"].startswith("Theo dõi nhiệm vụ")
    assert entry["GenericName[vi]"] == "Theo dõi thực hiện Nghị quyết 57"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_is_the_package_extension():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ElementTree.parse(MIME).getroot()
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == f"*{container.EXTENSION}"
    assert mime.find("m:sub-class-of", ns).get("type") == "application/zip"
    vietnamese = [c.text for c in mime.findall("m:comment", ns)
                  if c.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"]
    assert vietnamese == ["Gói dữ liệu kh57desk"]


def _unquote_exec(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry specification says (general escapes, then quoting)."""
    value = value.replace("\\\\", "\\")
    args, current, quoted, i = [], "", False, 0
    while i < len(value):
        ch = value[i]
        if quoted and ch == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
            current += value[i + 1]
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += ch
        i += 1
    return args + [current]


@pytest.fixture
def fake_bundle(tmp_path):
    """An unpacked tarball in a folder whose name has spaces, a quote and a dollar sign."""
    folder = tmp_path / 'Tải về "mới" $HOME' / "kh57desk-9.9-linux"
    icons = folder / "_internal" / "resources" / "icons"
    shutil.copytree(ICONS, icons)
    for name in ("kh57desk", "kh57"):
        program = folder / name
        program.write_text("#!/bin/sh\necho ok\n", encoding="utf-8")
        program.chmod(0o755)
    shutil.copy(DESKTOP, folder / "kh57desk.desktop")
    shutil.copy(MIME, folder / "kh57desk-mime.xml")
    shutil.copy(INSTALLERS / "linux" / "cai-dat.sh", folder / "cai-dat.sh")
    return folder


def test_linux_install_script_registers_and_removes(fake_bundle, tmp_path):
    home = tmp_path / "nhà"
    data = home / ".local" / "share" / "kh57desk"
    data.mkdir(parents=True)
    (data / "kh57desk.sqlite3").write_bytes(b"user data")
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    result = subprocess.run(["sh", str(fake_bundle / "cai-dat.sh")], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "Đã cài kh57desk" in result.stdout

    share = home / ".local" / "share"
    entry_file = share / "applications" / "kh57desk.desktop"
    entry = _desktop(entry_file)
    assert _unquote_exec(entry["Exec"]) == [str(fake_bundle / "kh57desk"), "%f"]
    assert entry["TryExec"] == str(fake_bundle / "kh57desk")
    assert entry["MimeType"] == f"{MIME_TYPE};"
    for size in (16, 48, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "kh57desk.png").read_bytes() == \
            (ICONS / f"kh57desk-{size}.png").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "kh57desk.svg").exists()
    assert (share / "mime" / "packages" / "kh57desk.xml").read_bytes() == MIME.read_bytes()
    link = home / ".local" / "bin" / "kh57"
    assert link.is_symlink() and Path(os.readlink(link)) == fake_bundle / "kh57"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry_file)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    removed = subprocess.run(["sh", str(fake_bundle / "cai-dat.sh"), "--go"], capture_output=True, text=True,
                             env=env)
    assert removed.returncode == 0, removed.stderr
    assert not entry_file.exists()
    assert not link.exists()
    assert not (share / "mime" / "packages" / "kh57desk.xml").exists()
    assert not (share / "icons" / "hicolor" / "48x48" / "apps" / "kh57desk.png").exists()
    assert (data / "kh57desk.sqlite3").read_bytes() == b"user data"  # data never touched
    assert (fake_bundle / "kh57desk").exists()


def test_linux_install_script_refuses_bad_input(fake_bundle, tmp_path):
    env = {"HOME": str(tmp_path / "h"), "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    wrong = subprocess.run(["sh", str(fake_bundle / "cai-dat.sh"), "--xoa"], capture_output=True, text=True, env=env)
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("Lỗi: không hiểu '--xoa'")
    (fake_bundle / "kh57desk").unlink()
    broken = subprocess.run(["sh", str(fake_bundle / "cai-dat.sh")], capture_output=True, text=True, env=env)
    assert broken.returncode == 2
    assert "giải nén lại" in broken.stderr
    assert not (tmp_path / "h" / ".local").exists()  # nothing half-installed


# --- Windows: Inno Setup script and build script (built on Windows only) -----------------------
def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Flags: a b`` lines as dictionaries."""
    entries = []
    for line in lines:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)
        entries.append({key: _unquote_iss(value.strip()) for key, value in fields})
    return entries


def _unquote_iss(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


def test_inno_setup_installs_per_user_in_vietnamese():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Vietnamese text read right by any Inno Setup 6
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"] == r"{autopf}\kh57desk"
    assert setup["ChangesAssociations"] == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve() == ICONS / "kh57desk.ico"
    assert setup["UninstallDisplayIcon"] == r"{app}\kh57desk.exe"
    languages = _entries(sections["Languages"])
    assert languages == [{"Name": "vi", "MessagesFile": "{#VietnameseIsl}"}]
    text = raw.decode("utf-8-sig")
    assert '#define VietnameseIsl "compiler:Languages\\Vietnamese.isl"' in text
    assert 'GetStringFileInfo(MainExe, "ProductVersion")' in text  # the version comes from the exe
    tasks = {entry["Name"]: entry for entry in _entries(sections["Tasks"])}
    assert tasks["desktopicon"]["Description"] == "{cm:CreateDesktopIcon}"
    assert tasks["fileassoc"]["Description"] == "{cm:AssocFileExtension,kh57desk,.kh57}"
    icons = _entries(sections["Icons"])
    assert {entry["Name"] for entry in icons} == {r"{autoprograms}\kh57desk", r"{autodesktop}\kh57desk"}
    assert all(entry["Filename"] == r"{app}\kh57desk.exe" for entry in icons)
    messages = dict(line.split("=", 1) for line in sections["CustomMessages"])
    assert messages["vi.PackageTypeName"] == "Gói dữ liệu kh57desk"
    assert "vẫn được giữ nguyên" in messages["vi.DataKept"]


def test_inno_setup_associates_kh57_for_the_user_only():
    registry = _entries(_iss_sections()["Registry"])
    assert registry and all(entry["Root"] == "HKCU" for entry in registry)
    assert all(entry["Subkey"].startswith("Software\\Classes\\") for entry in registry)
    extension = [e for e in registry if e["Subkey"] == f"Software\\Classes\\{container.EXTENSION}"]
    assert extension == [{"Root": "HKCU", "Subkey": "Software\\Classes\\.kh57", "ValueType": "string",
                          "ValueName": "", "ValueData": "kh57desk.Package", "Flags": "uninsdeletevalue",
                          "Tasks": "fileassoc"}]
    command = [e for e in registry if e["Subkey"].endswith(r"kh57desk.Package\shell\open\command")]
    assert command[0]["ValueData"] == '"{app}\\kh57desk.exe" "%1"'


def test_inno_setup_uninstall_keeps_the_data_folder():
    sections = _iss_sections()
    assert _entries(sections["UninstallDelete"]) == [{"Type": "dirifempty", "Name": "{app}"}]
    for entry in _entries(sections["InstallDelete"]) + _entries(sections["UninstallDelete"]):
        assert entry["Name"].startswith("{app}"), entry
        assert "kh57desk-data" not in entry["Name"]
    files = _entries(sections["Files"])
    assert files == [{"Source": "{#BundleDir}\\*", "DestDir": "{app}",
                      "Flags": "ignoreversion recursesubdirs createallsubdirs"}]
    code = "\n".join(sections["Code"])
    assert "DeleteFile" not in code and "DelTree" not in code and "RemoveDir" not in code


def test_build_script_passes_what_the_inno_script_expects(meta):
    raw = PS1.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Windows PowerShell 5.1 reads Vietnamese text only with a BOM
    script = raw.decode("utf-8-sig")
    iss = ISS.read_text(encoding="utf-8-sig")
    passed = set(re.findall(r'"/D(\w+)=', script))
    expected = set(re.findall(r"#ifndef (\w+)", iss))
    assert passed == expected == {"BundleDir", "OutputDir", "VietnameseIsl", "OutputName"}
    for kind in ("portable", "setup"):
        assert f'@($metadata, "artifact", "{kind}")' in script
    assert '"kh57desk.portable"' in script  # the portable zip's marker, read by kh57desk.paths
    from kh57desk import paths

    assert paths.PORTABLE_MARKER == "kh57desk.portable"
    # the .iss fallback name is the one app_metadata gives
    fallback = re.search(r'#define OutputName "kh57desk-" \+ AppVersion \+ "([^"]+)"', iss).group(1)
    assert meta.artifact_name("setup", "X") == f"kh57desk-X{fallback}"
    url = re.search(r'\$VietnameseIslUrl = "([^"]+)"', script).group(1)
    assert re.fullmatch(r"https://raw\.githubusercontent\.com/jrsoftware/issrc/[0-9a-f]{40}/"
                        r"Files/Languages/Unofficial/Vietnamese\.isl", url)
