"""The tense of the clause before a date, as word tables in 15 more languages (``[tense]``).

English and Arabic had tense records (``lang/en/tense.py``, ``lang/ar/tense.py``); no other language
had any, so "se réunira mardi" (will meet on Tuesday) was last Tuesday. A ``[tense]`` table in a
language's ``news.toml`` lists its future words ("va", "wird", "se reunirá", "zal", "будет"), its
"until" words, "since" words, past auxiliaries and the words that make a date relative to the
moment of writing; ``liveblog.lang.tense.tense`` builds the same record from it, and the context
pass (``liveblog.resolve._context``) reads it without knowing the language. In a language that puts
the verb last (``verb_last``: Turkish), a future word after the date points it ahead too; not in
English, where "said Thursday it will cut jobs" keeps last Thursday.

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past: the coming Tuesday is 3
December, the last one 26 November; the coming Sunday 1 December. March 2025 is nearer than March
2024, so "in March" alone is March 2025; told in the past, it is March 2024.
"""

from __future__ import annotations

import pytest

from .found_check import spans

CASES = [
    # (lang, text, span, timex)
    ("fr", "Le Conseil de sécurité se réunira mardi.", "mardi", "2024-12-03"),
    ("fr", "Le Conseil de sécurité s'est réuni mardi.", "mardi", "2024-11-26"),
    ("fr", "Les discussions vont reprendre lundi à Genève.", "lundi", "2024-12-02"),
    ("fr", "La trêve est prolongée jusqu'à dimanche.", "dimanche", "2024-12-01"),
    ("fr", "Le gouvernement a adopté la loi en mars", "mars", "2024-03"),
    ("de", "Der Sicherheitsrat wird am Dienstag tagen.", "am Dienstag", "2024-12-03"),
    ("de", "Der Sicherheitsrat tagte am Dienstag.", "am Dienstag", "2024-11-26"),
    ("de", "Die Waffenruhe gilt bis Sonntag.", "Sonntag", "2024-12-01"),
    ("es", "El Consejo de Seguridad se reunirá el martes.", "el martes", "2024-12-03"),
    ("es", "El Consejo se reunió el martes.", "el martes", "2024-11-26"),
    ("it", "Il Consiglio si riunirà martedì.", "martedì", "2024-12-03"),
    ("pt", "O Conselho vai se reunir na terça-feira.", "na terça-feira", "2024-12-03"),
    ("nl", "De Veiligheidsraad zal dinsdag vergaderen.", "dinsdag", "2024-12-03"),
    ("sv", "Säkerhetsrådet kommer att mötas på tisdag.", "på tisdag", "2024-12-03"),
    ("ru", "Заседание состоится во вторник.", "во вторник", "2024-12-03"),
    ("uk", "Засідання відбудеться у вівторок.", "у вівторок", "2024-12-03"),
    ("pl", "Posiedzenie odbędzie się we wtorek.", "we wtorek", "2024-12-03"),
    ("tr", "Toplantı salı günü yapılacak.", "salı günü", "2024-12-03"),
    ("en", "The company said Thursday it will cut jobs.", "Thursday", "2024-11-28"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES, ids=[c[1] for c in CASES])
def test_tense_of_the_clause(lang: str, text: str, span: str, timex: str) -> None:
    assert spans(lang, text) == [(span, timex)]


def test_a_table_is_a_tense_record() -> None:
    from liveblog.lang.tense import tense

    fr, tr, en = tense("fr"), tense("tr"), tense("en")
    assert fr is not None
    assert "se réunira" in fr.will
    assert fr.verb_last is False
    assert tr is not None
    assert tr.verb_last is True
    assert en is not None
    assert en.bare_words == 2  # the module's record, not a table's
    assert tense("ja") is None  # no table: no context rules
