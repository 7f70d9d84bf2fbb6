"""The one "N ago / in N" parser: «منذ 5 دقائق», "Il y a 5 min", "2 hours ago", "in 2 hours".

Words are data, one :class:`RelativeWords` per language in ``lang/<code>/``
(``RELATIVE``); this module only compiles them into patterns and reads an
amount and a unit. The segmenter (relative markers, "2m ago (11:00 GMT)") and
the page reader (the "as of" of a relative stamp) use it, in any language and
before the page's language is known (cheap: no lexicon is built for a line).
The same words are rows of each language's lexicon (:func:`liveblog.lang.lexicon`
adds the ones its tables lack), where the resolver's amount rules read them in
running text with more around them («منذ حوالي ثلاث ساعات»);
``tests/test_stamps_agree.py`` writes every stamp the tables allow and checks
that both read the same moment.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Mapping
from datetime import timedelta
from typing import Literal, TypeVar, cast

import attrs

from liveblog._text.clock import to_ascii_digits
from liveblog._text.pagedata import page_tables
from liveblog.lang.tense import _trie

__all__ = ["LANGS", "Relative", "RelativeWords", "Unit", "match_relative", "page_relative", "search_relative"]

_V = TypeVar("_V")

Unit = Literal["second", "minute", "hour", "day", "week", "month", "year"]

_WINDOW = 60
LANGS = ("ar", "en", "fr", "de", "es", "it", "pt", "tr", "ru", "fa", "ur", "he")
"""Languages whose ``lang/<code>/`` folder has a ``RELATIVE`` table."""

_SECONDS: dict[str, int] = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "month": 30 * 86400,
    "year": 365 * 86400,
}


@attrs.frozen
class RelativeWords:
    """How one language says "N units ago" and "in N units".

    ``units`` maps a unit word to its unit and the count the word itself says
    («ساعتين» is two hours, "hour" needs a number: ``None``; a count word
    with no number before it counts one when the count is ``None`` and
    ``lone`` is set).
    """

    units: Mapping[str, tuple[Unit, int | None]]
    ago_before: tuple[str, ...] = ()  # "il y a", "hace", «منذ», "vor"
    ago_after: tuple[str, ...] = ()  # "ago", "önce", "назад", "fa", «پیش»
    in_before: tuple[str, ...] = ()  # "in", "dans", «بعد»
    numbers: Mapping[str, int] = attrs.Factory(dict)  # "a", "an", "une", "einer"
    glued: bool = False  # written without spaces: the unit may run into the next word (5分前, 10분전)


@attrs.frozen
class Relative:
    """An amount of time before (``sign`` −1) or after (+1) the reference, at ``start:end`` of a text."""

    amount: int
    unit: Unit
    sign: Literal[-1, 1]
    start: int
    end: int
    lang: str

    @property
    def delta(self) -> timedelta:
        """The signed length (months as 30 days, years as 365: for ordering, not for calendars)."""
        return timedelta(seconds=self.sign * self.amount * _SECONDS[self.unit])


def _alternation(words: object) -> str:
    ws = sorted((re.escape(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(w.replace(r"\ ", r"\s+") for w in ws)


def _compile(words: RelativeWords) -> re.Pattern[str]:
    amount = r"(?:(?P<n>\d{1,3})|(?P<w>" + (_alternation(words.numbers) or "(?!)") + r"))?\s*"
    amount += r"(?P<u>" + _alternation(words.units) + r")" + ("" if words.glued else r"(?![^\W\d_])\.?")
    forms = []
    if words.ago_before:
        # a circumfix closes after the amount when the language has both: "för 12 minuter sedan"
        close = r"(?:\s*(?:" + _alternation(words.ago_after) + r")(?!\w))?" if words.ago_after else ""
        forms.append(r"(?P<b>" + _alternation(words.ago_before) + r")\s+" + amount + close)
    if words.in_before:
        forms.append(r"(?P<i>" + _alternation(words.in_before) + r")\s+" + amount.replace("?P<", "?P<i_"))
    if words.ago_after:
        forms.append(amount.replace("?P<", "?P<a_") + r"\s*(?:" + _alternation(words.ago_after) + r")(?!\w)")
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE)


def page_relative(doc: Mapping[str, object]) -> RelativeWords:
    """The ``[relative]`` table of a ``lang/<code>/page.toml`` (:mod:`liveblog._text.pagedata`).

    >>> words = page_relative({"ago-after": ["前"], "units": {"分": "minute"}, "glued": True})
    >>> words.units["分"], words.ago_after, words.glued
    (('minute', None), ('前',), True)
    """
    units = cast("Mapping[str, Unit]", doc.get("units", {}))
    return RelativeWords(
        units={w: (unit, None) for w, unit in units.items()},
        ago_before=tuple(cast("list[str]", doc.get("ago-before", []))),
        ago_after=tuple(cast("list[str]", doc.get("ago-after", []))),
        in_before=tuple(cast("list[str]", doc.get("in-before", []))),
        glued=bool(doc.get("glued", False)),
    )


@functools.cache
def _tables() -> tuple[tuple[str, RelativeWords], ...]:
    """Every language's words (no pattern compiled: :func:`_pattern` does that on first need)."""
    out = [(code, importlib.import_module(f"liveblog.lang.{code}").RELATIVE) for code in LANGS]
    # pages8: languages whose live pages' relative stamps are data in lang/<code>/page.toml
    for code, doc in page_tables().items():
        if code not in LANGS and "relative" in doc:
            out.append((code, page_relative(doc["relative"])))
    return tuple(out)


@functools.cache
def _pattern(code: str) -> re.Pattern[str]:
    """The phrase pattern of ``code`` (compiled once, when a text first may hold one: fast9)."""
    return _compile(dict(_tables())[code])


def _first_letters(words: object) -> re.Pattern[str] | None:
    """A pattern of one character that a word of ``words`` may begin with (any case), or None when
    one begins with a digit or a space (such a language is tried at every start)."""
    heads = {w[:1] for w in words}  # type: ignore[attr-defined]
    if any(not h or h.isdigit() or h.isspace() for h in heads):
        return None
    return re.compile("[" + "".join(re.escape(h) for h in sorted(heads)) + "]", re.IGNORECASE)


@functools.cache
def _guards() -> tuple[tuple[str, RelativeWords, re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """Each language with what its phrase must begin with (fast9): a phrase begins with a word of
    ``ago_before``, ``in_before``, ``numbers`` or ``units`` (the amount is optional), or with a
    number of at most three digits and, after spaces, a unit word. So a text whose first character
    none of those words begins with, or whose digits are followed by no unit word of the language,
    holds no phrase of it, and its pattern is neither compiled nor tried. None: try every time."""
    out = []
    for code, words in _tables():
        first = _first_letters([*words.ago_before, *words.in_before, *words.numbers, *words.units])
        unit = _first_letters(words.units)
        out.append((code, words, first, unit if first is not None else None))
    return tuple(out)


_LEAD_DIGITS = re.compile(r"(\d+)\s*")  # the amount of "5 minutes ago" and the spaces after it


@functools.cache
def _starts() -> re.Pattern[str]:
    """What a relative phrase can start with, in any language: a digit or a first word."""
    firsts: set[str] = set()
    for _code, words in _tables():
        firsts |= {*words.ago_before, *words.in_before, *words.numbers}
    # seg11: the words factored by their common prefixes (a trie, as the tense words are): a line whose
    # first letter begins some word («د» of «دخلت» begins Persian «دو») tries the few words sharing
    # it, not a hundred case-insensitive words one after another. Only whether it matches is asked.
    alternatives = r"[\d٠-٩۰-۹]|(?:" + _trie(tuple(firsts)) + r")(?!\w)"
    if not all(w and not w[0].isspace() for w in firsts):
        return re.compile(alternatives, re.IGNORECASE)
    # seg10: the first characters of the words as one class, tried first. The words are tried one
    # after another (a hundred case-insensitive alternatives at every line's start); a line whose
    # first character begins none of them is refused by the class at once. Under IGNORECASE a
    # class admits a character exactly when a word starting with it would, so nothing changes.
    lead = "".join(sorted({re.escape(w[0]) for w in firsts}))
    return re.compile(rf"(?=[\d٠-٩۰-۹{lead}])(?:{alternatives})", re.IGNORECASE)


def _read(m: re.Match[str], code: str, words: RelativeWords) -> Relative | None:
    g = {k.removeprefix("i_").removeprefix("a_"): v for k, v in m.groupdict().items() if v is not None}
    unit_word = g["u"]
    found = _lookup(words.units, unit_word)
    if found is None:
        return None
    unit, implied = found
    if "n" in g:
        amount = int(g["n"])
    elif "w" in g:
        said = _lookup(words.numbers, g["w"])
        if said is None:
            return None
        amount = said
    elif implied is not None:
        amount = implied
    else:
        return None  # "ago" with a plural and no number: «منذ ساعات» is vague
    if amount <= 0 and unit != "second":
        return None
    sign: Literal[-1, 1] = 1 if any(k.startswith("i_") for k in m.groupdict() if m.group(k)) else -1
    return Relative(amount, unit, sign, m.start(), m.end(), code)


def _lookup(table: Mapping[str, _V], word: str) -> _V | None:
    """The entry of ``table`` the pattern matched as ``word``: as written, case-folded, else by the
    pattern's own case-insensitive matching (lead8: Turkish "YIL" matched "yıl", whose case fold is
    not "yil"; the lookup raised KeyError). None when no key matches."""
    key = " ".join(word.split())
    if key in table:
        return table[key]
    lowered = {k.casefold(): v for k, v in table.items()}
    if key.casefold() in lowered:
        return lowered[key.casefold()]
    for k, v in table.items():
        if re.fullmatch(re.escape(k).replace(r"\ ", r"\s+"), key, re.IGNORECASE):
            return v
    return None


def match_relative(text: str, pos: int = 0) -> Relative | None:
    """The relative time that starts exactly at ``pos`` in ``text``, or ``None``.

    >>> r = match_relative("منذ 5 دقائق"); (r.amount, r.unit, r.sign)
    (5, 'minute', -1)
    >>> [(r.amount, r.unit) for r in map(match_relative, ["Il y a 5 min", "۵ دقیقه پیش", "Vor einer Stunde"])]
    [(5, 'minute'), (5, 'minute'), (1, 'hour')]
    >>> match_relative("in 2 hours").sign, match_relative("2 hours of talks") is None
    (1, True)
    """
    if _starts().match(text, pos) is None:
        return None  # neither a digit nor a word any language's phrase starts with
    # A relative time is short: only a window is read, so trying many positions stays linear.
    ascii_text = to_ascii_digits(text[pos : pos + _WINDOW])
    best: Relative | None = None
    lead = _LEAD_DIGITS.match(ascii_text)
    for code, words, first, unit in _guards():
        if first is not None and unit is not None:
            if lead is None and first.match(ascii_text) is None:
                continue  # no word of the language begins here
            if lead is not None and (len(lead.group(1)) > 3 or unit.match(ascii_text, lead.end()) is None):
                continue  # a number that no unit word of the language follows ("12:30", "2024")
        m = _pattern(code).match(ascii_text)
        if m is None:
            continue
        found = _read(m, code, words)
        if found is not None and (best is None or found.end > best.end):
            best = found
    return attrs.evolve(best, start=best.start + pos, end=best.end + pos) if best is not None else None


def search_relative(text: str) -> Relative | None:
    """The first relative time anywhere in ``text`` (at a word start), or ``None``.

    >>> search_relative("Updated 11m ago").amount
    11
    """
    for m in re.finditer(r"(?<!\w)\w", text):
        found = match_relative(text, m.start())
        if found is not None:
            return found
    return None
