"""HTML pages → :class:`Document`, with selectolax (lexbor).

Structure is preferred when a page has it, in this order:

1. schema.org ``LiveBlogPosting`` JSON-LD with ``liveBlogUpdate``;
2. microdata ``itemprop="liveBlogUpdate"`` blocks;
3. blocks that each hold one ``<time datetime>`` (Guardian-style pages).

A structured page's document text is rebuilt block by block — a label line,
then the block's visible text — followed by the rest of the page's visible
text, which the segmenter sets aside with reasons. A page without structure is
read as its visible text. Either way every piece of visible text lands in the
document, so nothing is lost silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from liveblog.errors import LimitError
from liveblog.model import Block, Document, EntryKind, Span
from liveblog.read._jsonld import LiveBlogData, find_liveblog, parse_time
from liveblog.read._memory import RELEASE_AFTER, release_freed_memory

__all__ = ["DEFAULT_MAX_DEPTH", "nesting_depth", "read_html", "visible_text"]

DEFAULT_MAX_DEPTH = 2000
"""Deepest nesting of block containers read by default (real pages stay under a hundred).

The HTML parser's time grows with the square of the depth (about 3 s at 40,000
nested ``<div>``), so a deeper page is refused before parsing.
"""
# Containers whose start tags make the parser look down its stack of open elements; tags with
# optional end tags (p, li, td, …) are left out, since their closes are implied.
_CONTAINER_TAG = re.compile(
    r"<(/?)(?:div|section|article|aside|nav|header|footer|main|blockquote|center|details|dialog|dir"
    r"|dl|fieldset|figure|form|menu|ol|ul|table)(?=[\s/>])",
    re.IGNORECASE,
)

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "head", "button[aria-hidden=true]")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_BLANKS = re.compile(r"\n{3,}")
_KEY_EVENTS = re.compile(r"key-?events?|timeline__|key-?points|summary-points|highlights", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}(?:\s+[|–—-]\s+[^|–—-]{2,40})*$")


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
        if current.tag in _BLOCK_TAGS:
            parts.append("\n")
            stack.append((current, True))
        children = list(current.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))


def visible_text(root: LexborNode) -> str:
    """The text a reader sees, in reading order, each block its own paragraph."""
    parts: list[str] = []
    _walk(root, parts)
    # Each step lets go of the one before it: a big page's pieces, their join and its lines are
    # never all alive at once beside the tree (about 4 MB at the reading peak of a 4.5 MB page).
    joined = "".join(parts)
    del parts
    lines = joined.split("\n")
    del joined
    for i, line in enumerate(lines):
        lines[i] = _SPACES.sub(" ", line).strip()
    text = "\n".join(lines)
    del lines
    text = _BLANKS.sub("\n\n", text).strip("\n")
    return text + "\n" if text else ""


def _html_text(html: str) -> str:
    if "<" not in html:
        return html.strip() + "\n" if html.strip() else ""
    root = LexborHTMLParser(html).body
    return visible_text(root) if root is not None else ""


@attrs.frozen
class _Raw:
    """A block found in the page, before its text is placed in the document."""

    kind: EntryKind
    label: str
    text: str
    title: str | None
    published: datetime | None
    url: str | None


# --- page metadata ----------------------------------------------------------------------------


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"], meta[name="{name}"], meta[itemprop="{name}"]')
        if node is not None and (node.attributes.get("content") or "").strip():
            return (node.attributes.get("content") or "").strip()
    return None


def _page_title(tree: LexborHTMLParser, data: LiveBlogData | None) -> str | None:
    if data is not None and data.headline:
        return data.headline
    og = _meta(tree, "og:title", "twitter:title")
    h1_node = tree.css_first("h1, [itemprop=headline]")
    h1 = " ".join(h1_node.text().split()) if h1_node is not None else ""
    if og and h1 and og.startswith(h1):
        return h1  # og:title often carries a suffix ("… - تغطية مباشرة") the headline has not
    if og or h1:
        return og or h1
    node = tree.css_first("title")
    if node is None or not node.text(strip=True):
        return None
    return _TITLE_SUFFIX.sub("", " ".join(node.text().split())[:300]) or None


def _page_url(tree: LexborHTMLParser, data: LiveBlogData | None) -> str | None:
    canonical = tree.css_first('link[rel="canonical"]')
    href = canonical.attributes.get("href") if canonical is not None else None
    return href or _meta(tree, "og:url") or (data.url if data else None)


def _page_times(tree: LexborHTMLParser, data: LiveBlogData | None) -> tuple[datetime | None, str | None]:
    """The page's own "as of" time: last modified, else first published."""
    candidates: list[tuple[datetime | None, str]] = []
    if data is not None:
        candidates += [(data.modified, "json-ld dateModified"), (data.published, "json-ld datePublished")]
    candidates += [
        (parse_time(_meta(tree, "article:modified_time", "dateModified")), "meta article:modified_time"),
        (parse_time(_meta(tree, "article:published_time", "datePublished")), "meta article:published_time"),
    ]
    for node in tree.css("time[itemprop=dateModified], time[itemprop=datePublished]"):
        candidates.append(
            (
                parse_time(node.attributes.get("datetime")),
                f"<time itemprop={node.attributes.get('itemprop')}>",
            )
        )
    for moment, where in candidates:
        if moment is not None:
            return moment, where
    return None, None


# --- blocks -----------------------------------------------------------------------------------


def _classes(node: LexborNode) -> str:
    out = []
    current: LexborNode | None = node
    for _ in range(4):
        if current is None:
            break
        out.append(current.attributes.get("class") or "")
        out.append(current.attributes.get("data-component") or "")
        current = current.parent
    return " ".join(out).lower()


def _kind(node: LexborNode) -> EntryKind:
    inner = " ".join((d.attributes.get("class") or "") for d in node.css("article[class], div[class]")[:3])
    classes = _classes(node) + " " + inner.lower()
    if "pinned" in classes:
        return EntryKind.PINNED
    if "summary" in classes:
        return EntryKind.SUMMARY
    return EntryKind.POST


def _anchor(node: LexborNode, page_url: str | None) -> str | None:
    ident = node.attributes.get("id")
    if not ident:
        return None
    return f"{page_url or ''}#{ident}"


def _label_of(time_node: LexborNode | None) -> str:
    return " ".join(time_node.text().split()) if time_node is not None else ""


def _node_block(node: LexborNode, page_url: str | None, kind: EntryKind | None = None) -> _Raw:
    time_node = node.css_first("time[itemprop=datePublished]") or node.css_first("time[datetime]")
    meta_pub = node.css_first("meta[itemprop=datePublished]")
    published = parse_time(time_node.attributes.get("datetime")) if time_node is not None else None
    if published is None and meta_pub is not None:
        published = parse_time(meta_pub.attributes.get("content"))
    label = _label_of(time_node)
    heading = node.css_first("[itemprop=headline], h2, h3, h4")
    title = " ".join(heading.text().split()) if heading is not None and heading.text(strip=True) else None
    if time_node is not None:
        time_node.decompose()
    return _Raw(kind or _kind(node), label, visible_text(node), title, published, _anchor(node, page_url))


def _microdata_blocks(tree: LexborHTMLParser) -> list[LexborNode]:
    return list(tree.css("[itemprop~=liveBlogUpdate][itemscope]"))


def _time_blocks(tree: LexborHTMLParser) -> list[LexborNode]:
    """For each ``<time datetime>``, the largest ancestor that holds no other one.

    That is the post around the timestamp (header, headline, body, share
    buttons) and nothing of its neighbours. Key-events lists are left to
    :func:`_key_event_items`. Fewer than two such blocks is not a feed.
    """
    found: list[LexborNode] = []
    seen: set[int] = set()
    for t in tree.css("time[datetime]"):
        node = t
        parent = node.parent
        while (
            parent is not None
            and parent.tag not in ("body", "html")
            and len(parent.css("time[datetime]")) == 1
        ):
            node, parent = parent, parent.parent
        if node is t or _KEY_EVENTS.search(_classes(node)):
            continue
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            found.append(node)
    return found if len(found) >= 2 else []


def _key_event_items(tree: LexborHTMLParser) -> list[LexborNode]:
    items = []
    for t in tree.css("time[datetime]"):
        node = t.parent
        while node is not None and node.tag not in ("li", "body"):
            node = node.parent
        if node is not None and node.tag == "li" and _KEY_EVENTS.search(_classes(node)):
            items.append(node)
    return items


def _anchor_of(url: str | None) -> str | None:
    return url.rsplit("#", 1)[1] or None if url and "#" in url else None


def _nodes_by_id(tree: LexborHTMLParser, wanted: set[str]) -> dict[str, LexborNode]:
    """The first element carrying each id in ``wanted``: one pass over the tree, however many updates."""
    found: dict[str, LexborNode] = {}
    if not wanted:
        return found
    for node in tree.css("[id]"):
        ident = node.attributes.get("id")
        if ident is not None and ident in wanted and ident not in found:
            found[ident] = node
    return found


def _from_jsonld(tree: LexborHTMLParser, data: LiveBlogData) -> list[_Raw]:
    out = []
    by_id = _nodes_by_id(tree, {a for u in data.updates if (a := _anchor_of(u.url)) is not None})
    for u in data.updates:
        anchor = _anchor_of(u.url)
        node = by_id.get(anchor) if anchor is not None else None
        label = ""
        if node is not None:  # its visible copy stays in the page text, set aside as outside the blocks
            label = _label_of(node.css_first("time") or node.css_first("[class*=time]"))
        out.append(_Raw(EntryKind.POST, label, _html_text(u.body_html), u.headline, u.published, u.url))
    return out


# --- the document -----------------------------------------------------------------------------


def _assemble(blocks: Iterable[_Raw], rest: str) -> tuple[str, tuple[Block, ...]]:
    parts: list[str] = []
    out: list[Block] = []
    pos = 0
    for raw in blocks:
        title_line = f"{raw.title}\n\n" if raw.title and raw.title not in raw.text else ""
        label_line = "" if raw.kind is EntryKind.LEAD else f"{raw.label or '-'}\n"
        chunk = f"{label_line}{title_line}{raw.text}"
        chunk = chunk if chunk.endswith("\n") else chunk + "\n"
        out.append(
            Block(
                raw.text,
                Span(pos, pos + len(chunk) - 1),
                raw.title,
                raw.label or None,
                raw.published,
                raw.kind,
                raw.url,
            )
        )
        parts.append(chunk + "\n")
        pos += len(chunk) + 1
    parts.append(rest)
    return "".join(parts), tuple(out)


def nesting_depth(html: str) -> int:
    """The deepest nesting of block containers (``div``, ``section``, ``table``…), from the tags alone.

    >>> nesting_depth("<div><section><div>x</div></section></div><div></div>")
    3
    """
    depth = deepest = 0
    for m in _CONTAINER_TAG.finditer(html):
        if m.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def read_html(
    html: str, *, source: str | None = None, notes: tuple[str, ...] = (), max_depth: int = DEFAULT_MAX_DEPTH
) -> Document:
    """Read an HTML page: structured blocks where it has them, else its visible text."""
    depth = nesting_depth(html)
    if depth > max_depth:
        name = repr(source) if source else "the page"
        raise LimitError(
            f"{name} nests its HTML {depth:,} containers deep, over the limit of {max_depth:,} "
            f"(first tags: {html[:60]!r})"
        )
    tree = LexborHTMLParser(html)
    scripts = [s.text() for s in tree.css('script[type="application/ld+json"]')]
    if scripts and len(html) >= RELEASE_AFTER:
        # A big page's JSON-LD is read with no tree beside it: its parsed objects (several times its
        # text) would otherwise sit on top of the tree (about ten times the page). The tree is then
        # built again from the page less the script texts just read (nothing else reads them), so
        # it is the same tree but those texts; a second parse costs about 12 ms a megabyte.
        del tree
        release_freed_memory()
        found = find_liveblog(scripts)
        page_html = _without_script_texts(html, scripts)
        del scripts
        tree = LexborHTMLParser(page_html)
        del page_html
    else:
        found = find_liveblog(scripts)
        del scripts  # the JSON-LD texts (as big as the updates) are read: not kept beside the tree
    page = _read_tree(tree, found, notes)
    del tree
    # The parsed tree (about ten times the page's size) is gone now; hand its memory back before the
    # document text and the later stages are built, so their peak does not sit on top of the tree's.
    if len(html) >= RELEASE_AFTER:
        release_freed_memory()
    text, blocks = _assemble(page.raws, page.rest) if page.structured else (page.rest, None)
    return Document(
        text=text,
        source=page.url or source,
        title=page.title,
        reference=page.reference,
        reference_source=page.reference_source,
        blocks=blocks,
        notes=page.notes,
    )


_SCRIPT_START = re.compile(r"<script\b[^<>]*>\Z", re.IGNORECASE)
_SCRIPT_END = re.compile(r"</script[\s/>]", re.IGNORECASE)
_CUT_AT_LEAST = 64 * 1024


def _without_script_texts(html: str, texts: list[str]) -> str:
    """``html`` less the raw text of its big ``<script>`` elements whose texts are ``texts``.

    A script's text is read already and no later step reads it, but the parse tree holds it
    several times over (the JSON-LD of 20,000 updates is 3 MB of page and 10 MB of tree). A text
    is cut only where it stands whole between a ``<script …>`` start tag and ``</script``, so
    the tags around it parse the same; a text the parser changed (a page with CR LF line ends)
    is not found and stays.

    >>> _without_script_texts('<p>a</p><script type="x">' + "{}" * 40000 + "</script>", ["{}" * 40000])
    '<p>a</p><script type="x"></script>'
    """
    parts: list[str] = []
    pos = 0
    for text in texts:
        if len(text) < _CUT_AT_LEAST:
            continue
        at = html.find(text, pos)
        tag = html.rfind("<", pos, at) if at >= 0 else -1
        if tag < 0 or not _SCRIPT_START.match(html, tag, at) or not _SCRIPT_END.match(html, at + len(text)):
            continue
        parts.append(html[pos:at])
        pos = at + len(text)
    if not parts:
        return html
    parts.append(html[pos:])
    return "".join(parts)


@attrs.frozen
class _Page:
    """What :func:`read_html` takes out of a parsed tree: plain values, no nodes."""

    raws: list[_Raw]
    rest: str
    structured: bool
    title: str | None
    url: str | None
    reference: datetime | None
    reference_source: str | None
    notes: tuple[str, ...]


def _read_tree(
    tree: LexborHTMLParser, found: tuple[LiveBlogData | None, list[str]], notes: tuple[str, ...]
) -> _Page:
    """Blocks, leftover text and metadata of a parsed page (``found``: its JSON-LD, read already)."""
    data, json_notes = found
    all_notes = [*notes, *json_notes]
    title, url = _page_title(tree, data), _page_url(tree, data)
    reference, reference_source = _page_times(tree, data)
    for node in tree.css(", ".join(_DROP_TAGS)):
        node.decompose()
    raws: list[_Raw] = []
    lead_node = tree.css_first(
        '[itemprop=description], .content__standfirst, .standfirst, [class*="__lead"], .lead'
    )
    lead_text = data.description if data is not None and data.description else None
    if lead_node is not None:
        lead_text = lead_text or visible_text(lead_node)
    if lead_text:
        raws.append(_Raw(EntryKind.LEAD, "", lead_text, None, None, None))
    if data is not None and data.updates:
        raws += _from_jsonld(tree, data)
    else:
        if data is not None:
            all_notes.append("the page's LiveBlogPosting has no liveBlogUpdate yet (coverage not started?)")
        nodes = _microdata_blocks(tree) or _time_blocks(tree)
        raws += [_node_block(n, url) for n in nodes]
        for n in nodes:
            n.decompose()
    for item in _key_event_items(tree):
        raws.append(_node_block(item, url, EntryKind.SUMMARY))
        item.decompose()
    structured = any(r.kind is not EntryKind.LEAD for r in raws)
    if structured and lead_node is not None:
        lead_node.decompose()  # it is the lead block now; without blocks the page is read as it shows
    body = tree.body or tree.root
    rest = visible_text(body) if body is not None else ""
    return _Page(raws, rest, structured, title, url, reference, reference_source, tuple(all_notes))


def copy_text(html: str) -> str:
    """The page as a reader copies it from a browser: visible text only, each block on its own lines.

    Scripts, styles and the head are dropped; block elements (paragraphs,
    headings, list items, divs) start new lines and inline elements (links,
    ``<time>``, ``<span>``) join their neighbours on one line. This is the text
    form of a saved page that ``tests/test_copied_text.py`` and
    ``bench/segment.py`` compare with the HTML form.

    >>> copy_text("<p>12.31 <b>Uhr</b>: Titel</p><p>Text</p>")
    '12.31 Uhr: Titel\\n\\nText\\n'
    """
    tree = LexborHTMLParser(html)
    for node in tree.css(", ".join(_DROP_TAGS)):
        node.decompose()
    for br in tree.css("br"):
        br.replace_with("\n")  # a line break inside a paragraph, not a new paragraph
    body = tree.body or tree.root
    return visible_text(body) if body is not None else ""
