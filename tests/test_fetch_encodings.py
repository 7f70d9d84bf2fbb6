"""Content-Encoding lists a server may send: at most two real layers, ``identity`` skipped, never a crash."""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest

from liveblog.cli import main
from liveblog.errors import FetchError
from liveblog.read._fetch import MAX_ENCODINGS, fetch

from .httpserver import respond, serve

PAGE = b"20:15\nThe bridge reopened to traffic.\n"

# (Content-Encoding header, body, expected: the page, or the start of the error)
CASES = [
    ("gzip, " + "identity, " * 3000 + ", ".join(["gzip"] * 1500), b"x", "lists 1,501 content"),
    ("gzip, gzip, gzip", gzip.compress(gzip.compress(gzip.compress(PAGE))), "lists 3 content encodings"),
    (", ".join(["gzip"] * 5000), b"x", "lists 5,000 content"),
    ("identity, gzip, identity, gzip, identity", gzip.compress(gzip.compress(PAGE)), PAGE),
    (", ".join(["identity"] * 5000), PAGE, PAGE),
    ("gzip, br", b"x", "content encoding 'br'"),
]


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    routes = {
        f"/{i}": respond(200, {"Content-Type": "text/plain", "Content-Encoding": header}, body)
        for i, (header, body, _) in enumerate(CASES)
    }
    with serve(routes) as url:
        yield url


@pytest.mark.parametrize("i", range(len(CASES)))
def test_content_encoding_lists(base: str, i: int) -> None:
    """Two real layers are undone around any identities; more is one FetchError, not a RecursionError."""
    _header, _body, expected = CASES[i]
    if isinstance(expected, bytes):
        assert fetch(f"{base}/{i}", max_bytes=10_000).content == expected
        return
    with pytest.raises(FetchError, match=expected):
        fetch(f"{base}/{i}", max_bytes=10_000)


def test_max_encodings_is_two() -> None:
    assert MAX_ENCODINGS == 2


@pytest.mark.parametrize("command", [["show"], ["export", "--format", "json"]])
def test_cli_reports_one_line(base: str, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI turns the refusal into one error line and exit 2."""
    assert main([*command, f"{base}/0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "content encodings" in err
