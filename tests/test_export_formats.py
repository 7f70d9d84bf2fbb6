"""The export front door: format names and guessing, atomic writes, and the CLI's export/schema."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from liveblog import cli
from liveblog.errors import ConfigError, ExportError
from liveblog.export import FORMATS, export_timeline, guess_format, write_atomic
from liveblog.model import Timeline

# ------------------------------------------------------------------ formats


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        (None, "json"),
        ("-", "json"),
        ("aleppo.ics", "ics"),
        ("ALEPPO.ICS", "ics"),
        ("cal.ical", "ics"),
        ("out/timeline.json", "json"),
        ("events.jsonl", "jsonl"),
        ("events.ndjson", "jsonl"),
        ("page.jsonld", "jsonld"),
        ("notes.md", "md"),
        ("notes.markdown", "md"),
        ("archive.2024-11-29.ics", "ics"),
        ("حلب.md", "md"),
    ],
)
def test_guess_format(path: str | None, fmt: str) -> None:
    """The format follows -o's extension, case-insensitively; stdout gets JSON."""
    assert guess_format(path) == fmt


@pytest.mark.parametrize("path", ["timeline.txt", "timeline", "calendar.pdf", "x.json.bak", ".ics", "dir/"])
def test_guess_format_refuses_unknown_extensions(path: str) -> None:
    """An unknown or missing extension is a ConfigError that quotes the path."""
    with pytest.raises(ConfigError, match="cannot guess the format of " + repr(path).replace(".", r"\.")):
        guess_format(path)


@pytest.mark.parametrize("fmt", ["ical", "JSON", "", "xml", "markdown", " ics"])
def test_unknown_format_is_an_export_error(seed_like_timeline: Timeline, fmt: str) -> None:
    """export_timeline names a format it does not know, and lists the ones it does."""
    with pytest.raises(ExportError, match=f"unknown export format {fmt!r}.*ics, json, jsonl, jsonld, md"):
        export_timeline(seed_like_timeline, fmt)


def test_unknown_events_choice(seed_like_timeline: Timeline) -> None:
    """--events takes entries or all, nothing else."""
    with pytest.raises(ConfigError, match="'posts'"):
        export_timeline(seed_like_timeline, "json", events="posts")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_ends_in_a_newline(seed_like_timeline: Timeline, fmt: str) -> None:
    """Every format gives non-empty text that ends with a line end."""
    text = export_timeline(seed_like_timeline, fmt)
    assert text.endswith("\n")
    assert "مساء الخميس" in text


def test_cli_format_choices_match_library() -> None:
    """The CLI's --format choices are exactly the library's formats."""
    assert cli.EXPORT_FORMATS == FORMATS


# ------------------------------------------------------------------ atomic writes


def test_write_atomic_writes_bytes_as_given(tmp_path: Path) -> None:
    """Text is written as UTF-8 with its line ends untouched (ICS needs CRLF)."""
    target = tmp_path / "a.ics"
    write_atomic(target, "BEGIN:VCALENDAR\r\nSUMMARY:حلب\r\n")
    assert target.read_bytes() == "BEGIN:VCALENDAR\r\nSUMMARY:حلب\r\n".encode()
    assert os.listdir(tmp_path) == ["a.ics"]


def test_write_atomic_replaces_and_keeps_mode(tmp_path: Path) -> None:
    """An existing file is replaced whole and keeps its permissions; no temp file is left."""
    target = tmp_path / "a.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(str(target), "new\n")
    assert target.read_text() == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["a.json"]


def test_write_atomic_failure_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the rename fails, the old file is intact, the temp file is gone, and the error is ExportError."""
    target = tmp_path / "a.ics"
    target.write_text("old calendar")

    def refuse(*_args: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match=r"cannot write .*a\.ics.*Permission denied"):
        write_atomic(target, "new calendar")
    assert target.read_text() == "old calendar"
    assert os.listdir(tmp_path) == ["a.ics"]


@pytest.mark.parametrize(("make", "message"), [("dir", "is a directory"), ("missing", "does not exist")])
def test_write_atomic_bad_targets(tmp_path: Path, make: str, message: str) -> None:
    """A directory, or a file in a missing directory, is an ExportError naming the path."""
    target = tmp_path / "out" if make == "dir" else tmp_path / "nowhere" / "x.ics"
    if make == "dir":
        target.mkdir()
    with pytest.raises(ExportError, match=message):
        write_atomic(target, "x")


def test_write_atomic_refuses_unencodable_text(tmp_path: Path) -> None:
    """A lone surrogate cannot be UTF-8: ExportError, and nothing is written."""
    with pytest.raises(ExportError, match="not UTF-8"):
        write_atomic(tmp_path / "x.json", "ok \udc80")
    assert os.listdir(tmp_path) == []


# ------------------------------------------------------------------ the CLI


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch, seed_like_timeline: Timeline) -> Timeline:
    """Make the CLI's pipeline return the hand-built seed timeline (the real one is the lead's)."""
    from liveblog import pipeline

    monkeypatch.setattr(pipeline, "parse_input", lambda *_a, **_k: seed_like_timeline)
    return seed_like_timeline


@pytest.mark.parametrize(("name", "fmt"), [("t.ics", "ics"), ("t.jsonld", "jsonld"), ("t.md", "md")])
def test_cli_export_guesses_format_from_output(
    fake_pipeline: Timeline, tmp_path: Path, name: str, fmt: str
) -> None:
    """`liveblog export x -o t.ics` writes the ICS export (atomically) and exits 0."""
    target = tmp_path / name
    assert cli.main(["export", "page.txt", "-o", str(target)]) == 0
    assert target.read_bytes() == export_timeline(fake_pipeline, fmt).encode()


def test_cli_export_format_beats_extension(fake_pipeline: Timeline, tmp_path: Path) -> None:
    """--format wins over the extension."""
    target = tmp_path / "t.txt"
    assert cli.main(["export", "page.txt", "--format", "jsonl", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == export_timeline(fake_pipeline, "jsonl")


def test_cli_export_to_stdout_is_json(fake_pipeline: Timeline, capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o and --format the timeline's JSON goes to stdout; --events entries is honoured."""
    assert cli.main(["export", "page.txt", "--events", "entries"]) == 0
    assert capsys.readouterr().out == export_timeline(fake_pipeline, "json", events="entries")


@pytest.mark.usefixtures("fake_pipeline")
def test_cli_export_unknown_extension_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An output name the CLI cannot place gives one error line and exit 2, and writes nothing."""
    assert cli.main(["export", "page.txt", "-o", str(tmp_path / "t.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("liveblog: error: cannot guess the format of ")
    assert err.count("\n") == 1
    assert not (tmp_path / "t.txt").exists()
