"""Malformed WARC records that warcio fails on in its own way are one problem, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liveblog._warc import captures
from liveblog.cli import main

from .warc_pages import URL, write_archive

NO_URI = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nxx"
NO_URI_WHOLE = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 2\r\n\r\nxx\r\n\r\n"

# (name, the malformed record): warcio raises an AttributeError reading both
MALFORMED = [("no-uri-cut", NO_URI), ("no-uri-whole", NO_URI_WHOLE)]


@pytest.mark.parametrize(("name", "record"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_a_malformed_record_alone_is_one_problem(tmp_path: Path, name: str, record: bytes) -> None:
    path = tmp_path / f"{name}.warc"
    path.write_bytes(record)
    found = list(captures(str(path), max_bytes=1 << 20))
    assert len(found) == 1
    assert found[0].problem is not None
    assert "not a readable web archive" in found[0].problem


@pytest.mark.parametrize(("name", "record"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_captures_before_a_malformed_record_are_kept(tmp_path: Path, name: str, record: bytes) -> None:
    """The four whole captures before the bad record are yielded, then one problem."""
    path = write_archive(tmp_path / f"{name}.warc", gzip=False, cut=False)
    with path.open("ab") as f:
        f.write(record)
    found = list(captures(str(path), max_bytes=1 << 20))
    assert [c.url for c in found if c.problem is None] == [URL] * 4
    assert len(found) == 5
    assert found[-1].problem is not None
    assert "malformed record" in found[-1].problem


def test_history_of_a_malformed_archive_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(NO_URI)
    assert main(["history", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not a readable web archive" in err


def test_batch_of_a_malformed_archive_keeps_the_pages_in_flight(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """batch writes a line for each whole capture, then one error line for the bad record."""
    path = write_archive(tmp_path / "bad.warc", gzip=False, cut=False)
    with path.open("ab") as f:
        f.write(NO_URI)
    assert main(["batch", str(path)]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [("error" in line) for line in lines] == [False] * 4 + [True]
    assert "malformed record" in lines[-1]["error"]
