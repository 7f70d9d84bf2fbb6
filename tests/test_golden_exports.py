"""Golden ICS and JSON of the seed page, checked by hand against the page.

Each instant in the golden files was compared with the facts listed in the
foundation issue (written from reading the Arabic page): the month of March
2020 (all-day 2020-03-01 to 2020-04-01), Thursday 28 November (all day), its
evening 15:00Z-21:00Z (18:00-24:00 +03:00), just after midnight Friday
21:00Z-00:00Z, Friday (all day, four events: the lead and three statements),
dawn 01:00Z-04:00Z, the posts at 12:03Z, 14:57Z, 16:26Z, 17:15Z and "about
three hours ago" 15:00Z-16:00Z. Regenerate only after checking again by eye.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liveblog.cli import main

from .conftest import ROOT, SEED_REFERENCE, SEED_TZ

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("fmt", ["ics", "json"])
def test_seed_export_matches_golden(
    fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`liveblog export` of the seed is byte-for-byte the checked golden file."""
    monkeypatch.chdir(ROOT)
    seed = "seeds/000_10bbcf9e3c36c249.txt"
    code = main(["export", seed, "--format", fmt, "--reference", SEED_REFERENCE, "--tz", SEED_TZ])
    out = capsys.readouterr().out
    assert code == 0
    golden = (GOLDEN / f"seed.{fmt}").read_bytes().decode("utf-8")
    assert out.replace("\r\n", "\n") == golden.replace("\r\n", "\n")
