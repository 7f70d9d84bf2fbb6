"""A newest-first feed read just after midnight is yesterday's: its newest post is later than "now"
and still a post, not furniture (a teaser later than now stays furniture when the post under it
is today's)."""

from __future__ import annotations

import pytest

from liveblog import parse

# (page, reference, the feed's times): worked out by hand. Read at 00:05 on 30 November, every clock
# of the feed is later than now, so all are 29 November's, newest first.
YESTERDAY = [
    (
        "Storm live\n\n23:10\nThe river bursts its banks.\n\n11:10\nThe bridge is closed.\n\n"
        "11:05\nThe council meets.\n\n11:00\nRain all morning.\n",
        "2024-11-30T00:05+03:00",
        ["2024-11-29T11:00", "2024-11-29T11:05", "2024-11-29T11:10", "2024-11-29T23:10"],
    ),
    (
        "عاصفة مباشر\n\n23:10\nالنهر يفيض.\n\n11:10\nإغلاق الجسر.\n\n"
        "11:05\nاجتماع المجلس.\n\n11:00\nمطر طوال الصباح.\n",
        "2024-11-30T00:00+03:00",
        ["2024-11-29T11:00", "2024-11-29T11:05", "2024-11-29T11:10", "2024-11-29T23:10"],
    ),
]


@pytest.mark.parametrize(("page", "reference", "expected"), YESTERDAY)
def test_yesterdays_newest_post_stays(page: str, reference: str, expected: list[str]) -> None:
    tl = parse(page, reference=reference, tz="Asia/Damascus")
    assert [e.when.start.isoformat()[:16] for e in tl.entries if e.when and e.marker] == expected
    assert not [ig for ig in tl.ignored if "order" in ig.reason]
