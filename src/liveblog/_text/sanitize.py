"""Make untrusted page text safe to put on a terminal.

Page text reaches the screen only through :func:`clean`: terminal escape
sequences (CSI, OSC hyperlinks and titles, DCS …) go whole, payload included;
the remaining C0/C1 control characters go; the invisible Unicode BiDi controls
(overrides, embeddings, isolates, marks) go, so a page cannot flip the order
of what we print around it. Tabs become spaces; newlines stay.

>>> clean("a\\x1b[2Jb\\x1b]8;;http://evil\\x07c\\u202ed")
'abcd'
"""

from __future__ import annotations

import re

__all__ = ["clean", "clean_line"]

# Whole escape sequences first, so their payloads ("8;;http://evil") go with them.
_ESCAPES = re.compile(
    r"""
      \x1b\[ [0-?]* [\x20-/]* [@-~]?          # CSI: ESC [ params intermediates final
    | \x9b   [0-?]* [\x20-/]* [@-~]?          # CSI, 8-bit form
    | \x1b\] [^\x07\x1b\x9c]* (?:\x07|\x1b\\|\x9c)?   # OSC (titles, hyperlinks) to BEL or ST
    | \x9d   [^\x07\x1b\x9c]* (?:\x07|\x1b\\|\x9c)?   # OSC, 8-bit form
    | \x1b[PX^_] [^\x1b\x9c]* (?:\x1b\\|\x9c)?        # DCS, SOS, PM, APC to ST
    | [\x90\x98\x9e\x9f] [^\x1b\x9c]* (?:\x1b\\|\x9c)?  # the same, 8-bit forms
    | \x1b [\x20-/]* [0-~]?                   # any other ESC sequence (or a lone ESC)
    """,
    re.VERBOSE,
)

# C0 except \t and \n, DEL, C1; the Unicode BiDi controls: ALM, LRM, RLM,
# LRE…RLO, LRI…PDI; BOM; line/paragraph separators become newlines below.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SEPARATORS = re.compile("[\u2028\u2029]")


def clean(text: str) -> str:
    """``text`` with escape sequences and control characters removed (newlines kept).

    >>> clean("[bold red]x[/]")  # markup is not our business here: Text never parses it
    '[bold red]x[/]'
    """
    text = _ESCAPES.sub("", text)
    text = _SEPARATORS.sub("\n", text)
    text = text.replace("\t", " ")
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """:func:`clean`, then every run of whitespace (newlines too) as one space.

    >>> clean_line("  a\\n\\tb  ")
    'a b'
    """
    return " ".join(clean(text).split())
