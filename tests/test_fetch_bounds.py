"""Fetching stays bounded: in time, in decompressed bytes, and in where a redirect may lead."""

from __future__ import annotations

import gzip
import ipaddress
import resource
import zlib
from collections.abc import Iterator

import httpx
import pytest

from liveblog.errors import FetchError, InputError, LimitError
from liveblog.follow import Follower
from liveblog.read import read_url
from liveblog.read._fetch import Address, fetch

from .httpserver import respond, serve, static, trickle

PAGE = b"20:15\nFighters enter the city\n"
MIB = 1024 * 1024


def _gzip_bomb(size: int, layers: int) -> bytes:
    """``size`` zero bytes gzipped ``layers`` times (compresses about 1000:1 per layer)."""
    data = gzip.compress(b"\0" * size, compresslevel=9)
    for _ in range(layers - 1):
        data = gzip.compress(data, compresslevel=9)
    return data


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    """A local server with the hostile answers under test."""
    bomb = _gzip_bomb(64 * MIB, 2)
    routes = {
        "/page": static(PAGE, "text/plain"),
        "/bomb": respond(200, {"Content-Type": "text/plain", "Content-Encoding": "gzip, gzip"}, bomb),
        "/gzip2": respond(
            200,
            {"Content-Type": "text/plain", "Content-Encoding": "gzip, gzip"},
            gzip.compress(gzip.compress(PAGE)),
        ),
        "/deflate": respond(
            200, {"Content-Type": "text/plain", "Content-Encoding": "deflate"}, zlib.compress(PAGE)
        ),
        "/raw-deflate": respond(
            200, {"Content-Type": "text/plain", "Content-Encoding": "deflate"}, zlib.compress(PAGE, wbits=-15)
        ),
        "/br": respond(200, {"Content-Type": "text/plain", "Content-Encoding": "br"}, b"\x0b\x03\x80abc\x03"),
        "/bad-gzip": respond(
            200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}, b"\x1f\x8bnot gzip"
        ),
        "/trickle": trickle(b"x", 0.5, 40),
        "/304": respond(304, {"ETag": '"v1"'}),
        "/hostile-reason": respond(404, {"Content-Type": "text/plain"}),
        "/hostile-type": static(b"x", "text/\x1b]0;pwned\x07html\x1b[2J"),
        "/same-origin": respond(302, {"Location": "/page"}),
    }
    with serve(routes) as url:
        yield url


# --- decompression ------------------------------------------------------------------------------

ENCODED = [("/gzip2", "gzip, gzip"), ("/deflate", "deflate (zlib)"), ("/raw-deflate", "raw deflate")]


@pytest.mark.parametrize(("path", "how"), ENCODED, ids=[e[1] for e in ENCODED])
def test_content_encodings_are_undone(base: str, path: str, how: str) -> None:
    """Every layer of gzip / deflate (zlib-wrapped or raw) is undone: the page reads as sent."""
    assert fetch(f"{base}{path}", max_bytes=10_000).content == PAGE


def test_double_gzip_bomb_stops_at_the_cap_in_little_memory(base: str) -> None:
    """``gzip, gzip`` of 64 MiB of zeros (a few hundred bytes on the wire) stops at the byte cap.

    Peak memory (ru_maxrss, a high-water mark) may grow by a few MiB, not by the bomb.
    """
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(LimitError, match="decompresses to over the limit of 1,048,576 bytes"):
        fetch(f"{base}/bomb", max_bytes=MIB)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 32 * 1024


@pytest.mark.parametrize(
    ("path", "says"), [("/br", "content encoding 'br'"), ("/bad-gzip", "not valid gzip")]
)
def test_unreadable_encodings_are_fetch_errors(base: str, path: str, says: str) -> None:
    """An encoding we do not decode, or broken gzip, is a FetchError naming it."""
    with pytest.raises(FetchError, match=says):
        fetch(f"{base}{path}", max_bytes=10_000)


# --- time -------------------------------------------------------------------------------------


def test_a_trickling_server_is_stopped_by_the_deadline(base: str) -> None:
    """One byte every 0.5 s never trips a read timeout; the total deadline stops it (20 s of body)."""
    with pytest.raises(FetchError, match=r"timed out after 1\.5 s"):
        read_url(f"{base}/trickle", timeout=1.5)


def test_show_timeout_covers_the_whole_fetch(base: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``liveblog show URL --timeout 1.5`` against a trickling server: one error line, exit 2."""
    from liveblog.cli import main

    assert main(["show", f"{base}/trickle", "--timeout", "1.5"]) == 2
    err = capsys.readouterr().err
    assert err == f"liveblog: error: timed out after 1.5 s fetching '{base}/trickle'\n"


def test_follow_honours_the_deadline(base: str) -> None:
    """``follow --timeout`` bounds each poll's fetch the same way: the poll fails, the run goes on."""
    follower = Follower(f"{base}/trickle", every=60, timeout=1.5)
    poll = follower.poll()
    assert poll.status == "error"
    assert poll.error is not None
    assert "timed out after 1.5 s" in poll.error


# --- answers that are not pages -------------------------------------------------------------------


def test_304_to_a_plain_get_is_a_fetch_error(base: str) -> None:
    """A 304 when no validator was sent is a FetchError, not an assertion."""
    with pytest.raises(FetchError, match="304 Not Modified to a request that was not conditional"):
        read_url(f"{base}/304")


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://[::1]:99999/", "http://exa mple.org:port/", "https://[not-ip]/"]
)
def test_malformed_url_is_an_input_error(url: str) -> None:
    """A URL that cannot be parsed is an InputError naming it, before any connection."""
    with pytest.raises(InputError, match="URL"):
        read_url(url)


@pytest.mark.parametrize(
    ("path", "reason", "clean"),
    [("/hostile-type", None, "is text/]0;pwnedhtml"), ("/hostile-reason", None, "HTTP 404")],
)
def test_what_a_server_says_reaches_messages_clean(
    base: str, path: str, reason: str | None, clean: str
) -> None:
    """A Content-Type (or reason phrase) with escapes reaches the error message without them."""
    with pytest.raises(FetchError) as info:
        fetch(f"{base}{path}", max_bytes=10_000)
    assert "\x1b" not in str(info.value)
    assert "\x07" not in str(info.value)


# --- where redirects may lead -------------------------------------------------------------------

PUBLIC = ipaddress.ip_address("93.184.216.34")


def _resolver(table: dict[str, str]):  # type: ignore[no-untyped-def]
    def resolve(host: str, _port: int) -> list[Address]:
        return [ipaddress.ip_address(table.get(host, host))]

    return resolve


def _mock(location: str) -> httpx.Client:
    """A client whose every answer is a redirect to ``location`` (or the page, once there)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if str(request.url).startswith("http://news.example/"):
            return httpx.Response(302, headers={"Location": location})
        return httpx.Response(200, headers={"Content-Type": "text/plain"}, stream=httpx.ByteStream(PAGE))

    return httpx.Client(transport=httpx.MockTransport(handler))


# (where a public page redirects, why it is refused; None: followed)
REDIRECTS = [
    ("http://127.0.0.1:8080/admin", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://10.0.0.5/", "private"),
    ("http://192.168.1.1/router", "private"),
    ("http://172.16.0.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[fe80::1]/", "link-local"),
    ("http://0.0.0.0/", "(private|reserved)"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://internal.example/", "private"),  # a name that resolves to a private address
    ("http://elsewhere.example/page", None),
]


@pytest.mark.parametrize(("location", "kind"), REDIRECTS)
def test_a_public_page_may_not_redirect_inward(location: str, kind: str | None) -> None:
    """Each hop's resolved address is checked: public → loopback/private/link-local/reserved is refused."""
    resolve = _resolver(
        {"news.example": str(PUBLIC), "internal.example": "10.1.2.3", "elsewhere.example": "1.1.1.1"}
    )
    with _mock(location) as client:
        if kind is None:
            assert (
                fetch("http://news.example/live", max_bytes=10_000, client=client, resolve=resolve).content
                == PAGE
            )
            return
        with pytest.raises(FetchError, match=f"is a {kind} address"):
            fetch("http://news.example/live", max_bytes=10_000, client=client, resolve=resolve)


def test_a_private_url_named_directly_is_read(base: str) -> None:
    """The user may name a loopback URL, and it may redirect within its own host and port."""
    assert fetch(f"{base}/page", max_bytes=10_000).content == PAGE
    assert fetch(f"{base}/same-origin", max_bytes=10_000).content == PAGE


def test_loopback_may_not_redirect_to_another_port(base: str) -> None:
    """A local page redirecting to another port on loopback is refused."""
    with (
        serve({"/away": respond(302, {"Location": f"{base}/page"})}) as other,
        pytest.raises(FetchError, match=r"refusing a redirect to .* is a loopback address"),
    ):
        fetch(f"{other}/away", max_bytes=10_000)


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",  # the metadata address behind NAT64
        "http://[2002:a9fe:a9fe::]/",  # and inside a 6to4 address
    ],
)
def test_link_local_is_refused_even_when_named(url: str) -> None:
    """Link-local (``169.254.169.254``: cloud metadata, also inside NAT64/6to4) is refused before any
    request, even named."""
    asked: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        return httpx.Response(200, headers={"Content-Type": "text/plain"}, stream=httpx.ByteStream(PAGE))

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as client,
        pytest.raises(FetchError, match="is a link-local address"),
    ):
        fetch(url, max_bytes=10_000, client=client)
    assert asked == []
