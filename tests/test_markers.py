"""Tests of the marker shapes: what a timestamp label line is, and what is not one."""

from __future__ import annotations

import pytest

from liveblog.segment._markers import parse_edit_stamp, parse_marker, to_ascii_digits

# --- lines that are markers: (line, shape, hour, minute, zone, date_text) ---------------------

MARKERS = [
    ("20:15", "clock", 20, 15, None, None),
    ("  19:26 ", "clock", 19, 26, None, None),
    ("٢٠:١٥", "clock", 20, 15, None, None),
    ("۰۹:۰۵", "clock", 9, 5, None, None),
    ("8:15 م", "clock", 20, 15, None, None),
    ("10:00 ص", "clock", 10, 0, None, None),
    ("3.27pm BST", "clock", 15, 27, "BST", None),
    ("12.05am GMT", "clock", 0, 5, "GMT", None),
    ("12.05pm GMT", "clock", 12, 5, "GMT", None),
    ("19.30 GMT", "clock", 19, 30, "GMT", None),
    ("9:18 a.m. ET", "clock", 9, 18, "ET", None),
    ("2m ago (11:58 GMT)", "ago-clock", 11, 58, "GMT", None),
    ("11m ago (10:50 GMT)", "ago-clock", 10, 50, "GMT", None),
    ("2025-12-05@21:44:56 GMT", "iso", 21, 44, "GMT", "2025-12-05"),
    ("Fri 19 Feb 2021 19.41 GMT", "date-clock", 19, 41, "GMT", "Fri 19 Feb 2021"),
    ("29 نوفمبر 2024 - 20:15", "date-clock", 20, 15, None, "29 نوفمبر 2024"),
    ("by Jane Doe on Feb 28, 2013 at 3:34 PM", "byline", 15, 34, None, "Feb 28, 2013"),
    ("JaneDoeon Feb 28, 2013 at 3:34 PM", "byline", 15, 34, None, "Feb 28, 2013"),
]


@pytest.mark.parametrize(("line", "shape", "hour", "minute", "zone", "date_text"), MARKERS)
def test_marker_lines(
    line: str, shape: str, hour: int, minute: int, zone: str | None, date_text: str | None
) -> None:
    """Each real-outlet label shape is recognised and taken apart."""
    m = parse_marker(line)
    assert m is not None
    assert (m.shape, m.hour, m.minute, m.zone, m.date_text) == (shape, hour, minute, zone, date_text)
    assert m.raw == line.strip()


@pytest.mark.parametrize(
    ("line", "relative"),
    [("منذ 5 دقائق", "منذ 5 دقائق"), ("1 month ago", "1 month ago"), ("3h ago", "3h ago")],
)
def test_relative_only_markers(line: str, relative: str) -> None:
    """Labels with only a relative time keep the words for the resolver."""
    m = parse_marker(line)
    assert m is not None
    assert (m.hour, m.relative_text) == (None, relative)


# --- lines that are not markers ---------------------------------------------------------------

NOT_MARKERS = [
    "The meeting is at 15:00",
    "وقالت الوكالة إن الاجتماع عقد الساعة 15:00 بتوقيت دمشق أمس",
    "24:00",
    "19:75",
    "14:00 am",
    "3.14159",
    "2020",
    "15 مدنيا",
    "Score: 2-1",
    "",
    "   ",
    "20:15 " + "x" * 100,
]


@pytest.mark.parametrize("line", NOT_MARKERS)
def test_not_markers(line: str) -> None:
    """A clock inside a sentence, an impossible time or a number is not a marker."""
    assert parse_marker(line) is None


@pytest.mark.parametrize(
    ("line", "hour", "minute"),
    [("Updated at 9.18am BST", 9, 18), ("updated 21:05", 21, 5), ("آخر تحديث 20:40", None, None)],
)
def test_edit_stamps(line: str, hour: int | None, minute: int | None) -> None:
    """'Updated at …' is an edit stamp; page-level 'last update' lines are not edits."""
    m = parse_edit_stamp(line)
    if hour is None:
        assert m is None
    else:
        assert m is not None
        assert (m.hour, m.minute) == (hour, minute)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٢٠:١٥", "20:15"),  # Arabic-Indic
        ("۰۹:۰۵", "09:05"),  # Persian
        ("الساعة ٨ و۳٠ دقيقة", "الساعة 8 و30 دقيقة"),  # both kinds, among letters
        ("20:15 مساء", "20:15 مساء"),  # nothing to change: the same text back
        ("١٫٥", "1٫5"),  # the Arabic decimal separator is not a digit
        ("", ""),
    ],
)
def test_to_ascii_digits(text: str, expected: str) -> None:
    """Eastern Arabic digits become ASCII digits; every other character stays, at its place."""
    assert to_ascii_digits(text) == expected
