"""Benchmark: the inputs that were quadratic or memory-hungry, at two sizes (``python bench/hostile.py``).

Each input kind runs at a size ``n`` and ``4 n``, each in a fresh subprocess
(imports and a warm-up parse of the seed first), through the whole pipeline
(``liveblog.parse``). It prints CPU seconds (``time.process_time``), the growth
per x4 of size (linear is 4.0; the target is <= 4.4), and the peak RSS of the
``4 n`` run against the target of 60 MB + 5x the input, side by side with the
figures measured before the fix (issue 12, 2-core dev machine). It prints and
asserts nothing; ``tests/test_linear.py`` and ``tests/test_hardening.py`` pin
linear growth by counting work.

```console
$ python bench/hostile.py [--only same-minute,show-more] [--scale 0.25]
```
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE, TZ = "2024-11-29T21:00", "UTC"


def _word(i: int, k: int) -> str:
    return hashlib.blake2b(f"{i}-{k}".encode(), digest_size=3).hexdigest()


def same_minute(n: int) -> str:
    """``n`` different posts stamped the same minute (the issue's Aleppo/Homs shape)."""
    return "".join(f"20:15\nDeath toll in district {i} rises to {i * 7}, officials say.\n" for i in range(n))


def same_date(n: int) -> str:
    """``n`` posts a minute apart, each citing 7 October 2023 in different words."""
    start = datetime(2024, 11, 29, 20, 59, tzinfo=UTC)
    posts = []
    for i in range(n):
        clock = (start - timedelta(minutes=i)).strftime("%H:%M")
        before = " ".join(_word(i, k) for k in range(5))
        after = " ".join(_word(i, k) for k in range(5, 10))
        posts.append(f"{clock}\nThe {before} since 7 October 2023 {after}.\n")
    return "".join(posts)


def jsonld(n: int) -> str:
    """A page of ``n`` JSON-LD updates, each with an anchored block in the body."""
    t0 = datetime(2024, 11, 29, 20, 59, tzinfo=UTC)
    updates = [
        {
            "@type": "BlogPosting",
            "url": f"https://x.test/live#u{i}",
            "datePublished": (t0 - timedelta(minutes=i)).isoformat(),
            "articleBody": f"Update number {i} from the {_word(i, 0)} desk.",
        }
        for i in range(n)
    ]
    blocks = "".join(
        f'<div id="u{i}"><time>{(t0 - timedelta(minutes=i)):%H:%M}</time><p>Update number {i}.</p></div>'
        for i in range(n)
    )
    data = json.dumps({"@type": "LiveBlogPosting", "liveBlogUpdate": updates})
    return (
        f'<html><head><script type="application/ld+json">{data}</script></head><body>{blocks}</body></html>'
    )


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _fixture(name: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return _repeat((ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8"), size)

    return build


# name → (builder, n, what was measured before the fix)
CASES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "same-minute": (same_minute, 4000, "2,000 posts 2.5 s, 16,000 posts 72 s (36 M find() calls)"),
    "same-date": (same_date, 2500, "10,000 posts 20.5 s (73 % of the parse in dedupe_mentions)"),
    "jsonld": (jsonld, 5000, "20,000 updates 48 s of reading (css_first per update)"),
    "show-more": (lambda n: _repeat("Show more\n", n), 262_144, "1 MB 237 MB RSS, 16 MB 3.3 GB"),
    "english-page": (_fixture("aljazeera_english.txt"), 262_144, "English pages ~32x their size in RSS"),
    "bbc-page": (_fixture("bbc_bare_times.txt"), 262_144, "-"),
    "digit-colon": (lambda n: _repeat("12:", n), 65_536, "256 KiB 8.3 s CPU (3.2 s at 847d8ac)"),
    "clock-lines": (lambda n: _repeat("20:15\n", n), 65_536, "-"),
}

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
import liveblog
from bench.hostile import CASES
from bench._pages import SEED_REFERENCE, SEED_TZ, seed_text
name, size = sys.argv[1], int(sys.argv[2])
text = CASES[name][0](size)
liveblog.parse(seed_text(), reference=SEED_REFERENCE, tz=SEED_TZ)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.process_time()
tl = liveblog.parse(text, reference={ref!r}, tz={tz!r})
seconds = time.process_time() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "base": base, "peak": peak, "mb": len(text.encode()) / 2**20,
                  "entries": len(tl.entries), "events": len(tl.events), "ignored": len(tl.ignored)}}))
"""


def run(name: str, size: int) -> dict[str, float]:
    code = _CHILD.format(root=str(ROOT), ref=REFERENCE, tz=TZ)
    done = subprocess.run(
        [sys.executable, "-c", code, name, str(size)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size n by this")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(CASES)
    head = f"{'input':14} {'n':>8} {'s(n)':>7} {'s(4n)':>7} {'x4':>5} {'MB in':>6} {'RSS MB':>7} {'limit':>6}"
    print(f"{head}  before")
    for name in names:
        _build, n, before = CASES[name]
        n = max(int(n * args.scale), 1)
        small, large = run(name, n), run(name, 4 * n)
        growth = large["seconds"] / small["seconds"] if small["seconds"] > 0 else float("nan")
        limit = 60 + 5 * large["mb"]
        print(
            f"{name:14} {n:>8} {small['seconds']:7.2f} {large['seconds']:7.2f} {growth:5.2f} "
            f"{large['mb']:6.2f} {large['peak']:7.1f} {limit:6.1f}  {before}",
            flush=True,
        )


if __name__ == "__main__":
    main()
