"""Run the benchmarks: ``python bench/run.py [scenario …]`` (default: all).

Each ``bench/bench_<scenario>.py`` has a ``main()`` that prints a table of sizes, times and
peak memory and writes ``bench/out/<scenario>.json``.
"""

from __future__ import annotations

import importlib
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def scenarios() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in (ROOT / "bench").glob("bench_*.py"))


def main(argv: list[str]) -> int:
    wanted = argv or scenarios()
    unknown = [w for w in wanted if w not in scenarios()]
    if unknown:
        print(f"Không có kịch bản: {', '.join(unknown)}. Có: {', '.join(scenarios())}", file=sys.stderr)
        return 2
    print(f"# kh57desk benchmarks — Python {platform.python_version()}, {platform.machine()}, "
          f"{platform.system()} ({__import__('os').cpu_count()} CPU)")
    for name in wanted:
        importlib.import_module(f"bench.bench_{name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
