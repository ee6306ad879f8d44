; kh57desk — bộ cài Windows (Inno Setup 6.5 trở lên).
;
; Dựng bằng installers\build.ps1 (PyInstaller trước, rồi trình biên dịch ISCC của Inno Setup):
;   ISCC.exe /DBundleDir=<thư mục kh57desk do PyInstaller dựng> /DVietnameseIsl=<Vietnamese.isl> kh57desk.iss
; Khi có chứng thư ký mã, build.ps1 thêm /Skh57sign=<lệnh signtool> /DSignTool=kh57sign: bộ cài và
; chương trình gỡ cài đặt được ký số (SignTool, SignedUninstaller).
;
; - Cài cho người dùng hiện tại, không cần quyền quản trị: %LOCALAPPDATA%\Programs\kh57desk.
; - Phiên bản, tên nhà phát hành, bản quyền: đọc từ tài nguyên phiên bản của kh57desk.exe (PyInstaller
;   ghi từ kh57desk\__init__.py qua installers\app_metadata.py), nên chỉ sửa số phiên bản ở một chỗ.
; - Giao diện bộ cài tiếng Việt: Vietnamese.isl (bản dịch của cộng đồng Inno Setup, không có sẵn trong
;   Languages\ của bộ cài Inno Setup; build.ps1 tìm hoặc tải về, rồi so mã SHA-256 trong Vietnamese.isl.sha256).
;   Mặc định là installers\windows\Vietnamese.isl.
; - Tùy chọn thêm thư mục chương trình vào PATH của người dùng, để gõ kh57 trong cửa sổ lệnh.
; - Gỡ cài đặt chỉ xóa những gì bộ cài đã chép; thư mục dữ liệu %LOCALAPPDATA%\kh57desk (cơ sở dữ liệu,
;   báo cáo, tệp đính kèm, bản sao lưu) và tệp cài đặt giao diện của người dùng được giữ nguyên.
;
; (English: per-user Inno Setup 6 script for the PyInstaller bundle; the uninstaller keeps the data folder.)

#if VER < EncodeVer(6, 5, 0)
  #error Cần Inno Setup 6.5 trở lên (Inno Setup 6.5 or newer is required)
#endif

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\kh57desk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif
#ifndef VietnameseIsl
  #define VietnameseIsl AddBackslash(SourcePath) + "Vietnamese.isl"
#endif
#if !FileExists(VietnameseIsl)
  #error Thiếu Vietnamese.isl (bản dịch bộ cài, Inno Setup không kèm sẵn); chạy installers\build.ps1 để tải và kiểm tra
#endif

#define MainExe AddBackslash(BundleDir) + "kh57desk.exe"
#if !FileExists(MainExe)
  #error Chưa có chương trình đã dựng (kh57desk.exe); chạy installers\build.ps1
#endif
#if !FileExists(AddBackslash(BundleDir) + "kh57.exe")
  #error Thiếu kh57.exe trong thư mục chương trình; chạy lại installers\build.ps1
#endif
#if FileExists(AddBackslash(BundleDir) + "kh57desk.portable")
  #error Thư mục chương trình có tệp kh57desk.portable (bản di động); bộ cài phải dùng bản dựng thường
#endif

#define AppVersion GetStringFileInfo(MainExe, "ProductVersion")
#define AppNumericVersion GetVersionNumbersString(MainExe)
#define AppPublisher GetStringFileInfo(MainExe, "CompanyName")
#define AppCopyright GetStringFileInfo(MainExe, "LegalCopyright")
#ifndef OutputName
  #define OutputName "kh57desk-" + AppVersion + "-windows-cai-dat"
#endif

[Setup]
; AppId never changes: a newer installer finds and upgrades the installed copy by it.
AppId={{F7C522BD-DAFE-451D-A909-59F6F818C85C}
AppName=kh57desk
AppVersion={#AppVersion}
AppVerName=kh57desk {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppCopyright}
AppComments=Theo dõi, nhập tiến độ và báo cáo thực hiện Nghị quyết 57-NQ/TW
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName=kh57desk
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoCopyright={#AppCopyright}
VersionInfoDescription=Bộ cài đặt kh57desk
PrivilegesRequired=lowest
DefaultDirName={autopf}\kh57desk
DefaultGroupName=kh57desk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
WizardStyle=modern
ShowLanguageDialog=no
SetupIconFile=..\..\resources\icons\kh57desk.ico
UninstallDisplayIcon={app}\kh57desk.exe
UninstallDisplayName=kh57desk {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
ChangesEnvironment=yes
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "vi"; MessagesFile: "{#VietnameseIsl}"

[CustomMessages]
vi.ShortcutComment=Theo dõi, nhập tiến độ và báo cáo thực hiện Nghị quyết 57-NQ/TW
vi.PackageTypeName=Gói dữ liệu kh57desk
vi.FileTypes=Loại tệp:
vi.CommandLine=Dòng lệnh:
vi.AddToPath=Thêm kh57 vào PATH (gõ lệnh kh57 trong cửa sổ lệnh)
vi.DataKept=Dữ liệu của bạn (cơ sở dữ liệu, báo cáo, tệp đính kèm, bản sao lưu) vẫn được giữ nguyên tại:%n%n%1%n%nCài lại kh57desk thì chương trình tiếp tục dùng dữ liệu này. Nếu muốn xóa hẳn, hãy sao lưu những gì cần giữ rồi tự xóa thư mục đó.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "fileassoc"; Description: "{cm:AssocFileExtension,kh57desk,.kh57}"; GroupDescription: "{cm:FileTypes}"
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[InstallDelete]
; The libraries of an earlier version, so that no file of an old release is left beside the new one.
; Only inside the program folder; the data folder is elsewhere (%LOCALAPPDATA%\kh57desk).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\kh57desk"; Filename: "{app}\kh57desk.exe"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\kh57desk"; Filename: "{app}\kh57desk.exe"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Registry]
; Double-clicking a .kh57 package opens it in kh57desk (per user: HKCU\Software\Classes).
Root: HKCU; Subkey: "Software\Classes\.kh57"; ValueType: string; ValueName: ""; ValueData: "kh57desk.Package"; Flags: uninsdeletevalue; Tasks: fileassoc
Root: HKCU; Subkey: "Software\Classes\.kh57\OpenWithProgids"; ValueType: string; ValueName: "kh57desk.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\kh57desk.Package"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageTypeName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\kh57desk.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kh57desk.exe,0"
Root: HKCU; Subkey: "Software\Classes\kh57desk.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kh57desk.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\kh57desk.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "kh57desk"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\kh57desk.exe\SupportedTypes"; ValueType: string; ValueName: ".kh57"; ValueData: ""
; kh57.exe on the user's PATH (HKCU\Environment, no administrator rights); removed again on uninstall ([Code]).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}')); Tasks: addtopath

[Run]
Filename: "{app}\kh57desk.exe"; Description: "{cm:LaunchProgram,kh57desk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing beyond the installed files and the program folder once it is empty. The data folder
; (%LOCALAPPDATA%\kh57desk, or the folder chosen in Cài đặt, or kh57desk-data of a portable copy)
; and the window settings (kh57desk-giao-dien.ini) belong to the user and are never deleted.
Type: dirifempty; Name: "{app}"

[Code]
// True when Dir is not yet one of the entries of the user's PATH.
function NeedsAddPath(Dir: String): Boolean;
var
  Current: String;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

// Takes Dir out of the user's PATH, leaving every other entry as it was.
procedure RemoveFromPath(Dir: String);
var
  Current, Padded: String;
  At: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    exit;
  Padded := ';' + Current + ';';
  At := Pos(';' + Uppercase(Dir) + ';', Uppercase(Padded));
  if At = 0 then
    exit;
  Delete(Padded, At, Length(Dir) + 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Copy(Padded, 2, Length(Padded) - 2));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{localappdata}\kh57desk');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
