"""Find USB tokens without typing a path: look for the PKCS#11 modules that Vietnamese CAs ship
where their installers put them, ask each one (in a child process) which tokens are plugged in,
and list each token with its label and its certificate holder, so the user picks one.

A module is probed in a child process because python-pkcs11 keeps a module loaded for the life
of the process, a vendor driver may hang or crash, and two drivers in one process may disagree.
The file names come from working integrations (domain notes), not from vendor documentation:
a starting list, and the path field in Cài đặt stays for anything else.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kh57desk import platform_win

ENV_VAR = "KH57DESK_PKCS11_PATH"  # extra folders to scan (os.pathsep-separated); every library in them counts
PROBE_SECONDS = 20
PROBE_ARGUMENT = "--probe-token"  # the frozen kh57 runs the probe when given this first argument

# vendor → module file names (Windows .dll; Linux .so where the vendor ships one)
KNOWN_MODULES: dict[str, tuple[str, ...]] = {
    "VNPT-CA": ("vnpt-ca_csp11.dll", "VNPT-CA_v34.dll", *(f"vnptca_p11_v{n}.dll" for n in range(6, 11)),
                "vnpt-ca_cl_v1.dll"),
    "Viettel-CA": tuple(f"viettel-ca_v{n}.{ext}" for n in (6, 5, 4, 2) for ext in ("dll", "dylib")),
    "FPT-CA": ("fpt-ca.dll", "fpt-ca-stx.dll", *(f"fptca_v{n}.dll" for n in range(3, 7))),
    "BkavCA": ("BkavCA.dll", "BkavCAv2S.dll", "BkavCAv25.dll", "BkavCAv2T.dll", "bkavcaetoken.dll"),
    "Ban Cơ yếu Chính phủ (SafeNet)": ("eTPKCS11.dll", "libeTPkcs11.so"),
    "Ban Cơ yếu Chính phủ (Bit4id)": ("bit4xpki.dll", "libbit4xpki.so"),
    "Feitian ePass2003": ("eps2003csp11.dll", "libcastle.so.1.0.0"),
    "Shuttle": ("ShuttleCsp11_3003.dll",),
    "OpenSC": ("opensc-pkcs11.dll", "opensc-pkcs11.so"),
}
LIBRARY_SUFFIXES = (".dll", ".so", ".dylib")


@dataclass(frozen=True)
class Candidate:
    path: str
    vendor: str


@dataclass(frozen=True)
class FoundToken:
    """A token plugged in, reached through ``module``; ``problem`` says why a module gave none."""

    module: str
    vendor: str
    token_label: str = ""
    holder: str = ""          # the common name of the certificate with a private key, else the first one
    organization: str = ""
    problem: str = ""

    @property
    def usable(self) -> bool:
        return not self.problem and bool(self.token_label)


def standard_folders(windows: bool | None = None, environ: dict | None = None) -> list[Path]:
    """Where vendors' installers put their modules on this system."""
    windows = os.name == "nt" if windows is None else windows
    environ = os.environ if environ is None else environ
    if windows:
        root = Path(environ.get("SystemRoot", r"C:\Windows"))
        programs = [Path(environ[name]) for name in ("ProgramFiles", "ProgramFiles(x86)") if environ.get(name)]
        return [root / "System32", root / "SysWOW64", *(p / "OpenSC Project" / "OpenSC" / "pkcs11" for p in programs)]
    folders = [Path("/usr/lib"), Path("/usr/lib/x86_64-linux-gnu"), Path("/usr/local/lib")]
    return folders + [folder / "pkcs11" for folder in folders]


def extra_folders(environ: dict | None = None) -> list[Path]:
    environ = os.environ if environ is None else environ
    return [Path(part) for part in environ.get(ENV_VAR, "").split(os.pathsep) if part.strip()]


def candidates(windows: bool | None = None, environ: dict | None = None) -> list[Candidate]:
    """Known module files present in the standard folders, then every library in the extra folders."""
    by_name = {name.lower(): vendor for vendor, names in KNOWN_MODULES.items() for name in names}
    found: dict[str, Candidate] = {}

    def add(path: Path, vendor: str) -> None:
        key = platform_win.normalised_module_path(path)
        found.setdefault(key, Candidate(str(path), vendor))

    for folder in standard_folders(windows, environ):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:  # one listing per folder, compared case-insensitively (Windows names)
            vendor = by_name.get(entry.name.lower())
            if vendor and entry.is_file():
                add(Path(entry.path), vendor)
    for folder in extra_folders(environ):
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_file() and (entry.name.lower().endswith(LIBRARY_SUFFIXES) or ".so." in entry.name):
                add(Path(entry.path), by_name.get(entry.name.lower(), ""))
    return list(found.values())


def probe_command(module: str) -> list[str]:
    """The child process that asks ``module`` for its tokens (the frozen kh57, or this Python)."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
        cli = next((folder / name for name in ("kh57.exe", "kh57") if (folder / name).is_file()), None)
        return [str(cli or sys.executable), PROBE_ARGUMENT, module]
    return [sys.executable, "-m", "kh57desk.signing.token_probe", module]


def probe(candidate: Candidate, timeout: float = PROBE_SECONDS) -> list[FoundToken]:
    """The tokens ``candidate`` sees, asked in a child process; a problem becomes one entry."""
    problem = platform_win.bitness_problem(candidate.path, platform_win.file_pe_bits(candidate.path))
    if problem:
        return [FoundToken(candidate.path, candidate.vendor, problem=problem)]
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up from the window
    try:
        result = subprocess.run(probe_command(candidate.path), capture_output=True, timeout=timeout,
                                creationflags=flags, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    except subprocess.TimeoutExpired:
        return [FoundToken(candidate.path, candidate.vendor,
                           problem=f"Thư viện không trả lời sau {timeout:g} giây.")]
    except OSError as exc:
        return [FoundToken(candidate.path, candidate.vendor, problem=f"Không chạy được bước dò ({exc}).")]
    try:
        answer = json.loads(result.stdout.decode("utf-8"))
    except ValueError:
        return [FoundToken(candidate.path, candidate.vendor,
                           problem=f"Thư viện dừng bất thường khi dò (mã {result.returncode}).")]
    if answer.get("problem"):
        return [FoundToken(candidate.path, candidate.vendor, problem=answer["problem"])]
    return [FoundToken(candidate.path, candidate.vendor, token.get("label", ""), token.get("holder", ""),
                       token.get("organization", "")) for token in answer.get("tokens", [])]


def find_tokens(windows: bool | None = None, environ: dict | None = None) -> list[FoundToken]:
    """Every token plugged in, through every module found; modules with a problem are listed too."""
    return [token for candidate in candidates(windows, environ) for token in probe(candidate)]


def describe(token: FoundToken) -> str:
    """One line for a list: 'label — holder (organisation) · vendor · file'."""
    name = os.path.basename(token.module)
    source = f"{token.vendor} · {name}" if token.vendor else name
    if token.problem:
        return f"{source}: {token.problem}"
    holder = token.holder + (f" ({token.organization})" if token.organization else "")
    return f"{token.token_label} — {holder or 'không đọc được chứng thư'} · {source}"
