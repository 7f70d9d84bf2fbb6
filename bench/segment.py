"""Segmenting: entry F1 and day accuracy per fixture, HTML and copied-text forms; and speed.

    python bench/segment.py              # accuracy (default)
    python bench/segment.py --speed [--repeat N]

Accuracy: for every fixture page in tests/fixtures with an expected file, the
page as saved (HTML or text) and, for HTML pages, the page as a reader copies
it (``liveblog.read._html.copy_text``: block elements on their own lines) are
parsed with the expected file's reference and zone. Entries are scored against
the expected timed entries: a found entry matches an expected one when their
clocks agree (hour and minute in the page zone) and the found entry's marker,
title or text holds the expected title or opening words; matching is one to
one. F1 is over timed entries; day accuracy is the share of matched entries on
the expected date. The same scores are printed for a naive splitter in the
same run: "a short line holding a clock starts an entry", dated on the
reference day (so it is blind to midnight crossings, which is the point).

Speed (``--speed``): pages/s and MB/s of ``read`` + ``segment`` on each
fixture and a synthetic page of 2,400 posts, against a dateparser-only splitter
(every short line ``dateparser.parse`` reads as a date starts an entry). It
prints and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


from liveblog import parse  # noqa: E402
from liveblog._text.clock import to_ascii_digits  # noqa: E402
from liveblog.pipeline import detect_language  # noqa: E402
from liveblog.read import read_path, read_text  # noqa: E402
from liveblog.read._html import copy_text  # noqa: E402
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


def speed(args: argparse.Namespace) -> None:
    pages: list[tuple[str, str, str]] = []  # name, what liveblog reads, what the splitter reads
    for path in sorted(FIXTURES.glob("*.html")) + sorted(FIXTURES.glob("*.txt")):
        page = path.read_text("utf-8")
        # The splitter cannot read HTML: it is given the page's visible text, for free.
        plain = copy_text(page) if path.suffix == ".html" else read_path(path).text
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


# --- accuracy -----------------------------------------------------------------------------------

_NAIVE_LINE = 40  # the naive splitter's "short line"


@dataclass(frozen=True)
class Found:
    """An entry as a splitter found it: its clock, date and words."""

    clock: str  # "HH:MM" in the page zone
    day: date | None
    words: str  # marker, title and text, for matching


@dataclass(frozen=True)
class Gold:
    clock: str
    day: date
    keys: tuple[str, ...]  # a title or opening words any of which the found entry must hold


def gold_entries(exp: dict[str, Any]) -> list[Gold]:
    out = []
    for e in exp["entries"]:
        if not e.get("time"):
            continue
        moment = datetime.fromisoformat(e["time"])
        keys = tuple(k for k in (e.get("title"), e.get("text_starts_with", "")[:24]) if k)
        out.append(Gold(moment.strftime("%H:%M"), moment.date(), keys))
    return out


def liveblog_found(text: str, exp: dict[str, Any]) -> list[Found]:
    tl = parse(text, reference=exp["reference"], tz=exp["tz"])
    zone = ZoneInfo(exp["tz"])
    out = []
    for e in tl.entries:
        if e.when is None or e.kind.value == "lead":
            continue
        local = e.when.start.astimezone(zone)
        out.append(
            Found(local.strftime("%H:%M"), local.date(), " ".join(filter(None, [e.marker, e.title, e.text])))
        )
    return out


def naive_found(text: str, exp: dict[str, Any]) -> list[Found]:
    """A short line holding a clock starts an entry; the entry runs to the next such line."""
    day = datetime.fromisoformat(exp["reference"]).astimezone(ZoneInfo(exp["tz"])).date()
    clock = re.compile(r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)")
    out: list[Found] = []
    current: tuple[str, list[str]] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        m = clock.search(to_ascii_digits(stripped)) if len(stripped) <= _NAIVE_LINE else None
        if m is not None:
            if current is not None:
                out.append(Found(current[0], day, " ".join(current[1])))
            current = (f"{int(m.group(1)):02d}:{m.group(2)}", [stripped])
        elif current is not None and stripped:
            current[1].append(stripped)
    if current is not None:
        out.append(Found(current[0], day, " ".join(current[1])))
    return out


def score(found: list[Found], gold: list[Gold]) -> tuple[float, float, int, int]:
    """Entry F1, day accuracy over matched entries, matched count, found count."""
    free = list(found)
    matched = on_day = 0
    for g in gold:
        for f in free:
            if f.clock == g.clock and (not g.keys or any(k in f.words for k in g.keys)):
                free.remove(f)
                matched += 1
                on_day += f.day == g.day
                break
    precision = matched / len(found) if found else (1.0 if not gold else 0.0)
    recall = matched / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, (on_day / matched if matched else (1.0 if not gold else 0.0)), matched, len(found)


def accuracy() -> None:
    print(
        f"{'page':34} {'form':5} {'gold':>4} | {'lb F1':>6} {'lb day':>6} {'lb n':>4} | "
        f"{'naive F1':>8} {'day':>6} {'n':>4}"
    )
    totals: dict[str, list[float]] = {"lb": [], "naive": []}
    below = []
    for expected in sorted(FIXTURES.glob("*.expected.json")):
        exp = json.loads(expected.read_text("utf-8"))
        stem = expected.name.removesuffix(".expected.json")
        page = next(
            (FIXTURES / f"{stem}{ext}" for ext in (".html", ".txt") if (FIXTURES / f"{stem}{ext}").exists()),
            None,
        )
        if page is None:
            continue
        raw = page.read_text("utf-8")
        forms = [("html", raw), ("text", copy_text(raw))] if page.suffix == ".html" else [("text", raw)]
        gold = gold_entries(exp)
        for form, text in forms:
            lb = score(liveblog_found(text, exp), gold)
            nv = score(naive_found(text if form == "text" else copy_text(raw), exp), gold)
            totals["lb"].append(lb[0])
            totals["naive"].append(nv[0])
            if lb[0] < nv[0]:
                below.append(f"{stem} ({form})")
            print(
                f"{stem:34} {form:5} {len(gold):4d} | {lb[0]:6.3f} {lb[1]:6.3f} {lb[3]:4d} | "
                f"{nv[0]:8.3f} {nv[1]:6.3f} {nv[3]:4d}"
            )
    n = len(totals["lb"])
    print(
        f"mean entry F1 over {n} page forms: liveblog {sum(totals['lb']) / n:.3f}, "
        f"naive {sum(totals['naive']) / n:.3f}; F1 1.0 on {sum(f == 1.0 for f in totals['lb'])}/{n}; "
        f"below naive: {', '.join(below) or 'none'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speed", action="store_true", help="time read + segment instead of scoring")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page; the best is kept")
    args = parser.parse_args()
    if args.speed:
        speed(args)
    else:
        accuracy()


if __name__ == "__main__":
    main()
