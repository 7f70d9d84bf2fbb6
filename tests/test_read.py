"""Tests of liveblog.read: decoding, limits and errors."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from liveblog.errors import InputError, LimitError, LiveblogError
from liveblog.read import decode, looks_like_html, read_bytes, read_path, read_text

# --- decoding: good input ---------------------------------------------------------------------

GOOD = [
    ("utf-8", "20:15\nخبر".encode(), "20:15\nخبر"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + "خبر".encode(), "خبر"),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + "٢٠:١٥ خبر".encode("utf-16-le"), "٢٠:١٥ خبر"),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + "Live".encode("utf-16-be"), "Live"),
    ("empty", b"", ""),
]


@pytest.mark.parametrize(("name", "data", "text"), GOOD, ids=[g[0] for g in GOOD])
def test_decode_good(name: str, data: bytes, text: str) -> None:
    """Text encodings real pages ship decode to the same characters."""
    assert decode(data)[0] == text


def test_crlf_and_cr_become_lf() -> None:
    """Windows and old-Mac newlines are normalised so spans are stable."""
    assert read_bytes(b"a\r\nb\rc").text == "a\nb\nc"


def test_a_few_bad_bytes_are_replaced_and_reported() -> None:
    """A stray invalid byte in long UTF-8 text is replaced and its offset reported, not fatal."""
    data = ("خبر عاجل " * 200).encode() + b"\xff" + b" end"
    doc = read_bytes(data)
    assert "\ufffd" in doc.text
    assert any(f"byte offset {len(data) - 5}" in note for note in doc.notes)


# --- decoding: bad input ----------------------------------------------------------------------

BAD = [
    ("NUL bytes", b"20:15\x00\x00\x01binary", "binary"),
    ("no text encoding fits", bytes(range(0x80, 0x100)) * 4, "not UTF-8 text .* declares no encoding"),
    ("PNG header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("bad utf-16", codecs.BOM_UTF16_LE + b"\x00\xd8", "utf-16-le byte order mark but is not utf-16-le"),
]


@pytest.mark.parametrize(("name", "data", "says"), BAD, ids=[b[0] for b in BAD])
def test_decode_bad(name: str, data: bytes, says: str) -> None:
    """Bytes that are not text are an InputError that says why."""
    with pytest.raises(InputError, match=says):
        decode(data)


def test_size_limit() -> None:
    """Input over the limit is a LimitError naming both sizes."""
    with pytest.raises(LimitError, match="over the limit of 10 bytes"):
        read_bytes(b"x" * 11, max_bytes=10)


# --- paths ------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    """A missing file is named in the error."""
    with pytest.raises(InputError, match=r"no such file: '.*nope\.txt'"):
        read_path(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    """A directory is refused with a message that says so."""
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_errors_are_liveblog_errors_and_value_errors(tmp_path: Path) -> None:
    """Input errors are catchable both as LiveblogError and as the builtin."""
    with pytest.raises(LiveblogError):
        read_path(tmp_path / "nope")
    with pytest.raises(ValueError, match="no such file"):
        read_path(tmp_path / "nope")


def test_path_source_is_kept(tmp_path: Path) -> None:
    """The path a page came from is the document's source."""
    page = tmp_path / "p.txt"
    page.write_text("20:15\nخبر", encoding="utf-8")
    assert read_path(page).source == str(page)


# --- HTML -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("  <html lang='ar'><body>x</body></html>", True),
        ("<div>not a page</div>", False),
        ("20:15\n<b>bold</b> words copied", False),
        ("Live updates", False),
    ],
)
def test_looks_like_html(text: str, is_html: bool) -> None:
    """Only whole pages are read as HTML; copied text with a tag stays text."""
    assert looks_like_html(text) is is_html


def test_html_visible_text_drops_scripts_and_keeps_blocks() -> None:
    """An HTML page is read as its visible text, one paragraph per block, title kept."""
    html = (
        "<!doctype html><html><head><title>Live: day 3</title><script>var t='20:15';</script></head>"
        "<body><p>20:15</p><p>Fighters <b>enter</b> the city</p><style>p{}</style></body></html>"
    )
    doc = read_text(html)
    assert doc.title == "Live: day 3"
    assert doc.text == "20:15\n\nFighters enter the city\n"  # each block its own paragraph


# --- broken pages -----------------------------------------------------------------------------


def test_truncated_html_falls_back_gracefully() -> None:
    """A page cut off mid-tag is still read: the blocks that arrived, nothing raised."""
    import liveblog

    html = (
        "<!doctype html><html><head><title>Live</title></head><body>"
        '<div class="post"><time datetime="2024-11-29T20:15:00+03:00">20:15</time><p>First post</p></div>'
        '<div class="post"><time datetime="2024-11-29T20:40:00+03:00">20:40</time><p>Second po'
    )
    tl = liveblog.parse(html, reference="2024-11-29T21:00", tz="Asia/Damascus")
    # A lone short line under a marker is the post's headline (see docs/segmenting.md).
    assert [(e.marker, e.title or e.text) for e in tl.entries if e.kind.value == "post"] == [
        ("20:15", "First post"),
        ("20:40", "Second po"),
    ]


def test_fifty_megabyte_page_is_refused_before_decoding() -> None:
    """A 50 MB page is over the default cap: a LimitError that names the sizes, at once."""
    data = b"20:15\n" + b"x" * (50 * 1024 * 1024)
    with pytest.raises(LimitError, match=r"over the limit of 33,554,432 bytes"):
        read_bytes(data)
