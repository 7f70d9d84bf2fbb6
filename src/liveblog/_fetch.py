"""Fetching pages over HTTP(S) with httpx: bounded in time, bytes and redirects.

Every failure is a :class:`~liveblog.errors.FetchError` (or a
:class:`~liveblog.errors.LimitError` for a page over the size cap) whose
message names the URL and what went wrong. Conditional requests (ETag /
Last-Modified) let a follower poll politely.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import attrs
import httpx

from liveblog.errors import FetchError, InputError, LimitError

__all__ = ["DEFAULT_TIMEOUT", "MAX_REDIRECTS", "Fetched", "fetch"]

DEFAULT_TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_REDIRECTS = 5
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/ld+json", "application/json")
_CHUNK = 65536


@attrs.frozen
class Fetched:
    """One response: the page bytes (``None`` when not modified) and the validators for the next poll."""

    url: str
    status: int
    content: bytes | None
    charset: str | None
    etag: str | None
    last_modified: str | None


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError(f"only http and https URLs can be read, not {url!r}")
    if not parts.netloc:
        raise InputError(f"URL {url!r} has no host")


def _charset(content_type: str) -> str | None:
    """The charset label a Content-Type declares, as written (:mod:`liveblog._charset` judges it)."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip("\"' "):
            return value.strip("\"' ")[:40]
    return None


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
) -> Fetched:
    """GET ``url`` with the limits above; ``content`` is ``None`` on 304 Not Modified."""
    from liveblog import __version__

    _check_url(url)
    headers = {
        "User-Agent": f"liveblog/{__version__}",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    session = client or httpx.Client(
        follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=httpx.Timeout(timeout)
    )
    try:
        with session.stream("GET", url, headers=headers) as response:
            final = str(response.url)
            if response.status_code == httpx.codes.NOT_MODIFIED:
                return Fetched(final, 304, None, None, etag, last_modified)
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase} for {url!r}")
            content_type = response.headers.get("content-type", "")
            mime = content_type.split(";")[0].strip().lower()
            if mime and mime not in _PAGE_TYPES:
                raise FetchError(f"{url!r} is {mime}, not a web page")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise LimitError(f"{url!r} is {int(declared):,} bytes, over the limit of {max_bytes:,} bytes")
            body = bytearray()
            for chunk in response.iter_bytes(_CHUNK):
                body += chunk
                if len(body) > max_bytes:
                    raise LimitError(f"{url!r} is over the limit of {max_bytes:,} bytes")
            return Fetched(
                final,
                response.status_code,
                bytes(body),
                _charset(content_type),
                response.headers.get("etag"),
                response.headers.get("last-modified"),
            )
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {timeout:g} s fetching {url!r}") from None
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {MAX_REDIRECTS} redirects fetching {url!r}") from None
    except httpx.ConnectError as e:
        raise FetchError(f"cannot connect to {url!r}: {e}") from None
    except httpx.HTTPError as e:
        raise FetchError(f"fetching {url!r} failed: {e}") from None
    finally:
        if own:
            session.close()
