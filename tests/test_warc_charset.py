"""A WARC capture's declared charset is judged by the one reader function, as for a fetched page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from liveblog._warc import captures
from liveblog.read import read_bytes

BODY = "<html><body><article><p>09:30</p><p>Prices rose 5 \u20ac today.</p></article></body></html>"

# (Content-Type charset parameter, body encoding, a note the read must carry or "")
CHARSETS = [
    ("latin1", "cp1252", "decoded as cp1252"),  # the web reads latin1 as windows-1252: 0x80 is €
    ("windows-1252", "cp1252", "decoded as cp1252"),
    ("zlib", "utf-8", "'zlib' is not a text encoding and was ignored"),  # a codec, not a charset
    ("no-such-charset", "utf-8", "'no-such-charset' is not a text encoding and was ignored"),
]


def _archive(path: Path, charset: str, body: bytes) -> Path:
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=False)
        ctype = f"text/html; charset={charset}"
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = w.create_warc_record(
            "https://news.example/live",
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-11-29T10:00:00Z"},
        )
        w.write_record(record)
        record.raw_stream.close()
    return path


@pytest.mark.parametrize(("charset", "encoding", "note"), CHARSETS)
def test_the_declared_charset_reaches_the_reader(
    tmp_path: Path, charset: str, encoding: str, note: str
) -> None:
    path = _archive(tmp_path / "c.warc", charset, BODY.encode(encoding))
    (capture,) = captures(str(path), max_bytes=1 << 20)
    assert capture.payload is not None
    doc = read_bytes(capture.payload, source="c", charset=capture.charset)
    assert "Prices rose 5 \u20ac today." in doc.text
    assert any(note in n for n in doc.notes), doc.notes
