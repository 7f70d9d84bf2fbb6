"""The command refuses bad settings and unwritable outputs with one line and exit 2, never a traceback."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from liveblog.cli import main
from liveblog.errors import ExportError
from liveblog.export import write_atomic

from .conftest import SEED, SEED_REFERENCE, SEED_TZ

PAGE = ["--reference", SEED_REFERENCE, "--tz", SEED_TZ]


def _one_line_error(capsys: pytest.CaptureFixture[str], argv: list[str], says: str) -> None:
    code = main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith("liveblog: error: ")
    assert err.count("\n") == 1
    assert says in err


# --- settings ---------------------------------------------------------------------------------
# (arguments after the command's input, words the error names)
BAD_SETTINGS = [
    (["follow", "page.html", "--every", "nan"], "--every must be a positive number of seconds, got 'nan'"),
    (["follow", "page.html", "--every", "inf"], "--every must be a positive number of seconds, got 'inf'"),
    (["follow", "page.html", "--every=-inf"], "--every must be a positive number of seconds, got '-inf'"),
    (["follow", "page.html", "--every", "0"], "--every must be a positive number of seconds, got '0'"),
    (["follow", "page.html", "--every", "-1"], "--every must be a positive number of seconds, got '-1'"),
    (["follow", "page.html", "--every", "soon"], "--every must be a positive number of seconds, got 'soon'"),
    (
        ["follow", "page.html", "--timeout", "nan"],
        "--timeout must be a positive number of seconds, got 'nan'",
    ),
    (["follow", "page.html", "--timeout", "-1"], "--timeout must be a positive number of seconds, got '-1'"),
    (["follow", "page.html", "--timeout", "0"], "--timeout must be a positive number of seconds, got '0'"),
    (["follow", "page.html", "--polls", "-1"], "--polls must be a whole number >= 1, got '-1'"),
    (["follow", "page.html", "--polls", "0"], "--polls must be a whole number >= 1, got '0'"),
    (["follow", "page.html", "--polls", "٣"], "--polls must be a whole number >= 1, got '٣'"),
    (["follow", "page.html", "--lang", "xx"], "unknown language 'xx'"),
    (["show", str(SEED), "--timeout", "nan"], "--timeout must be a positive number of seconds, got 'nan'"),
    (["export", str(SEED), "--timeout=-1"], "--timeout must be a positive number of seconds, got '-1'"),
    (["show", str(SEED), "--lang", "xx"], "unknown language 'xx'"),
    (["show", str(SEED), "--lang", "qq-SY"], "unknown language 'qq-SY'"),
    (["export", str(SEED), "--lang", "zz"], "unknown language 'zz'"),
    (["resolve", "yesterday", "--lang", "xx"], "unknown language 'xx'"),
]


@pytest.mark.parametrize(("argv", "says"), BAD_SETTINGS)
def test_bad_setting_is_one_config_error_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    """A setting out of range (nan, inf, zero, negative) or an unknown language is refused before any work."""
    _one_line_error(capsys, argv, says)


@pytest.mark.parametrize("lang", ["ar", "en", "ar-SY", "fr", "de", "tr"])
def test_known_languages_are_accepted(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    """Our own languages and dateparser's are accepted (primary subtag only)."""
    assert main(["export", str(SEED), "--format", "json", "--lang", lang, *PAGE]) == 0
    assert capsys.readouterr().out.startswith("{")


# --- where the output goes ----------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "argv",
    [
        ["export", str(SEED), "--format", "json", *PAGE],
        ["export", str(SEED), "--format", "ics", *PAGE],
        ["show", str(SEED), "--no-pager", *PAGE],
        ["show", str(SEED), "--json", *PAGE],
        ["schema"],
    ],
    ids=["export-json", "export-ics", "show", "show-json", "schema"],
)
def test_full_stdout_is_one_line(argv: list[str]) -> None:
    """``> /dev/full``: one line on stderr naming the failure, exit 2, no traceback."""
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "liveblog", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert proc.returncode == 2
    assert proc.stderr == "liveblog: error: cannot write the output: No space left on device\n"


def test_closed_pipe_is_quiet() -> None:
    """``| head -c 10``: the reader went away; no traceback, no error line."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "liveblog", "export", str(SEED), "--format", "json", *PAGE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    _out, err = proc.communicate()
    assert proc.returncode == 0
    assert err == b""


@pytest.fixture
def specials(tmp_path: Path) -> dict[str, Path]:
    """A directory, a FIFO and a missing directory to write to."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "out.json"
    folder.mkdir()
    return {"fifo": fifo, "dir": folder, "nodir": tmp_path / "missing" / "x.json", "dev": Path("/dev/null")}


# (target, words of the error)
BAD_TARGETS = [
    ("fifo", "is a FIFO, not a regular file"),
    ("dir", "is a directory"),
    ("nodir", "does not exist"),
    ("dev", "is a device or socket, not a regular file"),
]


@pytest.mark.parametrize(("name", "says"), BAD_TARGETS)
def test_export_refuses_what_is_not_a_regular_file(
    capsys: pytest.CaptureFixture[str], specials: dict[str, Path], name: str, says: str
) -> None:
    """``-o`` onto a FIFO, a device or a directory is refused and the thing left as it was."""
    target = specials[name]
    _one_line_error(capsys, ["export", str(SEED), "-f", "json", "-o", str(target), *PAGE], says)
    assert specials["fifo"].is_fifo()
    assert specials["dir"].is_dir()
    assert Path("/dev/null").is_char_device()
    assert sorted(p.name for p in specials["fifo"].parent.iterdir()) == ["out.json", "pipe.json"]


def test_export_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    """``-o link`` replaces the file the link points to, and the link stays a link."""
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new\n")
    assert link.is_symlink()
    assert real.read_text() == "new\n"
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "later.json")
    write_atomic(dangling, "made\n")
    assert dangling.is_symlink()
    assert (tmp_path / "later.json").read_text() == "made\n"


def test_full_disk_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk while writing: an ExportError naming it, the old file intact, no temp file left."""
    target = tmp_path / "out.json"
    target.write_text("old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
