"""Page-derived text reaches the terminal, stderr and exports inert: hostile strings on every path."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from io import StringIO

import attrs
import pytest

from liveblog import parse
from liveblog.cli import main
from liveblog.export import export_timeline
from liveblog.model import Timeline
from liveblog.render import show_timeline

from .httpserver import respond, serve

# (name, hostile text, what must never reach the output, what may show of it as plain text)
HOSTILE = [
    ("rich markup", "[bold red on white]FAKE ALERT[/]", None, "[bold red on white]FAKE ALERT[/]"),
    ("rich link", "[link=https://evil.example]click[/link]", None, "[link=https://evil.example]click[/link]"),
    ("OSC 0 title", "\x1b]0;pwned-title\x07", "pwned-title", None),
    ("OSC 52 clipboard", "\x1b]52;c;ZXZpbA==\x07", "ZXZpbA==", None),
    ("OSC 8 hyperlink", "\x1b]8;;https://evil.example\x1b\\x\x1b]8;;\x1b\\", "evil.example", None),
    ("clear screen", "\x1b[2J\x1b[H", "\x1b[2J", None),
    ("8-bit CSI", "\x9b2J", "\x9b", None),
    ("RLO override", "\u202eevil", "\u202e", None),
    ("BEL", "bell\x07", "\x07", None),
]
# Everything that is a terminal control, whoever wrote it (Rich's own styling aside, see _foreign).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _page(hostile: str) -> str:
    return f"20:15\nالقوات تدخل المدينة {hostile} خبر\n20:40\nUpdate: {hostile} more words here\n"


def _check(out: str, banned: str | None, shown: str | None) -> None:
    if banned is not None:
        assert banned not in out
    if shown is not None:
        assert shown in out  # markup stays plain text: printed as typed, not interpreted
    assert not _CONTROL.search(out.replace("\n", "")), repr(out)


def _timeline(hostile: str) -> Timeline:
    return parse(_page(hostile), reference="2024-11-29T21:00", tz="Asia/Damascus")


@pytest.mark.parametrize(("name", "hostile", "banned", "shown"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_show(name: str, hostile: str, banned: str | None, shown: str | None) -> None:
    """``liveblog show``: page text is cleaned and never read as markup."""
    out = StringIO()
    show_timeline(_timeline(hostile), out, width=200)
    _check(out.getvalue(), banned, shown)


@pytest.fixture
def site() -> Iterator[dict[str, bytes]]:
    """A local server whose /live page is set per test."""
    pages: dict[str, bytes] = {}

    def live(_req: object) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, pages["live"]

    with serve({"/live": live}) as base:  # type: ignore[dict-item]
        pages["base"] = base.encode()
        yield pages


@pytest.mark.parametrize(("name", "hostile", "banned", "shown"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_follow_once(
    site: dict[str, bytes],
    capsys: pytest.CaptureFixture[str],
    name: str,
    hostile: str,
    banned: str,
    shown: str,
) -> None:
    """``liveblog follow --once``: the listed entries are cleaned Text, never markup."""
    site["live"] = _page(hostile).encode()
    code = main(["follow", f"{site['base'].decode()}/live", "--once", "--tz", "Asia/Damascus"])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 new" in out
    _check(out, banned, shown)


def _foreign(out: str) -> str:
    """Terminal output with Rich's own SGR styling and the live display's cursor moves taken out."""
    return re.sub(r"\x1b\[[0-9;]*m|\x1b\[\?25[lh]|\x1b\[[0-9]*[AK]|\r", "", out)


@pytest.mark.parametrize(("name", "hostile", "banned", "shown"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_follow_live_display(
    site: dict[str, bytes],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    hostile: str,
    banned: str,
    shown: str,
) -> None:
    """The live display on a terminal: nothing of the page's escapes gets through, markup stays text."""
    site["live"] = _page(hostile).encode()
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    code = main(
        ["follow", f"{site['base'].decode()}/live", "--polls", "2", "--every", "0.01", "--bidi", "off"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b[" in out  # it drew as on a terminal
    _check(_foreign(out), banned, shown)


# --- what servers say reaches stderr clean ------------------------------------------------------

SERVER_SAYS = [
    (
        "reason phrase",
        respond(404, {"Content-Type": "text/plain", "X-Test-Reason": "Gone\x1b]0;pwned\x07\x1b[2J"}),
    ),
    ("content type", respond(200, {"Content-Type": "text/\x1b]52;c;ZXZpbA==\x07html\x1b[2J"}, b"x")),
]


@pytest.mark.parametrize(("name", "route"), SERVER_SAYS, ids=[s[0] for s in SERVER_SAYS])
def test_server_words_in_errors_are_clean(
    capsys: pytest.CaptureFixture[str], name: str, route: object
) -> None:
    """An HTTP reason phrase or Content-Type carrying escapes reaches stderr as one clean line."""
    with serve({"/x": route}) as base:  # type: ignore[dict-item]
        code = main(["show", f"{base}/x"])
        follow_code = main(["follow", f"{base}/x", "--once"])
    out, err = capsys.readouterr()
    assert (code, follow_code) == (2, 1)
    assert err.count("\n") == 1
    for text in (err, out):
        assert "pwned" not in text
        assert "ZXZpbA==" not in text
        assert not _CONTROL.search(text.replace("\n", ""))


# --- exports ------------------------------------------------------------------------------------

URLS = [
    ("javascript:alert(1)", None),
    ("JavaScript:alert(document.cookie)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("file:///etc/passwd", None),
    ("vbscript:msgbox", None),
    ("https://news.example/live#post-1", "https://news.example/live#post-1"),
    ("http://news.example/live#p2", "http://news.example/live#p2"),
]


@pytest.mark.parametrize(("url", "kept"), URLS)
def test_ics_url_is_http_only(url: str, kept: str | None) -> None:
    """An entry's URL becomes an ICS ``URL:`` only when it is http(s)."""
    tl = _timeline("plain")
    tl = attrs.evolve(tl, entries=[attrs.evolve(e, url=url) for e in tl.entries], source=None)
    ics = export_timeline(tl, "ics", events="entries")
    urls = [ln.removeprefix("URL:") for ln in ics.replace("\r\n ", "").splitlines() if ln.startswith("URL")]
    assert urls == ([kept] * 2 if kept else [])


@pytest.mark.parametrize("hostile", ["</script><script>alert(1)</script>", "<!-- x", "</SCRIPT >", "a & b"])
def test_jsonld_is_inert_inside_a_script_element(hostile: str) -> None:
    """JSON-LD embedded in ``<script type=application/ld+json>`` cannot be closed or commented by a post."""
    out = export_timeline(_timeline(hostile), "jsonld")
    assert "<" not in out
    assert ">" not in out
    assert "&" not in out
    texts = [u.get("headline", "") + u["articleBody"] for u in json.loads(out)["liveBlogUpdate"]]
    assert any(hostile in t for t in texts)
