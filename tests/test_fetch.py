"""Tests of reading pages from URLs, against a local server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from liveblog.errors import FetchError, InputError, LimitError
from liveblog.read import read_url
from liveblog.read._fetch import fetch

from .httpserver import serve, slow, static

PAGE = (
    "<!doctype html><html><head><title>Live</title></head>"
    "<body><p>20:15</p><p>Fighters enter</p></body></html>"
)


def _redirect_to(target: str):  # type: ignore[no-untyped-def]
    def route(_req: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        return 302, {"Location": target}, b""

    return route


def _conditional(req: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
    if req.headers.get("If-None-Match") == '"v1"':
        return 304, {"ETag": '"v1"'}, b""
    return 200, {"Content-Type": "text/plain", "ETag": '"v1"'}, b"20:15\nfirst"


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    """A local server with one route per behaviour under test."""
    routes = {
        "/page": static(PAGE),
        "/arabic-1256": static("20:15\nدخلت القوات".encode("cp1256"), "text/plain; charset=windows-1256"),
        "/pdf": static(b"%PDF-1.7 ...", "application/pdf"),
        "/gone": static("gone", "text/plain", status=410),
        "/error": static("boom", "text/plain", status=500),
        "/slow": slow(3.0),
        "/big": static("x" * 5000, "text/plain"),
        "/loop": _redirect_to("/loop"),
        "/moved": _redirect_to("/page"),
        "/conditional": _conditional,
    }
    with serve(routes) as url:
        yield url


def test_page_is_read_and_its_url_kept(base: str) -> None:
    """A page read from a URL keeps the URL as its source."""
    doc = read_url(f"{base}/page")
    assert doc.title == "Live"
    assert "Fighters enter" in doc.text
    assert doc.source == f"{base}/page"


def test_redirect_is_followed_and_final_url_kept(base: str) -> None:
    """A redirect is followed; the final URL is the source."""
    assert read_url(f"{base}/moved").source == f"{base}/page"


def test_declared_charset_is_honoured(base: str) -> None:
    """A server-declared windows-1256 page is decoded as such, with a note."""
    doc = read_url(f"{base}/arabic-1256")
    assert "دخلت القوات" in doc.text
    assert any("windows-1256" in n or "cp1256" in n for n in doc.notes)


# (path, error type, words in the message)
FAILURES = [
    ("/nothing-here", FetchError, "HTTP 404 Not Found"),
    ("/gone", FetchError, "HTTP 410 Gone"),
    ("/error", FetchError, "HTTP 500"),
    ("/pdf", FetchError, "is application/pdf, not a web page"),
    ("/loop", FetchError, "more than 5 redirects"),
]


@pytest.mark.parametrize(("path", "error", "says"), FAILURES)
def test_fetch_failures(base: str, path: str, error: type[Exception], says: str) -> None:
    """Each HTTP failure is a FetchError naming the URL and the cause."""
    with pytest.raises(error, match=says) as info:
        read_url(f"{base}{path}")
    assert path in str(info.value)


def test_timeout(base: str) -> None:
    """A server slower than the timeout is a FetchError that says it timed out."""
    with pytest.raises(FetchError, match=r"timed out after 0\.5 s"):
        read_url(f"{base}/slow", timeout=0.5)


def test_size_cap(base: str) -> None:
    """A page over the byte cap is refused before it is all read."""
    with pytest.raises(LimitError, match="over the limit of 1,000 bytes"):
        read_url(f"{base}/big", max_bytes=1000)


@pytest.mark.parametrize("url", ["ftp://example.org/page", "file:///etc/passwd", "http://"])
def test_only_http_urls(url: str) -> None:
    """Other schemes, or a URL without a host, are refused before any connection."""
    with pytest.raises(InputError, match="URL"):
        read_url(url)


def test_unreachable_host() -> None:
    """A port nobody listens on is a FetchError, not a traceback."""
    with pytest.raises(FetchError, match="cannot connect"):
        read_url("http://127.0.0.1:9/page", timeout=2)


def test_conditional_request_gets_304(base: str) -> None:
    """With the ETag of the last poll, an unchanged page answers 304 and no body."""
    first = fetch(f"{base}/conditional", max_bytes=10_000)
    assert (first.status, first.etag) == (200, '"v1"')
    again = fetch(f"{base}/conditional", max_bytes=10_000, etag=first.etag)
    assert (again.status, again.content) == (304, None)
