"""Where a fetch may lead: IPv6 forms of IPv4 addresses, and the address httpx really connected to."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from liveblog.errors import FetchError
from liveblog.read._fetch import Address, _kind, fetch

from .httpserver import respond, serve, static

PAGE = b"20:15\nThe bridge reopened to traffic.\n"

# (address, its kind: None is the public internet), each worked out from the embedded IPv4
EMBEDDED = [
    ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 of 169.254.169.254, the metadata service
    ("64:ff9b::7f00:1", "loopback"),  # NAT64 of 127.0.0.1
    ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
    ("64:ff9b::808:808", None),  # NAT64 of 8.8.8.8
    ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of 169.254.169.254
    ("2002:7f00:1::", "loopback"),  # 6to4 of 127.0.0.1
    ("2002:c0a8:101::", "private"),  # 6to4 of 192.168.1.1
    ("2002:808:808::", None),  # 6to4 of 8.8.8.8
    ("::ffff:10.0.0.1", "private"),
    ("2606:4700::1111", None),  # a plain public IPv6 address
]


@pytest.mark.parametrize(("address", "kind"), EMBEDDED)
def test_embedded_ipv4_is_judged_as_ipv4(address: str, kind: str | None) -> None:
    assert _kind(ipaddress.ip_address(address)) == kind


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_a_rebound_name_is_caught_at_the_connection(no_proxy: None) -> None:
    """The check's resolver says public, the connection lands on loopback: refused before reading."""
    with serve({"/page": static(PAGE, "text/plain")}) as inner:
        port = httpx.URL(inner).port
        target = f"{inner}/page"

        def rebinding(host: str, p: int) -> list[Address]:
            # the redirect target "resolves" to a public address when checked
            public = host == "127.0.0.1" and p == port
            return [ipaddress.ip_address("93.184.216.34" if public else host)]

        with serve({"/away": respond(302, {"Location": target})}) as outer:
            with pytest.raises(FetchError, match=r"connected to 127\.0\.0\.1, a loopback address"):
                fetch(f"{outer}/away", max_bytes=10_000, resolve=rebinding)
            # the same page named directly is read: the user chose that host and port
            assert fetch(target, max_bytes=10_000, resolve=rebinding).content == PAGE
