"""Relative mentions on live pages in twelve languages (issue 16): each dated at its day and part
of the day, anchored to its entry; a duration in the same sentence is no date.

Each page has two posts of Friday 29 November 2024 (Paris): 20:15 with "yesterday evening", "a
meeting tomorrow morning", "last Tuesday" and "for three hours"; 09:30 with "this afternoon".
Values worked out by hand: yesterday evening is 2024-11-28TEV, tomorrow morning 2024-11-30TMO, the
last Tuesday before that Friday is 2024-11-26, this afternoon (said at 09:30) 2024-11-29TAF.
Spanish "por la noche" and Portuguese "à noite" name the evening in their tables (the evening runs
into the night in both languages; Duckling's "esta noche" is 18:00-00:00 too); Persian «دیشب» is
"last night", 2024-11-28TNI.
"""

from __future__ import annotations

import pytest

from liveblog import parse

EV, MO, TUE, AF = "2024-11-28TEV", "2024-11-30TMO", "2024-11-26", "2024-11-29TAF"

# (lang, the 20:15 post, the 09:30 post, {expression: value})
PAGES: list[tuple[str, str, str, dict[str, str]]] = [
    (
        "fr",
        "Les frappes ont repris hier soir près de la frontière, pendant trois heures. Une réunion est"
        " prévue demain matin. Le convoi est parti mardi dernier.",
        "Le ministre parlera cet après-midi.",
        {"hier soir": EV, "demain matin": MO, "mardi dernier": TUE, "cet après-midi": AF},
    ),
    (
        "de",
        "Die Angriffe gingen gestern Abend weiter, drei Stunden lang. Ein Treffen ist für morgen früh"
        " geplant. Der Konvoi fuhr am vergangenen Dienstag los.",
        "Der Minister spricht heute Nachmittag.",
        {"gestern Abend": EV, "morgen früh": MO, "am vergangenen Dienstag": TUE, "heute Nachmittag": AF},
    ),
    (
        "es",
        "Los ataques se reanudaron ayer por la noche durante tres horas. Hay una reunión prevista para"
        " mañana por la mañana. El convoy salió el martes pasado.",
        "El ministro hablará esta tarde.",
        {"ayer por la noche": EV, "mañana por la mañana": MO, "el martes pasado": TUE, "esta tarde": AF},
    ),
    (
        "it",
        "Gli attacchi sono ripresi ieri sera per tre ore. Un incontro è previsto domani mattina. Il"
        " convoglio è partito martedì scorso.",
        "Il ministro parlerà oggi pomeriggio.",
        {"ieri sera": EV, "domani mattina": MO, "martedì scorso": TUE, "oggi pomeriggio": AF},
    ),
    (
        "pt",
        "Os ataques recomeçaram ontem à noite durante três horas. Uma reunião está prevista para amanhã"
        " de manhã. O comboio partiu na terça-feira passada.",
        "O ministro falará hoje à tarde.",
        {"ontem à noite": EV, "amanhã de manhã": MO, "na terça-feira passada": TUE, "hoje à tarde": AF},
    ),
    (
        "ru",
        "Обстрелы возобновились вчера вечером и продолжались три часа. Встреча запланирована на завтра"
        " утром. Колонна вышла в прошлый вторник.",
        "Министр выступит сегодня днём.",
        {"вчера вечером": EV, "завтра утром": MO, "в прошлый вторник": TUE, "сегодня днём": AF},
    ),
    (
        "uk",
        "Обстріли відновилися вчора ввечері й тривали три години. Зустріч запланована на завтра"
        " вранці. Колона вирушила минулого вівторка.",
        "Міністр виступить сьогодні вдень.",
        {"вчора ввечері": EV, "завтра вранці": MO, "минулого вівторка": TUE, "сьогодні вдень": AF},
    ),
    (
        "tr",
        "Saldırılar dün akşam yeniden başladı ve üç saat sürdü. Yarın sabah bir toplantı planlanıyor."
        " Konvoy geçen salı yola çıktı.",
        "Bakan bu öğleden sonra konuşacak.",
        {"dün akşam": EV, "Yarın sabah": MO, "geçen salı": TUE, "bu öğleden sonra": AF},
    ),
    (
        "nl",
        "De aanvallen werden gisteravond hervat en duurden drie uur. Morgenochtend staat een overleg"
        " gepland. Het konvooi vertrok afgelopen dinsdag.",
        "De minister spreekt vanmiddag.",
        {"gisteravond": EV, "Morgenochtend": MO, "afgelopen dinsdag": TUE, "vanmiddag": AF},
    ),
    (
        "pl",
        "Ataki wznowiono wczoraj wieczorem i trwały trzy godziny. Spotkanie zaplanowano na jutro rano."
        " Konwój wyruszył w zeszły wtorek.",
        "Minister przemówi dziś po południu.",
        {"wczoraj wieczorem": EV, "jutro rano": MO, "w zeszły wtorek": TUE, "dziś po południu": AF},
    ),
    (
        "fa",
        "حملات دیشب از سر گرفته شد و سه ساعت ادامه داشت. جلسه‌ای برای فردا صبح برنامه‌ریزی شده است."
        " کاروان سه‌شنبه گذشته حرکت کرد.",
        "وزیر امروز بعدازظهر سخنرانی می‌کند.",
        {"دیشب": "2024-11-28TNI", "فردا صبح": MO, "سه\u200cشنبه گذشته": TUE, "امروز بعدازظهر": AF},
    ),
    (
        "he",
        "ההתקפות התחדשו אתמול בערב ונמשכו שלוש שעות. פגישה מתוכננת למחר בבוקר. השיירה יצאה ביום שלישי שעבר.",
        "השר ידבר היום אחר הצהריים.",
        # «למחר»: "to" glued before "tomorrow" (a Hebrew prefix), left out of the span
        {"אתמול בערב": EV, "מחר בבוקר": MO, "ביום שלישי שעבר": TUE, "היום אחר הצהריים": AF},
    ),
]


@pytest.mark.parametrize(
    ("lang", "evening_post", "morning_post", "expected"), PAGES, ids=[p[0] for p in PAGES]
)
def test_relative_mentions_on_a_page(
    lang: str, evening_post: str, morning_post: str, expected: dict[str, str]
) -> None:
    page = f"20:15\n{evening_post}\n\n09:30\n{morning_post}\n"
    tl = parse(page, reference="2024-11-29T21:00", tz="Europe/Paris")
    assert tl.lang == lang  # identified, not told
    entries = sorted(e.when.timex for e in tl.events if e.kind.value == "entry")
    assert entries == ["2024-11-29T09:30", "2024-11-29T20:15"]
    mentions = {e.expression: e.when.timex for e in tl.events if e.kind.value == "mention"}
    assert mentions == expected  # and nothing else: "three hours" is how long, not when


@pytest.mark.parametrize(
    ("lang", "evening_post", "morning_post", "expected"), PAGES, ids=[p[0] for p in PAGES]
)
def test_mentions_follow_their_entry_across_midnight(
    lang: str, evening_post: str, morning_post: str, expected: dict[str, str]
) -> None:
    """The same words in posts of 00:40 on Saturday 30 November and 23:10 on Friday: the 00:40 post's
    "yesterday evening" is Friday's (2024-11-29TEV), its "tomorrow morning" Sunday's
    (2024-12-01TMO), its "last Tuesday" still the 26th; the Friday post's "this afternoon" is
    Friday's. Worked out by hand."""
    page = f"00:40\n{evening_post}\n\n23:10\n{morning_post}\n"
    tl = parse(page, reference="2024-11-30T01:00", tz="Europe/Paris")
    entries = sorted(e.when.timex for e in tl.events if e.kind.value == "entry")
    assert entries == ["2024-11-29T23:10", "2024-11-30T00:40"]
    moved = {"2024-11-28TEV": "2024-11-29TEV", "2024-11-28TNI": "2024-11-29TNI", MO: "2024-12-01TMO"}
    mentions = {e.expression: e.when.timex for e in tl.events if e.kind.value == "mention"}
    assert mentions == {text: moved.get(value, value) for text, value in expected.items()}
