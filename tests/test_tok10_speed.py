"""The resolver's token layer does less work for the same tokens and senses (tok10).

- ``TOKEN`` reads a word of common letters through a first alternative that tests a table: the
  same tokens as the pattern before it, on generated text and slices of it.
- ``Tokens`` keeps each token's senses in a list indexed by token and looks a word up once, its
  senses split into one-word ones and longer ones by their second word (``Lexicon.paired``): the
  same hits, ``unread``, ``names_time``, ``can_start`` and ``ending_at`` as the code before, which
  this file keeps (``_old_*``) to compare with on generated English and Arabic phrases.
- Work is counted, never timed: a token is looked up once however often it is asked for, a number
  never, and a sense is matched against the words after it only through its second word.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text.normalize import normalize
from liveblog.lang import MARKED, TOKEN, UNSPACED, Lexicon, lexicon
from liveblog.resolve import _grammar, find_times
from liveblog.resolve._grammar import _FUNCTION_KINDS, _STRETCH, Hit, Tokens

resolve_module = importlib.import_module("liveblog.resolve")  # the package (liveblog.resolve is a function)

# TOKEN as it was before tok10 (the letter runs' alternative fourth, no table-tested one first)
_OLD_TOKEN = re.compile(
    rf"(\d+)(?:(?:st|nd|rd|th)(?![a-z]))?|[ap]\.m\.?|[{UNSPACED}]|[^\W\d_{UNSPACED}{MARKED}]+|[{MARKED}]+|\n|\S"
)

# Letters of every kind the alternatives tell apart: common letters ("a", "p" of "a.m."), Latin
# letters past the common ones (ƀ, ǅ), Arabic with its tatweel and a diacritic, digits (ASCII,
# Arabic-Indic, "²" which is a letter-run character but no digit), an underscore, unspaced and
# marked scripts, spaces and a newline.
_CHARS = "apmxZé.ſƀǅ بتـَ ٣3²_明天ดดदिन \n\t-'"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_token_as_before(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    for args in ((), (lo, hi)):
        now = [(m.span(), m.group(1)) for m in TOKEN.finditer(text, *args)]
        before = [(m.span(), m.group(1)) for m in _OLD_TOKEN.finditer(text, *args)]
        assert now == before


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Friday at 3 p.m.", ["Friday", "at", "3", "p.m."]),  # "at" starts with a (not "a.m.")
        ("the 21st of May", ["the", "21st", "of", "May"]),
        ("والخميس، قتل", ["والخميس", "،", "قتل"]),
        ("café_x ſeñor ǅar", ["café", "_", "x", "ſeñor", "ǅar"]),  # ǅ is no common letter
        ("يـوم ١٥", ["يـوم", "١٥"]),  # the tatweel is a letter of the run, not a common one
        ("明天下午", ["明", "天", "下", "午"]),
    ],
)
def test_token_by_hand(text: str, tokens: list[str]) -> None:
    assert [m.group(0) for m in TOKEN.finditer(text)] == tokens


# -- the senses, as the code before tok10 found them ------------------------------------------


def _old_hits(t: Tokens, i: int) -> list[Hit]:
    norm = t.norm
    if i >= len(norm) or t.number[i] is not None:
        return []
    found: list[Hit] = []
    after = norm[i + 1] if i + 1 < len(norm) else None
    for lex in t.lexicons:
        for sense, strip in lex.starting(norm[i]):
            words = sense.words
            n = len(words)
            if n == 1 or (words[1] == after and (n == 2 or tuple(norm[i + 2 : i + n]) == words[2:])):
                found.append(Hit(sense, i + n, strip))
    found.sort(key=lambda h: -h.end)
    return found


def _old_glued(t: Tokens, p: int) -> bool:
    if p == 0 or t.start[p] != t.end[p - 1]:
        return False
    return t.number[p - 1] is not None or not t.norm[p - 1].isalnum()


def _old_unread(t: Tokens, p: int, since: int = 0) -> bool:
    if t.number[p] is not None or not t.norm[p].isalpha() or _old_hits(t, p) or _old_glued(t, p):
        return False
    longest = max((_grammar._phrase_words(lex.lang) for lex in t.lexicons), default=1)
    return not any(h.end > p for q in range(max(p - longest + 1, since), p) for h in _old_hits(t, q))


def _old_names_time(t: Tokens, i: int, since: int | None = None) -> bool:
    n = len(t.norm)
    if since is not None and any(h.end > i for q in range(since, min(i, n)) for h in _old_hits(t, q)):
        return True
    covered = i
    for p in range(i, n):
        if p - i >= _STRETCH:
            return True
        if t.number[p] is not None:
            return True
        hits = _old_hits(t, p)
        if any(h.lex.kind not in _FUNCTION_KINDS for h in hits):
            return True
        covered = max(covered, *(h.end for h in hits)) if hits else covered
        if not hits and p >= covered and t.norm[p].isalpha() and not _old_glued(t, p):
            return False
    return False


def _old_can_start(t: Tokens, i: int) -> bool:
    if t.number[i] is None and not _old_hits(t, i):
        return False
    n = len(t.norm)
    if t.number[i] is not None:
        return n == 1 or i + 1 >= n or not _old_unread(t, i + 1) or (i > 0 and not _old_unread(t, i - 1))
    return _old_names_time(t, i)


_WORDS = {
    "en": [
        *("friday", "new", "year", "'", "s", "day", "eve", "of", "the", "in", "at", "3", "2020"),
        *("pm", "p.m.", "report", "said", "next", "week", "ago", "days", ",", ".", "until", "then"),
        *("march", "a", "quarter", "\n", "1990s", "-", "15th", "first", "nine", "months"),
    ],
    "ar": [
        *("الجمعة", "في", "من", "الى", "يوم", "3", "2020", "15", "،", "مساء", "الماضي", "آذار"),
        *("حتى", "و", "-", ":", "قال", "تقرير", "بعد", "الغد", "منذ", "ذلك", "الحين", "والخميس"),
        *("لليوم", "العام", "نفسه", "صباح", "الساعة", "الثالثة", "ساعات", "\n"),
    ],
}


def _tokens(text: str, langs: tuple[str, ...]) -> Tokens:
    norm = normalize(text).text
    lexicons: list[Lexicon] = [lex for lang in langs if (lex := lexicon(lang)) is not None]
    return Tokens(norm, lexicons, [(0, len(norm))])


_PHRASES = st.sampled_from([("en",), ("ar",), ("en", "ar"), ("ar", "en")]).flatmap(
    lambda langs: st.tuples(
        st.just(langs),
        st.lists(st.sampled_from([w for lang in langs for w in _WORDS[lang]]), min_size=1, max_size=14),
    )
)


@settings(max_examples=300, deadline=None)
@given(_PHRASES, st.randoms(use_true_random=False))
def test_senses_and_stretches_as_before(case: tuple[tuple[str, ...], list[str]], rnd: object) -> None:
    """Asked in any order (the remembered senses must not depend on it), every answer is the old one."""
    langs, words = case
    t = _tokens(" ".join(words), langs)
    n = len(t)
    order = list(range(n + 2))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    for i in order:
        assert t.hits(i) == _old_hits(t, i)
        assert t.hit(i, "weekday", "holiday", "of") == next(
            (h for h in _old_hits(t, i) if h.lex.kind in ("weekday", "holiday", "of")), None
        )
        if i < n:
            assert t.names_time(i) is _old_names_time(t, i)
            assert t.names_time(i, since=max(i - 3, 0)) is _old_names_time(t, i, since=max(i - 3, 0))
            assert t.can_start(i) is _old_can_start(t, i)
            assert t.unread(i) is _old_unread(t, i)
            assert t.reach_back(i, 0) == next(j for j in range(i, -1, -1) if j == 0 or _old_unread(t, j - 1))
        before = [h for k in range(max(0, i - 3), i) for h in _old_hits(t, k) if h.end == i]
        assert t.ending_at(i, 3) == before
    t.forget_before(n // 2)  # forgotten senses are found again, the same
    assert [t.hits(i) for i in range(n)] == [_old_hits(t, i) for i in range(n)]


def test_negative_index_reads_from_the_end_as_before() -> None:
    """No rule asks for token -1; asked, it is the last token read with token 0 after it, as before."""
    t = _tokens("new year friday", ("en",))
    assert t.hits(-1) == _old_hits(t, -1)
    assert [h.lex.kind for h in t.hits(-1)] == ["weekday"]
    assert t.hit(-1, "weekday") == t.hits(-1)[0]


# -- a word's senses, split by hand ---------------------------------------------------------------


def test_paired_by_hand() -> None:
    en = lexicon("en")
    ar = lexicon("ar")
    assert en is not None
    assert ar is not None
    paired, _longest = en.paired()
    _all, singles, by_second = paired("new")
    assert singles == ()  # "new" alone names nothing
    assert by_second is not None
    assert [s.words for s, _ in by_second["years"]] == [("new", "years", "day"), ("new", "years", "eve")]
    assert ("new", "year", "'", "s", "day") in [s.words for s, _ in by_second["year"]]
    assert [(s.kind, s.value, strip) for s, strip in paired("friday")[1]] == [("weekday", 4, 0)]
    assert paired("friday")[0] == paired("friday")[1]
    assert paired("friday")[2] is None
    # «والخميس»: Thursday after the conjunction «و» (one clitic letter, left out of spans)
    assert [(s.kind, s.value, strip) for s, strip in ar.paired()[0]("والخميس")[1]] == [("weekday", 3, 1)]
    assert ar.paired()[0]("قال") == ((), (), None)


# -- work, counted --------------------------------------------------------------------------------


@pytest.fixture
def looked_up(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[int, int]]:
    counts: Counter[tuple[int, int]] = Counter()  # by Tokens (the context pass reads words again) and token
    real = Tokens._look_up

    alive: list[Tokens] = []  # kept, so that no two Tokens share an id

    def counted(self: Tokens, i: int) -> list[Hit]:
        alive.append(self)
        counts[id(self), i] += 1
        return real(self, i)

    monkeypatch.setattr(Tokens, "_look_up", counted)
    return counts


def test_a_token_is_looked_up_once(looked_up: Counter[tuple[int, int]]) -> None:
    t = _tokens("on new year's eve , 3 days after friday", ("en",))
    for _ in range(3):
        for i in range(len(t) + 1):
            t.hits(i)
            t.hit(i, "weekday")
            if i < len(t):
                t.unread(i)
    # every word once ("3" is a number: its senses are the shared empty list, looked up once too)
    assert sorted(i for _t, i in looked_up) == list(range(len(t)))
    assert set(looked_up.values()) == {1}
    numbers = [i for i in range(len(t)) if t.number[i] is not None]
    assert numbers == [7]  # on new year ' s eve , 3: "year's" is three tokens
    assert all(t.hits(i) is t.hits(numbers[0]) for i in numbers)  # one shared list, none made


def test_find_times_looks_each_token_up_once(looked_up: Counter[tuple[int, int]]) -> None:
    text = "قال مسؤول إن 15 مدنيا قتلوا مساء الجمعة، وفي اليوم التالي قتل 3 آخرون منذ الساعة الثالثة"
    found = find_times(text, "2024-11-29T21:00", languages=["ar"])
    # «منذ» ("since") is left out of its span as «في» is (SPAN_LEAD)
    assert [f.text for f in found] == ["مساء الجمعة", "اليوم التالي", "الساعة الثالثة"]
    assert looked_up
    assert set(looked_up.values()) == {1}


def test_longer_senses_are_matched_by_their_second_word() -> None:
    """«في» starts some twenty phrases; read before a word that is the second of none of them, no
    further word of any is compared: the split gives no longer sense for that word."""
    ar = lexicon("ar")
    assert ar is not None
    paired, _ = ar.paired()
    every, singles, by_second = paired("في")
    assert every == ar.starting("في")
    assert by_second is not None
    assert len(singles) + sum(map(len, by_second.values())) == len(ar.starting("في"))
    assert sum(map(len, by_second.values())) >= 10
    assert "قال" not in by_second
    t = _tokens("في قال", ("ar",))
    assert t.hits(0) == _old_hits(t, 0)


# -- the windows around the pre-scan's hits ---------------------------------------------------------


def _old_windows(text: str, hits: list[int]) -> list[tuple[int, int]]:
    before, after_hit = resolve_module._BEFORE, resolve_module._AFTER
    out: list[tuple[int, int]] = []
    for pos in hits:
        a = max(pos - before, 0)
        b = min(pos + after_hit, len(text))
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    snapped: list[tuple[int, int]] = []
    for a, b in out:
        sa = max(text.rfind(" ", 0, a), text.rfind("\n", 0, a)) + 1 if a else 0
        after = [p for p in (text.find(" ", b), text.find("\n", b)) if p >= 0]
        snapped.append((sa, min(after, default=len(text))))
    merged: list[tuple[int, int]] = []
    for a, b in snapped:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=700), st.lists(st.integers(0, 700), max_size=8))
def test_windows_as_before(text: str, hits: list[int]) -> None:
    """The newline is looked for only up to the space found first: the same windows."""
    at = sorted({h for h in hits if h < len(text)})
    assert resolve_module._windows(text, at) == _old_windows(text, at)
