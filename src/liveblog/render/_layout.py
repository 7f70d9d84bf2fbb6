"""Lines on a fixed-width screen: wrapping, right-to-left alignment, visual reordering.

Everything that reaches the screen is built here as :class:`rich.text.Text`
(never markup), from text that went through :func:`liveblog._text.sanitize.clean`.
Wrapping happens in logical order; only then is each finished line reordered
for display (when asked), so a paragraph's first words stay on its first line.
"""

from __future__ import annotations

import attrs
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text

from liveblog._text.sanitize import clean, clean_line
from liveblog.render._bidi import is_rtl, visual

__all__ = ["Screen", "safe_text"]

StyleLike = str | Style | None


def safe_text(
    text: str, style: StyleLike = None, *, highlight: str | None = None, highlight_style: StyleLike = None
) -> Text:
    """Untrusted ``text`` as one cleaned line of :class:`Text`, ``highlight`` styled where it first occurs."""
    line = clean_line(text)
    out = Text(line, style=style or "", end="")
    if highlight:
        word = clean_line(highlight)
        at = line.find(word) if word else -1
        if at >= 0 and highlight_style:
            out.stylize(highlight_style, at, at + len(word))
    return out


def _has_rtl(text: str) -> bool:
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" for ch in text)


@attrs.frozen
class Screen:
    """How to lay text out: the width, whether to style it, whether to reorder RTL for display."""

    console: Console
    width: int
    styled: bool
    visual_order: bool

    def style(self, style: StyleLike) -> StyleLike:
        """``style``, or nothing on a plain screen."""
        return style if self.styled else None

    def paragraphs(self, text: str) -> list[str]:
        """The non-empty paragraphs of untrusted ``text``, whitespace collapsed."""
        return [p for p in (clean_line(raw) for raw in clean(text).split("\n")) if p]

    def wrap(self, line: Text, width: int, *, indent: int = 0, ltr: bool = False) -> list[Text]:
        """``line`` wrapped to ``width`` cells in logical order, aligned and ordered for display.

        ``indent`` cells are left free on the side the paragraph starts from
        (the right for right-to-left text); ``ltr`` forces left-to-right, for
        our own labels that quote page words.
        """
        width = max(width - indent, 8)
        rtl = not ltr and is_rtl(line.plain)
        out = []
        for logical in line.wrap(self.console, width, overflow="fold"):
            logical.rstrip()
            logical.end = ""
            shown = visual(logical, rtl=rtl) if self.visual_order and _has_rtl(logical.plain) else logical
            pad = max(width - cell_len(shown.plain), 0) if rtl else indent
            out.append(Text(" " * pad, end="") + shown)
        return out

    def line_of(self, line: Text, width: int, *, indent: int = 0, offset: int = 0) -> int:
        """Which line of :meth:`wrap`'s result holds character ``offset`` of ``line``."""
        seen = 0
        for i, part in enumerate(line.wrap(self.console, max(width - indent, 8), overflow="fold")):
            seen += len(part.plain)
            if offset < seen:
                return i
        return 0

    def aligned(self, line: Text) -> Text:
        """One line across the whole width: right-aligned if it reads right to left."""
        lines = self.wrap(line, self.width)
        joined = Text("\n", end="").join(lines)
        joined.end = ""
        return joined

    def row(
        self, label: Text, label_width: int, body: list[Text], under_label: list[Text] | None = None
    ) -> list[Text]:
        """A two-column row: ``label`` (and ``under_label``) left, ``body`` lines right of it."""
        left = [label, *(under_label or [])]
        rows = []
        for i in range(max(len(left), len(body), 1)):
            cell = left[i] if i < len(left) else Text("", end="")
            pad = " " * (label_width - cell_len(cell.plain) + 2)
            line = Text("", end="")
            line.append_text(cell)
            line.append(pad)
            if i < len(body):
                line.append_text(body[i])
            line.rstrip()
            rows.append(line)
        return rows
