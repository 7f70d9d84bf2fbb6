"""Buttons and footers after the last post are page furniture, in any language: set aside, not post text."""

from __future__ import annotations

import pytest

import liveblog

# (the line after the last post, language of the page it ends)
FURNITURE = [
    ("Show more", "en"),
    ("Load more", "en"),
    ("Load more posts", "en"),
    ("Mehr laden", "en"),  # a German button on an English page
    ("Mehr laden", "ar"),
    ("Показать ещё", "en"),
    ("Показать еще", "ar"),
    ("تحميل المزيد", "en"),
    ("تحميل المزيد", "ar"),
    ("عرض المزيد", "ar"),
    ("Voir plus", "en"),
    ("Cargar más", "ar"),
    ("© 2024 Example News. All rights reserved.", "en"),
    ("© 2024 شبكة الأخبار. جميع الحقوق محفوظة", "ar"),
    ("Copyright © 2024 Example Media Ltd", "en"),
]

_POSTS = {
    "en": ("20:15\nTalks resumed in Doha.\n19:30\nRain all evening.\n", "Rain all evening."),
    "ar": ("20:15\nاستؤنفت المحادثات في الدوحة.\n19:30\nأمطار طوال المساء.\n", "أمطار طوال المساء."),
}


@pytest.mark.parametrize(("line", "lang"), FURNITURE)
def test_furniture_after_the_last_post_is_set_aside(line: str, lang: str) -> None:
    """The last post keeps its own text; the button or footer is ignored as page chrome, once."""
    page, last_text = _POSTS[lang]
    tl = liveblog.parse(f"{page}{line}\n", reference="2024-11-29T21:00", tz="UTC")
    oldest = min((e for e in tl.entries if e.when is not None), key=lambda e: e.when.start if e.when else 0)
    assert oldest.text == last_text
    chrome = "page chrome (button, label or navigation)"
    assert [(ig.text, ig.reason) for ig in tl.ignored] == [(line, chrome)]


# Post text that only looks like furniture stays post text.
NOT_FURNITURE = [
    "Rights groups say all detainees were released.",
    "Show more restraint, the UN told both sides.",
    "Copyright lawyers said the case would go on.",
    "قال مسؤولون إن المزيد من المساعدات سيصل غدا.",
]


@pytest.mark.parametrize("line", NOT_FURNITURE)
def test_sentences_with_furniture_words_stay_in_the_post(line: str) -> None:
    """Only a whole button line or a footer is furniture; a sentence using the words is news."""
    tl = liveblog.parse(f"20:15\nFirst line.\n{line}\n", reference="2024-11-29T21:00", tz="UTC")
    (post,) = [e for e in tl.entries if e.when is not None]
    assert post.text == f"First line.\n{line}"
    assert not tl.ignored
