"""Hostile and random input: nothing but a Timeline or a LiveblogError, with linear work, lines accounted for.

Growth on the hostile inputs is checked by counting work (Python calls, see
``tests/work.py``) at two sizes in the same test, never by timing: absolute
times and the 1 MiB runs are in the benchmark (``python -m bench --only
adversarial``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import liveblog
from liveblog.assemble import event_order
from liveblog.errors import LimitError, LiveblogError
from liveblog.model import Timeline
from liveblog.read import decode, read_bytes, read_text
from liveblog.read._html import DEFAULT_MAX_DEPTH, nesting_depth
from liveblog.segment._lines import split_lines

from .conftest import SEED_REFERENCE, SEED_TZ
from .strategies import html_pages, noisy_text, page_texts, references
from .work import GROWTH_PER_X4, growth

MB = 1 << 20
WORK_SIZE = 8 * 1024  # characters of each hostile input counted, and four times that

# name → function building about n characters of hostile text
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": lambda n: ("1234567890" * n)[:n],
    "colons": lambda n: ":" * n,
    "digit-colon": lambda n: ("12:" * n)[:n],
    "four-colons": lambda n: ("::::" + " ") * (n // 5),
    "arabic-letters": lambda n: ("سجلات" * n)[:n],
    "arabic-indic": lambda n: "٢" * n,
    "arabic-indic-clock": lambda n: ("٢٢٢٢:" * n)[:n],
    "spaces": lambda n: " " * (n - 1) + "x",
    "inner-spaces": lambda n: "a" + " " * (n - 2) + "b",
    "dash-separators": lambda n: ("a - " * n)[:n],
    "month-names": lambda n: ("نوفمبر/تشرين الثاني March " * n)[:n],
    "day-words": lambda n: ("الجمعة مساء الخميس Friday evening " * n)[:n],
    "ago-words": lambda n: ("منذ منذ حوالي ثلاث ساعات about three hours ago " * n)[:n],
    "one-giant-line": lambda n: ("دخلت القوات المدينة الجمعة، " * n)[:n],
    "million-newlines": lambda n: "\n" * n,
    "clock-lines": lambda n: ("20:15\n" * n)[:n],
    "headers-and-clocks": lambda n: ("Thursday 28 November\n20:15\nخبر\n" * n)[:n],
    "show-more-lines": lambda n: ("Show more\n" * n)[:n],
    "same-minute-posts": lambda n: "".join(
        f"20:15\nDeath toll in town {i} rises to {i}\n" for i in range(n // 36)
    ),
    "nested-html": lambda n: "<!doctype html><body>" + "<div>" * (n // 12) + "x" + "</div>" * (n // 12),
    "deep-formatting-html": lambda n: "<!doctype html><body>" + "<b><i>" * (n // 7) + "20:15",
    "many-time-tags": lambda n: (
        "<!doctype html><body>" + '<div><time datetime="2024-11-29T20:15">20:15</time>x</div>' * (n // 60)
    ),
}


def _both(text: str) -> tuple[object, object]:
    """parse and find_times on ``text``: each gives its result or the LiveblogError it raised."""
    out: list[object] = []
    for stage in ("parse", "find_times"):
        try:
            if stage == "parse":
                out.append(liveblog.parse(text, reference="2024-11-29T21:00", tz="Asia/Damascus"))
            else:
                out.append(liveblog.find_times(text, "2024-11-29T21:00+03:00", languages=["ar", "en"]))
        except LiveblogError as e:
            out.append(e)
    return out[0], out[1]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_hostile_text_takes_linear_work(name: str) -> None:
    """Hostile text: a Timeline (or a LimitError) from parse and find_times, with work linear in its size."""
    build = ADVERSARIAL[name]
    ratio = growth(lambda n: _both(build(n)), WORK_SIZE)
    assert ratio <= GROWTH_PER_X4, f"{name}: {ratio:.2f}x the work for 4x the text"
    parsed, found = _both(build(4 * WORK_SIZE))
    assert isinstance(parsed, Timeline | LimitError), parsed
    assert isinstance(found, list | LimitError), found


def test_deep_html_is_a_limit_error() -> None:
    """HTML nested deeper than the limit is refused before parsing, naming depth and limit."""
    page = "<!doctype html><html><body>" + "<div>" * 10_000 + "20:15" + "</div>" * 10_000
    with pytest.raises(LimitError, match=r"10,000 containers deep, over the limit of 2,000"):
        liveblog.parse(page, reference=SEED_REFERENCE, tz=SEED_TZ)


# (html, container depth counted by hand)
DEPTHS = [
    ("<p>no containers</p>", 0),
    ("<div><div></div></div><div></div>", 2),
    ("<DIV class=a><Section><table><tr><td>x</td></tr></table></Section></DIV>", 3),
    ("</div></div><div>", 1),  # stray closes never go below zero
    ("<divider><div/><details open>", 2),  # <divider> is not <div>; <div/> still opens in HTML
    ("<b><i><span><p><li>", 0),  # formatting and auto-closed tags do not count
]


@pytest.mark.parametrize(("html", "depth"), DEPTHS)
def test_nesting_depth(html: str, depth: int) -> None:
    """The depth counts block containers only, as the parser would nest them."""
    assert nesting_depth(html) == depth


def test_depth_limit_is_configurable() -> None:
    """A page within a raised limit is read; the default limit is the documented one."""
    page = "<!doctype html><html><body>" + "<div>" * 50 + "20:15<br>x" + "</div>" * 50 + "</body></html>"
    from liveblog.read._html import read_html

    assert DEFAULT_MAX_DEPTH == 2000
    with pytest.raises(LimitError, match="50 containers deep"):
        read_html(page, max_depth=49)
    assert read_html(page, max_depth=50).text.strip()


# (source as given, max_bytes, error words or None)
SIZES = [
    ("x" * 100, 100, None),
    ("x" * 101, 100, "101 bytes, over the limit of 100 bytes"),
    ("٢" * 50, 100, None),  # 2 bytes each: exactly 100
    ("٢" * 51, 100, "102 bytes, over the limit of 100 bytes"),
    (b"x" * 101, 100, "101 bytes, over the limit of 100 bytes"),
]


@pytest.mark.parametrize(("source", "limit", "says"), SIZES)
def test_max_bytes(source: str | bytes, limit: int, says: str | None) -> None:
    """parse(max_bytes=) counts UTF-8 bytes of text and bytes alike; over it is a LimitError."""
    if says is None:
        assert isinstance(liveblog.parse(source, reference=SEED_REFERENCE, max_bytes=limit), Timeline)
    else:
        with pytest.raises(LimitError, match=says):
            liveblog.parse(source, reference=SEED_REFERENCE, max_bytes=limit)


@pytest.mark.parametrize(("clocks", "limit", "fails"), [(5, 5, False), (6, 5, True)])
def test_max_entries(clocks: int, limit: int, fails: bool) -> None:
    """More marker lines than max_entries is a LimitError that names both numbers."""
    page = "".join(f"20:{m:02d}\nخبر رقم {m}\n\n" for m in range(clocks, 0, -1))
    if fails:
        with pytest.raises(LimitError, match=f"has {clocks} entries, over the limit of {limit}"):
            liveblog.parse(page, reference=SEED_REFERENCE, tz=SEED_TZ, max_entries=limit)
    else:
        tl = liveblog.parse(page, reference=SEED_REFERENCE, tz=SEED_TZ, max_entries=limit)
        assert sum(e.kind.value == "post" for e in tl.entries) == clocks


def test_cli_max_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    """`--max-bytes 1k` refuses a larger page with one error line and exit status 2."""
    from liveblog.cli import main

    from .conftest import SEED

    code = main(["export", str(SEED), "-f", "json", "--max-bytes", "1k", "--reference", SEED_REFERENCE])
    _out, err = capsys.readouterr()
    assert code == 2
    assert "over the limit of 1,024 bytes" in err


# (bytes, offset of the first bad byte, how many are replaced)
BAD_UTF8 = [
    (b"20:15\n\xff news", 6, 1),
    ("20:15\nخبر".encode() + b"\xc3" + b" " * 400, len("20:15\nخبر".encode()), 1),
    (b"\xe2\x82" + b"a" * 400 + b"\xff", 0, 2),
]


@pytest.mark.parametrize(("data", "offset", "count"), BAD_UTF8)
def test_invalid_utf8_is_replaced_with_a_note(data: bytes, offset: int, count: int) -> None:
    """A few invalid bytes become U+FFFD and a note names their count and the first byte offset."""
    text, notes = decode(data)
    assert text.count("\ufffd") == count
    (note,) = notes
    assert f"first at byte offset {offset}" in note
    assert f"{count} invalid UTF-8 byte" in note
    assert note in read_bytes(data).notes


# --- properties --------------------------------------------------------------------------------

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _accounted(text: str, tl: Timeline) -> None:
    """The rule of tests/test_fixtures.py: each non-blank line in one raw entry or one ignored record."""
    doc = read_text(text)
    for line in split_lines(doc.text):
        if not line.text.strip():
            continue
        pos = line.span.start + (len(line.text) - len(line.text.lstrip()))
        ignored = [ig for ig in tl.ignored if ig.span.start <= pos < ig.span.end]
        entries = [c for e in tl.entries for c in e.copies if c.span.start <= pos < c.span.end]
        assert len(ignored) == 1 or (not ignored and len(entries) == 1), (line.text[:60], ignored, entries)


def _parse(text: str, reference: datetime) -> Timeline | None:
    try:
        return liveblog.parse(text, reference=reference, tz=reference.tzinfo)
    except LiveblogError:
        return None


@PROPERTY
@given(page_texts, references)
def test_any_text_gives_a_sorted_timeline_with_every_line_accounted_for(
    text: str, reference: datetime
) -> None:
    """Any page text → a Timeline (or a LiveblogError); events sorted; every line in an entry or ignored."""
    tl = _parse(text, reference)
    if tl is None:
        return
    assert list(tl.events) == sorted(tl.events, key=event_order)
    _accounted(text, tl)


@PROPERTY
@given(html_pages(), references)
def test_any_html_gives_a_sorted_timeline(html: str, reference: datetime) -> None:
    """Any HTML → a Timeline (or a LiveblogError) with its events in order."""
    tl = _parse(html, reference)
    if tl is not None:
        assert list(tl.events) == sorted(tl.events, key=event_order)


@PROPERTY
@given(st.binary(max_size=300), references)
def test_any_bytes_give_a_timeline_or_a_liveblog_error(data: bytes, reference: datetime) -> None:
    """Any bytes → a Timeline or a LiveblogError (binary and non-UTF-8 input included)."""
    try:
        tl = liveblog.parse(data, reference=reference)
    except LiveblogError:
        return
    assert list(tl.events) == sorted(tl.events, key=event_order)


@PROPERTY
@given(noisy_text, references, st.sampled_from([None, ["ar"], ["en"], ["ar", "en"]]))
def test_find_times_and_resolve_never_raise_anything_else(
    text: str, reference: datetime, languages: list[str] | None
) -> None:
    """find_times and resolve give results (spans inside the text) or a LiveblogError, nothing else."""
    try:
        found = liveblog.find_times(text, reference, languages=languages)
        liveblog.resolve(text, reference, languages=languages)
    except LiveblogError:
        return
    for f in found:
        assert text[f.span.start : f.span.end] == f.text
    assert [f.span.start for f in found] == sorted(f.span.start for f in found)


def test_key_points_inside_the_lead_split_it() -> None:
    """Found by the line-accounting property: a key-points list with lead text on both sides.

    The lead becomes two entries (above and below the list), so no line lies in
    two entries' spans.
    """
    text = "Crews reached the bridge.\nKey events\nالجمعة\n\nThe talks broke up after 9pm on Tuesday."
    tl = liveblog.parse(text, reference="2000-01-01T00:00", tz="UTC")
    raw = sorted(
        (c.span.start, c.kind.value, text[c.span.start : c.span.end]) for e in tl.entries for c in e.copies
    )
    assert raw == [
        (0, "lead", "Crews reached the bridge."),
        (26, "summary", "Key events\nالجمعة"),
        (45, "lead", "The talks broke up after 9pm on Tuesday."),
    ]
    _accounted(text, tl)


# --- fast paths agree with their plain definitions ----------------------------------------------

_PIECES = [*"ab ٢٠:., -–()[]\n\tًَُِ", "الجمعة", "أمس", "Photo", "é", "...", "؟ "]
_WORDY = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@PROPERTY
@given(_WORDY, st.integers(1, 10))
def test_opening_words_fold_only_a_prefix(text: str, n: int) -> None:
    """Entry ids fold a prefix of the post; the words are those of folding the whole post."""
    from liveblog._text.pagewords import fold
    from liveblog.segment import _opening_words

    assert _opening_words(text, n) == " ".join(fold(text).split()[:n])


@PROPERTY
@given(_WORDY, st.data())
def test_sentence_by_bisection_is_the_scanned_sentence(line: str, data: st.DataObject) -> None:
    """The sentence around a mention, found by bisection, is the one a left-to-right scan finds."""
    import re

    from liveblog.assemble import sentence_around
    from liveblog.model import Span

    start = data.draw(st.integers(0, len(line)))
    end = data.draw(st.integers(start, len(line)))
    scanned, begin = None, 0
    for m in re.finditer(r"(?<=[.!?؟…])\s+|(?<=[.!?؟][\"»”])\s+", line):
        if m.start() >= end:
            scanned = line[begin : m.start()].strip()
            break
        if m.end() <= start:
            begin = m.end()
    if scanned is None:
        scanned = line[begin:].strip()
    if len(scanned) <= 1000:
        assert sentence_around(line, Span(start, end)) == scanned


# (text, n, first n folded words, worked out by hand)
OPENINGS = [
    ("- - - - Crews reached the bridge", 3, "crews reached the"),  # punctuation words fold to nothing
    ("... — … ، Crews reached", 2, "crews reached"),
    ("Al-Jazeera: «الجُمعة» أمس", 3, "al jazeera الجمعه"),  # one word may fold into two
    ("", 8, ""),
]


@pytest.mark.parametrize(("text", "n", "words"), OPENINGS)
def test_opening_words(text: str, n: int, words: str) -> None:
    """Opening words skip what folds to nothing and split what folds into two."""
    from liveblog.segment import _opening_words

    assert _opening_words(text, n) == words


# (line, mention span, its sentence)
SENTENCES = [
    ("One. Friday came. Three.", (5, 11), "Friday came."),  # the mention opens its sentence
    ("One. Friday came. Three.", (11, 16), "Friday came."),  # it closes it
    # a closing quote after the full stop stays with its sentence
    ("«قال الجمعة.» ثم مضى", (5, 11), "«قال الجمعة.»"),
    ('He said "we leave on Friday." Then silence.', (19, 25), 'He said "we leave on Friday."'),
    ("No break at all on Friday", (19, 25), "No break at all on Friday"),
]


@pytest.mark.parametrize(("line", "span", "sentence"), SENTENCES)
def test_sentence_around(line: str, span: tuple[int, int], sentence: str) -> None:
    """A mention's text is its own sentence, also when it starts or ends one."""
    from liveblog.assemble import sentence_around
    from liveblog.model import Span

    assert sentence_around(line, Span(*span)) == sentence
