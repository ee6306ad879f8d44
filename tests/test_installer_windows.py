"""The Windows installer sources, which cannot be built here: the Inno Setup script (per-user,
Vietnamese, .kh57 association, uninstall keeps the data) and the build script that feeds it."""

from __future__ import annotations

import re

import pytest

from kh57desk.sync import container
from tests.installer_sources import ICONS, INSTALLERS, load

ISS = INSTALLERS / "windows" / "kh57desk.iss"
PS1 = INSTALLERS / "build.ps1"


@pytest.fixture(scope="module")
def meta():
    return load("app_metadata")


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
    # Inno Setup does not ship Vietnamese.isl: the default is the file beside the script, and it must exist
    assert '#define VietnameseIsl AddBackslash(SourcePath) + "Vietnamese.isl"' in text
    assert "compiler:Languages" not in text and "#if !FileExists(VietnameseIsl)" in text
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
    classes = [entry for entry in registry if entry["Subkey"] != "Environment"]  # Environment: the PATH option
    assert all(entry["Subkey"].startswith("Software\\Classes\\") for entry in classes)
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
    expected = set(re.findall(r"#ifn?def (\w+)", iss))
    assert passed == expected == {"BundleDir", "OutputDir", "VietnameseIsl", "OutputName", "SignTool"}
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


def test_inno_setup_messages_exist():
    """Every message the script shows is ours (Vietnamese, in [CustomMessages]) or one of the
    standard custom messages every Inno Setup language file translates."""
    text = ISS.read_text(encoding="utf-8-sig")
    ours = {line.split("=", 1)[0].removeprefix("vi.") for line in _iss_sections()["CustomMessages"]}
    standard = {"CreateDesktopIcon", "AdditionalIcons", "AssocFileExtension", "LaunchProgram"}
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    assert used - standard <= ours
    assert {"DataKept", "FileTypes", "PackageTypeName", "ShortcutComment", "AddToPath", "CommandLine"} <= used


def test_inno_setup_can_put_kh57_on_the_users_path():
    sections = _iss_sections()
    tasks = {entry["Name"]: entry for entry in _entries(sections["Tasks"])}
    assert tasks["addtopath"] == {"Name": "addtopath", "Description": "{cm:AddToPath}",
                                  "GroupDescription": "{cm:CommandLine}", "Flags": "unchecked"}
    [path] = [e for e in _entries(sections["Registry"]) if e["Subkey"] == "Environment"]
    assert path == {"Root": "HKCU", "Subkey": "Environment", "ValueType": "expandsz", "ValueName": "Path",
                    "ValueData": "{olddata};{app}", "Check": "NeedsAddPath(ExpandConstant('{app}'))",
                    "Tasks": "addtopath"}
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["ChangesEnvironment"] == "yes"
    code = "\n".join(sections["Code"])
    assert "function NeedsAddPath(Dir: String): Boolean;" in code
    assert "if CurUninstallStep = usUninstall then" in code and "RemoveFromPath(ExpandConstant('{app}'));" in code


def test_installer_and_programs_are_signed_when_a_certificate_is_configured():
    script = PS1.read_text(encoding="utf-8-sig")
    iss = ISS.read_text(encoding="utf-8-sig")
    # the .iss signs setup and uninstaller only when build.ps1 defines SignTool
    assert re.search(r"#ifdef SignTool\nSignTool=\{#SignTool\}\nSignedUninstaller=yes\n#endif", iss)
    for variable in ("KH57_SIGN_THUMBPRINT", "KH57_SIGN_PFX", "KH57_SIGN_PFX_PASSWORD", "KH57_SIGN_TIMESTAMP_URL",
                     "KH57_SIGNTOOL"):
        assert f"$env:{variable}" in script, variable
    assert 'Invoke-Sign @((Join-Path $Bundle "kh57desk.exe"), (Join-Path $Bundle "kh57.exe"))' in script
    assert '"/Skh57sign=$(Get-InnoSignCommand)", "/DSignTool=kh57sign"' in script
    assert script.count('@("verify", "/pa",') == 2  # each signed file is verified
    # signing comes before the zip and the installer, so both carry signed programs
    assert script.index("Invoke-Sign @(") < script.index("portable_zip.py") < script.index("$isccArguments")
    assert "CHƯA KÝ SỐ" in script and "Nhà phát hành không xác định" in script  # said plainly when unsigned


def test_vietnamese_isl_is_checked_against_its_checksum():
    script = PS1.read_text(encoding="utf-8-sig")
    assert '$VietnameseIslChecksum = Join-Path $Here "windows\\Vietnamese.isl.sha256"' in script
    assert script.count("return (Test-VietnameseIsl ") == 2  # the file found and the file downloaded
    assert "Get-FileHash -Algorithm SHA256 -LiteralPath $File" in script and "khác mã đã duyệt" in script


def test_portable_zip_has_forward_slash_entry_names(tmp_path):
    import zipfile

    portable_zip = load("portable_zip")
    bundle = tmp_path / "dist" / "kh57desk"
    for name in ("kh57desk.exe", "kh57.exe", "_internal/python311.dll", "_internal/PySide6/Qt6Core.dll",
                 "_internal/resources/translations/kh57desk_en.qm", "_internal/Thư mục có dấu/tệp.txt"):
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"x")
    target = tmp_path / "kh57desk-0.1.0-windows-di-dong.zip"
    names = portable_zip.write_portable_zip(bundle, target)
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == names
        assert archive.read("kh57desk/kh57desk.portable").decode("utf-8").startswith("Tệp này bật chế độ di động")
        assert archive.getinfo("kh57desk/_internal/Thư mục có dấu/tệp.txt").flag_bits & 0x800  # UTF-8 names
    assert "kh57desk/_internal/PySide6/Qt6Core.dll" in names and "kh57desk/kh57.exe" in names
    assert portable_zip.bad_entry_names(names) == []
    assert all(name.startswith("kh57desk/") for name in names)
    assert portable_zip.bad_entry_names(["kh57desk\\kh57.exe", "/abs", "C:/x", "a/../b", "ok/x"]) == \
        ["kh57desk\\kh57.exe", "/abs", "C:/x", "a/../b"]
    assert portable_zip.PORTABLE_MARKER == __import__("kh57desk.paths").paths.PORTABLE_MARKER
    assert not list(tmp_path.glob("*.part"))
