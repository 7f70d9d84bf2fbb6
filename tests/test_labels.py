"""Day and month names in the page's language (CLDR via Babel); interface words in the user's."""

from __future__ import annotations

import io
from datetime import date

import pytest

from liveblog.lang.display import day_header, month_header, part_label, ui, week_header
from liveblog.lang.labels import month_name, weekday_name
from liveblog.render import ShowOptions, show_timeline, time_label

FRIDAY = date(2024, 11, 29)


@pytest.mark.parametrize(
    ("lang", "tz", "header"),
    [
        ("ar", "Asia/Damascus", "الجمعة 29 تشرين الثاني 2024 · 2024-11-29"),
        ("ar", "Asia/Baghdad", "الجمعة 29 تشرين الثاني 2024 · 2024-11-29"),
        ("ar", "Asia/Riyadh", "الجمعة 29 نوفمبر 2024 · 2024-11-29"),
        ("en", "Europe/London", "Friday 29 November 2024 · 2024-11-29"),
        ("fr", "Europe/Paris", "vendredi 29 novembre 2024 · 2024-11-29"),
        ("de", "Europe/Berlin", "Freitag 29 November 2024 · 2024-11-29"),
        ("es", "Europe/Madrid", "viernes 29 noviembre 2024 · 2024-11-29"),
        ("ru", "Europe/Moscow", "пятница 29 ноября 2024 · 2024-11-29"),
        ("tr", "Europe/Istanbul", "Cuma 29 Kasım 2024 · 2024-11-29"),
        ("fa", "Asia/Tehran", "جمعه 29 نوامبر 2024 · 2024-11-29"),
        ("he", "Asia/Jerusalem", "יום שישי 29 נובמבר 2024 · 2024-11-29"),
        ("xx", "UTC", "Friday 29 November 2024 · 2024-11-29"),
    ],
)
def test_day_header_in_page_language(lang: str, tz: str, header: str) -> None:
    """The day header names weekday and month as the page's language does (Russian in the genitive)."""
    assert day_header(FRIDAY, lang, tz) == header


def test_month_names_stand_alone_and_in_a_date() -> None:
    """A month header uses the stand-alone name ("ноябрь"), a date the form inside a date ("ноября")."""
    assert month_header(2024, 11, "ru", "Europe/Moscow") == "ноябрь 2024 · 2024-11"
    assert month_name(3, "ar", "Asia/Beirut") == "آذار"
    assert month_name(3, "ar", "Africa/Cairo") == "مارس"
    assert weekday_name(FRIDAY, "it") == "venerdì"


def test_week_header() -> None:
    """A week header has the word where we have it, else the ISO week alone."""
    assert week_header(2024, 48, "en", "UTC") == "week 48 2024 · 2024-W48"
    assert week_header(2024, 48, "fr", "UTC") == "2024-W48"


@pytest.mark.parametrize(
    ("word", "ui_lang", "shown"),
    [
        ("all day", "en", "all day"),
        ("all day", "ar", "طوال اليوم"),
        ("lead", "ar", "المقدمة"),
        ("lead", "xx", "lead"),
    ],
)
def test_interface_words(word: str, ui_lang: str, shown: str) -> None:
    """Interface words follow the interface language; a word it lacks stays English."""
    assert ui(word, ui_lang) == shown


def test_part_label_in_interface_language() -> None:
    """A part of the day is labelled in the interface language, not the page's."""
    assert part_label("after_midnight") == "after midnight"
    assert part_label("evening", "ar") == "المساء"


def test_ui_lang_is_checked() -> None:
    """An interface language we do not have is refused when the options are made."""
    with pytest.raises(ValueError, match="ui_lang"):
        ShowOptions(ui_lang="fr")


def test_show_french_page_arabic_interface() -> None:
    """A French page shown with an Arabic interface: French day header, Arabic «طوال اليوم»."""
    from zoneinfo import ZoneInfo

    from liveblog import parse
    from liveblog.model import When

    tl = parse(
        "Vendredi 29 novembre\n14h05\nDes frappes.\n",
        reference="2024-11-29T21:00",
        tz="Europe/Paris",
        lang="fr",
    )
    out = io.StringIO()
    show_timeline(tl, out, options=ShowOptions(ui_lang="ar"), width=100)
    text = out.getvalue()
    assert "vendredi 29 novembre 2024 · 2024-11-29" in text
    z = ZoneInfo("Europe/Paris")
    from datetime import datetime

    assert time_label(When.on_day(datetime(2024, 11, 29, tzinfo=z)), z, "ar") == "طوال اليوم"


def test_stored_labels_match_babel() -> None:
    """lang/labels.json is what Babel gives today (regenerate with python -m liveblog.lang._generate)."""
    import json
    from pathlib import Path

    from liveblog.lang import labels as labels_module
    from liveblog.lang._generate import labels

    stored = json.loads((Path(labels_module.__file__).parent / "labels.json").read_text(encoding="utf-8"))
    assert stored == labels()


def test_other_languages_ask_babel() -> None:
    """A language without stored names is labelled by Babel; one the CLDR lacks, in English."""
    assert weekday_name(FRIDAY, "th") == "วันศุกร์"
    assert weekday_name(FRIDAY, "zz") == "Friday"
