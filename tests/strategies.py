"""Shared hypothesis strategies for liveblog's tests (others may add their own here)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

if TYPE_CHECKING:
    from liveblog.model import Timeline

__all__ = [
    "date_phrases",
    "edge_pages",
    "edge_references",
    "html_pages",
    "live_pages",
    "noisy_text",
    "page_line",
    "page_texts",
    "references",
    "snapshots",
    "zones",
]

ZONE_NAMES = [
    "UTC",
    "Asia/Damascus",
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
]

zones = st.sampled_from(ZONE_NAMES).map(ZoneInfo)

#: Aware references between 1990 and 2040 in zones with and without DST.
references = st.builds(
    lambda naive, zone: naive.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31)),
    zones,
)

#: References at the ends of datetime's range: years 1–3 and 9997–9999 (the outer years are refused
#: as references; the inner ones must work with any text), aware in any zone or naive.
edge_references = st.builds(
    lambda naive, zone: naive if zone is None else naive.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(3, 12, 31))
    | st.datetimes(min_value=datetime(9997, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
    st.none() | zones,
)

_EDGE_STAMPS = [
    "0001-01-01T00:00:00+00:00",
    "0001-01-01T00:30:00+14:00",
    "0002-01-01T00:00:00-12:00",
    "9998-12-31T23:59:00-12:00",
    "9999-12-31T23:59:00+00:00",
    "9999-12-31T23:59:59-14:00",
    "2025-02-30T21:44:56+00:00",
]
_EDGE_LINES = [
    "9999-12-31@23:59:59 GMT",
    "0001-01-01@00:00:01 GMT",
    "2025-02-30@21:44:56",
    "2025-13-01@21:44:56",
    "0002-01-01 00:10",
    "9998-12-31 23:59",
    "The ceasefire takes effect at 2024-11-29 22:00.",
    "a million days ago",
    "9999 years ago",
    "next year",
    "tomorrow evening",
    "yesterday at 23:59",
    "منذ 5 دقائق",
    "غدا مساء",
    "Thursday 31 December",
    "20:15",
    "00:01",
]


@st.composite
def edge_pages(draw: st.DrawFn) -> str:
    """A page (text or HTML) whose dates sit at the ends of datetime's range."""
    lines = draw(st.lists(st.sampled_from(_EDGE_LINES + _MARKERS[:3]), min_size=1, max_size=8))
    if not draw(st.booleans()):
        return "\n".join(lines)
    stamp = draw(st.sampled_from(_EDGE_STAMPS))
    where = draw(st.sampled_from(["meta", "time", "jsonld"]))
    body = "".join(f"<p>{line}</p>" for line in lines)
    if where == "meta":
        meta = f'<meta property="article:modified_time" content="{stamp}">'
        return f"<html><head>{meta}</head><body>{body}</body></html>"
    if where == "time":
        return f'<html><body><div><time datetime="{stamp}">20:15</time>{body}</div></body></html>'
    update = f'{{"@type":"BlogPosting","datePublished":"{stamp}","articleBody":"{lines[0]}"}}'
    return (
        '<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":['
        f"{update}]}}</script></head><body>{body}</body></html>"
    )


_AR_WORDS = [
    "الجمعة",
    "والخميس،",
    "يوم السبت",
    "الأحد الماضي",
    "الاثنين المقبل",
    "مساء",
    "فجر",
    "صباح",
    "ليلة",
    "بعد منتصف",
    "منتصف الليل",
    "اليوم",
    "أمس",
    "أول أمس",
    "غدا",
    "منذ",
    "قبل",
    "بعد",
    "خلال",
    "حوالي",
    "ثلاث",
    "ساعات",
    "ساعتين",
    "يومين",
    "نصف ساعة",
    "آذار",
    "/مارس",
    "عام",
    "2020",
    "27",
    "نوفمبر",
    "تشرين الثاني",
    "الساعة",
    "الثامنة",
    "مساء",
    "8:15",
    "م",
    "٢٠:١٥",
    "بتوقيت غرينتش",
    "36",
    "كم",
    "M5",
    "الأسبوع الماضي",
    "في",
    "لليوم الثالث",
    "المقبلة",
    "الماضية",
    "ـ",
    "َ",
    "،",
    ":",
    "(",
    ")",
    # Hijri dates
    "رمضان",
    "شهر",
    "1445",
    "هـ",
    "الموافق",
    "غرة",
    "ذي الحجة",
    "جمادى الأولى",
    "1446/05/27",
    "منتصف",
]
_EN_WORDS = [
    "Friday",
    "last",
    "next",
    "on",
    "Thursday",
    "night",
    "early",
    "late",
    "dawn",
    "morning",
    "tonight",
    "yesterday",
    "today",
    "tomorrow",
    "about",
    "three",
    "hours",
    "ago",
    "in",
    "a",
    "decade",
    "March",
    "2020",
    "Nov.",
    "28",
    ",",
    "2013",
    "at",
    "3:34",
    "PM",
    "3.27pm",
    "BST",
    "GMT",
    "week",
    "since",
    "2011",
    "the",
    "of",
    "for",
    "more",
    "than",
    "36",
    "May",
    "half",
    "an",
    "hour",
    "12",
    "31",
    "-",
    "2024-11-29",
    "Ramadan",
    "AH",
    "1445",
    "Dhul Hijjah",
    "corresponding to",
]

#: Phrases assembled from date words in a random order: grammatical or not, never a crash.
date_phrases = st.lists(st.sampled_from(_AR_WORDS + _EN_WORDS), min_size=1, max_size=8).map(" ".join)

#: Any text, biased towards date words, digits, Arabic letters and punctuation.
noisy_text = st.one_of(
    st.text(max_size=80),
    st.lists(
        st.one_of(st.sampled_from(_AR_WORDS + _EN_WORDS), st.text(alphabet="0123456789:./-٠١٢ ", max_size=6)),
        max_size=12,
    ).map(" ".join),
)

# --- whole pages (hardening properties) ---------------------------------------------------------

_MARKERS = [
    "20:15",
    "19:26",
    "٢٠:١٥",
    "00:10",
    "23:59",
    "3.27pm BST",
    "19.30 GMT",
    "11m ago (10:50 GMT)",
    "منذ 5 دقائق",
]
_PAGE_LINES = [
    "",
    "Thursday 28 November",
    "الخميس 28 نوفمبر",
    "تغطية مباشرة",
    "Show more",
    "Key events",
    "Updated at 9.18am BST",
    "72 Updates",
    "Published On 22 Nov 2023",
    "by Jane Doe on Feb 28, 2013 at 3:34 PM",
    "قصف على الأحياء الشرقية - الأناضول",
    "Crews reached the bridge. Photograph: Tom Ashby/PA",
    "دخلت فصائل المعارضة إلى مدينة حلب، الجمعة، بعد معارك ضارية.",
    "The talks broke up shortly after 9pm on Tuesday without agreement.",
]

#: One line of a live page: a marker, furniture, a sentence, date words or noise.
page_line = st.one_of(
    st.sampled_from(_MARKERS + _PAGE_LINES),
    date_phrases,
    noisy_text.map(lambda t: t.replace("\n", " ").replace("\r", " ")),
)

#: Text of a whole page (a few dozen lines at most), with CR, tabs and odd spacing now and then.
page_texts = st.lists(page_line, max_size=30).map("\n".join) | st.lists(
    st.tuples(page_line, st.sampled_from(["\n", "\r\n", "\n\n", " \n", "\t\n"])), max_size=20
).map(lambda parts: "".join(a + b for a, b in parts))

_TAGS = ["div", "p", "article", "section", "span", "time", "h2", "li", "ul", "script", "br"]
_ATTRS = [
    "",
    ' itemprop="liveBlogUpdate" itemscope',
    ' datetime="2024-11-29T20:15:00+03:00"',
    ' class="block is-key-event"',
    ' type="application/ld+json"',
    ' itemprop="datePublished"',
]


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Small HTML pages: nested tags with live-blog attributes around page lines, sometimes broken."""
    parts = ["<!doctype html><html><body>"]
    open_tags: list[str] = []
    for _ in range(draw(st.integers(0, 25))):
        action = draw(st.integers(0, 3))
        if action == 0 and len(open_tags) < 12:
            tag = draw(st.sampled_from(_TAGS))
            parts.append(f"<{tag}{draw(st.sampled_from(_ATTRS))}>")
            open_tags.append(tag)
        elif action == 1 and open_tags:
            parts.append(f"</{open_tags.pop()}>")
        else:
            parts.append(draw(page_line).replace("<", "&lt;"))
    if draw(st.booleans()):
        parts += [f"</{t}>" for t in reversed(open_tags)]
    parts.append("</body></html>" if draw(st.booleans()) else "")
    return "".join(parts)


# --- snapshots of one live page, for merge properties ------------------------------------------

_POSTS = [
    "اندلع حريق في أحراج قرية بلوطة بريف اللاذقية الشمالي",
    "أفاد الدفاع المدني بإجلاء 40 عائلة من قريتي بلوطة والمزيرعة",
    "قالت وزارة الزراعة إن النيران التهمت نحو 300 هكتار من الغابات",
    "The World Food Programme says it has pre-positioned food in the camps",
    "Network Rail says all trains between Leeds and Manchester are cancelled",
    "Death toll rises: officials say seven people have been killed",
]
_EDITS = ["", " ومن المتوقع وصول تعزيزات.", " Officials will update the figures."]


@st.composite
def snapshots(draw: st.DrawFn) -> Timeline:
    """A deduplicated timeline of one snapshot of an evolving page: posts come, go, get edited, repeat."""
    from datetime import timedelta

    from liveblog.assemble import entry_event, event_order
    from liveblog.assemble.dedup import dedupe, snapshot_label
    from liveblog.model import Entry, EntryKind, Span, Timeline, When

    zone = ZoneInfo("Asia/Damascus")
    seen = datetime(2024, 11, 29, 18, 0, tzinfo=zone) + timedelta(minutes=draw(st.integers(0, 3)) * 30)
    chosen = draw(st.lists(st.integers(0, len(_POSTS) - 1), max_size=5, unique=True))
    raw: list[Entry] = []
    for n, i in enumerate(chosen):
        minute = datetime(2024, 11, 29, 15, 0, tzinfo=zone) + timedelta(minutes=20 * i)
        text = _POSTS[i] + draw(st.sampled_from(_EDITS))
        kind = draw(st.sampled_from([EntryKind.POST, EntryKind.POST, EntryKind.PINNED]))
        url = draw(st.sampled_from([None, f"https://x.test/live#post-{i}"]))
        copies = draw(st.integers(1, 2))
        for k in range(copies):
            when = When.at_minute(minute + timedelta(minutes=3 * k))  # a second copy is a re-post
            ident = f"e{i}{'x' if text != _POSTS[i] else ''}{k}"
            raw.append(
                Entry(ident, kind, when.start.strftime("%H:%M"), when, None, text, Span(n, n + 1), url)
            )
    if draw(st.booleans()):
        raw.append(Entry("lead", EntryKind.LEAD, None, None, None, "تتواصل جهود فرق الإطفاء", Span(99, 100)))
    entries = dedupe(raw, snapshot=snapshot_label("live", seen), seen=seen)
    events = sorted((ev for ev in map(entry_event, entries) if ev is not None), key=event_order)
    return Timeline(
        reference=seen, tz="Asia/Damascus", lang="ar", entries=entries, events=events, source="live"
    )


# --- generated live pages with a known answer (issue 15) ---------------------------------------


# Neutral words (no date, number, zone or chrome word in any language we read), per script.
def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


_WORDS = {
    "en": _split(
        "harbour bridge council river convoy engineers ferry museum orchard tunnel garden library "
        "tanker quarry canal airport stadium villagers farmers lorry drivers nurses miners pilots "
        "coastguard rescue volunteers envoy senate budget pension tariff bakery pottery violin"
    ),
    "fr": _split(
        "pont conseil rivière convoi ingénieurs musée verger tunnel jardin bibliothèque carrière "
        "canal aéroport stade villageois agriculteurs camion infirmières mineurs pilotes sauveteurs "
        "bénévoles envoyé sénat budget retraite boulangerie poterie violon"
    ),
    "ar": _split(
        "الجسر المجلس النهر القافلة المهندسون المتحف البستان النفق الحديقة المكتبة المحجر القناة "
        "المطار الملعب القرويون المزارعون الشاحنة الممرضات العمال الطيارون المنقذون المتطوعون "
        "المبعوث البرلمان الموازنة المخبز الفخار الكمان"
    ),
}
_RELATIVE = {
    "en": "{n} minutes ago",
    "fr": "Il y a {n} min",
    "ar": "منذ {n} دقائق",
}
_PINNED = {"en": "Pinned", "fr": "Épinglé", "ar": "مثبت"}
_KEY_EVENTS = {"en": "Key events", "fr": "L'essentiel", "ar": "أبرز الأحداث"}
_CHROME = {"en": "Load more", "fr": "Voir plus", "ar": "المزيد"}
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _clock_label(style: str, h: int, m: int) -> str:
    return {
        "colon": f"{h:02d}:{m:02d}",
        "dot": f"{h:02d}.{m:02d}",
        "french": f"{h}h{m:02d}",
        "german": f"{h:02d}.{m:02d} Uhr",
        "italian": f"ore {h:02d}:{m:02d}",
        "eastern": f"{h:02d}:{m:02d}".translate(_EASTERN),
        "gmt": f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'} GMT",
    }[style]


@st.composite
def live_pages(draw: st.DrawFn) -> tuple[str, datetime, list[tuple[datetime, str]]]:
    """A live page built from pieces, with its reference and its posts (time, title) known by construction.

    Pieces: language × marker style × title placement (next line, after the clock
    on its line, byline beside the clock) × newest- or oldest-first × midnight
    crossings × an overnight pause × a relative stamp on the newest post × a pinned copy × a
    key-events list × chrome glued to the last post. Times are in UTC; the feed
    spans less than a day, so its order fixes every date.
    """
    lang = draw(st.sampled_from(sorted(_WORDS)))
    style = draw(st.sampled_from(["colon", "dot", "french", "german", "italian", "eastern", "gmt"]))
    placement = draw(st.sampled_from(["next", "inline", "byline"] if lang == "en" else ["next", "inline"]))
    # An overnight pause of 8-16 hours somewhere in the feed. A pause of 12 hours or more reads
    # as a step the other way on the 24-hour circle, so the ordinary steps must outvote it
    # (two of them at least) for the page's order to be knowable at all.
    pause = draw(st.booleans())
    n = draw(st.integers(4 if pause else 2, 5))
    gaps = draw(st.lists(st.integers(5, 100 if pause else 280), min_size=n - 1, max_size=n - 1))
    if pause:
        gaps[draw(st.integers(0, n - 2))] = draw(st.integers(8 * 60, 16 * 60))  # the feed still spans < 1 day
    newest = datetime(2024, 3, 10, tzinfo=ZoneInfo("UTC")) + timedelta(minutes=draw(st.integers(0, 1439)))
    times = [newest]
    for g in gaps:
        times.append(times[-1] - timedelta(minutes=g))
    lag = draw(st.integers(1, 50))
    reference = newest + timedelta(minutes=lag)
    newest_first = draw(st.booleans())
    relative = newest_first and draw(st.booleans())
    pool = list(_WORDS[lang])
    order = draw(st.permutations(range(len(pool))))
    picks = iter(order)
    posts = []
    for t in times:
        title = " ".join(pool[next(picks)] for _ in range(3)).capitalize()  # long enough to match copies
        text = " ".join(pool[next(picks)] for _ in range(2)) + " " + title.lower() + "."
        posts.append((t, title, text.capitalize()))

    def block(i: int, t: datetime, title: str, text: str, *, copy: bool = False) -> list[str]:
        label = _clock_label(style, t.hour, t.minute)
        if relative and i == 0 and not copy:
            label = _RELATIVE[lang].format(n=lag)
        if placement == "inline" and not label[:1].isalpha():
            sep = ": " if style == "german" else " "
            return [f"{label}{sep}{title}", text]
        if placement == "byline" and not (relative and i == 0 and not copy):
            return [f"{label} Sam Lee", title, text]
        return [label, title, text]

    lines = ["Live coverage of the " + pool[next(picks)], ""]
    lines += [" ".join(pool[next(picks)] for _ in range(2)).capitalize() + " gave a statement.", ""]
    if draw(st.booleans()):
        i = draw(st.integers(0, n - 1))
        lines += [_PINNED[lang], *block(i, *posts[i], copy=True), ""]
    if draw(st.booleans()):
        listed = sorted(set(draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=3))))
        lines.append(_KEY_EVENTS[lang])
        for i in listed:
            t, title, _text = posts[i]
            lines.append(f"{_clock_label(style, t.hour, t.minute)} {title}")
        lines.append("")
    feed = list(enumerate(posts)) if newest_first else list(reversed(list(enumerate(posts))))
    for i, (t, title, text) in feed:
        lines += [*block(i, t, title, text), ""]
    if draw(st.booleans()):
        lines[-1] = _CHROME[lang]  # glued to the last post
    truth = sorted((t, title) for t, title, _text in posts)
    return "\n".join(lines) + "\n", reference, truth
