"""``liveblog show``: a timeline laid out for reading in a terminal.

The page's title, source, reference and zone come first; then one header per
day (in the page's language, with the ISO date), and under it one row per
entry, oldest first: a time column that shows the grain at a glance
(``20:15``, ``~18:00``, ``evening``, ``all day``, ``March 2020``), the entry's
title in bold and its text wrapped under it, and the dates said inside the
entry indented beneath it, the words that dated them highlighted.

Page text is untrusted: it is cleaned of control characters and escape
sequences and only ever enters :class:`rich.text.Text` objects, never markup.

>>> from io import StringIO
>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from liveblog.model import Entry, EntryKind, Span, Timeline, When
>>> at = When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=ZoneInfo("Asia/Damascus")))
>>> post = Entry("e1", EntryKind.POST, "20:15", at, "Aleppo", "Fighters enter the city.", Span(0, 5))
>>> tl = Timeline(at.start, "Asia/Damascus", "en", [post], [], title="Live: Syria")
>>> out = StringIO()
>>> show_timeline(tl, out, width=60)
>>> print(out.getvalue().rstrip())
Live: Syria
reference  2024-11-29 20:15 +03:00 · Asia/Damascus (user)
shown      1 entry · 0 mentions
<BLANKLINE>
Friday 29 November 2024 · 2024-11-29
20:15  Aleppo
       Fighters enter the city.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rich.console import Console
from rich.text import Text

from liveblog._text.sanitize import clean_line
from liveblog.errors import ConfigError
from liveblog.lang.display import (
    day_header,
    month_header,
    month_name,
    part_label,
    ref_label,
    ui,
    week_header,
    year_header,
)
from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Timeline, When
from liveblog.render._bidi import use_visual_order
from liveblog.render._layout import Screen, safe_text
from liveblog.render._select import ShowOptions, select

__all__ = ["ShowOptions", "render_lines", "resolve_bound", "show_timeline", "time_label"]

NO_TEXT = "(no text captured)"
ENTRY_LINES = 6  # text lines shown per entry unless --full
MENTION_LINES = 3  # sentence lines shown per mention unless --full

_STYLES = {
    "title": "bold",
    "meta": "dim",
    "day": "bold magenta",
    "time": "bold cyan",
    "kind": "dim cyan",
    "entry_title": "bold",
    "no_text": "dim italic",
    "mention": "cyan",
    "expression": "bold yellow",
    "explain": "dim",
    "more": "dim",
}


def time_label(when: When | None, zone: tzinfo, ui_lang: str = "en") -> str:
    """The time column of a row: the grain at a glance.

    >>> from datetime import datetime
    >>> z = ZoneInfo("Asia/Damascus")
    >>> time_label(When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=z)), z)
    '20:15'
    >>> time_label(When.on_day(datetime(2024, 11, 29, tzinfo=z)), z)
    'all day'
    """
    if when is None:
        return ui("no time", ui_lang)
    if when.is_ref:
        return ref_label(when.timex, ui_lang)
    start = when.start.astimezone(zone)
    tilde = "~" if when.approximate else ""
    if when.is_range:
        return tilde + range_label(when)
    match when.grain:
        case Grain.SECOND:
            return tilde + start.strftime("%H:%M:%S")
        case Grain.MINUTE | Grain.HOUR:
            return tilde + start.strftime("%H:%M")
        case Grain.PART_OF_DAY:
            return tilde + part_label(when.part or "", ui_lang)
        case Grain.DAY:
            return tilde + ui("all day", ui_lang)
        case Grain.WEEK:
            return f"{tilde}{ui('week', ui_lang)} {start.isocalendar().week}"
        case Grain.MONTH:
            return f"{tilde}{month_name(start.month, ui_lang)} {start.year}"
        case Grain.QUARTER | Grain.HALF:
            return f"{tilde}{when.timex}"  # "1989-Q3", "1990-H1"
    return f"{tilde}{start.year}"


def range_label(when: When) -> str:
    """A range's two ends as its TIMEX3 names them, the second without what it shares with the first.

    >>> from datetime import datetime, timezone
    >>> z = timezone.utc
    >>> w = When(datetime(2024, 7, 13, tzinfo=z), datetime(2024, 7, 16, tzinfo=z), "day",
    ...          "2024-07-13/2024-07-15", kind="range")
    >>> range_label(w)
    '2024-07-13 – 15'
    """
    first, _, last = when.timex.partition("/")
    if "T" in first and first.split("T")[0] == last.split("T")[0]:
        return f"{first.split('T')[1]}–{last.split('T')[1]}"
    shared = 0
    for a, b in zip(first.split("-"), last.split("-"), strict=False):
        if a != b:
            break
        shared += len(a) + 1
    return f"{first} – {last[shared:] or last}"


def _mention_label(when: When, zone: tzinfo) -> str:
    """A mention's date in full: its grain's label with the day it falls on."""
    start = when.start.astimezone(zone)
    label = time_label(when, zone)
    if when.is_ref:
        return label
    if when.is_range:
        return label if "T" not in when.timex else f"{start.date().isoformat()} {label}"
    if when.grain is Grain.DAY:
        return ("~" if when.approximate else "") + start.date().isoformat()
    if when.grain.rank < Grain.DAY.rank:
        return f"{start.date().isoformat()} {label}"
    if when.grain is Grain.WEEK:
        iso = start.isocalendar()
        return f"{'~' if when.approximate else ''}{iso.year}-W{iso.week:02d}"
    return label


def _group(when: When | None, zone: tzinfo) -> tuple[str, date | None]:
    """The header of a row: its grain's period (day, ISO week, month, year) and the first day of it."""
    if when is None or when.is_ref:
        return ("none", None)  # a vague reference ("now") has no day to stand under
    start = when.start.astimezone(zone).date()
    if when.grain.rank <= Grain.DAY.rank:
        return ("day", start)
    if when.grain is Grain.WEEK:
        return ("week", start - timedelta(days=start.weekday()))
    if when.grain is Grain.MONTH:
        return ("month", start.replace(day=1))
    return ("year", start.replace(month=1, day=1))


def _header(group: tuple[str, date | None], timeline: Timeline) -> str:
    kind, first = group
    if first is None:
        return "(no date)"
    if kind == "day":
        return day_header(first, timeline.lang, timeline.tz)
    if kind == "week":
        iso = first.isocalendar()
        return week_header(iso.year, iso.week, timeline.lang, timeline.tz)
    if kind == "month":
        return month_header(first.year, first.month, timeline.lang, timeline.tz)
    return year_header(first.year)


def resolve_bound(words: str, timeline: Timeline, *, end: bool) -> datetime:
    """The instant ``--since`` (``end=False``) or ``--until`` (``end=True``) names.

    An ISO date or date-time is read directly (a naive one in the timeline's
    zone); anything else goes to :func:`liveblog.resolve.resolve` with the
    timeline's reference. A date-like bound covers its whole stretch: ``--until
    2024-11-28`` keeps all of the 28th, ``--since yesterday`` starts at its 00:00.

    >>> from datetime import datetime
    >>> z = ZoneInfo("Asia/Damascus")
    >>> tl = Timeline(datetime(2024, 11, 29, 21, tzinfo=z), "Asia/Damascus", "ar", [], [])
    >>> resolve_bound("2024-11-28", tl, end=True).isoformat()
    '2024-11-29T00:00:00+03:00'
    """
    zone = zone_of(timeline)
    text = words.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            when = When.on_day(datetime.combine(day, time(), zone))
            return when.end if end else when.start
        moment = datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    from liveblog.resolve import resolve  # lazy: not needed unless --since/--until are words

    found: When | None = resolve(text, timeline.reference)
    if found is None:
        which = "--until" if end else "--since"
        raise ConfigError(
            f"{which} {words!r} is neither an ISO date nor a date expression liveblog can resolve"
        )
    return found.end if end else found.start


def _stamp(moment: datetime) -> str:
    """``2024-11-29 21:00 +03:00``: minutes, with the offset."""
    return f"{moment:%Y-%m-%d %H:%M} {moment.isoformat()[-6:]}"


def zone_of(timeline: Timeline) -> tzinfo:
    """The page's zone: ``timeline.tz`` when it names an IANA zone, else the reference's own offset."""
    try:
        return ZoneInfo(timeline.tz)
    except (ValueError, ZoneInfoNotFoundError):
        zone = timeline.reference.tzinfo
        assert zone is not None  # Timeline validates that the reference is aware
        return zone


def _entry_event(timeline: Timeline, entry: Entry) -> Event | None:
    return next(
        (ev for ev in timeline.events if ev.kind is EventKind.ENTRY and ev.entry_id == entry.id), None
    )


def _explain(
    screen: Screen,
    width: int,
    *,
    expression: str | None,
    rule: str | None,
    reference: datetime,
    indent: int = 0,
) -> list[Text]:
    words = f"expression «{expression}» · " if expression else ""
    line = f"{words}rule {rule or '—'} · reference {_stamp(reference)}"
    return screen.wrap(safe_text(line, screen.style(_STYLES["explain"])), width, indent=indent, ltr=True)


def _capped(
    lines: list[Text], limit: int | None, screen: Screen, focus: int = 0, indent: int = 0
) -> list[Text]:
    if limit is None or len(lines) <= limit:
        return lines
    first = max(0, min(focus - 1, len(lines) - limit))
    kept = lines[first : first + limit]
    hidden = len(lines) - len(kept)
    return [
        *kept,
        Text(
            " " * indent + f"… {hidden} more line{'s' if hidden != 1 else ''} (--full)",
            style=screen.style(_STYLES["more"]) or "",
            end="",
        ),
    ]


def _marked(para: str, marks: Sequence[Event], style: str | None) -> Text:
    """A cleaned paragraph with the dating words of ``marks`` (mentions said in it) highlighted."""
    line = safe_text(para)
    for ev in marks:
        at = line.plain.find(clean_line(ev.text))
        word = clean_line(ev.expression)
        hit = line.plain.find(word, max(at, 0)) if word else -1
        if hit >= 0 and style:
            line.stylize(style, hit, hit + len(word))
    return line


def _entry_text(
    screen: Screen, width: int, entry: Entry, mentions: Sequence[Event], options: ShowOptions
) -> tuple[list[Text], set[str]]:
    """The entry's text lines (capped) and the ids of mentions whose sentence they show in full."""
    paras = screen.paragraphs(entry.text)
    style = screen.style(_STYLES["expression"])
    limit = None if options.full else ENTRY_LINES
    lines: list[Text] = []
    inline: set[str] = set()
    for para in paras:
        marks = [ev for ev in mentions if ev.text.strip() and clean_line(ev.text) in para]
        wrapped = screen.wrap(_marked(para, marks, style if isinstance(style, str) else None), width)
        if limit is None or len(lines) + len(wrapped) <= limit:
            inline |= {ev.id for ev in marks}
        lines += wrapped
    return _capped(lines, limit, screen), inline


def _entry_body(
    screen: Screen,
    width: int,
    *,
    timeline: Timeline,
    entry: Entry,
    mentions: Sequence[Event],
    options: ShowOptions,
) -> list[Text]:
    body: list[Text] = []
    if entry.title and entry.title.strip():
        body += screen.wrap(safe_text(entry.title, screen.style(_STYLES["entry_title"])), width)
    text, inline = _entry_text(screen, width, entry, mentions, options)
    body += text
    if not entry.has_text:
        body.append(Text(NO_TEXT, style=screen.style(_STYLES["no_text"]) or "", end=""))
    zone = zone_of(timeline)
    if options.explain:
        ev = _entry_event(timeline, entry)
        body += _explain(
            screen,
            width,
            expression=ev.expression if ev else entry.marker,
            rule=ev.rule if ev else None,
            reference=timeline.reference,
        )
    for ev in mentions:
        label = Text("↳ ", style=screen.style(_STYLES["mention"]) or "", end="")
        label.append(_mention_label(ev.when, zone), screen.style(_STYLES["mention"]))
        label.append(" · ")
        label.append_text(safe_text(ev.expression, screen.style(_STYLES["expression"])))
        if ev.id in inline:
            label.append(" (in the text above)", screen.style(_STYLES["more"]))
        body += screen.wrap(label, width, ltr=True)
        if ev.id not in inline and ev.text.strip():
            sentence = safe_text(
                ev.text, highlight=ev.expression, highlight_style=screen.style(_STYLES["expression"])
            )
            lines = screen.wrap(sentence, width, indent=2)
            word = clean_line(ev.expression)
            focus = screen.line_of(sentence, width, indent=2, offset=sentence.plain.find(word) if word else 0)
            body += _capped(lines, None if options.full else MENTION_LINES, screen, focus, indent=2)
        if options.explain:
            reference = timeline.reference
            if (
                entry.kind is not EntryKind.LEAD
                and entry.when is not None
                and entry.when.grain.rank <= Grain.HOUR.rank
            ):
                reference = entry.when.start
            body += _explain(screen, width, expression=None, rule=ev.rule, reference=reference, indent=2)
    return body


def _chrome(screen: Screen, text: str, role: str) -> Text:
    """Our own words (never page text), styled for ``role``."""
    return Text(text, style=screen.style(_STYLES[role]) or "", end="")


def _head(
    screen: Screen, timeline: Timeline, rows: Sequence[tuple[Entry, list[Event]]], ui_lang: str = "en"
) -> list[Text]:
    """Title, source, reference and zone, and what is shown."""
    out = screen.wrap(
        safe_text(timeline.title or "(untitled page)", screen.style(_STYLES["title"])), screen.width
    )
    meta = [("source", timeline.source)] if timeline.source else []
    ref = timeline.reference.astimezone(zone_of(timeline))
    meta.append(("reference", f"{_stamp(ref)} · {timeline.tz} ({timeline.reference_source})"))
    n_entries, n_mentions = len(rows), sum(len(ms) for _, ms in rows)
    total = f" (of {len(timeline.entries)})" if n_entries != len(timeline.entries) else ""
    meta.append(
        (
            "shown",
            f"{n_entries} entr{'y' if n_entries == 1 else 'ies'}{total} · "
            f"{n_mentions} mention{'' if n_mentions == 1 else 's'}",
        )
    )
    if timeline.ignored:
        reasons: dict[str, int] = {}
        for item in timeline.ignored:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        n = len(timeline.ignored)
        detail = "; ".join(f"{count} {reason}" for reason, count in reasons.items())
        meta.append(("set aside", f"{n} line{'' if n == 1 else 's'}: {detail}"))
    meta += [("note", note) for note in timeline.notes]
    for name, value in meta:
        out += screen.row(
            _chrome(screen, ui(name, ui_lang), "meta"), 9, screen.wrap(safe_text(value), screen.width - 11)
        )

    return out


def render_lines(timeline: Timeline, screen: Screen, options: ShowOptions | None = None) -> list[Text]:
    """Every line of ``timeline``'s display, top to bottom, without trailing spaces."""
    options = options or ShowOptions()
    zone = zone_of(timeline)
    rows = select(timeline, options)
    out = _head(screen, timeline, rows, options.ui_lang)
    labels = [time_label(e.when, zone, options.ui_lang) for e, _ in rows]
    label_width = max([5, *(len(x) for x in labels)])
    group: tuple[str, date | None] | None = None
    for (entry, mentions), label in zip(rows, labels, strict=True):
        key = _group(entry.when, zone)
        if key != group:
            group = key
            out += [
                Text("", end=""),
                *screen.wrap(_chrome(screen, _header(key, timeline), "day"), screen.width),
            ]
        kind = (
            []
            if entry.kind is EntryKind.POST
            else [_chrome(screen, ui(entry.kind.value, options.ui_lang), "kind")]
        )
        if entry.removed:  # merged snapshots: gone from the newest one, kept here
            kind.append(_chrome(screen, ui("removed", options.ui_lang), "kind"))
        body = _entry_body(
            screen,
            screen.width - label_width - 2,
            timeline=timeline,
            entry=entry,
            mentions=mentions,
            options=options,
        )
        out += screen.row(_chrome(screen, label, "time"), label_width, body, kind)
    if not rows:
        out += [Text("", end=""), _chrome(screen, "(nothing to show)", "no_text")]
    return out


class _Console(Console):
    """Rich's console, except that a closed pipe (``liveblog show | head``) raises BrokenPipeError.

    Rich's own handler exits with status 1; the CLI treats a reader that went
    away as no error of ours (exit 0), so we hand it the exception instead,
    with stdout pointed at /dev/null so the final flush cannot fail again.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        if self.file is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise BrokenPipeError("the reader of liveblog's output went away")


def show_timeline(
    timeline: Timeline,
    out: TextIO | Console,
    *,
    options: ShowOptions | None = None,
    bidi: str = "auto",
    width: int | None = None,
    pager: bool = False,
) -> None:
    """Print ``timeline`` to ``out`` (a text stream or a Rich console).

    Styles only when ``out`` is a terminal and ``NO_COLOR`` is unset; RTL
    lines reordered for display per ``bidi`` (see :mod:`liveblog.render._bidi`); a
    ``pager`` is used only on a terminal and only when the output is taller
    than it.
    """
    console = out if isinstance(out, Console) else _Console(file=out, highlight=False, width=width)
    styled = console.is_terminal and not os.environ.get("NO_COLOR") and console.color_system is not None
    screen = Screen(
        console, width or console.width, styled, use_visual_order(bidi, is_terminal=console.is_terminal)
    )
    lines = render_lines(timeline, screen, options)
    if pager and console.is_terminal and len(lines) > console.height:
        os.environ.setdefault("LESS", "-FRX")
        with console.pager(styles=styled):
            _emit(console, lines)
    else:
        _emit(console, lines)


def _emit(console: Console, lines: Sequence[Text]) -> None:
    for line in lines:
        console.print(line, soft_wrap=True, highlight=False, markup=False, emoji=False)
