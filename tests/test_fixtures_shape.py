"""The hand-written fixture expectations are well formed and agree with their pages.

These tests do not run liveblog: they pin down the fixtures themselves, so an
expected file cannot drift from the page it describes (every quoted string must
occur in the page, times must be in order and in the page's zone, counts must
add up). See tests/fixtures/README.md for the format.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = sorted(FIXTURES.rglob("*.expected.json"))
PAGE_SUFFIXES = (".html", ".txt")

TOP_REQUIRED = {
    "reference": str,
    "tz": str,
    "lang": str,
    "title": (str, type(None)),
    "order": str,
    "raw_entry_count": int,
    "entries": list,
    "ignored_contains": list,
    "notes": list,
}
TOP_OPTIONAL = {
    "reference_source": str,
    "page_reference": (str, type(None)),
    "raw_by_kind": dict,
    "expect_notes": list,
    "pages": list,
}
ENTRY_REQUIRED = {
    "time": (str, type(None)),
    "kind": str,
    "title": (str, type(None)),
    "text_starts_with": str,
    "marker": (str, type(None)),
}
ENTRY_OPTIONAL = {
    "anchor": str,
    "updated": str,
    "copies": int,
    "repeat_markers": list,
    "text_contains": str,
    "marker_disagrees": bool,
    "revisions": int,
    "removed": bool,
    "seen_in": list,
    "relative": bool,
}
KINDS = {"post", "lead", "pinned", "summary"}
ORDERS = {"newest_first", "oldest_first"}
LANGS = {"ar", "en", "fr", "de", "es", "it", "pt", "tr", "ru", "fa", "ur", "he"}
LANGS |= {"ja", "zh", "ko", "id", "hi", "nl", "pl", "sv", "uk", "el"}  # pages8: pages in more languages
MINUTE_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$")
DAY_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A clock inside a marker label: "3.27pm", "16:53", "٠٠:٤٥", "at 3:34 PM".
MARKER_CLOCK = re.compile(r"(\d{1,2})[:.h](\d{2})\s*([AaPp][Mm])?")
# pages8: counter clocks (14時30分, 오후 8시 5분) and a part of the day before the clock (下午3:10,
# 오후 10시 30분, दोपहर 2:30 बजे): the words that move the hour past noon, written out by hand.
COUNTER_CLOCK = re.compile(r"(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분]")
AFTERNOON_BEFORE = ("下午", "晚上", "午後", "오후", "दोपहर", "शाम")
ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _expected_id(path: Path) -> str:
    return str(path.relative_to(FIXTURES))


@cache
def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _pages(path: Path) -> list[Path]:
    """The page files an expected file describes (several for a merged snapshot set)."""
    data = _load(path)
    if "pages" in data:
        return [path.parent / name for name in data["pages"]]
    stem = path.name.removesuffix(".expected.json")
    candidates = [path.parent / f"{stem}{suffix}" for suffix in PAGE_SUFFIXES]
    return [page for page in candidates if page.exists()]


@cache
def _searchable(page: Path) -> tuple[str, str]:
    """The page as stored, and (for HTML) its text with tags removed, entities decoded, spaces collapsed."""
    raw = page.read_text(encoding="utf-8")
    if page.suffix != ".html":
        return raw, raw
    text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw, re.sub(r"\s+", " ", text)


def _occurs(needle: str, page: Path) -> bool:
    raw, text = _searchable(page)
    return needle in raw or needle in text


def _occurs_somewhere(needle: str, pages: list[Path]) -> bool:
    return any(_occurs(needle, page) for page in pages)


def _minute(value: str) -> datetime:
    assert MINUTE_ISO.match(value), f"{value!r} is not YYYY-MM-DDTHH:MM±HH:MM"
    return datetime.fromisoformat(value)


def _check_keys(
    obj: Mapping[str, Any], required: Mapping[str, Any], optional: Mapping[str, Any], where: str
) -> None:
    missing = set(required) - set(obj)
    unknown = set(obj) - set(required) - set(optional)
    assert not missing, f"{where}: missing keys {sorted(missing)}"
    assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
    for key, value in obj.items():
        expected_type = required.get(key, optional.get(key))
        assert isinstance(value, expected_type), f"{where}: {key}={value!r} has the wrong type"


def test_every_page_has_an_expected_file() -> None:
    """Each fixture page is described by an expected file (directly or through a merged set)."""
    described = {page for path in EXPECTED for page in _pages(path)}
    pages = {p for p in FIXTURES.rglob("*") if p.suffix in PAGE_SUFFIXES}
    assert pages, "no fixture pages found"
    assert pages <= described, f"pages without expectations: {sorted(map(str, pages - described))}"


@pytest.mark.parametrize("path", EXPECTED, ids=_expected_id)
def test_expected_file_follows_the_format(path: Path) -> None:
    """Top-level and entry keys are exactly the documented ones, with the documented types and values."""
    data = _load(path)
    _check_keys(data, TOP_REQUIRED, TOP_OPTIONAL, path.name)
    assert _pages(path), f"{path.name}: no page file next to it"
    assert all(p.exists() for p in _pages(path)), f"{path.name}: a listed page is missing"
    _minute(data["reference"])
    ZoneInfo(data["tz"])
    found = data.get("page_reference")
    if found is not None and not DAY_ISO.match(found):
        assert _minute(found) <= _minute(data["reference"]), "page_reference after reference"
    assert data["lang"] in LANGS
    assert data["order"] in ORDERS
    assert data["entries"], "an expectation lists at least one entry (the lead)"
    for i, entry in enumerate(data["entries"]):
        _check_keys(entry, ENTRY_REQUIRED, ENTRY_OPTIONAL, f"{path.name} entry {i}")
        assert entry["kind"] in KINDS, entry
        if entry["time"] is not None:
            _minute(entry["time"])
        if entry["kind"] == "lead":
            assert entry["time"] is None, f"a lead has no time: {entry}"
            assert entry["marker"] is None, f"a lead has no marker: {entry}"
        if entry["marker"] is None:
            assert entry["time"] is None, f"a timed entry needs its marker as written: {entry}"
        if "updated" in entry:
            assert entry["time"] is not None, f"only a timed entry can be updated: {entry}"
            assert _minute(entry["updated"]) >= _minute(entry["time"]), f"edited before posted: {entry}"
        assert entry.get("copies", 1) >= 1
        strings = data["ignored_contains"] + data["notes"] + data.get("expect_notes", [])
        assert all(isinstance(s, str) for s in strings)


@pytest.mark.parametrize("path", EXPECTED, ids=_expected_id)
def test_entries_are_listed_in_time_order(path: Path) -> None:
    """Untimed entries (lead, undated summary) come first; timed ones follow, oldest first."""
    entries = _load(path)["entries"]
    timed = [i for i, e in enumerate(entries) if e["time"] is not None]
    untimed = [i for i, e in enumerate(entries) if e["time"] is None]
    assert not untimed or not timed or max(untimed) < min(timed), "untimed entries must come first"
    times = [_minute(entries[i]["time"]) for i in timed]
    assert times == sorted(times), f"entries out of order: {[entries[i]['time'] for i in timed]}"


@pytest.mark.parametrize("path", EXPECTED, ids=_expected_id)
def test_times_are_in_the_page_zone(path: Path) -> None:
    """Every time (and the reference) is written with the UTC offset the page's zone has at that instant."""
    data = _load(path)
    zone = ZoneInfo(data["tz"])
    stamps = [data["reference"]] + [e[k] for e in data["entries"] for k in ("time", "updated") if e.get(k)]
    if data.get("page_reference") and not DAY_ISO.match(data["page_reference"]):
        stamps.append(data["page_reference"])
    for stamp in stamps:
        moment = _minute(stamp)
        assert moment.utcoffset() == moment.astimezone(zone).utcoffset(), f"{stamp!r} is not in {data['tz']}"


@pytest.mark.parametrize("path", EXPECTED, ids=_expected_id)
def test_marker_clock_agrees_with_time(path: Path) -> None:
    """A marker's clock is the entry's local time, unless the entry says its structure disagrees."""
    for entry in _load(path)["entries"]:
        if entry["marker"] is None or entry.get("relative"):
            continue  # a relative marker ("Il y a 5 min") counts back from the reference: no clock
        marker = entry["marker"].translate(ARABIC_INDIC)
        found = MARKER_CLOCK.findall(marker) or [(h, m, "") for h, m in COUNTER_CLOCK.findall(marker)]
        assert found, f"no clock in marker {entry['marker']!r}"
        hour_s, minute_s, half = found[-1]
        if not half and any(word in marker for word in AFTERNOON_BEFORE) and int(hour_s) < 12:
            half = "pm"
        hour = int(hour_s) % 12 + (12 if half.lower() == "pm" else 0) if half else int(hour_s)
        local = _minute(entry["time"])
        agrees = (local.hour, local.minute) == (hour, int(minute_s))
        disagrees = entry.get("marker_disagrees", False)
        assert agrees != disagrees, f"marker {entry['marker']!r} vs time {entry['time']}"


@pytest.mark.parametrize("path", EXPECTED, ids=_expected_id)
def test_quoted_strings_occur_in_the_page(path: Path) -> None:
    """Every text start, marker, title, anchor and ignored string is really in the page it describes."""
    data = _load(path)
    pages = _pages(path)
    if data["title"] is not None:
        assert _occurs_somewhere(data["title"], pages), data["title"]
    for needle in data["ignored_contains"]:
        assert _occurs_somewhere(needle, pages), f"ignored string {needle!r} not in the page"
    for entry in data["entries"]:
        where = [path.parent / name for name in entry.get("seen_in", [])] or pages
        for key in ("text_starts_with", "marker", "title"):
            needle = entry.get(key)
            if needle:
                assert all(_occurs(needle, page) for page in where), f"{key} {needle!r} not in {where}"
        # The latest text wins: text_contains is in the last page that holds the entry.
        if "text_contains" in entry:
            latest = where[-1]
            assert _occurs(entry["text_contains"], latest), f"{entry['text_contains']!r} not in {latest}"
        for needle in entry.get("repeat_markers", []):
            assert _occurs_somewhere(needle, pages), needle
        if "anchor" in entry:
            anchor = entry["anchor"]
            assert anchor.startswith("#")
            assert _occurs_somewhere(f'id="{anchor[1:]}"', pages), f"no element with id {anchor!r}"


@pytest.mark.parametrize("path", EXPECTED, ids=_expected_id)
def test_counts_add_up(path: Path) -> None:
    """raw_entry_count is the sum of copies and of raw_by_kind; dedup never lists more than raw."""
    data = _load(path)
    entries = data["entries"]
    assert data["raw_entry_count"] >= len(entries)
    assert sum(e.get("copies", 1) for e in entries) == data["raw_entry_count"]
    by_kind = data.get("raw_by_kind")
    if by_kind is not None:
        assert set(by_kind) <= KINDS
        assert sum(by_kind.values()) == data["raw_entry_count"]
    for e in entries:
        if "repeat_markers" in e:
            assert len(e["repeat_markers"]) <= e.get("copies", 1) - 1


@pytest.mark.parametrize("path", EXPECTED, ids=_expected_id)
def test_distinct_posts_are_listed_once(path: Path) -> None:
    """No two listed entries share kind, time and opening text (those would be one post listed twice)."""
    keys = [(e["kind"], e["time"], e["text_starts_with"]) for e in _load(path)["entries"]]
    assert len(keys) == len(set(keys)), f"duplicate entries in {path.name}"


@pytest.mark.parametrize("path", EXPECTED, ids=_expected_id)
def test_declared_order_matches_the_page(path: Path) -> None:
    """Markers stand in the page in the declared order (most pairs agree; real pages invert locally)."""
    data = _load(path)
    page = _pages(path)[-1]
    text = _searchable(page)[1]
    timed = [e for e in data["entries"] if e["time"] is not None and e["marker"] in text]
    # The last occurrence is the feed copy: key-events lists and pinned copies stand above the feed.
    placed = sorted((text.rindex(e["marker"]), _minute(e["time"])) for e in timed)
    pairs = [(a[1], b[1]) for i, a in enumerate(placed) for b in placed[i + 1 :] if a[1] != b[1]]
    if len(pairs) < 3:
        pytest.skip("too few timed entries for the order to show")
    ascending = sum(first < second for first, second in pairs)
    agreeing = ascending if data["order"] == "oldest_first" else len(pairs) - ascending
    assert agreeing > len(pairs) - agreeing, f"{path.name}: the page does not read {data['order']}"
