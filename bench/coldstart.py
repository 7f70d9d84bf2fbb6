"""Cold start of ``liveblog show`` on the seed, next to ``import dateparser`` alone.

Each command runs as a fresh process (bytecode caches warm after one unmeasured
run), ``--runs`` times; the median wall time is printed. The children may write
bytecode even when ``PYTHONDONTWRITEBYTECODE`` is set around the benchmark (as
on the dev machines), into a temporary ``PYTHONPYCACHEPREFIX``: without it every
run compiled liveblog's sources again (about 0.27 s of CPU) while dateparser's
installed bytecode was read, which is not what an installed liveblog does. Target: ``liveblog
show`` under 0.3 s on the dev machine.

    python bench/coldstart.py [--runs 9]
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10bbcf9e3c36c249.txt"
TARGET = 0.3


def _liveblog() -> list[str]:
    script = Path(sys.executable).with_name("liveblog")
    return [str(script)] if script.exists() else [sys.executable, "-m", "liveblog"]


COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import dateparser": [sys.executable, "-c", "import dateparser"],
    "import liveblog.render": [sys.executable, "-c", "import liveblog.render"],
    "liveblog show SEED": [
        *_liveblog(),
        "show",
        str(SEED),
        "--reference",
        "2024-11-29T21:00",
        "--tz",
        "Asia/Damascus",
        "--no-pager",
    ],
}


_PYCACHE = tempfile.mkdtemp(prefix="liveblog-coldstart-pyc-")
atexit.register(shutil.rmtree, _PYCACHE, ignore_errors=True)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {
    "PYTHONPYCACHEPREFIX": _PYCACHE
}
"""The children's environment: bytecode written and read under a temporary prefix."""


def median_seconds(argv: list[str], runs: int) -> float:
    """Median wall time of ``runs`` fresh runs of ``argv`` (output discarded; failures raise)."""
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=ENV)  # warm the bytecode caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Measure and print; exit 1 when ``liveblog show`` misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    results = {name: median_seconds(argv, args.runs) for name, argv in COMMANDS.items()}
    for name, seconds in results.items():
        print(f"{name:<24} {seconds * 1000:7.0f} ms  (median of {args.runs})")
    show = results["liveblog show SEED"]
    verdict = "within" if show < TARGET else "OVER"
    print(f"liveblog show: {verdict} the {TARGET * 1000:.0f} ms target")
    return 0 if show < TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
