"""The page language's stop-word pass: plain Latin-script pages are named without lingua's models."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from liveblog._text import langid
from liveblog._text.langid import by_stop_words, detect_language

FIXTURES = Path(__file__).parent / "fixtures"

# (language, paragraph): written for this table, two news sentences each.
PLAIN = [
    ("en", "The mayor said on Monday that the bridge would stay closed until the engineers had checked it, "
           "and that buses would run every ten minutes while the work went on. Shops near the river were "
           "told to expect more visitors than usual."),
    ("fr", "Le maire a déclaré lundi que le pont resterait fermé jusqu'à ce que les ingénieurs l'aient "
           "vérifié, et que des bus circuleraient toutes les dix minutes pendant les travaux. Les commerces "
           "près du fleuve ont été prévenus qu'il y aurait plus de monde que d'habitude."),
    ("de", "Der Bürgermeister sagte am Montag, dass die Brücke geschlossen bleibt, bis die Ingenieure sie "
           "geprüft haben, und dass die Busse während der Arbeiten alle zehn Minuten fahren. Die Geschäfte "
           "am Fluss wurden gewarnt, dass mehr Besucher als sonst kommen."),
    ("es", "El alcalde dijo el lunes que el puente seguirá cerrado hasta que los ingenieros lo hayan "
           "revisado, y que los autobuses pasarán cada diez minutos mientras duren las obras. A las tiendas "
           "junto al río se les avisó de que habría más gente que de costumbre."),
    ("it", "Il sindaco ha detto lunedì che il ponte resterà chiuso finché gli ingegneri non lo avranno "
           "controllato, e che gli autobus passeranno ogni dieci minuti durante i lavori. I negozi vicino al "
           "fiume sono stati avvisati che ci sarebbe stata più gente del solito."),
    ("nl", "De burgemeester zei maandag dat de brug dicht blijft tot de ingenieurs hem hebben gecontroleerd, "
           "en dat de bussen tijdens de werkzaamheden elke tien minuten rijden. De winkels bij de rivier "
           "kregen te horen dat er meer mensen dan gewoonlijk zouden komen."),
]  # fmt: skip

# Too little to go on: the stop-word pass abstains and lingua decides, as before.
ABSTAIN = [
    "Strikes hit Gaza.",
    "Live: polls close",
    "En direct",
    "12:05 BBC",
    "",
    "10 39 2023 " * 40,  # numbers are in some lists ("10", "39" in English's): they count for no language
]

# Another script holds more than a tenth of the letters: the lines' votes decide.
MIXED = (
    "قالت وزارة الصحة إن عدد القتلى ارتفع إلى خمسة عشر شخصا منذ صباح اليوم في المدينة\n"
    "The mayor said on Monday that the bridge would stay closed until the engineers had checked it.\n"
)


@pytest.mark.parametrize(("lang", "text"), PLAIN, ids=[lang for lang, _ in PLAIN])
def test_plain_paragraph_is_named_by_stop_words(lang: str, text: str) -> None:
    """A paragraph of one Latin-script language is named by its stop words alone."""
    assert by_stop_words(text) == lang


@pytest.mark.parametrize("text", ABSTAIN)
def test_short_text_is_left_to_lingua(text: str) -> None:
    """A title or a clock line has too few stop words: the pass gives no answer."""
    assert by_stop_words(text) is None


def test_runs_with_digits_are_no_words() -> None:
    """Codes such as "41e01a" do not give their letters ("e", "a": stop words of many languages) a vote."""
    text = "The report from 41e01a came in late and the team said it was 9f3b2c on the way. " * 5
    assert by_stop_words(text) == "en"


def test_mixed_scripts_are_left_to_the_votes() -> None:
    """A page with a large share of Arabic letters is not decided by Latin stop words."""
    assert by_stop_words(MIXED) is None


PAGES = [
    ("aljazeera_english.txt", "en"),
    ("fr_direct.txt", "fr"),
    ("de_ticker.txt", "de"),
    ("es_directo.txt", "es"),
]


@pytest.mark.parametrize(("name", "lang"), PAGES)
def test_latin_page_loads_no_model(name: str, lang: str) -> None:
    """A Latin-script page of several posts is identified without building a lingua detector."""
    langid._detector.cache_clear()
    assert detect_language((FIXTURES / name).read_text(encoding="utf-8")) == lang
    assert langid._detector.cache_info().misses == 0


def test_short_latin_page_still_asks_lingua() -> None:
    """Three short English posts are not enough for the pass: lingua is asked, as before."""
    langid._detector.cache_clear()
    text = "20:00\nStrikes hit Gaza.\n\n19:00\nRockets fired at Haifa.\n\n18:00\nBlast on Thursday night.\n"
    assert detect_language(text) == "en"
    assert langid._detector.cache_info().misses == 1


def test_stop_word_table_is_current() -> None:
    """lang/stopwords.json is what the generator writes from the installed stopwords-iso."""
    pytest.importorskip("stopwordsiso")
    from liveblog.lang._generate import stopwords

    path = resources.files("liveblog.lang").joinpath("stopwords.json")
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["words"] == stopwords()
    assert set(stored["words"]) == set(langid.STOP_LATIN)
