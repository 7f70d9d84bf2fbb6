"""Following a live page: a local server serves evolving snapshots, a 304, a 500 and a timeout."""

from __future__ import annotations

import json
import os
import select
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from liveblog.cli import main
from liveblog.errors import ConfigError
from liveblog.export.ics import event_uid
from liveblog.follow import Follower, Poll, render_poll, render_summary

from .httpserver import serve

SNAPSHOTS = Path(__file__).parent / "fixtures" / "snapshots"
PAGES = [(SNAPSHOTS / f"arabic_live_{i}.html").read_bytes() for i in (1, 2, 3)]
HTML = "text/html; charset=utf-8"


class Script:
    """A route that answers a fixed sequence of responses, one per request, and records the requests."""

    def __init__(self, steps: list[tuple[str, bytes | None]]) -> None:
        self.steps = steps
        self.seen: list[dict[str, str]] = []

    def __call__(self, req: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        self.seen.append(dict(req.headers.items()))
        kind, body = self.steps[min(len(self.seen), len(self.steps)) - 1]
        if kind == "304":
            return 304, {"ETag": '"v1"'}, b""
        if kind == "500":
            return 500, {"Content-Type": "text/plain"}, b"server error"
        if kind == "slow":
            _hold_until_dropped(req)  # past the follower's deadline, however long a loaded machine takes
            return 200, {"Content-Type": HTML}, b""
        assert body is not None
        return 200, {"Content-Type": HTML, "ETag": f'"{kind}"'}, body


# The followers' deadline: generous, so that an ordinary answer on a loaded machine is never late
# (a flake seen under load 10 with 1.5 s); the "slow" answer waits until the follower gives up.
TIMEOUT = 3.0


def _hold_until_dropped(req: BaseHTTPRequestHandler, most: float = 4 * TIMEOUT) -> None:
    """Answer nothing until the client closes the connection (its timeout), at most ``most`` s."""
    conn = req.connection
    stop = time.monotonic() + most
    while time.monotonic() < stop:
        readable, _, _ = select.select([conn], [], [], 0.05)
        if readable:
            try:
                if conn.recv(1, socket.MSG_PEEK) == b"":
                    return  # the client hung up
            except OSError:
                return


STEPS: list[tuple[str, bytes | None]] = [
    ("v1", PAGES[0]),
    ("304", None),
    ("500", None),
    ("slow", None),
    ("v2", PAGES[1]),
    ("v3", PAGES[2]),
]


class Clock:
    """A pinned clock that moves a minute per reading."""

    def __init__(self) -> None:
        self.now = datetime(2024, 11, 29, 16, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def site() -> Iterator[tuple[str, Script]]:
    """A local server whose /live page evolves through STEPS."""
    script = Script(STEPS)
    with serve({"/live": script}) as base:
        yield f"{base}/live", script


def _follower(url: str, **kw: object) -> Follower:
    return Follower(
        url, every=0.01, max_backoff=1.0, timeout=TIMEOUT, tz="Asia/Damascus", clock=Clock(), **kw
    )  # type: ignore[arg-type]


def test_follow_through_every_server_behaviour(site: tuple[str, Script]) -> None:
    """New, unchanged (304), error (500), error (timeout), edited + new, removed + new: never a crash."""
    url, script = site
    f = _follower(url)
    delays: list[float] = []
    polls: list[Poll] = []
    summary = f.run(polls=6, on_poll=polls.append, sleep=delays.append)
    assert [p.status for p in polls] == ["new", "unchanged", "error", "error", "new", "new"]
    # snapshot 1: the lead and five posts; snapshot 2: 18:20 and 18:47 new, 16:40 edited;
    # snapshot 3: 19:15 and 19:50 new, 16:02 gone.
    assert [len(p.added) for p in polls] == [6, 0, 0, 0, 2, 2]
    assert [[e.marker for e in p.edited] for p in polls] == [[], [], [], [], ["16:40"], []]
    assert [[e.marker for e in p.removed] for p in polls] == [[], [], [], [], [], ["16:02"]]
    assert "HTTP 500" in (polls[2].error or "")
    assert "timed out" in (polls[3].error or "")
    # backoff doubles after each failure and drops back after a success; no sleep after the last poll
    assert delays == [0.01, 0.01, 0.02, 0.04, 0.01]
    assert script.seen[1].get("If-None-Match") == '"v1"'
    assert summary.snapshots == 3
    assert summary.errors == 2
    assert summary.entries == 10
    assert (summary.added, summary.edited, summary.removed) == (10, 1, 1)
    assert f.timeline is not None
    assert [e.removed for e in f.timeline.entries].count(True) == 1


def test_follow_keeps_an_export_up_to_date(site: tuple[str, Script], tmp_path: Path) -> None:
    """The export file always holds the merged timeline, with the removed entry kept and marked."""
    url, _script = site
    out = tmp_path / "live.json"
    f = _follower(url, export=str(out))
    f.run(polls=6, sleep=lambda _s: None)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["entries"]) == 10
    assert [e["marker"] for e in data["entries"] if e["removed"]] == ["16:02"]
    assert not list(tmp_path.glob("*.tmp*"))


def test_stable_uids_across_ics_rewrites(site: tuple[str, Script], tmp_path: Path) -> None:
    """An entry's calendar UID is the same before and after its edit, so a re-import updates it."""
    url, _script = site
    out = tmp_path / "live.ics"
    f = _follower(url, export=str(out))
    f.poll()
    assert f.timeline is not None
    # the posts' own events: a mention the edit took out of its post goes with that wording
    posts = {
        f"UID:{event_uid(f.timeline.source, ev.id)}" for ev in f.timeline.events if ev.kind.value == "entry"
    }
    first = {ln for ln in out.read_text(encoding="utf-8").splitlines() if ln.startswith("UID:")}
    f.run(polls=6, sleep=lambda _s: None)
    later = {ln for ln in out.read_text(encoding="utf-8").splitlines() if ln.startswith("UID:")}
    assert posts
    assert posts <= first
    assert posts <= later


def test_ctrl_c_ends_with_a_summary(site: tuple[str, Script]) -> None:
    """Ctrl-C while waiting ends the run cleanly with what was done so far."""
    url, _script = site

    def interrupt(_seconds: float) -> None:
        raise KeyboardInterrupt

    summary = _follower(url).run(sleep=interrupt)
    assert summary.interrupted
    assert (summary.polls, summary.snapshots) == (1, 1)
    assert render_summary(summary).startswith("interrupted: 1 poll, 1 new snapshot, 0 errors")


def test_follow_a_file_by_mtime(tmp_path: Path) -> None:
    """A file is re-read only when its modification time changes; a vanished file is an error, not a crash."""
    page = tmp_path / "live.html"
    page.write_bytes(PAGES[0])
    f = Follower(str(page), every=5, tz="Asia/Damascus", clock=Clock())
    assert f.poll().status == "new"
    assert f.poll().status == "unchanged"
    page.write_bytes(PAGES[1])
    stat = page.stat()
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = f.poll()
    assert (second.status, len(second.added), len(second.edited)) == ("new", 2, 1)
    page.unlink()
    gone = f.poll()
    assert gone.status == "error"
    assert gone.delay == 10


@pytest.mark.parametrize(
    ("every", "backoff", "says"), [(0, 10, "interval"), (-1, 10, "interval"), (60, 30, "backoff")]
)
def test_bad_intervals_are_refused(every: float, backoff: float, says: str) -> None:
    """A poll interval that is not positive, or a backoff cap under it, is a configuration error."""
    with pytest.raises(ConfigError, match=says):
        Follower("x.html", every=every, max_backoff=backoff)


def _text(renderable: object) -> str:
    console = Console(file=StringIO(), width=100, color_system=None, highlight=False)
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def test_render_error_and_unchanged_polls() -> None:
    """Status lines say what happened and when the next poll comes."""
    f = Follower("https://x.test/live", every=60)
    at = datetime(2024, 11, 29, 16, 5, 9, tzinfo=UTC)
    error = Poll(3, at, "error", error="HTTP 500 Internal Server Error for 'https://x.test/l'", delay=120)
    assert _text(render_poll(error, f)) == (
        "following https://x.test/live\n"
        "poll 3 at 16:05:09 UTC: HTTP 500 Internal Server Error for 'https://x.test/l'; retrying in 120 s\n"
    )
    same = Poll(4, at, "unchanged", delay=60)
    assert (
        _text(render_poll(same, f)).splitlines()[1] == "poll 4 at 16:05:09 UTC: no change; next poll in 60 s"
    )


def test_render_changes_lists_each_entry(site: tuple[str, Script]) -> None:
    """A poll with changes lists each new, edited and removed entry with its time."""
    url, _script = site
    f = _follower(url)
    polls: list[Poll] = []
    f.run(polls=5, on_poll=polls.append, sleep=lambda _s: None)
    text = _text(render_poll(polls[-1], f))
    assert "2 new, 1 edited, 0 removed" in text
    rows = [
        ln.split()[:3] for ln in text.splitlines()[3:] if ln.split()[:1] in (["new"], ["edited"], ["removed"])
    ]
    assert rows == [
        ["new", "2024-11-29", "18:20"],
        ["new", "2024-11-29", "18:47"],
        ["edited", "2024-11-29", "16:40"],
    ]


# --- the command ---------------------------------------------------------------------------------


def test_cli_follow_once(site: tuple[str, Script], capsys: pytest.CaptureFixture[str]) -> None:
    """`liveblog follow URL --once` polls once, lists the entries and a summary, exit 0."""
    url, _script = site
    code = main(["follow", url, "--once", "--tz", "Asia/Damascus"])
    out = capsys.readouterr().out
    assert code == 0
    assert "6 new, 0 edited, 0 removed" in out
    assert "done: 1 poll, 1 new snapshot, 0 errors" in out
    assert "next poll" not in out  # --once: there is no next poll


def test_cli_follow_polls_with_backoff(
    site: tuple[str, Script], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bounded follow shows errors as status lines, keeps going, and writes the export."""
    url, _script = site
    out_file = tmp_path / "t.json"
    code = main(
        [
            "follow",
            url,
            "--polls",
            "6",
            "--every",
            "0.01",
            "--timeout",
            str(TIMEOUT),
            "--export",
            str(out_file),
            "--tz",
            "Asia/Damascus",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "HTTP 500" in out
    assert "timed out" in out
    assert "done: 6 polls, 3 new snapshots, 2 errors; 10 new, 1 edited, 1 removed" in out
    assert len(json.loads(out_file.read_text(encoding="utf-8"))["entries"]) == 10


def test_cli_follow_once_unreachable(capsys: pytest.CaptureFixture[str]) -> None:
    """A page that cannot be fetched is a status line and exit 1 with --once, not a traceback."""
    with serve({}) as base:
        code = main(["follow", f"{base}/missing", "--once"])
    out = capsys.readouterr().out
    assert code == 1
    assert "HTTP 404" in out


def test_cli_export_merges_snapshots(capsys: pytest.CaptureFixture[str]) -> None:
    """`liveblog export a b c` merges the snapshots; seen_in names the files as given."""
    names = [str(SNAPSHOTS / f"arabic_live_{i}.html") for i in (1, 2, 3)]
    code = main(["export", *names, "--tz", "Asia/Damascus", "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert len(data["entries"]) == 10
    gone = [e for e in data["entries"] if e["removed"]]
    assert [e["marker"] for e in gone] == ["16:02"]
    assert sorted({c["snapshot"] for c in gone[0]["copies"]}) == names[:2]


def test_cli_follow_bad_zone_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A configuration error is not retried: one line on stderr, exit 2."""
    page = tmp_path / "live.html"
    page.write_bytes(PAGES[0])
    code = main(["follow", str(page), "--once", "--tz", "Mars/Olympus"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Mars/Olympus" in err
    assert "Traceback" not in err


def test_cli_show_merges_snapshots(capsys: pytest.CaptureFixture[str]) -> None:
    """`liveblog show a b c` shows the merged timeline: the post only snapshot 3 has, and the edit."""
    pytest.importorskip("liveblog.render")
    names = [str(SNAPSHOTS / f"arabic_live_{i}.html") for i in (1, 2, 3)]
    code = main(["show", *names, "--tz", "Asia/Damascus", "--no-pager", "--full", "--bidi", "off"])
    out = capsys.readouterr().out
    assert code == 0
    assert "19:50" in out
    assert "15:10" in out
    assert "حماة" in out  # the newer text of the edited 16:40 post
    lines = out.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith("16:02"))
    assert lines[at + 1].startswith("removed")  # the deleted post is kept and labelled
    assert not any(ln.startswith("removed") for i, ln in enumerate(lines) if i != at + 1)


def test_cli_follow_live_display_on_a_terminal(
    site: tuple[str, Script], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal the Rich live display runs through errors and changes and ends with the summary."""
    url, _script = site
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    code = main(
        ["follow", url, "--polls", "6", "--every", "0.01", "--timeout", str(TIMEOUT), "--tz", "Asia/Damascus"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b[" in out  # it did draw as on a terminal
    assert "HTTP 500" in out
    assert "done: 6 polls, 3 new snapshots, 2 errors" in out


def test_status_only_render() -> None:
    """Without changes the render is the header and the status line, whatever the poll found."""
    f = Follower("https://x.test/live", every=60)
    at = datetime(2024, 11, 29, 16, 5, 9, tzinfo=UTC)
    poll = Poll(2, at, "new", added=(), delay=60)
    assert _text(render_poll(poll, f, changes=False)).splitlines() == [
        "following https://x.test/live",
        "poll 2 at 16:05:09 UTC: 0 new, 0 edited, 0 removed; next poll in 60 s",
    ]


def test_a_post_put_back_is_reported_and_exported(tmp_path: Path) -> None:
    """Removed in one poll, back in the next: the poll says so and the export marks it live again."""
    # snapshot 2 has the 16:02 post, snapshot 3 has dropped it (see test_cli_export_merges_snapshots);
    # then the outlet puts snapshot 2's posts back in a newer update (a copy that is only served again
    # with its old modified time is a stale cache, not a change: the merge orders copies by page time)
    old_time = b'modified_time" content="2024-11-29T18:49:10+03:00"'
    assert old_time in PAGES[1]
    put_back = PAGES[1].replace(old_time, b'modified_time" content="2024-11-29T20:30:05+03:00"')
    script = Script([("v2", PAGES[1]), ("v3", PAGES[2]), ("v4", put_back)])
    out = tmp_path / "live.json"
    with serve({"/live": script}) as base:
        f = _follower(f"{base}/live", export=str(out))
        polls = [f.poll() for _ in range(3)]
    assert [[e.marker for e in p.removed] for p in polls][:2] == [[], ["16:02"]]
    assert [e.marker for e in polls[2].restored] == ["16:02"]
    assert polls[2].changed
    data = json.loads(out.read_text(encoding="utf-8"))
    (post,) = [e for e in data["entries"] if e["marker"] == "16:02"]
    assert post["removed"] is False
    assert f.summary().restored == 1
    assert "1 back" in render_summary(f.summary())


def test_a_post_put_back_changed_is_back_and_edited() -> None:
    """Removed, then back with new words in a newer update: the poll lists it both as back and as edited."""
    old_time = b'modified_time" content="2024-11-29T18:49:10+03:00"'
    old_words = "أفاد الدفاع المدني".encode()
    assert old_time in PAGES[1]
    assert old_words in PAGES[1]
    put_back = PAGES[1].replace(old_time, b'modified_time" content="2024-11-29T20:30:05+03:00"')
    put_back = put_back.replace(old_words, "أعلن الدفاع المدني".encode())
    script = Script([("v2", PAGES[1]), ("v3", PAGES[2]), ("v4", put_back)])
    with serve({"/live": script}) as base:
        f = _follower(f"{base}/live")
        polls = [f.poll() for _ in range(3)]
    assert [e.marker for e in polls[2].restored] == ["16:02"]
    assert "16:02" in [e.marker for e in polls[2].edited]
