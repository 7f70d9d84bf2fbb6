"""Georgian and Hungarian: endings glued after a dash, a year said first with its noun, parts of
the day before an hour, ranges whose ends carry "from" and "until" (cjk8, wave 7).

Every expected value is worked out by hand from the reference: Friday 2024-11-29 21:00 UTC
(leaning to the past, as news does). So "ხვალ 5-ზე" (tomorrow at 5) is Saturday 30 November
05:00; "შაბათს 9-ზე" (on Saturday at 9) the Saturday before, 23 November, 09:00; "დღის 3 საათზე"
(3 o'clock of the day) 15:00; "ღამის 11-ზე" (11 of the night) 23:00; "délután 3-kor" (in the
afternoon at 3) 15:00 that Friday; "három napja" (three days ago) Tuesday 26 November, "két órája"
(two hours ago) the hour from 19:00. A month without a year is the nearest one: March 2025 (three
months ahead) against March 2024 (eight back). "შარშან" is last year, 2023.
"""

from __future__ import annotations

import pytest

from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

RESOLVED = [
    # -- Georgian: a year and its noun first ("of the year 2015"), then the day and month --
    ("ka", "2015 წლის 14 აპრილს", "2015-04-14"),
    ("ka", "2015 წლის აპრილში", "2015-04"),
    ("ka", "2015 წლის 14 აპრილს 10 საათზე", "2015-04-14T10:00"),
    ("ka", "2014 წელს", "2014"),  # in 2014
    ("ka", "2014-ში", "2014"),  # in 2014, the ending after a dash
    ("ka", "შემდეგ წელს", "2025"),  # next year: the noun is still a period
    ("ka", "შარშან", "2023"),
    # -- Georgian: "at" glued after a dash, beside a day; the part of the day before the hour --
    ("ka", "ხვალ 5-ზე", "2024-11-30T05:00"),
    ("ka", "შაბათს 9-ზე", "2024-11-23T09:00"),
    ("ka", "ხვალ დღის 3 საათზე", "2024-11-30T15:00"),
    ("ka", "ხვალ დღის 5-ზე", "2024-11-30T17:00"),
    ("ka", "დღეს ღამის 11-ზე", "2024-11-29T23:00"),
    ("ka", "დილის 8-ზე", "2024-11-29T08:00"),
    ("ka", "ხვალ საღამოს 8 საათზე", "2024-11-30T20:00"),
    ("ka", "გუშინ საღამოს", "2024-11-28TEV"),  # the genitive part stays a part beside its day
    # -- Georgian ranges: "from" and "until" glued to the ends --
    ("ka", "10:00-დან 12:00-მდე", "2024-11-29T10:00/2024-11-29T12:00"),
    ("ka", "5 მარტიდან 7 მარტამდე", "2025-03-05/2025-03-07"),
    # -- Hungarian: an hour with "-kor" or "órakor" after a part of the day or am/pm word --
    ("hu", "délután 3-kor", "2024-11-29T15:00"),
    ("hu", "du. 3-kor", "2024-11-29T15:00"),
    ("hu", "8 órakor", "2024-11-29T08:00"),
    ("hu", "este 8 órakor", "2024-11-29T20:00"),
    ("hu", "kedden délután 3-kor", "2024-11-26T15:00"),
    # -- Hungarian ranges: "-tól/-től" on the first end, "-ig" on the last --
    ("hu", "március 5-től 7-ig", "2025-03-05/2025-03-07"),
    ("hu", "10:00-tól 12:00-ig", "2024-11-29T10:00/2024-11-29T12:00"),
    ("hu", "márciustól áprilisig", "2025-03/2025-04"),
    ("hu", "hétfőtől péntekig", "2024-11-25/2024-11-29"),
    ("hu", "9-től 11 óráig", "2024-11-29T09:00/2024-11-29T11:00"),
    ("hu", "9 órától 11 óráig", "2024-11-29T09:00/2024-11-29T11:00"),
    # -- Hungarian: the year and its full stop first, the day's case ending after a dash --
    ("hu", "2024. március 5-én", "2024-03-05"),
    ("hu", "2023. december", "2023-12"),
    ("hu", "március 5-én 10 órakor", "2025-03-05T10:00"),
    ("hu", "2024. március 5-én délután 3-kor", "2024-03-05T15:00"),
    ("hu", "november 28-án este", "2024-11-28TEV"),
    ("hu", "2024-ben", "2024"),
    # -- Hungarian: "ago" glued to its unit, last/this/next year, the next day --
    ("hu", "három napja", "2024-11-26"),
    ("hu", "két órája", "2024-11-29T19:00:00"),
    ("hu", "egy éve", "2023"),
    ("hu", "tavaly", "2023"),
    ("hu", "idén", "2024"),
    ("hu", "jövőre", "2025"),
    ("hu", "tavaly márciusban", "2023-03"),
    ("hu", "másnap", "2024-11-30"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RESOLVED)
def test_resolved(lang: str, text: str, timex: str) -> None:
    """Each expression names the day, clock, period or range worked out by hand."""
    w = resolve(text, REF, tz="UTC", languages=[lang])
    assert w is not None, text
    assert w.timex == timex


# Not dates for our tables: "-ზე" is also "than" ("more than 5 people"), a year's noun before a
# word no table knows is a length ("a 2000-year history"), an hour's noun is also an amount.
NOT_DATES = [
    ("ka", "5-ზე მეტი ადამიანი დაშავდა"),  # more than 5 people were hurt
    ("ka", "9-ზე"),  # a bare number with "at": no day, no part, no hour noun
    ("ka", "2000 წლის ისტორია"),  # a 2000-year history
    ("hu", "3 órán át tárgyaltak"),  # they talked for 3 hours
    ("hu", "3 óráig tartott"),  # it lasted 3 hours: "until" N o'clock only after a cue
    ("hu", "a választás napja"),  # the day of the election: "napja" says ago only after a number
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_not_dates(lang: str, text: str) -> None:
    """Our tables read no date in these (the fallback reader is not asked: find_times' own part)."""
    found = find_times(text, REF, tz="UTC", languages=[lang])
    assert [f.text for f in found if f.rule != "dateparser"] == []


def test_day_word_keeps_the_amount_after_it() -> None:
    """ "ხვალ 5-ზე მეტი" (tomorrow, more than 5): the day alone, no clock (the word after the number
    is no table's, so the number counts something)."""
    found = find_times("ხვალ 5-ზე მეტი ადამიანი", REF, tz="UTC", languages=["ka"])
    assert [(f.text, f.when.timex) for f in found] == [("ხვალ", "2024-11-30")]
