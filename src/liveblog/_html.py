"""HTML pages → :class:`Document`, with selectolax.

This is the visible-text reader: scripts, styles and hidden parts are dropped,
block elements become line breaks, and the result is read like copied page
text. Structured readers (JSON-LD ``LiveBlogPosting``, microdata, ``<time
datetime>`` blocks) build on it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from liveblog.model import Document

__all__ = ["read_html", "visible_text"]

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead time tr ul".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "head")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")


def _walk(node: LexborNode, parts: list[str]) -> None:
    # An explicit stack, not recursion: hostile pages nest tags thousands deep.
    stack: list[tuple[LexborNode, bool]] = [(node, False)]
    while stack:
        current, closing = stack.pop()
        if closing:
            parts.append("\n")
            continue
        if current.tag == "-text":
            parts.append(current.text(deep=False) or "")
            continue
        block = current.tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
            stack.append((current, True))
        children = list(current.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))


def visible_text(root: LexborNode) -> str:
    """The text a reader sees, in reading order, each block its own paragraph."""
    parts: list[str] = []
    _walk(root, parts)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def read_html(html: str, *, source: str | None = None, notes: tuple[str, ...] = ()) -> Document:
    """Read an HTML page as its visible text, keeping its ``<title>``."""
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split()) if title_node is not None else None
    for node in tree.css(", ".join(_DROP_TAGS)):
        node.decompose()
    body = tree.body or tree.root
    text = visible_text(body) if body is not None else ""
    return Document(text=text, source=source, title=title or None, notes=notes)
