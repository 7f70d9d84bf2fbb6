"""A headline that says again the date its post's text says, in the same words, is one mention
(lead10): the text's, whose sentence is the fuller one. A different expression of the same day, or
a date only the headline says, stays its own mention.

Reference Friday 29 November 2024, 15:00 in London; "Monday" in a post at 14:20 is the coming
Monday, 2 December (a plan: "will take place").
"""

from __future__ import annotations

from liveblog import parse

REF = "2024-11-29T15:00"
TZ = "Europe/London"


def _mentions(page: str) -> list[tuple[str, str, str]]:
    tl = parse(page, reference=REF, tz=TZ, lang="en")
    return sorted((e.expression, e.when.timex, e.text) for e in tl.events if e.kind.value == "mention")


def test_the_headline_saying_the_texts_date_again_is_one_mention() -> None:
    page = (
        "Live: talks\n\n14:20\nTalks set for Monday\nThe talks will take place on Monday in Geneva.\n\n"
        "12:00\nAnother post\nNothing here.\n"
    )
    assert _mentions(page) == [("Monday", "2024-12-02", "The talks will take place on Monday in Geneva.")]


def test_other_words_or_a_date_only_the_headline_says_stay() -> None:
    page = (
        "Live: talks\n\n14:20\nTalks set for Monday\nThe talks will take place on 2 December in Geneva.\n\n"
        "12:00\nVote held on Tuesday\nNothing else was said.\n"
    )
    assert _mentions(page) == [
        ("2 December", "2024-12-02", "The talks will take place on 2 December in Geneva."),
        ("Monday", "2024-12-02", "Talks set for Monday"),
        ("Tuesday", "2024-11-26", "Vote held on Tuesday"),
    ]
