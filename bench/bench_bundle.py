"""The installed program: size of the Linux bundle and how fast it starts.

- build: ``installers/build.sh`` into a temporary folder (PyInstaller, then the tarball), or an
  existing bundle given by ``KH57_BUNDLE=…/dist/kh57desk`` (no build, no tarball figures);
- size: the one-folder bundle (MB, files) and the ``.tar.gz``;
- start: fresh processes, each timed from before it starts until it has exited, with its peak
  resident memory: ``kh57 --version``; the window offscreen on the sample plan, started with
  ``--exit-when-ready`` (it quits once the first screen is filled and shown, so the time is
  launch → first paint, plus closing). First run and median of the next ones, beside the same
  commands run from the source tree. The files are in the page cache after the first run (and,
  when just built, already before it): "first" is the closest to a cold start measured here.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import print_table, write_json

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def _run(command: list[str], env: dict) -> tuple[float, float]:
    """Seconds from start to exit, and peak RSS (MiB), of one fresh process."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} thất bại: {errors.read().decode('utf-8', 'replace')[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def _series(command: list[str], env: dict, runs: int = RUNS) -> dict:
    results = [_run(command, env) for _ in range(runs)]
    times = [s for s, _ in results]
    return {"first_s": times[0], "median_s": statistics.median(times[1:]), "peak_rss_mib": max(r for _, r in results)}


def _build(base: Path) -> tuple[Path, Path | None, float]:
    env = {**os.environ, "PYTHON": sys.executable}
    started = time.perf_counter()
    result = subprocess.run(["bash", str(ROOT / "installers" / "build.sh"), "--dist", str(base / "dist"),
                             "--work", str(base / "work")], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"installers/build.sh thất bại:\n{result.stdout[-2000:]}{result.stderr[-3000:]}")
    tarballs = sorted((base / "dist").glob("*.tar.gz"))
    return base / "dist" / "kh57desk", (tarballs[0] if tarballs else None), seconds


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kh57-bench-bundle-") as tmp:
        base = Path(tmp)
        given = os.environ.get("KH57_BUNDLE")
        if given:
            bundle, tarball, build_s = Path(given), None, None
        else:
            bundle, tarball, build_s = _build(base)
        files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        size_mb = sum(p.stat().st_size for p in files) / 1e6
        tarball_mb = tarball.stat().st_size / 1e6 if tarball is not None else None

        env = {k: v for k, v in os.environ.items() if k != "KH57DESK_DATA"}
        env.update({"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(base / "config"),
                    "XDG_CACHE_HOME": str(base / "cache"), "XDG_DATA_HOME": str(base / "share")})
        data = base / "dữ liệu"
        subprocess.run([str(bundle / "kh57"), "--data-dir", str(data), "demo"], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        source_bin = Path(sys.executable).parent
        source_cli = [str(source_bin / "kh57")] if (source_bin / "kh57").exists() else [sys.executable, "-m",
                                                                                         "kh57desk.cli"]
        source_window = [sys.executable, "-m", "kh57desk.ui.app"]
        window_args = ["--data-dir", str(data), "--exit-when-ready"]
        starts = {
            "kh57 --version": (_series([str(bundle / "kh57"), "--version"], env),
                               _series([*source_cli, "--version"], env)),
            "cửa sổ → màn hình đầu": (_series([str(bundle / "kh57desk"), *window_args], env, runs=4),
                                      _series([*source_window, *window_args], env, runs=4)),
        }

    size_rows = [["thư mục chương trình", f"{size_mb:.0f} MB", f"{len(files)} tệp"]]
    if tarball is not None:
        size_rows.append([tarball.name, f"{tarball_mb:.0f} MB", ""])
    if build_s is not None:
        size_rows.append(["thời gian dựng (build.sh)", f"{build_s:.0f} s", ""])
    print_table("Gói Linux (PyInstaller, một thư mục)", ["", "cỡ / thời gian", "số tệp"], size_rows)
    start_rows = [[name, f"{frozen['first_s']:.2f}", f"{frozen['median_s']:.2f}", f"{frozen['peak_rss_mib']:.0f}",
                   f"{source['median_s']:.2f}"] for name, (frozen, source) in starts.items()]
    print_table("Khởi động (tiến trình mới, đến khi thoát)",
                ["lệnh", "lần đầu (s)", "trung vị (s)", "RSS đỉnh (MiB)", "từ mã nguồn, trung vị (s)"], start_rows)
    write_json("bundle", [{"bundle_mb": round(size_mb, 1), "bundle_files": len(files),
                           "tarball_mb": round(tarball_mb, 1) if tarball_mb is not None else None,
                           "build_s": round(build_s, 1) if build_s is not None else None},
                          *({"command": name, "bundle": frozen, "source": source}
                            for name, (frozen, source) in starts.items())])


if __name__ == "__main__":
    main()
