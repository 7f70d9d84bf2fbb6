"""The segmenter's per-line work (seg10) is cut by exact filters: every line reads as before.

Each filter rests on a fact about the patterns or tables it skips; the fact is checked here on
tables, on lines worked out by hand and on generated lines, and each re-expressed step is compared
with the way it was computed before (kept here as the reference). The guards on work count calls
and lines, never seconds; the instruction figures are in docs/performance.md.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text import clock, normalize, pagewords
from liveblog._text.clock import leading_clock, match_clock, to_ascii_digits
from liveblog.lang import relative
from liveblog.segment import _feed, _lines, _markers, _preamble
from liveblog.segment._lines import Line, LineKind, classified_lines, classify, iter_lines
from liveblog.segment._markers import Marker, leading_marker
from tests.strategies import page_line, page_texts

REF = datetime(2024, 11, 29, 21, 0, tzinfo=UTC)

_EASTERN = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９："
#: Lines that mix clocks in several scripts, bullets, cue and part-of-day words, relative stamps.
clock_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "20:15",
                "٢٠:١٥",
                "۱۸:۳۲",
                "１４：３０",
                "12.31 Uhr",
                "ore",
                "um",
                "kl.",
                "下午",
                "오후",
                "8시",
                "5분",
                "14時30分",
                "p. m.",
                "GMT",
                "BST",
                "•",
                "-",
                "منذ",
                "5",
                "دقائق",
                "ago",
                "2m",
                "il y a",
                "vor",
                "einer",
                "Stunde",
                "Updated",
                "at",
                "9.18am",
                "(",
                ")",
                ":",
                "Photograph:",
                "Reuters",
                "AFP",
                "- الأناضول",
                "/",
                "|",
                "Jane",
                "Smith",
                "\u200f",
            ]
        ),
        st.text(alphabet="0123456789:.h ٠١٢٣٤٥" + _EASTERN[-1], max_size=6),
        st.text(max_size=8),
    ),
    max_size=10,
).map(" ".join)


# -- clocks: every shape starts with a digit, so a non-digit refuses it before any work ----------


@given(st.text(max_size=40), st.integers(0, 45))
def test_a_clock_starts_with_a_digit(text: str, pos: int) -> None:
    """The fact behind match_clock's first test: where no digit stands, neither pattern matches."""
    if pos > len(text) or text[pos : pos + 1].isdecimal():
        return
    base = max(pos - 1, 0)
    window = to_ascii_digits(text[base : pos + 32])
    assert clock._CLOCK.match(window, pos - base) is None
    assert clock._HOUR_H.match(window, pos - base) is None
    counter = clock._line_words().counter
    assert counter is None or counter.match(to_ascii_digits(text), pos) is None
    assert match_clock(text, pos, hour_only=True) is None


def test_decimal_is_the_patterns_digit() -> None:
    """``str.isdecimal`` is the regex ``\\d`` on every character of the BMP (both are category Nd)."""
    digit = re.compile(r"\d")
    assert all((digit.match(chr(c)) is not None) == chr(c).isdecimal() for c in range(0x10000))


def test_clock_words_hold_no_digit() -> None:
    """Words around a clock hold no character that to_ascii_digits changes: the line's digits may
    stay as written while its clock is looked for (the clock parser translates its own window)."""
    data = clock._line_words()
    for pattern in (data.cue, data.suffix, data.before, data.after):
        assert pattern is not None
        assert not set(pattern.pattern) & set(_EASTERN)
    starts = relative._starts().pattern.split("(?:", 2)[-1]  # the words, after the digit classes
    assert not set(starts) & set(_EASTERN[10:])  # full-width digits and colon


@settings(max_examples=300)
@given(clock_lines)
def test_leading_clock_reads_any_digits(line: str) -> None:
    assert leading_clock(line) == leading_clock(to_ascii_digits(line))


@settings(max_examples=300)
@given(clock_lines, st.integers(0, 12))
def test_relative_reads_any_digits(line: str, pos: int) -> None:
    assert relative.match_relative(line, pos) == relative.match_relative(to_ascii_digits(line), pos)


# -- relative stamps: the first characters of the words, tried before the words -----------------


def _starts_before() -> re.Pattern[str]:
    """relative._starts as it was: the hundred words tried one after another."""
    firsts: set[str] = set()
    for _code, words in relative._tables():
        firsts |= {*words.ago_before, *words.in_before, *words.numbers}
    return re.compile(r"[\d٠-٩۰-۹]|(?:" + relative._alternation(firsts) + r")(?!\w)", re.IGNORECASE)


_FIRST_WORDS = sorted(
    {w for _c, ws in relative._tables() for w in (*ws.ago_before, *ws.in_before, *ws.numbers)}
)


def _lines_with(words: list[str], after: str, glued: str) -> st.SearchStrategy[str]:
    """Lines that start with one of ``words`` (then ``after``; in capitals; title-cased with ``glued``
    right after it), clock lines and page lines."""
    return st.one_of(
        st.sampled_from(words).map(lambda w: w + after),
        st.sampled_from(words).map(str.upper),
        st.sampled_from(words).map(lambda w: w.title() + glued),
        clock_lines,
        page_line,
    )


@settings(max_examples=400)
@given(_lines_with(_FIRST_WORDS, " 5 min", "x"))
def test_relative_first_characters_change_nothing(text: str) -> None:
    # (seg11 factored the words into a trie after the look-ahead: the pattern's text is no longer the
    # words' alternation; what it matches is compared here and in tests/test_seg11_speed.py)
    before, now = _starts_before().match(text), relative._starts().match(text)
    assert (before is None) == (now is None)
    assert before is None or now is None or before.span() == now.span()


def _without_look_ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was compiled before: the words alone, with no class of first characters."""
    head = re.match(r"\(\?=\[(?:\\.|[^\]\\])*\]\)", pattern.pattern)
    assert head is not None
    return re.compile(pattern.pattern[head.end() :], pattern.flags)


_CLOCK_WORDS = [
    w for table in ("cues", "hour", "minute") for ws in clock.page_list("clock", table).values() for w in ws
] + [w for t in clock.page_map("clock", "before").values() for w in t]


@settings(max_examples=400)
@given(_lines_with(_CLOCK_WORDS, " 14:30", "15"))
def test_clock_word_first_characters_change_nothing(text: str) -> None:
    data = clock._line_words()
    for pattern in (data.cue, data.before):
        assert pattern is not None
        before, now = _without_look_ahead(pattern).match(text), pattern.match(text)
        assert (None if before is None else before.span()) == (None if now is None else now.span())


# -- invisible characters: a printable line has none -------------------------------------------


def test_invisible_characters_are_not_printable() -> None:
    assert not any(ch.isprintable() or ch.isspace() for ch in normalize.INVISIBLE)


@given(st.text(alphabet=st.sampled_from("ab ١\t\u00a0" + normalize.INVISIBLE), max_size=20) | page_line)
def test_visible_as_the_pattern_does(text: str) -> None:
    assert normalize.visible(text) == normalize._INVISIBLE.sub("", text)
    assert normalize.visible(text.strip()).strip() == normalize.visible(text).strip()


# -- captions: the credit's separator sought only within the credit's reach ---------------------


def _caption_before(text: str) -> bool:
    """_lines._is_caption as it was: the last separator sought over the whole line."""
    colon = text.rfind(":")
    if colon >= 0 and len(text) - colon <= 83 and len(text) < 400 and _lines._CAPTION_TAIL.search(text):
        return True
    if text.rstrip().endswith((")", "]")):
        bracket = _lines._BRACKET_CREDIT.search(text)
        if bracket is not None and any(
            pagewords.fold(part) in pagewords.CAPTION_CREDITS
            for part in re.split(r"[/,;]| via ", bracket.group(1))
        ):
            return True
    last = max(map(text.rfind, _lines._CREDIT_SEPARATORS))
    if last < 0:
        return False
    m = _lines._CREDIT_TAIL.search(text, max(last - 1, 0))
    return m is not None and pagewords.fold(m.group("credit")) in pagewords.CAPTION_CREDITS


CAPTIONS = [
    ("قصف على الأحياء الشرقية - الأناضول", True),
    ("Crews reached the bridge. Photograph: Tom Ashby/PA", True),
    ("Smoke over the city (Reuters)", True),
    ("Smoke over the city -" + " " * 60 + "Reuters", True),  # spaces do not count against 40
    ("Smoke over the city - Reuters )", True),
    ("Smoke over the city - the agency that is called by everybody Reuters", False),  # over 40
    ("Smoke over the city - Reuters))", False),
    ("A - B - AFP", True),
    ("A - B - the news wire AFP", False),  # the credit is the whole tail, and no known one
    ("No separator at all", False),
    ("- AFP", True),
]


@pytest.mark.parametrize(("text", "caption"), CAPTIONS)
def test_captions_by_hand(text: str, caption: bool) -> None:
    assert _lines._is_caption(text) is caption
    assert _caption_before(text) is caption


_credit_parts = st.sampled_from(
    ["AFP", "Reuters", "الأناضول", "Getty Images", "PA Media", "x", "a long tail of words", ")", " ", "  "]
)
_separators = st.sampled_from(["-", " - ", "–", "—", "/", "|", "(", " (", "\t|\t", ""])


@settings(max_examples=400)
@given(
    st.lists(st.one_of(_credit_parts, _separators, st.text(max_size=12), page_line), max_size=8).map("".join)
)
def test_caption_separator_window_changes_nothing(text: str) -> None:
    text = text.replace("\n", " ").strip()
    assert _lines._is_caption(text) == _caption_before(text)


# -- fold: one pass over the words --------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w]+")


def _fold_before(text: str) -> str:
    """pagewords.fold as it was (every mark dropped one by one; the same table otherwise)."""
    if text.isascii():
        return " ".join(_NON_WORD.sub(" ", text.lower()).split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = normalize.fold_chars(stripped).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


@settings(max_examples=400)
@given(st.one_of(st.text(max_size=60), page_line, clock_lines))
def test_fold_as_before(text: str) -> None:
    assert pagewords.fold(text) == _fold_before(text)
    assert pagewords.fold(text * 3) == _fold_before(text * 3)  # past 64 characters: the marks pattern


def test_no_page_word_folds_to_nothing() -> None:
    """A line left unfolded (120 characters or more) is then neither metadata nor chrome."""
    assert "" not in pagewords.CHROME_ANY
    assert "" not in pagewords.METADATA_PREFIXES
    assert not pagewords.metadata_start("")


# -- lines: made once, with their kind, and read as classify reads them --------------------------


@settings(max_examples=150)
@given(page_texts)
def test_classified_lines_are_classify(text: str) -> None:
    one = list(classified_lines(text, REF, "en"))
    assert one == [classify(ln, REF, "en") for ln in iter_lines(text)]


@settings(max_examples=300)
@given(clock_lines | page_line)
def test_leading_marker_given_its_clean_line(line: str) -> None:
    clean = normalize.visible(line.strip()).strip()
    assert _markers._leading_marker(line, clean) == leading_marker(line)
    if re.search(r"\d", line) is None:  # no digit: no clock shape, whatever the words
        text = to_ascii_digits(clean)
        assert all(p.fullmatch(text) is None for _s, p in _markers._SHAPES)


def test_classify_keeps_what_it_does_not_read() -> None:
    """As attrs.evolve did: a line read as metadata keeps the marker it had."""
    stamp = Marker("20:15", "clock", 20, 15)
    line = Line(3, 10, "Published On 22 Nov 2023", marker=stamp)
    got = classify(line, REF, "en")
    assert (got.kind, got.marker, got.index, got.start) == (LineKind.METADATA, stamp, 3, 10)
    assert classify(Line(0, 0, "Plain words of a paragraph here."), REF, "en").kind is LineKind.CONTENT


def test_one_line_object_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []

    def counting(*args: object) -> Line:
        made.append(1)
        return Line(*args)  # type: ignore[arg-type]

    text = "20:15\n\nShow more\n\nقصف على الأحياء - الأناضول\nA paragraph of text.\n\n"
    monkeypatch.setattr(_lines, "Line", counting)
    lines = list(classified_lines(text, REF, "en"))
    assert len(made) == len(lines) == 7  # once each; classify of iter_lines made 7 + 6 set aside
    assert [ln.kind for ln in lines][:3] == [LineKind.MARKER, LineKind.BLANK, LineKind.CHROME]


def test_prose_lines_translate_no_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of prose is neither translated to ASCII digits nor searched for invisible characters."""
    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return text

    class Search:
        def search(self, text: str) -> None:
            calls.append(text)

        def sub(self, repl: str, text: str) -> str:
            return text.replace(repl, repl)

    monkeypatch.setattr(_markers, "to_ascii_digits", counting)
    monkeypatch.setattr(clock, "to_ascii_digits", counting)
    monkeypatch.setattr(normalize, "_INVISIBLE", Search())
    arabic = "دخلت فصائل المعارضة إلى مدينة حلب، الجمعة، بعد معارك ضارية مع قوات النظام في 2024. " * 2
    english = "The 3 ministers met on Friday and agreed, at 15:00, to meet again in a week. " * 2
    text = f"{arabic}\n{english}\nThe ministers met on Friday.\n"
    lines = list(classified_lines(text, REF, "ar"))
    assert [ln.kind for ln in lines] == [LineKind.CONTENT] * 3
    assert calls == []  # before: three translations and three searches a line, at least


def _fold_counter(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folded: list[str] = []
    fold = pagewords.fold

    def counting(text: str) -> str:
        folded.append(text)
        return fold(text)

    monkeypatch.setattr(pagewords, "fold", counting)
    return folded


def _content(*texts: str) -> list[Line]:
    return [Line(i, 100 * i, t) for i, t in enumerate(texts)]


def test_lead_folded_only_when_a_title_is_sought(monkeypatch: pytest.MonkeyPatch) -> None:
    folded = _fold_counter(monkeypatch)
    lead = _content("Storm hits the coast", "Winds of 150 km/h were measured.", "More text follows here.")
    pre = _preamble.split_preamble(lead, None)
    assert pre.title == "Storm hits the coast"
    assert folded == []  # no declared title, no site suffix: nothing to compare
    pre = _preamble.split_preamble(lead, "Winds of 150 KM/H were measured")
    assert pre.title == "Winds of 150 KM/H were measured"
    assert pre.title_line is lead[1]
    assert len(folded) == 3  # the title, then the lines up to the one it is


# -- labels merged by walking the candidates ---------------------------------------------------


def _merge_before(lines: list[Line]) -> None:
    """_feed.merge_labels as it was: every line of the page visited."""
    i = 0
    while i < len(lines):
        if lines[i].kind is not LineKind.MARKER:
            i += 1
            continue
        j = i
        clock12 = _feed._clock12(lines[i])
        inline = lines[i].marker is not None and lines[i].marker.rest_at is not None  # type: ignore[union-attr]
        while j + 1 < len(lines) and lines[j + 1].kind is LineKind.MARKER and not inline:
            nxt = lines[j + 1]
            other = _feed._clock12(nxt)
            if other is not None and clock12 is not None and other != clock12:
                break
            clock12 = clock12 or other
            inline = nxt.marker is not None and nxt.marker.rest_at is not None
            j += 1
        run = lines[i : j + 1]
        near_meta = (i > 0 and lines[i - 1].kind is LineKind.METADATA) or (
            j + 1 < len(lines) and lines[j + 1].kind is LineKind.METADATA
        )
        if near_meta and all(ln.marker is not None and ln.marker.rest_at is None for ln in run):
            for k in range(i, j + 1):
                lines[k] = attrs.evolve(lines[k], kind=LineKind.METADATA)
        elif len(run) > 1:
            keep = next((ln for ln in run if ln.marker is not None and ln.marker.hour is not None), run[0])
            for k in range(i, j + 1):
                if lines[k] is not keep:
                    lines[k] = attrs.evolve(lines[k], kind=LineKind.LABEL)
        i = j + 1
    markers = [i for i, ln in enumerate(lines) if ln.kind is LineKind.MARKER]
    _feed._datelines(lines, markers)


_MARKS = [
    Marker("20:15", "clock", 20, 15),
    Marker("8.15pm", "clock", 20, 15),
    Marker("19:26", "clock", 19, 26),
    Marker("20:15 Jane", "clock", 20, 15, rest_at=6),
    Marker("2m ago", "relative"),
    Marker("Fri 19 Feb 2021 19.41 GMT", "date-clock", 19, 41, date_text="Fri 19 Feb 2021"),
]
_line_kinds = st.lists(
    st.one_of(
        st.sampled_from(_MARKS).map(lambda m: (LineKind.MARKER, m)),
        st.sampled_from([LineKind.CONTENT, LineKind.BLANK, LineKind.METADATA, LineKind.CHROME]).map(
            lambda k: (k, None)
        ),
    ),
    max_size=24,
)


@settings(max_examples=400)
@given(_line_kinds)
def test_merge_labels_as_before(kinds: list[tuple[LineKind, Marker | None]]) -> None:
    lines = [Line(i, 10 * i, "x", kind, marker) for i, (kind, marker) in enumerate(kinds)]
    before, now = list(lines), list(lines)
    _merge_before(before)
    _feed.merge_labels(now)
    assert now == before


class _Counting(list[Line]):
    """A page's lines that count how many are looked at one by one (iterating counts none)."""

    looked = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        self.looked += 1
        return super().__getitem__(i)


def test_merge_labels_looks_at_candidates() -> None:
    lines = _Counting(
        Line(i, 10 * i, "x", LineKind.MARKER, _MARKS[2]) if i % 100 == 0 else Line(i, 10 * i, "x")
        for i in range(2_000)
    )
    _feed.merge_labels(lines)
    assert 0 < lines.looked <= 10 * 20  # 20 candidates; before, every one of the 2,000 lines
