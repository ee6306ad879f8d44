<#
.SYNOPSIS
  Dựng kh57desk cho Windows: thư mục chương trình (PyInstaller), bản di động .zip và bộ cài .exe
  (Inno Setup). (Builds the Windows bundle, the portable zip and the per-user installer.)

.DESCRIPTION
  Chạy trên máy Windows 10/11 64-bit có:
    - Python 3.11 trở lên, bản 64-bit, đã cài kh57desk và công cụ đóng gói:
          py -m pip install -e ".[build]"
    - Inno Setup 6.5 trở lên (https://jrsoftware.org/isdl.php) để dựng bộ cài; thiếu thì vẫn có bản di động.
      Giao diện tiếng Việt của bộ cài dùng Vietnamese.isl (bản dịch cộng đồng, không kèm sẵn Inno Setup):
      tìm ở installers\windows\Vietnamese.isl, trong thư mục Languages của Inno Setup, nếu không có thì tải về.
  Kết quả trong installers\dist\:
    kh57desk\                                   thư mục chương trình (kh57desk.exe, kh57.exe)
    kh57desk-<phiên bản>-windows-di-dong.zip    bản di động: dữ liệu nằm cạnh chương trình (USB)
    kh57desk-<phiên bản>-windows-cai-dat.exe    bộ cài cho người dùng hiện tại, không cần quyền quản trị

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installers\build.ps1

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installers\build.ps1 -Python C:\Python312\python.exe -InnoSetup "D:\Inno Setup 6\ISCC.exe"
#>
[CmdletBinding()]
param(
    [string]$Python = "",      # trình thông dịch Python (mặc định: py, rồi python)
    [string]$InnoSetup = "",   # đường dẫn ISCC.exe (mặc định: tìm ở các chỗ cài thường gặp)
    [switch]$NoInstaller,      # chỉ dựng thư mục chương trình và bản di động
    [switch]$NoPortable        # không dựng bản di động
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3.0

$Here = $PSScriptRoot
$Root = Split-Path -Parent $Here
$Dist = Join-Path $Here "dist"
$Work = Join-Path $Here "build"
$Bundle = Join-Path $Dist "kh57desk"
# Inno Setup's Vietnamese messages, pinned to one revision of the translation (for Inno Setup 6.5+).
$VietnameseIslUrl = "https://raw.githubusercontent.com/jrsoftware/issrc/09b24879e5be49278ef223dc3d1b07c856369ea2/Files/Languages/Unofficial/Vietnamese.isl"
$PortableMarkerText = "Tệp này bật chế độ di động của kh57desk: dữ liệu nằm trong thư mục kh57desk-data ngay bên cạnh. Xóa tệp này thì chương trình dùng thư mục dữ liệu của người dùng (%LOCALAPPDATA%\kh57desk)."

function Fail([string]$Message) {
    Write-Host "Lỗi: $Message" -ForegroundColor Red
    exit 2
}

# Runs a program; its messages on stderr are not PowerShell errors, its exit code is.
function Invoke-Native([string]$What, [string]$Exe, [string[]]$Arguments) {
    $saved = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    try { & $Exe @Arguments } finally { $ErrorActionPreference = $saved }
    if ($LASTEXITCODE -ne 0) { Fail "$What thất bại (mã thoát $LASTEXITCODE)." }
}

function Get-Output([string]$What, [string]$Exe, [string[]]$Arguments) {
    $saved = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    try { $out = & $Exe @Arguments } finally { $ErrorActionPreference = $saved }
    if ($LASTEXITCODE -ne 0) { Fail "$What thất bại (mã thoát $LASTEXITCODE)." }
    return ($out | Out-String).Trim()
}

function Find-Python {
    if ($Python) {
        if (Get-Command $Python -ErrorAction SilentlyContinue) { return $Python }
        Fail "không tìm thấy Python '$Python'."
    }
    foreach ($candidate in @("py", "python")) {
        if (Get-Command $candidate -ErrorAction SilentlyContinue) { return $candidate }
    }
    Fail "không tìm thấy Python; cài Python 3.11 trở lên (64-bit) hoặc chỉ rõ bằng -Python."
}

function Find-Iscc {
    if ($InnoSetup) {
        if (Test-Path -LiteralPath $InnoSetup -PathType Leaf) { return $InnoSetup }
        Fail "không thấy ISCC.exe ở '$InnoSetup'."
    }
    $candidates = @()
    if (${env:ProgramFiles(x86)}) { $candidates += Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
    if ($env:ProgramFiles) { $candidates += Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe" }
    if ($env:LOCALAPPDATA) { $candidates += Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    $command = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    return $null
}

function Find-VietnameseIsl([string]$Iscc) {
    $innoDir = Split-Path -Parent $Iscc
    $candidates = @(
        (Join-Path $Here "windows\Vietnamese.isl"),
        (Join-Path $innoDir "Languages\Vietnamese.isl"),
        (Join-Path $innoDir "Languages\Unofficial\Vietnamese.isl")
    )
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    $downloaded = Join-Path $Work "Vietnamese.isl"
    if (-not (Test-Path -LiteralPath $downloaded -PathType Leaf)) {
        Write-Host "== tải bản dịch tiếng Việt của Inno Setup: $VietnameseIslUrl"
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
        try {
            Invoke-WebRequest -Uri $VietnameseIslUrl -OutFile "$downloaded.part" -UseBasicParsing
            Move-Item -Force "$downloaded.part" $downloaded
        } catch {
            Fail "không tải được Vietnamese.isl ($($_.Exception.Message)). Tải tệp đó về rồi đặt vào installers\windows\Vietnamese.isl."
        }
    }
    return $downloaded
}

function Write-Checksum([string]$File) {
    $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath $File).Hash.ToLowerInvariant()
    Set-Content -LiteralPath "$File.sha256" -Value "$hash  $(Split-Path -Leaf $File)" -Encoding Ascii
    $megabytes = [math]::Round((Get-Item -LiteralPath $File).Length / 1MB, 1)
    Write-Host "   $File ($megabytes MB)"
    Write-Host "   SHA-256: $hash"
}

$Py = Find-Python
$metadata = Join-Path $Here "app_metadata.py"
Invoke-Native "Kiểm tra PyInstaller và kh57desk (cần: $Py -m pip install -e `"$Root[build]`")" $Py @("-c", "import PyInstaller, kh57desk")
$Version = Get-Output "Đọc số phiên bản" $Py @($metadata, "version")
New-Item -ItemType Directory -Force -Path $Dist, $Work | Out-Null

Write-Host "== kh57desk $Version`: dựng thư mục chương trình (PyInstaller)"
$watch = [Diagnostics.Stopwatch]::StartNew()
Invoke-Native "PyInstaller" $Py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
    "--distpath", $Dist, "--workpath", $Work, (Join-Path $Here "kh57desk.spec"))
Write-Host "   xong sau $([int]$watch.Elapsed.TotalSeconds) giây: $Bundle"

$reported = Get-Output "Chạy thử kh57.exe --version" (Join-Path $Bundle "kh57.exe") @("--version")
if ($reported -ne "kh57 $Version") { Fail "chương trình vừa dựng báo '$reported', cần 'kh57 $Version'." }
$exeVersion = (Get-Item -LiteralPath (Join-Path $Bundle "kh57desk.exe")).VersionInfo
if ($exeVersion.ProductVersion -ne $Version) {
    Fail "kh57desk.exe mang phiên bản '$($exeVersion.ProductVersion)', cần '$Version' (tài nguyên phiên bản chưa được ghi)."
}

if (-not $NoPortable) {
    $portableName = Get-Output "Đặt tên bản di động" $Py @($metadata, "artifact", "portable")
    Write-Host "== bản di động $portableName.zip"
    $stage = Join-Path $Work "portable"
    if (Test-Path -LiteralPath $stage) { Remove-Item -Recurse -Force -LiteralPath $stage }
    $target = Join-Path $stage "kh57desk"
    New-Item -ItemType Directory -Force -Path $stage | Out-Null
    Copy-Item -Recurse -LiteralPath $Bundle -Destination $target
    Set-Content -LiteralPath (Join-Path $target "kh57desk.portable") -Value $PortableMarkerText -Encoding UTF8
    $zip = Join-Path $Dist "$portableName.zip"
    if (Test-Path -LiteralPath $zip) { Remove-Item -Force -LiteralPath $zip }
    Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
    [IO.Compression.ZipFile]::CreateFromDirectory($target, $zip, [IO.Compression.CompressionLevel]::Optimal, $true)
    Remove-Item -Recurse -Force -LiteralPath $stage
    Write-Checksum $zip
}

if (-not $NoInstaller) {
    $iscc = Find-Iscc
    if (-not $iscc) {
        Fail "không tìm thấy Inno Setup 6 (ISCC.exe). Cài Inno Setup 6.5+ từ https://jrsoftware.org/isdl.php hoặc chỉ rõ bằng -InnoSetup; thư mục chương trình và bản di động đã có trong $Dist."
    }
    $isl = Find-VietnameseIsl $iscc
    $setupName = Get-Output "Đặt tên bộ cài" $Py @($metadata, "artifact", "setup")
    Write-Host "== bộ cài $setupName.exe (Inno Setup: $iscc)"
    Invoke-Native "Inno Setup" $iscc @("/DBundleDir=$Bundle", "/DOutputDir=$Dist", "/DVietnameseIsl=$isl",
        "/DOutputName=$setupName", (Join-Path $Here "windows\kh57desk.iss"))
    Write-Checksum (Join-Path $Dist "$setupName.exe")
}
