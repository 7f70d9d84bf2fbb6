"""Write ``lang/<code>/cldr.json``: date words of one language, taken from dateparser's CLDR data.

    python -m liveblog.lang._generate [CODE ...]

dateparser ships, for 200+ locales, tables derived from the Unicode CLDR
(``dateparser/data/date_translation_data/<code>.py``): month and weekday names
and abbreviations, relative words (yesterday, last week), the "N ago" / "in N"
patterns and number words. This script turns one of them into lexicon rows
(``(phrase, kind, value)``, the kinds of :mod:`liveblog.lang`); the rows are
committed, so that reading a language costs one small JSON file at run time
instead of importing dateparser (~200 ms). Hand-written news phrasing that the
CLDR does not have ("hier soir", "am Sonntagabend") is in ``lang/<code>/news.toml``.

Run it again when dateparser's data changes; the output is sorted and stable.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

from liveblog.lang import UNSPACED_LETTER
from liveblog.lang._data import LANGS
from liveblog.lang.labels import LABEL_LOCALES, babel_names

__all__ = ["GENERATED", "labels", "rows_of", "write", "write_labels"]

GENERATED = LANGS  # one list: liveblog.lang._data reads what this writes

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
_PERIODS = ("week", "month", "year")
_NUMBER = re.escape(r"(\d++[.,]?\d*+)")
# "il y a (\d+) heures", "(\d+) saat önce", "(\d+) uur geleden", "dentro de (\d+) h"
_REGEX = re.compile(rf"^(?P<pre>.*?)\s*{_NUMBER}\s*(?P<unit>[^\s]+(?:\s[^\s]+)?)?\s*$")
# The same, with every word after the amount: "(\d+) hari yang lalu" (Indonesian: the unit, then
# "yang lalu", ago), "pred (\d+) dňami" (Slovak: the unit in the case "pred" asks for).
_AROUND = re.compile(rf"^(?P<pre>.*?)\s*{_NUMBER}\s*(?P<rest>.*?)\s*$")
_KEY_UNIT = re.compile(r"^(?:in )?\\1 (?P<unit>year|month|week|day|hour|minute|second)(?: ago)?$")
_RELATIVE = re.compile(r"^(?:(?P<in>in )?(?P<n>\d) (?P<unit>\w+)(?P<ago> ago)?)$")
# Number words in dateparser's simplifications: "deux" → 2, "тр(и|ёх|ем)" → 3.
_STEM_ALTERNATION = re.compile(r"^(?P<stem>[^\W\d_]*)\((?P<alts>[^\W\d_]+(?:\|[^\W\d_]*)*)\)$")
_ABBREVIATION = 0.75  # a name shorter than this share of the longest is an abbreviation (bound)
_SHORTEST = 3  # "lu", "ma", "di": two-letter abbreviations are common words; left out
# A name written with its preposition (Catalan "de gener", "d'abril") is the name and a word: it is
# not the longest form that makes "gener" look like an abbreviation.
_WITH_PREPOSITION = re.compile(r"^(?:de |d'|d’)")
# Number words spelled by num2words (the CLDR's spell-out rules as a library): the locales of each
# language whose hours, minutes and days are read in words ("à quinze heures", "hace dos horas",
# "alle tre e venti"). A language not listed keeps dateparser's few number words.
SPELLED: dict[str, tuple[str, ...]] = {
    "fr": ("fr",),
    "es": ("es",),
    "it": ("it",),
    "pt": ("pt", "pt_BR"),
    "ca": ("ca",),
    "ro": ("ro",),
}
_SPELLED_UP_TO = 59  # every minute of an hour; days and hours are below it


def _info(code: str) -> dict[str, Any]:
    module = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    info: dict[str, Any] = module.info
    return info


def _names(kind: str, value: int, names: Iterable[str]) -> Iterator[tuple[str, str, int]]:
    forms = sorted({n.lower().strip(".") for n in names if n.strip(".")}, key=lambda n: (-len(n), n))
    if not forms:
        return
    longest = max(len(_WITH_PREPOSITION.sub("", f)) for f in forms)
    for form in forms:
        if len(form) < _SHORTEST:
            continue
        full = len(_WITH_PREPOSITION.sub("", form)) >= _ABBREVIATION * longest
        yield form, kind if full else f"{kind}-bound", value


def _numbers(info: dict[str, Any]) -> Iterator[tuple[str, str, int]]:
    for simplification in info.get("simplifications", ()):
        for pattern, replacement in simplification.items():
            if not isinstance(replacement, str) or not replacement.isdigit():
                continue
            n = int(replacement)
            if not 1 <= n <= 99:
                continue
            if re.fullmatch(r"[^\W\d_]+(?:'[^\W\d_]+)?", pattern):
                yield pattern, "num", n
                continue
            m = _STEM_ALTERNATION.match(pattern)
            if m is not None:
                for alt in m["alts"].split("|"):
                    yield m["stem"] + alt, "num", n


def _spelled(code: str) -> Iterator[tuple[str, str, int]]:
    """Number words 1-59 of :data:`SPELLED` ("quinze", "veinticuatro", "vingt et un", "trentuno")."""
    if code not in SPELLED:
        return
    from num2words import num2words  # type: ignore[import-untyped]

    for locale in SPELLED[code]:
        for n in range(1, _SPELLED_UP_TO + 1):
            spelled = num2words(n, lang=locale).lower()
            yield spelled, "num", n
            if "-" in spelled:  # "vingt quatre", "vint i quatre": copy often drops the hyphens
                yield spelled.replace("-", " "), "num", n


def _relative(info: dict[str, Any], units: dict[str, set[str]]) -> Iterator[tuple[str, str, Any]]:
    """Day words ("hier": -1) and whole period phrases ("la semaine dernière": last week)."""
    for key, phrases in info.get("relative-type", {}).items():
        m = _RELATIVE.match(key)
        if m is None:
            continue
        n, unit = int(m["n"]), m["unit"]
        offset = -n if m["ago"] else n
        for said in phrases:
            phrase = said.lower()
            if unit == "day":
                yield phrase, "dayword", offset
            elif unit in _PERIODS:
                yield phrase, "periodword", [unit, offset]
                for word in phrase.split():
                    if word in units[unit]:
                        yield word, "period", unit  # "semaine" in "cette semaine"


def _amounts(
    info: dict[str, Any], unit_words: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str, Any]]:
    """The words around an amount: "il y a" (ago, before), "önce" (ago, after), "dans" (in)."""
    for key, patterns in info.get("relative-type-regex", {}).items():
        ago = key.endswith(" ago")
        for pattern in patterns:
            m = _REGEX.match(pattern)
            if m is None or m["unit"] is None:
                continue
            pre = m["pre"].strip()
            unit_and_post = m["unit"].split()
            if pre and len(unit_and_post) == 1:
                yield pre, "ago" if ago else "in", None
            elif len(unit_and_post) == 2 and ago and (not pre or unit_and_post[0].lower() in unit_words):
                # "(\d+) uur geleden"; around the amount, Swedish "för (\d+) dagar sedan": the word
                # after the unit says "ago" alone ("7 dagar sedan"; not Romanian "acum (\d+) de zile")
                yield unit_and_post[1], "ago-post", None


def _pattern_units(info: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """The forms a unit takes inside the "N ago" / "in N" patterns (lead7): the word right after the
    amount is the key's unit, inflected as the pattern needs it ("pred (\\d+) dňami", "пре (\\d+)
    дана", "prieš (\\d+) dienas") where the CLDR's unit list has the nominative alone; and the words
    after that unit, when more than one, say "ago" or "in" together ("(\\d+) hari yang lalu")."""
    for key, patterns in info.get("relative-type-regex", {}).items():
        k = _KEY_UNIT.match(key)
        if k is None:
            continue
        ago = key.endswith(" ago")
        for pattern in patterns:
            m = _AROUND.match(pattern)
            if m is None:
                continue
            rest = m["rest"].split()
            if not rest or not re.fullmatch(r"[^\W\d_]+", rest[0]) or len(rest[0]) < 2:
                continue  # "(\d+) h" is an abbreviation the unit list has or rightly lacks
            if UNSPACED_LETTER.search(rest[0]):
                continue  # "(\d+)か月前": a script without spaces glues the unit and "ago" together
            yield rest[0].lower(), "unit", [k["unit"], 0]
            if len(rest) > 2 and not m["pre"].strip():
                yield " ".join(rest[1:]).lower(), "ago-post" if ago else "in-post", None


def _day_simplifications(
    info: dict[str, Any], days: set[str], amounts: list[tuple[str, str, Any]]
) -> Iterator[tuple[str, str, int]]:
    """Day words dateparser writes as amounts: Polish "przedwczoraj" → "2 dnia temu" is −2."""
    ago = {p for p, k, _ in amounts if k == "ago-post"}
    ago_before = {p for p, k, _ in amounts if k == "ago"}
    after = {p for p, k, _ in amounts if k == "in"}
    for simplification in info.get("simplifications", ()):
        for pattern, replacement in simplification.items():
            if not isinstance(replacement, str) or not re.fullmatch(r"[^\W\d_]+", pattern):
                continue
            words = replacement.split()
            if len(words) == 2 and words[0].isdigit() and words[1] in days and words[0] == "0":
                yield pattern, "dayword", 0
            elif len(words) == 3 and words[0].isdigit() and words[1] in days and words[2] in ago:
                yield pattern, "dayword", -int(words[0])
            elif len(words) == 3 and words[0] in ago_before and words[1].isdigit() and words[2] in days:
                yield pattern, "dayword", -int(words[1])
            elif len(words) == 3 and words[0] in after and words[1].isdigit() and words[2] in days:
                yield pattern, "dayword", int(words[1])


def rows_of(code: str) -> list[tuple[str, str, Any]]:
    """The lexicon rows dateparser's data gives for ``code``, sorted and without repeats."""
    info = _info(code)
    rows: list[tuple[str, str, Any]] = []
    for i, day in enumerate(_WEEKDAYS):
        rows += _names("weekday", i, info.get(day, ()))
    for i, month in enumerate(_MONTHS):
        rows += _names("month", i + 1, info.get(month, ()))
    units: dict[str, set[str]] = {}
    for unit in _UNITS:
        forms = {f.lower() for f in info.get(unit, ()) if len(f) > 1 or f == "h"}
        units[unit] = forms
        rows += [(form, "unit", [unit, 0]) for form in forms]
    rows += _relative(info, units)
    amounts = list(_amounts(info, frozenset().union(*units.values())))
    rows += amounts
    rows += _pattern_units(info)
    rows += _numbers(info)
    rows += _spelled(code)
    rows += _day_simplifications(info, units["day"], amounts)
    unique = {(p, k, json.dumps(v)): (p, k, v) for p, k, v in rows if p.strip()}
    return [unique[key] for key in sorted(unique)]


def write(code: str, root: Path) -> Path:
    """Write ``root/<code>/cldr.json`` and return its path."""
    folder = root / code
    folder.mkdir(exist_ok=True)
    path = folder / "cldr.json"
    doc = {
        "lang": code,
        "source": f"dateparser {version('dateparser')} data/date_translation_data/{code}.py (CLDR)",
        "generated_by": "python -m liveblog.lang._generate",
        "rows": [list(row) for row in rows_of(code)],
    }
    text = json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def labels() -> dict[str, dict[str, list[str]]]:
    """Weekday and month names of :data:`liveblog.lang.labels.LABEL_LOCALES`, from Babel."""
    out: dict[str, dict[str, list[str]]] = {}
    for locale in LABEL_LOCALES:
        found = babel_names(locale)
        if found is not None:
            days, months, alone = found
            out[locale] = {"days": list(days), "months": list(months), "alone": list(alone)}
    return out


def write_labels(root: Path) -> Path:
    """Write ``root/labels.json`` and return its path."""
    path = root / "labels.json"
    path.write_text(json.dumps(labels(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return path


# --- perf: stop words of the Latin-script candidates, for langid's first pass ---------------------


def stopwords() -> dict[str, list[str]]:
    """Stop words of every Latin-script candidate of :mod:`liveblog._text.langid`, from stopwords-iso.

    Norwegian Bokmål is stopwords-iso's ``no``. Words are lower-cased and sorted.
    """
    import stopwordsiso  # the generator's dependency only (extra "generate"); the table is committed

    from liveblog._text.langid import STOP_LATIN

    return {
        code: sorted({w.lower() for w in stopwordsiso.stopwords("no" if code == "nb" else code)})
        for code in STOP_LATIN
    }


def write_stopwords(root: Path) -> Path:
    """Write ``root/stopwords.json`` and return its path."""
    path = root / "stopwords.json"
    doc = {"source": f"stopwordsiso {version('stopwordsiso')}", "words": stopwords()}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return path


# --- lead9: the cities of the zone database, for "<place> time" (liveblog._text.zones.place_zones) ---

_ZONE_AREAS = ("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe")
_ZONE_AREAS_MORE = ("Indian", "Pacific")


def zone_cities() -> list[str]:
    """Every "Area/City" zone of the installed IANA database, sorted (links such as Europe/Kiev too)."""
    import zoneinfo

    areas = (*_ZONE_AREAS, *_ZONE_AREAS_MORE)
    return sorted(z for z in zoneinfo.available_timezones() if z.split("/", 1)[0] in areas)


def write_zone_cities(root: Path) -> Path:
    """Write ``liveblog/_text/zone_cities.json`` (``root`` is ``liveblog/lang``) and return its path."""
    path = root.parent / "_text" / "zone_cities.json"
    doc = {
        "source": "the IANA time zone database (zoneinfo.available_timezones(), Area/City names)",
        "zones": zone_cities(),
    }
    path.write_text(json.dumps(doc, indent=0) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    """Write the tables of the languages named (default: every generated language, the labels, stop words)."""
    root = Path(__file__).resolve().parent
    for code in argv or GENERATED:
        print(write(code, root))
    if not argv:
        print(write_labels(root))
        print(write_stopwords(root))
        print(write_zone_cities(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
