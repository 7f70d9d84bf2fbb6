"""Real-looking pages end to end: each fixture against its hand-written expected file.

The expected files (``tests/fixtures/*.expected.json``) were written by reading
the pages; ``tests/fixtures/README.md`` describes the format. Deduplication is
folds repeats into one entry that keeps each raw appearance in
``Entry.copies``: raw counts are counted over copies here, and the deduplicated
lists are compared exactly in ``tests/test_dedup.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from liveblog.model import Entry, Timeline
from liveblog.pipeline import parse_input
from liveblog.read import read_path
from liveblog.segment._lines import split_lines

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.glob("*.expected.json"))


def _page(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    for ext in (".html", ".txt"):
        if (FIXTURES / f"{stem}{ext}").exists():
            return FIXTURES / f"{stem}{ext}"
    raise FileNotFoundError(stem)


def _load(expected: Path) -> tuple[dict[str, Any], Timeline]:
    exp = json.loads(expected.read_text(encoding="utf-8"))
    return exp, parse_input(_page(expected), reference=exp["reference"], tz=exp["tz"])


def _minute(e: Entry) -> str | None:
    return (
        e.when.start.strftime("%Y-%m-%dT%H:%M%z")[:-2] + ":" + e.when.start.strftime("%z")[-2:]
        if e.when
        else None
    )


IDS = [p.name.removesuffix(".expected.json") for p in PAGES]


@pytest.mark.parametrize("expected", PAGES, ids=IDS)
def test_every_expected_entry_is_found(expected: Path) -> None:
    """Each hand-listed entry appears with its kind, minute, marker, title and opening words."""
    exp, tl = _load(expected)
    for want in exp["entries"]:
        if want["kind"] == "lead":
            leads = [e for e in tl.entries if e.kind.value == "lead"]
            if want["text_starts_with"]:
                assert leads, "no lead entry"
                assert leads[0].text.startswith(want["text_starts_with"]), leads[0].text[:60]
            continue
        matches = [
            e
            for e in tl.entries
            if _minute(e) == want["time"]
            and e.marker == want["marker"]
            and (e.title or None) == want["title"]
            and e.text.startswith(want["text_starts_with"])
        ]
        assert matches, f"missing {want['time']} {want['marker']!r} {want['title']!r}"
        assert any(e.kind.value == want["kind"] for e in matches) or want.get("copies"), want


@pytest.mark.parametrize("expected", PAGES, ids=IDS)
def test_raw_entry_counts(expected: Path) -> None:
    """Before deduplication the page gives exactly the hand-counted entries, by kind."""
    exp, tl = _load(expected)
    raw = [c for e in tl.entries for c in e.copies]
    assert len(raw) == exp["raw_entry_count"]
    if "raw_by_kind" in exp:
        assert dict(Counter(c.kind.value for c in raw)) == exp["raw_by_kind"]


@pytest.mark.parametrize("expected", PAGES, ids=IDS)
def test_title_chrome_and_notes(expected: Path) -> None:
    """The title is the page's headline; chrome is set aside; notable facts are noted."""
    exp, tl = _load(expected)
    assert tl.title == exp["title"]
    for chrome in exp["ignored_contains"]:
        assert any(chrome in ig.text for ig in tl.ignored), chrome
    for word in exp.get("expect_notes", []):
        assert any(word.lower() in n.lower() for n in tl.notes), (word, tl.notes)


@pytest.mark.parametrize("expected", PAGES, ids=IDS)
def test_reference_found_on_the_page(expected: Path) -> None:
    """Without --reference the page's own stamp gives the expected reference (to the minute)."""
    exp = json.loads(expected.read_text(encoding="utf-8"))
    if exp.get("page_reference") is None:
        pytest.skip("the page gives no usable date: the user must pass --reference")
    tl = parse_input(_page(expected), tz=exp["tz"])
    assert tl.reference.isoformat()[:16] == exp["reference"][:16]
    assert (
        tl.reference.utcoffset()
        == parse_input(_page(expected), reference=exp["reference"], tz=exp["tz"]).reference.utcoffset()
    )
    assert tl.reference_source not in ("now", "user")


@pytest.mark.parametrize("expected", PAGES, ids=IDS)
def test_every_line_ends_in_one_entry_or_ignored(expected: Path) -> None:
    """Nothing is lost silently: each non-blank line is in exactly one entry or one ignored record."""
    _exp, tl = _load(expected)
    doc = read_path(_page(expected))
    for line in split_lines(doc.text):
        if not line.text.strip():
            continue
        pos = line.span.start + (len(line.text) - len(line.text.lstrip()))
        ignored = [ig.reason for ig in tl.ignored if ig.span.start <= pos < ig.span.end]
        entries = [c.id for e in tl.entries for c in e.copies if c.span.start <= pos < c.span.end]
        # Set-aside lines inside an entry's span are the parts its text leaves out: ignored wins.
        assert len(ignored) == 1 or (not ignored and len(entries) == 1), (line.text[:60], ignored, entries)
