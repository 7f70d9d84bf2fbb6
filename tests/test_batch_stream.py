"""Tests of the streaming batch: lazy inputs, look-ahead, dead workers, kills, --resume, output errors."""

from __future__ import annotations

import errno
import io
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liveblog import batch as batch_module
from liveblog._pool import Workers
from liveblog.batch import (
    IN_FLIGHT_PER_JOB,
    Outcome,
    Page,
    Settings,
    choose_jobs,
    expand,
    finished_pages,
    run_batch,
    run_page,
)
from liveblog.cli import main
from liveblog.errors import ConfigError, ExportError, InputError

from .conftest import ROOT, SEED, SEED_REFERENCE, SEED_TZ
from .work import HANG_GUARD

SETTINGS = Settings(reference=SEED_REFERENCE, tz=SEED_TZ)


def _page(n: int) -> Page:
    return Page(f"p{n}", text=f"20:{n % 60:02d}\nThe convoy reached checkpoint {n}.\n")


def die_on_boom(page: Page, settings: Settings) -> Outcome:
    """A worker's page function that kills its own process on the page named "boom" (as the OOM killer)."""
    if page.name == "boom":
        os.kill(os.getpid(), signal.SIGKILL)
    return run_page(page, settings)


# --- streaming: inputs are pulled as lines are written ------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_are_pulled_lazily_with_a_bounded_look_ahead(jobs: int) -> None:
    """Never more than IN_FLIGHT_PER_JOB pages per worker are read ahead of the written lines."""
    pulled = 0
    ahead: list[int] = []
    written: list[str] = []

    def pages() -> Iterator[Page]:
        nonlocal pulled
        for n in range(60):
            pulled += 1
            yield _page(n)

    def write(line: str) -> None:
        written.append(line)
        ahead.append(pulled - len(written))

    run_batch(pages(), SETTINGS, write, jobs=jobs)
    assert len(written) == 60
    assert max(ahead) <= jobs * IN_FLIGHT_PER_JOB
    assert ahead[0] <= jobs * IN_FLIGHT_PER_JOB  # the first line came before the inputs were all read
    assert [json.loads(ln)["input"] for ln in written] == [f"p{n}" for n in range(60)]


class _Stop(Exception):
    pass


def test_endless_input_is_streamed() -> None:
    """An endless page source works: the first lines come out (it is never built into a list)."""
    written: list[str] = []

    def write(line: str) -> None:
        written.append(line)
        if len(written) == 10:
            raise _Stop

    with pytest.raises(_Stop):
        run_batch((_page(n) for n in itertools.count()), SETTINGS, write, jobs=1)
    assert len(written) == 10


def test_folder_is_walked_lazily(tmp_path: Path) -> None:
    """expand() yields the first page of a folder before it has looked at the rest."""
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text("20:15\nx\n", encoding="utf-8")
    pages = expand([str(tmp_path)])
    assert next(pages).name.endswith("0.txt")


# --- a dead worker costs its page --------------------------------------------------------------


def test_a_dead_worker_costs_one_page() -> None:
    """A worker killed on one page: that page is a WorkerDied line, every other page is read."""
    pages = (
        [_page(n) for n in range(6)] + [Page("boom", text="20:15\nx\n")] + [_page(n) for n in range(6, 14)]
    )
    written: list[str] = []
    failed = run_batch(pages, SETTINGS, written.append, jobs=2, run=die_on_boom)
    lines = [json.loads(ln) for ln in written]
    assert [ln["input"] for ln in lines] == [p.name for p in pages]
    assert failed == 1
    dead = [ln for ln in lines if "error" in ln]
    assert [(d["input"], d["type"]) for d in dead] == [("boom", "WorkerDied")]
    assert "killed by signal 9" in dead[0]["error"]


def test_the_page_queued_behind_a_dead_workers_page_is_run_again() -> None:
    """One worker holding "boom" and the page after it: only "boom" is lost, the next page is read."""
    pool = Workers(1, SETTINGS, batch_module._died, die_on_boom)
    pages = [_page(0), Page("boom", text="20:15\nx\n"), _page(2), _page(3)]
    try:
        for n, page in enumerate(pages):
            pool.submit(n, page)
        got = dict(pool.next_done() for _ in pages)
    finally:
        pool.close()
    assert sorted(got) == [0, 1, 2, 3]
    assert [n for n, outcome in sorted(got.items()) if outcome.failed] == [1]
    assert pool.restarts == 1


def test_workers_are_recycled_after_their_quota() -> None:
    """A worker is replaced after tasks_per_worker pages (a slow leak cannot grow without bound)."""
    pool = Workers(1, SETTINGS, batch_module._died, run_page, tasks_per_worker=2)
    try:
        for n in range(5):
            pool.submit(n, _page(n))
        got = sorted(pool.next_done()[0] for _ in range(5))
    finally:
        pool.close()
    assert got == [0, 1, 2, 3, 4]
    assert pool._started == 3  # 2 + 2 + 1 pages


# --- inputs that are not pages -------------------------------------------------------------------


def test_fifo_and_dangling_link_are_one_error_line_each(tmp_path: Path) -> None:
    """A FIFO (which would block a reader for ever) and a dangling symlink each give one error line."""
    (tmp_path / "a.txt").write_text("20:15\nThe convoy arrived.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "d.txt").write_text("20:16\nThe bridge reopened.\n", encoding="utf-8")
    written: list[str] = []
    failed = run_batch(expand([str(tmp_path)]), SETTINGS, written.append, jobs=2)
    lines = {Path(ln["input"]).name: ln for ln in map(json.loads, written)}
    assert failed == 2
    assert sorted(lines) == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert "FIFO" in lines["b.txt"]["error"]
    assert "cannot read" in lines["c.txt"]["error"]
    assert "timeline" in lines["a.txt"]
    assert "timeline" in lines["d.txt"]


def test_fifo_named_by_a_jsonl_line_is_an_error_line(tmp_path: Path) -> None:
    """A JSONL page whose path is a FIFO is refused by the worker without waiting on it."""
    os.mkfifo(tmp_path / "pipe.html")
    outcome = run_page(Page("x", path=str(tmp_path / "pipe.html")), SETTINGS)
    assert outcome.failed
    assert "not a regular file" in json.loads(outcome.line)["error"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_unreadable_file_is_an_error_line(tmp_path: Path) -> None:
    """A file without read permission gives an error line naming it."""
    page = tmp_path / "secret.txt"
    page.write_text("20:15\nx\n", encoding="utf-8")
    page.chmod(0)
    outcome = run_page(Page(str(page), path=str(page)), SETTINGS)
    assert "permission denied" in json.loads(outcome.line)["error"]


# --- jobs and output errors ------------------------------------------------------------------------


def test_jobs_are_capped_at_the_cpus(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """-j 300 on 2 CPUs runs 2 workers and says so once on stderr."""
    monkeypatch.setattr(batch_module, "cpu_limit", lambda: 2)
    assert choose_jobs(300, sys.stderr) == 2
    assert choose_jobs(2, sys.stderr) == 2
    assert choose_jobs(None, sys.stderr) == 2
    err = capsys.readouterr().err
    assert err == "liveblog batch: --jobs 300 capped at 2, the CPUs this process may use\n"
    with pytest.raises(ConfigError, match="at least 1"):
        choose_jobs(0, sys.stderr)


# (what -o names, words of the one error line)
BAD_OUTPUTS = [
    ("folder", "is a directory"),
    ("/dev/full", "No space left on device"),
    ("missing/out.jsonl", "No such file or directory"),
]


@pytest.mark.parametrize(("target", "says"), BAD_OUTPUTS)
def test_output_errors_are_one_line(
    tmp_path: Path, target: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o onto a folder, a full disk or a missing folder: one error line, exit 2, no traceback."""
    if target == "/dev/full" and not Path(target).exists():
        pytest.skip("no /dev/full here")
    (tmp_path / "folder").mkdir()
    out = target if target.startswith("/") else str(tmp_path / target)
    code = main(["batch", str(SEED), "-j", "1", "-o", out, "--reference", SEED_REFERENCE])
    err = capsys.readouterr().err
    assert code == 2
    (line,) = [ln for ln in err.splitlines() if ln.startswith("liveblog: error:")]
    assert says in line
    assert "Traceback" not in err


# --- --resume ------------------------------------------------------------------------------------


def _run(args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "liveblog", *args], capture_output=True, text=True, check=False, **kw
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of 12 small pages."""
    root = tmp_path / "pages"
    root.mkdir()
    for n in range(12):
        (root / f"{n:02d}.txt").write_text(
            f"20:{n:02d}\nThe convoy reached checkpoint {n}.\n", encoding="utf-8"
        )
    return root


def _batch(pages: Path, out: Path, *more: str) -> int:
    return main(["batch", str(pages), "-j", "1", "-o", str(out), "--reference", SEED_REFERENCE, *more])


def test_resume_after_a_cut_completes_to_the_same_file(pages: Path, tmp_path: Path) -> None:
    """Keep the first 5 lines and half of the 6th (a kill inside a write): --resume gives the full file."""
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    assert _batch(pages, full) == 0
    lines = full.read_bytes().splitlines(keepends=True)
    cut.write_bytes(b"".join(lines[:5]) + lines[5][:40])
    assert _batch(pages, cut, "--resume") == 0
    assert cut.read_bytes() == full.read_bytes()


def test_resume_of_a_finished_run_parses_nothing(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resume on a finished run adds nothing and says so."""
    out = tmp_path / "out.jsonl"
    _batch(pages, out)
    before = out.read_bytes()
    capsys.readouterr()
    assert _batch(pages, out, "--resume") == 0
    assert out.read_bytes() == before
    assert "nothing to do" in capsys.readouterr().err


def test_resume_redoes_a_page_whose_content_changed(pages: Path, tmp_path: Path) -> None:
    """Same key, other content: the page is parsed again and its new line appended (the last line wins)."""
    out = tmp_path / "out.jsonl"
    _batch(pages, out)
    (pages / "03.txt").write_text("20:03\nThe convoy turned back.\n", encoding="utf-8")
    _batch(pages, out, "--resume")
    lines = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 13
    assert lines[-1]["input"].endswith("03.txt")
    assert "turned back" in json.dumps(lines[-1]["timeline"], ensure_ascii=False)


def test_resume_refuses_a_file_it_did_not_write(pages: Path, tmp_path: Path) -> None:
    """--resume into a file that is not batch output is an error naming its line; the file is untouched."""
    out = tmp_path / "notes.jsonl"
    out.write_text('{"a": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.jsonl:1"):
        finished_pages(str(out))
    assert out.read_text(encoding="utf-8") == '{"a": 1}\n'


def test_resume_needs_an_output_file(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--resume without -o is a one-line error."""
    assert main(["batch", str(pages), "--resume"]) == 2
    assert "--resume needs -o FILE" in capsys.readouterr().err


# --- kill -9 of the parent and of a worker (real processes) --------------------------------------

proc_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find workers")


def _children(pid: int) -> set[int]:
    kids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                kids.add(int(entry.name))
    return kids


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        kids = _children(todo.pop())
        found |= kids
        todo.extend(kids)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(check: object, what: str) -> None:
    deadline = time.monotonic() + HANG_GUARD
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """200 copies of the seed page: a few seconds of work on two processes."""
    root = tmp_path / "many"
    root.mkdir()
    text = SEED.read_bytes()
    for n in range(200):
        (root / f"{n:03d}.txt").write_bytes(text)
    return root


def _lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _start(many: Path, out: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "liveblog", "batch", str(many), "-j", "2", "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [*argv, "--reference", SEED_REFERENCE, "--tz", SEED_TZ], stderr=subprocess.DEVNULL, env=env
    )


def _full_run(many: Path, tmp_path: Path) -> bytes:
    full = tmp_path / "full.jsonl"
    assert (
        main(["batch", str(many), "-j", "2", "-o", str(full), "--reference", SEED_REFERENCE, "--tz", SEED_TZ])
        == 0
    )
    return full.read_bytes()


@pytest.mark.slow
@proc_only
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["KILL", "TERM"])
def test_killed_parent_leaves_no_orphans_and_a_prefix_that_resumes(
    many: Path, tmp_path: Path, how: int
) -> None:
    """kill -9 (or TERM) of `liveblog batch`: workers exit, no temp file, whole lines, --resume completes."""
    out = tmp_path / "out.jsonl"
    proc = _start(many, out)
    _wait_for(lambda: _lines_in(out) >= 20, "20 lines")
    workers = _descendants(proc.pid)  # the fork server and the workers it forked
    assert len(workers) >= 2
    os.kill(proc.pid, how)
    proc.wait(HANG_GUARD)
    _wait_for(lambda: not any(_alive(w) for w in workers), "the workers to exit")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many", "out.jsonl"]  # no temp file
    data = out.read_bytes()
    assert data.endswith(b"\n")
    lines = [json.loads(ln) for ln in data.splitlines()]
    assert 20 <= len(lines) < 200
    assert [Path(ln["input"]).name for ln in lines] == [f"{n:03d}.txt" for n in range(len(lines))]
    assert (
        main(
            [
                "batch",
                str(many),
                "-j",
                "2",
                "-o",
                str(out),
                "--resume",
                "--reference",
                SEED_REFERENCE,
                "--tz",
                SEED_TZ,
            ]
        )
        == 0
    )
    assert out.read_bytes() == _full_run(many, tmp_path)


@pytest.mark.slow
@proc_only
def test_killed_worker_costs_at_most_its_page_and_resume_mends_it(many: Path, tmp_path: Path) -> None:
    """kill -9 of one worker mid-run: at most one WorkerDied line; --resume gives every page's timeline."""
    out = tmp_path / "out.jsonl"
    proc = _start(many, out)
    _wait_for(lambda: _lines_in(out) >= 20, "20 lines")
    helpers = _descendants(proc.pid)
    victim = max(helpers - _children(proc.pid))  # a worker, not the fork server
    os.kill(victim, signal.SIGKILL)
    assert proc.wait(HANG_GUARD) in (0, 1)
    lines = [json.loads(ln) for ln in out.read_bytes().splitlines()]
    assert len(lines) == 200
    failed = [ln for ln in lines if "error" in ln]
    assert len(failed) <= 1
    assert all(ln["type"] == "WorkerDied" for ln in failed)
    _wait_for(lambda: not any(_alive(p) for p in helpers), "the workers to exit")
    main(
        [
            "batch",
            str(many),
            "-j",
            "2",
            "-o",
            str(out),
            "--resume",
            "--reference",
            SEED_REFERENCE,
            "--tz",
            SEED_TZ,
        ]
    )
    last = {ln["key"]: ln for ln in map(json.loads, out.read_bytes().splitlines())}
    full = {ln["key"]: ln for ln in map(json.loads, _full_run(many, tmp_path).splitlines())}
    assert last == full


# --- property: any cut of the output resumes to the whole -----------------------------------------


@pytest.fixture(scope="module")
def listing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A JSONL list of 8 pages (one bad line) and the whole output of an uninterrupted run."""
    root = tmp_path_factory.mktemp("listing")
    path = root / "pages.jsonl"
    rows = [json.dumps({"text": f"20:{n:02d}\nThe convoy reached checkpoint {n}."}) for n in range(7)]
    path.write_text("\n".join([*rows[:3], "not json", *rows[3:]]) + "\n", encoding="utf-8")
    full = root / "full.jsonl"
    with open(os.devnull, "w") as err:
        batch_module.batch([str(path)], str(full), SETTINGS, jobs=1, out=sys.stdout, err=err)
    return path, full.read_bytes()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(0, 1))
def test_any_cut_of_the_output_resumes_to_the_whole(
    listing: tuple[Path, bytes], tmp_path: Path, cut: float
) -> None:
    """Whatever byte a run was killed at, --resume completes the file to the uninterrupted run's bytes."""
    path, whole = listing
    out = tmp_path / f"cut-{cut!r}.jsonl"
    out.write_bytes(whole[: int(len(whole) * cut)])
    with open(os.devnull, "w") as err:
        batch_module.batch([str(path)], str(out), SETTINGS, jobs=1, out=sys.stdout, err=err, resume=True)
    assert out.read_bytes() == whole


class _FullDisk(io.StringIO):
    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_stdout_on_a_full_disk_is_one_error(pages: Path) -> None:
    """`liveblog batch DIR > /dev/full`: an ExportError naming standard output, not a traceback."""
    with pytest.raises(ExportError, match="standard output: No space left on device"):
        batch_module.batch([str(pages)], None, SETTINGS, jobs=1, out=_FullDisk(), err=io.StringIO())
