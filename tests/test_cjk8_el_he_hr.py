"""Greek, Hebrew and Croatian news shapes (cjk8, wave 7): ranges whose words carry an article or a
glued letter ("από τις 5 έως τις 7 Μαρτίου", "בין 5 ל-7 במרץ", "מ-5 עד 7"), a year after its cue
("το 2014", "ב-2014", "בשנת 2014", "2024. godine"), the part of a period before it ("στα τέλη
Μαρτίου", "בתחילת החודש", "krajem 2024."), days said from the date before them ("την επόμενη
μέρα", "למחרת", "sutradan"), Hebrew numbers in words and the day after tomorrow.

Every expected value is worked out by hand from the reference: Friday 2024-11-29 21:00 UTC,
leaning to the past. March without a year is the nearest one, 2025 (three months ahead against
eight back). The start of a month is its first ten days, its end the last ten (21-31 March), its
middle the ten between; the start of a year its first quarter, its end its last four months
(docs/resolution.md). "לפני שלושה ימים" (three days ago) is Tuesday 26 November.
"""

from __future__ import annotations

import pytest

from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

RESOLVED = [
    # -- Greek --
    ("el", "από τις 5 έως τις 7 Μαρτίου", "2025-03-05/2025-03-07"),
    ("el", "από τις 10:00 έως τις 12:00", "2024-11-29T10:00/2024-11-29T12:00"),
    ("el", "το 2014", "2014"),
    ("el", "από το 2014", "2014"),
    ("el", "στα τέλη Μαρτίου", "2025-03-21/2025-03-31"),
    ("el", "στις αρχές του 2024", "2024-01/2024-03"),
    ("el", "την επόμενη μέρα", "2024-11-30"),
    # the part of the day "of" a weekday in the genitive: the weekday before the reference
    ("el", "το απόγευμα της Δευτέρας", "2024-11-25TAF"),
    ("el", "τα ξημερώματα της Τρίτης", "2024-11-26TMO"),  # dawn is the morning's part
    ("el", "το πρωί του Σαββάτου", "2024-11-23TMO"),
    # -- Hebrew --
    ("he", "בין 5 ל-7 במרץ", "2025-03-05/2025-03-07"),
    ("he", "מ-5 עד 7 במרץ", "2025-03-05/2025-03-07"),
    ("he", "ב-2014", "2014"),
    ("he", "בשנת 2014", "2014"),
    ("he", "לפני שלושה ימים", "2024-11-26"),
    ("he", "מחרתיים", "2024-12-01"),
    ("he", "שלשום", "2024-11-27"),
    ("he", "למחרת", "2024-11-30"),
    ("he", "מחר בשעה 10", "2024-11-30T10:00"),
    ("he", "בתחילת החודש", "2024-11-01/2024-11-10"),
    ("he", "באמצע מרץ", "2025-03-11/2025-03-20"),
    ("he", "בין השעות 10 ל-12", "2024-11-29T10:00/2024-11-29T12:00"),
    # -- Croatian --
    ("hr", "sutradan", "2024-11-30"),
    ("hr", "dan ranije", "2024-11-28"),
    ("hr", "krajem 2024.", "2024-09/2024-12"),
    ("hr", "početkom ožujka", "2025-03-01/2025-03-10"),
    ("hr", "2024. godine", "2024"),
    ("hr", "5. 3. 2024.", "2024-03-05"),  # day and month with their full stops, spaced
    ("hr", "15. 11. 2024.", "2024-11-15"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RESOLVED)
def test_resolved(lang: str, text: str, timex: str) -> None:
    """Each expression names the day, year, part or range worked out by hand."""
    w = resolve(text, REF, tz="UTC", languages=[lang])
    assert w is not None, text
    assert w.timex == timex


ANCHORED = [
    ("el", "Ο σεισμός έγινε στις 5 Μαρτίου 2024 και την επόμενη μέρα έκλεισαν τα σχολεία.", "2024-03-06"),
    ("he", "הרעידה הייתה ב-5 במרץ 2024, ולמחרת נסגרו בתי הספר.", "2024-03-06"),
    ("hr", "Potres je bio 5. ožujka 2024., a sutradan su zatvorene škole.", "2024-03-06"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), ANCHORED)
def test_next_day_after_a_date(lang: str, text: str, timex: str) -> None:
    """The next day counts from the date said before it."""
    found = find_times(text, REF, tz="UTC", languages=[lang])
    assert found[-1].when.timex == timex


# Not years: a plural article before a count ("τα 2000 άτομα", the 2000 people), a sum after "ב-"
# ("ב-2000 שקל", for 2000 shekels) where the phrase goes on.
NOT_DATES = [
    ("el", "τα 2000 άτομα"),
    ("he", "ב-2000 שקל"),
    ("el", "της τρίτης ηλικίας"),  # of the third age: the genitive ordinal, no part of a day before it
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_not_dates(lang: str, text: str) -> None:
    """No date in these from our tables."""
    found = find_times(text, REF, tz="UTC", languages=[lang])
    assert [f.text for f in found if f.rule != "dateparser"] == []
