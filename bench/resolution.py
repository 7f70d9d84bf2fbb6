"""liveblog.resolve against dateparser on the resolution accuracy corpus, side by side.

Run from the repository root::

    python bench/resolution.py              # 5 timed repetitions
    python bench/resolution.py --repeat 20 --lang ar

liveblog is scored exactly (start, grain, part of day and hedge must all match
the annotation, None for not-a-date). dateparser returns one datetime and no
grain, so it is scored leniently: right when its datetime falls inside the
expected ``[start, end)``. On the not-a-date class any non-None answer is a
false date. Nothing is asserted: this prints.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs

if __package__ in {None, ""}:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._corpus import DEFAULT_CORPUS, Item, load

Resolver = Callable[[Item], Any]
Scorer = Callable[[Item, Any], bool]

CLASS_ORDER = (
    "weekday",
    "part_of_day",
    "day_word",
    "ago_in",
    "month_year",
    "day_month",
    "clock",
    "zone",
    "week",
    "not_a_date",
)
# dateparser's PREFER_DATES_FROM for each corpus ``prefer``; it has no "nearest",
# "current_period" is its closest notion.
_DP_PREFER = {"past": "past", "future": "future", "nearest": "current_period"}


# --- engines -----------------------------------------------------------------------


def dateparser_engine(variant: str = "naive") -> Resolver:
    """dateparser.parse with the best settings found for news phrasing.

    Always: the language fixed to the item's (auto-detection reads Arabic news
    as Persian), RELATIVE_BASE naive in the reference's zone (an *aware* base
    plus TIMEZONE makes "20:15" return None, dateparser issue #1213),
    PREFER_DATES_FROM from the item, PREFER_DAY_OF_MONTH first. A naive answer
    is read in the reference's zone; an aware one (the text named a zone) is
    compared as an instant.

    ``variant="naive"`` (the default) stops there: it measured best.
    ``variant="zone"`` adds TIMEZONE = TO_TIMEZONE = the reference's zone and
    RETURN_AS_TIMEZONE_AWARE; dateparser then compares clock times with the
    base in the wrong frame and puts some past times in the future
    (docs/accuracy.md has the figures).
    """
    import dateparser  # ~0.1 s import, kept out of module import

    def run(item: Item) -> datetime | None:
        settings: dict[str, object] = {
            "RELATIVE_BASE": item.reference.replace(tzinfo=None),
            "PREFER_DATES_FROM": _DP_PREFER[item.prefer],
            "PREFER_DAY_OF_MONTH": "first",
        }
        if variant == "zone":
            settings |= {"TIMEZONE": item.tz, "TO_TIMEZONE": item.tz, "RETURN_AS_TIMEZONE_AWARE": True}
        result: datetime | None = dateparser.parse(item.text, languages=[item.lang], settings=settings)
        return result

    return run


def liveblog_engine() -> Resolver | None:
    """liveblog.resolve, or None (with the reason on stderr) when it cannot be imported."""
    try:
        from liveblog import resolve  # optional: the bench runs without it
    except Exception as exc:  # any import failure means "no resolver yet"
        print(f"liveblog.resolve unavailable ({type(exc).__name__}: {exc}); dateparser only", file=sys.stderr)
        return None

    from liveblog import find_times

    def run(item: Item) -> Any:
        kw: dict[str, Any] = {"prefer": item.prefer, "tz": item.tz, "languages": [item.lang]}
        if item.pick is None:
            return resolve(item.text, item.reference, refs=item.refs, **kw)
        # as tests/test_corpus.py: the time find_times reads over the picked words (an anaphor is
        # anchored on the date said before it in the same text)
        at = item.text.index(item.pick)
        found = find_times(item.text, item.reference, refs=item.refs, **kw)
        over = [f for f in found if f.span.start < at + len(item.pick) and at < f.span.end]
        return over[0].when if over else None

    return run


# --- scoring --------------------------------------------------------------------------


def score_liveblog(item: Item, got: Any) -> bool:
    """Exact: start (same instant and offset), grain, part and hedge; None for not-a-date."""
    exp = item.expected
    if exp is None or got is None:
        return exp is None and got is None
    return (
        got.start == exp.start
        and got.start.utcoffset() == exp.start.utcoffset()
        and str(got.grain) == exp.grain
        and got.part == exp.part
        and bool(got.approximate) == exp.approximate
    )


def score_dateparser(item: Item, got: Any) -> bool:
    """Lenient: the returned datetime lies inside the expected interval; None for not-a-date."""
    exp = item.expected
    if exp is None or got is None:
        return exp is None and got is None
    if not isinstance(got, datetime):
        return False
    if got.tzinfo is None:
        got = got.replace(tzinfo=ZoneInfo(item.tz))
    return exp.contains(got)


@attrs.frozen
class Run:
    """One engine's answers and mean time per item (nanoseconds)."""

    answers: dict[str, Any]
    errors: dict[str, str]
    nanos: dict[str, float]


def measure(engine: Resolver, items: Sequence[Item], repeat: int) -> Run:
    """Answers from a warm-up pass, then the mean wall time per item over ``repeat`` passes."""
    answers: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for item in items:
        try:
            answers[item.id] = engine(item)
        except Exception as exc:  # a crash on one item is a wrong answer, not a stop
            answers[item.id] = None
            errors[item.id] = f"{type(exc).__name__}: {exc}"
    totals = dict.fromkeys((i.id for i in items), 0)
    gc.disable()
    try:
        for _ in range(repeat):
            for item in items:
                t0 = time.perf_counter_ns()
                with contextlib.suppress(Exception):  # already recorded in the warm-up pass
                    engine(item)
                totals[item.id] += time.perf_counter_ns() - t0
    finally:
        gc.enable()
    return Run(answers, errors, {k: v / repeat for k, v in totals.items()})


# --- report -----------------------------------------------------------------------------


@attrs.frozen
class Row:
    """One table row: a class (or a total) for both engines."""

    name: str
    n: int
    lb_acc: float | None
    dp_acc: float
    lb_false: int | None
    dp_false: int | None
    lb_us: float | None
    dp_us: float


def _row(name: str, items: Sequence[Item], dp: Run, lb: Run | None) -> Row:
    n = len(items)
    nad = [i for i in items if i.expected is None]

    def acc(run: Run, scorer: Scorer) -> float:
        return sum(scorer(i, run.answers[i.id]) for i in items) / n

    def false_dates(run: Run) -> int | None:
        return sum(run.answers[i.id] is not None for i in nad) if nad else None

    def micros(run: Run) -> float:
        return sum(run.nanos[i.id] for i in items) / n / 1000

    return Row(
        name=name,
        n=n,
        lb_acc=None if lb is None else acc(lb, score_liveblog),
        dp_acc=acc(dp, score_dateparser),
        lb_false=None if lb is None else false_dates(lb),
        dp_false=false_dates(dp),
        lb_us=None if lb is None else micros(lb),
        dp_us=micros(dp),
    )


def _fmt(value: float | int | None, kind: str) -> str:
    if value is None:
        return "-"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "us":
        return f"{value:.1f}" if value < 10 else f"{value:.0f}"
    return str(value)


def render(rows: Sequence[Row], totals_from: int) -> str:
    """The rows as a fixed-width text table, a rule before row ``totals_from``."""
    head = ("class", "n", "liveblog", "dateparser", "lb false", "dp false", "lb µs", "dp µs")
    body = [
        (
            r.name,
            str(r.n),
            _fmt(r.lb_acc, "pct"),
            _fmt(r.dp_acc, "pct"),
            _fmt(r.lb_false, "n"),
            _fmt(r.dp_false, "n"),
            _fmt(r.lb_us, "us"),
            _fmt(r.dp_us, "us"),
        )
        for r in rows
    ]
    widths = [max(len(row[c]) for row in (head, *body)) for c in range(len(head))]
    lines = []
    for k, row in enumerate((head, *body)):
        cells = [row[0].ljust(widths[0])] + [
            cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells))
        if k in {0, totals_from}:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def speed_ratio(total: Row) -> float | None:
    """(liveblog accuracy / time) / (dateparser accuracy / time), None when undefined."""
    if total.lb_acc is None or total.lb_us is None or not total.dp_acc or not total.lb_us:
        return None
    return (total.lb_acc / total.lb_us) / (total.dp_acc / total.dp_us)


def main(argv: Sequence[str] | None = None) -> int:
    """Run both engines on the corpus and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus JSONL file")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes after the warm-up (default 5)")
    parser.add_argument("--lang", choices=("ar", "en"), help="only this language")
    parser.add_argument("--misses", action="store_true", help="list every item an engine got wrong")
    parser.add_argument(
        "--dateparser-settings",
        choices=("naive", "zone"),
        default="naive",
        help="naive base only (default, best measured) or with TIMEZONE/TO_TIMEZONE/aware results",
    )
    args = parser.parse_args(argv)

    items = [i for i in load(args.corpus) if args.lang is None or i.lang == args.lang]
    lb_engine = liveblog_engine()
    dp = measure(dateparser_engine(args.dateparser_settings), items, args.repeat)
    lb = None if lb_engine is None else measure(lb_engine, items, args.repeat)

    classes = [c for c in CLASS_ORDER if any(i.cls == c for i in items)]
    classes += sorted({i.cls for i in items} - set(classes))
    rows = [_row(c, [i for i in items if i.cls == c], dp, lb) for c in classes]
    langs = sorted({i.lang for i in items})
    rows += [_row(f"all {lang}", [i for i in items if i.lang == lang], dp, lb) for lang in langs]
    total = _row("overall", items, dp, lb)
    rows.append(total)

    print(f"corpus: {args.corpus} ({len(items)} expressions), {args.repeat} timed passes after a warm-up")
    print(f"dateparser {_dateparser_version()}, settings {args.dateparser_settings!r}")
    print("liveblog scored exactly (start, grain, part, hedge); dateparser: datetime inside [start, end)")
    print(render(rows, len(classes)))
    ratio = speed_ratio(total)
    if lb is None:
        print("accuracy-weighted speed ratio: - (liveblog.resolve unavailable)")
    else:
        shown = "-" if ratio is None else f"{ratio:.1f}x"
        print(f"accuracy-weighted speed ratio (liveblog/dateparser): {shown}")
        for lang in langs:  # the speed bar is a median (resolve median <= 150 us)
            mids = [
                statistics.median(r.nanos[i.id] for i in items if i.lang == lang) / 1000 for r in (lb, dp)
            ]
            print(f"median µs per expression, {lang}: liveblog {mids[0]:.0f}, dateparser {mids[1]:.0f}")
        mids = [statistics.median(r.nanos.values()) / 1000 for r in (lb, dp)]
        print(f"median µs per expression, all: liveblog {mids[0]:.0f}, dateparser {mids[1]:.0f}")
        if lb.errors:
            print(f"liveblog raised on {len(lb.errors)} expressions (counted wrong)")
    if dp.errors:
        print(f"dateparser raised on {len(dp.errors)} expressions (counted wrong)")
    if args.misses:
        _print_misses(items, dp, lb)
    return 0


def _dateparser_version() -> str:
    from importlib.metadata import version  # only for the report header

    return version("dateparser")


def _print_misses(items: Sequence[Item], dp: Run, lb: Run | None) -> None:
    for name, run, scorer in (("dateparser", dp, score_dateparser), ("liveblog", lb, score_liveblog)):
        if run is None:
            continue
        print(f"\n{name} misses:")
        for item in items:
            got = run.answers[item.id]
            if not scorer(item, got):
                want = "None" if item.expected is None else item.expected.start.isoformat()
                shown = run.errors.get(item.id) or (got.isoformat() if isinstance(got, datetime) else got)
                print(f"  {item.id:24} {item.text!r:40} want {want}  got {shown}")


if __name__ == "__main__":
    raise SystemExit(main())
