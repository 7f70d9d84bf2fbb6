"""The dateparser fallback: years outside SUPPORTED_YEARS are no date, not a crash."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveblog.cli import main
from liveblog.resolve._fallback import dateparser_find, dateparser_resolve

# (zone, text): each date, or a day's bounds in that zone, falls outside the years 2 to 9998
EDGES = [
    ("Asia/Damascus", "0001-01-01"),  # the day starts before 0001-01-01 00:00 UTC
    ("America/Los_Angeles", "9999-12-31"),  # the day ends after 9999-12-31 23:59 UTC
    ("Asia/Damascus", "1. Januar 0001"),
    ("Asia/Damascus", "31. Dezember 9999"),
    ("Asia/Damascus", "9998-12-31"),  # the day ends at 9999-01-01 00:00, outside the years
    ("Pacific/Kiritimati", "0001-01-01"),
    ("Pacific/Pago_Pago", "9999-12-31"),
]


@pytest.mark.parametrize(("zone", "text"), EDGES)
def test_edge_years_are_no_date(zone: str, text: str) -> None:
    ref = datetime(2024, 11, 29, 21, 0, tzinfo=ZoneInfo(zone))
    assert dateparser_resolve(text, ref, "past", ["de"]) is None
    assert dateparser_find(f"Am {text} war nichts.", ref, "past", ["de"]) == []


@pytest.mark.parametrize(("zone", "text"), EDGES)
def test_resolve_command_says_no_date(zone: str, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    """No traceback: an ISO date is "no date" (1); a worded one may still match a rule (a month name, 0)."""
    argv = ["resolve", "--reference", "2024-11-29T21:00", "--tz", zone, "--lang", "de", text]
    code = main(argv)
    assert code == 1 if "-" in text else code in (0, 1)
    assert "Traceback" not in capsys.readouterr().err


def test_the_first_supported_year_still_reads() -> None:
    """Year 2 lies inside SUPPORTED_YEARS: 0002-01-01 is still read as that day."""
    ref = datetime(2024, 11, 29, 21, 0, tzinfo=ZoneInfo("Asia/Damascus"))
    when = dateparser_resolve("0002-01-01", ref, "past", ["de"])
    assert when is not None
    assert when.start.date().isoformat() == "0002-01-01"
