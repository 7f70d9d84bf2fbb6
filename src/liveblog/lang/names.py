"""Names that contain a day of the week but do not name the coming or last such day.

"The Sunday Times reported", "Black Friday sales", "Super Tuesday results",
«الجمعة العظيمة»: read as weekdays they give the nearest Sunday, Friday or
Tuesday — a false date. Feast days among them (Good Friday, Easter Monday,
«أحد الشعانين») are dates, but of a calendar the resolver does not compute,
so they give nothing rather than the wrong day.

Each name is a phrase in the resolver's normalised spelling (lower case;
Arabic folded as :func:`liveblog._text.normalize.fold_chars` does). An English
name counts only when its words are capitalised in the text ("a good Friday
for the markets" is still a Friday); an Arabic one may carry a clitic
(«والجمعة العظيمة»).
"""

from __future__ import annotations

import functools
import re

from liveblog._text.normalize import fold_chars

__all__ = ["NAMES", "names_pattern"]

NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        # feasts and named days
        *("good friday", "holy saturday", "easter sunday", "easter monday", "palm sunday"),
        *("ash wednesday", "maundy thursday", "holy thursday", "shrove tuesday", "fat tuesday"),
        *("whit sunday", "whit monday", "black friday", "cyber monday", "giving tuesday", "mad friday"),
        *("super tuesday", "super saturday", "super thursday", "bloody sunday", "bloody friday"),
        *("black monday", "black tuesday", "black wednesday", "black thursday", "black saturday"),
        *("blue monday", "man friday", "girl friday"),
        # newspapers, programmes, institutions
        *("sunday times", "sunday telegraph", "sunday mirror", "sunday express", "sunday post"),
        *("sunday people", "sunday herald", "sunday independent", "sunday world", "sunday tribune"),
        *("sunday business post", "sunday observer", "sunday mail", "sunday sport", "sunday school"),
        *("sunday league", "sunday night football", "monday night football", "thursday night football"),
        *("saturday night live", "friday night lights", "monday club", "tuesday club"),
    ),
    "ar": (
        *("الجمعة العظيمة", "الجمعة الحزينة", "أحد الشعانين", "أحد الفصح", "أحد القيامة", "خميس العهد"),
        *("خميس الأسرار", "سبت النور", "الجمعة السوداء", "الجمعة البيضاء", "الأحد الدامي", "الثلاثاء الكبير"),
        *("الاثنين الأسود", "الخميس الأسود", "الثلاثاء الأسود"),  # (الإثنين folds to الاثنين)
    ),
}


@functools.cache
def names_pattern(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the names of ``langs`` over normalised text; None when they have none."""
    alternatives: list[str] = []
    for lang in langs:
        clitic = "(?:[وفبل])?" if lang == "ar" else ""
        for name in NAMES.get(lang, ()):
            words = fold_chars(name).lower().split()
            alternatives.append(clitic + r"\s+".join(re.escape(w) for w in words))
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)  # "sunday night football" before "sunday"-anything shorter
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
