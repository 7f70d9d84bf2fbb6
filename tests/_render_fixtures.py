"""Timelines built by hand for the renderer's tests.

``seed_timeline()`` is the seed page's timeline written from the facts of the
page (issue 2, docs/resolution.md), not from the pipeline's output: the lead
with its dated mentions, and the four live posts 15:03, 17:57, 19:26 (the only
one with text), 20:15. ``london_timeline()`` is an English page in the
Guardian's style with every grain the time column knows; ``cairo_timeline()``
an Arabic page outside the Levant with mixed Arabic/Latin lines.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Ignored, Span, Timeline, When

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_10bbcf9e3c36c249.txt"
DAMASCUS = ZoneInfo("Asia/Damascus")
LONDON = ZoneInfo("Europe/London")
CAIRO = ZoneInfo("Africa/Cairo")

SEED_TITLE = "المعارضة تدخل مدينة حلب.. وأنباء عن تحركات روسية وشيكة لدعم النظام"
CHROME = "page chrome (button, label or navigation)"  # the reasons the segmenter gives
CAPTION = "photo caption with a credit"
SEED_1926_TITLE = "سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام بمواجهة فصائل المعارضة السورية؟"
SEED_1926_TEXT = (
    "بدت قوات النظام في وضع صعب للغاية، بعد أن كُسرت خطوطها الدفاعية، ما أثار تساؤلات عن أسباب وخلفيات المشهد"
)


def _part(day: datetime, part: str, start_h: int, hours: int, code: str) -> When:
    start = day.replace(hour=start_h)
    return When(start, start + timedelta(hours=hours), Grain.PART_OF_DAY, f"{day:%Y-%m-%d}T{code}", part=part)


def _month(year: int, month: int, zone: ZoneInfo) -> When:
    start = datetime(year, month, 1, tzinfo=zone)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
    return When(start, end, Grain.MONTH, f"{year:04d}-{month:02d}")


def _mention(
    ident: str, when: When, text: str, *, entry_id: str, expression: str, doc: str, rule: str
) -> Event:
    at = max(doc.find(expression), 0)
    return Event(
        ident, EventKind.MENTION, when, text, entry_id, expression, Span(at, at + len(expression)), rule
    )


def _line_with(doc: str, words: str) -> str:
    return next(line for line in doc.splitlines() if words in line)


def seed_timeline() -> Timeline:
    """The seed page (Arabic, Friday 2024-11-29, Asia/Damascus) read at 21:00."""
    doc = SEED.read_text(encoding="utf-8")
    friday = datetime(2024, 11, 29, tzinfo=DAMASCUS)
    thursday = friday - timedelta(days=1)
    lead_end = doc.index("\nالمزيد")
    lead = Entry(
        "lead", EntryKind.LEAD, None, When.on_day(friday), None, doc[:lead_end].strip(), Span(0, lead_end)
    )
    posts = []
    for hh, mm in ((20, 15), (19, 26), (17, 57), (15, 3)):
        marker = f"{hh:02d}:{mm:02d}"
        at = doc.index("\n" + marker) + 1
        has = marker == "19:26"
        posts.append(
            Entry(
                f"post-{hh:02d}{mm:02d}",
                EntryKind.POST,
                marker,
                When.at_minute(friday.replace(hour=hh, minute=mm)),
                SEED_1926_TITLE if has else None,
                SEED_1926_TEXT if has else "",
                Span(at, at + len(marker)),
            )
        )

    def m(ident: str, when: When, words: str, expression: str, rule: str) -> Event:
        return _mention(
            ident, when, _line_with(doc, words), entry_id="lead", expression=expression, doc=doc, rule=rule
        )

    ago = friday.replace(hour=18)
    mentions = [
        m("m-aleppo", When.on_day(friday), "إلى مدينة حلب، الجمعة،", "الجمعة", "weekday"),
        m("m-sky", When.on_day(friday), "سكاي نيوز عربية", "الجمعة", "weekday"),
        m("m-peskov", When.on_day(friday), "الذي قال الجمعة", "الجمعة", "weekday"),
        m(
            "m-araghchi",
            _part(thursday, "evening", 18, 6, "EV"),
            "مساء الخميس",
            "مساء الخميس",
            "part-weekday",
        ),
        m("m-dawn", _part(friday, "dawn", 4, 3, "MO"), "فجر الجمعة", "فجر الجمعة", "part-weekday"),
        m("m-2020", _month(2020, 3, DAMASCUS), "آذار /مارس عام 2020", "آذار /مارس عام 2020", "month-year"),
        m(
            "m-sana",
            When(ago, ago + timedelta(hours=1), Grain.HOUR, "2024-11-29T18", approximate=True),
            "منذ حوالي ثلاث ساعات",
            "منذ حوالي ثلاث ساعات",
            "ago",
        ),
        m(
            "m-atarib",
            _part(friday, "after_midnight", 0, 3, "NI"),
            "بعد منتصف ليلة",
            "بعد منتصف ليلة اليوم الجمعة",
            "after-midnight",
        ),
        m("m-thursday", When.on_day(thursday), "والخميس، لقي", "الخميس", "weekday"),  # و is the conjunction
    ]
    # As the assembler makes them: the marker for a post, no expression and rule page-date for the lead.
    entry_events = [
        Event(f"ev-{p.id}", EventKind.ENTRY, p.when, p.title or "", p.id, p.marker or "", p.span, "marker")
        for p in posts
        if p.when is not None
    ]
    entry_events.append(Event("ev-lead", EventKind.ENTRY, lead.when, "", "lead", "", Span(0, 0), "page-date"))
    events = sorted([*mentions, *entry_events], key=lambda e: (e.when.start, e.when.end, e.id))
    set_aside = [
        Ignored(line, Span(doc.index(line), doc.index(line) + len(line)), reason)
        for line, reason in (
            ("المزيد", CHROME),
            ("تغطية مباشرة Live", CHROME),
            ("المعارك بين النظام السوري وفصائل المعارضة تتواصل لليوم الثالث على التوالي- الأناضول", CAPTION),
            (SEED_TITLE, "page title (the timeline's title)"),
            ("تحديثات جديدة.. انقر للتحديثات..", CHROME),
        )
    ]
    return Timeline(
        friday.replace(hour=21),
        "Asia/Damascus",
        "ar",
        [lead, *posts],
        events,
        ignored=set_aside,
        title=SEED_TITLE,
        source="seeds/000_10bbcf9e3c36c249.txt",
    )


def london_timeline() -> Timeline:
    """An English live page, newest first on the page, spanning two days and every grain."""
    wed = datetime(2024, 11, 20, tzinfo=LONDON)
    thu = wed + timedelta(days=1)
    entries = [
        Entry(
            "pin",
            EntryKind.PINNED,
            None,
            None,
            "What we know so far",
            "Talks resume in Geneva. Both delegations are expected by noon.",
            Span(0, 10),
        ),
        Entry(
            "e1",
            EntryKind.POST,
            "9.18pm GMT",
            When.at_minute(thu.replace(hour=21, minute=18)),
            "Ceasefire talks end without a deal",
            "Negotiators left the venue after midnight talks on Thursday evening collapsed, officials said.",
            Span(10, 20),
        ),
        Entry(
            "e2",
            EntryKind.POST,
            "7.30pm GMT",
            When.at_minute(thu.replace(hour=19, minute=30)),
            None,
            "",
            Span(20, 30),
        ),
        Entry(
            "e3",
            EntryKind.POST,
            "3.27pm GMT",
            When.at_minute(thu.replace(hour=15, minute=27)),
            "Mediators arrive",
            "The mediators, who last met both sides in 2011, arrived about two hours ago, a spokesperson "
            "said. Last week's round was cancelled. The deal was first drafted in March 2020.",
            Span(30, 40),
        ),
        Entry(
            "e4",
            EntryKind.POST,
            "11.05pm GMT",
            When.at_minute(wed.replace(hour=23, minute=5)),
            "Overnight shelling reported",
            "Residents reported shelling overnight.",
            Span(40, 50),
        ),
    ]
    e3 = entries[3].text
    e1 = entries[1].text
    two_ago = thu.replace(hour=13, minute=27)
    mentions = [
        Event(
            "m1",
            EventKind.MENTION,
            _part(thu, "evening", 18, 6, "EV"),
            e1,
            "e1",
            "Thursday evening",
            Span(11, 12),
            "part-weekday",
        ),
        Event(
            "m2",
            EventKind.MENTION,
            When(two_ago, two_ago + timedelta(hours=1), Grain.HOUR, "2024-11-21T13", approximate=True),
            e3,
            "e3",
            "about two hours ago",
            Span(31, 32),
            "ago",
        ),
        Event(
            "m3",
            EventKind.MENTION,
            When(
                datetime(2024, 11, 11, tzinfo=LONDON),
                datetime(2024, 11, 18, tzinfo=LONDON),
                Grain.WEEK,
                "2024-W46",
            ),
            e3,
            "e3",
            "Last week",
            Span(32, 33),
            "week",
        ),
        Event(
            "m4",
            EventKind.MENTION,
            _month(2020, 3, LONDON),
            e3,
            "e3",
            "March 2020",
            Span(33, 34),
            "month-year",
        ),
        Event(
            "m5",
            EventKind.MENTION,
            When(
                datetime(2011, 1, 1, tzinfo=LONDON), datetime(2012, 1, 1, tzinfo=LONDON), Grain.YEAR, "2011"
            ),
            e3,
            "e3",
            "in 2011",
            Span(34, 35),
            "year",
        ),
    ]
    entry_events = [
        Event(f"ev-{e.id}", EventKind.ENTRY, e.when, e.text, e.id, e.marker or "", e.span, "clock-zone")
        for e in entries
        if e.when is not None
    ]
    events = sorted([*mentions, *entry_events], key=lambda e: (e.when.start, e.when.end, e.id))
    return Timeline(
        thu.replace(hour=22),
        "Europe/London",
        "en",
        entries,
        events,
        title="Ceasefire talks – live updates",
        source="https://example.org/live/ceasefire",
        reference_source="json-ld dateModified",
    )


def cairo_timeline() -> Timeline:
    """An Arabic page from Cairo: transliterated month names, Latin words inside Arabic lines."""
    sat = datetime(2025, 3, 8, tzinfo=CAIRO)
    text = (
        "أعلنت الشركة طرح هاتف M5 الجديد بسعر 2020 جنيها، "
        "وقالت في بيان صباح اليوم إن التوزيع يبدأ Live عبر الموقع."
    )
    entries = [
        Entry(
            "p1",
            EntryKind.POST,
            "10:40",
            When.at_minute(sat.replace(hour=10, minute=40)),
            "تغطية مباشرة Live: إطلاق M5",
            text,
            Span(0, 10),
        ),
        Entry(
            "p2",
            EntryKind.POST,
            "12:05",
            When.at_minute(sat.replace(hour=12, minute=5)),
            "",
            "",
            Span(10, 20),
        ),
    ]
    morning = _part(sat, "morning", 6, 6, "MO")
    events = [
        Event("m1", EventKind.MENTION, morning, text, "p1", "صباح اليوم", Span(1, 2), "part-today"),
        Event("ev-p1", EventKind.ENTRY, entries[0].when, text, "p1", "10:40", Span(0, 5), "clock"),  # type: ignore[arg-type]
        Event("ev-p2", EventKind.ENTRY, entries[1].when, "", "p2", "12:05", Span(10, 15), "clock"),  # type: ignore[arg-type]
    ]
    events.sort(key=lambda e: (e.when.start, e.when.end, e.id))
    return Timeline(
        sat.replace(hour=13),
        "Africa/Cairo",
        "ar",
        entries,
        events,
        title="إطلاق الهاتف الجديد",
        source="cairo.txt",
    )
