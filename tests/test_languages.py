"""Mentions in running text for the languages whose tables come from the CLDR (lang/<code>/).

Every expected value is worked out by hand from the reference: Friday
2024-11-29 21:00 (ISO week 48, Monday 25 – Sunday 1 December). So "yesterday
evening" is Thursday 28 from 18:00, "last Friday" the 22nd, "last week" W47,
"next week" W49, a Sunday said on that Friday the 24th, "3 hours ago" 18:00.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog.lang import _data, lexicon
from liveblog.lang._generate import rows_of
from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"
TZ = "Europe/Paris"

MENTIONS = [
    # -- French ---------------------------------------------------------------------------------
    ("fr", "Hier soir, des frappes ont visé le centre-ville.", "Hier soir", "2024-11-28TEV"),
    ("fr", "Le ministre s'est exprimé lundi matin devant la presse.", "lundi matin", "2024-11-25TMO"),
    ("fr", "Les négociations avaient échoué vendredi dernier à Doha.", "vendredi dernier", "2024-11-22"),
    ("fr", "La semaine dernière, le bilan était de 40 morts.", "La semaine dernière", "2024-W47"),
    (
        "fr",
        "Une explosion a été entendue il y a 3 heures près du port.",
        "il y a 3 heures",
        "2024-11-29T18:00:00",
    ),
    ("fr", "Ce matin, les secours sont arrivés.", "Ce matin", "2024-11-29TMO"),
    # -- German ---------------------------------------------------------------------------------
    ("de", "Gestern Abend wurden mehrere Raketen abgefeuert.", "Gestern Abend", "2024-11-28TEV"),
    ("de", "Am Sonntagabend trafen sich die Außenminister.", "Sonntagabend", "2024-11-24TEV"),
    ("de", "Vergangene Woche hatte die Regierung Hilfen angekündigt.", "Vergangene Woche", "2024-W47"),
    ("de", "Letzten Freitag kam es zu Protesten.", "Letzten Freitag", "2024-11-22"),
    ("de", "Die Polizei meldete vor 2 Stunden einen Einsatz.", "vor 2 Stunden", "2024-11-29T19:00:00"),
    ("de", "Heute Morgen öffneten die Schulen wieder.", "Heute Morgen", "2024-11-29TMO"),
    # -- Spanish --------------------------------------------------------------------------------
    ("es", "El domingo por la noche se registraron disturbios.", "El domingo por la noche", "2024-11-24TEV"),
    ("es", "Anoche hubo cortes de luz en la capital.", "Anoche", "2024-11-28TNI"),
    ("es", "El gobierno lo anunció el viernes pasado.", "el viernes pasado", "2024-11-22"),
    ("es", "El gobierno lo anunció el pasado viernes.", "el pasado viernes", "2024-11-22"),
    ("es", "La semana pasada murieron doce personas.", "La semana pasada", "2024-W47"),
    ("es", "Los rescatistas llegaron hace 5 minutos al lugar.", "hace 5 minutos", "2024-11-29T20:55:00"),
    ("es", "Ayer por la tarde se reunió el consejo.", "Ayer por la tarde", "2024-11-28TAF"),
    # -- Italian --------------------------------------------------------------------------------
    ("it", "Ieri sera la polizia ha chiuso la strada.", "Ieri sera", "2024-11-28TEV"),
    ("it", "Il premier ha parlato venerdì scorso a Roma.", "venerdì scorso", "2024-11-22"),
    ("it", "Il premier ha parlato lo scorso venerdì a Roma.", "scorso venerdì", "2024-11-22"),
    ("it", "Stamattina è stato dato l'allarme.", "Stamattina", "2024-11-29TMO"),
    ("it", "L'esplosione è avvenuta 5 minuti fa vicino alla stazione.", "5 minuti fa", "2024-11-29T20:55:00"),
    ("it", "Domenica sera si è votato.", "Domenica sera", "2024-11-24TEV"),
    # -- Portuguese -----------------------------------------------------------------------------
    ("pt", "Ontem à noite houve tiroteios no centro.", "Ontem à noite", "2024-11-28TEV"),
    ("pt", "O ministro falou na sexta-feira passada.", "na sexta-feira passada", "2024-11-22"),
    ("pt", "Na próxima semana, o parlamento vota o orçamento.", "próxima semana", "2024-W49"),
    ("pt", "Os bombeiros chegaram há 10 minutos.", "há 10 minutos", "2024-11-29T20:50:00"),
    ("pt", "Na segunda de manhã, as aulas foram suspensas.", "Na segunda de manhã", "2024-11-25TMO"),
    # -- Russian --------------------------------------------------------------------------------
    ("ru", "Вчера вечером в городе прогремели взрывы.", "Вчера вечером", "2024-11-28TEV"),
    ("ru", "В прошлую пятницу прошли переговоры.", "В прошлую пятницу", "2024-11-22"),
    ("ru", "На прошлой неделе погибли двадцать человек.", "На прошлой неделе", "2024-W47"),
    ("ru", "Спасатели прибыли 5 минут назад.", "5 минут назад", "2024-11-29T20:55:00"),
    ("ru", "В среду утром начались учения.", "В среду утром", "2024-11-27TMO"),
    # -- Turkish --------------------------------------------------------------------------------
    ("tr", "Dün akşam kentte patlama sesleri duyuldu.", "Dün akşam", "2024-11-28TEV"),
    ("tr", "Geçen cuma müzakereler başladı.", "Geçen cuma", "2024-11-22"),
    ("tr", "Geçen hafta on beş kişi hayatını kaybetti.", "Geçen hafta", "2024-W47"),
    ("tr", "Polis 1 saat önce açıklama yaptı.", "1 saat önce", "2024-11-29T20:00:00"),
    ("tr", "Cuma akşamı gösteriler düzenlendi.", "Cuma akşamı", "2024-11-29TEV"),
    # -- Dutch ----------------------------------------------------------------------------------
    ("nl", "Gisteravond werd een demonstratie gehouden.", "Gisteravond", "2024-11-28TEV"),
    ("nl", "Zondagavond sprak de premier het land toe.", "Zondagavond", "2024-11-24TEV"),
    ("nl", "Vorige week vielen er tien doden.", "Vorige week", "2024-W47"),
    ("nl", "Afgelopen vrijdag begon de staking.", "Afgelopen vrijdag", "2024-11-22"),
    ("nl", "De brandweer arriveerde 5 minuten geleden.", "5 minuten geleden", "2024-11-29T20:55:00"),
    # -- Polish ---------------------------------------------------------------------------------
    ("pl", "Wczoraj wieczorem doszło do wybuchu.", "Wczoraj wieczorem", "2024-11-28TEV"),
    ("pl", "W zeszły piątek rozpoczęły się rozmowy.", "W zeszły piątek", "2024-11-22"),
    ("pl", "W przyszłym tygodniu rząd przedstawi plan.", "W przyszłym tygodniu", "2024-W49"),
    ("pl", "Strażacy przyjechali 5 minut temu.", "5 minut temu", "2024-11-29T20:55:00"),
    ("pl", "W niedzielę wieczorem odbył się protest.", "W niedzielę wieczorem", "2024-11-24TEV"),
    # -- Ukrainian ------------------------------------------------------------------------------
    ("uk", "Вчора ввечері пролунали вибухи.", "Вчора ввечері", "2024-11-28TEV"),
    ("uk", "Минулого тижня загинули дванадцять людей.", "Минулого тижня", "2024-W47"),
    ("uk", "Рятувальники прибули 5 хвилин тому.", "5 хвилин тому", "2024-11-29T20:55:00"),
    ("uk", "У неділю ввечері відбувся мітинг.", "У неділю ввечері", "2024-11-24TEV"),
    ("uk", "Наступного тижня парламент розгляне закон.", "Наступного тижня", "2024-W49"),
    # -- Persian --------------------------------------------------------------------------------
    ("fa", "دیشب چند انفجار در شهر شنیده شد.", "دیشب", "2024-11-28TNI"),
    ("fa", "جمعه گذشته مذاکرات آغاز شد.", "جمعه گذشته", "2024-11-22"),
    ("fa", "هفته گذشته دوازده نفر کشته شدند.", "هفته گذشته", "2024-W47"),
    ("fa", "امدادگران ۵ دقیقه پیش رسیدند.", "۵ دقیقه پیش", "2024-11-29T20:55:00"),
    ("fa", "سه شنبه وزیر خارجه به بیروت رفت.", "سه شنبه", "2024-11-26"),
    # -- Hebrew ---------------------------------------------------------------------------------
    ("he", "אתמול בערב נשמעו פיצוצים בעיר.", "אתמול בערב", "2024-11-28TEV"),
    ("he", "ביום שישי שעבר החלו השיחות.", "ביום שישי שעבר", "2024-11-22"),
    ("he", "בשבוע שעבר נהרגו שנים עשר בני אדם.", "בשבוע שעבר", "2024-W47"),
    ("he", "צוותי ההצלה הגיעו לפני 5 דקות.", "לפני 5 דקות", "2024-11-29T20:55:00"),
    ("he", "הבוקר נפתחו בתי הספר.", "הבוקר", "2024-11-29TMO"),
    # -- Urdu -----------------------------------------------------------------------------------
    ("ur", "گزشتہ رات شہر میں دھماکے ہوئے۔", "گزشتہ رات", "2024-11-28TNI"),
    ("ur", "گزشتہ ہفتے بارہ افراد ہلاک ہوئے۔", "گزشتہ ہفتے", "2024-W47"),
    ("ur", "آج صبح اسکول دوبارہ کھل گئے۔", "آج صبح", "2024-11-29TMO"),
]


@pytest.mark.parametrize(("lang", "sentence", "said", "timex"), MENTIONS)
def test_mention_in_running_text(lang: str, sentence: str, said: str, timex: str) -> None:
    """A relative mention is found with its words and dated from the reference, day and part of day."""
    found = find_times(sentence, REF, tz=TZ, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(said, timex)]


def test_ten_languages_five_mentions_each() -> None:
    """The table covers at least five mentions in each of at least ten languages."""
    per_lang: dict[str, int] = {}
    for lang, *_ in MENTIONS:
        per_lang[lang] = per_lang.get(lang, 0) + 1
    assert sum(n >= 5 for n in per_lang.values()) >= 10


# -- the same words, before and after, in languages that put modifiers both ways ------------------


@pytest.mark.parametrize(
    ("lang", "words", "timex"),
    [
        ("fr", "vendredi prochain", "2024-12-06"),
        ("es", "el próximo lunes", "2024-12-02"),
        ("es", "el lunes próximo", "2024-12-02"),
        ("it", "la prossima settimana", "2024-W49"),
        ("it", "la settimana prossima", "2024-W49"),
        ("de", "nächsten Montag", "2024-12-02"),
        ("tr", "gelecek hafta", "2024-W49"),
        ("he", "בשבוע הבא", "2024-W49"),
    ],
)
def test_modifier_order_is_data(lang: str, words: str, timex: str) -> None:
    """Where a modifier stands comes from the language's table ("vendredi prochain", "nächsten Montag")."""
    w = resolve(words, REF, tz=TZ, languages=[lang])
    assert w is not None
    assert w.timex == timex


def test_place_from_order_and_exceptions() -> None:
    """A word's place is its own exception, else its kind's order, else any."""
    es = _data.load("es")
    assert es is not None
    assert es.place("pasado", "mod") == "any"
    assert es.place("que viene", "mod") == "after"
    assert _data.load("fr").place("passé", "mod") == "after"  # type: ignore[union-attr]
    assert _data.load("fr").place("dernier", "mod") == "any"  # type: ignore[union-attr]  # "le dernier dimanche"
    assert _data.load("de").place("letzten", "mod") == "before"  # type: ignore[union-attr]


# -- the tables themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", _data.LANGS)
def test_generated_tables_match_dateparser(lang: str) -> None:
    """Each cldr.json is what the generator makes from the installed dateparser (never hand-edited)."""
    path = Path(_data.__file__).parent / lang / "cldr.json"
    stored = [tuple(row) for row in json.loads(path.read_text(encoding="utf-8"))["rows"]]
    made = [(p, k, list(v) if isinstance(v, tuple) else v) for p, k, v in rows_of(lang)]
    assert stored == [tuple(row) for row in made]


@pytest.mark.parametrize("lang", _data.LANGS)
def test_every_generated_language_has_a_lexicon(lang: str) -> None:
    """Every generated language compiles, knows its weekdays, and is marked incomplete (dateparser helps)."""
    lex = lexicon(lang)
    assert lex is not None
    assert not lex.complete
    kinds = {s.kind for senses in lex.by_first.values() for s in senses}
    assert "weekday" in kinds


def test_hand_tables_are_complete() -> None:
    """Arabic and English tables are hand-written and complete; an unknown language has none."""
    assert lexicon("ar").complete  # type: ignore[union-attr]
    assert lexicon("en").complete  # type: ignore[union-attr]
    assert lexicon("xx") is None
    assert _data.load("xx") is None


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[part]\n"soir" = "dusk-ish"\n', "'dusk-ish' is not a part of the day"),
        ('[partday]\n"hier soir" = "evening"\n', "expected a pair"),
        ('[mod]\n"dernier" = "last"\n', "expected a whole number"),
        ('[order]\nmod = "behind"\n', "'behind'"),
        ('[weird]\n"x" = 1\n', "unknown tables ['weird']"),
        ('[compound]\n"abend" = "late"\n', "'late' is not a part"),
    ],
)
def test_bad_news_table_names_what_is_wrong(toml: str, message: str) -> None:
    """A mistake in a news.toml fails when it is loaded, naming the file, table and phrase."""
    with pytest.raises(ValueError, match=r"news\.toml") as err:
        _data._news("fr", toml, [("samedi", 5)])
    assert message in str(err.value)


def test_compound_rows_from_weekday_names() -> None:
    """A [compound] suffix makes one weekdaypart row per full weekday name."""
    rows, _ = _data._news("de", '[compound]\n"abend" = "evening"\n', [("sonntag", 6), ("montag", 0)])
    assert rows == [
        ("sonntagabend", "weekdaypart", (6, "evening")),
        ("montagabend", "weekdaypart", (0, "evening")),
    ]


def test_unaccented_variants() -> None:
    """Phrases also match typed without accents; a weekday or month so folded needs a day number."""
    rows = _data._unaccented([("mañana", "dayword", 1), ("sábado", "weekday", 5), ("hoy", "dayword", 0)])
    assert rows == [("manana", "dayword", 1), ("sabado", "weekday-bound", 5)]


# -- any text, any generated language: spans are the text's own ----------------------------------


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(["fr", "de", "es", "ru", "fa", "he", "tr", "pl"]),
    pieces=st.lists(
        st.sampled_from(
            ["a", "b", " ", "1", "9", "25", ":", ".", "-", "'", "é", "hier", " soir", "vendredi", " il y a "]
        ),
        max_size=20,
    ),
)
def test_spans_point_into_the_text(lang: str, pieces: list[str]) -> None:
    """Whatever the text, every result's span is the text's own words (or nothing is found)."""
    text = "".join(pieces)
    for f in find_times(text, REF, tz=TZ, languages=[lang]):
        assert text[f.span.start : f.span.end] == f.text


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        # German "die" is also Tuesday's abbreviation: our tables know it and our rules refuse it
        ("de", "Am Montag trafen sich die Minister.", ["Am Montag"]),
        # Chinese is written without spaces: each Han letter is a token, so our tables read the
        # whole run (下 "next" + 星期三 Wednesday), where dateparser's search saw only 星期三
        ("zh", "下星期三", ["下星期三"]),
    ],
)
def test_dateparser_adds_only_what_we_did_not_refuse(lang: str, text: str, said: list[str]) -> None:
    """dateparser's word-only readings count only where our rules did not see and refuse the words."""
    assert [f.text for f in find_times(text, REF, tz=TZ, languages=[lang])] == said
