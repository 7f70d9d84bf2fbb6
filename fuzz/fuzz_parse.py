"""atheris target: ``liveblog.parse`` on any bytes or text must give a Timeline or a LiveblogError.

Run a fixed number of iterations (CI) or longer by hand; a crash leaves its
input in ``crash-*`` files to replay with ``python fuzz/fuzz_parse.py crash-…``::

    python fuzz/fuzz_parse.py -atheris_runs=20000
    python fuzz/fuzz_parse.py -max_total_time=600 -max_len=4096 fuzz/corpus/parse
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["liveblog"]):
    import liveblog
    from liveblog.assemble import event_order

from _common import ALLOWED, REFERENCE


def test_one(data: bytes) -> None:
    """One input: as bytes, as text, and as text dressed as an HTML page."""
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    source: str | bytes
    if mode == 0:
        source = rest
    else:
        text = rest.decode("utf-8", errors="replace")
        source = text if mode == 1 else f"<!doctype html><html><body>{text}</body></html>"
    try:
        tl = liveblog.parse(source, reference=REFERENCE, tz="Asia/Damascus")
    except ALLOWED:
        return
    if list(tl.events) != sorted(tl.events, key=event_order):
        raise AssertionError("events out of order")


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
