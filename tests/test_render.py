"""Tests for liveblog.render (``liveblog show``): layout, labels, filters, safety, BiDi, CLI."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
import types
from datetime import date, datetime, timedelta, timezone
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

import liveblog
from liveblog import cli
from liveblog._text.sanitize import clean
from liveblog.errors import ConfigError
from liveblog.lang.display import day_header, month_header
from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Span, Timeline, When
from liveblog.render import ShowOptions, render_lines, resolve_bound, show_timeline, time_label
from liveblog.render._bidi import is_rtl, use_visual_order, visual_plain
from liveblog.render._layout import Screen

from ._render_fixtures import (
    DAMASCUS,
    SEED,
    SEED_1926_TITLE,
    SEED_TITLE,
    cairo_timeline,
    london_timeline,
    seed_timeline,
)
from .work import HANG_GUARD

GOLDEN = Path(__file__).resolve().parent / "golden"
FIXTURES = {"seed": seed_timeline, "london": london_timeline, "cairo": cairo_timeline}
SGR = re.compile(r"\x1b\[[0-9;]*m")


def plain(timeline: Timeline, width: int = 80, bidi: str = "off", **options: object) -> str:
    """The colourless screen ``liveblog show`` prints at ``width``."""
    console = Console(width=width, file=StringIO(), force_terminal=False, color_system=None)
    show_timeline(timeline, console, options=ShowOptions(**options), bidi=bidi)  # type: ignore[arg-type]
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def styled(timeline: Timeline, width: int = 100, **options: object) -> str:
    """The screen with ANSI styles, as a colour terminal would get it."""
    console = Console(width=width, file=StringIO(), force_terminal=True, color_system="truecolor")
    show_timeline(timeline, console, options=ShowOptions(**options), bidi="off")  # type: ignore[arg-type]
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def _post(ident: str, when: When | None, title: str | None, text: str) -> Entry:
    return Entry(ident, EntryKind.POST, "x", when, title, text, Span(0, 1))


def _one(title: str, text: str, *, page_title: str | None = "t") -> Timeline:
    at = When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=DAMASCUS))
    return Timeline(at.start, "Asia/Damascus", "en", [_post("p", at, title, text)], [], title=page_title)


# --- golden renders ------------------------------------------------------------------------------
# Written once from the program, then read line by line against the fixture before being kept
# (see the report of the branch `render`). LIVEBLOG_UPDATE_GOLDEN=1 rewrites them for that review.

GOLDEN_CASES = [
    ("seed", 80, "off"),
    ("seed", 120, "off"),
    ("seed", 80, "on"),
    ("london", 80, "off"),
    ("london", 120, "off"),
    ("cairo", 80, "off"),
    ("cairo", 120, "off"),
    ("cairo", 120, "on"),
]


@pytest.mark.parametrize(("name", "width", "bidi"), GOLDEN_CASES)
def test_golden(name: str, width: int, bidi: str) -> None:
    """The colourless render of each fixture matches its reviewed golden file exactly."""
    path = GOLDEN / f"{name}_{width}{'_visual' if bidi == 'on' else ''}.txt"
    got = plain(FIXTURES[name](), width, bidi)
    if os.environ.get("LIVEBLOG_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


# --- what the seed's screen must show (from reading the page) ------------------------------------


@pytest.mark.parametrize("width", [60, 80, 120])
def test_seed_shows_the_four_posts_in_order(width: int) -> None:
    """15:03, 17:57, 19:26, 20:15 start their rows in that order, after the Friday header."""
    lines = plain(seed_timeline(), width).splitlines()
    starts = [
        next(i for i, ln in enumerate(lines) if ln.startswith(t))
        for t in ("15:03", "17:57", "19:26", "20:15")
    ]
    header = next(i for i, ln in enumerate(lines) if ln.strip() == "الجمعة 29 تشرين الثاني 2024 · 2024-11-29")
    assert header < starts[0] < starts[1] < starts[2] < starts[3]


def test_seed_head_and_empty_posts() -> None:
    """Title, source, reference and zone come first; posts without text say so."""
    out = plain(seed_timeline(), 120)
    lines = out.splitlines()
    assert lines[0].strip() == SEED_TITLE
    assert lines[1] == "source     seeds/000_10bbcf9e3c36c249.txt"
    assert lines[2] == "reference  2024-11-29 21:00 +03:00 · Asia/Damascus (user)"
    head = " ".join(" ".join(lines[4:7]).split())
    assert head.startswith(
        "set aside 5 lines: 3 page chrome (button, label or navigation); 1 photo caption with a credit; "
        "1 page title (the timeline's title)"
    )
    for t in ("15:03", "17:57", "20:15"):
        assert f"{t}    (no text captured)" in lines
    assert SEED_1926_TITLE in out
    assert out.count("(no text captured)") == 3


# --- time column: the grain at a glance -----------------------------------------------------------

_FRI = datetime(2024, 11, 29, tzinfo=DAMASCUS)
_HOUR = When(_FRI.replace(hour=18), _FRI.replace(hour=19), Grain.HOUR, "2024-11-29T18", approximate=True)
_MARCH_2020 = When(
    datetime(2020, 3, 1, tzinfo=DAMASCUS), datetime(2020, 4, 1, tzinfo=DAMASCUS), Grain.MONTH, "2020-03"
)
_YEAR_2011 = When(
    datetime(2011, 1, 1, tzinfo=DAMASCUS), datetime(2012, 1, 1, tzinfo=DAMASCUS), Grain.YEAR, "2011"
)


@pytest.mark.parametrize(
    ("when", "label"),
    [
        (When.at_minute(_FRI.replace(hour=20, minute=15)), "20:15"),
        (When.at_minute(_FRI.replace(hour=9, minute=5), approximate=True), "~09:05"),
        (
            When(_FRI.replace(hour=9, second=7), _FRI.replace(hour=9, second=8), Grain.SECOND, "x" * 19),
            "09:00:07",
        ),
        (_HOUR, "~18:00"),
        (
            When(
                _FRI.replace(hour=18),
                _FRI + timedelta(days=1),
                Grain.PART_OF_DAY,
                "2024-11-29TEV",
                part="evening",
            ),
            "evening",
        ),
        (
            When(_FRI.replace(hour=4), _FRI.replace(hour=7), Grain.PART_OF_DAY, "2024-11-29TMO", part="dawn"),
            "dawn",
        ),
        (
            When(_FRI, _FRI.replace(hour=3), Grain.PART_OF_DAY, "2024-11-29TNI", part="after_midnight"),
            "after midnight",
        ),
        (When.on_day(_FRI), "all day"),
        (When(_FRI - timedelta(days=4), _FRI + timedelta(days=3), Grain.WEEK, "2024-W48"), "week 48"),
        (
            _MARCH_2020,
            "March 2020",
        ),
        (
            _YEAR_2011,
            "2011",
        ),
        (None, "no time"),
    ],
)
def test_time_label(when: When | None, label: str) -> None:
    """Each grain gets its own recognisable label, in the page's zone."""
    assert time_label(when, DAMASCUS) == label


def test_time_label_uses_the_timeline_zone() -> None:
    """An instant given in UTC is shown on the page's clock (17:15Z is 20:15 in Damascus)."""
    utc = When.at_minute(datetime(2024, 11, 29, 17, 15, tzinfo=ZoneInfo("UTC")))
    assert time_label(utc, DAMASCUS) == "20:15"


# --- day headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "lang", "tz", "header"),
    [
        (date(2024, 11, 29), "ar", "Asia/Damascus", "الجمعة 29 تشرين الثاني 2024 · 2024-11-29"),
        (date(2024, 11, 28), "ar", "Asia/Beirut", "الخميس 28 تشرين الثاني 2024 · 2024-11-28"),
        (date(2020, 3, 1), "ar", "Asia/Baghdad", "الأحد 1 آذار 2020 · 2020-03-01"),
        (date(2025, 1, 6), "ar", "Asia/Amman", "الاثنين 6 كانون الثاني 2025 · 2025-01-06"),
        (date(2024, 11, 29), "ar", "Africa/Cairo", "الجمعة 29 نوفمبر 2024 · 2024-11-29"),
        (date(2024, 8, 3), "ar", "Asia/Riyadh", "السبت 3 أغسطس 2024 · 2024-08-03"),
        (date(2024, 11, 29), "en", "Europe/London", "Friday 29 November 2024 · 2024-11-29"),
        (date(2024, 12, 31), "fr", "Europe/Paris", "mardi 31 décembre 2024 · 2024-12-31"),
    ],
)
def test_day_header(day: date, lang: str, tz: str, header: str) -> None:
    """Headers name the day in the page's language; Arabic months are Levantine only in the Levant."""
    assert day_header(day, lang, tz) == header


def test_month_header() -> None:
    """A month-grain group is headed by the month and its ISO form."""
    assert month_header(2020, 3, "ar", "Asia/Damascus") == "آذار 2020 · 2020-03"
    assert month_header(2020, 3, "en", "UTC") == "March 2020 · 2020-03"


# --- selection: order, range, grep, limit, entries only ---------------------------------------------


def _row_times(out: str) -> list[str]:
    return [m.group(0) for m in re.finditer(r"^(\d\d:\d\d|all day|no time)", out, re.MULTILINE)]


@pytest.mark.parametrize(
    ("options", "times"),
    [
        ({}, ["all day", "15:03", "17:57", "19:26", "20:15"]),
        ({"order": "newest"}, ["20:15", "19:26", "17:57", "15:03", "all day"]),
        ({"limit": 2}, ["all day", "15:03"]),
        ({"limit": 0}, []),
        ({"since": _FRI.replace(hour=17)}, ["all day", "17:57", "19:26", "20:15"]),
        ({"until": _FRI.replace(hour=17)}, ["all day", "15:03"]),
        (
            {"since": _FRI.replace(hour=17), "until": _FRI.replace(hour=19, minute=30)},
            ["all day", "17:57", "19:26"],
        ),
        ({"since": _FRI + timedelta(days=1)}, []),
        ({"grep": "تفسيرات"}, ["19:26"]),
        ({"grep": "ردع"}, ["all day", "19:26"]),  # the lead quotes «عملية ردع العدوان» too
        ({"grep": "NOTHING-LIKE-THIS"}, []),
    ],
)
def test_selection(options: dict[str, object], times: list[str]) -> None:
    """Order, --since/--until (overlap), --grep and --limit pick the right rows in the right order."""
    assert _row_times(plain(seed_timeline(), 120, **options)) == times


def test_since_keeps_the_lead_only_for_its_mentions_in_range() -> None:
    """--since Friday 03:00 keeps the lead (a whole day overlaps) but drops Thursday's mentions."""
    out = plain(seed_timeline(), 120, since=_FRI.replace(hour=3))
    assert "↳ 2024-11-29 dawn · فجر الجمعة" in out
    assert "2024-11-28" not in out
    assert "March 2020" not in out


def test_grep_on_a_mention_keeps_its_entry_as_context() -> None:
    """--grep keeps only the mentions whose own sentence matches: Araghchi's is the only dated one."""
    out = plain(seed_timeline(), 120, grep="عراقجي")
    assert _row_times(out) == ["all day"]
    assert "↳ 2024-11-28 evening · مساء الخميس" in out
    assert out.count("↳") == 1


def test_entries_only_hides_mentions() -> None:
    """--entries-only leaves no mention rows and says so in the head."""
    out = plain(seed_timeline(), 120, entries_only=True)
    assert "↳" not in out
    assert "5 entries · 0 mentions" in out


def test_mentions_sit_under_their_entry_in_time_order() -> None:
    """The lead's mentions come right under it, oldest first: March 2020 … ~18:00."""
    out = plain(seed_timeline(), 120)
    labels = re.findall(r"↳ (.+?) · ", out)
    assert labels == [
        "March 2020",
        "2024-11-28",
        "2024-11-28 evening",
        "2024-11-29 after midnight",
        "2024-11-29",
        "2024-11-29",
        "2024-11-29",
        "2024-11-29 dawn",
        "2024-11-29 ~18:00",
    ]
    assert out.index("↳") < out.index("15:03")


def test_explain() -> None:
    """--explain gives expression, rule and reference for entries and rule and reference for mentions."""
    out = plain(seed_timeline(), 120, explain=True)
    assert "expression «20:15» · rule marker · reference 2024-11-29 21:00 +03:00" in out
    assert "rule page-date · reference 2024-11-29 21:00 +03:00" in out
    assert "rule part-weekday · reference 2024-11-29 21:00 +03:00" in out
    assert "rule month-year · reference 2024-11-29 21:00 +03:00" in out


def test_full_lifts_the_line_cap() -> None:
    """The lead is capped to a few lines with a count of the rest; --full shows all of it."""
    capped, full = plain(seed_timeline(), 80), plain(seed_timeline(), 80, full=True)
    assert re.search(r"… \d+ more lines \(--full\)", capped)
    assert "--full" not in full
    assert "بالتزامن مع تكثيف قوات ما يعرف بالجيش الوطني" not in " ".join(capped.split())
    assert "بالتزامن مع تكثيف قوات ما يعرف بالجيش الوطني" in " ".join(full.split())


def test_bad_options() -> None:
    """An unknown order or a negative limit is refused when the options are made."""
    with pytest.raises(ValueError, match="order"):
        ShowOptions(order="sideways")
    with pytest.raises(ValueError, match="limit"):
        ShowOptions(limit=-1)


# --- safety: page text is data, never markup or terminal commands ----------------------------------

HOSTILE = [
    "[bold red]x[/]",
    "[link=file:///etc/passwd]click[/link]",
    "a\x1b]8;;http://evil\x07link\x1b]8;;\x07b",
    "wipe\x1b[2Jscreen\x1b[H",
    "title\x1b]0;pwned\x1b\\bar",
    "rlo\u202egnp.exe",
    "bell\x07back\x08space\x0bnul\x00c1\x9b31mend",
]


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("[bold red]x[/]", "[bold red]x[/]"),
        ("a\x1b]8;;http://evil\x07link\x1b]8;;\x07b", "alinkb"),
        ("wipe\x1b[2Jscreen\x1b[H", "wipescreen"),
        ("title\x1b]0;pwned\x1b\\bar", "titlebar"),
        ("rlo\u202egnp.exe", "rlognp.exe"),
        ("\u2066iso\u2069 \u200fmark\u200e", "iso mark"),
        ("bell\x07back\x08nul\x00del\x7fend", "bellbacknuldelend"),
        ("c1\x9b31mcsi \x9d8;;x\x9cosc \x85nel", "c1csi osc nel"),
        ("lone escape at the end\x1b", "lone escape at the end"),
        ("\x1b(Bcharset \x1b7saved", "charset saved"),  # ESC ( B and ESC 7 are whole sequences
        ("tab\there\nnew\u2028line", "tab here\nnew\nline"),
        ("عربي M5 2020", "عربي M5 2020"),
    ],
)
def test_clean(raw: str, cleaned: str) -> None:
    """Escape sequences go with their payload, controls and BiDi overrides go, text and newlines stay."""
    assert clean(raw) == cleaned


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
@settings(max_examples=200, deadline=None)
def test_clean_leaves_no_controls(raw: str) -> None:
    """Whatever the input, cleaned text has no C0/C1 control (but newline) and no BiDi control."""
    out = clean(raw)
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", out)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_page_cannot_drive_the_terminal(hostile: str) -> None:
    """Hostile title, entry title and text: markup shown literally, only our own SGR styles emitted."""
    at = When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=DAMASCUS))
    mention = Event("m", EventKind.MENTION, at, hostile + " at 20:15", "p", hostile, Span(0, 1), "r")
    tl = attrs.evolve(_one(hostile, hostile + " body", page_title=hostile), events=[mention])
    for screen in (styled(tl), plain(tl), plain(tl, bidi="on")):
        assert not re.search(r"\x1b(?!\[[0-9;]*m)", screen), "an escape other than SGR reached the screen"
        text = SGR.sub("", screen)
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
        for bad in ("http://evil", "pwned", "\x1b]8"):
            assert bad not in text
    if hostile.startswith("["):
        assert hostile in SGR.sub("", styled(tl)), "markup must be shown as written"


def test_markup_never_styles_page_text() -> None:
    """«[bold red]x[/]» in a title gives the bold of a title, never red (no 31/38;… colour codes)."""
    out = styled(_one("[bold red]x[/]", "[red]y[/red]"))
    assert "[bold red]x[/]" in SGR.sub("", out)
    assert "[red]y[/red]" in SGR.sub("", out)
    assert not re.search(r"\x1b\[[0-9;]*(?:31|38;2;(?:128|255);0;0)m", out)


# --- styles: titles bold, empty posts dim, dating words highlighted; plain when asked --------------


def _screen(width: int = 100, *, styles: bool = True, visual: bool = False) -> Screen:
    console = Console(width=width, file=StringIO(), force_terminal=False, color_system=None)
    return Screen(console, width, styles, visual)


def _styled_runs(timeline: Timeline, *, visual: bool = False) -> list[tuple[str, str]]:
    """(text, style) of every styled run on the screen."""
    runs = []
    for line in render_lines(timeline, _screen(visual=visual)):
        runs += [(line.plain[s.start : s.end], str(s.style)) for s in line.spans]
        if line.style:
            runs.append((line.plain, str(line.style)))
    return runs


def test_styles_of_the_seed() -> None:
    """Post title bold, «(no text captured)» dim, the dating words of a mention highlighted."""
    runs = _styled_runs(seed_timeline())
    assert (SEED_1926_TITLE, "bold") in runs
    assert ("(no text captured)", "dim italic") in runs
    assert ("مساء الخميس", "bold yellow") in runs
    assert ("فجر الجمعة", "bold yellow") in runs
    assert ("15:03", "bold cyan") in runs
    # the Friday of «… إلى مدينة حلب، الجمعة، …» is highlighted inside the lead's own text
    lead_line = next(
        ln for ln in render_lines(seed_timeline(), _screen()) if "إلى مدينة حلب، الجمعة" in ln.plain
    )
    spans = [(lead_line.plain[s.start : s.end], str(s.style)) for s in lead_line.spans]
    assert spans == [("all day", "bold cyan"), ("الجمعة", "bold yellow")]


def test_highlight_survives_visual_reordering() -> None:
    """With --bidi on the highlighted run is the reordered expression itself."""
    runs = _styled_runs(seed_timeline(), visual=True)
    assert ("سيمخلا ءاسم", "bold yellow") in runs


def test_plain_screen_has_no_styles() -> None:
    """A plain screen (not a terminal, or NO_COLOR) carries no style at all."""
    lines = render_lines(seed_timeline(), _screen(styles=False))
    assert all(not ln.spans and not ln.style for ln in lines)


def test_no_color_env_gives_plain_text_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """NO_COLOR set: a terminal gets no escape sequences at all."""
    monkeypatch.setenv("NO_COLOR", "1")
    out = styled(seed_timeline())
    assert "\x1b" not in out
    assert "(no text captured)" in out


def test_not_a_terminal_gives_plain_text() -> None:
    """A stream that is not a terminal gets no escape sequences (the default for a file)."""
    out = StringIO()
    show_timeline(seed_timeline(), out, width=80, bidi="off")
    assert "\x1b" not in out.getvalue()
    assert out.getvalue() == plain(seed_timeline(), 80)


@pytest.mark.parametrize("name", sorted(FIXTURES))
@pytest.mark.parametrize("width", [40, 57, 80, 99, 140])
@pytest.mark.parametrize("bidi", ["on", "off"])
def test_lines_fit_the_width(name: str, width: int, bidi: str) -> None:
    """No line is wider than the screen and none ends in spaces, at any width."""
    for line in plain(FIXTURES[name](), width, bidi, explain=True).splitlines():
        assert cell_len(line) <= width, line
        assert line == line.rstrip()


# --- right to left -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rtl", "shown"),
    [
        ("حلب", True, "بلح"),
        ("قال (حلب) M5 عام 2020", True, "2020 ماع M5 (بلح) لاق"),
        ("Live تغطية مباشرة", False, "Live ةرشابم ةيطغت"),
        ("تغطية مباشرة Live", True, "Live ةرشابم ةيطغت"),
        ("«لليوم الثالث»", True, "«ثلاثلا مويلل»"),
        ("كُسرت", True, "ترسكُ"),  # the damma stays after its kaf (rule L3)
        ("وعدّ مساءً", True, "ءًاسم دّعو"),
        ("plain English (no change)", False, "plain English (no change)"),
    ],
)
def test_visual_order(line: str, rtl: bool, shown: str) -> None:
    """Arabic runs are reversed, Latin words and numbers stay readable, brackets are mirrored."""
    assert visual_plain(line, rtl=rtl) == shown


@given(st.text(alphabet="ابتثجحخد هوي M5 2020 Live(),.«»-:", max_size=40))
@settings(max_examples=150, deadline=None)
def test_visual_order_keeps_every_character(line: str) -> None:
    """Reordering only moves characters (brackets may be mirrored), never drops or adds one."""
    mirror = str.maketrans(")»", "(«")
    shown = visual_plain(line, rtl=is_rtl(line))
    assert sorted(shown.translate(mirror)) == sorted(line.translate(mirror))


@pytest.mark.parametrize(
    ("mode", "terminal", "env", "visual"),
    [
        ("on", False, {}, True),
        ("off", True, {}, False),
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"LIVEBLOG_BIDI": "off"}, False),
        ("auto", False, {"LIVEBLOG_BIDI": "on"}, True),
        ("auto", True, {"VTE_VERSION": "7600"}, False),
        ("auto", True, {"VTE_VERSION": "5202"}, True),
        ("auto", True, {"KONSOLE_VERSION": "230805"}, False),
        ("auto", True, {"MLTERM": "3.9.3"}, False),
        ("on", True, {"LIVEBLOG_BIDI": "off"}, True),
    ],
)
def test_bidi_auto(mode: str, terminal: bool, env: dict[str, str], visual: bool) -> None:
    """--bidi on/off win; auto follows LIVEBLOG_BIDI, then the terminal's own BiDi support."""
    assert use_visual_order(mode, is_terminal=terminal, environ=env) is visual


@pytest.mark.parametrize(("mode", "env"), [("sideways", {}), ("auto", {"LIVEBLOG_BIDI": "yes"})])
def test_bidi_bad_setting(mode: str, env: dict[str, str]) -> None:
    """A bad --bidi or LIVEBLOG_BIDI is a ConfigError that quotes it."""
    with pytest.raises(ConfigError, match=repr(env.get("LIVEBLOG_BIDI", mode))):
        use_visual_order(mode, is_terminal=True, environ=env)


def test_rtl_paragraphs_are_right_aligned() -> None:
    """An Arabic title ends at the right edge; an English one starts at the left."""
    ar = plain(seed_timeline(), 80).splitlines()
    assert ar[0].endswith("النظام")
    assert len(ar[0]) == 80
    assert plain(london_timeline(), 80).splitlines()[0] == "Ceasefire talks – live updates"


# --- --since/--until words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "end", "instant"),
    [
        ("2024-11-28", False, datetime(2024, 11, 28, tzinfo=DAMASCUS)),
        ("2024-11-28", True, datetime(2024, 11, 29, tzinfo=DAMASCUS)),
        ("2024-11-29T18:30", False, datetime(2024, 11, 29, 18, 30, tzinfo=DAMASCUS)),
        ("2024-11-29T15:30+00:00", True, datetime(2024, 11, 29, 18, 30, tzinfo=DAMASCUS)),
    ],
)
def test_resolve_bound_iso(words: str, end: bool, instant: datetime) -> None:
    """ISO bounds are read directly, naive ones in the page's zone; a date covers its whole day."""
    assert resolve_bound(words, seed_timeline(), end=end) == instant


def test_resolve_bound_words_use_the_resolver(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words go to liveblog.resolve.resolve with the page's reference; a day gives its start or end."""
    seen = []
    thursday = When.on_day(datetime(2024, 11, 28, tzinfo=DAMASCUS))

    def fake(text: str, reference: datetime, **_: object) -> When | None:
        seen.append((text, reference))
        return thursday if text == "أمس" else None

    monkeypatch.setitem(sys.modules, "liveblog.resolve", types.SimpleNamespace(resolve=fake))
    tl = seed_timeline()
    assert resolve_bound("أمس", tl, end=False) == thursday.start
    assert resolve_bound("أمس", tl, end=True) == thursday.end
    assert seen[0] == ("أمس", tl.reference)
    with pytest.raises(ConfigError, match="'gibberish'"):
        resolve_bound("gibberish", tl, end=False)


# --- the command line --------------------------------------------------------------------------------


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, object]]]:
    """parse_input replaced by the hand-built seed timeline; the calls are recorded."""
    calls: list[tuple[str, dict[str, object]]] = []

    def parse_input(source: str, **kw: object) -> Timeline:
        calls.append((source, kw))
        return seed_timeline()

    monkeypatch.setitem(sys.modules, "liveblog.pipeline", types.SimpleNamespace(parse_input=parse_input))
    monkeypatch.setenv("COLUMNS", "100")
    return calls


def test_cli_show_options(
    fake_pipeline: list[tuple[str, dict[str, object]]], capsys: pytest.CaptureFixture[str]
) -> None:
    """`show FILE --order newest --limit 2 --no-pager` prints the two newest posts, newest first."""
    assert (
        cli.main(["show", "page.txt", "--order", "newest", "--limit", "2", "--no-pager", "--bidi", "off"])
        == 0
    )
    assert fake_pipeline == [("page.txt", {"reference": None, "tz": None, "lang": None})]
    assert _row_times(capsys.readouterr().out) == ["20:15", "19:26"]


def test_cli_demo(
    fake_pipeline: list[tuple[str, dict[str, object]]], capsys: pytest.CaptureFixture[str]
) -> None:
    """--demo reads the bundled copy of the seed with its reference 2024-11-29T21:00 Asia/Damascus."""
    assert cli.main(["show", "--demo", "--no-pager"]) == 0
    source, kw = fake_pipeline[0]
    assert Path(source).name == "demo_ar.txt"
    assert Path(source).read_bytes() == SEED.read_bytes()
    assert kw == {"reference": "2024-11-29T21:00", "tz": "Asia/Damascus", "lang": "ar"}
    assert "20:15" in capsys.readouterr().out


@pytest.mark.usefixtures("fake_pipeline")
def test_cli_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints liveblog.export's JSON of the timeline instead of the view."""
    fake = types.SimpleNamespace(
        export_timeline=lambda tl, fmt, **_: f'{{"format": "{fmt}", "n": {len(tl.entries)}}}'
    )
    monkeypatch.setitem(sys.modules, "liveblog.export", fake)
    assert cli.main(["show", "x.txt", "--json"]) == 0
    assert capsys.readouterr().out == '{"format": "json", "n": 5}'


@pytest.mark.usefixtures("fake_pipeline")
def test_cli_since_until(capsys: pytest.CaptureFixture[str]) -> None:
    """--since/--until with ISO values select by overlap."""
    assert (
        cli.main(
            ["show", "x.txt", "--since", "2024-11-29T17:00", "--until", "2024-11-29T19:30", "--no-pager"]
        )
        == 0
    )
    assert _row_times(capsys.readouterr().out) == ["all day", "17:57", "19:26"]


@pytest.mark.parametrize(
    "argv", [["--limit", "-1"], ["--limit", "two"], ["--order", "sideways"], ["--bidi", "rtl"]]
)
def test_cli_bad_show_options(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Bad option values stop argparse with exit 2 and name the option."""
    with pytest.raises(SystemExit) as stop:
        cli.main(["show", "x.txt", *argv])
    assert stop.value.code == 2
    assert argv[0] in capsys.readouterr().err


def test_pager_only_on_a_tall_output_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pager runs for output taller than the terminal, and never for a short one or a file."""
    paged: list[str] = []
    monkeypatch.setattr("pydoc.pager", paged.append)
    tall = Console(width=100, height=10, file=StringIO(), force_terminal=True)
    show_timeline(seed_timeline(), tall, pager=True, bidi="off")
    assert len(paged) == 1
    assert "20:15" in paged[0]
    roomy = Console(width=100, height=500, file=StringIO(), force_terminal=True)
    show_timeline(seed_timeline(), roomy, pager=True, bidi="off")
    file = Console(width=100, height=10, file=StringIO(), force_terminal=False)
    show_timeline(seed_timeline(), file, pager=True, bidi="off")
    assert len(paged) == 1


def test_demo_data_is_the_seed() -> None:
    """The packaged demo page is byte for byte the seed."""
    demo = Path(__file__).resolve().parent.parent / "src" / "liveblog" / "data" / "demo_ar.txt"
    assert demo.read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize(
    "module",
    [
        "liveblog.render",
        "liveblog.render._layout",
        "liveblog.render._bidi",
        "liveblog.render._select",
        "liveblog.lang.display",
        "liveblog._text.sanitize",
    ],
)
def test_render_modules_import_no_dateparser(module: str) -> None:
    """The renderer's modules import neither dateparser nor the resolver at import time (cold start)."""
    spec = importlib.util.find_spec(module)
    assert spec is not None
    assert spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    names = [a.name for n in top for a in n.names] + [
        n.module or "" for n in top if isinstance(n, ast.ImportFrom)
    ]
    assert not [n for n in names if n.startswith(("dateparser", "liveblog.resolve", "liveblog.pipeline"))]


@pytest.mark.parametrize(("tty", "source"), [(True, "demo_ar.txt"), (False, "-")])
def test_cli_no_input(
    tty: bool,
    source: str,
    fake_pipeline: list[tuple[str, dict[str, object]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No INPUT: the demo when stdin is a terminal, stdin itself when something is piped in."""
    monkeypatch.setattr(sys.stdin, "isatty", lambda: tty)
    assert cli.main(["show", "--no-pager"]) == 0
    assert Path(fake_pipeline[0][0]).name == source


def test_zone_that_is_not_iana_falls_back_to_the_reference_offset() -> None:
    """A timeline whose tz is not an IANA name is shown on its reference's own offset."""
    plus3 = timezone(timedelta(hours=3))
    at = When.at_minute(datetime(2024, 11, 29, 17, 15, tzinfo=ZoneInfo("UTC")))
    tl = Timeline(datetime(2024, 11, 29, 21, tzinfo=plus3), "UTC+03:00", "en", [_post("p", at, "t", "x")], [])
    out = plain(tl)
    assert "20:15  t" in out
    assert "reference  2024-11-29 21:00 +03:00 · UTC+03:00 (user)" in out


# --- any timeline: it renders, fits, and stays clean --------------------------------------------------

_WORDS = st.sampled_from(
    ["حلب", "الجمعة", "Live", "M5", "2020", "(قصف)", "«بيان»", "news", "كُسرت", "\x1b[31m", "\u202e"]
)
_TEXT = st.lists(_WORDS | st.text(max_size=12), max_size=25).map(" ".join)
_GRAINED = st.sampled_from(
    [
        When.at_minute(_FRI.replace(hour=20, minute=15)),
        _HOUR,
        When.on_day(_FRI - timedelta(days=1)),
        When(_FRI.replace(hour=4), _FRI.replace(hour=7), Grain.PART_OF_DAY, "2024-11-29TMO", part="dawn"),
        When(
            datetime(2020, 3, 1, tzinfo=DAMASCUS),
            datetime(2020, 4, 1, tzinfo=DAMASCUS),
            Grain.MONTH,
            "2020-03",
        ),
    ]
)


@st.composite
def _timelines(draw: st.DrawFn) -> Timeline:
    entries, events = [], []
    for i in range(draw(st.integers(0, 4))):
        when = draw(st.none() | _GRAINED)
        entries.append(
            Entry(
                f"e{i}",
                draw(st.sampled_from(list(EntryKind))),
                None,
                when,
                draw(st.none() | _TEXT),
                draw(_TEXT),
                Span(0, 0),
            )
        )
        for j in range(draw(st.integers(0, 2))):
            text = draw(_TEXT)
            events.append(
                Event(
                    f"m{i}.{j}",
                    EventKind.MENTION,
                    draw(_GRAINED),
                    text,
                    f"e{i}",
                    draw(st.sampled_from([text[:5], "الجمعة", ""])),
                    Span(0, 0),
                    "r",
                )
            )
    lang = draw(st.sampled_from(["ar", "en"]))
    return Timeline(
        _FRI.replace(hour=21), "Asia/Damascus", lang, entries, events, title=draw(st.none() | _TEXT)
    )


@given(_timelines(), st.integers(40, 130), st.sampled_from(["on", "off"]), st.booleans())
@settings(max_examples=60, deadline=None)
def test_any_timeline_renders_within_the_width(
    timeline: Timeline, width: int, bidi: str, explain: bool
) -> None:
    """Any timeline renders: every line fits the width and carries no control character."""
    out = plain(timeline, width, bidi, explain=explain)
    for line in out.splitlines():
        assert cell_len(line) <= width, line
        assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", line)


def test_cli_several_inputs_are_merged(
    fake_pipeline: list[tuple[str, dict[str, object]]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Several INPUTs are snapshots of one page: each is read, named by its path, and merged."""
    assert cli.main(["show", "a.txt", "b.txt", "--no-pager", "--bidi", "off"]) == 0
    assert [(source, kw.get("snapshot")) for source, kw in fake_pipeline] == [
        ("a.txt", "a.txt"),
        ("b.txt", "b.txt"),
    ]
    out, err = capsys.readouterr()
    assert err == ""
    assert _row_times(out) == _row_times(plain(seed_timeline(), 100))  # the same page twice: nothing doubled


def test_notes_are_shown_in_the_head() -> None:
    """The timeline's notes (e.g. an empty page) are printed under the head, and an empty page says so."""
    tl = Timeline(_FRI, "Asia/Damascus", "en", [], [], notes=["the input is empty"])
    lines = plain(tl).splitlines()
    assert "note       the input is empty" in lines
    assert lines[-1] == "(nothing to show)"


def test_newest_first_reverses_the_days_too() -> None:
    """--order newest: Thursday's header before Wednesday's, 21:18 first, the undated pinned post last."""
    out = plain(london_timeline(), 100, order="newest")
    assert (
        out.index("Thursday 21 November 2024")
        < out.index("Wednesday 20 November 2024")
        < out.index("(no date)")
    )
    assert _row_times(out) == ["21:18", "19:30", "15:27", "23:05", "no time"]
    labels = re.findall(r"↳ (.+?) · ", out)
    assert labels == ["2024-11-21 evening", "2024-11-21 ~13:27", "2024-W46", "March 2020", "2011"]


@pytest.mark.parametrize(
    ("when", "lang", "header", "label"),
    [
        (
            When(_FRI - timedelta(days=4), _FRI + timedelta(days=3), Grain.WEEK, "2024-W48"),
            "en",
            "week 48 2024 · 2024-W48",
            "week 48",
        ),
        (
            When(_FRI - timedelta(days=4), _FRI + timedelta(days=3), Grain.WEEK, "2024-W48"),
            "ar",
            "الأسبوع 48 2024 · 2024-W48",
            "week 48",
        ),
        (
            _MARCH_2020,
            "ar",
            "آذار 2020 · 2020-03",
            "March 2020",
        ),
        (
            _YEAR_2011,
            "en",
            "2011",
            "2011",
        ),
    ],
)
def test_coarse_entries_get_a_header_of_their_grain(when: When, lang: str, header: str, label: str) -> None:
    """An entry dated to a week, month or year is grouped under that period, not under its first day."""
    tl = attrs.evolve(_one("t", "x"), lang=lang, entries=[_post("p", when, "t", "x")])
    lines = plain(tl, 100).splitlines()
    at = lines.index("") + 1
    assert lines[at].strip() == header
    assert re.fullmatch(rf"{label} +t", lines[at + 1])  # the column is at least 5 wide


def test_a_reader_that_leaves_is_not_an_error() -> None:
    """`liveblog show | head`: the pipe closes before we write; exit status 0 and no traceback."""
    code = (
        "import sys, types; sys.path.insert(0, sys.argv[1]); import _render_fixtures as f; "
        "sys.modules['liveblog.pipeline'] = "
        "types.SimpleNamespace(parse_input=lambda *a, **k: f.seed_timeline()); "
        "from liveblog import cli; sys.exit(cli.main(['show', 'x', '--full', '--no-pager']))"
    )
    tests = str(Path(__file__).resolve().parent)
    proc = subprocess.Popen(
        [sys.executable, "-c", code, tests], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the first write
    _out, err = proc.communicate(timeout=HANG_GUARD)
    assert proc.returncode == 0, err.decode()
    assert b"Traceback" not in err


@pytest.mark.parametrize(
    ("grep", "times"),
    [
        ("اعلنت", ["10:40"]),  # the page writes «أعلنت»: hamza forms fold
        ("m5", ["10:40"]),
        ("LIVE:", ["10:40"]),  # case and punctuation do not count
        ("كسرت", []),
    ],
)
def test_grep_folds_case_diacritics_and_hamza(grep: str, times: list[str]) -> None:
    """--grep matches folded words, as a reader types them without hamza or diacritics."""
    assert _row_times(plain(cairo_timeline(), 100, grep=grep)) == times


def test_grep_ignores_diacritics_in_the_page() -> None:
    """«كسرت» finds the 19:26 post that writes «كُسرت» with a damma."""
    assert _row_times(plain(seed_timeline(), 100, grep="كسرت")) == ["19:26"]


@pytest.mark.parametrize(("width", "bidi"), [(80, "off"), (120, "off"), (80, "on")])
def test_real_pipeline_seed_renders_like_the_hand_built_one(width: int, bidi: str) -> None:
    """The seed through the real pipeline gives, character for character, the reviewed golden screen."""
    timeline = liveblog.parse(
        SEED.read_text(encoding="utf-8"), reference="2024-11-29T21:00", tz="Asia/Damascus"
    )
    timeline = attrs.evolve(timeline, source="seeds/000_10bbcf9e3c36c249.txt")
    golden = GOLDEN / f"seed_{width}{'_visual' if bidi == 'on' else ''}.txt"
    assert plain(timeline, width, bidi) == golden.read_text(encoding="utf-8")
