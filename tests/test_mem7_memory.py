"""Issue 12, memory (seventh session): a big JSON-LD page is read without its scripts in the tree,
and a segmented line keeps its offsets as two numbers, not a span object.

Counted, never timed or measured in bytes of RSS: which page text each parse tree is built from,
what a line holds.
"""

from __future__ import annotations

import attrs
import pytest
from selectolax.lexbor import LexborHTMLParser

from liveblog.model import Span
from liveblog.read import _html
from liveblog.read._html import _without_script_texts, read_html
from liveblog.read._memory import RELEASE_AFTER
from liveblog.segment._lines import Line, iter_lines

_BIG = "[" + ",".join(['{"a": 1}'] * 20_000) + "]"  # 180,001 characters, over the 64 KiB cut size


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # cut: the text stands whole between a script start tag and its end tag
        (
            f'<p>a</p><script type="application/ld+json">{_BIG}</script><p>b</p>',
            '<p>a</p><script type="application/ld+json"></script><p>b</p>',
        ),
        (f"<SCRIPT>{_BIG}</SCRIPT >", "<SCRIPT></SCRIPT >"),
        (f"<script>{_BIG}</script/>", "<script></script/>"),
        # kept: the parser would have changed the text (CR LF), so it is not found as read
        (f"<script>\r\n{_BIG}</script>", f"<script>\r\n{_BIG}</script>"),
        # kept: not right after a script start tag / not right before </script
        (f"<pre>{_BIG}</pre>", f"<pre>{_BIG}</pre>"),
        (f"<script>x{_BIG}</script>", f"<script>x{_BIG}</script>"),
        (f"<script>{_BIG}x</script>", f"<script>{_BIG}x</script>"),
        (f"<script>{_BIG}</scripts>", f"<script>{_BIG}</scripts>"),
        # kept: a start tag with '>' inside an attribute is not recognised (never cut wrongly)
        (f'<script data-x="a>b">{_BIG}</script>', f'<script data-x="a>b">{_BIG}</script>'),
    ],
)
def test_cut_only_whole_script_texts(before: str, after: str) -> None:
    assert _without_script_texts(before, [_BIG]) == after


def test_small_texts_and_later_copies() -> None:
    small = "{}" * 100
    page = f"<script>{small}</script>"
    assert _without_script_texts(page, [small]) == page  # under the cut size: left alone
    # the same big text twice: each read text is looked for after the previous cut
    two = f"<script>{_BIG}</script><p>x</p><script>{_BIG}</script>"
    assert _without_script_texts(two, [_BIG, _BIG]) == "<script></script><p>x</p><script></script>"


def _page(n: int) -> str:
    updates = ",".join(
        f'{{"@type": "BlogPosting", "url": "https://x.test/live#u{i}", '
        f'"datePublished": "2024-11-29T{i % 24:02}:{i % 60:02}:00+00:00", "articleBody": "Update {i} text."}}'
        for i in range(n)
    )
    data = f'{{"@type": "LiveBlogPosting", "headline": "Live", "liveBlogUpdate": [{updates}]}}'
    blocks = "".join(
        f'<div id="u{i}"><time>{i % 24:02}:{i % 60:02}</time><p>Update {i}.</p></div>' for i in range(n)
    )
    return (
        f'<html><head><script type="application/ld+json">{data}</script></head><body>{blocks}</body></html>'
    )


def _count_trees(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every text the reader builds a parse tree from, in order."""
    built: list[int] = []

    def counting(text: str) -> object:
        built.append(len(text))
        return LexborHTMLParser(text)

    monkeypatch.setattr(_html, "LexborHTMLParser", counting)
    return built


def test_big_jsonld_page_second_tree_lacks_the_script(monkeypatch: pytest.MonkeyPatch) -> None:
    html = _page(3000)
    script = html[html.index("{") : html.index("</script>")]
    assert len(html) >= RELEASE_AFTER
    assert len(script) >= 64 * 1024
    built = _count_trees(monkeypatch)
    doc = read_html(html)
    # two trees: the whole page (to take its scripts), then the page less the script's text
    assert built == [len(html), len(html) - len(script)]
    assert doc.blocks is not None
    assert len(doc.blocks) == 3000
    # the same document as the one-tree path (a page under the size limit reads in one tree)
    monkeypatch.setattr(_html, "LexborHTMLParser", LexborHTMLParser)
    monkeypatch.setattr(_html, "RELEASE_AFTER", len(html) + 1)
    assert read_html(html) == doc


def test_small_page_is_one_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    html = _page(20)
    built = _count_trees(monkeypatch)
    doc = read_html(html)
    assert built == [len(html)]
    assert doc.blocks is not None
    assert len(doc.blocks) == 20


def test_a_line_holds_its_offsets_not_a_span() -> None:
    text = "20:15\nFirst post.\n\n20:10\nSecond post.\n"
    lines = list(iter_lines(text))
    # the offsets worked out by hand: "20:15" [0, 5), "First post." [6, 17), "" [18, 18), …
    assert [(ln.start, ln.end) for ln in lines] == [(0, 5), (6, 17), (18, 18), (19, 24), (25, 37)]
    assert [ln.span for ln in lines] == [Span(0, 5), Span(6, 17), Span(18, 18), Span(19, 24), Span(25, 37)]
    # no span object is kept per line: every field is a plain value
    assert not any(isinstance(getattr(ln, f.name), Span) for ln in lines for f in attrs.fields(Line))
