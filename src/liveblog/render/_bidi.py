"""Right-to-left text on terminals that do not do BiDi themselves.

Most terminals (xterm, tmux, Windows Terminal, iTerm2, Alacritty, kitty) put
characters in the cells in the order they arrive, so Arabic comes out
backwards. For those we reorder each *already wrapped* line into visual order
with python-bidi (the Unicode BiDi algorithm), keeping the style of every
character, and mirror brackets in right-to-left runs («…», (…)), which
python-bidi 0.6 leaves unmirrored. Terminals that implement BiDi (VTE-based
ones such as GNOME Terminal since VTE 0.58, Konsole, mlterm) must get logical
order, or they would reverse the text a second time.

``auto`` decides so, in this order:

1. ``LIVEBLOG_BIDI=on|off`` in the environment wins;
2. output that is not a terminal (a file, a pipe) stays in logical order;
3. a terminal known to do BiDi itself (``VTE_VERSION`` >= 5800,
   ``KONSOLE_VERSION``, ``MLTERM``) gets logical order;
4. any other terminal gets visual order.

>>> visual_plain("Live تغطية مباشرة", rtl=False)
'Live ةرشابم ةيطغت'
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping

from bidi import get_display
from rich.style import Style
from rich.text import Text

from liveblog.errors import ConfigError

__all__ = ["MODES", "is_rtl", "use_visual_order", "visual", "visual_plain"]

MODES = ("auto", "on", "off")

_MIRROR = dict(zip("()[]{}<>«»‹›⁅⁆", ")(][}{><»«›‹⁆⁅", strict=True))
_LEVELS = re.compile(r"levels:\s*\[(.*?)\]", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_VTE_WITH_BIDI = 5800


def is_rtl(text: str) -> bool:
    """Whether ``text``'s first strong character is right-to-left (rules P2-P3).

    >>> is_rtl("«الجمعة» 29 Nov"), is_rtl("2020: M5 قطع")
    (True, False)
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def use_visual_order(mode: str, *, is_terminal: bool, environ: Mapping[str, str] | None = None) -> bool:
    """Resolve ``--bidi`` (``auto``, ``on``, ``off``) to: reorder for display or not."""
    env = os.environ if environ is None else environ
    if mode not in MODES:
        raise ConfigError(f"--bidi must be one of auto, on, off; got {mode!r}")
    if mode != "auto":
        return mode == "on"
    forced = env.get("LIVEBLOG_BIDI", "").strip().lower()
    if forced in ("on", "off"):
        return forced == "on"
    if forced not in ("", "auto"):
        raise ConfigError(f"LIVEBLOG_BIDI must be one of auto, on, off; got {forced!r}")
    if not is_terminal:
        return False
    vte = env.get("VTE_VERSION", "")
    if vte.isdigit() and int(vte) >= _VTE_WITH_BIDI:
        return False
    return not (env.get("KONSOLE_VERSION") or env.get("MLTERM"))


def _levels(line: str, rtl: bool) -> list[int] | None:
    """Embedding level of each character, from python-bidi's debug output (None if unreadable)."""
    dump = str(get_display(line, base_dir="R" if rtl else "L", debug=True))
    found = _LEVELS.search(dump)
    if found is None:
        return None
    per_byte = [int(n) for n in _LEVEL.findall(found.group(1))]
    if len(per_byte) != len(line.encode("utf-8")):
        return None
    levels, at = [], 0
    for ch in line:
        levels.append(per_byte[at])
        at += len(ch.encode("utf-8"))
    return levels


def _order(line: str, levels: list[int], base: int) -> list[int]:
    """Logical index of each visual position: rule L1 (trailing space to base), then L2."""
    levels = list(levels)
    i = len(line)
    while i > 0 and unicodedata.bidirectional(line[i - 1]) in ("WS", "S", "B", "BN"):
        i -= 1
        levels[i] = base
    order = list(range(len(line)))
    if not order:
        return order
    lowest_odd = min(lv for lv in levels if lv % 2) if any(lv % 2 for lv in levels) else max(levels) + 1
    for level in range(max(levels), lowest_odd - 1, -1):
        pos = 0
        while pos < len(order):
            if levels[order[pos]] >= level:
                end = pos
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[pos:end] = order[pos:end][::-1]
                pos = end
            else:
                pos += 1
    return order


def _marks_after_base(line: str, order: list[int], levels: list[int]) -> list[int]:
    """Rule L3: a reversed run puts combining marks before their base; put them back after it."""
    out: list[int] = []
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and levels[order[j]] % 2 and unicodedata.combining(line[order[j]]):
            j += 1
        if j > i and j < len(order) and order[j] == order[j - 1] - 1:
            out += [order[j], *order[i:j][::-1]]
            i = j + 1
        else:
            out += order[i : max(j, i + 1)]
            i = max(j, i + 1)
    return out


def visual_plain(line: str, *, rtl: bool) -> str:
    """``line`` (one display line, no newline) in visual order, brackets mirrored."""
    return visual(Text(line), rtl=rtl).plain


def visual(line: Text, *, rtl: bool) -> Text:
    """``line`` in visual order with each character keeping its style.

    If python-bidi's levels cannot be read, its plain reordering is used and
    the line keeps only its overall style.
    """
    plain = line.plain
    if not plain:
        return line.copy()
    expected = str(get_display(plain, base_dir="R" if rtl else "L"))
    levels = _levels(plain, rtl)
    order = _order(plain, levels, 1 if rtl else 0) if levels is not None else None
    if levels is None or order is None or "".join(plain[i] for i in order) != expected:
        return Text(expected, style=line.style, end="")
    order = _marks_after_base(plain, order, levels)
    styles: list[str | Style | None] = [None] * len(plain)
    for span in line.spans:
        for k in range(max(span.start, 0), min(span.end, len(plain))):
            styles[k] = (
                span.style
                if styles[k] is None
                else Style.combine(
                    [Style.parse(s) if isinstance(s, str) else s for s in (styles[k], span.style) if s]
                )
            )
    out = Text(style=line.style, end="")
    run: list[str] = []
    run_style: str | Style | None = None
    for i in order:
        if run and styles[i] != run_style:
            out.append("".join(run), run_style)
            run = []
        run_style = styles[i]
        run.append(_MIRROR.get(plain[i], plain[i]) if levels[i] % 2 else plain[i])
    out.append("".join(run), run_style)
    return out
