"""The part of a page before its live feed: title, page header, key points, lead.

Copied pages put their furniture around the headline in many ways; the rules
here find, in order: a key-points / key-events list (a summary entry), the
headline the page declared (HTML title, og:title, JSON-LD), a first line with
a site suffix repeated without it further down, a lone headline just above
the feed, or a first line that is a headline followed by sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from liveblog._text import pagewords as words
from liveblog.lang import UNSPACED
from liveblog.segment._lines import Line, LineKind

__all__ = ["Preamble", "headline_like", "paragraphs", "split_preamble", "word_count"]

MAX_TITLE_WORDS = 24
_SITE_SUFFIX = re.compile(r"(?<!\s)\s+[|–—-]\s+[^|–—-]{2,40}$")
_SENTENCE_END: tuple[str, ...] = (".", "!", "?", "؟", "…", "»", '"', "”")
_SENTENCE_WORDS = 12
# pages8: the full stops and clause marks of other scripts: 。！？ (CJK), । ॥ (Devanagari danda)
_SENTENCE_END += ("。", "！", "？", "।", "॥")
_NOT_HEADLINE_END = (".", ":", "،", ",", "؛", ";", "…", "。", "：", "，", "、", "।")
# A script written without spaces has no words to count: its letters are counted, two to a word
# (a Chinese or Japanese word is mostly two characters), so 海南启动一级应急响应 is five words.
_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")


def word_count(text: str) -> int:
    """Words of ``text``: spaced words, and runs of an unspaced script at two letters a word.

    >>> word_count("Polls open"), word_count("海南启动一级应急响应"), word_count("投票締め切り　開票始まる")
    (2, 5, 6)
    """
    unspaced = _UNSPACED_RUN.findall(text)
    if not unspaced:
        return len(text.split())
    rest = _UNSPACED_RUN.sub(" ", text)
    return len(rest.split()) + sum((len(run) + 1) // 2 for run in unspaced)


@attrs.frozen
class Preamble:
    """The lines before the feed, sorted into their parts."""

    title: str | None
    title_line: Line | None
    lead: tuple[Line, ...]
    header: tuple[Line, ...] = ()  # logo, navigation, edition pickers above the headline
    summary: tuple[Line, ...] = ()  # key points listed under a "Key points" heading
    summary_heading: Line | None = None


def paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """Content lines grouped into paragraphs (split at blank or set-aside lines)."""
    paras: list[list[Line]] = []
    current: list[Line] = []
    for ln in lines:
        if ln.kind is LineKind.CONTENT:
            current.append(ln)
        elif current:
            paras.append(current)
            current = []
    if current:
        paras.append(current)
    return paras


def headline_like(text: str, max_words: int = MAX_TITLE_WORDS, *, min_words: int = 2) -> bool:
    """Two (or ``min_words``) to ``max_words`` words and no sentence-final full stop, colon or comma."""
    n = word_count(text)
    return min_words <= n <= max_words and not text.rstrip().endswith(_NOT_HEADLINE_END)


def _sentence_like(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END) or word_count(text) >= _SENTENCE_WORDS


def _runs(pre: Sequence[Line]) -> list[list[Line]]:
    """Runs of content lines, split wherever a line was set aside (blank lines do not split)."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    for ln in pre:
        if ln.kind is LineKind.CONTENT:
            current.append(ln)
        elif ln.kind is not LineKind.BLANK and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _summary(pre: Sequence[Line]) -> tuple[Line | None, tuple[Line, ...]]:
    """A key-points heading and the content lines listed under it, up to the next set-aside line."""
    for i, ln in enumerate(pre):
        if ln.kind is LineKind.CHROME and words.fold(ln.stripped) in words.SUMMARY_HEADINGS:
            items: list[Line] = []
            for nxt in pre[i + 1 :]:
                if nxt.kind is LineKind.CONTENT:
                    items.append(nxt)
                elif nxt.kind is not LineKind.BLANK or items:
                    break
            return (ln, tuple(items)) if items else (None, ())
    return None, ()


class _Folded:
    """The folded text of each content line, folded when first asked for (seg10: a page with no
    declared title and no site suffix on its first line folded its whole lead for nothing)."""

    def __init__(self, content: Sequence[Line]) -> None:
        self.content = content
        self.done: list[str] = []

    def index(self, key: str, start: int = 0) -> int | None:
        """The first line from ``start`` on whose folded text is ``key``, or None."""
        for i in range(start, len(self.content)):
            while len(self.done) <= i:
                self.done.append(words.fold(self.content[len(self.done)].stripped))
            if self.done[i] == key:
                return i
        return None


def _title(pre: Sequence[Line], known_title: str | None) -> tuple[str | None, Line | None, list[Line]]:
    content = [ln for ln in pre if ln.kind is LineKind.CONTENT]
    folded = _Folded(content)
    i = folded.index(words.fold(known_title)) if known_title is not None else None
    if known_title is not None and i is not None:
        return known_title, content[i], content[:i]
    if content:
        bare = _SITE_SUFFIX.sub("", content[0].stripped)
        i = folded.index(words.fold(bare), 1) if bare != content[0].stripped else None
        if i is not None:
            return content[i].stripped, content[i], content[:i]
    runs = _runs(pre)
    if len(runs) >= 2 and len(runs[-1]) == 1 and headline_like(runs[-1][0].stripped):
        return runs[-1][0].stripped, runs[-1][0], []
    if len(content) == 1 and headline_like(content[0].stripped):  # a lone heading above the feed
        return content[0].stripped, content[0], []
    if (
        len(content) >= 2
        and headline_like(content[0].stripped)
        and (len(paragraphs(pre)[0]) == 1 or _sentence_like(content[1].stripped))
    ):
        return content[0].stripped, content[0], []
    return known_title, None, []


_MENU_ITEMS = 3  # a navigation menu copied as text: one item per line, at least this many
_MENU_WORDS = 2


def _menu(pre: Sequence[Line]) -> list[Line]:
    """A site menu copied one item a line at the very top ("News", "Opinion", "Sport" …), or nothing.

    The lines before it that are set aside already (a "Skip to main content"
    link) belong to it; it ends at the first line of more than two words. After
    a known navigation word ("Home", «Главная»), single words are the rest of a
    breadcrumb however few («Общество»).
    """
    items: list[Line] = []
    chrome = 0
    for ln in pre:
        if ln.kind is not LineKind.CONTENT:
            if items or ln.kind is LineKind.BLANK or ln.kind is LineKind.CHROME:
                chrome += ln.kind is LineKind.CHROME and not items
                continue
            break
        if word_count(ln.stripped) > _MENU_WORDS or ln.stripped.endswith(_SENTENCE_END):
            break
        items.append(ln)
    if len(items) >= _MENU_ITEMS:
        return items
    # a breadcrumb: section names of one word each after a known one («Главная» / «Общество»)
    return items if chrome and items and all(len(ln.stripped.split()) == 1 for ln in items) else []


def split_preamble(pre: Sequence[Line], known_title: str | None) -> Preamble:
    """Sort the lines before the first marker into title, header, key points and lead."""
    heading, summary = _summary(pre)
    listed = {ln.index for ln in summary}
    rest = [ln for ln in pre if ln.index not in listed and ln is not heading]
    menu = _menu(rest)
    rest = [ln for ln in rest if ln.index > menu[-1].index] if menu else rest
    title, title_line, header = _title(rest, known_title)
    header = [*menu, *header]
    above = {ln.index for ln in header}
    lead = tuple(ln for ln in rest if ln is not title_line and ln.index not in above)
    return Preamble(title, title_line, lead, tuple(header), summary, heading)
