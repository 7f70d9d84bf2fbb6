"""Words the rules used to name in code now come from the language tables (one table per language)."""

from __future__ import annotations

import pytest

from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00:00+00:00"  # Friday


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # An ordinal day "of" a Hijri month: «من» and "of" are the same row kind. 1 Muharram 1446 was
        # 7 July 2024 (Umm al-Qura), so the tenth is 16 July.
        ("العاشر من محرم 1446", "2024-07-16"),
        ("the 10th of Muharram 1446", "2024-07-16"),
        # A year noun after "of"/«من» before a Hijri year: «من عام 1446 هـ»; 1 Ramadan 1446 = 1 March 2025.
        ("1 رمضان من عام 1446 هـ", "2025-03-01"),
        # The night of a weekday into the next, joined by a range word or «على»: Thursday's night.
        ("ليلة الخميس على الجمعة", "2024-11-28TNI"),
        ("ليلة الخميس حتى الجمعة", "2024-11-28TNI"),
        ("ليل الخميس/الجمعة", "2024-11-28TNI"),
        # An amount before a word that counts it from an event is no date.
        ("بعد يومين على الهجوم", None),
        ("قبل ساعتين من الهجوم", None),
        ("منذ ساعتين", "2024-11-29T19:00:00"),
    ],
)
def test_table_words(text: str, timex: str | None) -> None:
    when = resolve(text, REF, languages=["ar", "en"] if text.isascii() is False else ["en"])
    assert (when.timex if when is not None else None) == timex


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Talks began in March 2020.", "March 2020"),
        ("It happened on Friday.", "Friday"),
        ("وقعت في آذار 2020", "آذار 2020"),
        ("وصل منذ ساعتين", "منذ ساعتين"),  # an "ago" reading keeps its word
    ],
)
def test_lead_words_are_left_out_of_spans(text: str, span: str) -> None:
    (found,) = find_times(text, REF)
    assert found.text == span


@pytest.mark.parametrize(
    ("text", "part", "day"),
    [
        # "into": the night runs into that day, so it is the day's small hours.
        ("overnight into Friday", "early_hours", "2024-11-29"),
        ("the morning on Friday", "morning", "2024-11-29"),
        # Named nights (Arabic table): «ليل X» is X's night; classical «ليلة X» the night before X.
        ("ليل الخميس", "night", "2024-11-28"),
        ("ليلة الجمعة", "night", "2024-11-28"),
        # The midnight of a night falls on the next date (its window starts at 23:00 the day before).
        ("منتصف ليل الخميس", "midnight", "2024-11-29"),
        ("منتصف ليلة الجمعة", "midnight", "2024-11-29"),
    ],
)
def test_parts_joined_to_their_day(text: str, part: str, day: str) -> None:
    when = resolve(text, REF)
    assert when is not None
    assert (when.part, when.timex[:10]) == (part, day)  # the date the part is labelled with
