"""The reference and the checks the Romance tables share (tests/test_romance_classes.py,
tests/test_rom6_classes.py): Wednesday 15 May 2024, 10:00 in Paris (CEST, +02:00)."""

from __future__ import annotations

from liveblog import resolve
from liveblog.model import When

REF = "2024-05-15T10:00:00+02:00"
TZ = "Europe/Paris"


def read(lang: str, text: str, prefer: str = "future") -> When | None:
    return resolve(text, REF, prefer=prefer, tz=TZ, languages=[lang])  # type: ignore[arg-type]


def check(lang: str, text: str, timex: str | None) -> None:
    """``text`` resolves to ``timex`` (None: no date), leaning to the future."""
    when = read(lang, text)
    if timex is None:
        assert when is None, f"{text!r} is no date, got {when!r}"
        return
    assert when is not None, f"{text!r} gave no date"
    assert when.timex == timex, f"{text!r}: {when.timex} != {timex}"
