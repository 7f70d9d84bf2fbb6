"""Short pages and titles: the page's language from few, short lines, and dates kept when it is misread."""

from __future__ import annotations

from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import parse
from liveblog._text.langid import detect_language, reading_languages

# (language, text): written for this table. Short posts under clocks, the shape of a page's first
# minutes, where one line is too short to tell English from Swedish, Italian from Portuguese.
SHORT = [
    ("en", "20:00\nStrikes hit Gaza.\n\n19:00\nRockets fired at Haifa.\n\n18:00\nBlast on Thursday night.\n"),
    (
        "en",
        "Live updates\n\n09:10\nPower cut in the north.\n\n"
        "08:45\nSchools shut today.\n\n08:02\nTrains halted.\n",
    ),
    ("en", "21:15\nTalks end without a deal.\n\n20:40\nEnvoy lands in Cairo.\n"),
    ("en", "Storm hits the coast overnight\n\n07:30\nRoads flooded.\n\n07:05\nFerries cancelled.\n"),
    ("en", "Live: polls close in the capital as counting begins"),
    (
        "fr",
        "20h15\nFrappes sur Gaza.\n\n19h40\nLe ministre arrive à Beyrouth.\n\n"
        "18h05\nNuit agitée dans le sud.\n",
    ),
    ("fr", "En direct : les négociations reprennent au Caire"),
    ("de", "20.15 Uhr\nAngriffe auf Gaza.\n\n19.40 Uhr\nDer Minister trifft in Beirut ein.\n"),
    ("de", "Liveblog: Verhandlungen in Kairo gehen weiter"),
    (
        "es",
        "20:15\nAtaques sobre Gaza.\n\n19:40\nEl ministro llega a Beirut.\n\n"
        "18:05\nNoche de tensión en el sur.\n",
    ),
    ("es", "En directo: las negociaciones continúan en El Cairo"),
    (
        "it",
        "20:15\nAttacchi su Gaza.\n\n19:40\nIl ministro arriva a Beirut.\n\n"
        "18:05\nNotte di tensione al sud.\n",
    ),
    ("it", "Diretta: riprendono i negoziati al Cairo"),
    (
        "pt",
        "20:15\nAtaques em Gaza.\n\n19:40\nO ministro chega a Beirute.\n\n18:05\nNoite de tensão no sul.\n",
    ),
    ("pt", "Ao vivo: as negociações continuam no Cairo"),
    (
        "nl",
        "20:15\nAanvallen op Gaza.\n\n19:40\nDe minister komt aan in Beiroet.\n\n"
        "18:05\nOnrustige nacht in het zuiden.\n",
    ),
    (
        "sv",
        "20:15\nAnfall mot Gaza.\n\n19:40\nMinistern anländer till Beirut.\n\n18:05\nOrolig natt i söder.\n",
    ),
    (
        "pl",
        "20:15\nAtaki na Gazę.\n\n19:40\nMinister przyleciał do Bejrutu.\n\n"
        "18:05\nNiespokojna noc na południu.\n",
    ),
    ("tr", "20:15\nGazze'ye saldırı.\n\n19:40\nBakan Beyrut'a ulaştı.\n\n18:05\nGüneyde gergin bir gece.\n"),
    ("ru", "20:15\nУдары по Газе.\n\n19:40\nМинистр прибыл в Бейрут.\n"),
    ("ar", "20:15\nغارات على غزة\n\n19:40\nوصول الوزير إلى بيروت\n"),
]


@pytest.mark.parametrize(("lang", "text"), SHORT, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(SHORT)])
def test_short_pages_and_titles_get_their_language(lang: str, text: str) -> None:
    """Lines too short to tell apart vote no more: the joined page decides."""
    assert detect_language(text) == lang


def test_a_short_english_page_keeps_its_dates() -> None:
    """The six-line English page is English, and 'Thursday night' is Thursday 28 November's night."""
    page = "20:00\nStrikes hit Gaza.\n\n19:00\nRockets fired at Haifa.\n\n18:00\nBlast on Thursday night.\n"
    tl = parse(page, reference="2024-11-29T21:00", tz="Asia/Damascus")
    assert tl.lang == "en"
    assert [(e.expression, e.when.timex) for e in tl.events if e.kind.value == "mention"] == [
        ("Thursday night", "2024-11-28TNI")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a Latin-script page read in its own language, then in English: an English date is kept
        ("sv", "Explosion on Thursday night.", [("Thursday night", "2024-11-28TNI")]),
        ("nl", "Explosie op Thursday night.", [("Thursday night", "2024-11-28TNI")]),
        # its own words still win, and English adds nothing where it has no date words
        ("sv", "Explosioner igår i hamnen.", [("igår", "2024-11-28")]),
        ("fr", "Mon ami est arrivé hier soir.", [("hier soir", "2024-11-28TEV")]),
    ],
)
def test_latin_pages_read_english_dates_too(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    """A page misread as another Latin-script language loses no English date."""
    tl = parse(f"20:00\n{text}\n", reference="2024-11-29T21:00", tz="Asia/Damascus", lang=lang)
    assert [(e.expression, e.when.timex) for e in tl.events if e.kind.value == "mention"] == expected


@pytest.mark.parametrize(
    ("lang", "languages"),
    [("sv", ("sv", "en")), ("pt-BR", ("pt-BR", "en")), ("en", ("en",)), ("fa", ("fa",)), ("ru", ("ru",))],
)
def test_reading_languages(lang: str, languages: tuple[str, ...]) -> None:
    """English is the second reading language of Latin-script pages only."""
    assert reading_languages(lang) == languages


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(SHORT),
    st.lists(st.sampled_from(["", "20:15", "٠٧:٢٥", "18h32", "12.31", "—", "2024-11-29"]), max_size=6),
    st.randoms(use_true_random=False),
)
def test_lines_without_letters_change_nothing(case: tuple[str, str], extra: list[str], rnd: Random) -> None:
    """Clocks, dates and blank lines carry no evidence: inserted anywhere, the page's language stays."""
    lang, text = case
    lines = text.splitlines()
    for line in extra:
        lines.insert(rnd.randrange(len(lines) + 1), line)
    assert detect_language("\n".join(lines)) == lang
