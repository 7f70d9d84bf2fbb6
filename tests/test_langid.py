"""The page's main language: script first, then lingua among the script's languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liveblog import parse
from liveblog._text import langid
from liveblog._text.langid import CANDIDATES, detect_language, script_of

SAMPLE = [
    json.loads(line) for line in (Path(__file__).parent / "data" / "langid.jsonl").read_text().splitlines()
]


@pytest.mark.parametrize(
    "rec", [r for r in SAMPLE if r["kind"] != "title"], ids=lambda r: f"{r['lang']}-{r['kind']}"
)
def test_paragraphs_and_mixed_pages(rec: dict[str, str]) -> None:
    """A news paragraph, or a page mixing its language with chrome in another, gets its main language."""
    assert detect_language(rec["text"]) == rec["lang"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Arabic, Persian and Urdu: one script, three languages
        ("قالت وزارة الصحة إن عدد القتلى ارتفع إلى 15 شخصا منذ صباح اليوم", "ar"),
        ("وزارت بهداشت اعلام کرد که شمار کشته‌شدگان از صبح امروز به ۱۵ نفر رسیده است", "fa"),
        ("وزارت صحت کا کہنا ہے کہ آج صبح سے ہلاک ہونے والوں کی تعداد بڑھ کر 15 ہو گئی ہے", "ur"),
        # a script with one candidate needs no model
        ("משרד הבריאות מסר כי מספר ההרוגים עלה", "he"),
        ("Το υπουργείο υγείας ανακοίνωσε ότι ο αριθμός των νεκρών αυξήθηκε", "el"),
        # too few letters to tell: the script's first language; no letters at all: English
        ("Live", "en"),
        ("12:05", "en"),
        ("", "en"),
        ("عاجل", "ar"),
    ],
)
def test_scripts_and_short_text(text: str, lang: str) -> None:
    """Arabic, Persian and Urdu are told apart; short or letterless text falls back by script."""
    assert detect_language(text) == lang


def test_arabic_text_loads_no_model() -> None:
    """Arabic-script text without a Persian or Urdu letter is Arabic without loading any model."""
    langid._detector.cache_clear()
    assert detect_language("تغطية مباشرة Live\nقالت وزارة الصحة إن عدد القتلى ارتفع إلى 15 شخصا") == "ar"
    assert langid._detector.cache_info().currsize == 0


def test_candidates_have_tables() -> None:
    """Every language the identifier may answer has word tables (or is hand-written)."""
    from liveblog.lang import lexicon

    assert all(lexicon(code) is not None for code in CANDIDATES)


@pytest.mark.parametrize(
    ("char", "script"), [("ب", "ARABIC"), ("a", "LATIN"), ("я", "CYRILLIC"), ("中", "CJK"), ("1", None)]
)
def test_script_of(char: str, script: str | None) -> None:
    """A letter's script as the identifier groups languages."""
    assert script_of(char) == script


def test_lang_overrides_detection() -> None:
    """``lang`` given by the user wins over what the text looks like."""
    text = "21:00\nقالت وزارة الصحة إن عدد القتلى ارتفع إلى 15 شخصا منذ صباح اليوم"
    assert parse(text, reference="2024-11-29T22:00", tz="Asia/Damascus").lang == "ar"
    assert parse(text, reference="2024-11-29T22:00", tz="Asia/Damascus", lang="fr").lang == "fr"


def test_french_page_is_french() -> None:
    """A French page is identified as French and its relative words are dated by the French tables."""
    text = "14h05\nHier soir, des frappes ont visé le centre-ville, selon les secours sur place.\n"
    tl = parse(text, reference="2024-11-29T21:00", tz="Europe/Paris")
    assert tl.lang == "fr"
    assert [(e.expression, e.when.timex) for e in tl.events if e.kind.value == "mention"] == [
        ("Hier soir", "2024-11-28TEV")
    ]
