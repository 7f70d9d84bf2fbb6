"""Relative dates in every language: dateparser's CLDR relative phrases through liveblog.resolve.

Each language with a table (``liveblog.lang._data.LANGS``, English and Arabic) is swept with the
phrases of dateparser's own translation data: its ``relative-type`` strings of days and longer
("hier", "la semaine dernière", "in 1 month") and its ``relative-type-regex`` patterns with 3 put
for the number ("il y a 3 jours", "3 ч назад", "acum 3 ore"). An answer is right when it holds the
moment the phrase names (the reference moved by the amount); an instant must be that moment.

liveblog's tables are generated from the same CLDR data, so this measures the mechanism (the
phrases are read, in every language, as they are written) rather than independent accuracy.
Prints per language and overall; asserts nothing.

    python bench/relative.py [--misses FILE]
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from liveblog import resolve
from liveblog.lang._data import LANGS

# A Thursday, and a day of the month every month has (so "3 months ago" is a day, not a clamp).
REFERENCE = datetime(2024, 11, 28, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
_KEY = re.compile(r"^(in )?(\\1|\d+) (second|minute|hour|day|week|month|year) ?(ago)?$")
_GROUP = re.compile(r"\(\\d\+\+\[\.,\]\?\\d\*\+\)|\(\\d\+\[\.,\]\?\\d\*\)")
_LEFT_REGEX = re.compile(r"[\\\[\]()?*+|^$]")


def _moved(unit: str, n: int) -> datetime:
    if unit in ("second", "minute", "hour", "day", "week"):
        return REFERENCE + timedelta(**{f"{unit}s": n})
    months = REFERENCE.year * 12 + REFERENCE.month - 1 + n * (12 if unit == "year" else 1)
    return REFERENCE.replace(year=months // 12, month=months % 12 + 1)


def phrases(lang: str) -> Iterator[tuple[str, str, int]]:
    """(phrase, unit, signed amount) from dateparser's data for ``lang``."""
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    except ImportError:
        return
    for key, words in info.get("relative-type", {}).items():
        m = _KEY.match(key)
        if m and m.group(3) in ("day", "week", "month", "year"):  # "this hour" names no instant
            n = int(m.group(2)) * (1 if m.group(1) else -1)
            for w in words:
                yield w, m.group(3), n
    for key, patterns in info.get("relative-type-regex", {}).items():
        m = _KEY.match(key)
        if m is None:
            continue
        for p in patterns:
            if not _GROUP.search(p):
                continue
            w = _GROUP.sub("3", p)
            if not _LEFT_REGEX.search(w):
                yield w, m.group(3), 3 if m.group(1) else -3


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/relative.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", type=Path, help="write every miss, one per line")
    args = parser.parse_args(argv)
    total = right = 0
    misses: list[str] = []
    print("| lang | right | phrases | % |\n|---|---:|---:|---:|")
    for lang in ("en", "ar", *LANGS):
        n = ok = 0
        for phrase, unit, amount in phrases(lang):
            target = _moved(unit, amount)
            when = resolve(phrase, REFERENCE, languages=[lang])
            good = when is not None and (
                when.start <= target < when.end
                or (when.start == when.end and abs(when.start - target) < timedelta(seconds=1))
            )
            n += 1
            ok += good
            if not good:
                misses.append(
                    f"{lang} | {phrase} | {unit} {amount:+d} | {None if when is None else when.timex}"
                )
        if n:
            print(f"| {lang} | {ok} | {n} | {100 * ok / n:.1f} |")
        total, right = total + n, right + ok
    print(f"| **all** | {right} | {total} | {100 * right / total:.1f} |")
    if args.misses is not None:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
