"""atheris target: ``find_times`` and ``resolve`` on any text give results or a LiveblogError.

Every span found must point at its own text, in order::

    python fuzz/fuzz_resolve.py -atheris_runs=20000
    python fuzz/fuzz_resolve.py -max_total_time=600 fuzz/corpus/resolve
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["liveblog"]):
    import liveblog

from _common import ALLOWED, LANGUAGES, REFERENCE


def test_one(data: bytes) -> None:
    """One input: a language choice, a reference shift, a preference and the text."""
    fdp = atheris.FuzzedDataProvider(data)
    languages = LANGUAGES[fdp.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    reference = REFERENCE + timedelta(minutes=fdp.ConsumeIntInRange(-10_000_000, 10_000_000))
    prefer = ("past", "future", "nearest")[fdp.ConsumeIntInRange(0, 2)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        found = liveblog.find_times(text, reference, prefer=prefer, languages=languages)
        liveblog.resolve(text, reference, prefer=prefer, languages=languages)
    except ALLOWED:
        return
    last = -1
    for f in found:
        if text[f.span.start : f.span.end] != f.text or f.span.start < last:
            raise AssertionError(f"bad span {f.span} for {f.text!r} in {text!r}")
        last = f.span.end


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
