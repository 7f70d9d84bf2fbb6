"""The user's own page, end to end: the facts of the seed, written from reading it.

Reference: Friday 2024-11-29 21:00 in Damascus (+03:00). Every expected value
below was written by reading the Arabic page, not copied from output.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveblog.model import EntryKind, EventKind, Grain, Timeline

# Syria has kept +03:00 all year since 2022; in March 2020 it was still on +02:00 winter time
# (summer time began on 27 March 2020), which the month of the ceasefire must reflect.
DAMASCUS = ZoneInfo("Asia/Damascus")


def _at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=DAMASCUS)


def test_title_and_language(seed_timeline: Timeline) -> None:
    """The page title above the live feed becomes the timeline's title; the page is Arabic."""
    assert seed_timeline.title == "المعارضة تدخل مدينة حلب.. وأنباء عن تحركات روسية وشيكة لدعم النظام"
    assert seed_timeline.lang == "ar"


def test_four_live_entries_in_time_order(seed_timeline: Timeline) -> None:
    """The live tail gives four posts at 15:03, 17:57, 19:26 and 20:15 on Friday, +03:00."""
    posts = sorted((e for e in seed_timeline.entries if e.kind is EntryKind.POST), key=lambda e: e.when.start)
    assert [e.when.start for e in posts] == [
        _at(2024, 11, 29, 15, 3),
        _at(2024, 11, 29, 17, 57),
        _at(2024, 11, 29, 19, 26),
        _at(2024, 11, 29, 20, 15),
    ]
    assert all(e.when.grain is Grain.MINUTE for e in posts)


def test_the_1926_entry_has_its_title_and_text(seed_timeline: Timeline) -> None:
    """19:26 carries the headline and the one sentence under it."""
    (e,) = [e for e in seed_timeline.entries if e.marker == "19:26"]
    assert e.title == "سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام بمواجهة فصائل المعارضة السورية؟"
    assert e.text == (
        "بدت قوات النظام في وضع صعب للغاية، بعد أن كُسرت خطوطها الدفاعية، "
        "ما أثار تساؤلات عن أسباب وخلفيات المشهد"
    )


@pytest.mark.parametrize("marker", ["20:15", "17:57", "15:03"])
def test_empty_entries_are_kept_and_marked(seed_timeline: Timeline, marker: str) -> None:
    """Posts whose content the copy lost stay, marked as having no text, without borrowed text."""
    (e,) = [e for e in seed_timeline.entries if e.marker == marker]
    assert not e.has_text
    assert e.title is None
    assert e.text == ""


def test_lead_entry(seed_timeline: Timeline) -> None:
    """The article body before the live tail is the lead, dated Friday at day grain."""
    (lead,) = [e for e in seed_timeline.entries if e.kind is EntryKind.LEAD]
    assert lead.when is not None
    assert (lead.when.grain, lead.when.start, lead.when.end) == (
        Grain.DAY,
        _at(2024, 11, 29),
        _at(2024, 11, 30),
    )
    assert lead.text.startswith("دخلت فصائل المعارضة السورية المسلحة إلى مدينة حلب")
    assert lead.text.endswith("في مدينة الأتارب، حسب الدفاع المدني.")
    assert "السيطرة على ريف حلب" in lead.text  # the sub-heading stays inside the body


# (words the expression must contain, words of its sentence, start, end, grain, part)
MENTIONS = [
    ("الجمعة", "دخلت فصائل المعارضة", _at(2024, 11, 29), _at(2024, 11, 30), Grain.DAY, None),
    ("الجمعة", "وأكدت مصادر سورية", _at(2024, 11, 29), _at(2024, 11, 30), Grain.DAY, None),
    ("الجمعة", "بيسكوف", _at(2024, 11, 29), _at(2024, 11, 30), Grain.DAY, None),
    ("مساء الخميس", "وشدد عراقجي", _at(2024, 11, 28, 18), _at(2024, 11, 29), Grain.PART_OF_DAY, "evening"),
    ("فجر الجمعة", "حسن عبد الغني", _at(2024, 11, 29, 4), _at(2024, 11, 29, 7), Grain.PART_OF_DAY, "dawn"),
    ("آذار /مارس عام 2020", "اتفاق وقف إطلاق النار", _at(2020, 3, 1), _at(2020, 4, 1), Grain.MONTH, None),
    (
        "منذ حوالي ثلاث ساعات",
        "موقعها الإلكتروني",
        _at(2024, 11, 29, 18),
        _at(2024, 11, 29, 19),
        Grain.HOUR,
        None,
    ),
    (
        "بعد منتصف ليلة اليوم الجمعة",
        "الخوذ البيضاء",
        _at(2024, 11, 29, 0),
        _at(2024, 11, 29, 3),
        Grain.PART_OF_DAY,
        "after_midnight",
    ),
    ("الخميس", "لقي 15 مدنيا", _at(2024, 11, 28), _at(2024, 11, 29), Grain.DAY, None),
]


def test_lead_mentions_exactly(seed_timeline: Timeline) -> None:
    """The lead's dated mentions are exactly the nine the page gives, each at its own grain."""
    mentions = [ev for ev in seed_timeline.events if ev.kind is EventKind.MENTION]
    got = sorted(
        (ev.when.start, ev.when.end, ev.when.grain, ev.when.part, ev.expression, ev.text) for ev in mentions
    )
    assert len(got) == len(MENTIONS), [g[4] for g in got]
    for words, sentence, start, end, grain, part in MENTIONS:
        matches = [
            g for g in got if words in g[4] and sentence in g[5] and g[:4] == (start, end, grain, part)
        ]
        assert len(matches) == 1, (words, sentence)


def test_march_2020_in_damascus_wall_time(seed_timeline: Timeline) -> None:
    """The 2020 month starts at local midnight on +02:00 and ends on +03:00 (DST began 27 March)."""
    (month,) = [ev.when for ev in seed_timeline.events if "2020" in ev.expression]
    assert month.start.isoformat() == "2020-03-01T00:00:00+02:00"
    assert month.end.isoformat() == "2020-04-01T00:00:00+03:00"


def test_approximate_and_month_values(seed_timeline: Timeline) -> None:
    """«منذ حوالي ثلاث ساعات» is approximate; «آذار /مارس عام 2020» is the month 2020-03."""
    by_expr = {ev.expression: ev.when for ev in seed_timeline.events if ev.kind is EventKind.MENTION}
    (approx,) = [w for e, w in by_expr.items() if "ثلاث ساعات" in e]
    assert approx.approximate
    (month,) = [w for e, w in by_expr.items() if "2020" in e]
    assert month.timex == "2020-03"
    (evening,) = [w for e, w in by_expr.items() if "مساء" in e]
    assert evening.timex == "2024-11-28TEV"


@pytest.mark.parametrize(
    "quantity", ["36 ساعة", "15 مدنيا", "200 كم", "M5", "لليوم الثالث", "الساعات المقبلة"]
)
def test_quantities_give_no_date(seed_timeline: Timeline, quantity: str) -> None:
    """Durations and quantities on the page never become events."""
    assert not [ev for ev in seed_timeline.events if quantity in ev.expression]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("المزيد", "chrome"),
        ("تغطية مباشرة Live", "chrome"),
        ("تحديثات جديدة.. انقر للتحديثات..", "chrome"),
        ("المعارك بين النظام السوري وفصائل المعارضة تتواصل لليوم الثالث على التوالي- الأناضول", "caption"),
        ("المعارضة تدخل مدينة حلب.. وأنباء عن تحركات روسية وشيكة لدعم النظام", "title"),
    ],
)
def test_chrome_is_set_aside_with_a_reason(seed_timeline: Timeline, text: str, reason: str) -> None:
    """Page furniture is kept in Timeline.ignored with its reason, never made an entry."""
    (ig,) = [ig for ig in seed_timeline.ignored if ig.text == text]
    assert reason in ig.reason
    assert not [e for e in seed_timeline.entries if text in (e.title or "") or e.text == text]


def test_events_are_in_time_order(seed_timeline: Timeline) -> None:
    """Events come out sorted by start time."""
    starts = [ev.when.start for ev in seed_timeline.events]
    assert starts == sorted(starts)
    assert len(seed_timeline.events) == len(MENTIONS) + 5  # nine mentions, four posts and the lead
