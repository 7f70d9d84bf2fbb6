"""follow keeps its state across restarts, does constant work per poll, and reports honestly."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import liveblog.assemble.dedup
from liveblog.assemble.merge import Fold, merge_all
from liveblog.cli import main
from liveblog.follow import Follower
from liveblog.model import Timeline
from liveblog.pipeline import parse_document
from liveblog.read import read_text
from liveblog.render._bidi import visual_plain

from .httpserver import serve, static

SNAPSHOTS = Path(__file__).parent / "fixtures" / "snapshots"
PAGES = [(SNAPSHOTS / f"arabic_live_{i}.html").read_bytes() for i in (1, 2, 3)]


class Clock:
    """A pinned clock that moves a minute per reading."""

    def __init__(self) -> None:
        self.now = datetime(2024, 11, 29, 16, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def _file_follower(path: Path, clock: Clock | None = None, **kw: object) -> Follower:
    return Follower(str(path), every=60, tz="Asia/Damascus", clock=clock or Clock(), **kw)  # type: ignore[arg-type]


def _serve_file(path: Path, data: bytes, n: int) -> None:
    """Put snapshot ``n`` of a page in ``path`` with its own modification time."""
    path.write_bytes(data)
    os.utime(path, ns=(n * 10**9, n * 10**9))


# --- the fold equals the full merge -------------------------------------------------------------


def _snapshots() -> list[Timeline]:
    at = {"tz": "Asia/Damascus"}
    texts = [
        "15:10\nاندلع حريق في أحراج قرية بلوطة\n16:02\nأفاد الدفاع المدني بإجلاء 40 عائلة",
        "15:10\nاندلع حريق كبير في أحراج قرية بلوطة\n16:02\nأفاد الدفاع المدني بإجلاء 40 عائلة\n"
        "16:30\nوصلت فرق الإطفاء",
        "15:10\nاندلع حريق كبير في أحراج قرية بلوطة\n16:30\nوصلت فرق الإطفاء",
        "15:10\nاندلع حريق في أحراج قرية بلوطة\n16:02\nأفاد الدفاع المدني بإجلاء 40 عائلة\n"
        "16:30\nوصلت فرق الإطفاء",
    ]
    refs = ["2024-11-29T16:10", "2024-11-29T16:40", "2024-11-29T17:00", "2024-11-29T17:20"]
    pairs = enumerate(zip(texts, refs, strict=True))
    return [parse_document(read_text(t), reference=r, snapshot=f"s{i}", **at) for i, (t, r) in pairs]


@pytest.mark.parametrize("order", [[0, 1, 2, 3], [0, 1, 2, 3, 3, 2], [3, 0, 2, 1]], ids=str)
def test_fold_equals_merge_all(order: list[int]) -> None:
    """Folding snapshots one at a time gives exactly the merge of them all (copies, ids, removals, events)."""
    snaps = _snapshots()
    fold = Fold()
    for i in order:
        folded = fold.add(snaps[i])
    assert folded == merge_all(snaps[i] for i in order)


# --- work per poll ------------------------------------------------------------------------------


def _grouped(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record how many copies each grouping (the merge's main work) is handed."""
    sizes: list[int] = []
    real: Callable[..., object] = liveblog.assemble.dedup._group

    def counting(copies: object, *args: object) -> object:
        given = list(copies)  # type: ignore[call-overload]
        sizes.append(len(given))
        return real(given, *args)

    monkeypatch.setattr(liveblog.assemble.dedup, "_group", counting)
    return sizes


def test_work_per_poll_does_not_grow_with_past_polls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page edited back and forth for 40 polls: poll 40 groups as many copies as poll 10."""
    page = tmp_path / "live.html"
    f = _file_follower(page, reference="2024-11-29T19:00")
    versions = [PAGES[1], PAGES[2]]
    per_poll: list[int] = []
    sizes = _grouped(monkeypatch)
    for n in range(40):
        _serve_file(page, versions[n % 2], n + 1)
        before = len(sizes)
        assert f.poll().status == "new"
        per_poll.append(sum(sizes[before:]))
    assert per_poll[9] == per_poll[39]
    assert per_poll[39] < 3 * per_poll[1]
    assert f.timeline is not None
    # … and nothing is lost: every snapshot is still recorded in the copies
    assert max(len(e.seen_in) for e in f.timeline.entries) == 40


# --- state across a restart ---------------------------------------------------------------------


def test_restart_keeps_uids_cancellations_and_sequence(tmp_path: Path) -> None:
    """Stopped after two snapshots and started again: the export is what one uninterrupted run writes."""
    page = tmp_path / "live.html"
    steady, restarted = tmp_path / "steady.ics", tmp_path / "restarted.ics"
    one = _file_follower(page, export=str(steady))
    time_goes_on = Clock()
    first = _file_follower(page, time_goes_on, export=str(restarted))
    for n, data in enumerate(PAGES[:2]):
        _serve_file(page, data, n + 1)
        one.poll()
        first.poll()
    assert Path(f"{restarted}.state.json").exists()
    second = _file_follower(page, time_goes_on, export=str(restarted))  # a new process: state read back
    assert second.timeline is not None
    _serve_file(page, PAGES[2], 3)
    one.poll()
    poll = second.poll()
    assert [e.marker for e in poll.removed] == ["16:02"]  # known before the restart: reported as removed
    steady_ics, restarted_ics = steady.read_text(), restarted.read_text()
    assert "STATUS:CANCELLED" in restarted_ics
    assert "SEQUENCE:1" in restarted_ics
    assert restarted_ics == steady_ics


def test_state_can_be_named(tmp_path: Path) -> None:
    """``--state FILE`` keeps the state without an export; a broken state file is one ConfigError."""
    page = tmp_path / "live.html"
    state = tmp_path / "follow.json"
    _serve_file(page, PAGES[0], 1)
    _file_follower(page, state=str(state)).poll()
    assert Timeline.from_json(state.read_text()).entries
    state.write_text("{not json")
    from liveblog.errors import ConfigError

    with pytest.raises(ConfigError, match="is not a follow state"):
        _file_follower(page, state=str(state))


# --- what the command reports -------------------------------------------------------------------


def test_every_poll_failed_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two polls of a missing file: both fail, the run says so and exits 1."""
    code = main(["follow", str(tmp_path / "missing.html"), "--polls", "2", "--every", "0.01"])
    out = capsys.readouterr().out
    assert code == 1
    assert "done: 2 polls, 0 new snapshots, 2 errors" in out


def test_full_disk_export_is_reported_and_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills: the poll says the export was not saved; once there is room the next poll saves it."""
    page, out = tmp_path / "live.html", tmp_path / "live.json"
    f = _file_follower(page, export=str(out))
    real_fsync = os.fsync

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    _serve_file(page, PAGES[0], 1)
    poll = f.poll()
    assert poll.status == "new"
    assert poll.error is not None
    assert "not saved, will retry" in poll.error
    assert "No space left on device" in poll.error
    assert not out.exists()
    monkeypatch.setattr(os, "fsync", real_fsync)
    _serve_file(page, PAGES[0], 2)  # same page again: no change, but the pending export is written
    again = f.poll()
    assert again.error is None
    assert out.exists()


def test_follow_honours_the_server_charset() -> None:
    """A windows-1256 page declared by its server reads as Arabic in follow too."""
    body = "20:15\nدخلت القوات مدينة حلب".encode("cp1256")
    with serve({"/live": static(body, "text/plain; charset=windows-1256")}) as base:
        f = Follower(f"{base}/live", every=60, tz="Asia/Damascus")
        assert f.poll().status == "new"
    assert f.timeline is not None
    assert [e.title or e.text for e in f.timeline.entries] == ["دخلت القوات مدينة حلب"]


@pytest.mark.parametrize(("bidi", "reordered"), [("on", True), ("off", False)])
def test_follow_reorders_arabic_like_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bidi: str, reordered: bool
) -> None:
    """``--bidi on`` shows Arabic entries in visual order (as ``show`` does), ``off`` in logical order."""
    page = tmp_path / "live.txt"
    words = "دخلت القوات مدينة حلب"
    page.write_text(f"20:15\n{words}\n", encoding="utf-8")
    assert main(["follow", str(page), "--once", "--bidi", bidi, "--reference", "2024-11-29T21:00"]) == 0
    out = capsys.readouterr().out
    assert (visual_plain(words, rtl=True) in out) is reordered
    assert (words in out) is not reordered
