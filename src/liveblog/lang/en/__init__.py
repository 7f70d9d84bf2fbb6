"""English words for dates (lower case; the lexicon matches on lower-cased text).

Each row is ``(phrase, kind, value)``; :mod:`liveblog.lang` explains the kinds.
Words that are also common verbs or names ("may", "march", "sat", "sun") are
``bound``: they count only next to a day number or a year.
"""

from __future__ import annotations

from liveblog._text.zones import ABBREVIATIONS
from liveblog.lang import Place, Row, Syntax
from liveblog.lang import hijri as _hijri
from liveblog.lang.holidays import TRANSLITERATED
from liveblog.lang.relative import RelativeWords

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ABBR = [("mon",), ("tue", "tues"), ("wed",), ("thu", "thur", "thurs"), ("fri",), ("sat",), ("sun",)]
_WORDS = frozenset({"mon", "wed", "sat", "sun"})  # abbreviations that are also words: bound
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ABBR = [
    ("jan",),
    ("feb",),
    ("mar",),
    ("apr",),
    (),
    ("jun",),
    ("jul",),
    ("aug",),
    ("sep", "sept"),
    ("oct",),
    ("nov",),
    ("dec",),
]

WEEKDAYS: list[Row] = [
    *((name, "weekday", i) for i, name in enumerate(_DAYS)),
    *((a, "weekday-bound", i) for i, names in enumerate(_ABBR) for a in names),
]

MONTHS: list[Row] = [
    *(
        (name, "month-bound" if name in ("march", "may") else "month", i + 1)
        for i, name in enumerate(_MONTHS)
    ),
    *((a, "month-bound", i + 1) for i, names in enumerate(_MONTH_ABBR) for a in names),
]

DAY_WORDS: list[Row] = [
    ("today", "dayword", 0),
    ("earlier today", "dayword", 0),
    ("later today", "dayword", 0),
    ("yesterday", "dayword", -1),
    ("tomorrow", "dayword", 1),
    ("the day before yesterday", "dayword", -2),
    ("the day after tomorrow", "dayword", 2),
    ("day before yesterday", "dayword", -2),
    ("day after tomorrow", "dayword", 2),
    ("on", "dayprefix", None),
]

PART_WORDS: list[Row] = [
    ("dawn", "part", "dawn"),
    ("daybreak", "part", "dawn"),
    ("first light", "part", "dawn"),
    ("early hours", "part", "early_hours"),
    ("the early hours", "part", "early_hours"),
    ("morning", "part-bound", "morning"),
    ("late morning", "part", "forenoon"),
    # "noon" and "midnight" alone are the hours 12:00 and 00:00 ("noon Thursday", issue 14): hour
    # nouns with no part-of-day row (liveblog.resolve._rules_clock); so is "midday" since en8
    ("afternoon", "part-bound", "afternoon"),
    ("late afternoon", "part", "late_afternoon"),
    # en6: the middle and the first hours of a part ("mid-afternoon", "early evening")
    *((w, "part", "mid_afternoon") for w in ("mid-afternoon", "mid afternoon", "midafternoon")),
    *((w, "part", "mid_morning") for w in ("mid-morning", "mid morning", "midmorning")),
    ("early afternoon", "part", "early_afternoon"),
    ("early evening", "part", "early_evening"),
    ("sunset", "part", "sunset"),
    ("dusk", "part", "sunset"),
    ("evening", "part-bound", "evening"),
    ("nightfall", "part", "nightfall"),
    ("night", "part-bound", "night"),
    ("overnight", "part", "night"),
    ("after midnight", "part", "after_midnight"),
    # lead10: the same words as the hedges before a clock ("shortly after 9pm"): the part, not midnight
    *(
        (f"{a} after midnight", "part", "after_midnight")
        for a in ("just", "shortly", "soon", "moments", "minutes")
    ),
    # enint: lunchtime is the midday window ("over lunch Tuesday" stays the day: the meal, not the
    # time); "Monday early morning" the early hours, as "early Monday morning"
    ("lunchtime", "part", "midday"),
    ("lunch time", "part", "midday"),
    # en8: "lunch" with its day or "at" ("tomorrow lunch", "at lunch on Friday"): the meal's hours;
    # alone it is the meal ("over lunch")
    ("lunch", "part-bound", "lunch"),
    ("after lunch", "part", "after_lunch"),
    ("after school", "part", "after_school"),
    ("early morning", "part-bound", "early_hours"),
    ("early", "edge", "early"),
    ("late", "edge", "late"),
    ("tonight", "partday", ("night", 0)),
    ("last night", "partday", ("night", -1)),
    ("this morning", "partday", ("morning", 0)),
    ("this afternoon", "partday", ("afternoon", 0)),
    ("this evening", "partday", ("evening", 0)),
    ("early this morning", "partday", ("early_hours", 0)),
    ("late last night", "partday", ("late_night", -1)),  # tb9: a night part
]

MODIFIERS: list[Row] = [
    ("last", "mod", -1),
    ("past", "mod", -1),
    ("previous", "mod", -1),
    ("next", "mod", 1),
    ("coming", "mod", 1),
    ("this coming", "mod", 1),
    ("upcoming", "mod", 1),
    ("this", "this", 0),
    ("current", "this", 0),
    ("the current", "this", 0),
    ("earlier this", "this", 0),
    ("later this", "this", 0),
    ("week", "period", "week"),
    ("month", "period", "month"),
    ("year", "period", "year"),
]

UNITS: list[Row] = [
    ("second", "unit", ("second", 1)),
    ("seconds", "unit", ("second", 0)),
    ("minute", "unit", ("minute", 1)),
    ("minutes", "unit", ("minute", 0)),
    ("min", "unit", ("minute", 0)),
    ("mins", "unit", ("minute", 0)),
    ("hour", "unit", ("hour", 1)),
    ("hours", "unit", ("hour", 0)),
    ("hr", "unit", ("hour", 0)),
    ("hrs", "unit", ("hour", 0)),
    ("h", "unit", ("hour", 0)),
    ("m", "unit", ("minute", 0)),
    ("day", "unit", ("day", 1)),
    ("days", "unit", ("day", 0)),
    ("week", "unit", ("week", 1)),
    ("weeks", "unit", ("week", 0)),
    ("month", "unit", ("month", 1)),
    ("months", "unit", ("month", 0)),
    ("year", "unit", ("year", 1)),
    ("years", "unit", ("year", 0)),
    ("decade", "unit", ("decade", 1)),
    ("decades", "unit", ("decade", 0)),
    ("half an", "frac", 0.5),
    ("half a", "frac", 0.5),
    ("a quarter of an", "frac", 0.25),
    ("quarter of an", "frac", 0.25),
    # enint: more amount words ("in three-quarters of an hour", "a fortnight ago")
    ("three-quarters of an", "frac", 0.75),
    ("three quarters of an", "frac", 0.75),
    ("fortnight", "unit", ("week", 2)),
    ("and a half", "andfrac", 0.5),
]

_NUM = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
NUMBERS: list[Row] = [
    *((w, "num", i + 1) for i, w in enumerate(_NUM)),
    ("thirty", "num", 30),
    ("forty", "num", 40),
    ("fifty", "num", 50),
    ("sixty", "num", 60),
    ("a", "num", 1),
    ("an", "num", 1),
    ("a couple of", "num", 2),
    ("couple of", "num", 2),
    ("couple", "num", 2),  # en8: "in a couple hours", "a couple days ago" (US English drops "of")
    ("a couple", "num", 2),
    ("a pair of", "num", 2),  # en9: "in a pair of minutes"
    ("more", "more", None),  # en9: "in 2 more minutes" (between the count and the unit)
    ("few", "vague", None),
    ("a few", "vague", None),
    ("several", "vague", None),
]

HEDGES: list[Row] = [
    ("about", "hedge", None),
    ("around", "hedge", None),
    ("roughly", "hedge", None),
    ("nearly", "hedge", None),
    ("some", "hedge", None),
    ("approximately", "hedge", None),
    ("almost", "hedge", None),
    ("more than", "hedge", None),
    ("over", "hedge", None),
    ("less than", "hedge", None),
    ("just over", "hedge", None),
    ("just under", "hedge", None),
    ("about an", "hedge", None),
    # lead10: a time said as a little before or after a clock: about that clock ("shortly before 9am")
    *(
        (f"{a} {b}", "hedge", None)
        for a in ("shortly", "just", "soon", "moments", "minutes")
        for b in ("before", "after")
    ),
    ("ish", "hedge-post", None),  # en8: glued to a clock, "3ish pm", "at 150ish"
    ("or so", "hedge-post", None),  # tb9: after an amount, "a week or so ago" (about a week)
    ("or thereabouts", "hedge-post", None),
    # en8: eras after a year ("in 14 a.d."); before Christ a year is no date ("in 2014 BC")
    *((w, "yearsuffix", None) for w in ("a.d.", "a.d", "a. d.")),
    *((w, "yearsuffix", "bc") for w in ("bc", "b.c.", "b.c", "bce", "b.c.e.")),
    # en8: from now to the end of the period ("all week", "all day" are durations: TimeML says so)
    *((w, "restof", None) for w in ("rest of the", "the rest of the", "remainder of the")),
    ("the remainder of the", "restof", None),
    ("closest", "closest", None),  # en8: "the closest Monday to Oct 5th"
    ("nearest", "closest", None),
]

MARKERS: list[Row] = [
    ("ago", "ago-post", None),
    ("from now", "in-post", None),  # enint: "two hours from now", "three days hence"
    ("hence", "in-post", None),
    ("from right now", "in-post", None),  # en9: "a day from right now" (not "now" alone)
    ("in", "in", None),
    # en9: "within 2 weeks" leaning ahead is the window from now to the day it lands on, as «خلال
    # أسبوعين» (liveblog.resolve._rules_amount); leaning to the past a span in the story: no date
    ("within", "within", "window"),
    # ("in the next 3 days" is a window, liveblog.resolve._windows: "in", "over", "within" before it
    # are left out of the span as "for" is)
    ("in", "yearcue", None),
    ("since", "yearcue", None),
    ("during", "yearcue", None),
    ("year", "yearcue", "noun"),
    # -- news: words before a bare year that make it one, left out of its span ("by 2040") --
    *((w, "yearbefore", None) for w in ("by", "until", "till", "through", "from", "for", "between")),
    *((w, "yearbefore", None) for w in ("into", "before", "after", "the", "his", "her", "its")),
    *((w, "yearbefore", None) for w in ("their", "our", "whose", "fiscal")),
    # tb8: an open end after it ("1994 or later", "1990 and beyond", "2030 onward"), "post-1959"
    *((w, "yearafter", None) for w in ("or later", "or earlier", "or after", "or before", "and beyond")),
    *((w, "yearafter", None) for w in ("and later", "and earlier", "onward", "onwards")),
    *((w, "yearcue", "hyphen") for w in ("post", "pre")),  # with the hyphen only
    # tbaq: "a 2015 treaty"; closed cues need the year to end its phrase ("months of 2023.",
    # "both 2021 and 2022", "notes due 2030 and"), since "a crowd of 2000 people" is a quantity.
    *((w, "yearbefore", None) for w in ("a", "an")),
    *((w, "yearbefore", "closed") for w in ("of", "both", "due")),
    # en6: a possessive before it ("the company's 1989 results", "Britain's 2012 Games"), "my", "your"
    # review6: but not a round hundred, as often a count ("the country's 2000 soldiers")
    *((w, "yearbefore", "possessive") for w in ("'s", "my", "your")),
    # -- news: quarters and halves of a year ("the third quarter", "Q3", "the first half of 1990") --
    ("quarter", "yearpart", 3),
    ("half", "yearpart-bound", 6),  # "the first half" alone is as often a match's
    ("two quarters", "yearpart-bound", 6),  # tb9: "the first two quarters of 1990" is its first half
    ("q", "yearpartletter", 3),
    ("fiscal", "fiscal", None),
    ("quarter", "period", "quarter"),  # "this quarter", "last quarter"
    ("in", "monthcue", None),
    ("since", "monthcue", None),
    ("during", "monthcue", None),
    ("until", "monthcue", None),
    ("by", "monthcue", None),
    ("of", "monthcue", None),
    ("mid", "edgecue", None),
    ("early", "edgecue", None),
    ("late", "edgecue", None),
    ("of", "of", None),
    ("the", "the", None),
    # gaps9: a month word ("march", "may": bound) before one of these and a capitalised word is a
    # title's noun, not the month: "the March for Life", "the March on Washington", "March of Dimes"
    *((w, "nametail", None) for w in ("for", "on", "of", "against", "to")),
    ("at", "clockcue", None),
    ("@", "clockcue", None),
    # en9: an appointment's clock after its day ("on Saturday for 9am", "tomorrow for 10:30"); only
    # a clock told in full (am/pm, minutes, a zone): "Monday for 3 hours" is a length
    ("for", "toldcue", None),
]

CLOCK_WORDS: list[Row] = [
    ("noon", "ampm", "noon"),  # "12 noon"
    ("midday", "ampm", "noon"),  # en8: "12 midday"
    ("midnight", "ampm", "midnight"),  # "12 midnight"
    ("am", "ampm", "am"),
    ("a.m.", "ampm", "am"),
    ("pm", "ampm", "pm"),
    ("p.m.", "ampm", "pm"),
    ("a.m", "ampm", "am"),
    ("p.m", "ampm", "pm"),
    ("st", "ordsuffix", None),
    ("nd", "ordsuffix", None),
    ("rd", "ordsuffix", None),
    ("th", "ordsuffix", None),
]

# -- clock words (minutes said around an hour; numbers said as a clock) --------------------------
# "a quarter past 3pm", "20 minutes to noon", "half past nine", UK "half three" (3:30), "3 o'clock",
# "four twenty-three a m". See docs/resolution.md, "Clocks said in words".
CLOCK_MINUTES: list[Row] = [
    ("quarter", "minamount", 15),
    ("a quarter", "minamount", 15),
    ("half", "minamount", 30),
    ("past", "mindir", 1),
    ("after", "mindir", 1),
    ("from", "mindir", 1),
    ("to", "mindir", -1),
    ("till", "mindir", -1),
    ("before", "mindir", -1),
    ("of", "mindir", -1),
    ("half", "halfhour", 30),  # "half three" = 3:30 (British)
    ("noon", "hournoun", "noon"),  # the hour itself: "a quarter past noon"
    # en8: "midday" is the hour 12:00 as "noon" is (TimeML writes "at midday" T12:00); the part
    # 11:00-14:00 keeps "lunchtime"
    *((w, "hournoun", "noon") for w in ("midday", "mid day", "mid-day")),
    ("midnight", "hournoun", "midnight"),
    ("o'clock", "hourpost", None),
    ("oclock", "hourpost", None),
    ("a m", "ampm", "am"),
    ("p m", "ampm", "pm"),
]

ZONES: list[Row] = [
    # Abbreviations come from the one zone table; the resolver settles ambiguous ones (IST, AST,
    # CST) by the page's zone and language there.
    *((abbr, "zone", abbr) for abbr in ABBREVIATIONS),
    ("local time", "zone", "local"),
    # lead9: "at 6pm local (1500 GMT)"; bound (lead10): only where the time may end after it, not
    # before a word of no table ("6pm local residents said")
    ("local", "zone-bound", "local"),
    ("mecca time", "zone", "Asia/Riyadh"),
    # lead9: "<place> time" for every city of the zone database and a few places more ("9am Kyiv time",
    # "2pm Gaza time", "Beijing time"): the place is looked up in the one zone table
    # (liveblog._text.zones.place_zones) when this word follows it
    ("time", "placetime", None),
]

# Words that build ranges ("from 3 to 5 pm", "between Monday and Friday") and that join the
# parts of one time ("3:15 on Thursday", "8pm, last night"). "and" closes only a "between".
RANGES: list[Row] = [
    ("from", "range-from", "from"),
    ("between", "range-from", "between"),
    ("to", "range-to", "any"),
    ("until", "range-to", "any"),
    ("untill", "range-to", "any"),
    ("till", "range-to", "any"),
    ("til", "range-to", "any"),
    ("through", "range-to", "any"),
    ("thru", "range-to", "any"),
    ("-", "range-to", "any"),
    ("–", "range-to", "any"),
    ("—", "range-to", "any"),
    ("and", "range-to", "between"),
    # Parts of a period («أوائل آذار», "early March", "the end of the week"): value an Edge name.
    ("early", "periodedge", "start"),
    ("beginning of", "periodedge", "start"),
    ("the beginning of", "periodedge", "start"),
    ("start of", "periodedge", "start"),
    ("the start of", "periodedge", "start"),
    ("mid", "periodedge", "mid"),
    ("middle of", "periodedge", "mid"),
    ("the middle of", "periodedge", "mid"),
    ("late", "periodedge", "end"),
    ("end of", "periodedge", "end"),
    ("the end of", "periodedge", "end"),
    # The nth or last of a cycle in a period ("the last Friday of October").
    ("first", "nth", 1),
    ("the first", "nth", 1),
    ("second", "nth", 2),
    ("the second", "nth", 2),
    ("third", "nth", 3),
    ("the third", "nth", 3),
    ("fourth", "nth", 4),
    ("the fourth", "nth", 4),
    ("fifth", "nth", 5),
    ("the fifth", "nth", 5),
    ("last", "nth", -1),
    ("the last", "nth", -1),
    ("@", "join", None),
    (",", "join", None),
    ("at", "join", None),
    ("on", "join", None),
    ("on", "partof", None),  # "the morning on Friday"
    ("into", "partof", "into"),  # "overnight into Friday": Friday's small hours
    ("in", "join", None),
    ("in the", "join", None),
    ("of", "join", None),
    ("from", "join", None),
]

# -- holidays, seasons, decades, centuries (keys: liveblog.lang.holidays) ------------------------
# A "-bound" name is also a common word ("lent", "election day" of any country): it needs a year or
# "last"/"next"/"this". Independence days are left out: which country's is meant depends on the story.
_HOLIDAY_NAMES: dict[str, tuple[str, ...]] = {
    "new_year": ("new year's day", "new years day", "new year day", "new year's"),
    "new_year_eve": ("new year's eve", "new years eve", "new year eve"),
    "christmas": ("christmas", "christmas day", "xmas", "xmas day"),
    "christmas_eve": ("christmas eve", "xmas eve"),
    "boxing_day": ("boxing day",),
    "valentine": ("valentine's day", "valentines day", "valentine day", "st valentine's day"),
    "st_patrick": (
        *("st patrick's day", "st. patrick's day", "saint patrick's day", "st patricks day"),
        *("saint patricks day", "st paddy's day", "st. paddy's day", "saint paddy's day"),
    ),
    "halloween": ("halloween", "hallowe'en"),
    "ides_of_march": ("the ides of march", "ides of march"),  # enint: 15 March
    "all_saints": ("all saints' day", "all saints day"),
    "veterans_day": ("veterans day", "veterans' day"),
    "world_vegan_day": ("world vegan day",),
    "kings_day_nl": ("king's day", "kings day", "koningsdag"),
    "boss_day": ("boss's day", "bosses' day", "boss day", "bosses day"),
    "mlk_day": (
        *("mlk day", "mlk jr. day", "mlk jr day", "martin luther king day", "martin luther king's day"),
        *("martin luther kings day", "martin luther king jr. day", "martin luther king jr day"),
        "civil rights day",
    ),
    "presidents_day": ("presidents day", "presidents' day", "president's day", "washington's birthday"),
    "memorial_day": ("memorial day",),
    "mothers_day": ("mother's day", "mothers day", "mothers' day"),
    "fathers_day": ("father's day", "fathers day", "fathers' day"),
    "labor_day_us": ("labor day",),
    "columbus_day": ("columbus day",),
    "thanksgiving": ("thanksgiving", "thanksgiving day"),
    "black_friday": ("black friday",),
    "easter": ("easter", "easter sunday", "easter day"),
    "easter_monday": ("easter monday", "easter mon"),
    "good_friday": ("good friday",),
    "holy_saturday": ("holy saturday", "easter saturday"),
    "maundy_thursday": (
        *("maundy thursday", "holy thursday", "covenant thursday", "covenant thu"),
        *("thursday of mysteries", "thu of mysteries"),  # enint: the Eastern churches' name
    ),
    "palm_sunday": ("palm sunday", "branch sunday"),
    "ash_wednesday": ("ash wednesday",),
    "shrove_tuesday": ("shrove tuesday", "pancake day", "mardi gras", "fat tuesday"),
    "ascension": ("ascension day", "feast of the ascension"),
    "pentecost": ("pentecost", "whit sunday", "whitsunday", "white sunday", "whitsun"),
    "whit_monday": ("whit monday", "monday of the holy spirit"),
    "trinity_sunday": ("trinity sunday",),
    "corpus_christi": ("corpus christi",),
    "orthodox_easter": ("orthodox easter", "orthodox easter sunday"),
    "orthodox_good_friday": ("orthodox good friday", "orthodox great friday"),
    "clean_monday": ("clean monday", "orthodox shrove monday"),
    "lazarus_saturday": ("lazarus saturday",),
    "great_lent": ("great lent", "great fast"),
    "islamic_new_year": ("islamic new year", "hijri new year", "muharram new year", "amun jadid"),
    "ashura": ("ashura", "day of ashura", "ashoura"),
    "mawlid": (
        *("mawlid", "mawlid al-nabawi", "mawlid an-nabi", "mawlid al-nabi", "milad un-nabi"),
        "prophet's birthday",
    ),
    "isra_miraj": (
        *("isra and mi'raj", "isra and miraj", "isra' and mi'raj", "lailat al miraj", "prophet's ascension"),
        *("night journey", "ascension to heaven"),
    ),
    "laylat_al_qadr": (
        *("laylat al-qadr", "laylat al qadr", "laylat al-kadr", "laylat al kadr", "lailat al-qadr"),
        *("night of power", "night of destiny", "night of measures"),
    ),
    "last_friday_ramadan": ("jamat ul-vida", "jumu'atul-wida", "jumu'atul wida", "jumat-ul-wida"),
    "eid_al_fitr": (
        *("eid al-fitr", "eid al fitr", "eid ul-fitr", "eid ul fitr", "eid-ul-fitr", "id ul-fitr"),
        *("eid el-fitr", "eid al-fitr day"),
    ),
    "arafat": ("arafat day", "day of arafat", "day of arafah", "arafah day"),
    "eid_al_adha": (
        *("eid al-adha", "eid al adha", "eid ul-adha", "eid ul adha", "eid-ul-adha", "id ul-adha"),
        *("eid el-adha", "bakr id", "bakrid", "bakri id", "sacrifice feast", "feast of sacrifice"),
        "feast of the sacrifice",
    ),
    # enint: the Hebrew calendar's holidays (as Israel keeps them) and the Lunar New Year
    "rosh_hashanah": ("rosh hashanah", "rosh hashana", "rosh hashanna", "rosh ha-shanah", "rosh hashono"),
    "yom_kippur": ("yom kippur", "yom kipur", "day of atonement"),
    "sukkot": ("sukkot", "succot", "succos", "sukkos", "feast of tabernacles", "feast of booths"),
    "shemini_atzeret": (
        "shemini atzeret",
        "shmini atzeret",
        "simchat torah",
        "simhat torah",
        "simchas torah",
    ),
    "hanukkah": (
        *("hanukkah", "chanukah", "hanukah", "hannukah", "hannukkah", "chanukkah", "hanuka", "chanuka"),
        "hanukka",
    ),
    "tu_bishvat": ("tu bishvat", "tu b'shvat", "tu bishevat", "tu b'shevat"),
    "purim": ("purim",),
    "shushan_purim": ("shushan purim",),
    "passover": ("passover", "pesach", "pesah"),
    "yom_hashoah": ("yom hashoah", "yom ha'shoah", "yom hashoa"),
    "yom_hazikaron": ("yom hazikaron", "yom ha'zikaron"),
    "yom_haatzmaut": ("yom haatzmaut", "yom ha'atzmaut", "yom ha-atzmaut"),
    "lag_baomer": ("lag baomer", "lag b'omer", "lag ba'omer", "lag la'omer"),
    "yom_yerushalayim": ("yom yerushalayim",),
    "shavuot": ("shavuot", "shavuos", "shavuoth", "feast of weeks"),
    "tisha_bav": ("tisha b'av", "tisha bav", "tisha be'av", "tisha b'ab"),
    "parsi_new_year": ("parsi new year", "parsi new year's day", "shahenshahi new year"),
    "chinese_new_year": (
        *("chinese new year", "chinese new years", "chinese new year's", "chinese new year's day"),
        *("lunar new year", "lunar new year's day", "chinese lunar new year", "chinese lunar new year's day"),
    ),
}
# en6: the Hindu, Sikh, Jain and Buddhist feasts of the Hindu calendar (liveblog.resolve._hindu)
# and 25 Boishakh: the Latin names every language copies (lang/holidays.TRANSLITERATED), and the
# English ones and spellings; the Parsi New Year's Indian names
_HINDU_ENGLISH: dict[str, tuple[str, ...]] = {
    "ugadi": ("hindu new year",),
    "rama_navami": (),
    "mahavir_jayanti": (),
    "buddha_purnima": ("buddha day",),
    "ratha_yatra": (),
    "raksha_bandhan": ("rakhi purnima",),  # "Rakhi" alone is also a given name
    "janmashtami": (),
    "ganesh_chaturthi": ("vinayaka chavithi",),
    "navaratri": (),
    "maha_saptami": ("durga saptami",),
    "maha_navami": ("durga navami",),
    "dussehra": ("dussera",),
    "valmiki_jayanti": (),
    "karva_chauth": (),
    "dhanteras": (),
    "naraka_chaturdashi": (),
    "diwali": (),
    "bhai_dooj": ("bhau beej", "bhai tika"),
    "chhath": (),
    "guru_gobind_singh_jayanti": ("guru gobind singh birthday", "guru govind singh birthday"),
    "vasant_panchami": ("saraswati puja",),
    "guru_ravidas_jayanti": ("guru ravidas birthday", "guru ravidass birthday"),
    "maha_shivaratri": (),
    "holika_dahan": (),
    "holi": ("rangwali holi",),
    "makar_sankranti": ("makar sankranthi", "maghi"),  # "maghi" is Italian too: English only
    "bhogi": ("bhogi", "bogi"),
    "mattu_pongal": (),
    "kaanum_pongal": (),
    "vaisakhi": ("vesakhi",),
    "onam": ("thiruonam",),
    "rabindra_jayanti": ("rabindranath tagore jayanti",),
}
_HOLIDAY_NAMES |= {key: (*TRANSLITERATED[key], *more) for key, more in _HINDU_ENGLISH.items()}
_HOLIDAY_NAMES["parsi_new_year"] += ("jamshedi navroz", "jamshedi navroze")
_HOLIDAY_BOUND = {"lent": "lent", "election day": "election_day_us", "ascension": "ascension"}

NAMED: list[Row] = [
    *((name, "holiday", key) for key, names in _HOLIDAY_NAMES.items() for name in names),
    *((name, "holiday-bound", key) for name, key in _HOLIDAY_BOUND.items()),
    *(
        (name, "season", value)
        for value, names in {
            "spring": ("spring", "springtime"),
            "summer": ("summer", "summertime"),
            "autumn": ("autumn",),
            "winter": ("winter", "wintertime"),
        }.items()
        for name in names
    ),
    ("fall", "season-bound", "autumn"),  # tb8: "last fall", "fall 2020"; "the fall" is a drop or a defeat
    *(
        (name, "decade", 10 * (i + 2))
        for i, name in enumerate(
            ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
        )
    ),
    ("century", "century", None),
    ("past century", "century", "window"),  # the last hundred years, not the previous century
    # Business abbreviations, read only in capitals ("BOY", "BOM" are words: left out).
    ("eom", "edgeperiod", ("end", "month")),
    ("eoy", "edgeperiod", ("end", "year")),
    ("eod", "edgeperiod", ("end", "day")),  # enint: "by EOD", a deadline only (liveblog.resolve._windows)
    # tbaq: company reports' "by year-end", "year end", "the year's end": any case ("word").
    *((w, "edgeperiod", ("end", "year", "word")) for w in ("year-end", "year end", "year's end")),
]

# -- windows, counted units, durations (liveblog.resolve._windows) --------------------------------
# "last 2 days" (a window: ``mod`` + number + unit), "upcoming two weeks" / "two upcoming weeks"
# (the one unit that many ahead), "Friday after next", "3 Fridays from now", "2 Thursdays ago",
# "by the end of the month", "4pm for 30 mins", "for 30 minutes starting from 4pm".
WINDOWS: list[Row] = [
    ("upcoming", "ahead", None),
    ("few", "vaguecount", 3),  # "next few days": three, as a window's count only
    ("following", "mod", 1),  # "the end of the following week": the next one, said alone
    ("after next", "afternext", None),
    *((day + "s", "weekdays", i) for i, day in enumerate(_DAYS)),
    ("from now", "countdir", 1),
    ("from today", "countdir", 1),
    ("hence", "countdir", 1),
    ("ago", "countdir", -1),
    ("back", "countdir", -1),
    ("after", "shiftdir", 1),  # "three days after Easter"
    ("before", "shiftdir", -1),  # "3 days before yesterday"
    ("from", "shiftdir", 1),  # "3 years from today"
    ("by", "deadline", None),
    ("by the", "deadline", None),
    ("for", "forlen", None),
    ("from", "startfrom", None),
    ("starting", "startfrom", None),
    ("starting from", "startfrom", None),
    ("starting at", "startfrom", None),
    # a range said by its bounds: "later than 9:30 but before 11:00"
    ("later than", "range-from", "between"),
    ("but before", "range-to", "between"),
    # the 12-hour clock in words after the hour: "from 3 to 4 in the PM", "3 in the AM"
    ("in the am", "ampm", "am"),
    ("in the pm", "ampm", "pm"),
    # spellings of "tonight" and its late part
    ("tonite", "partday", ("night", 0)),
    ("late tonight", "partday", ("late_night", 0)),
    ("late tonite", "partday", ("late_night", 0)),
]

# -- ordinal days, abbreviations (enduck) ----------------------------------------------------------
# "the first of March", "March third", "the 20th of next month"; "yr", "qtr", "quarters" as units
# and periods ("next yr", "upcoming two quarters"); weekday abbreviations that are no English word
# ("thu", "fri", "tues") read alone; "3:15p" (a glued "p" is the afternoon clock).
_ORDINAL_DAYS = [
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
    *("eighteenth", "nineteenth", "twentieth"),
]
ABBREVIATED: list[Row] = [
    *((w, "ordinal", i + 1) for i, w in enumerate(_ORDINAL_DAYS)),
    *((f"twenty-{w}", "ordinal", 21 + i) for i, w in enumerate(_ORDINAL_DAYS[:9])),
    *((f"twenty {w}", "ordinal", 21 + i) for i, w in enumerate(_ORDINAL_DAYS[:9])),
    ("thirtieth", "ordinal", 30),
    ("thirty-first", "ordinal", 31),
    ("thirty first", "ordinal", 31),
    ("yr", "period", "year"),
    ("yr", "unit", ("year", 1)),
    ("yrs", "unit", ("year", 0)),
    ("qtr", "period", "quarter"),
    ("qtr", "unit", ("quarter", 1)),
    ("qtr", "yearpart", 3),
    ("qtrs", "unit", ("quarter", 0)),
    ("quarters", "unit", ("quarter", 0)),
    *((a, "weekday", i) for i, names in enumerate(_ABBR) for a in names if a not in _WORDS),
    ("p", "ampm", "pm"),
    ("a", "ampm-bound", "am"),  # en8: glued to a clock with its colon only ("3:18a"); "4a" is none
]

# -- refs: vague references, anaphora, the weekend (liveblog.resolve._rules_refs) --------------
# "now", "recently", "in the future": TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF (read when asked for).
# Adjectives ("current", "recent") are left out: "the current account", "recent data" are no times;
# so are "previously", "formerly" and "soon", which news writes far more often than it means a time.
REFS: list[Row] = [
    *((w, "ref", "PRESENT") for w in ("now", "currently", "at present", "presently", "nowadays")),
    *((w, "ref", "PRESENT") for w in ("at the moment", "these days", "at this time")),
    *((w, "ref", "PAST") for w in ("recently", "lately", "in the past")),
    *((w, "ref", "PAST") for w in ("the past", "in recent years", "recent years", "in recent days")),
    *((w, "ref", "PAST") for w in ("recent days", "in recent weeks", "recent weeks", "in recent months")),
    *((w, "ref", "PAST") for w in ("recent months", "in recent times", "in years past")),
    *((w, "ref", "FUTURE") for w in ("in the future", "the future", "the near future")),
    # ... and read only as a whole expression (liveblog.resolve of "current" alone):
    *((w, "ref-bound", "PRESENT") for w in ("current", "right now")),
    *((w, "ref-bound", "PAST") for w in ("recent", "previously", "formerly", "earlier", "once")),
    *((w, "ref-bound", "FUTURE") for w in ("future", "soon")),
    *((w, "ref", "FUTURE") for w in ("the coming days", "the coming weeks", "the coming months")),
    *((w, "ref", "FUTURE") for w in ("the coming years", "the near term", "the short term", "the long term")),
    *((w, "ref", "FUTURE") for w in ("in the years ahead", "in the months ahead", "in the weeks ahead")),
    # tb8: an adjective of the past or the future before a plural unit, with no count ("coming months",
    # "future quarters", "past years", "in coming weeks"): TIMEX3's vague reference, like "recent years"
    *(
        (f"{lead}{adjective} {units}", "ref", value)
        for adjective, value in (
            ("coming", "FUTURE"),
            ("future", "FUTURE"),
            ("upcoming", "FUTURE"),
            ("past", "PAST"),
        )
        for units in ("days", "weeks", "months", "quarters", "years", "decades")
        for lead in ("", "the ")
    ),
    *((w, "ref", "FUTURE") for w in ("a later date", "a later time", "a future date")),
    # tb9: a vague amount counted back from now ("several years ago", "a few days ago") or a window
    # of "several" units ("the past several quarters") names no day: the past, as TIMEX3 writes it
    # ("the past few weeks" stays the window of three that "few" counts in windows)
    *(
        (f"{amount} {units} ago", "ref", "PAST")
        for amount in ("several", "a few", "many", "some", "a number of")
        for units in ("days", "weeks", "months", "years", "decades")
    ),
    *(
        (f"{lead}{adjective} several {units}", "ref", "PAST")
        for adjective in ("past", "last")
        for units in ("days", "weeks", "months", "quarters", "years", "decades")
        for lead in ("", "the ")
    ),
    ("as soon as possible", "ref", "FUTURE"),  # tb9: no instant, but ahead of the writing
    # A date said from the one before it in the same text: (unit, shift[, part]).
    *((w, "anaphor", ("day", 0)) for w in ("that day", "the same day", "that same day", "the very same day")),
    *((w, "anaphor", ("day", 0)) for w in ("earlier that day", "later that day", "the same date")),
    *((w, "anaphor", ("day", 1)) for w in ("the next day", "the following day", "next day")),
    *((w, "anaphor", ("day", -1)) for w in ("the previous day", "the preceding day")),
    # ... "-bound": only where the clause ends ("the day before, …"; not "the day before the vote")
    ("the day after", "anaphor-bound", ("day", 1)),
    ("the day before", "anaphor-bound", ("day", -1)),
    *((w, "anaphor", ("week", 0)) for w in ("that week", "the same week")),
    *((w, "anaphor", ("week", 1)) for w in ("the following week", "the next week")),
    *((w, "anaphor", ("month", 0)) for w in ("that month", "the same month")),
    *((w, "anaphor", ("month", 1)) for w in ("the following month", "the next month")),
    *((w, "anaphor", ("year", 0)) for w in ("that year", "the same year", "that same year")),
    *(
        (w, "anaphor", ("year", 0))
        for w in ("the year", "the full year", "the fiscal year", "the whole year")
    ),
    *((w, "anaphor", ("year", 1)) for w in ("the following year",)),
    *((w, "anaphor", ("year", -1)) for w in ("the previous year", "the preceding year")),
    ("the year before", "anaphor-bound", ("year", -1)),
    # lead10: the weeks, months and years after or before the date said before ("The week after, they
    # stalled"; only where the clause ends: "the week after the vote" counts from the vote), and
    # "the previous week" said after a date is that date's week before, as "the previous day" is
    *(
        (f"the {unit} {way}", "anaphor-bound", (unit, shift))
        for unit in ("week", "month")
        for way, shift in (("after", 1), ("before", -1))
    ),
    ("the year after", "anaphor-bound", ("year", 1)),
    *(
        (f"the {adj} {unit}", "anaphor", (unit, -1))
        for adj in ("previous", "preceding")
        for unit in ("week", "month")
    ),
    # ana9: "later in the day", "earlier in the week": that period of the date before (the reference's
    # alone: a live-blog entry's own day); "in the morning" only of a day said before; "until then"
    # the date said before, as said (bare "then" is never one; "since then" is how long, not when)
    *(
        (f"{when} in the {unit}", "anaphor", (unit, 0))
        for when in ("later", "earlier")
        for unit in ("day", "week", "month", "year")
    ),
    *(
        (f"{when} in the {part}", "anaphor", ("day", 0, part))
        for when in ("later", "earlier")
        for part in ("morning", "afternoon", "evening")
    ),
    *(
        (f"{lead} the {part}", "anaphor", ("that", "day", part))
        for lead in ("in", "during")
        for part in ("morning", "afternoon", "evening", "night")
    ),
    *((w, "anaphor", ("then",)) for w in ("until then", "till then", "up to then", "up until then")),
    ("by then", "anaphor", ("then",)),
    *((w, "anaphor", ("day", 1, "night")) for w in ("the next night", "the following night")),
    *(
        (w, "anaphor", ("day", 1, part))
        for part in ("afternoon", "evening")
        for w in (f"the following {part}",)
    ),
    *(
        (w, "anaphor", ("day", -1, part))
        for part in ("morning", "afternoon", "evening", "night")
        for w in (f"the previous {part}",)
    ),
    ("the night before", "anaphor-bound", ("day", -1, "night")),
    # "the same period last year": the period said before, a year back, at its own grain (alone, last
    # year); "the first nine months", "the year to date": no date, but a year that what follows
    # compares with ("… from $7 million a year earlier": the year before)
    *(
        (f"the same period {back}", "anaphor", ("amount", "year", -1))
        for back in ("last year", "of last year", "a year ago", "a year earlier", "the previous year")
    ),
    *(
        (f"{lead} {n} months", "anaphor", ("todate", "year"))
        for lead in ("the first", "the", "the latest")
        for n in ("six", "nine")
    ),
    *((w, "anaphor", ("todate", "year")) for w in ("the year to date", "the year-to-date period")),
    # The day before the day (or holiday) named next ("on the eve of 7 October"); an event names none.
    *((w, "dayshift", -1) for w in ("the eve of", "eve of")),
    # lead10: the reference's day in the year said beside it ("this time last year", "on this day in
    # 1945", "last year at this time"); not "the same time", which counts from a date said before
    *((w, "anniversary", None) for w in ("this time", "at this time", "this day", "on this day")),
    *((w, "anniversary", None) for w in ("this date", "on this date", "to the day")),
    *(
        (f"{lead} {word}", "anaphor", ("day", shift, part))
        for lead, shift in (("that", 0), ("later that", 0), ("earlier that", 0), ("the next", 1))
        for word, part in (("morning", "morning"), ("afternoon", "afternoon"), ("evening", "evening"))
    ),
    *((w, "anaphor", ("day", 0, "night")) for w in ("that night", "later that night", "that same night")),
    *((w, "anaphor", ("day", 1, "morning")) for w in ("the following morning",)),
    # Company reports: "the quarter" is the one said before it (alone, none); "the latest quarter" that
    # one, else the last quarter over; "the year-ago quarter" the same quarter a year before.
    # en6: "the quarter", "that quarter" of a report name the quarter said before them, else the
    # last one over ("the quarter" after "yesterday" too); alone, the last one over
    *((w, "anaphor", ("reported", "quarter")) for w in ("the quarter", "that quarter", "the same quarter")),
    *((w, "anaphor", ("latest", "quarter")) for w in ("the latest quarter", "the most recent quarter")),
    *((w, "anaphor", ("latest", "quarter")) for w in ("the latest period", "the most recent period")),
    # tbaq: the latest year of accounts, a year that is over ("the latest fiscal year").
    *((w, "anaphor", ("latest", "year")) for w in ("the latest fiscal year", "the most recent fiscal year")),
    # ana9: "period" (a report's period): the quarter said before, or the year of a year-to-date said
    # since ("For the nine months, … compared with year-earlier net income")
    *((w, "anaphor", ("amount", "year", -1, "period")) for w in ("year-earlier", "year-ago")),
    *(
        (f"the {adj} {noun}", "anaphor", ("amount", "year", -1, noun))
        for adj in ("year-earlier", "year-ago", "year earlier", "year ago", "comparable year-ago")
        for noun in ("quarter", "period")
    ),
    *(
        (w, "anaphor", ("amount", "year", -1, "quarter"))
        for w in ("the quarter a year ago", "last year's quarter")
    ),
    ("the corresponding period last year", "anaphor", ("amount", "year", -1, "period")),
    # tb8: "the 1988 quarter", "in the 1989 period": the report's quarter in the year said before it
    *((w, "yearanaphor", ("reported", "quarter")) for w in ("quarter", "period")),
    ("the year-earlier", "anaphor", ("amount", "year", -1, "period")),
    # After an amount: (direction, counted from a quarter or half said before only).
    *((w, "periodended", None) for w in ("ended", "ending", "that ended", "which ended")),
    # Years in words ("nineteen ninety-six", "two thousand and one"): tens past sixty, thousands.
    *((w, "num", n) for w, n in (("seventy", 70), ("eighty", 80), ("ninety", 90))),
    ("thousand", "yearthousand", None),
    ("thousand and", "yearthousand", None),
    ("later", "anaphordir", (1, False)),
    ("earlier", "anaphordir", (-1, False)),
    ("ago", "anaphordir", (-1, True)),
    ("weekend", "weekend-bound", None),  # "this weekend", "the weekend"; not "weekend editions"
    ("week-end", "weekend-bound", None),
]

# English word order: modifiers before ("last Friday"), "Nov.", capitalised month names,
# "Ramadan 27", "early Friday", "the early hours of Friday morning", any part after its day.
SYNTAX = Syntax(
    mod_before=True,
    abbrev_dot=True,
    capitalised=True,
    number_after_month=True,
    edge_before_day=True,
    part_after_part=True,
    compound_before_head=True,
    numeric_month_first=True,  # en8: "2/15" alone (the US order; "15/2" is read where unambiguous)
    twelve_hour_digits=True,  # en8: "3:30" alone is the next (past: the last) 3:30 of either half of the day
    weekday_tomorrow=True,  # tb9: "Tuesday" said on a Monday is tomorrow (past in a past clause)
    hhmm_after_cue=True,  # lead10: "at 2030" is 20:30
)

ROWS: list[Row] = [
    *WEEKDAYS,
    *MONTHS,
    *_hijri.EN,
    *DAY_WORDS,
    *PART_WORDS,
    *MODIFIERS,
    *UNITS,
    *NUMBERS,
    *HEDGES,
    *MARKERS,
    *CLOCK_WORDS,
    *CLOCK_MINUTES,
    *ZONES,
    *RANGES,
    *NAMED,
    *WINDOWS,
    *ABBREVIATED,
    *REFS,
]

# Where modifiers stand: "last Friday", "this week" (see liveblog.lang.Place).
ORDER: dict[str, Place] = {"mod": "before", "this": "before"}

RELATIVE = RelativeWords(
    # "2 hours ago", "2h ago", "11m ago", "an hour ago", "in 5 minutes".
    units={
        "s": ("second", None),
        "sec": ("second", None),
        "secs": ("second", None),
        "second": ("second", None),
        "seconds": ("second", None),
        "m": ("minute", None),
        "min": ("minute", None),
        "mins": ("minute", None),
        "minute": ("minute", None),
        "minutes": ("minute", None),
        "h": ("hour", None),
        "hr": ("hour", None),
        "hrs": ("hour", None),
        "hour": ("hour", None),
        "hours": ("hour", None),
        "d": ("day", None),
        "day": ("day", None),
        "days": ("day", None),
        "w": ("week", None),
        "week": ("week", None),
        "weeks": ("week", None),
        "month": ("month", None),
        "months": ("month", None),
        "mo": ("month", None),
        "y": ("year", None),
        "year": ("year", None),
        "years": ("year", None),
        "yr": ("year", None),
    },
    ago_after=("ago",),
    in_before=("in",),
    numbers={"a": 1, "an": 1, "one": 1, "two": 2, "three": 3},
)

# Prepositions left out of the start of a date's span ("in March 2020" → "March 2020").
SPAN_LEAD = frozenset(("in", "on", "at", "since", "during", "until", "by", "the"))
