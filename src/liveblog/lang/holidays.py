"""Holidays as data: each key names one computable rule, each language's table names the keys.

The words are rows of ``lang/<code>/`` (kind ``holiday``, value a key of
:data:`HOLIDAYS`); this table says how each key's date is computed, with one
of five rule types (:class:`Holiday`):

- ``fixed``: a day of the Gregorian year (Christmas = 25 December), optionally
  moved when it falls on a Saturday or a Sunday (King's Day: 26 April when
  27 April is a Sunday); with ``weekday`` set, the last such weekday on or
  before that day, plus ``offset`` days (the first Sunday of Advent = the
  Sunday on or before 3 December; Buß- und Bettag = the Wednesday before
  23 November);
- ``nth``: the nth (or last, ``nth=-1``) weekday of a month (Thanksgiving in the
  US = the 4th Thursday of November), plus ``offset`` days (Black Friday = +1);
- ``easter``: ``offset`` days from Easter Sunday, Western (Gregorian
  computus) or Orthodox (Julian computus, as a Gregorian date), through
  ``dateutil.easter``;
- ``hijri``: a day of a month of the Umm al-Qura calendar (Eid al-Fitr =
  1 Shawwal), or the last ``weekday`` of a Hijri month (the last Friday of
  Ramadan), through :mod:`liveblog.resolve._hijri`.

- ``hebrew``: a day of a month of the Hebrew calendar (Yom Kippur = 10 Tishri; months
  from Nisan = 1, Tishri = 7; Adar = 12 is Adar II in a leap year), moved as Israel
  observes it (``moves``: Yom Ha'atzmaut on a Friday or Saturday is the Thursday before),
  through :mod:`liveblog.resolve._lunisolar` (``convertdate``); days as Israel keeps
  them (Passover 7 days, Shavuot 1, Simchat Torah with Shemini Atzeret on 22 Tishri);
- ``vague``: a day of a 365-day year with no leap day, which moves one day earlier
  in the Gregorian calendar every leap year: the Parsi (Shahenshahi) New Year, given by
  its date in ``epoch`` (17 August 2018);
- ``chinese``: the Lunar New Year (first day of the first month, China's time), computed
  from the new moons after the December solstice (``pymeeus``), plus ``offset`` days;
- ``solarterm``: the day (China's time) the sun reaches the apparent ecliptic longitude
  ``longitude`` (a solar term: Qingming = 15°, the winter solstice 冬至 = 270°), plus
  ``offset`` days, through :mod:`liveblog.resolve._lunisolar` (``pymeeus``) (h11);
- ``lunar``: a day of a month of the Chinese lunisolar calendar (the Mid-Autumn
  Festival = 8/15, the Dragon Boat Festival = 5/5), plus ``offset`` days, through
  ``lunardate`` (years 1900-2099; only months whose days fall in the Gregorian year of
  the same number; the Lunar New Year itself is the ``chinese`` rule).

``days`` > 1 makes the holiday a range of days (Lent, Passover).
- ``hindu``: a tithi (``day``, 1-30) of a lunar month of the Hindu calendar (``month``, 1 Chaitra
  … 12 Phalguna, new moon to new moon), on the day it is in force at the moment its rite is
  held (``at``: sunrise, midday, evening, midnight), plus ``offset`` days (Holi is the day after
  Holika Dahan); ``sankranti``: the day the sun enters the sidereal sign ``month`` (1 Mesha …
  12 Meena), plus ``offset`` (Bhogi, the day before Pongal); ``nakshatra``: the day of that
  solar month on which the moon is in the lunar mansion ``day`` (Onam: Thiruvonam, 22, in
  Simha). Computed in :mod:`liveblog.resolve._hindu` (``pymeeus``, India's time).
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["HOLIDAYS", "Holiday", "RiteMoment", "RuleKind"]

RuleKind = Literal[
    "fixed",
    "nth",
    "easter",
    "hijri",
    "hebrew",
    "chinese",
    "vague",
    "lunar",
    "solarterm",
    "hindu",
    "sankranti",
    "nakshatra",
]
RiteMoment = Literal["sunrise", "midday", "evening", "midnight"]  # hindu: when the tithi is read


@attrs.frozen
class Holiday:
    """How one holiday's date is computed (see the module docstring)."""

    rule: RuleKind
    month: int = 0  # Gregorian month (fixed, nth), Hijri month (hijri) or lunar month (lunar)
    day: int = 0  # day of that month (fixed, hijri; 0 with ``weekday`` set: the last such weekday)
    weekday: int | None = None  # 0 = Monday (nth; fixed: the last on or before; hijri: the month's last)
    nth: int = 0  # nth: 1..5, or -1 for the last
    offset: int = 0  # days after the computed day (nth, easter, lunar)
    days: int = 1  # how many days it lasts (more than one: a range of days)
    orthodox: bool = False  # easter: the Orthodox Easter
    on_saturday: int = 0  # fixed: days to move it when it falls on a Saturday
    on_sunday: int = 0  # fixed: days to move it when it falls on a Sunday
    moves: tuple[tuple[int, int], ...] = ()  # hebrew: (weekday, days to move it) as observed
    epoch: int = 0  # vague: the Gregorian year whose ``month`` and ``day`` it fell on
    at: RiteMoment = "sunrise"  # hindu: the moment of the day the tithi must be in force at
    longitude: int = 0  # solarterm: the sun's apparent ecliptic longitude, degrees (Qingming 15)


def _fixed(month: int, day: int, *, sat: int = 0, sun: int = 0) -> Holiday:
    return Holiday("fixed", month, day, on_saturday=sat, on_sunday=sun)


def _nth(month: int, weekday: int, nth: int, offset: int = 0) -> Holiday:
    return Holiday("nth", month, weekday=weekday, nth=nth, offset=offset)


def _easter(offset: int, *, days: int = 1, orthodox: bool = False) -> Holiday:
    return Holiday("easter", offset=offset, days=days, orthodox=orthodox)


def _hijri(month: int, day: int) -> Holiday:
    return Holiday("hijri", month, day)


def _lunar(month: int, day: int, offset: int = 0) -> Holiday:
    return Holiday("lunar", month, day, offset=offset)


def _hebrew(
    month: int, day: int, *, days: int = 1, offset: int = 0, moves: tuple[tuple[int, int], ...] = ()
) -> Holiday:
    return Holiday("hebrew", month, day, offset=offset, days=days, moves=moves)


_MON, _TUE, _WED, _THU, _FRI, _SAT, _SUN = 0, 1, 2, 3, 4, 5, 6
_NISAN, _IYAR, _SIVAN, _AV, _TISHRI, _KISLEV, _SHEVAT, _ADAR = 1, 2, 3, 5, 7, 9, 11, 12
_ATZMAUT_MOVES = ((_FRI, -1), (_SAT, -2), (_MON, 1))  # Israel's rule since 2004


def _on_or_before(month: int, day: int, weekday: int) -> Holiday:
    return Holiday("fixed", month, day, weekday=weekday)


HOLIDAYS: dict[str, Holiday] = {
    # -- fixed days of the Gregorian year
    "new_year": _fixed(1, 1),
    "new_year_eve": _fixed(12, 31),
    # -- days of the Chinese lunisolar calendar (eastint): 春节, 설날, Tết; 中秋, 추석; …
    "lantern_festival": _lunar(1, 15),
    "buddha_birthday": _lunar(4, 8),
    "dragon_boat": _lunar(5, 5),
    "qixi": _lunar(7, 7),
    "ghost_festival": _lunar(7, 15),
    "mid_autumn": _lunar(8, 15),
    "double_ninth": _lunar(9, 9),
    "christmas": _fixed(12, 25),
    "christmas_eve": _fixed(12, 24),
    "boxing_day": _fixed(12, 26),
    "valentine": _fixed(2, 14),
    "st_patrick": _fixed(3, 17),
    "halloween": _fixed(10, 31),
    "all_saints": _fixed(11, 1),
    "ides_of_march": _fixed(3, 15),  # enint: the Roman calendar's 15 March, a date news still names
    # Christian feasts on fixed days, named in the Romance tables (romance, wave 4)
    "all_souls": _fixed(11, 2),
    "epiphany": _fixed(1, 6),
    "st_joseph": _fixed(3, 19),
    "assumption": _fixed(8, 15),
    "immaculate_conception": _fixed(12, 8),
    "labour_day_may": _fixed(5, 1),  # International Workers' Day («عيد العمال», "May Day")
    "independence_day_us": _fixed(7, 4),
    "veterans_day": _fixed(11, 11),
    "world_vegan_day": _fixed(11, 1),
    "arab_mothers_day": _fixed(3, 21),  # Mother's Day in most Arab states
    "kings_day_nl": _fixed(4, 27, sun=-1),  # Koningsdag: 26 April when 27 April is a Sunday
    "boss_day": _fixed(10, 16, sat=-1, sun=1),  # to the nearest weekday, as US observances move
    # Turkish national days (lang/tr/news.toml)
    "tr_sovereignty_children": _fixed(4, 23),  # Ulusal Egemenlik ve Çocuk Bayramı
    "tr_youth_sports": _fixed(5, 19),  # Atatürk'ü Anma, Gençlik ve Spor Bayramı
    "tr_victory": _fixed(8, 30),  # Zafer Bayramı
    "tr_republic": _fixed(10, 29),  # Cumhuriyet Bayramı
    # International days and Chinese and Korean national days (lang/zh, lang/ko news.toml)
    "womens_day": _fixed(3, 8),
    "consumer_rights_day": _fixed(3, 15),
    "april_fools": _fixed(4, 1),
    "childrens_day_june": _fixed(6, 1),  # International Children's Day (China and others)
    "cn_army_day": _fixed(8, 1),
    "macau_handover": _fixed(12, 20),
    "kr_independence_movement": _fixed(3, 1),  # 삼일절
    "kr_childrens_day": _fixed(5, 5),  # 어린이날
    "kr_memorial_day": _fixed(6, 6),  # 현충일
    "kr_constitution_day": _fixed(7, 17),  # 제헌절
    "kr_liberation_day": _fixed(8, 15),  # 광복절
    "kr_foundation_day": _fixed(10, 3),  # 개천절
    "kr_hangul_day": _fixed(10, 9),  # 한글날
    "gr_independence_day": _fixed(3, 25),  # Greek Independence Day, the Annunciation (lang/el)
    "gr_ohi_day": _fixed(10, 28),  # Ohi Day (lang/el)
    # -- the nth weekday of a month (United States unless said otherwise)
    "mlk_day": _nth(1, _MON, 3),
    "presidents_day": _nth(2, _MON, 3),
    "memorial_day": _nth(5, _MON, -1),
    "mothers_day": _nth(5, _SUN, 2),  # US, Canada, Australia …
    "fathers_day": _nth(6, _SUN, 3),
    "labor_day_us": _nth(9, _MON, 1),
    "columbus_day": _nth(10, _MON, 2),
    "election_day_us": _nth(11, _MON, 1, offset=1),  # the Tuesday after the first Monday
    "thanksgiving": _nth(11, _THU, 4),
    "black_friday": _nth(11, _THU, 4, offset=1),
    # -- Easter and the feasts counted from it (Western)
    "easter": _easter(0),
    "easter_monday": _easter(1),
    "good_friday": _easter(-2),
    "holy_saturday": _easter(-1),
    "maundy_thursday": _easter(-3),
    "palm_sunday": _easter(-7),
    "ash_wednesday": _easter(-46),
    "shrove_tuesday": _easter(-47),
    "lent": _easter(-46, days=46),  # Ash Wednesday to Holy Saturday
    "ascension": _easter(39),
    "pentecost": _easter(49),
    "whit_monday": _easter(50),
    "trinity_sunday": _easter(56),
    "corpus_christi": _easter(60),
    # -- Orthodox Easter and its feasts
    "orthodox_easter": _easter(0, orthodox=True),
    "orthodox_good_friday": _easter(-2, orthodox=True),
    "orthodox_holy_saturday": _easter(-1, orthodox=True),
    "orthodox_palm_sunday": _easter(-7, orthodox=True),
    "orthodox_easter_monday": _easter(1, orthodox=True),
    "clean_monday": _easter(-48, orthodox=True),
    "lazarus_saturday": _easter(-8, orthodox=True),
    "great_lent": _easter(-48, days=40, orthodox=True),  # Clean Monday to the Friday before Lazarus Saturday
    # -- the Hijri calendar (Umm al-Qura)
    "islamic_new_year": _hijri(1, 1),
    "ashura": _hijri(1, 10),
    "mawlid": _hijri(3, 12),
    "isra_miraj": _hijri(7, 27),
    "mid_shaban": _hijri(8, 15),
    "laylat_al_qadr": _hijri(9, 27),
    "last_friday_ramadan": Holiday("hijri", 9, 0, weekday=_FRI),
    "eid_al_fitr": _hijri(10, 1),
    "arafat": _hijri(12, 9),
    "eid_al_adha": _hijri(12, 10),
}

# -- enint: the Hebrew calendar (as Israel observes it) and the Chinese Lunar New Year
HOLIDAYS |= {
    "rosh_hashanah": _hebrew(_TISHRI, 1, days=2),
    "yom_kippur": _hebrew(_TISHRI, 10),
    "sukkot": _hebrew(_TISHRI, 15, days=7),
    "shemini_atzeret": _hebrew(_TISHRI, 22),  # Simchat Torah the same day in Israel
    "simchat_torah": _hebrew(_TISHRI, 22),  # kept with Shemini Atzeret in Israel
    "hanukkah": _hebrew(_KISLEV, 25, days=8),
    "tu_bishvat": _hebrew(_SHEVAT, 15),
    "purim": _hebrew(_ADAR, 14),
    "shushan_purim": _hebrew(_ADAR, 15),
    "passover": _hebrew(_NISAN, 15, days=7),
    "yom_hashoah": _hebrew(_NISAN, 27, moves=((_FRI, -1), (_SUN, 1))),
    "yom_hazikaron": _hebrew(_IYAR, 5, offset=-1, moves=_ATZMAUT_MOVES),  # the eve of independence day
    "yom_haatzmaut": _hebrew(_IYAR, 5, moves=_ATZMAUT_MOVES),
    "lag_baomer": _hebrew(_IYAR, 18),
    "yom_yerushalayim": _hebrew(_IYAR, 28),
    "shavuot": _hebrew(_SIVAN, 6),
    "tisha_bav": _hebrew(_AV, 9, moves=((_SAT, 1),)),  # a fast kept on Sunday when 9 Av is a Sabbath
    "chinese_new_year": Holiday("chinese"),
    "chinese_new_year_eve": Holiday("chinese", offset=-1),  # 除夕 (eastint)
    # h11: solar terms kept as days: 清明 (Tomb-Sweeping Day), the solstices 冬至 and 夏至
    "qingming": Holiday("solarterm", longitude=15),
    "winter_solstice": Holiday("solarterm", longitude=270),
    "summer_solstice": Holiday("solarterm", longitude=90),
    "parsi_new_year": Holiday("vague", 8, 17, epoch=2018),  # Navroz of the Shahenshahi calendar
}

# -- northeast (de nl da nb sv ru uk pl hr): days these languages' tables name that the keys above lack
HOLIDAYS |= {
    "st_nicholas": _fixed(12, 6),  # Nikolaustag, Mikołajki, Sinterklaas's day after
    "german_unity": _fixed(10, 3),  # Tag der Deutschen Einheit
    "epiphany": _fixed(1, 6),  # Heilige Drei Könige, Trzech Króli, Sveta tri kralja
    "assumption": _fixed(8, 15),  # Mariä Himmelfahrt, Wniebowzięcie, Velika Gospa
    "womens_day": _fixed(3, 8),  # International Women's Day (Dzień Kobiet, 8 марта)
    "constitution_day_pl": _fixed(5, 3),
    "independence_day_pl": _fixed(11, 11),
    "mothers_day_pl": _fixed(5, 26),  # Poland keeps a fixed day
    "fathers_day_pl": _fixed(6, 23),
    "orthodox_christmas": _fixed(1, 7),  # 25 December of the Julian calendar, 1900-2099
    "orthodox_easter_monday": _easter(1, orthodox=True),
    "orthodox_holy_saturday": _easter(-1, orthodox=True),
    "orthodox_palm_sunday": _easter(-7, orthodox=True),
}
HOLIDAYS |= {
    "fathers_day_dk": _fixed(6, 5),  # Denmark: Constitution Day
    "mothers_day_no": _nth(2, _SUN, 2),  # Norway: second Sunday of February
    "fathers_day_nordic": _nth(11, _SUN, 2),  # Norway, Sweden: second Sunday of November
    "mothers_day_se": _nth(5, _SUN, -1),  # Sweden: last Sunday of May
    "liberation_day_nl": _fixed(5, 5),  # Bevrijdingsdag
    "remembrance_nl": _fixed(5, 4),  # Dodenherdenking
}

# -- northint (wave 5): feasts the keys above lack (the Hebrew calendar's are in the block above)
HOLIDAYS |= {
    "rabindra_jayanti": _fixed(5, 9),  # 25 Boishakh of the Bengali calendar as India keeps it
    # the church year's Sundays and days counted back from Advent (German tables)
    "advent_1": _on_or_before(12, 3, _SUN),  # the fourth Sunday before Christmas
    "advent_2": _on_or_before(12, 10, _SUN),
    "advent_3": _on_or_before(12, 17, _SUN),
    "advent_4": _on_or_before(12, 24, _SUN),
    "sunday_of_the_dead": _on_or_before(11, 26, _SUN),  # Totensonntag: the Sunday before Advent
    "national_mourning_day_de": _on_or_before(11, 19, _SUN),  # Volkstrauertag: two Sundays before Advent
    "repentance_day_de": _on_or_before(11, 22, _WED),  # Buß- und Bettag: the Wednesday before 23 November
    "harvest_festival_de": _nth(10, _SUN, 1),  # Erntedankfest: the first Sunday of October
    "reformation_day": _fixed(10, 31),
    "st_martin": _fixed(11, 11),
    "rose_monday": _easter(-48),  # Rosenmontag
    "fat_thursday": _easter(-52),  # Weiberfastnacht, Tłusty Czwartek
}

# -- en6 (wave 6): the Hindu calendar's feasts (liveblog.resolve._hindu); months 1 Chaitra … 12
# Phalguna (new moon to new moon), tithis 1-15 bright half, 16-30 dark half (30 the new moon)
_CHAITRA, _VAISHAKHA, _ASHADHA, _SHRAVANA, _BHADRAPADA, _ASHVIN, _KARTIKA = 1, 2, 4, 5, 6, 7, 8
_PAUSHA, _MAGHA, _PHALGUNA = 10, 11, 12
_MESHA, _SIMHA, _MAKARA = 1, 5, 10  # sidereal signs, 1 Mesha … 12 Meena


def _tithi(month: int, tithi: int, at: RiteMoment = "sunrise", *, offset: int = 0, days: int = 1) -> Holiday:
    return Holiday("hindu", month, tithi, offset=offset, days=days, at=at)


HOLIDAYS |= {
    "ugadi": _tithi(_CHAITRA, 1),  # the lunar new year (Ugadi, Gudi Padwa, Chaitra Sukhladi)
    "rama_navami": _tithi(_CHAITRA, 9, "midday"),
    "mahavir_jayanti": _tithi(_CHAITRA, 13),
    "buddha_purnima": _tithi(_VAISHAKHA, 15),  # Vesak as India keeps it
    "ratha_yatra": _tithi(_ASHADHA, 2),
    "raksha_bandhan": _tithi(_SHRAVANA, 15),
    "janmashtami": _tithi(
        _SHRAVANA, 23, "midnight"
    ),  # dark eighth (Bhadrapada where months end at full moon)
    "ganesh_chaturthi": _tithi(_BHADRAPADA, 4, "midday"),
    "navaratri": _tithi(_ASHVIN, 1, days=9),
    "maha_saptami": _tithi(_ASHVIN, 7),
    # review6: kept on the day the tenth holds the afternoon (aparahna), not at sunrise: 12 October
    # 2024 and 25 October 2020, when the tenth began in the morning and still held the next sunrise
    "dussehra": _tithi(_ASHVIN, 10, "midday"),
    "valmiki_jayanti": _tithi(_ASHVIN, 15),
    "karva_chauth": _tithi(_ASHVIN, 19, "evening"),  # read at moonrise, in the evening
    "dhanteras": _tithi(_ASHVIN, 28, "evening"),
    "naraka_chaturdashi": _tithi(_ASHVIN, 29, "midnight"),  # Kali Chaudas, Choti Diwali
    "diwali": _tithi(_ASHVIN, 30, "evening"),  # the Lakshmi Puja, in the evening of the new moon
    "bhai_dooj": _tithi(_KARTIKA, 2),
    "chhath": _tithi(_KARTIKA, 6),
    "guru_gobind_singh_jayanti": _tithi(_PAUSHA, 7),
    "vasant_panchami": _tithi(_MAGHA, 5),
    "guru_ravidas_jayanti": _tithi(_MAGHA, 15),
    "maha_shivaratri": _tithi(_MAGHA, 29, "midnight"),
    "holika_dahan": _tithi(_PHALGUNA, 15, "evening"),
    "holi": _tithi(_PHALGUNA, 15, "evening", offset=1),  # the day after the bonfire
    "makar_sankranti": Holiday("sankranti", _MAKARA),  # also Pongal (Thai 1) and Maghi
    "bhogi": Holiday("sankranti", _MAKARA, offset=-1),
    "mattu_pongal": Holiday("sankranti", _MAKARA, offset=1),
    "kaanum_pongal": Holiday("sankranti", _MAKARA, offset=2),
    "vaisakhi": Holiday("sankranti", _MESHA),
    "onam": Holiday("nakshatra", _SIMHA, 22),  # Thiruvonam in Chingam
}

# -- rom6 (wave 6): international days (UN observances) and national days the Romance tables name
HOLIDAYS |= {
    "world_arabic_language_day": _fixed(12, 18),
    "zero_discrimination_day": _fixed(3, 1),
    "cooperatives_day": _nth(7, _SAT, 1),  # the International Day of Cooperatives: first Saturday of July
    "world_prematurity_day": _fixed(11, 17),
    "africa_day": _fixed(5, 25),  # Africa Day, once African Liberation Day
    "world_health_day": _fixed(4, 7),
    "world_environment_day": _fixed(6, 5),
    "world_refugee_day": _fixed(6, 20),
    "peace_day": _fixed(9, 21),  # the International Day of Peace
    "world_aids_day": _fixed(12, 1),
    "human_rights_day": _fixed(12, 10),
    "press_freedom_day": _fixed(5, 3),
    "holy_innocents": _fixed(12, 28),  # el Día de los (Santos) Inocentes in Spain and Latin America
    "liberation_day_it": _fixed(4, 25),  # Festa della Liberazione
    "republic_day_it": _fixed(6, 2),  # Festa della Repubblica
    "freedom_day_pt": _fixed(4, 25),  # Dia da Liberdade
    "portugal_day": _fixed(6, 10),  # Dia de Portugal
    "national_day_ro": _fixed(12, 1),  # Ziua Națională a României
}

# Latin transliterations of the Hijri holidays' Arabic names: copy in German, Dutch, Polish, Danish …
# writes them as English does ("Eid al-Fitr 2018", "Laylat al-Qadr"); every generated table reads
# them (liveblog.lang._data). Translations ("Zuckerfest", "Opferfest") are in each language's table.
TRANSLITERATED: dict[str, tuple[str, ...]] = {
    "eid_al_fitr": (
        *("eid al-fitr", "eid al fitr", "eid ul-fitr", "eid ul fitr", "id ul-fitr", "eid el-fitr"),
        # lead10: the French spellings ("l'Aïd el-Fitr")
        *("aïd el-fitr", "aïd al-fitr", "aïd el fitr", "aïd-el-fitr", "aid el-fitr"),
    ),
    "eid_al_adha": (
        "eid al-adha",
        "eid al adha",
        "eid ul-adha",
        "eid ul adha",
        "id ul-adha",
        "eid el-adha",
        "bakr id",
        # lead10: the French and West African names ("l'Aïd el-Kébir", "la Tabaski")
        *(
            "aïd el-adha",
            "aïd al-adha",
            "aïd el-kébir",
            "aïd el kébir",
            "aïd-el-kébir",
            "aid el-kebir",
            "tabaski",
        ),
    ),
    "laylat_al_qadr": (
        "laylat al-qadr",
        "laylat al qadr",
        "laylat al-kadr",
        "laylat al kadr",
        "lailat al-qadr",
    ),
    "last_friday_ramadan": ("jamat ul-vida", "jumu'atul-wida", "jumu'atul wida", "jumat-ul-wida"),
    "isra_miraj": (
        "isra and mi'raj",
        "isra and miraj",
        "isra' and mi'raj",
        "isra wal miraj",
        "lailat al miraj",
    ),
    "mawlid": (
        "mawlid",
        "mawlid al-nabawi",
        "mawlid an-nabi",
        "maulid an-nabi",
        "mawlid al-nabi",
        "milad un-nabi",
    ),
    "islamic_new_year": ("amun jadid", "ras as-sana al-hijriya"),
    "ashura": ("ashura", "aschura", "ashoura"),
    # northint: the Hebrew holidays' names as copy in Latin letters writes them in most languages
    "rosh_hashanah": ("rosh hashanah", "rosh hashana", "rosh ha-shanah"),
    "yom_kippur": ("yom kippur", "yom kipur"),
    "sukkot": ("sukkot", "succot"),
    "shemini_atzeret": ("shemini atzeret",),
    "simchat_torah": ("simchat torah", "simhat torah"),
    "hanukkah": ("hanukkah", "hanukah", "chanukah", "chanukkah"),
    "tu_bishvat": ("tu bishvat", "tu b'shvat"),
    "purim": ("purim",),
    "shushan_purim": ("shushan purim",),
    "yom_hashoah": ("yom hashoah", "yom ha-shoah"),
    "yom_haatzmaut": ("yom haatzmaut", "yom ha'atzmaut", "yom ha-atzmaut"),
    "lag_baomer": ("lag baomer", "lag ba'omer", "lag b'omer"),
    "shavuot": ("shavuot", "shavuos"),
    "tisha_bav": ("tisha b'av", "tisha beav", "tisha b'ab"),
    "rabindra_jayanti": ("rabindra jayanti", "rabindranath jayanti"),
}

# -- en6 (wave 6): the Hindu calendar's feasts under the Latin names copy in every language writes
# ("Diwali 2019" in a German text); English has its own list (lang/en). Left out here: names that
# are words of some table's language ("maghi", Italian "magicians"; "bogi"), and English phrases.
HOLIDAYS["maha_navami"] = _tithi(_ASHVIN, 9)
TRANSLITERATED |= {
    "ugadi": ("ugadi", "yugadi", "gudi padwa", "samvatsaradi", "chaitra sukladi", "chaitra sukhladi"),
    "rama_navami": ("rama navami", "ram navami", "ramanavami"),
    "mahavir_jayanti": (
        "mahavir jayanti",
        "mahaveer jayanti",
        "mahavir janma kalyanak",
        "mahaveer janma kalyanak",
    ),
    "buddha_purnima": ("buddha purnima", "buddha jayanti", "vesak", "vesakha", "vaisakha", "wesak"),
    "ratha_yatra": ("ratha yatra", "ratha-yatra", "rath yatra", "rath-yatra"),
    "raksha_bandhan": ("raksha bandhan",),
    "janmashtami": ("janmashtami", "krishna janmashtami", "gokulashtami", "krishnashtami"),
    "ganesh_chaturthi": ("ganesh chaturthi", "ganesha chaturthi", "vinayaka chaturthi"),
    "navaratri": ("navaratri", "navratri", "durga puja"),
    "maha_saptami": ("maha saptami",),
    "maha_navami": ("maha navami",),
    "dussehra": ("dussehra", "dasara", "vijayadashami", "vijaya dashami"),
    "valmiki_jayanti": ("valmiki jayanti", "maharishi valmiki jayanti", "pargat diwas"),
    "karva_chauth": ("karva chauth", "karwa chauth"),
    "dhanteras": ("dhanteras", "dhanatrayodashi", "dhantrayodashi"),
    "naraka_chaturdashi": ("naraka chaturdashi", "kali chaudas", "choti diwali", "chhoti diwali"),
    "diwali": ("diwali", "deepavali", "divali", "lakshmi puja"),
    "bhai_dooj": ("bhai dooj", "bhai duj", "bhaiya dooj"),
    "chhath": ("chhath", "chhath puja", "dala puja", "dala chhath", "surya shashthi"),
    "guru_gobind_singh_jayanti": ("guru gobind singh jayanti", "guru govind singh jayanti"),
    "vasant_panchami": ("vasant panchami", "basant panchami"),
    "guru_ravidas_jayanti": ("guru ravidas jayanti", "guru ravidass jayanti"),
    "maha_shivaratri": ("maha shivaratri", "mahashivaratri", "maha shivratri", "mahashivratri"),
    "holika_dahan": ("holika dahan", "chhoti holi", "choti holi", "kamudu pyre"),
    "holi": ("holi", "dhulandi", "dhuleti", "phagwah"),
    "makar_sankranti": ("makar sankranti", "makara sankranti", "makara sankranthi", "pongal", "thai pongal"),
    "bhogi": ("bhogi pandigai", "bogi pandigai"),
    "mattu_pongal": ("mattu pongal", "maattu pongal"),
    "kaanum_pongal": ("kaanum pongal", "kanum pongal", "kanni pongal"),
    "vaisakhi": ("vaisakhi", "baisakhi", "vaishakhi", "vasakhi"),
    "onam": ("onam", "thiru onam", "thiruvonam"),
    "parsi_new_year": ("jamshedi navroz",),
}
