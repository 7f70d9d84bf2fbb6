"""Fetching pages over HTTP(S) with httpx: bounded in time, bytes, redirects and where they lead.

Every failure is a :class:`~liveblog.errors.FetchError` (or a
:class:`~liveblog.errors.LimitError` for a page over the size cap) whose
message names the URL and what went wrong; what the server said (a reason
phrase, a content type) is cleaned of control characters and escapes first.
Conditional requests (ETag / Last-Modified) let a follower poll politely.

The bounds (see ``docs/reading.md``):

- **time**: ``timeout`` is the whole fetch, redirects included: connecting,
  waiting and reading all count against one deadline, so a server that sends
  one byte every half second is stopped;
- **bytes**: the body is decompressed here, layer by layer (``Content-Encoding:
  gzip, gzip``), each layer's output bounded *while* decompressing, so a
  compression bomb stops at ``max_bytes`` having used a few chunks of memory;
- **redirects**: at most :data:`MAX_REDIRECTS`, followed by hand; each hop's
  host is resolved and a page may not send us to a loopback, private,
  link-local or reserved address unless the user named that very host and
  port; link-local addresses (``169.254.169.254``, the cloud metadata
  service) are refused even when named. IPv6 forms of an IPv4 address
  (``::ffff:``, 6to4 ``2002::/16``, NAT64 ``64:ff9b::/96``) are judged as
  that IPv4 address. The address httpx then actually connects to is checked
  the same way before the answer is read (unless a proxy is configured).
"""

from __future__ import annotations

import ipaddress
import itertools
import socket
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import urljoin, urlsplit

import attrs
import httpx

from liveblog._text.sanitize import clean_line
from liveblog.errors import FetchError, InputError, LimitError

__all__ = ["DEFAULT_TIMEOUT", "MAX_ENCODINGS", "MAX_REDIRECTS", "Fetched", "fetch"]

DEFAULT_TIMEOUT = 20.0  # seconds, for the whole fetch
MAX_REDIRECTS = 5
MAX_ENCODINGS = 2  # Content-Encoding layers undone (``gzip, gzip``); ``identity`` does not count
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/ld+json", "application/json")
_CHUNK = 65536
# Content-Encoding tokens we decode, and zlib's window bits for each.
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
_REDIRECTS = (301, 302, 303, 307, 308)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@attrs.frozen
class Fetched:
    """One response: the page bytes (``None`` when not modified) and the validators for the next poll."""

    url: str
    status: int
    content: bytes | None
    charset: str | None
    etag: str | None
    last_modified: str | None


def _check_url(url: str) -> tuple[str, int]:
    """``url``'s host and port, or an :class:`InputError` saying why it cannot be fetched."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:  # "http://[::1", a port out of range
        raise InputError(f"bad URL {url!r}: {e}") from None
    if parts.scheme not in ("http", "https"):
        raise InputError(f"only http and https URLs can be read, not {url!r}")
    if not parts.netloc or not parts.hostname:
        raise InputError(f"URL {url!r} has no host")
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


def _charset(content_type: str) -> str | None:
    """The charset label a Content-Type declares, as written (:mod:`liveblog.read._charset` judges it)."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip("\"' "):
            return value.strip("\"' ")[:40]
    return None


# --- where a URL may lead -----------------------------------------------------------------------


def _resolve(host: str, port: int) -> list[Address]:
    """Every address ``host`` resolves to (an IP literal is itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as e:
        raise FetchError(f"cannot resolve {host!r}: {e}") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the well-known NAT64 prefix


def _embedded(address: Address) -> Address:
    """The IPv4 address an IPv6 one stands for (``::ffff:a.b.c.d``, 6to4 ``2002::/16``,
    NAT64 ``64:ff9b::/96``), else ``address`` itself.

    >>> str(_embedded(ipaddress.ip_address("64:ff9b::a9fe:a9fe")))
    '169.254.169.254'
    """
    if not isinstance(address, ipaddress.IPv6Address):
        return address
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def _kind(address: Address) -> str | None:
    """Why ``address`` is not on the public internet, or None when it is."""
    address = _embedded(address)
    if address.is_link_local:
        return "link-local"
    if address.is_loopback:
        return "loopback"
    if address.is_private:
        return "private"
    if address.is_multicast or address.is_reserved or address.is_unspecified or not address.is_global:
        return "reserved"
    return None


def _check_hop(url: str, named: tuple[str, int], resolve: Callable[[str, int], list[Address]]) -> None:
    """Refuse ``url`` when it leads where a page may not send us (see the module docstring)."""
    host, port = _check_url(url)
    for address in resolve(host, port):
        kind = _kind(address)
        if kind == "link-local":
            raise FetchError(f"refusing {url!r}: {address} is a link-local address")
        if kind is not None and (host, port) != named:
            raise FetchError(f"refusing a redirect to {url!r}: {address} is a {kind} address")


def _check_peer(response: httpx.Response, url: str, named: tuple[str, int]) -> None:
    """Refuse ``url`` when the address httpx actually connected to is one :func:`_check_hop` refuses.

    httpx resolves the host again to connect: a name that answered a public address to the
    check and a private one to the connection (DNS rebinding) is caught here, before the
    answer is read (the request itself has been sent by then).
    """
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not isinstance(peer, tuple) or not peer:
        return  # no socket (a test transport)
    try:
        address = ipaddress.ip_address(str(peer[0]).split("%")[0])
    except ValueError:
        return  # a Unix socket path
    kind = _kind(address)
    if kind == "link-local" or (kind is not None and _check_url(url) != named):
        raise FetchError(f"refusing {url!r}: it connected to {address}, a {kind} address")


def _proxied() -> bool:
    """Whether the environment names an HTTP(S) proxy, which httpx then connects to instead."""
    from urllib.request import getproxies

    proxies = getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


# --- bounded decoding ---------------------------------------------------------------------------


def _inflate(chunks: Iterable[bytes], encoding: str, limit: int, url: str) -> Iterator[bytes]:
    """One Content-Encoding layer undone, never holding or producing more than ``limit`` bytes."""
    it = iter(chunks)
    first = next(it, b"")
    wbits = _WBITS[encoding]
    if encoding == "deflate" and not _zlib_header(first):
        wbits = -zlib.MAX_WBITS  # servers send raw deflate too
    d = zlib.decompressobj(wbits)
    total = 0
    try:
        for chunk in itertools.chain([first], it):
            data = chunk
            while data and not d.eof:
                out = d.decompress(data, _CHUNK)
                total += len(out)
                if total > limit:
                    raise LimitError(f"{url!r} decompresses to over the limit of {limit:,} bytes")
                if out:
                    yield out
                data = d.unconsumed_tail
            if d.eof:
                break
    except zlib.error as e:
        raise FetchError(f"{url!r} is not valid {encoding} data: {e}") from None


def _zlib_header(data: bytes) -> bool:
    """Whether ``data`` starts with a zlib header (RFC 1950: deflate method, check bits)."""
    return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0


def _decoded(raw: Iterable[bytes], content_encoding: str, limit: int, url: str) -> Iterator[bytes]:
    """The body with every Content-Encoding layer undone, last applied first.

    ``identity`` is no layer; more than :data:`MAX_ENCODINGS` real layers is
    refused before any is stacked (each one is a generator wrapping the last,
    so a header listing thousands would nest that deep).
    """
    layers = [t for t in (t.strip().lower() for t in content_encoding.split(",")) if t and t != "identity"]
    if len(layers) > MAX_ENCODINGS:
        raise FetchError(
            f"{url!r} lists {len(layers):,} content encodings, more than the {MAX_ENCODINGS} liveblog undoes"
        )
    for layer in layers:
        if layer not in _WBITS:
            raise FetchError(
                f"{url!r} uses the content encoding {_said(layer)!r}, which liveblog does not read"
            )
    stream: Iterable[bytes] = raw
    for layer in reversed(layers):
        stream = _inflate(stream, layer, limit, url)
    return iter(stream)


# --- fetching -----------------------------------------------------------------------------------


class _Deadline:
    """The one time budget of a fetch."""

    def __init__(self, seconds: float, url: str) -> None:
        self.seconds, self.url = seconds, url
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchError(f"timed out after {self.seconds:g} s fetching {self.url!r}")
        return left

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(self.left())


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
    resolve: Callable[[str, int], list[Address]] = _resolve,
) -> Fetched:
    """GET ``url`` within the bounds above; ``content`` is ``None`` on 304 Not Modified.

    ``resolve`` maps a host and port to its addresses (the system resolver;
    tests give their own).
    """
    from liveblog import __version__

    named = _check_url(url)
    deadline = _Deadline(timeout, url)
    headers = {
        "User-Agent": f"liveblog/{__version__}",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    session = client or httpx.Client(follow_redirects=False, timeout=httpx.Timeout(timeout))
    peer_checked = not _proxied()  # through a proxy the peer is the proxy, which resolves the names
    try:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            _check_hop(current, named, resolve)
            with session.stream(
                "GET", current, headers=headers, follow_redirects=False, timeout=deadline.timeout()
            ) as response:
                if peer_checked:
                    _check_peer(response, current, named)
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    current = urljoin(current, response.headers["location"])
                    continue
                return _answer(response, url, max_bytes, deadline, sent=(etag, last_modified))
        raise FetchError(f"more than {MAX_REDIRECTS} redirects fetching {url!r}")
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {timeout:g} s fetching {url!r}") from None
    except httpx.ConnectError as e:
        raise FetchError(f"cannot connect to {url!r}: {e}") from None
    except httpx.InvalidURL as e:
        raise InputError(f"bad URL {url!r}: {e}") from None
    except httpx.HTTPError as e:
        raise FetchError(f"fetching {url!r} failed: {e}") from None
    finally:
        if own:
            session.close()


def _answer(
    response: httpx.Response,
    url: str,
    max_bytes: int,
    deadline: _Deadline,
    *,
    sent: tuple[str | None, str | None],
) -> Fetched:
    final = str(response.url)
    if response.status_code == httpx.codes.NOT_MODIFIED:
        etag, last_modified = sent
        if etag is None and last_modified is None:
            raise FetchError(f"{url!r} answered 304 Not Modified to a request that was not conditional")
        return Fetched(final, 304, None, None, etag, last_modified)
    if response.status_code >= 400:
        raise FetchError(f"HTTP {response.status_code} {_said(response.reason_phrase)} for {url!r}")
    if response.status_code != 200:
        raise FetchError(
            f"{url!r} answered HTTP {response.status_code} {_said(response.reason_phrase)}, not a page"
        )
    content_type = response.headers.get("content-type", "")
    mime = content_type.split(";")[0].strip().lower()
    if mime and mime not in _PAGE_TYPES:
        raise FetchError(f"{url!r} is {_said(mime)}, not a web page")
    declared = response.headers.get("content-length")
    encoding = response.headers.get("content-encoding", "")
    if declared and declared.isdigit() and int(declared) > max_bytes and not encoding:
        raise LimitError(f"{url!r} is {int(declared):,} bytes, over the limit of {max_bytes:,} bytes")
    body = bytearray()
    raw = _timed(response.iter_raw(), deadline, max_bytes, url)
    for chunk in _decoded(raw, encoding, max_bytes, url):
        body += chunk
        if len(body) > max_bytes:
            raise LimitError(f"{url!r} is over the limit of {max_bytes:,} bytes")
        deadline.left()
    return Fetched(
        final,
        response.status_code,
        bytes(body),
        _charset(content_type),
        response.headers.get("etag"),
        response.headers.get("last-modified"),
    )


def _said(words: str) -> str:
    """What a server said, as one short line without control characters or escapes."""
    return clean_line(words)[:80]


def _timed(chunks: Iterable[bytes], deadline: _Deadline, max_bytes: int, url: str) -> Iterator[bytes]:
    """The raw body, checked against the deadline after each read and capped on the wire too."""
    total = 0
    for chunk in chunks:
        deadline.left()
        total += len(chunk)
        if total > max_bytes:
            raise LimitError(f"{url!r} is over the limit of {max_bytes:,} bytes")
        yield chunk
