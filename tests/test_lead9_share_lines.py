"""A share button that names its network is page chrome in any language (lead9)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liveblog.segment._lines import LineKind, classify, iter_lines

REF = datetime(2024, 11, 5, 19, 0, tzinfo=UTC)

CHROME = [
    ("es", "Compartir en Twitter"),
    ("es", "Compartir en WhatsApp"),
    ("de", "Auf Facebook teilen"),
    ("fr", "Partager sur X"),
    ("ar", "شارك على فيسبوك"),
    ("en", "Share on Telegram"),
]
CONTENT = [
    ("es", "El Gobierno en Twitter"),  # one chrome word: a sentence about the network
    ("en", "Musk bought Twitter in 2022"),
    ("de", "Teilen Sie Ihre Meinung auf Facebook mit"),  # too long for a button
]


def _kind(lang: str, text: str) -> LineKind:
    (line,) = list(iter_lines(text))
    return classify(line, REF, lang).kind


@pytest.mark.parametrize(("lang", "text"), CHROME, ids=[c[1] for c in CHROME])
def test_share_buttons_are_chrome(lang: str, text: str) -> None:
    assert _kind(lang, text) is LineKind.CHROME


@pytest.mark.parametrize(("lang", "text"), CONTENT, ids=[c[1] for c in CONTENT])
def test_sentences_naming_a_network_are_not(lang: str, text: str) -> None:
    assert _kind(lang, text) is not LineKind.CHROME
