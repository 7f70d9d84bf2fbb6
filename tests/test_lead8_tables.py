"""First news tables for twelve languages read until now from generated tables alone (lead8):
Czech, Slovak, Slovenian, Serbian, Macedonian, Belarusian, Lithuanian, Latvian, Estonian, Finnish,
Malay and Swahili (``lang/<code>/news.toml``).

Before them, "příští pondělí" (next Monday) was last Monday: the CLDR gives these languages whole
phrases for "next week" but no modifier words for a weekday, no case forms of weekdays beyond the
nominative ("antradienį", "otrdien", "teisipäeval" were no date at all), no range words and no tense
record, so a meeting that "will be held on Tuesday" was last Tuesday.

Reference (tests/found_check.py): Friday 29 November 2024, 10:00 at +02:00, leaning to the past.
Worked out by hand from the calendar: the last Tuesday is 26 November, the coming one 3 December;
the coming Monday 2 December, the last Wednesday 27 November, the coming Sunday 1 December, the
Friday a week back 22 November; ISO week 48 runs 25 November – 1 December (47 before, 49 after).
"""

from __future__ import annotations

import pytest

from .found_check import spans

CASES = [
    # (lang, text, [(span, timex)]) — one row per class: tense, modifier, case form, range, part
    ("cs", "Rada bezpečnosti bude jednat v úterý.", [("v úterý", "2024-12-03")]),
    ("cs", "Rada bezpečnosti zasedala v úterý.", [("v úterý", "2024-11-26")]),
    ("cs", "Jednání bude pokračovat příští pondělí.", [("příští pondělí", "2024-12-02")]),
    ("cs", "Příměří platí do neděle.", [("neděle", "2024-12-01")]),
    ("cs", "Útok se stal minulou středu.", [("minulou středu", "2024-11-27")]),
    ("cs", "Summit je příští týden.", [("příští týden", "2024-W49")]),
    ("cs", "Stávka trvala od pondělí do středy.", [("od pondělí do středy", "2024-11-25/2024-11-27")]),
    ("sk", "Bezpečnostná rada bude rokovať v utorok.", [("v utorok", "2024-12-03")]),
    ("sk", "Rokovania budú pokračovať budúci pondelok.", [("budúci pondelok", "2024-12-02")]),
    ("sk", "Útok sa stal minulú stredu.", [("minulú stredu", "2024-11-27")]),
    ("sk", "Prímerie platí do nedele.", [("nedele", "2024-12-01")]),
    ("sl", "Svet se bo sestal v torek.", [("v torek", "2024-12-03")]),
    ("sl", "Svet se je sestal v torek.", [("v torek", "2024-11-26")]),
    ("sl", "Napad se je zgodil prejšnjo sredo.", [("prejšnjo sredo", "2024-11-27")]),
    (
        "sl",
        "Stavka je trajala od ponedeljka do srede.",
        [("od ponedeljka do srede", "2024-11-25/2024-11-27")],
    ),
    ("sr", "Савет ће се састати у уторак.", [("у уторак", "2024-12-03")]),
    ("sr", "Напад се догодио прошле среде.", [("прошле среде", "2024-11-27")]),
    ("sr", "Састанак је следећег уторка.", [("следећег уторка", "2024-12-03")]),
    ("mk", "Советот ќе се состане во вторник.", [("во вторник", "2024-12-03")]),
    ("mk", "Нападот се случи минатата среда.", [("минатата среда", "2024-11-27")]),
    ("be", "Пасяджэнне адбудзецца ў аўторак.", [("ў аўторак", "2024-12-03")]),
    ("be", "Напад адбыўся мінулую сераду.", [("мінулую сераду", "2024-11-27")]),
    ("lt", "Taryba bus sušaukta antradienį.", [("antradienį", "2024-12-03")]),
    ("lt", "Išpuolis įvyko praėjusį trečiadienį.", [("praėjusį trečiadienį", "2024-11-27")]),
    ("lt", "Susitikimas vyks kitą pirmadienį.", [("kitą pirmadienį", "2024-12-02")]),
    ("lv", "Padome būs otrdien.", [("otrdien", "2024-12-03")]),
    ("lv", "Uzbrukums notika pagājušajā trešdienā.", [("pagājušajā trešdienā", "2024-11-27")]),
    (
        "lv",
        "Streiks ilga no pirmdienas līdz trešdienai.",
        [("no pirmdienas līdz trešdienai", "2024-11-25/2024-11-27")],
    ),
    ("et", "Nõukogu hakkab kogunema teisipäeval.", [("teisipäeval", "2024-12-03")]),
    ("et", "Nõukogu kogunes teisipäeval.", [("teisipäeval", "2024-11-26")]),
    ("et", "Rünnak toimus eelmisel reedel.", [("eelmisel reedel", "2024-11-22")]),
    ("et", "Kohtumine on järgmisel nädalal.", [("järgmisel nädalal", "2024-W49")]),
    ("fi", "Kokous pidetään ensi tiistaina.", [("ensi tiistaina", "2024-12-03")]),
    ("fi", "Hyökkäys tapahtui viime maanantaina.", [("viime maanantaina", "2024-11-25")]),
    ("fi", "Hallitus aikoo päättää asiasta tiistaina.", [("tiistaina", "2024-12-03")]),
    ("fi", "Tilanne muuttui tällä viikolla.", [("tällä viikolla", "2024-W48")]),
    ("ms", "Majlis akan bersidang pada hari Selasa.", [("hari Selasa", "2024-12-03")]),
    ("ms", "Majlis bersidang pada hari Selasa lalu.", [("hari Selasa lalu", "2024-11-26")]),
    ("ms", "Pilihan raya diadakan minggu depan.", [("minggu depan", "2024-W49")]),
    ("sw", "Baraza litakutana Jumanne ijayo.", [("Jumanne ijayo", "2024-12-03")]),
    ("sw", "Shambulio lilitokea Jumatano iliyopita.", [("Jumatano iliyopita", "2024-11-27")]),
    (
        "sw",
        "Mgomo ulidumu kuanzia Jumatatu hadi Jumatano.",
        [("kuanzia Jumatatu hadi Jumatano", "2024-11-25/2024-11-27")],
    ),
    # not dates: prepositions and "and" that are also clock or range words, "this" without a period
    ("sk", "Cena vzrástla o 15 percent.", []),
    ("cs", "V 15 případech zemřelo 5 lidí a 6 bylo zraněno.", []),
    ("sr", "Убијено је 15 људи у 3 села.", []),
    ("mk", "Во 15 села има вода.", []),
    ("lt", "Kitą kartą bus geriau.", []),
    ("be", "З 5 чалавек да 10 засталіся.", []),
    ("sw", "Watu 5 na magari 3.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_first_news_tables(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected


@pytest.mark.parametrize("lang", ["cs", "sk", "sl", "sr", "mk", "be", "lt", "lv", "et", "fi", "ms", "sw"])
def test_each_has_a_tense_record(lang: str) -> None:
    from liveblog.lang.tense import tense

    record = tense(lang)
    assert record is not None
    assert record.will


# Whole pages with no language given: identified by their own letters and stop words, then read
# with their new tables. Reference Friday 29 November 2024, 15:00 in Tallinn / Bratislava.
PAGES = [
    (
        "et",
        "Europe/Tallinn",
        "14:05\nValitsus kiitis heaks uue seaduse, mis jõustub järgmisel kuul.\n\n"
        "13:40\nPeaminister ütles eile õhtul, et kohtumine toimub teisipäeval.\n",
        # worked out by hand: next month December 2024; yesterday evening 28 November; the coming
        # Tuesday 3 December ("toimub", takes place: a present that tells the future)
        {("järgmisel kuul", "2024-12"), ("eile õhtul", "2024-11-28TEV"), ("teisipäeval", "2024-12-03")},
    ),
    (
        "sk",
        "Europe/Bratislava",
        "14:05\nVláda schválila zákon, ktorý bude platiť od budúceho mesiaca.\n\n"
        "13:40\nPremiér povedal, že rokovania budú pokračovať budúci pondelok.\n",
        {("budúci pondelok", "2024-12-02")},
    ),
]


@pytest.mark.parametrize(("lang", "zone", "page", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_a_page_in_its_language(lang: str, zone: str, page: str, expected: set[tuple[str, str]]) -> None:
    from liveblog import parse
    from liveblog.model import EventKind

    tl = parse(page, reference="2024-11-29T15:00", tz=zone)
    assert tl.lang == lang
    found = {(e.expression, e.when.timex) for e in tl.events if e.kind is not EventKind.ENTRY}
    assert expected <= found


# A "since"/"from" word before a date moves a year-less month to its last occurrence ("od marca":
# since March, 2024-03), but never a date said from the moment of writing: "od przyszłego miesiąca"
# (from next month) is December 2024. Before, the modifier's inflected form was missing from the
# [tense] table's own deictic list, so "next month" became last December (2023-12). Every modifier,
# "this", day word and relative phrase of the language's tables is now deictic (lead8).
SINCE = [
    ("pl", "Ceny rosną od marca.", [("marca", "2024-03")]),
    ("cs", "Ceny rostou od března.", [("března", "2024-03")]),
    ("pl", "Ceny wzrosną od przyszłego miesiąca.", [("przyszłego miesiąca", "2024-12")]),
    ("cs", "Ceny porostou od příštího měsíce.", [("příštího měsíce", "2024-12")]),
    ("sk", "Zákon platí od budúceho mesiaca.", [("budúceho mesiaca", "2024-12")]),
    ("uk", "Ціни зростуть з наступного місяця.", [("наступного місяця", "2024-12")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SINCE, ids=[f"{c[0]}:{c[1]}" for c in SINCE])
def test_since_keeps_relative_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected


# The future written as the verb's ending (Turkish "-acak/-ecek", Azerbaijani "-acaq/-əcək", with
# personal and nominal endings after it): the verb comes last, so a future after the weekday points
# it ahead; a noun that ends so ("yiyecek", food) is no tense. Albanian and Azerbaijani tables.
ENDINGS = [
    ("tr", "Meclis pazartesi günü toplanacak.", [("pazartesi günü", "2024-12-02")]),
    ("tr", "Liderler çarşamba günü görüşecekler.", [("çarşamba günü", "2024-12-04")]),
    ("tr", "Bakan, toplantının salı günü yapılacağını söyledi.", [("salı günü", "2024-12-03")]),
    ("tr", "Meclis pazartesi günü toplandı.", [("pazartesi günü", "2024-11-25")]),
    ("tr", "Pazartesi günü yiyecek yardımı dağıtıldı.", [("Pazartesi günü", "2024-11-25")]),
    ("az", "Parlament bazar ertəsi günü toplanacaq.", [("bazar ertəsi günü", "2024-12-02")]),
    ("az", "Parlament bazar ertəsi günü toplandı.", [("bazar ertəsi günü", "2024-11-25")]),
    ("az", "İclas keçən cümə keçirildi.", [("keçən cümə", "2024-11-22")]),
    ("sq", "Qeveria do të mbajë zgjedhje të martën.", [("të martën", "2024-12-03")]),
    ("sq", "Zgjedhjet u mbajtën të martën.", [("të martën", "2024-11-26")]),
    ("sq", "Sulmi ndodhi të hënën e kaluar.", [("të hënën e kaluar", "2024-11-25")]),
    ("sq", "Ai do të vijë.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ENDINGS, ids=[f"{c[0]}:{c[1]}" for c in ENDINGS])
def test_future_in_the_ending(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected


# Bengali, Tamil, Thai, Marathi and Nepali: modifiers of weekdays and periods (before the name in
# the Indic languages, after it in Thai), Tamil weekdays written with "கிழமை" and its "N days ago".
INDIC_THAI = [
    ("bn", "গত সোমবার হামলা হয়েছিল।", [("গত সোমবার", "2024-11-25")]),
    ("bn", "আগামী সোমবার বৈঠক।", [("আগামী সোমবার", "2024-12-02")]),
    ("bn", "বৈঠক মঙ্গলবার অনুষ্ঠিত হবে।", [("মঙ্গলবার", "2024-12-03")]),
    ("bn", "এই সপ্তাহে", [("এই সপ্তাহে", "2024-W48")]),
    ("ta", "கடந்த திங்கள்கிழமை", [("கடந்த திங்கள்கிழமை", "2024-11-25")]),
    ("ta", "அடுத்த திங்கள்கிழமை", [("அடுத்த திங்கள்கிழமை", "2024-12-02")]),
    ("ta", "3 நாட்களுக்கு முன்பு", [("3 நாட்களுக்கு முன்பு", "2024-11-26")]),
    ("th", "วันจันทร์ที่แล้ว", [("วันจันทร์ที่แล้ว", "2024-11-25")]),
    ("th", "วันจันทร์หน้า", [("วันจันทร์หน้า", "2024-12-02")]),
    ("th", "เขากินข้าวแล้ว", []),
    ("mr", "गेल्या सोमवारी", [("गेल्या सोमवारी", "2024-11-25")]),
    ("mr", "पुढच्या सोमवारी", [("पुढच्या सोमवारी", "2024-12-02")]),
    ("ne", "अर्को सोमबार", [("अर्को सोमबार", "2024-12-02")]),
    ("ne", "बैठक मङ्गलबार हुनेछ।", [("मङ्गलबार", "2024-12-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INDIC_THAI, ids=[f"{c[0]}:{c[1]}" for c in INDIC_THAI])
def test_indic_and_thai_tables(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected


# Greek spellings the CLDR lacks: "πέρυσι" (last year, beside its "πέρσι"), "εφέτος" (this year),
# "εχθές" (yesterday, the older "χθες").
GREEK = [
    ("el", "Η κυβέρνηση είχε ανακοινώσει πέρυσι νέα μέτρα.", [("πέρυσι", "2023")]),
    ("el", "Εφέτος οι τιμές αυξήθηκαν.", [("Εφέτος", "2024")]),
    ("el", "Η επίθεση έγινε εχθές το βράδυ.", [("εχθές το βράδυ", "2024-11-28TEV")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GREEK, ids=[c[1] for c in GREEK])
def test_greek_spellings(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected


# Half and a quarter of an hour said as one phrase, before or after "ago"/"in" (prefer future
# at 10:00): half an hour back is 09:30, ahead 10:30; a quarter 09:45 / 10:15 — exact amounts of
# minutes, so the instant they land on, at the second (en9's rule); said as how long something
# lasted, no date.
HALF_HOURS = [
    ("fr", "il y a une demi-heure", "2024-11-29T09:30:00"),
    ("fr", "dans un quart d'heure", "2024-11-29T10:15:00"),
    ("es", "hace media hora", "2024-11-29T09:30:00"),
    ("de", "vor einer halben Stunde", "2024-11-29T09:30:00"),
    ("de", "in einer Viertelstunde", "2024-11-29T10:15:00"),
    ("it", "tra mezz'ora", "2024-11-29T10:30:00"),
    ("pt", "há meia hora", "2024-11-29T09:30:00"),
    ("nl", "een half uur geleden", "2024-11-29T09:30:00"),
    ("nb", "om en halv time", "2024-11-29T10:30:00"),
    ("sv", "om en halvtimme", "2024-11-29T10:30:00"),
    ("pl", "pół godziny temu", "2024-11-29T09:30:00"),
    ("ru", "через полчаса", "2024-11-29T10:30:00"),
    ("uk", "пів години тому", "2024-11-29T09:30:00"),
    ("tr", "yarım saat önce", "2024-11-29T09:30:00"),
    ("el", "πριν από μισή ώρα", "2024-11-29T09:30:00"),
    ("ca", "fa mitja hora", "2024-11-29T09:30:00"),
    ("ro", "acum o jumătate de oră", "2024-11-29T09:30:00"),
    ("cs", "před půl hodinou", "2024-11-29T09:30:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), HALF_HOURS, ids=[f"{c[0]}:{c[1]}" for c in HALF_HOURS])
def test_half_and_quarter_hours(lang: str, text: str, timex: str) -> None:
    from liveblog import find_times

    found = find_times(text, "2024-11-29T10:00:00+02:00", languages=[lang], prefer="future")
    assert [f.when.timex for f in found] == [timex]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "Die Sitzung dauerte eine halbe Stunde."), ("fr", "La réunion a duré une demi-heure.")],
)
def test_half_an_hour_as_a_length_is_no_date(lang: str, text: str) -> None:
    assert spans(lang, text) == []


# Live pages stamped "N units ago" in languages that had no relative stamp words (lang/<code>/
# page.toml [relative]): each stamp starts an entry at the reference minus its amount; the share
# buttons between posts are furniture. Reference 29 November 2024 15:00 local time.
RELATIVE_PAGES = [
    # (lang, newer stamp, its post, older stamp, its post, the share button under each)
    (
        "cs",
        "před 5 minutami",
        "Rusko zaútočilo na Kyjev.",
        "před 2 hodinami",
        "Armáda hlásí drony.",
        "Sdílet",
    ),
    ("nb", "5 minutter siden", "Russland angrep Kyiv.", "2 timer siden", "Hæren melder droner.", "Del"),
    ("bg", "преди 5 минути", "Русия нападна Киев.", "преди 2 часа", "Армията съобщи.", "Сподели"),
    ("ro", "acum 5 minute", "Rusia a atacat Kievul.", "acum 2 ore", "Armata anunță drone.", "Distribuie"),
    ("hr", "prije 5 minuta", "Rusija je napala Kijev.", "prije 2 sata", "Vojska javlja.", "Podijeli"),
]


@pytest.mark.parametrize(("lang", "new", "post", "old", "earlier", "button"), RELATIVE_PAGES)
def test_relative_stamps_split_a_page(
    lang: str, new: str, post: str, old: str, earlier: str, button: str
) -> None:
    from liveblog import parse

    page = f"{new}\n{post}\n{button}\n\n{old}\n{earlier}\n{button}\n"
    tl = parse(page, reference="2024-11-29T15:00", tz="Europe/Prague", lang=lang)
    assert sorted(e.marker for e in tl.entries) == sorted([new, old])
    # "2 hours ago" is the hour 13 (the unit said), "5 minutes ago" the minute 14:55
    assert sorted(e.when.timex for e in tl.entries) == ["2024-11-29T13", "2024-11-29T14:55"]
    assert len([ig for ig in tl.ignored if ig.reason.startswith("page chrome")]) == 2


# Hebrew: «בשבת» (on Saturday) without «יום»; the Sabbath's own parts; «הקרוב» (the coming); the
# future tense of the verbs news copy uses. "Keeping the Sabbath" names no day.
HEBREW = [
    ("he", "ההפגנה התקיימה בשבת", [("בשבת", "2024-11-23")]),
    ("he", "הפגנה תתקיים בשבת", [("בשבת", "2024-11-30")]),
    ("he", "הפגישה צפויה ביום שלישי", [("ביום שלישי", "2024-12-03")]),
    ("he", "ביום ראשון הקרוב", [("ביום ראשון הקרוב", "2024-12-01")]),
    ("he", "הירי החל במוצאי שבת", [("מוצאי שבת", "2024-11-23TEV")]),
    ("he", "שמירת שבת חשובה", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEBREW, ids=[c[1] for c in HEBREW])
def test_hebrew_days(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected


# Korean says the hour with its native numbers before the counter "시" ("세 시", three o'clock;
# Sino-Korean digits for minutes): read as the digits are. Leaning past at 10:00: 3 pm is
# yesterday's, 3 am today's, 5:30 pm yesterday's. A native number before another noun is a count.
KOREAN = [
    ("ko", "오후 세 시", [("오후 세 시", "2024-11-28T15:00")]),
    ("ko", "세 시", [("세 시", "2024-11-29T03:00")]),
    ("ko", "오후 다섯 시 반", [("오후 다섯 시 반", "2024-11-28T17:30")]),
    ("ko", "다섯 명이 숨졌다", []),
    ("ko", "세 시간 전", [("세 시간 전", "2024-11-29T07:00:00")]),  # an exact amount: the instant
]


@pytest.mark.parametrize(("lang", "text", "expected"), KOREAN, ids=[c[1] for c in KOREAN])
def test_korean_native_hours(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected
