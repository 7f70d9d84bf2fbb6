"""liveblog against dateparser on the development corpora (../shared/corpora/), in one run.

    python -m bench --only corpora [--lang en,ar] [--limit N] [--misses FILE]
    python bench/corpora.py [--lang en,ar] [--limit N] [--misses FILE] [--no-tbaq] [--dir DIR]

Prints, as Markdown tables: Duckling accuracy per language and kind for both
engines at Duckling's grain (prefer future, Duckling's reference), median µs
per expression; TBAQ value accuracy on the gold DATE/TIME spans (prefer past,
the document date as reference) and TempEval-3 style end-to-end span and value
precision/recall/F1 of ``find_times`` and ``search_dates``; and the most
frequent classes of liveblog's English and Arabic Duckling misses. The judges
are in ``bench/_judge.py`` and ``bench/_tbaq.py``; docs/accuracy.md has the
method and the figures. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timezone, tzinfo
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/corpora.py` puts bench/ on the path, not the project
    sys.path.insert(0, str(ROOT))

from bench import _tbaq  # noqa: E402
from bench._judge import KINDS, Answer, Gold, answer_of, floor, gold_of, judge  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
SHAPE_LANGS = ("en", "ar")  # languages whose miss classes are printed
TOP_SHAPES = 15


# --- the two engines: each returns its raw answer and the microseconds it took --------------------


@attrs.frozen
class Timed:
    """An engine's raw answer to one expression (None: no date), its error if it raised, its time."""

    result: Any
    error: str | None
    micros: float


def _timed(call: Callable[[], Any]) -> Timed:
    t0 = time.perf_counter_ns()
    try:
        result = call()
    except Exception as exc:  # a crash on one expression is a wrong answer, not a stop
        return Timed(None, f"{type(exc).__name__}: {exc}", (time.perf_counter_ns() - t0) / 1000)
    return Timed(result, None, (time.perf_counter_ns() - t0) / 1000)


def liveblog_resolve(
    text: str, reference: datetime, zone: tzinfo, lang: str, prefer: str, *, refs: bool = False
) -> Timed:
    """``liveblog.resolve`` with the language fixed and the reference's zone (``refs``: vague ones too)."""
    from liveblog import resolve

    return _timed(lambda: resolve(text, reference, prefer=prefer, tz=zone, languages=[lang], refs=refs))  # type: ignore[arg-type]


@functools.lru_cache(maxsize=128)
def _dateparser(lang: str, base: datetime, prefer: str) -> Any:
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": base,  # naive wall time at the reference (dateparser issue #1213)
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=[lang], settings=settings)


def dateparser_parse(text: str, reference: datetime, lang: str, prefer: str) -> Timed:
    """What ``dateparser.parse(text, languages=[lang], settings=...)`` returns; one parser per language.

    The settings are bench/resolution.py's, measured best for it: naive
    ``RELATIVE_BASE`` in the reference's wall time, the corpus's preference, the
    first day of a month. Building the parser once per language and reference
    is how a caller would use it for many strings, and keeps its time honest.
    """
    base = reference.replace(tzinfo=None)

    def call() -> datetime | None:
        data = _dateparser(lang, base, prefer).get_date_data(text)
        return None if data is None else data.date_obj

    return _timed(call)


# --- Duckling ---------------------------------------------------------------------------------


@attrs.frozen
class Item:
    """One Duckling record with its gold answer and both engines' answers."""

    record: dict[str, Any]
    zone: tzinfo
    gold: Gold
    liveblog: Timed
    dateparser: Timed | None

    @property
    def lb_right(self) -> bool:
        return judge(self.gold, answer_of(self.liveblog.result, self.zone))

    @property
    def dp_right(self) -> bool | None:
        if self.dateparser is None:
            return None
        return judge(self.gold, answer_of(self.dateparser.result, self.zone))


def load_duckling(folder: Path, langs: Sequence[str] | None, limit: int | None) -> list[dict[str, Any]]:
    """Records of every ``<lang>.jsonl`` in ``folder`` (or of ``langs``), at most ``limit`` per language."""
    records: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.jsonl")):
        if langs and path.stem not in langs:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        records += [json.loads(line) for line in lines[:limit] if line.strip()]
    return records


def run_duckling(records: Iterable[dict[str, Any]], with_dateparser: bool) -> list[Item]:
    """Both engines on every record (prefer future, a fixed offset zone: the reference's)."""
    items = []
    for rec in records:
        ref = datetime.fromisoformat(rec["reference"])
        offset = ref.utcoffset()
        assert offset is not None
        zone = timezone(offset)
        lb = liveblog_resolve(rec["text"], ref, zone, rec["lang"], "future")
        dp = dateparser_parse(rec["text"], ref, rec["lang"], "future") if with_dateparser else None
        items.append(Item(rec, zone, gold_of(rec, zone), lb, dp))
    return items


def _pct(right: int, n: int) -> str:
    return f"{100 * right / n:.1f}" if n else "–"


def _median(values: Sequence[float]) -> str:
    return f"{statistics.median(values):.0f}" if values else "–"


def duckling_table(items: Sequence[Item]) -> str:
    """Per language (and all): n, then liveblog / dateparser % overall and per kind, median µs."""
    head = ["lang", "n", "all lb", "all dp"]
    for kind in KINDS:
        head += [f"{kind} n", "lb", "dp"]
    head += ["lb µs", "dp µs"]
    rows = [head]
    langs = sorted({i.record["lang"] for i in items})
    for lang in [*langs, "all"]:
        group = [i for i in items if lang in ("all", i.record["lang"])]
        row = [f"**{lang}**" if lang == "all" else lang, str(len(group)), *_acc(group)]
        for kind in KINDS:
            part = [i for i in group if i.record["kind"] == kind]
            row += [str(len(part)) if part else "", *(_acc(part) if part else ("", ""))]
        row += [
            _median([i.liveblog.micros for i in group]),
            _median([i.dateparser.micros for i in group if i.dateparser is not None]),
        ]
        rows.append(row)
    return _markdown(rows)


def _acc(group: Sequence[Item]) -> tuple[str, str]:
    lb = sum(i.lb_right for i in group)
    with_dp = [i for i in group if i.dateparser is not None]
    dp = sum(bool(i.dp_right) for i in with_dp)
    return _pct(lb, len(group)), (_pct(dp, len(with_dp)) if with_dp else "–")


def _markdown(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


_DIGIT = re.compile(r"\d")


def shape(text: str) -> str:
    """A crude class of an expression: lower case, every digit a 9, words and punctuation kept."""
    return " ".join(_DIGIT.sub("9", text.lower()).split())


def shape_table(items: Sequence[Item], lang: str, top: int = TOP_SHAPES) -> str:
    """The most frequent shapes of liveblog's misses in ``lang``: count, kinds, how many dateparser got."""
    misses = [i for i in items if i.record["lang"] == lang and not i.lb_right]
    counts = Counter(shape(i.record["text"]) for i in misses)
    rows = [["shape", "misses", "kinds", "dp right"]]
    for sh, n in counts.most_common(top):
        group = [i for i in misses if shape(i.record["text"]) == sh]
        kinds = ",".join(sorted({i.record["kind"] for i in group}))
        dp = sum(bool(i.dp_right) for i in group)
        rows.append([sh.replace("|", "/"), str(n), kinds, str(dp)])
    distinct = len(counts)
    return f"{len(misses)} misses in {distinct} shapes; top {min(top, distinct)}:\n\n" + _markdown(rows)


def why(gold: Gold, answer: Answer | None) -> str:
    """A coarse reason for a miss: no date, a false date, the start (or the bound), or only the end wrong."""
    if gold.kind == "negative":
        return "false date"
    if answer is None:
        return "no date"
    if not gold.readable or gold.grain is None:
        return "gold unreadable"
    if gold.kind == "open":
        return "bound"
    if answer.start is None or floor(answer.start, gold.grain) != gold.start:
        return "start"
    return "end"


def why_table(items: Sequence[Item], lang: str) -> str:
    """liveblog's misses in ``lang`` by reason (rows) and kind (columns)."""
    misses = [i for i in items if i.record["lang"] == lang and not i.lb_right]
    counts = Counter((why(i.gold, answer_of(i.liveblog.result, i.zone)), i.record["kind"]) for i in misses)
    reasons = ["no date", "start", "end", "bound", "false date", "gold unreadable"]
    rows = [["why", *KINDS, "all"]]
    for reason in reasons:
        cells = [counts[reason, k] for k in KINDS]
        if any(cells):
            rows.append([reason, *(str(c) if c else "" for c in cells), str(sum(cells))])
    return _markdown(rows)


def _shown(answer: Answer | None, result: Any) -> dict[str, Any] | None:
    if answer is None:
        return None
    out: dict[str, Any] = {
        "start": None if answer.start is None else answer.start.isoformat(),
        "end": None if answer.end is None else answer.end.isoformat(),
    }
    for name in ("grain", "timex", "kind"):
        value = getattr(result, name, None)
        if value is not None:
            out[name] = str(value)
    if answer.is_range:
        out["range"] = True
    return out


def duckling_misses(items: Iterable[Item]) -> Iterable[dict[str, Any]]:
    """One JSON-able record per liveblog miss on Duckling."""
    for i in items:
        if i.lb_right:
            continue
        rec = i.record
        dp = i.dateparser
        yield {
            "corpus": "duckling",
            "lang": rec["lang"],
            "kind": rec["kind"],
            "text": rec["text"],
            "shape": shape(rec["text"]),
            "reference": rec["reference"],
            "gold": {"start": rec["start"], "end": rec["end"], "grain": rec["grain"]},
            "why": why(i.gold, answer_of(i.liveblog.result, i.zone)),
            "ours": _shown(answer_of(i.liveblog.result, i.zone), i.liveblog.result),
            "error": i.liveblog.error,
            "dateparser": None if dp is None else _shown(answer_of(dp.result, i.zone), dp.result),
            "dateparser_right": i.dp_right,
        }


# --- TBAQ -------------------------------------------------------------------------------------


def dct_reference(dct: str) -> datetime:
    """The document date as the reference: a date alone is read at 12:00; UTC (the data has no zone)."""
    moment = datetime.fromisoformat(dct)
    if len(dct) == 10:
        moment = moment.replace(hour=12)
    return moment.replace(tzinfo=UTC)


@attrs.frozen
class SpanItem:
    """One DATE/TIME gold timex and both engines' answers to its text."""

    doc_id: str
    dct: str
    timex: dict[str, Any]
    cls: _tbaq.SpanClass
    liveblog: Timed
    dateparser: Timed | None

    @property
    def lb_timex(self) -> str | None:
        return getattr(self.liveblog.result, "timex", None)

    @property
    def lb_right(self) -> bool:
        return _tbaq.liveblog_right(self.timex["value"], self.lb_timex, self.timex.get("mod"))

    @property
    def dp_right(self) -> bool | None:
        if self.dateparser is None:
            return None
        return _tbaq.dateparser_right(self.timex["value"], self.dateparser.result)


def run_tbaq_spans(docs: Sequence[dict[str, Any]], with_dateparser: bool) -> list[SpanItem]:
    """Both engines on the text of every DATE/TIME gold span, prefer past, the DCT as reference."""
    out = []
    for doc in docs:
        ref = dct_reference(doc["dct"])
        for t in doc["timexes"]:
            if t["type"] not in _tbaq.SCORED_TYPES:
                continue
            lb = liveblog_resolve(t["text"], ref, UTC, "en", "past", refs=True)  # a tagger: "now" too
            dp = dateparser_parse(t["text"], ref, "en", "past") if with_dateparser else None
            out.append(SpanItem(doc["doc_id"], doc["dct"], t, _tbaq.span_class(t), lb, dp))
    return out


def spans_table(items: Sequence[SpanItem]) -> str:
    """Accuracy per gold-value class, all DATE/TIME, and all but the ref/anaphoric/X/duration classes."""
    rows = [["class", "n", "liveblog", "dateparser", "lb µs", "dp µs"]]
    groups: list[tuple[str, list[SpanItem]]] = [
        (c, [i for i in items if i.cls == c]) for c in _tbaq.SPAN_CLASSES
    ]
    groups += [
        ("all but `ref`", [i for i in items if i.cls != "ref"]),
        ("**all DATE/TIME**", list(items)),
    ]
    for name, group in groups:
        if not group:
            continue
        with_dp = [i for i in group if i.dateparser is not None]
        rows.append(
            [
                name,
                str(len(group)),
                _pct(sum(i.lb_right for i in group), len(group)),
                _pct(sum(bool(i.dp_right) for i in with_dp), len(with_dp)) if with_dp else "–",
                _median([i.liveblog.micros for i in group]),
                _median([i.dateparser.micros for i in with_dp if i.dateparser is not None]),
            ]
        )
    return _markdown(rows)


def in_context(docs: Sequence[dict[str, Any]], items: Sequence[SpanItem]) -> list[bool]:
    """Each gold span read in its document: the value of the expression ``find_times`` found over
    it (the one overlapping it most), else its text read alone; right or not, in ``items``' order.

    TempEval-3 gives a system the document with the gold spans, so a span may take its value from
    the words around it ("a year earlier" after "the third quarter", "in March" in a clause told in
    the past); the table of the spans read alone is the headline."""
    by_doc: dict[str, list[_tbaq.Found]] = {}
    for doc in docs:
        by_doc[doc["doc_id"]] = liveblog_find(doc["text"], dct_reference(doc["dct"]))
    out = []
    for i in items:
        t = i.timex

        def overlap(f: _tbaq.Found, t: dict[str, Any] = t) -> int:
            return int(min(f.end, t["end"]) - max(f.start, t["start"]))

        over = [f for f in by_doc.get(i.doc_id, []) if overlap(f) > 0]
        said = max(over, key=overlap).said if over else i.lb_timex
        out.append(_tbaq.liveblog_right(t["value"], said, t.get("mod")))
    return out


def context_table(items: Sequence[SpanItem], read: Sequence[bool]) -> str:
    """Accuracy per class of the gold spans read alone and read in their document."""
    rows = [["class", "n", "alone", "in context"]]
    pairs = list(zip(items, read, strict=True))
    groups = [(c, [p for p in pairs if p[0].cls == c]) for c in _tbaq.SPAN_CLASSES]
    groups.append(("**all DATE/TIME**", pairs))
    for name, group in groups:
        if group:
            n = len(group)
            alone = sum(i.lb_right for i, _ in group)
            rows.append([name, str(n), _pct(alone, n), _pct(sum(r for _, r in group), n)])
    return _markdown(rows)


def span_misses(items: Iterable[SpanItem]) -> Iterable[dict[str, Any]]:
    """One JSON-able record per liveblog miss on a TBAQ gold span."""
    for i in items:
        if i.lb_right:
            continue
        yield {
            "corpus": "tbaq-spans",
            "lang": "en",
            "kind": i.cls,
            "text": i.timex["text"],
            "shape": shape(i.timex["text"]),
            "reference": i.dct,
            "doc": i.doc_id,
            "gold": {"value": i.timex["value"], "type": i.timex["type"], "mod": i.timex.get("mod")},
            "ours": i.lb_timex,
            "error": i.liveblog.error,
            "dateparser": None if i.dateparser is None else _iso(i.dateparser.result),
            "dateparser_right": i.dp_right,
        }


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, datetime) else None


def liveblog_find(text: str, ref: datetime) -> list[_tbaq.Found]:
    """``liveblog.find_times`` over a whole document, prefer past, vague references too (a tagger);
    a range written as two times gives its two ends, as TIMEX3 annotates it."""
    from liveblog import find_times

    return [  # a range written as two times is two TIMEX3 (bench/_tbaq.py: range_ends)
        e
        for f in find_times(text, ref, prefer="past", tz=UTC, languages=["en"], refs=True)
        for e in _tbaq.range_ends(f.span.start, f.text, f.when.timex)
    ]


def dateparser_find(text: str, ref: datetime) -> list[_tbaq.Found]:
    """``dateparser.search.search_dates`` over a whole document, prefer past; spans found in order."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": ref.replace(tzinfo=None), "PREFER_DATES_FROM": "past"}
    found: list[_tbaq.Found] = []
    pos = 0
    for phrase, moment in search_dates(text, languages=["en"], settings=settings) or []:
        start = text.find(phrase, pos)
        if start < 0:
            start = text.find(phrase)
            if start < 0:
                continue
        else:
            pos = start + len(phrase)
        found.append(_tbaq.Found(start, start + len(phrase), phrase, moment))
    return found


@attrs.frozen
class EndToEnd:
    """TempEval-3 style counts, misses and total seconds of one engine over the documents."""

    score: _tbaq.Score
    misses: list[dict[str, Any]]
    seconds: float
    errors: int


def run_end_to_end(
    docs: Sequence[dict[str, Any]],
    find: Callable[[str, datetime], list[_tbaq.Found]],
    right: Callable[[str, Any, str | None], bool],
    engine: str,
) -> EndToEnd:
    """One engine over every whole document, scored against the gold TIMEX3s."""
    score = _tbaq.Score()
    misses: list[dict[str, Any]] = []
    seconds = 0.0
    errors = 0
    for doc in docs:
        ref = dct_reference(doc["dct"])
        t0 = time.perf_counter()
        try:
            found = find(doc["text"], ref)
        except Exception:  # a crash on a document finds nothing in it
            found, errors = [], errors + 1
        seconds += time.perf_counter() - t0
        for what, gold, sys_found in _tbaq.score_document(score, doc["timexes"], found, right):
            misses.append(_e2e_miss(engine, doc, what, gold, sys_found))
    return EndToEnd(score, misses, seconds, errors)


def _e2e_miss(
    engine: str, doc: dict[str, Any], what: str, gold: dict[str, Any] | None, found: _tbaq.Found | None
) -> dict[str, Any]:
    at = gold["start"] if gold is not None else (found.start if found is not None else 0)
    text = doc["text"]
    return {
        "corpus": f"tbaq-e2e-{engine}",
        "lang": "en",
        "kind": what,
        "text": gold["text"] if gold is not None else (found.text if found is not None else ""),
        "reference": doc["dct"],
        "doc": doc["doc_id"],
        "gold": None if gold is None else {"value": gold["value"], "type": gold["type"]},
        "ours": None
        if found is None
        else {"text": found.text, "value": found.said if isinstance(found.said, str) else _iso(found.said)},
        "context": " ".join(text[max(at - 60, 0) : at + 80].split()),
    }


def e2e_table(results: Sequence[tuple[str, EndToEnd]], chars: int) -> str:
    """Span and value precision/recall/F1 per engine, with the time over all documents."""
    rows = [["engine", "system", "gold", "span P", "span R", "span F1"]]
    rows[0] += ["value P", "value R", "value F1", "s", "MB/s"]
    for name, e2e in results:
        s = e2e.score
        sp, sr, sf = s.prf("span")
        vp, vr, vf = s.prf("value")
        rows.append(
            [
                name,
                str(s.system),
                str(s.gold),
                *(f"{100 * x:.1f}" for x in (sp, sr, sf, vp, vr, vf)),
                f"{e2e.seconds:.1f}",
                f"{chars / 1e6 / e2e.seconds:.3f}" if e2e.seconds else "–",
            ]
        )
    return _markdown(rows)


# --- the report --------------------------------------------------------------------------------


def _versions() -> str:
    from importlib.metadata import version

    python = sys.version.split()[0]
    return f"liveblog {version('liveblog')}, dateparser {version('dateparser')}, Python {python}"


def report(
    folder: Path,
    langs: Sequence[str] | None = None,
    limit: int | None = None,
    misses: Path | None = None,
    *,
    tbaq: bool = True,
    with_dateparser: bool = True,
) -> int:
    """Run everything asked for and print the tables; write the misses to ``misses`` when given."""
    if not (folder / "duckling").is_dir() or not (folder / "tbaq.jsonl").is_file():
        print(f"no corpora in {folder}: expected duckling/<lang>.jsonl and tbaq.jsonl", file=sys.stderr)
        return 2
    known = sorted(p.stem for p in (folder / "duckling").glob("*.jsonl"))
    if langs and (unknown := sorted(set(langs) - set(known))):
        print(f"no Duckling corpus for {', '.join(unknown)}; there are: {', '.join(known)}", file=sys.stderr)
        return 2
    t_start = time.perf_counter()
    limited = f"; at most {limit} per corpus" if limit else ""
    print(f"## Development corpora ({folder})\n\n{_versions()}{limited}")
    all_misses: list[dict[str, Any]] = []
    records = load_duckling(folder / "duckling", langs, limit)
    if records:
        t0 = time.perf_counter()
        items = run_duckling(records, with_dateparser)
        print(
            f"\n### Duckling: % right at Duckling's grain (prefer future), {len(items)} expressions, "
            f"{time.perf_counter() - t0:.0f} s\n"
        )
        print(duckling_table(items))
        lb_err = sum(i.liveblog.error is not None for i in items)
        dp_err = sum(i.dateparser is not None and i.dateparser.error is not None for i in items)
        print(f"\nraised (counted wrong): liveblog {lb_err}, dateparser {dp_err}")
        for lang in SHAPE_LANGS:
            if any(i.record["lang"] == lang for i in items):
                print(f"\n### liveblog's misses on Duckling `{lang}`: why, and the most frequent shapes\n")
                print(why_table(items, lang))
                print()
                print(shape_table(items, lang))
        all_misses += duckling_misses(items)
    if tbaq and (not langs or "en" in langs):
        docs = [json.loads(line) for line in (folder / "tbaq.jsonl").read_text(encoding="utf-8").splitlines()]
        docs = docs[:limit]
        spans = run_tbaq_spans(docs, with_dateparser)
        print(f"\n### TBAQ: value accuracy on the gold DATE/TIME spans, {len(docs)} documents\n")
        print(spans_table(spans))
        all_misses += span_misses(spans)
        print("\n### TBAQ: the same gold spans read in their document (liveblog)\n")
        print(context_table(spans, in_context(docs, spans)))
        lb_e2e = run_end_to_end(docs, liveblog_find, _tbaq.liveblog_right, "liveblog")
        results = [("liveblog find_times", lb_e2e)]
        if with_dateparser:
            dp_e2e = run_end_to_end(docs, dateparser_find, _tbaq.dateparser_right, "dateparser")
            results.append(("dateparser search_dates", dp_e2e))
        chars = sum(len(d["text"]) for d in docs)
        print("\n### TBAQ end to end: TempEval-3 relaxed span match; value = span match and same value\n")
        print(e2e_table(results, chars))
        all_misses += results[0][1].misses
    if misses is not None:
        with misses.open("w", encoding="utf-8") as out:
            for m in all_misses:
                out.write(json.dumps(m, ensure_ascii=False) + "\n")
        print(f"\n{len(all_misses)} liveblog misses written to {misses}")
    print(f"\nwhole run: {time.perf_counter() - t_start:.0f} s\n")
    return 0


def add_arguments(parser: argparse._ActionsContainer) -> None:
    """The options of this report (shared with ``python -m bench``)."""
    parser.add_argument("--lang", help="only these Duckling languages, comma-separated (TBAQ runs with en)")
    parser.add_argument(
        "--limit", type=int, help="at most this many records per Duckling language, TBAQ docs"
    )
    parser.add_argument("--misses", type=Path, help="write every liveblog miss to this JSONL file")
    parser.add_argument(
        "--corpora-dir", type=Path, default=CORPORA, help=f"corpora folder (default {CORPORA})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python bench/corpora.py``: the corpora report alone."""
    parser = argparse.ArgumentParser(prog="python bench/corpora.py", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    parser.add_argument("--no-tbaq", action="store_true", help="Duckling only")
    parser.add_argument("--no-dateparser", action="store_true", help="liveblog only (a quicker run)")
    args = parser.parse_args(argv)
    langs = args.lang.split(",") if args.lang else None
    return report(
        args.corpora_dir,
        langs,
        args.limit,
        args.misses,
        tbaq=not args.no_tbaq,
        with_dateparser=not args.no_dateparser,
    )


if __name__ == "__main__":
    raise SystemExit(main())
