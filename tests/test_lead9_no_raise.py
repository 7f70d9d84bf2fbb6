"""Short texts of date words that end where a rule looks one token further never raise (lead9).

"march the" raised IndexError: the rule for "February the 15th" read the token after the article
without asking whether there was one. The property runs every rule at a text's last tokens.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import find_times

REF = "2024-11-29T10:00:00+00:00"

WORDS = {
    "en": [
        "march",
        "May",
        "the",
        "of",
        "on",
        "Friday",
        "5th",
        "at",
        "3",
        "pm",
        "from",
        "to",
        "until",
        "last",
    ],
    "fr": ["mars", "le", "du", "au", "vendredi", "5", "à", "15h", "de", "dernier", "1er"],
    "ar": ["مارس", "آذار", "في", "من", "الجمعة", "5", "الساعة", "حتى", "إلى", "الماضي"],
}


def test_march_the_at_the_end() -> None:
    assert find_times("march the", REF, languages=["en"]) == []
    # "the first Monday after …" asked for a time past the text's end
    assert [f.text for f in find_times("Friday last from", REF, languages=["en"])] == ["Friday"]
    assert [f.when.timex for f in find_times("March the 5th", REF, languages=["en"])] == ["2025-03-05"]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(sorted(WORDS)).flatmap(
        lambda lang: st.tuples(st.just(lang), st.lists(st.sampled_from(WORDS[lang]), min_size=1, max_size=5))
    )
)
def test_date_words_in_any_order_never_raise(case: tuple[str, list[str]]) -> None:
    lang, words = case
    for found in find_times(" ".join(words), REF, languages=[lang]):
        assert found.when.start <= found.when.end
