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
      tìm ở installers\windows\Vietnamese.isl, trong thư mục Languages của Inno Setup, nếu không có thì tải về;
      tệp nào cũng phải khớp mã SHA-256 ghi trong installers\windows\Vietnamese.isl.sha256.
    - Ký số chương trình (để SmartScreen và phần mềm diệt virus nhận ra nhà phát hành): signtool.exe của
      Windows SDK và một chứng thư ký mã (code signing), khai báo bằng biến môi trường:
          KH57_SIGN_THUMBPRINT   vân tay SHA-1 của chứng thư trong kho chứng thư của Windows (USB token), hoặc
          KH57_SIGN_PFX          tệp .pfx, cùng KH57_SIGN_PFX_PASSWORD nếu tệp có mật khẩu
          KH57_SIGN_TIMESTAMP_URL máy chủ dấu thời gian RFC 3161 (mặc định http://timestamp.digicert.com)
          KH57_SIGNTOOL          đường dẫn signtool.exe nếu không nằm ở chỗ thường gặp
      Không khai báo thì vẫn dựng được, nhưng chương trình chưa ký và bản dựng nói rõ điều đó.
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
$VietnameseIslChecksum = Join-Path $Here "windows\Vietnamese.isl.sha256"
$TimestampUrl = if ($env:KH57_SIGN_TIMESTAMP_URL) { $env:KH57_SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$env:PYTHONIOENCODING = "utf-8"   # Vietnamese messages of the Python helpers, whatever the console's code page

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
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return (Test-VietnameseIsl $candidate) }
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
    return (Test-VietnameseIsl $downloaded)
}

# The translation must be the one reviewed: its SHA-256 is kept in Vietnamese.isl.sha256 beside the
# .iss. The first build on a release PC, before that file exists, writes it; commit it after
# comparing the file with the pinned revision on GitHub (docs/windows-release-checklist.md).
function Test-VietnameseIsl([string]$File) {
    $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath $File).Hash.ToLowerInvariant()
    if (-not (Test-Path -LiteralPath $VietnameseIslChecksum -PathType Leaf)) {
        Set-Content -LiteralPath $VietnameseIslChecksum -Value "$hash  Vietnamese.isl" -Encoding Ascii
        Write-Host "   Chưa có mã kiểm tra của Vietnamese.isl: đã ghi $VietnameseIslChecksum ($hash)." -ForegroundColor Yellow
        Write-Host "   Hãy so tệp với bản trên GitHub rồi đưa tệp .sha256 này vào kho mã." -ForegroundColor Yellow
        return $File
    }
    $expected = ((Get-Content -LiteralPath $VietnameseIslChecksum -TotalCount 1) -split "\s+")[0].ToLowerInvariant()
    if ($hash -ne $expected) {
        Fail "Vietnamese.isl ($File) có mã SHA-256 $hash, khác mã đã duyệt $expected trong $VietnameseIslChecksum."
    }
    return $File
}

function Find-SignTool {
    if ($env:KH57_SIGNTOOL) {
        if (Test-Path -LiteralPath $env:KH57_SIGNTOOL -PathType Leaf) { return $env:KH57_SIGNTOOL }
        Fail "không thấy signtool.exe ở '$($env:KH57_SIGNTOOL)' (KH57_SIGNTOOL)."
    }
    $command = Get-Command "signtool.exe" -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    $kits = if (${env:ProgramFiles(x86)}) { Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin" } else { "" }
    if ($kits -and (Test-Path -LiteralPath $kits)) {
        $found = Get-ChildItem -LiteralPath $kits -Recurse -Filter "signtool.exe" -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -match "\\x64\\" } | Sort-Object FullName -Descending | Select-Object -First 1
        if ($found) { return $found.FullName }
    }
    Fail "đã khai báo chứng thư ký mã nhưng không tìm thấy signtool.exe (cài Windows SDK hoặc đặt KH57_SIGNTOOL)."
}

# signtool's arguments for the configured certificate, or $null when none is configured.
function Get-SignArguments {
    if ($env:KH57_SIGN_THUMBPRINT) {
        return @("sign", "/fd", "sha256", "/tr", $TimestampUrl, "/td", "sha256", "/sha1", $env:KH57_SIGN_THUMBPRINT)
    }
    if ($env:KH57_SIGN_PFX) {
        if (-not (Test-Path -LiteralPath $env:KH57_SIGN_PFX -PathType Leaf)) { Fail "không thấy tệp '$($env:KH57_SIGN_PFX)' (KH57_SIGN_PFX)." }
        $arguments = @("sign", "/fd", "sha256", "/tr", $TimestampUrl, "/td", "sha256", "/f", $env:KH57_SIGN_PFX)
        if ($env:KH57_SIGN_PFX_PASSWORD) { $arguments += @("/p", $env:KH57_SIGN_PFX_PASSWORD) }
        return $arguments
    }
    return $null
}

function Invoke-Sign([string[]]$Files) {
    foreach ($file in $Files) {
        Invoke-Native "Ký số $(Split-Path -Leaf $file)" $SignTool ($SignArguments + @($file))
        Invoke-Native "Kiểm tra chữ ký của $(Split-Path -Leaf $file)" $SignTool @("verify", "/pa", $file)
        Write-Host "   đã ký: $file"
    }
}

# Inno Setup's SignTool: the same command, with $f for the file and $q for a quote.
function Get-InnoSignCommand {
    $quoted = $SignArguments | ForEach-Object { if ($_ -match "\s") { "`$q$_`$q" } else { $_ } }
    return "`$q$SignTool`$q " + ($quoted -join " ") + " `$f"
}

function Write-Checksum([string]$File) {
    $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath $File).Hash.ToLowerInvariant()
    Set-Content -LiteralPath "$File.sha256" -Value "$hash  $(Split-Path -Leaf $File)" -Encoding Ascii
    $megabytes = [math]::Round((Get-Item -LiteralPath $File).Length / 1MB, 1)
    Write-Host "   $File ($megabytes MB)"
    Write-Host "   SHA-256: $hash"
}

$Py = Find-Python
$SignArguments = Get-SignArguments
$SignTool = if ($SignArguments) { Find-SignTool } else { $null }
if ($SignArguments) {
    Write-Host "== ký số: signtool $SignTool, dấu thời gian $TimestampUrl"
} else {
    Write-Host "== CHƯA KÝ SỐ: không có KH57_SIGN_THUMBPRINT hay KH57_SIGN_PFX. kh57desk.exe, kh57.exe và bộ cài sẽ không mang chữ ký;" -ForegroundColor Yellow
    Write-Host "   SmartScreen sẽ báo 'Nhà phát hành không xác định' và phần mềm diệt virus dễ chặn nhầm. Chỉ dùng để thử." -ForegroundColor Yellow
}
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
if ($SignArguments) { Invoke-Sign @((Join-Path $Bundle "kh57desk.exe"), (Join-Path $Bundle "kh57.exe")) }

if (-not $NoPortable) {
    $portableName = Get-Output "Đặt tên bản di động" $Py @($metadata, "artifact", "portable")
    Write-Host "== bản di động $portableName.zip"
    $zip = Join-Path $Dist "$portableName.zip"
    if (Test-Path -LiteralPath $zip) { Remove-Item -Force -LiteralPath $zip }
    # Python's zipfile: forward slashes in every entry name, checked after writing (with the "kh57desk.portable" marker)
    Invoke-Native "Dựng bản di động" $Py @((Join-Path $Here "portable_zip.py"), $Bundle, $zip)
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
    $isccArguments = @("/DBundleDir=$Bundle", "/DOutputDir=$Dist", "/DVietnameseIsl=$isl", "/DOutputName=$setupName")
    if ($SignArguments) {
        # Inno Setup signs the installer and its uninstaller with the same certificate
        $isccArguments += @("/Skh57sign=$(Get-InnoSignCommand)", "/DSignTool=kh57sign")
    }
    Invoke-Native "Inno Setup" $iscc ($isccArguments + @((Join-Path $Here "windows\kh57desk.iss")))
    $setupExe = Join-Path $Dist "$setupName.exe"
    if ($SignArguments) {
        Invoke-Native "Kiểm tra chữ ký của bộ cài" $SignTool @("verify", "/pa", $setupExe)
        Write-Host "   đã ký: $setupExe"
    } else {
        Write-Host "   bộ cài CHƯA KÝ SỐ: $setupExe" -ForegroundColor Yellow
    }
    Write-Checksum $setupExe
}
