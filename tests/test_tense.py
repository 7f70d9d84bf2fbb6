"""The context pass reads each language's tense cues from data (``lang/<code>/tense.py``)."""

from __future__ import annotations

import pytest

from liveblog.lang.tense import Tense, tense
from liveblog.resolve import find_times
from liveblog.resolve._context import _forward, _is_duration

REF = "2024-11-29T21:00:00+00:00"  # a Friday


@pytest.mark.parametrize(
    ("lang", "clause", "forward", "word"),
    [
        ("en", "A warning was extended into ", True, "into"),
        ("en", "The talks ran until at least ", True, "until at least"),
        ("en", "We'll see the results on ", True, None),  # "'ll" after a letter
        ("en", "Gritters are due to be out from ", True, None),
        ("en", "The minister said on ", False, None),
        ("en", "Tillerson said on ", False, None),  # "till" inside a word is no cue
        ("ar", "تستمر العاصفة حتى ", True, "حتى"),
        ("ar", "من المقرر أن يصل الوفد ", True, None),
        ("ar", "قال إنه سيعقد اجتماعا ", True, None),  # a verb with the future prefix
        ("ar", "وصلت السيارة ", False, None),  # سيارة is a noun, not a future verb
        ("ar", "لن ننسى ما حدث ", False, None),  # "will not": no cue that moves a date forward
    ],
)
def test_forward_cues_come_from_the_language_table(
    lang: str, clause: str, forward: bool, word: str | None
) -> None:
    t = tense(lang)
    assert t is not None
    assert _forward((t,), clause) == (forward, word)


@pytest.mark.parametrize(
    ("lang", "clause", "duration"),
    [
        ("en", "More than a month's rain fell ", True),
        ("en", "The talks will resume ", False),
        ("en", "Talks are expected to resume ", False),
        ("en", "Resume ", False),  # one word before "in N units": a bare expression
        ("ar", "عاد إلى منزله ", True),  # past narration: counted from the story's moment
        ("ar", "تنتهي الهدنة ", False),  # the imperfect can look ahead
        ("ar", "يوم ", True),  # shaped like an imperfect verb, listed as a noun
    ],
)
def test_in_n_units_is_a_duration_after_a_past_clause(lang: str, clause: str, duration: bool) -> None:
    t = tense(lang)
    assert t is not None
    assert _is_duration(t, clause) is duration


@pytest.mark.parametrize("lang", ["ja", "zh", "xx", "../en", "EN1", ""])  # fr, de have tables (lead7)
def test_a_language_without_a_tense_table_has_no_context_rules(lang: str) -> None:
    assert tense(lang) is None


def test_a_tense_record_is_only_data() -> None:
    t = Tense(forward=("bis",), will=("wird",))
    assert t.forward_re is not None
    assert t.forward_re.search("läuft bis ") is not None
    assert t.will_re is not None
    assert t.will_re.search("Sie wird am") is not None
    assert t.will_re.search("Sie wirdt am") is None
    assert Tense().forward_re is None
    assert Tense().future_re is None


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # The same "in two days" is a date after a future clause and a duration after a past one.
        ("Officials say talks will resume in two days.", "2024-12-01"),
        ("More than a month's rain fell in two days.", None),
        ("ستنتهي الهدنة بعد يومين", "2024-12-01"),
        ("عاد إلى منزله بعد يومين", None),
    ],
)
def test_find_times_applies_the_cues(text: str, timex: str | None) -> None:
    found = find_times(text, REF)
    assert [f.when.timex for f in found] == ([timex] if timex else [])
