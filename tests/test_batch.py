"""Tests of liveblog.batch and ``liveblog batch``: inputs, one line per page, failures, exit status."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from liveblog.batch import Page, Settings, batch, expand, run_batch, run_page
from liveblog.cli import main
from liveblog.errors import InputError

from .conftest import SEED, SEED_REFERENCE, SEED_TZ

SETTINGS = Settings(reference=SEED_REFERENCE, tz=SEED_TZ)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of pages: two good ones (one nested), a binary one, a hidden one and a non-page."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("20:15\nدخلت القوات المدينة\n", encoding="utf-8")
    (root / "sub" / "b.html").write_text(
        "<!doctype html><html><body><p>19:26</p><p>Crews reached the bridge.</p></body></html>",
        encoding="utf-8",
    )
    (root / "sub" / "c.txt").write_bytes(b"\x00\x01binary")
    (root / ".hidden.txt").write_text("20:00\nhidden\n", encoding="utf-8")
    (root / "notes.md").write_text("not a page", encoding="utf-8")
    return root


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(ln) for ln in text.splitlines()]


def test_folder_is_searched_recursively_in_sorted_order(folder: Path) -> None:
    """Pages come from sub-folders too, sorted; hidden files and other suffixes are skipped."""
    names = [Path(p.name).relative_to(folder).as_posix() for p in expand([str(folder)])]
    assert names == ["a.txt", "sub/b.html", "sub/c.txt"]


# (JSONL line, expected problem words or None for a usable page)
LIST_LINES = [
    ('{"text": "20:15\\nخبر", "url": "https://example.org/live"}', None),
    ('{"path": "page.txt"}', None),
    ('{"url": "https://example.org/live"}', None),
    ("not json", "not a JSON object"),
    ('["a list"]', "must be a JSON object"),
    ('{"text": 5}', "'text' must be a string"),
    ('{"reference": "2024-11-29"}', "needs 'text', 'path' or 'url'"),
]


@pytest.mark.parametrize(("line", "problem"), LIST_LINES)
def test_jsonl_lines(tmp_path: Path, line: str, problem: str | None) -> None:
    """Each JSONL line is a page, or a page marked with what is wrong with its line."""
    listing = tmp_path / "pages.jsonl"
    listing.write_text(line + "\n\n", encoding="utf-8")  # the blank line is skipped
    pages = list(expand([str(listing)]))
    assert len(pages) == 1
    if problem is None:
        assert pages[0].problem is None
    else:
        assert pages[0].problem is not None
        assert problem in pages[0].problem
        assert f"{listing}:1" in pages[0].problem


def test_inline_page_takes_its_own_reference_and_zone() -> None:
    """A JSONL page's reference and zone override the batch's; the timeline is the JSON export."""
    page = Page("p", text="20:15\nدخلت القوات المدينة\n", reference="2024-11-28T22:00", tz="Asia/Damascus")
    line = json.loads(run_page(page, Settings(reference="2030-01-01T00:00", tz="UTC")).line)
    timeline = line["timeline"]
    assert line["input"] == "p"
    assert timeline["reference"] == "2024-11-28T22:00:00+03:00"  # Syria keeps UTC+3 all year since 2022
    posts = [e for e in timeline["entries"] if e["kind"] == "post"]
    assert posts[0]["when"]["start"].startswith("2024-11-28T20:15")


# (page, type of the error line, words of its message)
FAILURES = [
    (Page("missing", path="/nonexistent/page.txt"), "InputError", "no such file"),
    (Page("big", text="x" * 2000), "LimitError", "over the limit of 1,000 bytes"),
    (Page("bad line", problem="pages.jsonl:3: not a JSON object"), "InputError", "pages.jsonl:3"),
    (Page("zone", text="20:15\nx", tz="Mars/Olympus"), "ConfigError", "Mars/Olympus"),
]


@pytest.mark.parametrize(("page", "kind", "says"), FAILURES)
def test_failure_is_an_error_line(page: Page, kind: str, says: str) -> None:
    """A page that fails gives one line with "error" and "type"; nothing is raised."""
    outcome = run_page(page, Settings(max_bytes=1000))
    line = json.loads(outcome.line)
    assert outcome.failed
    assert line["input"] == page.name
    assert line["type"] == kind
    assert says in line["error"]
    assert "\n" not in outcome.line


@pytest.mark.parametrize("jobs", [1, 2])
def test_lines_in_input_order_and_failures_counted(folder: Path, jobs: int) -> None:
    """With one or two processes the lines follow the input order; the failure count is returned."""
    pages = list(expand([str(folder)]))
    written: list[str] = []
    failed = run_batch(pages, SETTINGS, written.append, jobs=jobs)
    lines = _lines("".join(written))
    assert [ln["input"] for ln in lines] == [p.name for p in pages]
    assert failed == 1
    assert [("error" in ln) for ln in lines] == [False, False, True]


def test_command_writes_file_and_exits_1_on_failure(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`liveblog batch DIR -o FILE` writes one line per page, plain progress on stderr, exit 1."""
    out = tmp_path / "out.jsonl"
    argv = ["batch", str(folder), "--jobs", "2", "-o", str(out), "--reference", SEED_REFERENCE]
    code = main([*argv, "--tz", SEED_TZ])
    _out, err = capsys.readouterr()
    assert code == 1
    assert len(_lines(out.read_text(encoding="utf-8"))) == 3
    assert "liveblog batch: 3 pages, " in err  # no total: the inputs are read as the run goes
    assert "1 of 3 pages failed" in err
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_command_exits_0_when_all_pages_read(capsys: pytest.CaptureFixture[str]) -> None:
    """All pages read: exit 0, lines on stdout."""
    code = main(["batch", str(SEED), "--reference", SEED_REFERENCE, "--tz", SEED_TZ])
    out, _err = capsys.readouterr()
    assert code == 0
    (line,) = _lines(out)
    assert line["input"] == str(SEED)


# (argv, words of the one-line error)
BAD_ARGS = [
    (["batch", "/nonexistent-folder-xyz"], "no such file or folder"),
    (["batch", str(SEED), "--jobs", "0"], "--jobs must be at least 1"),
    (["batch", str(SEED), "--max-bytes", "10"], "over the limit of 10 bytes"),
]


@pytest.mark.parametrize(("argv", "says"), BAD_ARGS)
def test_bad_batch_arguments(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Bad arguments give one error line (or an error record) and a non-zero exit."""
    code = main(argv)
    out, err = capsys.readouterr()
    assert code != 0
    assert says in out + err


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    """A folder with no pages is an InputError naming it."""
    with pytest.raises(InputError, match="no pages found"):
        batch([str(tmp_path)], None, SETTINGS, out=io.StringIO(), err=io.StringIO())


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_gets_a_progress_bar(folder: Path) -> None:
    """On a terminal the progress is a Rich bar counting pages, megabytes and failures."""
    err = _Terminal()
    code = batch([str(folder)], None, SETTINGS, jobs=1, out=io.StringIO(), err=err)
    shown = err.getvalue()
    assert code == 1
    assert "3 pages" in shown
    assert "1 failed" in shown
    assert "MB" in shown
    assert "pages/min" not in shown  # not the plain lines
