"""The whole pipeline: read → segment → (resolve) → assemble.

The reference time and zone are settled here, once, at the edge: a naive
reference takes the page zone; a date alone means the end of that day (the
page was read some time that day, so every clock of that day is already past).
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from liveblog._text import langid as _langid
from liveblog._text.zones import zoneinfo
from liveblog.assemble import assemble
from liveblog.errors import ConfigError
from liveblog.model import Document, Entry, EntryKind, Timeline
from liveblog.read import DEFAULT_MAX_BYTES, read_bytes, read_input, read_text
from liveblog.resolve import END_OF_DAY, reference_and_zone
from liveblog.segment import DEFAULT_MAX_ENTRIES, Segmented, segment
from liveblog.segment._markers import parse_marker
from liveblog.segment._pagemeta import ago_minutes, page_stamp

__all__ = [
    "check_language",
    "detect_language",
    "parse",
    "parse_document",
    "parse_input",
    "reference_and_zone",
]

_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")


def _dateparser_languages() -> frozenset[str]:
    from dateparser.data.languages_info import language_order

    return frozenset(code.split("-")[0] for code in language_order)


def check_language(lang: str) -> str:
    """``lang`` when liveblog can read dates in it: its own tables (ar, en) or dateparser's languages.

    Only the primary subtag counts ("ar-SY" is "ar").

    >>> check_language("ar-SY"), check_language("fr")
    ('ar-SY', 'fr')
    >>> check_language("xx")
    Traceback (most recent call last):
    ...
    liveblog.errors.ConfigError: unknown language 'xx': not ar, en or a language of dateparser
    """
    from liveblog.lang import lexicon

    if not _LANG.fullmatch(lang):
        raise ConfigError(f"bad language code {lang!r}; use a code such as 'ar' or 'en'")
    primary = lang.split("-", maxsplit=1)[0]
    if lexicon(primary) is None and primary not in _dateparser_languages():
        raise ConfigError(f"unknown language {lang!r}: not ar, en or a language of dateparser")
    return lang


def detect_language(text: str) -> str:
    """The page's main language (:func:`liveblog._text.langid.detect_language`).

    >>> detect_language("تغطية مباشرة Live"), detect_language("Live updates")
    ('ar', 'en')
    """
    return _langid.detect_language(text)


def _zone(tz: str | tzinfo | None) -> tzinfo:
    if tz is None:
        return ZoneInfo("UTC")
    if isinstance(tz, str):
        if not tz.strip():
            raise ConfigError("empty time zone ''; use an IANA name such as 'Asia/Damascus'")
        return zoneinfo(tz.strip())
    return tz


def _zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or zone.tzname(None) or str(zone)


def _posts(seg: Segmented) -> list[Entry]:
    return [e for e in seg.entries if e.kind is EntryKind.POST and e.when is not None]


def _newest_moment(seg: Segmented) -> datetime | None:
    """The newest post's time, moved on by its "2m ago" label when it has one."""
    posts = _posts(seg)
    if not posts:
        return None
    newest = max(posts, key=lambda e: e.when.start if e.when else datetime.min)
    assert newest.when is not None
    marker = parse_marker(newest.marker) if newest.marker else None
    return newest.when.start + timedelta(minutes=ago_minutes(marker.relative_text if marker else None))


def _page_reference(
    doc: Document, zone: tzinfo, lang: str, max_entries: int
) -> tuple[datetime, str, list[str], Segmented | None]:
    """The page's own reference when the user gave none; see ``docs/reading.md``.

    The last item is the page already segmented with exactly that reference,
    when finding it took that segmentation, so that it is not done twice.
    """
    if doc.reference is not None:
        return doc.reference, doc.reference_source or "page", [], None
    stamp = page_stamp(doc.text, doc.title, zone, lang)
    if stamp is not None and stamp.moment is not None:
        return stamp.moment, stamp.source, [], None
    if stamp is not None and stamp.day is not None:
        provisional = datetime.combine(stamp.day, END_OF_DAY, zone)
        seg = segment(doc, reference=provisional, page_zone=zone, lang=lang, max_entries=max_entries)
        dated = [e.when.start.astimezone(zone).date() for e in _posts(seg) if e.when is not None]
        if dated and min(dated) < stamp.day:  # the feed ran past midnight: its oldest post is on the day
            provisional += stamp.day - min(dated)
            seg = segment(doc, reference=provisional, page_zone=zone, lang=lang, max_entries=max_entries)
        newest = _newest_moment(seg) or provisional
        if stamp.update_clock is not None and stamp.update_zone is not None:
            local_day = newest.astimezone(stamp.update_zone).date()
            update = datetime.combine(local_day, stamp.update_clock, stamp.update_zone)
            if update < newest:
                update += timedelta(days=1)
            return update.astimezone(zone), f"{stamp.source}, on the day of the newest entry", [], None
        return newest, f"{stamp.source}; the newest entry is the latest moment the page shows", [], None
    now = datetime.now(zone).replace(microsecond=0)
    long_ago = now - timedelta(days=400)
    early = segment(doc, reference=long_ago, page_zone=zone, lang=lang, max_entries=max_entries)
    late = segment(doc, reference=now, page_zone=zone, lang=lang, max_entries=max_entries)
    absolute = [
        a.when.start
        for a, b in zip(_posts(early), _posts(late), strict=False)
        if a.when is not None and b.when is not None and a.when.start == b.when.start
    ]
    if absolute:
        return max(absolute), "the newest entry's own date (the page gives no publication date)", [], None
    note = "the page gives no date: its times were read as of now; pass --reference to fix them"
    return now, "now", [note], late


def parse_document(
    doc: Document,
    *,
    reference: str | datetime | date | None = None,
    tz: str | tzinfo | None = None,
    lang: str | None = None,
    max_entries: int = DEFAULT_MAX_ENTRIES,
    snapshot: str | None = None,
) -> Timeline:
    """Segment, resolve and assemble a document that was already read.

    ``snapshot`` names this copy of the page in its entries' copies (default:
    its source and reference time; see :func:`liveblog.assemble.dedup.snapshot_label`).
    """
    if lang is not None:
        check_language(lang)
    language = lang or doc.lang or detect_language(doc.text)
    notes = list(doc.notes)
    reference_source = "user"
    seg: Segmented | None = None
    if reference is None:
        page_zone = _zone(tz) if tz is not None else (doc.reference.tzinfo if doc.reference else _zone(None))
        assert page_zone is not None
        found, reference_source, more, seg = _page_reference(doc, page_zone, language, max_entries)
        notes += more
        reference = found
    ref, zone = reference_and_zone(reference, tz)
    if not doc.text.strip():
        notes.append("the input is empty: no entries")
    if seg is None:
        seg = segment(doc, reference=ref, page_zone=zone, lang=language, max_entries=max_entries)
    source = doc.source
    del doc  # the segmented page holds what assembly needs: the document (its tree, its text) can go
    # Nor does a name here hold the segmented page: assembly lets its raw entries go once they are
    # folded into the timeline's (20,000 entries of a big JSON-LD page, about 3 MB).
    handed = [seg]
    del seg
    return assemble(
        handed.pop(),
        reference=ref,
        tz=_zone_name(zone),
        lang=language,
        source=source,
        reference_source=reference_source,
        notes=notes,
        snapshot=snapshot,
    )


def parse(
    source: str | bytes,
    *,
    reference: str | datetime | date | None = None,
    tz: str | tzinfo | None = None,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_entries: int = DEFAULT_MAX_ENTRIES,
) -> Timeline:
    """Parse page text (or page bytes) into a :class:`~liveblog.model.Timeline`.

    ``reference`` is when the page was read (an ISO string, a date or a
    datetime; default now), ``tz`` the page's IANA zone (default UTC), ``lang``
    its language (default detected). HTML is recognised and read as a page.
    A page over ``max_bytes`` (UTF-8), with more than ``max_entries`` entries or
    with HTML nested deeper than :data:`liveblog.read._html.DEFAULT_MAX_DEPTH` is a
    :class:`~liveblog.errors.LimitError`.

    >>> tl = parse("19:26\\nالخبر الأول", reference="2024-11-29T21:00", tz="Asia/Damascus")
    >>> tl.entries[0].when.start.isoformat()
    '2024-11-29T19:26:00+03:00'
    """
    # No name here holds the document: parse_document lets it go once the page is segmented.
    return parse_document(
        read_bytes(source, max_bytes=max_bytes)
        if isinstance(source, bytes)
        else read_text(source, max_bytes=max_bytes),
        reference=reference,
        tz=tz,
        lang=lang,
        max_entries=max_entries,
    )


def parse_input(
    path: str | os.PathLike[str],
    *,
    reference: str | datetime | date | None = None,
    tz: str | tzinfo | None = None,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_entries: int = DEFAULT_MAX_ENTRIES,
    snapshot: str | None = None,
    timeout: float | None = None,
) -> Timeline:
    """Parse the page at ``path``: a file, ``-`` for standard input, or an http(s) URL.

    ``timeout`` bounds the whole fetch of a URL in seconds (default 20).
    """
    return parse_document(  # no name holds the document (see parse)
        read_input(path, max_bytes=max_bytes, timeout=timeout),
        reference=reference,
        tz=tz,
        lang=lang,
        max_entries=max_entries,
        snapshot=snapshot,
    )
