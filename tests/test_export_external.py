"""ICS export checked by real programs: calcurse imports it, libical's icalfilter finds no fault.

These need Debian's `calcurse` and `ical2html` (which brings `icalfilter` and libical3). Without
them the tests skip with the reason, except when the environment variable CI is set: there a
missing program is a failure, so CI can never pass by skipping.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import attrs
import pytest

from liveblog import parse
from liveblog.assemble.merge import merge_all
from liveblog.export import export_timeline, write_atomic
from liveblog.model import Grain, Timeline

from .export_readers import HOSTILE_TITLES, SEED_INSTANTS, single_post_timeline
from .work import HANG_GUARD

pytestmark = pytest.mark.external

PACKAGES = {"calcurse": "calcurse", "icalfilter": "ical2html"}
TIMED = (Grain.SECOND, Grain.MINUTE, Grain.HOUR, Grain.PART_OF_DAY)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _program(name: str) -> str:
    path = shutil.which(name)
    if path:
        return path
    why = f"{name!r} is not installed (Debian package {PACKAGES[name]!r})"
    if _in_ci():
        pytest.fail(f"{why}, and CI is set: .ci/run must install it")
    pytest.skip(f"{why}; install it to run this test (under CI=true this fails instead)")


def _hostile_timeline() -> Timeline:
    """One post per hostile title, a minute apart from 20:15 Damascus (17:15 UTC)."""
    base = single_post_timeline("x")
    entries, events = [], []
    for i, (title, _) in enumerate(HOSTILE_TITLES):
        one = single_post_timeline(title)
        shift = timedelta(minutes=i)
        when = attrs.evolve(
            one.events[0].when, start=one.events[0].when.start + shift, end=one.events[0].when.end + shift
        )
        entries.append(attrs.evolve(one.entries[0], id=f"p{i}", when=when))
        events.append(attrs.evolve(one.events[0], id=f"p{i}", entry_id=f"p{i}", when=when))
    return attrs.evolve(base, entries=entries, events=events)


def _calcurse(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "TZ": "UTC", "LANG": "C.UTF-8"}
    return subprocess.run(
        [_program("calcurse"), "-D", str(home / "cal"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=HANG_GUARD,
        check=False,
    )


def _calcurse_listing(timeline: Timeline, tmp_path: Path) -> tuple[str, str]:
    """Import the timeline's calendar into a fresh calcurse; return (import report, listing)."""
    ics = tmp_path / "timeline.ics"
    write_atomic(ics, export_timeline(timeline, "ics"))
    (tmp_path / "cal").mkdir()
    imported = _calcurse(["-i", str(ics)], tmp_path)
    assert imported.returncode == 0, imported.stderr
    first = min(e.when.start for e in timeline.events).astimezone(UTC).date()
    last = max(e.when.end for e in timeline.events).astimezone(UTC).date()
    listed = _calcurse(
        [
            "--input-datefmt",
            "4",
            "--output-datefmt",
            "%Y-%m-%d",
            "-Q",
            "--from",
            first.isoformat(),
            "--to",
            last.isoformat(),
            "--format-apt",
            "APT|%(start:%Y-%m-%dT%H:%M)|%(end:%Y-%m-%dT%H:%M)|%m\\n",
            "--format-event",
            "DAY|%m\\n",
            # calcurse stores an all-day event of several days as a daily recurrence.
            "--format-recur-event",
            "DAY|%m\\n",
            "--format-recur-apt",
            "APT|%(start:%Y-%m-%dT%H:%M)|%(end:%Y-%m-%dT%H:%M)|%m\\n",
        ],
        tmp_path,
    )
    assert listed.returncode == 0, listed.stderr
    return imported.stdout + imported.stderr, listed.stdout


def _days(listing: str) -> dict[str, list[str]]:
    days: dict[str, list[str]] = {}
    current = ""
    for line in listing.splitlines():
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}:", line):
            current = line[:-1]
        elif line:
            days.setdefault(current, []).append(line)
    return days


def test_calcurse_imports_every_seed_event(seed_like_timeline: Timeline, tmp_path: Path) -> None:
    """calcurse imports the seed's calendar (exit 0, none skipped) and lists every event at its time."""
    report, listing = _calcurse_listing(seed_like_timeline, tmp_path)
    counts = re.search(r"(\d+) apps / (\d+) events / \d+ todos / (\d+) skipped", report)
    assert counts, report
    # 8 timed events (4 posts, 3 parts of day, one hour) and 5 all-day (4 days, one month).
    assert (int(counts[1]), int(counts[2]), int(counts[3])) == (8, 5, 0)
    days = _days(listing)
    apts = [line for lines in days.values() for line in lines if line.startswith("APT|")]
    listed = {tuple(line.split("|")[1:3]) for line in apts}
    spans = [(s, e) for s, e in SEED_INSTANTS.values() if isinstance(s, datetime)]
    timed = {(f"{s:%Y-%m-%dT%H:%M}", f"{e:%Y-%m-%dT%H:%M}") for s, e in spans}
    assert len(timed) == 8
    assert listed == timed  # every timed event, at its UTC start and end
    assert "APT|2024-11-29T17:15|2024-11-29T17:16|20:15 (no text captured)" in days["2024-11-29"]
    assert (
        "APT|2024-11-29T16:26|2024-11-29T16:27|سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام "
        "بمواجهة فصائل المعارضة السورية؟"
    ) in days["2024-11-29"]
    assert "APT|2024-11-28T15:00|2024-11-28T21:00|" in "\n".join(days["2024-11-28"])  # مساء الخميس
    assert sum(line.startswith("DAY|") for line in days["2024-11-29"]) == 3  # lead, Aleppo, Peskov
    assert sum(line.startswith("DAY|") for line in days["2024-11-28"]) == 1  # والخميس


def test_calcurse_month_event_covers_the_month(seed_like_timeline: Timeline, tmp_path: Path) -> None:
    """The March 2020 ceasefire is an all-day event on 1 and 31 March and not on 1 April."""
    _, listing = _calcurse_listing(seed_like_timeline, tmp_path)
    days = _days(listing)
    assert any(line.startswith("DAY|وبحسب") for line in days["2020-03-01"])
    assert any(line.startswith("DAY|وبحسب") for line in days["2020-03-31"])
    assert "2020-04-01" not in days


def test_calcurse_keeps_hostile_titles_intact(tmp_path: Path) -> None:
    """calcurse (strict on TEXT) imports every hostile title as one whole summary, skipping none."""
    timeline = _hostile_timeline()
    report, listing = _calcurse_listing(timeline, tmp_path)
    assert f"{len(HOSTILE_TITLES)} apps / 0 events / 0 todos / 0 skipped" in report
    lines = _days(listing)["2024-11-29"]
    start = datetime(2024, 11, 29, 17, 15, tzinfo=UTC)
    for i, (_, summary) in enumerate(HOSTILE_TITLES):
        at, end = start + timedelta(minutes=i), start + timedelta(minutes=i + 1)
        assert f"APT|{at:%Y-%m-%dT%H:%M}|{end:%Y-%m-%dT%H:%M}|{summary}" in lines


def _icalfilter(timeline: Timeline, tmp_path: Path) -> str:
    """The calendar of ``timeline`` as libical's icalfilter writes it back (it must exit 0)."""
    source, target = tmp_path / "in.ics", tmp_path / "out.ics"
    write_atomic(source, export_timeline(timeline, "ics"))
    done = subprocess.run(
        [_program("icalfilter"), str(source), str(target)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return target.read_text(encoding="utf-8")


@pytest.mark.parametrize("which", ["seed", "hostile"])
def test_icalfilter_finds_no_fault(seed_like_timeline: Timeline, tmp_path: Path, which: str) -> None:
    """libical (icalfilter) reads the calendar back with no X-LIC-ERROR and every VEVENT kept."""
    timeline = seed_like_timeline if which == "seed" else _hostile_timeline()
    out = _icalfilter(timeline, tmp_path)
    assert "X-LIC-ERROR" not in out
    assert out.splitlines().count("BEGIN:VEVENT") == len(timeline.events)


def test_skip_rule_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing program skips locally but fails when CI is set."""
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        _program("calcurse")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"\.ci/run must install"):
        _program("calcurse")


def test_calcurse_imports_the_parsed_seed(seed_timeline: Timeline, tmp_path: Path) -> None:
    """The real pipeline's seed calendar: 8 timed and 6 all-day events imported, none skipped."""
    report, listing = _calcurse_listing(seed_timeline, tmp_path)
    assert "8 apps / 6 events / 0 todos / 0 skipped" in report
    apts = {
        tuple(line.split("|")[1:3])
        for lines in _days(listing).values()
        for line in lines
        if line.startswith("APT|")
    }
    spans = [(s, e) for s, e in SEED_INSTANTS.values() if isinstance(s, datetime)]
    assert apts == {(f"{s:%Y-%m-%dT%H:%M}", f"{e:%Y-%m-%dT%H:%M}") for s, e in spans}


def test_icalfilter_parsed_seed(seed_timeline: Timeline, tmp_path: Path) -> None:
    """libical reads the real pipeline's seed calendar with no X-LIC-ERROR and all 14 VEVENTs."""
    out = _icalfilter(seed_timeline, tmp_path)
    assert "X-LIC-ERROR" not in out
    assert out.splitlines().count("BEGIN:VEVENT") == 14


# ------------------------------------------------------------------ merged copies and the empty calendar


def _followed_page() -> Timeline:
    """A page read twice: the 15:10 post edited, the 16:02 post (and its «مساء الخميس» mention) gone."""
    fire = (
        "15:10\nاندلع حريق في أحراج قرية بلوطة بريف اللاذقية الشمالي بعد ظهر اليوم، "
        "وتعمل فرق الإطفاء على محاصرته"
    )
    evacuation = (
        "16:02\nأفاد الدفاع المدني بإجلاء 40 عائلة من قرية بلوطة، بعد حريق اندلع مساء الخميس في القرية"
    )
    first = parse(f"{evacuation}\n{fire}", reference="2024-11-29T16:30", tz="Asia/Damascus")
    second = parse(f"{fire}. ووصلت تعزيزات من طرطوس", reference="2024-11-29T17:00", tz="Asia/Damascus")
    return merge_all([first, second])


def _import_report(timeline: Timeline, tmp_path: Path) -> str:
    """calcurse's import report for the timeline's calendar (the import must exit 0)."""
    ics = tmp_path / "timeline.ics"
    write_atomic(ics, export_timeline(timeline, "ics"))
    (tmp_path / "cal").mkdir()
    imported = _calcurse(["-i", str(ics)], tmp_path)
    assert imported.returncode == 0, imported.stderr
    return imported.stdout + imported.stderr


def test_icalfilter_keeps_status_and_sequence(tmp_path: Path) -> None:
    """libical reads CANCELLED and SEQUENCE with no fault: two events cancelled, the edited post at 1."""
    out = _icalfilter(_followed_page(), tmp_path)
    assert "X-LIC-ERROR" not in out
    lines = out.splitlines()
    assert lines.count("BEGIN:VEVENT") == 4  # 15:10, «بعد ظهر اليوم», 16:02, «مساء الخميس»
    assert lines.count("STATUS:CANCELLED") == 2  # 16:02 and the mention only it said
    # Every event changed once: 15:10 and its mention were edited, 16:02 and its mention vanished.
    assert sorted(line for line in lines if line.startswith("SEQUENCE:")) == ["SEQUENCE:1"] * 4


def test_calcurse_imports_cancelled_events_too(tmp_path: Path) -> None:
    """calcurse has no STATUS: it imports all four events (the removal is in the note), skipping none."""
    report = _import_report(_followed_page(), tmp_path)
    # 15:10, 16:02 and the evening of Thursday are timed; «بعد ظهر اليوم» is a part of day too.
    assert "4 apps / 0 events / 0 todos / 0 skipped" in report
    notes = [n.read_text(encoding="utf-8") for n in (tmp_path / "cal" / "notes").iterdir()]
    removed = sorted(n.split("\n", 1)[0] for n in notes if n.startswith("Removed from the page"))
    assert removed == [
        "Removed from the page: no post that said this is in its latest copy",
        "Removed from the page: this post is not in its latest copy"
        " (last seen in - @ 2024-11-29T16:30:00+03:00)",
    ]


def test_empty_calendar_passes_icalfilter(seed_like_timeline: Timeline, tmp_path: Path) -> None:
    """libical reads the empty calendar's one component, the UTC zone, with no fault and no VEVENT."""
    out = _icalfilter(attrs.evolve(seed_like_timeline, events=()), tmp_path)
    assert "X-LIC-ERROR" not in out
    lines = out.splitlines()
    assert "BEGIN:VEVENT" not in lines
    assert lines[lines.index("BEGIN:VTIMEZONE") + 1] == "TZID:UTC"


def test_calcurse_imports_the_empty_calendar(seed_like_timeline: Timeline, tmp_path: Path) -> None:
    """calcurse imports the empty calendar cleanly: nothing imported, nothing skipped."""
    report = _import_report(attrs.evolve(seed_like_timeline, events=()), tmp_path)
    assert "0 apps / 0 events / 0 todos / 0 skipped" in report
