"""Vague references ("now"), anaphora ("the next day"), the weekend and counted days (issue 14).

Every expected value below was worked out by hand from docs/resolution.md ("Now, anaphora and the
weekend") before the resolver was run. Reference days: 2024-11-29 is a Friday, 2025-03-12 a
Wednesday, 2023-07-16 a Sunday, 2026-01-05 a Monday.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import jsonschema
import pytest

from liveblog import find_times, resolve
from liveblog.export import export_timeline
from liveblog.lang.display import ref_label
from liveblog.lang.weekend import weekend_days
from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Span, Timeline, When, WhenKind
from liveblog.render import time_label

FRI = "2024-11-29T21:00"  # a Friday evening, UTC
NOW = datetime(2024, 11, 29, 21, 0, tzinfo=UTC)

# --- the model: a REF value ----------------------------------------------------------------------


def test_vague_value_is_the_instant_it_was_said_at() -> None:
    """When.vague builds kind ref, start = end = the moment, grain second, the TIMEX3 value kept."""
    w = When.vague(NOW, "FUTURE_REF")
    assert (w.kind, w.start, w.end, w.grain, w.timex, w.part) == (
        WhenKind.REF,
        NOW,
        NOW,
        Grain.SECOND,
        "FUTURE_REF",
        None,
    )
    assert w.is_ref
    assert not w.is_range
    assert not w.contains(NOW)


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        # a ref's timex is one of the three TimeML values
        ({"timex": "NOW_REF"}, "timex is one of"),
        ({"timex": "2024-11-29"}, "timex is one of"),
        # a ref is an instant: start = end, grain second, no part
        ({"end": NOW + timedelta(seconds=1)}, "start = end"),
        ({"grain": Grain.DAY}, "start = end"),
        ({"part": "evening"}, "start = end"),
    ],
)
def test_vague_value_refuses_what_it_is_not(fields: dict[str, Any], words: str) -> None:
    """A REF value with another timex, a span, another grain or a part fails in the constructor."""
    base: dict[str, Any] = {
        "start": NOW,
        "end": NOW,
        "grain": Grain.SECOND,
        "timex": "PRESENT_REF",
        "kind": WhenKind.REF,
    }
    with pytest.raises(ValueError, match=words):
        When(**{**base, **fields})


def test_only_a_ref_has_an_empty_span() -> None:
    """A point or a range still needs end after start."""
    with pytest.raises(ValueError, match="not after start"):
        When(NOW, NOW, Grain.SECOND, "2024-11-29T21:00:00")


# --- resolve and find_times ------------------------------------------------------------------------

REFS = [
    ("now", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("at present", "PRESENT_REF"),
    ("recently", "PAST_REF"),
    ("in the past", "PAST_REF"),
    ("in the future", "FUTURE_REF"),
    ("الآن", "PRESENT_REF"),
    ("حالياً", "PRESENT_REF"),
    ("في الوقت الراهن", "PRESENT_REF"),
    ("مؤخرا", "PAST_REF"),
    ("في المستقبل", "FUTURE_REF"),
]


@pytest.mark.parametrize(("words", "value"), REFS)
def test_vague_reference_only_when_asked_for(words: str, value: str) -> None:
    """refs=True reads "now", «الآن» as a REF at the reference; without it they are no date."""
    assert resolve(words, FRI) is None
    w = resolve(words, FRI, refs=True)
    assert w is not None
    assert (w.kind, w.timex, w.start) == (WhenKind.REF, value, NOW)


@pytest.mark.parametrize(
    "text",
    [
        "the current account",  # adjectives count only said alone
        "recent figures",
        "a now-defunct airline",  # a word of a compound
        "over the past 24 hours",  # a window, not "the past"
        "the past two years",
    ],
)
def test_not_a_vague_reference(text: str) -> None:
    """Words beside a vague word that make it something else give no REF."""
    assert [f for f in find_times(text, FRI, refs=True) if f.when.is_ref] == []


ANAPHORA = [
    # (text, the expression, its TIMEX3, its rule's end)
    ("Talks began on 3 March 2024. The next day they stalled.", "next day", "2024-03-04", "previous"),
    ("Talks began on 3 March 2024. That day they stalled.", "That day", "2024-03-03", "previous"),
    ("Talks began on 3 March 2024. The day before, envoys met.", "day before", "2024-03-02", "previous"),
    ("The law passed in 2019. The following year it was repealed.", "following year", "2020", "previous"),
    ("Shells fell on 8 May 2024; that night the power failed.", "that night", "2024-05-08TNI", "previous"),
    (
        "He arrived on Monday 4 March 2024. The following week he left.",
        "following week",
        "2024-W11",
        "previous",
    ),
    (
        "Rain began at 3 pm on 1 May 2024. Two hours later it stopped.",
        "Two hours later",
        "2024-05-01T17:00",
        "previous",
    ),
    (
        "Profit rose in the third quarter of 1989, from $3 a year earlier.",
        "a year earlier",
        "1988-Q3",
        "previous",
    ),
    ("وقعت الاشتباكات يوم 3 مارس 2024، وفي اليوم التالي توقفت.", "اليوم التالي", "2024-03-04", "previous"),
    ("صدر القانون عام 2019، وفي العام التالي ألغي.", "العام التالي", "2020", "previous"),
    ("اعتقل في 3 مارس 2024، وبعد ذلك بيومين أفرج عنه.", "بعد ذلك بيومين", "2024-03-05", "previous"),
    ("وقعت الهجمات عام 2019، وقبل ذلك بعام اندلعت الاحتجاجات.", "قبل ذلك بعام", "2018", "previous"),
    # no date before it: the reference (a Friday)
    ("The next day, talks resumed.", "next day", "2024-11-30", "reference"),
    ("في اليوم نفسه أعلن الوقف.", "اليوم نفسه", "2024-11-29", "reference"),
]


@pytest.mark.parametrize(("text", "said", "timex", "anchor"), ANAPHORA)
def test_anaphora_anchor_on_the_date_before(text: str, said: str, timex: str, anchor: str) -> None:
    """An anaphor is counted from the date before it in the text, else the reference; rule says which."""
    found = {f.text: f for f in find_times(text, FRI)}
    assert found[said].when.timex == timex
    assert found[said].rule.endswith(f"-{anchor}")


def test_comparisons_do_not_chain() -> None:
    """Two "a year earlier" after one quarter are both that quarter a year before, not two years."""
    text = "In the third quarter of 1989 profit rose from $3 a year earlier and sales from $5 a year earlier."
    assert [f.when.timex for f in find_times(text, FRI)] == ["1989-Q3", "1988-Q3", "1988-Q3"]


def test_days_chain() -> None:
    """ "The next day" twice after a date is the second and third day, one after the other."""
    text = "Talks began on 3 March 2024. The next day they stalled. The next day they ended."
    assert [f.when.timex for f in find_times(text, FRI)] == ["2024-03-03", "2024-03-04", "2024-03-05"]


def test_a_day_anaphor_after_a_month_names_nothing() -> None:
    """ "That day" after "in March" has no day to name: it is left out, not guessed."""
    assert [f.text for f in find_times("They met in March 2024. That day was cold.", FRI)] == ["March 2024"]


def test_ago_counts_from_the_reference_after_a_day() -> None:
    """ "two years ago" after a date that is a day is still counted from the reference."""
    found = find_times("The plant closed on 4 March 2024. Two years ago it employed 300.", FRI)
    assert [(f.when.timex, f.rule) for f in found][1] == ("2022", "en-ago")


# --- the weekend ----------------------------------------------------------------------------------

WEEKEND = [
    # (words, reference, zone, prefer, TIMEX3)
    ("this weekend", "2024-11-29T21:00", "UTC", "past", "2024-11-30/2024-12-01"),
    ("next weekend", "2024-11-29T21:00", "UTC", "past", "2024-12-07/2024-12-08"),
    ("last weekend", "2024-11-29T21:00", "UTC", "past", "2024-11-23/2024-11-24"),
    ("the weekend", "2024-11-29T21:00", "UTC", "past", "2024-11-23/2024-11-24"),
    ("the weekend", "2024-11-29T21:00", "UTC", "future", "2024-11-30/2024-12-01"),
    ("this weekend", "2023-07-16T14:00", "Europe/London", "past", "2023-07-15/2023-07-16"),
    # Saudi Arabia, Egypt: Friday and Saturday, whatever the language
    ("this weekend", "2026-01-05T08:00", "Asia/Riyadh", "past", "2026-01-09/2026-01-10"),
    ("last weekend", "2026-01-05T08:00", "Asia/Riyadh", "past", "2026-01-02/2026-01-03"),
    ("عطلة نهاية الأسبوع", "2026-01-05T08:00", "Africa/Cairo", "future", "2026-01-09/2026-01-10"),
    ("نهاية الأسبوع الماضي", "2026-01-05T08:00", "Africa/Cairo", "past", "2026-01-02/2026-01-03"),
    # the UAE: Saturday and Sunday since 2022; an Arabic page in no country's zone: Friday-Saturday
    ("عطلة نهاية الأسبوع", "2024-11-27T12:00", "Asia/Dubai", "future", "2024-11-30/2024-12-01"),
    ("عطلة نهاية الأسبوع", "2024-11-27T12:00", "UTC", "future", "2024-11-29/2024-11-30"),
]


@pytest.mark.parametrize(("words", "ref", "zone", "prefer", "timex"), WEEKEND)
def test_weekend_is_two_days(words: str, ref: str, zone: str, prefer: str, timex: str) -> None:
    """The weekend is a range of two days, which two by the page's zone, else its language."""
    w = resolve(words, ref, tz=zone, prefer=prefer)  # type: ignore[arg-type]
    assert w is not None
    assert (w.kind, w.grain, w.timex) == (WhenKind.RANGE, Grain.DAY, timex)
    assert w.end - w.start == timedelta(days=2)


@pytest.mark.parametrize(
    ("zone", "lang", "days"),
    [
        ("Asia/Riyadh", "en", (4, 5)),
        ("Africa/Cairo", "ar", (4, 5)),
        ("Asia/Jerusalem", "he", (4, 5)),
        ("Asia/Dubai", "ar", (5, 6)),
        ("Africa/Tunis", "ar", (5, 6)),
        ("Europe/London", "ar", (5, 6)),
        ("UTC", "ar", (4, 5)),
        ("UTC", "en", (5, 6)),
        (None, "fr", (5, 6)),
    ],
)
def test_weekend_days_table(zone: str | None, lang: str, days: tuple[int, int]) -> None:
    """The weekend's days: the zone's country first, the language when the zone names none."""
    assert weekend_days(zone, lang) == days


def test_bare_weekend_word_is_no_date() -> None:
    """ "weekend editions" has neither "the" nor a modifier: no date."""
    assert resolve("weekend editions", FRI) is None


# --- counted days ---------------------------------------------------------------------------------

COUNTED = [
    ("the first Monday of the month", "2024-11-04"),
    ("the last Friday of the month", "2024-11-29"),
    ("the first Monday of the year", "2024-01-01"),
    ("the 99th day of the year", "2024-04-08"),  # 31 + 29 + 31 = 91, then 8 April
    ("the 60th day of 2023", "2023-03-01"),  # 31 + 28 = 59
    ("the 3rd day of the month", "2024-11-03"),
    ("اليوم الثالث من اكتوبر", "2024-10-03"),
]


@pytest.mark.parametrize(("words", "timex"), COUNTED)
def test_counted_days(words: str, timex: str) -> None:
    """The nth weekday of the reference's month or year, and a day counted from a year's or month's first."""
    w = resolve(words, FRI)
    assert w is not None
    assert w.timex == timex


@pytest.mark.parametrize(
    "words", ["the 99th day of the strike", "the 366th day of 2023", "اليوم الثالث من الحرب", "the 99th day"]
)
def test_counted_days_of_something_else(words: str) -> None:
    """A day counted from a story's event (or past a year's end) is no date."""
    assert resolve(words, FRI) is None


# --- exports: a REF is never an instant --------------------------------------------------------------


@pytest.fixture
def vague_timeline() -> Timeline:
    """A post at 20:15 that says "now" (a REF mention), and one dated only "recently"."""
    zone = ZoneInfo("Asia/Damascus")
    at = When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=zone))
    ref_at = datetime(2024, 11, 29, 21, tzinfo=zone)
    recently = When.vague(ref_at, "PAST_REF")
    now = When.vague(ref_at, "PRESENT_REF")
    p1 = Entry("p1", EntryKind.POST, "20:15", at, None, "Shelling now", Span(0, 18))
    p2 = Entry("p2", EntryKind.POST, "recently", recently, None, "Earlier shelling", Span(19, 44))
    events = [
        Event("p1", EventKind.ENTRY, at, "Shelling now", "p1", "20:15", Span(0, 5), "clock", ("p1",)),
        Event("m1", EventKind.MENTION, now, "Shelling now", "p1", "now", Span(15, 18), "en-ref", ("p1",)),
        Event("p2", EventKind.ENTRY, recently, "Earlier shelling", "p2", "recently", Span(19, 27), "en-ref"),
    ]
    return Timeline(ref_at, "Asia/Damascus", "en", [p1, p2], events)


def test_json_round_trip_and_schema(vague_timeline: Timeline) -> None:
    """JSON writes kind ref, validates against the schema, and reads back equal."""
    text = vague_timeline.to_json()
    doc = json.loads(text)
    schema = json.loads(
        files("liveblog").joinpath("schema", "timeline.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(doc)
    kinds = [ev["when"].get("kind") for ev in doc["events"]]
    assert kinds == [None, "ref", "ref"]
    assert Timeline.from_json(text) == vague_timeline


def test_ics_makes_no_event_of_a_ref(vague_timeline: Timeline) -> None:
    """ICS has one VEVENT, the post at 20:15; neither "now" nor "recently" becomes a calendar time."""
    ics = export_timeline(vague_timeline, "ics")
    assert ics.count("BEGIN:VEVENT") == 1
    assert "PRESENT_REF" not in ics
    assert "PAST_REF" not in ics


def test_ics_of_refs_only_is_a_valid_empty_calendar(vague_timeline: Timeline) -> None:
    """A calendar whose every event is vague still has its one component (the UTC zone)."""
    only = attrs.evolve(vague_timeline, events=vague_timeline.events[1:])
    ics = export_timeline(only, "ics")
    assert "BEGIN:VEVENT" not in ics
    assert "BEGIN:VTIMEZONE" in ics


def test_jsonld_gives_no_date_to_a_ref(vague_timeline: Timeline) -> None:
    """JSON-LD: no datePublished for the vague post, no Event for the vague mention."""
    doc = json.loads(export_timeline(vague_timeline, "jsonld"))
    posts = {p["identifier"]: p for p in doc["liveBlogUpdate"]}
    assert "datePublished" not in posts["p2"]
    assert "about" not in posts["p1"]


def test_markdown_labels_a_ref(vague_timeline: Timeline) -> None:
    """Markdown heads vague events "now (PRESENT_REF, no time)" and labels them, with no clock."""
    md = export_timeline(vague_timeline, "md")
    assert "## now (PRESENT_REF, no time)" in md
    assert "**in the past**" in md


def test_html_view_lists_a_ref_post_as_undated(vague_timeline: Timeline) -> None:
    """The HTML view gives no section time to a ref: the vague post is listed with undated ones."""
    html = export_timeline(vague_timeline, "html")
    assert "Undated entries" in html
    assert "PRESENT_REF" not in html


@pytest.mark.parametrize(
    ("timex", "ui", "label"),
    [("PRESENT_REF", "en", "now"), ("PAST_REF", "en", "in the past"), ("FUTURE_REF", "ar", "في المستقبل")],
)
def test_show_labels_a_ref(timex: str, ui: str, label: str) -> None:
    """`show`'s time column names a ref by what it says, in the interface language."""
    assert ref_label(timex, ui) == label
    assert time_label(When.vague(NOW, timex), ZoneInfo("UTC"), ui) == label


def test_pipeline_leaves_refs_out() -> None:
    """A page saying "now" and "recently" has the same events as one without those words."""
    from liveblog import parse

    a = parse("20:15\nShelling now hit the city, which was recently calm.\n", reference=FRI, tz="UTC")
    b = parse("20:15\nShelling hit the city, which was calm.\n", reference=FRI, tz="UTC")
    assert [e.when for e in a.events] == [e.when for e in b.events]
    assert all(not e.when.is_ref for e in a.events)


def test_show_renders_a_ref_without_a_time(vague_timeline: Timeline) -> None:
    """`show` lists the vague post under no day, labelled "in the past", its "now" mention as "now"."""
    from io import StringIO

    from rich.console import Console

    from liveblog.render import render_lines
    from liveblog.render._layout import Screen

    console = Console(width=100, file=StringIO(), force_terminal=False, color_system=None)
    lines = [line.plain for line in render_lines(vague_timeline, Screen(console, 100, False, False))]
    body = "\n".join(lines[lines.index("(no date)") :])
    assert "in the past  Earlier shelling" in body
    assert any("↳ now" in line for line in lines)
    assert "21:00" not in "\n".join(lines[3:])  # the reference is shown in the header only


def test_the_quarter_ended_a_day() -> None:
    """ "the quarter ended Sept. 30" is the quarter holding that day; the day stays a date of its own."""
    found = find_times("For the quarter ended Sept. 30, 1989, profit rose.", FRI)
    assert [(f.text, f.when.timex) for f in found] == [
        ("quarter", "1989-Q3"),
        ("Sept. 30, 1989", "1989-09-30"),
    ]


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("The treaty was signed last May. In effect, it recognised the border.", "2024-05"),
        ("June last year", "2023-06"),
        ("March of next year", "2025-03"),
        ("شهر جويلية من العام الماضي", "2023-07"),
    ],
)
def test_months_with_a_relative_year(text: str, timex: str) -> None:
    """A month's year said after it ("June last year") or before it ("last May." ending a sentence)."""
    assert [f.when.timex for f in find_times(text, FRI)] == [timex]


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("nineteen ninety-six", "1996"),
        ("in nineteen seventy-nine", "1979"),
        ("January nineteen ninety-seven", "1997-01"),
        ("the year two thousand", "2000"),
        ("in two thousand and four", "2004"),
        ("in twenty twenty", "2020"),
        ("twenty twenty", "2020"),
        ("two thousand people", None),  # a count
        ("fifteen twenty", None),  # a score or a clock as often as a year: needs "in"
        ("ninety minutes", None),  # a duration
    ],
)
def test_years_in_words(text: str, timex: str | None) -> None:
    """A year said in words: hundreds and a number, or a thousands word; counts are not years."""
    w = resolve(text, FRI)
    assert (w.timex if w is not None else None) == timex
