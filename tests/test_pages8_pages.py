"""Whole pages in more languages, built from hand-written pieces (pages8).

Each row writes the three markers of one newest-first page crossing midnight
the way a language's outlets write them; the reference is 00:25 on 3 December
2024 in the page zone, so the expected times are the same for every row and
were worked out by hand: 00:15 on the 3rd, 23:48 and 22:05 on the 2nd.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveblog import parse

ZONE = ZoneInfo("Asia/Tokyo")
REFERENCE = datetime(2024, 12, 3, 0, 25, tzinfo=ZONE)
EXPECTED = [(3, 0, 15), (2, 23, 48), (2, 22, 5)]  # day of December, hour, minute; newest first

# language: the three markers, newest first, and a title and a sentence in that language
PAGES = {
    "ja": (("0時15分", "23時48分", "22時05分"), "与党が会見", "首相は記者団の質問に答えました。"),
    "zh": (("凌晨0:15", "晚上11:48", "晚上10:05"), "海南启动应急响应", "气象部门发布了最新消息。"),
    "ko": (
        ("오전 0시 15분", "오후 11시 48분", "오후 10시 5분"),
        "본회의 개의",
        "국회의장이 본회의를 열었습니다.",
    ),
    "ko-dated": (
        ("3일 오전 0시 15분", "2일 오후 11시 48분", "2일 오후 10시 5분"),
        "본회의 개의",
        "국회의장이 본회의를 열었습니다.",
    ),
    "hi": (("रात 12:15 बजे", "रात 11:48 बजे", "रात 10:05 बजे"), "नतीजे घोषित", "चुनाव आयोग ने नतीजे घोषित किए।"),
    "pl": (
        ("godz. 0:15", "godz. 23:48", "godz. 22:05"),
        "Wyniki z Indiany",
        "Według wstępnych danych prowadzi kandydat.",
    ),
    "nl": (
        ("00.15 uur", "23.48 uur", "22.05 uur"),
        "NS rijdt minder treinen",
        "Tussen Amsterdam en Utrecht rijden minder treinen.",
    ),
    "id": (
        ("00.15 WIT", "23.48 WIT", "22.05 WIT"),
        "Air mulai surut",
        "Petugas menyebut ketinggian air turun.",
    ),
    "es": (
        ("3/12 00:15", "2/12 23:48", "2/12 22:05"),
        "Cerraron las urnas",
        "La votación terminó con alta participación.",
    ),
    "en": (
        ("00:15, 3 Dec", "23:48, 2 Dec", "22:05, 2 Dec"),
        "Plenary resumes",
        "The president reopened the plenary session.",
    ),
}


def _page(markers: tuple[str, ...], title: str, sentence: str) -> str:
    posts = "\n\n".join(f"{m}\n{title} {i}\n{sentence}" for i, m in enumerate(markers))
    return f"{posts}\n"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_newest_first_across_midnight(name: str) -> None:
    markers, title, sentence = PAGES[name]
    # "WIT" is eastern Indonesia (+09:00), the zone of this page: the clocks are the page zone's
    tl = parse(_page(markers, title, sentence), reference=REFERENCE, tz=ZONE)
    posts = [e for e in tl.entries if e.kind.value == "post"]  # the timeline lists them oldest first
    assert [e.marker for e in posts] == list(reversed(markers))
    got = [(e.when.start.day, e.when.start.hour, e.when.start.minute) for e in posts if e.when]
    assert got == list(reversed(EXPECTED))
    assert all(e.title and e.title.startswith(title) for e in posts)


def test_a_menu_copied_one_item_a_line_is_page_header() -> None:
    """A site menu above the headline ("News", "Opinion" …) is set aside; the headline is the title."""
    page = (
        "Skip to main content\n\nNews\n\nOpinion\n\nSport\n\nCulture\n\n"
        "Storms batter the coast as thousands lose power\n\n"
        "Winds of up to 90mph have hit the west coast overnight.\n\n"
        "23:48\nPower cut to 20,000 homes\nThe network operator said crews were on their way.\n"
    )
    tl = parse(page, reference=REFERENCE, tz=ZONE)
    assert tl.title == "Storms batter the coast as thousands lose power"
    lead = [e for e in tl.entries if e.kind.value == "lead"]
    assert lead
    assert lead[0].text.startswith("Winds of up to 90mph")
    header = {ig.text for ig in tl.ignored if "header" in ig.reason}
    assert {"News", "Opinion", "Sport", "Culture"} <= header | {ig.text for ig in tl.ignored}


def test_a_short_lead_list_is_no_menu() -> None:
    """Two short lines are not a menu: a page's first lines stay its own when fewer than three."""
    page = (
        "Live\n\nFloods latest\n\nRivers have burst their banks in three counties.\n\n"
        "23:48\nRoads closed\nPolice closed the A59 near the bridge.\n"
    )
    tl = parse(page, reference=REFERENCE, tz=ZONE)
    assert tl.title == "Floods latest"


def test_a_breadcrumb_after_a_known_navigation_word() -> None:
    """«Главная» is navigation; the one section word under it («Общество») is the rest of the breadcrumb."""
    page = (
        "Главная\nОбщество\nСнегопад в Москве: онлайн\n\nСлужбы работают в усиленном режиме.\n\n"
        "Вчера, 23:48\nПробка на МКАД\nДвижение затруднено на внешней стороне кольца.\n"
    )
    tl = parse(page, reference=REFERENCE, tz=ZONE)
    assert tl.title == "Снегопад в Москве: онлайн"
    assert any(ig.text == "Общество" for ig in tl.ignored)


# Day words and month-day dates before the clock, on pages whose language knows the words
# (head, markers newest first, a title and a sentence): the same three moments as above.
DAY_WORD_PAGES = {
    "fr": (
        "Direct : les négociations reprennent au Caire\n\n"
        "Les délégations sont arrivées pour une nouvelle session.",
        ("Aujourd'hui à 00h15", "Hier à 23h48", "Hier à 22h05"),
        "Les médiateurs prolongent la session",
        "La réunion se poursuit dans la nuit selon une source diplomatique.",
    ),
    "de": (
        "Liveblog: Tarifstreit bei der Bahn\n\n"
        "Die Gewerkschaft hat ihre Mitglieder zu einem Ausstand aufgerufen.",
        ("Heute, 00:15 Uhr", "Gestern, 23:48 Uhr", "Gestern, 22:05 Uhr"),
        "Bahn kündigt Notfahrplan an",
        "Ein Sprecher sagte, etwa jeder fünfte Fernzug solle fahren.",
    ),
    "it": (
        "Sciopero dei trasporti, la diretta\n\n"
        "Treni e autobus a rischio in tutta Italia per lo sciopero generale.",
        ("Oggi, 00:15", "Ieri, 23:48", "Ieri, 22:05"),
        "Primi disagi nelle stazioni",
        "I pendolari segnalano ritardi su tutte le linee regionali.",
    ),
    "zh": (
        "直播：台风逼近海南\n\n超强台风预计于明天下午在海南沿海登陆，本直播将持续更新最新情况。",
        ("今天 00:15", "昨天 23:48", "昨天 22:05"),
        "航班大面积取消",
        "海口美兰国际机场表示，全天进出港航班全部取消。",
    ),
    "ja": (
        "衆院選 開票速報ライブ\n\n第50回衆議院選挙は投票が行われ、即日開票が進んでいます。",
        ("12月3日 0時15分", "12月2日 23時48分", "12月2日 22時05分"),
        "与党の過半数割れが確実に",
        "開票の結果、与党の獲得議席が過半数に届かないことが確実になりました。",
    ),
    "ko": (
        "[라이브] 예산안 본회의 처리 실시간 중계\n\n여야가 내년도 예산안을 두고 막판 협상을 벌이고 있습니다.",
        ("12월 3일 오전 0시 15분", "12월 2일 오후 11시 48분", "12월 2일 오후 10시 5분"),
        "수정안 표결 시작",
        "여야 원내대표 합의에 따라 수정안 표결이 시작됐습니다.",
    ),
}


@pytest.mark.parametrize("name", sorted(DAY_WORD_PAGES))
def test_day_words_and_dates_before_the_clock(name: str) -> None:
    head, markers, title, sentence = DAY_WORD_PAGES[name]
    tl = parse(f"{head}\n\n{_page(markers, title, sentence)}", reference=REFERENCE, tz=ZONE)
    posts = [e for e in tl.entries if e.kind.value == "post"]
    assert [e.marker for e in posts] == list(reversed(markers))
    got = [(e.when.start.day, e.when.start.hour, e.when.start.minute) for e in posts if e.when]
    assert got == list(reversed(EXPECTED))
