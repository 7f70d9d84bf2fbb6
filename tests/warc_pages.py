"""A web archive written in the tests with warcio: captures of one live page over an hour and a half.

The page https://news.example/live, times in UTC:

| capture (WARC-Date) | posts on the page                                          |
| ------------------- | ---------------------------------------------------------- |
| 10:00               | 09:30 rescue, 09:45 airport                                |
| 10:30               | 09:30 rescue, 09:45 airport (edited: a sentence added), 10:15 power |
| 11:00               | 09:45 airport (edited), 10:15 power, 10:50 mayor — rescue removed |
| 11:30 (cut short)   | the file ends inside this record: it must be left out      |

Between them: a request record, a PNG image of the page (not HTML), and a 404
answer for another URL — none of them is a page.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

URL = "https://news.example/live"
RESCUE = "Rescue teams reached the northern district of the city."
AIRPORT = "The airport was closed to all flights until further notice."
AIRPORT_EDITED = AIRPORT + " Officials said the runway was damaged."
POWER = "Power was restored in three neighbourhoods."
MAYOR = "The mayor visited the field hospital."

# (capture time, posts as (clock, text))
CAPTURES = [
    ("2024-11-29T10:00:00Z", [("09:30", RESCUE), ("09:45", AIRPORT)]),
    ("2024-11-29T10:30:00Z", [("09:30", RESCUE), ("09:45", AIRPORT_EDITED), ("10:15", POWER)]),
    ("2024-11-29T11:00:00Z", [("09:45", AIRPORT_EDITED), ("10:15", POWER), ("10:50", MAYOR)]),
]
CUT_CAPTURE = ("2024-11-29T11:30:00Z", [("11:20", "A post in a capture the file cuts short.")] * 40)


def page(posts: list[tuple[str, str]]) -> bytes:
    """The live page's HTML, newest post first as live blogs show them."""
    body = "".join(f"<article><p>{clock}</p><p>{text}</p></article>" for clock, text in reversed(posts))
    return f"<!doctype html><html><body><h1>Live</h1>{body}</body></html>".encode()


def _response(w: WARCWriter, url: str, date: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = w.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
    )
    _write(w, record)


def _write(w: WARCWriter, record: Any) -> None:
    w.write_record(record)
    record.raw_stream.close()  # warcio buffers the payload in a temporary file to digest it


def write_archive(path: Path, *, gzip: bool = True, cut: bool = True) -> Path:
    """Write the archive described above to ``path`` (the last capture cut short when ``cut``)."""
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        for date, posts in CAPTURES:
            request = w.create_warc_record(
                URL,
                "request",
                payload=io.BytesIO(b"GET /live HTTP/1.1\r\n\r\n"),
                warc_headers_dict={"WARC-Date": date},
            )
            _write(w, request)
            _response(w, URL, date, page(posts), "text/html; charset=utf-8")
            _response(w, URL + ".png", date, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        _response(
            w,
            "https://news.example/gone",
            "2024-11-29T11:10:00Z",
            b"<html>404</html>",
            "text/html",
            "404 Not Found",
        )
        whole = f.tell()
        date, posts = CUT_CAPTURE
        _response(w, URL, date, page(posts), "text/html; charset=utf-8")
        end = f.tell()
    if cut:
        with path.open("r+b") as f:
            f.truncate(whole + (end - whole) // 2)
    return path
