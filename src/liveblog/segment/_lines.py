"""Lines of page text and what each one is: the segmenter's first pass.

Every line is classified once — blank, marker, day header, edit stamp, page
chrome, photo caption, page metadata, a label inside a structured block, text
outside the structured blocks, or content — and each kind that is set aside
carries its reason (:data:`REASONS`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta

import attrs

from liveblog._text import pagewords as words
from liveblog._text.normalize import visible
from liveblog.model import Grain, Ignored, Span, supported
from liveblog.resolve import find_times, resolve
from liveblog.segment._markers import Marker, _edit_stamp, _leading_marker

__all__ = [
    "REASONS",
    "Line",
    "LineKind",
    "classified_lines",
    "classify",
    "ignored_lines",
    "iter_lines",
    "split_lines",
]

_MAX_HEADER_LEN = 48
_MAX_NAV_WORDS = 6
_MAX_SHARE_WORDS = 4  # lead9: "Compartir en Twitter", "Teilen per E-Mail"
_SHORT_WORD = 3  # a preposition between a share word and its network: "en", "sur", "auf", «على»
# A day header has date words and a day number: a letter next to a digit, in either order.
_HEADER_SHAPE = re.compile(r"[^\W\d_][\s,.،(]*\d|\d[\s,.،]*[^\W\d_]")  # pages8: "Senin (2/12)"
_MAX_METADATA_LEN = 120
_CAPTION_TAIL = re.compile(
    r"(?:^|[\s.(\[])(?:Photograph|Photo|Image|Picture|Credit|صورة|الصورة|تصوير)\s?:\s?[^:]{1,80}[)\]]?$",
    re.IGNORECASE,
)
_CREDIT_SEPARATORS = ("-", "–", "—", "/", "|", "(")
# The line's last separator: one with none after it up to the very end.
_SEPARATOR_CLASS = "".join(map(re.escape, _CREDIT_SEPARATORS))
_LAST_SEPARATOR = re.compile(f"[{_SEPARATOR_CLASS}][^{_SEPARATOR_CLASS}]*\\Z")
_MAX_CREDIT = 40
_CREDIT_TAIL = re.compile(
    rf"(?:\s[-–—/|]\s?|[-–—/|]\s|\s\(|\()\s*(?P<credit>[^-–—/|()]{{1,{_MAX_CREDIT}}}?)\s*\)?\s*$"
)


class LineKind(enum.StrEnum):
    """What one line of page text is."""

    BLANK = "blank"
    MARKER = "marker"
    DAY_HEADER = "day_header"
    EDIT = "edit"
    CHROME = "chrome"
    CAPTION = "caption"
    METADATA = "metadata"
    LABEL = "label"  # a timestamp label inside a structured block ("16:53", "1h ago")
    OUTSIDE = "outside"  # page text outside every structured block
    FURNITURE = "furniture"  # a time outside the feed (dateline, teaser, fixtures box)
    CONTENT = "content"


@attrs.frozen(weakref_slot=False)
class Line:
    """One line of the document with its offsets (``[start, end)``) and what it was classified as.

    The start is a plain field, not a :class:`Span`: a page's lines all exist at once while it is
    segmented (100,000 lines for a 4.5 MB JSON-LD page), and a span object per line was 5 MB of
    them. :attr:`span` makes one when a record or an entry needs it. The end is the start plus
    the text's length (the text is the line as the page has it, newline excluded), so no third
    number is kept per line either.
    """

    index: int
    start: int
    text: str
    kind: LineKind = LineKind.CONTENT
    marker: Marker | None = None
    day: date | None = None  # for DAY_HEADER lines

    @property
    def end(self) -> int:
        """Where the line stops in the document text (its newline, or the text's end)."""
        return self.start + len(self.text)

    @property
    def span(self) -> Span:
        """The line's offsets as a span (a new value on each call)."""
        return Span(self.start, self.end)

    @property
    def stripped(self) -> str:
        return self.text.strip()


def iter_lines(text: str) -> Iterator[Line]:
    """The document's lines with their spans (newline excluded), one at a time.

    No list of the page's lines is built: the segmenter classifies each line as
    it comes, so a page of 100,000 short lines never holds two copies of them.
    Identical lines share one string object (100,000 "Show more" lines, one string).
    """
    for i, start, raw in _raw_lines(text):
        yield Line(i, start, raw)


def _raw_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(index, start, text) of each line, newline excluded; identical lines share one string."""
    start = 0
    same: dict[str, str] = {}
    end = len(text)
    i = 0
    while start < end:
        stop = text.find("\n", start)
        if stop < 0:
            stop = end
        raw = text[start:stop]
        yield i, start, same.setdefault(raw, raw)
        start, i = stop + 1, i + 1  # text.split("\n") less its empty last part after a final newline


def split_lines(text: str) -> list[Line]:
    """The document's lines with their spans (newline excluded)."""
    return list(iter_lines(text))


_BRACKET_CREDIT = re.compile(r"[\[(]([^\[\]()]{2,80})[\])]\s*$")


def _is_caption(text: str) -> bool:
    # The three patterns are anchored at the line's end; a test on the end of the line first spares
    # ordinary paragraphs the searches (each test is implied by its pattern, so nothing changes).
    colon = text.rfind(":")  # the caption's colon is the line's last one, at most 82 characters from the end
    if colon >= 0 and len(text) - colon <= 83 and len(text) < 400 and _CAPTION_TAIL.search(text):
        return True  # "… Photograph: Tom Ashby/PA", "(Image: Reader picture)"
    if text.rstrip().endswith((")", "]")):
        bracket = _BRACKET_CREDIT.search(text)  # "… made landfall [Rafiq Hasan/Reuters]"
        if bracket is not None and any(
            words.fold(part) in words.CAPTION_CREDITS for part in re.split(r"[/,;]| via ", bracket.group(1))
        ):
            return True
    # The credit's separator is the line's last one (nothing after it may be a separator), so the
    # search starts just before it. It is also the last character but spaces before the credit,
    # which ends the line (but for spaces and one bracket) and is at most 40 characters long; a
    # credit of a word does not end in a space: so the separator is no earlier than the last
    # character but spaces before those 40 (seg10: the line is not searched six times over).
    tail = text.rstrip()
    tail = tail[:-1].rstrip() if tail.endswith(")") else tail
    lo = max(len(text[: max(len(tail) - _MAX_CREDIT, 0)].rstrip()) - 1, 0)
    found = _LAST_SEPARATOR.search(text, lo)  # one pass over the window (six rfind calls cost more)
    if found is None:
        return False
    last = found.start()
    m = _CREDIT_TAIL.search(text, max(last - 1, 0))
    return m is not None and words.fold(m.group("credit")) in words.CAPTION_CREDITS


def _day_header(text: str, reference: datetime, lang: str) -> date | None:
    """The date a short line names when the whole line is a date ("Thursday 28 November")."""
    if len(text) > _MAX_HEADER_LEN or not _HEADER_SHAPE.search(text):
        return None  # "2021-05-03" over a fixtures box, a "Sunday" section link: no day header
    numeric = _NUMERIC_HEADER.fullmatch(text)
    if numeric is not None:  # "Senin (2/12)": the day in digits, whatever language names the weekday
        day = numeric_day(numeric["d"], numeric["sep"], numeric["m"], reference, lang)
        return day if day is not None and reference.date() - day <= _NUMERIC_HEADER_DAYS else None
    found = find_times(text, reference, languages=[lang])
    if len(found) != 1 or found[0].when.grain is not Grain.DAY:
        return None
    covered = len(found[0].text.strip())
    if covered < 0.8 * len(text.strip(" .,:،")):
        return None
    return found[0].when.start.date()


def _names_capitalised(byline: str) -> bool:
    """Latin bylines name people: every name word capitalised ("By Monday, the army…" is prose)."""
    names = [w for w in byline.split()[1:] if w.lower() not in {"and", "و"}]
    latin = [w for w in names if w[:1].isascii()]
    return all(w[:1].isupper() for w in latin) and not any(w.endswith((",", ".")) for w in names[-1:])


def _chrome_words(folded: str) -> bool:
    """A short line of navigation words joined by a copy ("Startseite Nachrichten", «الرئيسية أخبار»),
    or a share button naming its network with a short word between (lead9: "Compartir en Twitter",
    "Auf Facebook teilen", «شارك على فيسبوك», "Partager sur X")."""
    parts = folded.split()
    if len(parts) == 1:
        return parts[0] in words.NETWORKS  # h11: a share bar copied one network a line ("Reddit")
    if len(parts) > _MAX_NAV_WORDS:
        return False
    if all(w in words.CHROME_ANY for w in parts):
        return True
    if len(parts) > _MAX_SHARE_WORDS or not any(w in words.NETWORKS for w in parts):
        return False  # (most lines stop here: the lists below are made for share buttons only)
    chrome = [w in words.CHROME_ANY for w in parts]
    nets = [w in words.NETWORKS for w in parts]
    return any(c and not n for c, n in zip(chrome, nets, strict=True)) and all(  # a share word besides it
        c or n or len(w) <= _SHORT_WORD for w, c, n in zip(parts, chrome, nets, strict=True)
    )


def classify(line: Line, reference: datetime, lang: str, markers: dict[Marker, Marker] | None = None) -> Line:
    """``line`` with its kind (and marker or day) filled in.

    ``markers`` holds the markers already made for a page: an equal marker is shared, not made
    again (a page of 20,000 posts stamped at 1,440 different minutes holds 1,440 markers).
    """
    got = _reading(line.text, reference, lang, markers)
    if got is None:
        return line
    kind, marker, day = got
    if kind is LineKind.BLANK:
        return Line(line.index, line.start, line.text, kind)
    # as attrs.evolve(line, kind=…) did: what the reading does not set is the line's own
    marker = marker if kind in (LineKind.MARKER, LineKind.EDIT) else line.marker
    return Line(
        line.index, line.start, line.text, kind, marker, day if kind is LineKind.DAY_HEADER else line.day
    )


def classified_lines(
    text: str, reference: datetime, lang: str, markers: dict[Marker, Marker] | None = None
) -> Iterator[Line]:
    """:func:`iter_lines` with each line classified: ``classify`` of each, one line object made per line.

    (seg10: a set-aside line was made twice, as content and then as its kind; half a page's lines
    are blank.) A blank line (empty or all spaces: what ``str.strip`` leaves empty) is known without
    asking :func:`_reading` (seg11).
    """
    for i, start, raw in _raw_lines(text):
        if not raw or raw.isspace():
            yield Line(i, start, raw, LineKind.BLANK)
        else:
            got = _reading(raw, reference, lang, markers)
            yield Line(i, start, raw) if got is None else Line(i, start, raw, *got)


_BLANK: tuple[LineKind, None, None] = (LineKind.BLANK, None, None)


def _reading(
    raw: str, reference: datetime, lang: str, markers: dict[Marker, Marker] | None
) -> tuple[LineKind, Marker | None, date | None] | None:
    """What the line ``raw`` is: its kind, marker and day, or None for content."""
    text = raw.strip()
    if not text:
        return _BLANK
    # RLM, isolates, ZWSP… around a clock do not hide it. The line is made visible and stripped
    # once, here, for every reading below (seg10: the marker and edit-stamp parsers did it again).
    clean = visible(text).strip()
    text = clean or text
    # Chrome and metadata lines are short; folding every paragraph of a long page would cost more
    # than the rest of this function. No page word folds to nothing (tests/test_seg10_speed.py), so
    # a line not folded is neither metadata nor chrome.
    folded = words.fold(text) if len(text) < _MAX_METADATA_LEN else ""
    if folded and (words.metadata_start(folded) or words.stamp_start(folded, text)):
        return LineKind.METADATA, None, None  # "Published 28 November 2024, 07:00 GMT"
    marker = _leading_marker(raw, clean)
    marker = _usable_marker(marker, reference, lang) if marker is not None else None
    if marker is not None:
        if markers is not None:
            marker = markers.setdefault(marker, marker)
        return LineKind.MARKER, marker, None
    edit = _edit_stamp(clean)
    if edit is not None:
        return LineKind.EDIT, edit, None
    if folded and (folded in words.CHROME_ANY or _chrome_words(folded) or words.is_footer(text, folded)):
        return LineKind.CHROME, None, None  # a button, a navigation row or a footer in any language
    if words.UPDATE_COUNTER.match(text) or (
        len(text) < 160 and words.BYLINE.match(text) and _names_capitalised(text)
    ):
        return LineKind.METADATA, None, None
    if _is_caption(text):
        return LineKind.CAPTION, None, None
    day = _day_header(text, reference, lang)
    if day is not None:
        return LineKind.DAY_HEADER, None, day
    return None


def _usable_marker(marker: Marker, reference: datetime, lang: str) -> Marker | None:
    """The marker as the line's reading: a relative-only or dated label counts only when its words resolve.

    A dated label whose date names no day falls back to the line's other reading
    (``Marker.fallback``: "18:00 Runde 2" is a clock and a title), if it has one.
    """
    if marker.relative is not None:
        return marker  # read by the one "N ago" parser, in any language it has words for
    if marker.date_text is not None and marker.shape != "iso":
        return marker if marker_date(marker, reference, lang) is not None else marker.fallback
    return marker


_DAY_MONTH = re.compile(r"(\d{1,2})([./])(\d{1,2})\.?")
# pages8: a day header of one word (a weekday, in any language) and the day and month in digits:
# "Senin (2/12)", "Sábado, 30/11", "Di. 3.12." — read only within a few weeks before the reference.
_NUMERIC_HEADER = re.compile(r"[^\W\d_]{2,15}\.?,?\s*\(?(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})\.?\)?")
_NUMERIC_HEADER_DAYS = timedelta(days=31)


def marker_date(marker: Marker, reference: datetime, lang: str) -> date | None:
    """The day a marker's own label names, if any ("24 Nov", «29 نوفمبر 2024», "2일", "24/11").

    A numeric day and month with no year ("24/11", "30.11.") is read in the
    reference's year by the resolver, whose language says which number is the
    day; a date more than a day after the reference is the year before's.
    """
    if marker.date_text is None:
        return None
    if marker.shape == "iso":
        try:
            day: date | None = date.fromisoformat(marker.date_text)
        except ValueError:  # "2025-02-30", "2025-13-01": a clock-like label, but no day
            return None
        return day if day is not None and supported(day) else None
    numeric = _DAY_MONTH.fullmatch(marker.date_text)
    if numeric is not None:
        return numeric_day(numeric[1], numeric[2], numeric[3], reference, lang)
    when = resolve(marker.date_text, reference, languages=[lang])
    if when is None or when.grain is not Grain.DAY:
        return None
    day = when.start.date()
    return day if supported(day) else None


def numeric_day(day: str, sep: str, month: str, reference: datetime, lang: str) -> date | None:
    """A day and month written in digits with no year ("24/11", "3/12"), read as the resolver reads them.

    The year is the reference's, or the year before when that puts the day more
    than a day after the reference (a January page's "31/12"); the resolver's
    language says which number is the day.
    """
    for year in (reference.year, reference.year - 1):
        when = resolve(f"{day}{sep}{month}{sep}{year}", reference, languages=[lang])
        if when is None or when.grain is not Grain.DAY:
            return None
        found = when.start.date()
        if found <= reference.date() + timedelta(days=1):
            return found if supported(found) else None
    return None


REASONS = {
    LineKind.CHROME: "page chrome (button, label or navigation)",
    LineKind.CAPTION: "photo caption with a credit",
    LineKind.METADATA: "page metadata (publication stamp or update counter)",
    LineKind.DAY_HEADER: "day header (sets the date of the entries after it)",
    LineKind.EDIT: "edit stamp of the entry it stands in (not a new entry)",
    LineKind.LABEL: "timestamp label of its block (the block's machine time is used)",
    LineKind.OUTSIDE: "page text outside the live blocks (navigation, header, footer, visible copies)",
    LineKind.FURNITURE: "a time outside the feed (a dateline, a teaser, a fixtures box breaking its order)",
}


def ignored_lines(lines: Sequence[Line]) -> Iterator[Ignored]:
    """An :class:`Ignored` record for every set-aside line."""
    for ln in lines:
        reason = REASONS.get(ln.kind)
        if reason is not None:
            yield Ignored(ln.stripped, start=ln.start, end=ln.end, reason=reason)
