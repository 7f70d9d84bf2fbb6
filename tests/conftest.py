"""Shared fixtures: the seed page and its fixed reference."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10bbcf9e3c36c249.txt"
SEED_REFERENCE = "2024-11-29T21:00"
SEED_TZ = "Asia/Damascus"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The user's example page, as bytes decoded from the file."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_timeline(seed_text: str):  # type: ignore[no-untyped-def]
    """The seed page parsed with its fixed reference (Friday 21:00, Damascus)."""
    import liveblog

    return liveblog.parse(seed_text, reference=SEED_REFERENCE, tz=SEED_TZ)
