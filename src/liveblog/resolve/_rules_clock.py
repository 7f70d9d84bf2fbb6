"""Rules for clock times (a base of :class:`liveblog.resolve._rules.Rules`).

`20:15`, `٢٠:١٥`, `8:15 م`, `10 ص`, `3.27pm BST`, `19.30 GMT`, «الساعة الثامنة
والنصف مساء», «الساعة 18:00 بتوقيت مكة المكرمة»; the day comes from ``prefer``
unless the words give one.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import UTC, date, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import attrs

from liveblog._text.clock import hour24, match_clock
from liveblog._text.zones import ABBREVIATIONS, WORD_ABBREVIATIONS, offset_after, place_zones, zone_for_word
from liveblog.lang import Kind
from liveblog.model import When
from liveblog.resolve import _when
from liveblog.resolve._grammar import Hit
from liveblog.resolve._rules_amount import AmountRules, memo

__all__ = ["CLOCK_FIRST", "Clock", "ClockRules", "zone_of"]


@attrs.frozen
class Clock:
    """A time of day as written."""

    hour: int
    minute: int
    second: int | None
    zone: tzinfo | None
    end: int
    ampm: str | None
    # (ar8) on the 12-hour clock, its half not said: «الساعة 3» is 03:00 or 15:00 (``clock_alone``)
    twelve: bool = False
    # en8: an hour 1-12 said with no am/pm, noon word or zone, in a language whose news writes the
    # 12-hour clock: either half of the day (``ClockRules.clock_alone`` lets ``prefer`` pick)
    either_half: bool = False
    # ar9: its half said with a word that names a part of the day («صباحا», «فجرا», «الصبح»:
    # ``Syntax.half_under_way``), so the half under way at the reference is this one
    part_said: bool = False


def zone_of(value: str, ref_zone: tzinfo, lang: str = "en") -> tzinfo:
    """The zone a ``zone`` lexicon value names (``local``: the reference's; abbreviations: the one table)."""
    named = zone_for_word(value, ref_zone, lang) if value in ABBREVIATIONS else None
    if named is not None:
        return named  # the one zone table (liveblog._text.zones): DST-aware, ambiguity settled
    if value == "local":
        return ref_zone
    if value == "UTC":
        return UTC
    if value[0] in "+-":
        sign = 1 if value[0] == "+" else -1
        return timezone(sign * timedelta(hours=int(value[1:3]), minutes=int(value[4:6])))
    return ZoneInfo(value)


def _cues_before(before: list[Hit]) -> tuple[bool, bool]:
    """Whether the phrases ending right before a token (:meth:`Tokens.ending_at`, looked up once for
    both) hold a hedge, a range's opening word or a closing one in letters ("vers", "à environ", "de",
    "until"; not a dash), and whether they hold an hour cue."""
    hedged = any(
        h.lex.kind in ("hedge", "range-from") or (h.lex.kind == "range-to" and h.lex.words[-1].isalpha())
        for h in before
    )
    return hedged, any(h.lex.kind == "hourcue" for h in before)


# The kinds of word a clock can start with (the clock rule's row in liveblog.resolve._rules: a hedge
# before it, a cue, the hour, the minutes before the hour). comp10: a clock asked for after a day or
# a part ("Friday at 3 pm", «مساء الخميس الساعة 8») is refused by this row too, before it is read.
CLOCK_FIRST: frozenset[str] = frozenset(
    {"number", "hedge", "clockcue", "num", "hourword", "minamount", "halfhour", "hournoun"}
)


# comp11: the kinds of word that make a clock of one word with no cue before it: "noon", an hour cue
# that is also the hour (the clock reads the hour's cue at its word as "said")
_ONE_WORD_CLOCK: frozenset[str] = frozenset({"hournoun", "hourcue"})


class ClockRules(AmountRules):
    """Clock times; dates and days build on them."""

    @memo
    def clock(self, i: int) -> Clock | None:
        """`20:15`, `8:15 م`, `10 ص`, `3.27pm BST`, `19.30 GMT`, «الساعة الثامنة والنصف مساء», "a quarter
        past 3pm", "ten thirty am", «الرابعة إلا ثلث», "15h", "9 tomorrow" (docs/resolution.md)."""
        if (t := self.t).kinds(i).isdisjoint(CLOCK_FIRST):
            return None  # no clock starts on such a word (the clock rule is tried on no other)
        cue = t.hit(i, "clockcue")
        j = cue.end if cue is not None else i
        # "vers 5h", "verso le 15", "de 9h à 11h": a hedge or a range's opening word cues a clock as "at" does
        # ("до 11 часов", "until 11"): a range's closing word in letters too, not a dash ("2-3 heures");
        # «الساعة 3», "verso le 15" (the hedge read first): a bare hour after it is a clock
        if not (before := t.ending_at(i, back=3)) and self._one_word_uncued(i):
            return None  # comp11: a lone word with no cue before it is no clock
        hedged, hour_cued = _cues_before(before)
        said_cue = t.hit(i, "hourcue") is not None or hour_cued
        lead, j, delta, noun, head = self._lead_and_hour(j, cued=cue is not None or said_cue)
        if head is None:
            return None
        hour, minute, second, sep, k = head
        ish = t.hit(k, "hedge-post") if sep != "hhmm-cued" and t.adjacent(k) else None
        k = ish.end if ish is not None else k  # en8: "3ish pm", glued as "3ish"
        said_minutes = words_only = False
        if lead is None and sep in ("", "word"):
            after = self._minutes_after(
                k,
                words=sep == "word",
                cued=cue is not None or said_cue or noun is not None,
                digits=noun is not None,
            )
            if after is not None:
                delta, k, words_only = after
                said_minutes = not words_only
        post = self._hourpost_after(k, sep)  # "3 o'clock", "15 heures", "18:30 Uhr"
        digit_minutes = False  # "15 heures 30" is a clock; "trois heures et demie" may be a duration
        if post is not None:
            k = post.end
            after = (
                None if said_minutes or lead is not None or sep in (":", ".") else self._minutes_after_post(k)
            )
            if after is not None:  # "15 heures 30", "quinze heures et quart"
                delta, k, digit_minutes, said_minutes = *after, True
        ampm = self._ampm_at(k, colon=sep == ":") if noun is None else None
        k = ampm.end if ampm is not None else k
        zone: tzinfo | None = None
        zk = k + 1 if t.is_(k, "(") else k
        found = self.zone_at(zk)
        if found is not None:
            zone, zend = found
            k = zend + 1 if zk > k and t.is_(zend, ")") else zend
        if (sep == "military" or (sep == "decimal" and cue is None)) and zone is None:
            return None  # "1315" is a clock only with its zone ("1315 GMT"); «30ر14» with «الساعة» too
        cued = cue is not None or hedged
        # "8h" alone may be eight hours; "15h", "at 8h", "8h GMT", "8h du soir" are clocks, and so is one
        # after a day (lead9: "vendredi 6h", "lundi 8h")
        if sep == "hour-h" and not (zone or cued or ampm or len(t.norm[j]) >= 2 or self._day_before(i)):
            return None
        if (
            post is not None
            and post.lex.bound
            and sep != ":"
            and not (digit_minutes or ampm or lead is not None)  # lead11: "kwart over twee uur"
            and (
                self._amount_of(k, cue)
                or not (cued or said_cue or zone or self._part_after(j, k) or self._day_before(i))
            )
        ):
            # "pendant 3 heures (et demie)", "après 15 heures de combats", «после 14 часов переговоров»
            # say how long; "à 15 heures", "15 heures 30" are clocks
            return None
        told = ampm is not None or noun is not None or post is not None or zone is not None
        if lead is not None and not self._lead_ok(lead, told, cued, noun is not None):
            return None
        if words_only and not (told or cued or said_cue):
            return None  # "two thirty-year-olds": minutes in words need "at" or am/pm
        said_minutes = said_minutes or (words_only and (cued or said_cue))  # "at seven fifteen"
        bare = sep in ("", "word") and not (
            told or said_minutes or said_cue or lead is not None or self._afternoon_word(j, hour, cue)
        )
        if (
            bare
            and self._bare_refused(j, k, sep, cued=cue is not None)
            and not self._day_cue_hour(i, j, k, cue)
        ):
            return None  # a bare number is not a time ("at 9 tomorrow" is)
        if sep == "" and cue is None and ampm is not None and self._after_score(j):
            return None  # «بنتيجة 2-1 مساء الأحد»: the «1» of a score, then "on Sunday evening"
        # lead10: "14.30 Uhr" (a word after it that says so) and "alle 14.30", "saat 14.30" (a clock cue
        # in a language that writes decimals with a comma) are clocks too
        dotted = sep == "." and ampm is None and zone is None and post is None
        if (
            dotted
            and not (cue is not None and cue.lex.syntax.decimal_comma)
            and not self._dotted_ok(i, k, cue)
        ):
            return None  # 19.30 in a sentence may be a decimal; on its own line it is a time
        said = noun.value if noun is not None else ampm.value if ampm is not None else None
        if said is not None and sep == "" and hour == 0:
            return None  # "3-0 مساء": a score, not "0 pm"
        hm = _with_minutes(hour, minute + delta, said)
        if hm is None:
            return None
        return self._halves(
            Clock(
                hm[0],
                hm[1],
                second,
                zone,
                k,
                said,
                part_said=ampm is not None and ampm.lex.syntax.half_under_way,
            ),
            (j, sep, hour),
            bare=post is None and lead is None,
            cues=(*before, *t.hits(i)),
            cued=cued or said_cue,
        )

    def _one_word_uncued(self, i: int) -> bool:
        """Whether the word at ``i`` is read alone (:meth:`lone`) and is neither noon nor an hour's
        cue (comp11). Then, with no phrase ending right before it (no cue: "at", «الساعة», a hedge,
        a day), it is no clock: a clock of one word is noon ("noon"), or an hour a cue before it or
        in it makes one («الساعة 3», "at 1030"); a bare hour needs a day or a part after it, minutes,
        an am/pm, a zone or an hour's noun, none of which follows a word read alone."""
        return self.t.kinds(i).isdisjoint(_ONE_WORD_CLOCK) and self.lone(i)

    def _halves(
        self, c: Clock, at: tuple[int, str, int], *, bare: bool, cues: tuple[Hit, ...], cued: bool
    ) -> Clock:
        """Clock ``c`` with the halves of the day it may be on when none was said (no am/pm, no
        zone): the Arabic 12-hour words and cued hours (``twelve``, ar8; ``bare``: no part or lead
        word with the hour either), the English 12-hour digits (``either_half``, en8)."""
        if c.ampm is not None or c.zone is not None:
            return c
        j, sep, hour = at  # the hour's token, the separator of its minutes, the hour as written
        twelve = bare and 1 <= hour <= 12 and self._twelve_hour(j, sep, cues, cued=cued)
        return attrs.evolve(c, twelve=twelve, either_half=self._either_half(j, hour, sep))

    def _twelve_hour(self, j: int, sep: str, cues: tuple[Hit, ...], *, cued: bool) -> bool:
        """Whether the hour at ``j``, said with no half of the day, is on the 12-hour clock: in words
        («الثالثة», «خمسة»), or one or two digits alone after an hour cue or a hedge («الساعة 3»,
        «حوالي الساعة 11»; not "02", and not "9:30": digits with minutes are the 24-hour clock news
        copy writes) in a language whose :attr:`~liveblog.lang.Syntax.twelve_hour` says so (ar8)."""
        t = self.t
        if sep == "word":
            said = t.hit(j, "hourword", "num")
            return said is not None and said.lex.syntax.twelve_hour
        if sep != "" or not cued or t.norm[j].startswith("0"):
            return False
        return any(h.lex.kind in ("hourcue", "hedge", "clockcue") and h.lex.syntax.twelve_hour for h in cues)

    def _ampm_at(self, k: int, *, colon: bool = False) -> Hit | None:
        """The am/pm word at ``k``; a bound one ("a") only glued to a clock with its colon: "3:18a"
        (en8; "4a" alone, "a 6-3 vote" are no times)."""
        ampm = self.t.hit(k, "ampm")
        glued = colon and self.t.adjacent(k)
        if ampm is not None and ampm.lex.place == "before":
            return None  # cjk8: Georgian "დღის" is 3 pm before the hour, "of day" after it ("5 დღის წინ")
        return None if ampm is not None and ampm.lex.bound and not glued else ampm

    def _either_half(self, j: int, hour: int, sep: str) -> bool:
        """Whether an hour at ``j`` said with no am/pm may be on either half of the day (en8): 1-12,
        written as a 12-hour clock is ("3:30", "three twenty"; not "09:30", "15h", "9.30"), in a
        language whose news writes the 12-hour clock (``Syntax.twelve_hour_digits``)."""
        t = self.t
        if sep not in _TWELVE_HOUR_SEPS or not 1 <= hour <= 12 or t.norm[j].startswith("0"):
            return False
        # the text's own language (read first): a German page read with English beside it ("um
        # 3:30") keeps its 24-hour clock
        return bool(t.lexicons) and t.lexicons[0].syntax.twelve_hour_digits

    def _lead_and_hour(
        self, j: int, *, cued: bool
    ) -> tuple[
        tuple[int, int, bool, bool] | None, int, int, Hit | None, tuple[int, int, int | None, str, int] | None
    ]:
        """(minutes before the hour, where the hour is, its minutes, noon/midnight, the hour read) at
        ``j``: "a quarter past 3", "20 minutes to", "half" (three). When no hour follows what looked
        like minutes before one ("klokken 9 på lørdag": "på" is also the "to" of "kvart på 12"), the
        number is the hour (nor6)."""
        lead = self._minutes_before(j)
        k = lead[1] if lead is not None else j
        noun = self._hour_noun(k, after_minutes=lead is not None)
        head = self._hour(k, noun, cued=cued)
        if head is not None or lead is None:
            return lead, k, lead[0] if lead is not None else 0, noun, head
        noun = self._hour_noun(j, after_minutes=False)
        return None, j, 0, noun, self._hour(j, noun, cued=cued)

    def _amount_of(self, k: int, cue: Hit | None) -> bool:
        """Whether what follows an hour noun that is also a unit (its words end at ``k``) makes it an
        amount of something: an "of" word before a word no table knows ("15 heures de combats"), or,
        with no clock cue before the number (an open range's or a hedge's word only), such a word at
        once ("после 14 часов переговоров"; «в 19 часов переговоры» keeps its cue)."""
        t = self.t
        of = t.hit(k, "of")
        k = of.end if of is not None else k
        plain = k < len(t) and t.number[k] is None and t.norm[k].isalpha() and not t.hits(k)
        return plain and (of is not None or cue is None)

    def _hourpost_after(self, k: int, sep: str) -> Hit | None:
        """The hour's noun after a bare hour ("3 o'clock", "15 heures"), or after a clock with its
        minutes ("18:30 Uhr", "18:30ч": a range's end may follow it). A noun that is also a
        duration's unit (bound) is read after "18:30" too ("18:30h", "18:30 uur": nor6): its minutes
        make it a clock, no cue is asked for."""
        post = self.t.hit(k, "hourpost")
        if post is not None and self.t.hit(k, "zone") is not None:
            return None  # lead10: "14:00 hora local": a zone phrase that begins with the hour's noun
        if sep in ("", "word"):
            return post
        return post if sep in (":", ".") and post is not None else None  # lead10: "14.30 Uhr" too

    def _day_before(self, i: int) -> bool:
        """Whether a weekday, a day word or a part of the day ends right before the hour at ``i``
        (cjk8): "ხვალ 5-ზე", "შაბათს 9-ზე", "ღამის 11-ზე" (tomorrow at 5, on Saturday at 9, at 11 of
        the night) are clocks, "5-ზე მეტი" (more than 5) is none."""
        return any(
            h.lex.kind in ("weekday", "dayword", "part", "partday") for h in self.t.ending_at(i, back=2)
        )

    def _afternoon_word(self, j: int, hour: int, cue: Hit | None) -> bool:
        """Whether the hour at ``j`` is an hour word past noon after "at" ("o piętnastej"): a clock."""
        return cue is not None and hour >= 13 and self.t.hit(j, "hourword") is not None

    def _minutes_after_post(self, k: int) -> tuple[int, int, bool] | None:
        """(minutes, end, written in digits) after an hour noun ("heures 30", "heures et quart")."""
        after = self._minutes_after(k, words=True, cued=True, digits=True)
        return None if after is None else (after[0], after[1], self.t.number[k] is not None)

    def _part_after(self, j: int, k: int) -> bool:
        """Whether a day or a part of the day follows the hour at ``j`` (its words end at ``k``)."""
        return self._day_or_part_after(j, k, cue=False)

    def _hour_noun(self, j: int, *, after_minutes: bool) -> Hit | None:
        """Noon or midnight read as the hour at ``j``: after minutes ("a quarter past noon"), with
        minutes after it ("midi et quart"), or alone where the table names no part of the day so
        (English "noon" is 12:00; French "midi" alone is the midday part)."""
        t = self.t
        if after_minutes:
            return t.hit(j, "hournoun")
        noun = self._noun_with_minutes(j)
        return noun if noun is not None or t.hit(j, "part") is not None else t.hit(j, "hournoun")

    def _noun_with_minutes(self, j: int) -> Hit | None:
        """Noon or midnight as the hour when minutes follow it: "midi et quart", "minuit trois",
        "mezzogiorno meno un quarto" (alone it stays the part of the day)."""
        t = self.t
        noun = t.hit(j, "hournoun")
        if noun is None:
            return None
        return noun if self._minutes_after(noun.end, words=True, cued=True, digits=True) is not None else None

    def _bare_refused(self, j: int, k: int, sep: str, *, cued: bool) -> bool:
        """Whether a bare hour at ``j`` (its words end at ``k``) is no clock: a number in digits needs a
        day or a part after it ("at 9 tomorrow"); one in words a part and its day («الثامنة هذه الليلة»)."""
        if sep == "word":  # "at eight in the evening": after "at" a part alone says it is a time
            return not (self._partday_after(k) or (cued and self._part_at(k)))
        return not self._day_or_part_after(j, k, cue=cued)

    def _day_cue_hour(self, i: int, j: int, k: int, cue: Hit | None) -> bool:
        """Whether the bare hour in digits at ``j`` follows a day and its clock cue ("сегодня в 14",
        "danas u 14", "днес в 14", "w piątek o 9": at that hour, not the 14th) and counts no word after
        it ("сегодня в 14 регионах": in 14 regions) (h11)."""
        t = self.t
        if cue is None or t.num(j, 0, 23) is None or len(t.norm[j]) > 2:
            return False
        if not any(h.lex.kind in ("weekday", "dayword") for h in t.ending_at(i, back=2)):
            return False
        if k < len(t) and (t.hit(k, "month", "unit", "period", "ordsuffix") is not None or t.counted(k)):
            return False
        return not t.digits_go_on(j)

    def _partday_after(self, k: int) -> bool:
        """Whether a part of the day with its day follows at ``k`` («الليلة», «هذه الليلة»)."""
        t = self.t
        this = t.hit(k, "this")
        return t.hit(this.end if this is not None else k, "partday") is not None

    def _hour(
        self, j: int, noun: Hit | None, *, cued: bool = False
    ) -> tuple[int, int, int | None, str, int] | None:
        """(hour, minute, second, how written, end) of the hour at ``j``: noon, «الثالثة», "three",
        or digits through the one clock parser ("20:15", "19.30", "13h30", "1315 GMT", "15h", "3")."""
        t = self.t
        if noun is not None:
            return 12, 0, None, "word", noun.end
        word = self._hour_word(j, cued=cued)
        if word is not None:
            return word[0], 0, None, "word", word[1]
        decimal = t.hit(j + 1, "clockdecimal") if j < len(t) and t.number[j] is not None else None
        if decimal is not None and t.adjacent(j + 1) and t.adjacent(j + 2) and len(t.norm[j]) == 2:
            h, mm = t.num(j + 2, 0, 23), t.num(j, 0, 59)  # «30ر14»: minutes, the separator, the hour
            if h is not None and mm is not None and len(t.norm[j + 2]) <= 2:
                return h, mm, None, "decimal", j + 3
        written = (
            match_clock(t.text, t.start[j], ampm=False, hour_only=True)
            if j < len(t) and t.number[j] is not None
            else None
        )
        k = bisect_left(t.start, written.end) if written is not None else j
        if written is not None and t.end[k - 1] == written.end:
            sep = {":": ":", ".": ".", "h": "h", "military": "military"}.get(written.sep, "")
            if sep == "h" and k == j + 2:
                sep = "hour-h"  # "15h": the hour alone
            return written.hour, written.minute, written.second, sep, k
        if j < len(t) and t.number[j] is not None and len(t.norm[j]) > 2:
            return self._hhmm_told(j)
        h = t.num(j, 0, 24)
        if h is None:
            return None
        spaced = self._spaced_minutes(j) if cued else None
        if spaced is not None:
            return h, spaced, None, "spaced", j + 2
        return h, 0, None, "", j + 1

    def _spaced_minutes(self, j: int) -> int | None:
        """The minutes of "at 3 15", "at 12 15" (en8): after a clock cue, an hour and two-digit
        minutes apart with a space, ending the phrase ("at 3 15-year-olds" is no clock)."""
        t = self.t
        k = j + 1
        mm = t.num(k, 0, 59, 2)
        if mm is None or t.adjacent(k) or len(t.norm[j]) > 2 or not 0 <= (t.number[j] or 0) <= 23:
            return None
        if k + 1 < len(t) and (
            t.number[k + 1] is not None or (t.adjacent(k + 1) and t.norm[k + 1] in "-/.,:")
        ):
            return None  # "at 3 15 20", "at 3 15-year-olds", "3 15.5"
        return mm if t.ends_here(k + 1) and t.hit(k + 1, "unit") is None else None

    def _hhmm_cued(self, j: int) -> bool:
        """Whether three or four digits at ``j`` have a clock's cue before them (en8): "at 1030", or a
        hedge that starts its line or follows "at" ("around 1030", "at about 1030"); a hedge inside
        a sentence is a count's ("rose to over 1030"). A number a year could be (1800-2100) needs
        "at" itself ("around 1900" is as often the year)."""
        t = self.t
        before = t.ending_at(j, back=3)
        year_like = _CUED_YEAR_LIKE[0] <= (t.number[j] or 0) <= _CUED_YEAR_LIKE[1]
        if any(h.lex.kind == "clockcue" and (h.lex.syntax.hhmm_after_cue or not year_like) for h in before):
            return True  # lead10: "u 2020." (Croatian: in 2020), "um 1900": a year as often, no clock
        for h in before:
            if h.lex.kind != "hedge":
                continue
            k = j - len(h.lex.words)
            opens = k <= 0 or t.norm[k - 1] == "\n" or t.hit(k - 1, "clockcue") is not None
            if opens and not year_like:
                return True
        return False

    def _hhmm_told(self, j: int) -> tuple[int, int, int | None, str, int] | None:
        """ "330 p.m.", "730 in the evening": three or four digits as hour and minutes when an am/pm
        word or a part of the day says they are a time (alone, "1030" may be a count or a year)."""
        t = self.t
        if len(t.norm[j]) not in (3, 4) or t.hit(j + 1, "yearsuffix") is not None:
            return None  # «2020م»: a year and its era, not 8:20 pm
        told = self._ampm_at(j + 1) is not None or self._part_at(j + 1)
        glued = t.hit(j + 1, "hedge-post") if t.adjacent(j + 1) else None  # "150ish"
        k = glued.end if glued is not None else j + 1
        hour, minute = divmod(int(t.norm[j]), 100)
        if not told:  # en8: "at 1030", "around 1030": a 24-hour clock after its cue, ending the phrase
            glued_on = t.adjacent(k) and t.is_(k, "-", "/")  # "1030-year", "1030/31"
            closes = k >= len(t) or not t.norm[k].isalnum() or t.hit(k, *_AFTER_A_CLOCK) is not None
            plain = not closes or glued_on or t.digits_go_on(j)
            if plain or hour > 23 or minute > 59 or not self._hhmm_cued(j):
                return None
            return hour, minute, None, "hhmm-cued", k
        if not 1 <= hour <= 12 or minute > 59:
            return None  # a 12-hour clock said with its half of the day; 24-hour digits need a zone
        return hour, minute, None, "hhmm", j + 1

    def _number(self, k: int, lo: int, hi: int, *, glued: bool = False) -> tuple[int, int] | None:
        """(value, end) of a number in digits or words, tens and units joined ("twenty-three",
        «خمس وأربعون»: the language's ``units_before_tens``), within ``[lo, hi]``."""
        t = self.t
        n = t.num(k, lo, hi)
        if n is not None:
            return (n, k + 1) if len(t.norm[k]) <= 2 else None
        h = t.hit(k, "num")
        if h is None or (h.strip and not glued):
            return None  # «وعشر» only where the «و» joins minutes to their hour
        value, end = h.value, h.end
        j = end + 1 if t.is_(end, "-") and t.adjacent(end) else end
        nxt = t.hit(j, "num")
        if nxt is not None:
            glued = self._joined_by(j, nxt, 1)
            units_first = h.lex.syntax.units_before_tens
            if units_first and glued and value < 10 and nxt.value in (20, 30, 40, 50):
                value, end = value + nxt.value, nxt.end  # «خمس وأربعون»
            elif not units_first and not nxt.strip and value in (20, 30, 40, 50) and nxt.value < 10:
                value, end = value + nxt.value, nxt.end  # "twenty-three", "fifty nine"
        return (value, end) if lo <= value <= hi else None

    def _joined_by(self, k: int, h: Hit, sign: int) -> bool:
        """Whether the word at ``k`` (sense ``h``) carries a ``minjoin`` clitic of ``sign`` («وعشر»)."""
        if h.strip <= 0:
            return False
        clitic = self.t.norm[k][: h.strip]
        return any(
            sense.kind == "minjoin" and sense.value == sign and sense.words == (clitic,)
            for lex in self.t.lexicons
            for sense, _ in lex.starting(clitic)
        )

    def _minute_amount(self, k: int, *, glued: bool = False) -> tuple[int, int, bool] | None:
        """(minutes, end, said as minutes) for "a quarter", "20 minutes", "twenty", «ربع», «عشر دقائق»."""
        t = self.t
        frac = t.hit(k, "minamount")
        if frac is not None:
            return frac.value, frac.end, True
        n = self._number(k, 1, 59, glued=glued)
        if n is None:
            return None
        unit = t.hit(n[1], "unit")
        if unit is not None and unit.value[0] == "minute":
            return n[0], unit.end, True
        return n[0], n[1], False

    def _minutes_before(self, j: int) -> tuple[int, int, bool, bool] | None:
        """(signed minutes, end, said as minutes, said in words) before an hour: "a quarter past",
        "ten to", "half"; none after a range's opener ("from ten to six")."""
        t = self.t
        half = t.hit(j, "halfhour")
        if half is not None and (self._hour_word(half.end) is not None or self._half_digit(j, half.end)):
            return half.value, half.end, True, True  # "half three"; lead11: "um halb 4", "om half 4"
        amount = self._minute_amount(j)
        if amount is None or (j > 0 and t.hit(j - 1, "range-from") is not None):
            return None
        d = t.hit(amount[1], "mindir")
        if d is None:
            return None
        return d.value * amount[0], d.end, amount[2], t.number[j] is None

    def _half_digit(self, j: int, k: int) -> bool:
        """Whether the half before the hour at ``k`` has the hour in digits and is told a clock: a clock
        cue before it ("um halb 4", "om half 4") or the hour's noun after it ("halb 4 Uhr") (lead11);
        "half 4" alone may be a half of something."""
        t = self.t
        n = t.number[k] if k < len(t) else None
        if not (isinstance(n, int) and 1 <= n <= 12) or t.hit(k + 1, "unit") is not None:
            return False
        return (j > 0 and t.hit(j - 1, "clockcue") is not None) or t.hit(k + 1, "hourpost") is not None

    def _lead_ok(self, lead: tuple[int, int, bool, bool], told: bool, cue: bool, noun: bool) -> bool:
        """Whether minutes before an hour make a clock: "20 minutes past 3", "a quarter to 5", "at 20
        past 3pm"; "10 to 15" (people) and "3 to 5 pm" (a range) are not."""
        if noun:
            return True
        if lead[0] < 0 and not lead[2] and not (lead[3] and lead[0] % 5 == 0):
            return False  # "3 to 5 pm", "nine to five" are ranges; "ten to six pm" is 17:50
        return lead[2] or told or cue

    def _hour_word(self, j: int, *, cued: bool = False) -> tuple[int, int] | None:
        """(hour, end) for an hour said in words: «الثالثة», "three", «خمسة»; after a clock cue or
        before an hour noun also 13-23 ("alle diciannove", "à dix-sept heures")."""
        t = self.t
        w = t.hit(j, "hourword")
        if w is not None and not w.strip:
            return w.value, w.end
        n = t.hit(j, "num")
        post = t.hit(n.end, "hourpost") if n is not None else None  # "quinze heures": unit and hour word
        if (
            n is not None
            and not n.strip
            and (1 <= n.value <= 12 or ((post is not None or cued) and n.value <= 23))
            and len(t.norm[j]) >= 3  # "one", «ست»; not the article "a" ("half a million")
            and (post is not None or t.hit(n.end, "unit") is None)
            and not (t.is_(n.end, "-") and t.adjacent(n.end))  # "three-quarters", "two-year-old"
        ):
            return n.value, n.end
        return None

    def _minutes_after(
        self, k: int, *, words: bool, cued: bool = False, digits: bool = False
    ) -> tuple[int, int, bool] | None:
        """(signed minutes, end) after an hour: «والنصف», «وربع», «إلا ثلث», «و 18 دقيقة», and, after an
        hour in words, minutes in words ("ten thirty", "four twenty-three"; the flag says so).

        After a clock cue (``cued``: "a las tres y veinte") a number in words joined by a
        ``minjoin`` word needs no minute unit («الساعة 3 و5 عصرا» is a range); ``digits`` reads
        bare minutes after an hour word ("15 heures 30", "minuit trois")."""
        t = self.t
        mw = t.hit(k, "minword")
        if mw is not None:
            return mw.value, mw.end, False
        zero = self._zero_minutes(k, words=words)
        if zero is not None:
            return zero
        join = t.hit(k, "minjoin")
        if join is not None and join.end <= k + 2 and not join.strip:
            amount = self._minute_amount(join.end)  # «و 18 دقيقة»، «إلا ربع»
            spelled = join.end < len(t) and t.number[join.end] is None  # "y veinte", not «و5» (a range)
            if amount is not None and (amount[2] or (cued and spelled)):
                if not cued and t.hit(amount[1], "unit") is not None:
                    return None  # h11: "σε 2 και μισή ώρες" (in two and a half hours) is no 2:30
                return join.value * amount[0], amount[1], False
        if digits:
            amount = self._minute_amount(k)
            if amount is not None and (t.number[k] is None or len(t.norm[k]) == 2):
                return amount[0], amount[1], False
        for h in t.hits(k):
            if h.lex.kind in ("minamount", "num") and self._joined_by(k, h, 1):
                amount = self._minute_amount(k, glued=True)  # «وربع»، «وعشر دقائق»
                if amount is not None and amount[2]:
                    return amount[0], amount[1], False
                break
        if words and k < len(t) and t.number[k] is None:
            n = self._number(k, 10, 59)  # "ten thirty", "nine fifty nine"
            if n is not None and t.hit(n[1], "unit") is None:
                return n[0], n[1], True
        return None

    def _zero_minutes(self, k: int, *, words: bool) -> tuple[int, int, bool] | None:
        """(minutes, end, in words) for minutes 1-9 read digit by digit after a zero, as a clock's
        face is read aloud: "seis cero dos", "6 0 2"; words after an hour word, digits after digits.
        Like minutes in words they need a clock cue or an am/pm word (the flag is set)."""
        t = self.t
        if k + 1 >= len(t):
            return None
        if words:
            zero = t.hit(k, "minzero")
            if zero is None or zero.strip or zero.end >= len(t) or t.number[zero.end] is not None:
                return None
            n = self._number(zero.end, 1, 9)
            return None if n is None else (n[0], n[1], True)
        if t.number[k] != 0 or t.norm[k] != "0" or t.adjacent(k) or t.adjacent(k + 1):
            return None
        if len(t.norm[k + 1]) != 1 or not 1 <= (t.number[k + 1] or 0) <= 9:
            return None
        return t.number[k + 1] or 0, k + 2, True

    def _day_or_part_after(self, j: int, k: int, *, cue: bool) -> bool:
        """Whether a part of the day follows the bare hour at ``j`` ("8 this evening", "3 in the
        morning", "9 tomorrow morning"), or a day after "at" ("at 9 tomorrow"); not a count ("lost 5
        today") nor the end of a score or a fraction ("3-0 مساء الأحد")."""
        t = self.t
        if not 1 <= (t.number[j] or 0) <= 12 or (j > 0 and t.adjacent(j) and t.norm[j - 1] in "-–/:.,"):
            return False
        if t.digits_go_on(j):
            return False  # "1,5 in the morning" is no hour
        if t.hit(k, "partday", "part") is not None:
            return True
        day = t.hit(k, "dayword")
        if day is not None:
            # en9: opening its sentence before a day ahead ("9 tomorrow"), nothing before it counts it
            opens = j == 0 or t.is_(j - 1, "\n", ".", "!", "?")
            return cue or t.hit(day.end, "part") is not None or (opens and day.value > 0)
        join = t.hit(k, "join")
        return join is not None and t.hit(join.end, "part") is not None

    def _part_at(self, k: int) -> bool:
        """Whether a part of the day starts at ``k``, alone or after a joining word ("in the evening")."""
        t = self.t
        if t.hit(k, "partday", "part") is not None:
            return True
        join = t.hit(k, "join")
        return join is not None and t.hit(join.end, "part") is not None

    def _dotted_ok(self, i: int, k: int, cue: object) -> bool:
        """Whether a dotted clock at ``[i, k)`` is a time where a decimal could be: on its own line, or
        cued with a part of the day after it."""
        return self._own_line(i, k) or self._cued_part(cue, k)

    def _cued_part(self, cue: object, k: int) -> bool:
        """Whether a dotted clock has a clock cue before it and a part of the day right after it
        ("at 11.30 this morning", "at 8.15 in the evening"): then it is a time, not a decimal."""
        t = self.t
        return cue is not None and any(t.hit(k + d, "part") is not None for d in range(3))

    def _after_score(self, j: int) -> bool:
        """Whether the bare hour at ``j`` ends a glued "N-M" that no clock cue starts and whose 12-hour
        word also names a part of the day («2-1 مساء»; "3-4pm" and «الساعة 2-4 مساء» are hours)."""
        t = self.t
        if t.hit(j + 1, "part") is None:
            return False
        return (
            j >= 2
            and t.adjacent(j)
            and t.adjacent(j - 1)
            and t.number[j - 2] is not None
            and t.number[j - 1] is None
            and not t.norm[j - 1].isalnum()
            and not (j >= 3 and t.hit(j - 3, "clockcue") is not None)
        )

    def zone_at(self, k: int) -> tuple[tzinfo, int] | None:
        """The zone a zone word at token ``k`` names and the token after it; a UTC word takes the offset
        written right after it as one fixed-offset zone ("GMT-5", "UTC+5:30", «بتوقيت غرينتش -3»)."""
        t = self.t
        z = t.hit(k, "zone")
        if z is None:
            return self._place_time(k)
        if z.value in WORD_ABBREVIATIONS and not self.capitals(k):
            return None  # "5pm cat show", "at 5pm West Bank time": a word, not a zone
        if z.lex.bound and not t.ends_here(z.end):
            return None  # a zone that is a word too ("local") before a word of no table: "6pm local people"
        zone = zone_of(z.value, self.ctx.zone, z.lex.lang)
        utc = zone is UTC or getattr(zone, "key", None) == "UTC"
        fixed = offset_after(t.text, t.end[z.end - 1]) if utc and z.value.casefold() != "z" else None
        if fixed is None:
            return zone, z.end
        return fixed[0], bisect_left(t.start, fixed[1])

    def _place_time(self, k: int) -> tuple[tzinfo, int] | None:
        """A place's clock after a clock (lead9): "9am Kyiv time", "8pm New York time" — a place of the
        one zone table (a city of the zone database, a few capitals and countries) written with its
        capital, then the language's ``placetime`` word."""
        t = self.t
        if k >= len(t) or not self.upper(k):
            return None
        for after in range(min(k + _PLACE_WORDS, len(t) - 1), k, -1):
            if t.hit(after, "placetime") is not None and (
                zone := place_zones().get(" ".join(t.norm[k:after]))
            ):
                return ZoneInfo(zone), after + 1
        return None

    def _own_line(self, i: int, k: int) -> bool:
        """Whether tokens ``[i, k)`` stand alone on their line."""
        t = self.t
        before = i == 0 or t.norm[i - 1] == "\n"
        after = k >= len(t) or t.norm[k] == "\n"
        return before and after

    def clock_after(self, k: int) -> Clock | None:
        """A clock after a day, joined by "at", a comma or «الساعة»; after a ``toldcue`` word ("on
        Saturday for 9am") only a clock told in full: am/pm, a zone or its minutes (en9)."""
        t = self.t
        if t.is_(k, ",", "،", "-", "—"):
            k += 1
        told = t.hit(k, "toldcue")
        if told is not None:
            c = self.clock(told.end)
            full = c is not None and (c.ampm is not None or c.zone is not None or c.minute != 0)
            return c if full or (c is not None and t.is_(told.end + 1, ":")) else None
        return self.clock(k)  # which reads its own cue: "at", «الساعة»

    def clock_on(self, c: Clock, d: date) -> When:
        """Clock ``c`` on day ``d``."""
        return _when.at_clock(
            d, c.hour, c.minute, c.second, clock_zone=c.zone or self.ctx.zone, ref_zone=self.ctx.zone
        )

    def clock_alone(self, c: Clock, *, either_half: bool = False) -> When:
        """Clock ``c`` on the day ``prefer`` picks (past: the latest at or before the reference); on
        the 12-hour clock the half of the day too (future: the next 3 o'clock, 15:00 at 04:30):
        ``c.twelve`` (Arabic words and cued hours, ar8) or ``either_half`` ("3:30" in English, en8)."""
        if c.twelve:
            halves = (
                attrs.evolve(c, hour=c.hour % 12, twelve=False),
                attrs.evolve(c, hour=c.hour % 12 + 12, twelve=False),
            )
            return self._picked(tuple(self.clock_alone(h) for h in halves))
        ref = self.ctx.ref
        if either_half:
            half = attrs.evolve(c, hour=(c.hour + 12) % 24, either_half=False)
            reads = (self.clock_alone(attrs.evolve(c, either_half=False)), self.clock_alone(half))
            return self._picked(reads)
        d0 = ref.astimezone(c.zone or self.ctx.zone).date()
        today = self.clock_on(c, d0)
        if self.ctx.prefer == "past":
            return today if today.start <= ref else self.clock_on(c, d0 - timedelta(days=1))
        if self.ctx.prefer == "future":
            # en9: a clock less than an hour before the reference is the one just told ("4:23am" said at
            # 04:30 is seven minutes ago, not tomorrow); ar9: so is one in the hour, or (where a part of
            # the day says the half) the half of the day, under way. A clause told in the future
            # (``Ctx.told``) wants the next one.
            just = not self.ctx.told and today.start > ref - _when.JUST_GONE
            ahead = today.start >= ref or just or self._under_way(c, today)
            return today if ahead else self.clock_on(c, d0 + timedelta(days=1))
        other = self.clock_on(c, d0 + timedelta(days=-1 if today.start > ref else 1))
        return self._picked((today, other))

    def _under_way(self, c: Clock, today: When) -> bool:
        """Whether clock ``c``, said with its half of the day and gone by at the reference (``today``),
        is still today's leaning to the future (ar9; docs/resolution.md, "Clock times"): its hour is
        the one under way ("4:23am" at 04:30), or its half is and the language says that half with a
        part of the day (``Syntax.half_under_way``: «الساعة 3 صباحا» at 04:30 is this morning's, as
        "this morning at 3" is). A lean that is a clause's future tense (``Ctx.told``) wants the
        next one: «ستبدأ الساعة 3 صباحا» at 04:30 is tomorrow's."""
        if c.ampm is None or self.ctx.told:
            return False
        ref = self.ctx.ref.astimezone(self.ctx.zone)
        start = today.start.astimezone(self.ctx.zone)
        if start.date() != ref.date():
            return False
        if start.hour == ref.hour:
            return True
        return c.part_said and (start.hour < 12) == (ref.hour < 12)

    def _picked(self, options: tuple[When, ...]) -> When:
        """The option ``prefer`` picks, each already on the side it prefers: past the latest, future
        the earliest, nearest the closest to the reference (the earlier on a tie)."""
        ref = self.ctx.ref
        if self.ctx.prefer == "past":
            return max(options, key=lambda w: w.start)
        if self.ctx.prefer == "future":
            # en9: a half of the day still ahead ("9:30" at 10:00: 21:30) before one just gone
            ahead = [w for w in options if w.start >= ref]
            return min(ahead or options, key=lambda w: w.start)
        return min(options, key=lambda w: (abs(w.start - ref), w.start > ref))


# en8: how an hour said with no half of the day may be written: "3:30", "at 3", "three twenty",
# "at 3 15" (not "15h", "1315 GMT" nor a dotted "9.30", written on the 24-hour clock)
_TWELVE_HOUR_SEPS = frozenset({":", "", "word", "spaced"})
_PLACE_WORDS = 3  # lead9: the most words a place of the zone table has ("rio de janeiro")
_CUED_YEAR_LIKE = (1800, 2100)
# en8: what may follow "at 1030" (else the digits count something: "at 330 a day", "at 1030 people")
_AFTER_A_CLOCK: tuple[Kind, ...] = (
    "dayword",
    "weekday",
    "part",
    "partday",
    "join",
    "dayprefix",
    "zone",
)  # digits a year could be, after a hedge (as a year cue reads them)


def _with_minutes(hour: int, minutes: int, said: str | None) -> tuple[int, int] | None:
    """(hour, minute) of ``hour`` (as written, with its 12-hour word ``said``) and ``minutes`` more
    or less: "a quarter to midnight" is 23:45, "ten to one" 12:50 (not 00:50)."""
    h24 = hour24(hour, said) if said is not None else hour
    if h24 is None or hour > 23:
        return None
    total = h24 * 60 + minutes
    if total < 0:
        total += 24 * 60
    if said is None and total < 60 <= h24 * 60:
        total += 12 * 60
    return divmod(total % (24 * 60), 60)
