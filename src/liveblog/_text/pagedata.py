"""Page words of each language as data: ``lang/<code>/page.toml``.

How live pages of a language write their stamps and their furniture, beyond
the tables of :mod:`liveblog._text.pagewords` and :mod:`liveblog._text.clock`
(which hold the languages the project started with). A language is added by
writing its file; no code names a word. The format::

    [clock]
    before = { "下午" = "pm" }   # a part of the day written BEFORE the clock: 下午3:10, 오후 8시 5분
    hour = ["時"]                # counters after the hour and the minutes: 14時30分
    minute = ["分"]
    cues = ["godz."]             # a word before the clock that says "at" ("godz. 14:30")
    suffixes = ["uur"]           # a word after it that belongs to it ("14.30 uur", "2:30 बजे")

    [relative]                   # "N units ago" (liveblog.lang.relative.RelativeWords)
    glued = true                 # words are written without spaces: 5分前
    ago-after = ["前"]
    ago-before = []
    in-before = []
    units = { "分" = "minute" }

    [furniture]
    chrome = ["もっと見る"]      # whole lines that are buttons, labels, navigation
    metadata = ["最終更新"]      # starts of page-metadata lines ("last updated …")
    stamp = ["Stand"]            # the same, only before a colon and a digit ("Stand: 29.11.2024")
    updated = ["Mis à jour"]     # words before a page's latest stamp ("Publié … · Mis à jour …")
    summary = []                 # key-events headings
    pinned = []                  # pinned-post labels
    now = ["Just now"]           # a whole line stamping a post in its first minute: the reference (h11)

Values of ``before`` are the 12-hour words of
:func:`liveblog._text.clock.hour24`: ``am``, ``pm``, ``noon`` (a midday part:
12:05 stays, 2:30 is 14:30) and ``night`` (8 is 20:00, 1 is 01:00).
The files are read once, on first use.
"""

from __future__ import annotations

import functools
import os
import tomllib
from typing import Any

__all__ = ["page_list", "page_map", "page_tables"]

# os.path, not pathlib: nothing else a page's reading needs imports pathlib (fast9: 4 ms a start)
_LANG_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(__file__))), "lang")


@functools.cache
def page_tables() -> dict[str, dict[str, Any]]:
    """Every language's ``page.toml``, by language code (in the order of the codes)."""
    out: dict[str, dict[str, Any]] = {}
    for code in sorted(os.listdir(_LANG_DIR)):
        path = os.path.join(_LANG_DIR, code, "page.toml")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                out[code] = tomllib.loads(f.read())
    return out


def page_list(section: str, key: str) -> dict[str, tuple[str, ...]]:
    """The word list ``[section] key`` of each language that has one."""
    return {
        code: tuple(doc[section][key]) for code, doc in page_tables().items() if key in doc.get(section, {})
    }


def page_map(section: str, key: str) -> dict[str, dict[str, str]]:
    """The table ``[section] key`` (word → value) of each language that has one."""
    return {
        code: dict(doc[section][key]) for code, doc in page_tables().items() if key in doc.get(section, {})
    }
