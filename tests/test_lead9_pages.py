"""Whole pages whose last marker says its own day ("Yesterday, 22:30", «Вчера, 22:30») (lead9).

Reference: Wednesday 23 October 2024, 16:45 Moscow time. A newest-first feed of bare clocks
(16:35, 15:10) ending on "Yesterday, 22:30" is today's two posts and yesterday evening's: the
one step to the labelled marker (15:10 to 22:30) said nothing of the order, but it read as
"oldest first", so the top post was set aside as a teaser and 15:10 put on the day before.
"""

from __future__ import annotations

import pytest

from liveblog import parse

PAGES = [
    ("en", "Yesterday, 22:30", "Live: summit in Kazan", "Putin to hold a press conference"),
    ("en", "Yesterday 22:30", "Live: summit in Kazan", "Putin to hold a press conference"),
    ("ru", "Вчера, 22:30", "Онлайн-трансляция: саммит в Казани", "Путин проведет пресс-конференцию"),
]


@pytest.mark.parametrize(("lang", "label", "title", "first"), PAGES, ids=[p[1] for p in PAGES])
def test_a_last_marker_with_its_day(lang: str, label: str, title: str, first: str) -> None:
    page = (
        f"{title}\n\n16:35\n{first}\nText one goes here.\n\n15:10\nSecond headline of the feed\n"
        f"Text two goes here.\n\n{label}\nThird headline of the feed\nText three goes here.\n"
    )
    tl = parse(page, reference="2024-10-23T16:45", tz="Europe/Moscow", lang=lang)
    assert sorted(e.when.timex for e in tl.entries if e.when is not None) == [
        "2024-10-22T22:30",
        "2024-10-23T15:10",
        "2024-10-23T16:35",
    ]


def test_turkish_page_furniture() -> None:
    # lang/tr/page.toml: "Güncelleme: …" is the page's stamp (it was read as a lead entry, and the
    # title above it with it)
    page = (
        "CANLI | İsrail'in Gazze'ye saldırıları sürüyor\nGüncelleme: 29.11.2024 14:05\n\n"
        "14:02\nHamas heyeti yarın Kahire'ye gidecek\nHeyetin görüşmesi bekleniyor.\n\n"
        "12:47\nRefah'ta hava saldırısı\nSaldırı sabah saatlerinde gerçekleşti.\n\n"
        "09:15\nGece boyunca çatışmalar yaşandı\nÇatışmalar sabaha kadar sürdü.\n"
    )
    tl = parse(page, reference="2024-11-29T14:10", tz="Europe/Istanbul", lang="tr")
    assert tl.title == "CANLI | İsrail'in Gazze'ye saldırıları sürüyor"
    assert sorted(e.when.timex for e in tl.entries if e.when is not None) == [
        "2024-11-29T09:15",
        "2024-11-29T12:47",
        "2024-11-29T14:02",
    ]
