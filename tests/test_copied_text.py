"""HTML ↔ text: a page copied from the browser yields the same posts as the saved HTML.

Users paste pages as text; the copy keeps only the visible text (block
elements on their own lines, inline elements joined). For every HTML fixture,
present and future, the copy must give the same post times and titles as the
HTML. The one thing a copy cannot carry is a machine time that overrides its
visible label (``marker_disagrees`` in the expected file): such a post is
compared at its label's clock.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from liveblog import parse
from liveblog.model import EntryKind, Timeline
from liveblog.read._html import copy_text
from liveblog.segment._markers import leading_marker

FIXTURES = Path(__file__).parent / "fixtures"
HTML = sorted(FIXTURES.rglob("*.html"))


def _expected(html: Path) -> dict[str, Any]:
    own = html.with_name(html.name.removesuffix(".html") + ".expected.json")
    if own.exists():
        return json.loads(own.read_text("utf-8"))  # type: ignore[no-any-return]
    for merged in html.parent.glob("*.expected.json"):  # snapshots: the merged set lists its pages
        data = json.loads(merged.read_text("utf-8"))
        if html.name in data.get("pages", []):
            return data  # type: ignore[no-any-return]
    raise FileNotFoundError(f"no expected file for {html}")


def _posts(tl: Timeline) -> set[tuple[str, str | None]]:
    return {
        (e.when.start.isoformat()[:16], e.title)
        for e in tl.entries
        if e.when is not None and e.kind is not EntryKind.LEAD
    }


def _label_time(entry: dict[str, Any]) -> str:
    """The expected entry's time moved to the clock its label shows."""
    moment = datetime.fromisoformat(entry["time"])
    marker = leading_marker(entry["marker"])
    assert marker is not None
    assert marker.hour is not None
    assert marker.minute is not None
    return moment.replace(hour=marker.hour, minute=marker.minute).isoformat()[:16]


@pytest.mark.parametrize("html", HTML, ids=[str(p.relative_to(FIXTURES)) for p in HTML])
def test_copied_text_gives_the_posts_of_the_html(html: Path) -> None:
    """Post times and titles from the copied text equal those from the HTML."""
    exp = _expected(html)
    page = html.read_text("utf-8")
    from_html = _posts(parse(page, reference=exp["reference"], tz=exp["tz"]))
    from_text = _posts(parse(copy_text(page), reference=exp["reference"], tz=exp["tz"]))
    for entry in exp["entries"]:
        if entry.get("marker_disagrees"):
            key = (entry["time"][:16], entry["title"])
            assert key in from_html
            from_html = (from_html - {key}) | {(_label_time(entry), entry["title"])}
    assert from_text == from_html


COPIES = [
    # (html, text a browser copy gives)
    ("<p>12.31 <b>Uhr</b>: Titel</p><p>Text</p>", "12.31 Uhr: Titel\n\nText\n"),
    (
        "<div><time>21:00</time> <span>Jane Smith</span></div><h2>Headline</h2>",
        "21:00 Jane Smith\n\nHeadline\n",
    ),
    (
        "<ul><li>٠٧:٢٥ <a href='#p1'>الجيش يعلن</a></li><li>٠٠:١٠ غارات</li></ul>",
        "٠٧:٢٥ الجيش يعلن\n\n٠٠:١٠ غارات\n",
    ),
    ("<head><title>t</title></head><body><script>var x=1</script><p>Only this</p></body>", "Only this\n"),
    ("<p>one<br>two</p>", "one\ntwo\n"),
    ("", ""),
]


@pytest.mark.parametrize(("html", "text"), COPIES)
def test_copy_text_puts_blocks_on_lines_and_joins_inline(html: str, text: str) -> None:
    """Block elements start lines, inline elements join their neighbours, scripts are dropped."""
    assert copy_text(html) == text
