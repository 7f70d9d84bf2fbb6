"""Segmenting speed: liveblog's reader + segmenter against a dateparser-only splitter.

    python bench/segment.py [--repeat N]

For each fixture page in tests/fixtures and a synthetic page of 2,400 posts,
prints pages/s and MB/s of ``read`` + ``segment`` (the stages that find
entries), the entries found, and the same for the splitter a user would write
with dateparser alone (every short line that ``dateparser.parse`` reads as a
date starts an entry; HTML pages are given to it as their visible text, not
timed), measured in the same run, with their ratio (dateparser time / liveblog
time). MB/s is of the page as given to liveblog. It prints and asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from liveblog.pipeline import detect_language  # noqa: E402
from liveblog.read import read_path, read_text  # noqa: E402
from liveblog.read._html import visible_text  # noqa: E402
from liveblog.segment import segment  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
REFERENCE = datetime(2024, 11, 29, 21, 0, tzinfo=ZoneInfo("Asia/Damascus"))
_SHORT = 40  # the splitter only asks dateparser about lines this short


def synthetic_page(posts: int = 2400) -> str:
    """A newest-first Arabic page: one post a minute back from 23:59 across days, a title and a body each."""
    lines = ["تغطية مباشرة لتطورات الأحداث", ""]
    for i in range(posts):
        minutes = (24 * 60 - 1 - i) % (24 * 60)
        lines += [
            f"{minutes // 60:02d}:{minutes % 60:02d}",
            f"تحديث رقم {i}: القوات تتقدم في ريف حلب",
            f"قال مصدر ميداني إن الاشتباكات استمرت لأكثر من {i % 48 + 1} ساعة، مساء الخميس، قرب الطريق M5.",
            "شارك",
            "",
        ]
    return "\n".join(lines)


def liveblog_split(text: str, lang: str) -> int:
    doc = read_text(text)
    return len(segment(doc, reference=REFERENCE, page_zone=REFERENCE.tzinfo, lang=lang).entries)  # type: ignore[arg-type]


def dateparser_split(text: str, lang: str) -> int:
    import dateparser

    settings = {"RELATIVE_BASE": REFERENCE.replace(tzinfo=None), "PREFER_DATES_FROM": "past"}
    entries = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if (
            stripped
            and len(stripped) <= _SHORT
            and dateparser.parse(stripped, languages=[lang], settings=settings)
        ):
            entries += 1
    return entries


def _time(func: Callable[[str, str], int], text: str, lang: str, repeat: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = func(text, lang)
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page; the best is kept")
    args = parser.parse_args()
    pages: list[tuple[str, str, str]] = []  # name, what liveblog reads, what the splitter reads
    for path in sorted(FIXTURES.glob("*.html")) + sorted(FIXTURES.glob("*.txt")):
        page = path.read_text("utf-8")
        # The splitter cannot read HTML: it is given the page's visible text, for free.
        plain = visible_text(LexborHTMLParser(page).body) if path.suffix == ".html" else read_path(path).text
        pages.append((path.name, page, plain))
    big = synthetic_page()
    pages.append(("synthetic 2,400 posts", big, big))
    dateparser_split("20:15", "ar")  # warm dateparser's language data before timing
    print(
        f"{'page':34} {'KB':>7} {'lb entries':>10} {'lb pages/s':>10} {'lb MB/s':>8} "
        f"{'dp entries':>10} {'dp pages/s':>10} {'dp MB/s':>8} {'ratio':>7}"
    )
    for name, text, plain in pages:
        lang = detect_language(plain)
        size = len(text.encode("utf-8")) / 1e6
        lb_t, lb_n = _time(liveblog_split, text, lang, args.repeat)
        dp_t, dp_n = _time(dateparser_split, plain, lang, max(1, args.repeat // 3))
        print(
            f"{name:34} {size * 1000:7.1f} {lb_n:10d} {1 / lb_t:10.1f} {size / lb_t:8.2f} "
            f"{dp_n:10d} {1 / dp_t:10.1f} {size / dp_t:8.2f} {dp_t / lb_t:6.1f}x"
        )


if __name__ == "__main__":
    main()
