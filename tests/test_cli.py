"""Tests of the liveblog command: exit codes and one-line errors for bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from liveblog.cli import main

from .conftest import SEED, SEED_REFERENCE, SEED_TZ


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, Path]:
    """A set of bad inputs on disk."""
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    cp1256 = tmp_path / "cp1256.txt"
    cp1256.write_bytes(bytes(range(0x80, 0x100)) * 4)  # no text encoding fits these bytes
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return {
        "binary": binary,
        "cp1256": cp1256,
        "empty": empty,
        "dir": tmp_path,
        "missing": tmp_path / "nope.txt",
    }


# (input name, extra args, words the one-line error must contain)
BAD = [
    ("missing", [], "no such file"),
    ("dir", [], "is a directory"),
    ("binary", [], "binary"),
    ("cp1256", [], "not UTF-8"),
    ("seed", ["--reference", "yesterday-ish"], "bad reference time 'yesterday-ish'"),
    ("seed", ["--reference", "2024-13-45"], "bad reference time '2024-13-45'"),
    ("seed", ["--tz", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
    ("seed", ["--tz", ""], "empty time zone"),
    ("seed", ["--lang", "Arabic!"], "bad language code 'Arabic!'"),
]


@pytest.mark.parametrize("command", ["show", "export"])
@pytest.mark.parametrize(("name", "extra", "says"), BAD)
def test_bad_input_is_one_line_and_nonzero(
    pages: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
    extra: list[str],
    says: str,
) -> None:
    """Each bad input gives one clear line on stderr, no traceback, and exit status 2."""
    path = SEED if name == "seed" else pages[name]
    code, out, err = _run([command, str(path), *extra], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("liveblog: error: ")
    assert says in err
    assert "Traceback" not in err


def test_empty_input_is_an_empty_timeline(pages: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """Empty input is not an error: an empty timeline with a note, exit 0."""
    import json

    code, out, _err = _run(
        ["export", str(pages["empty"]), "--format", "json", "--reference", "2024-11-29"], capsys
    )
    assert code == 0
    data = json.loads(out)
    assert data["entries"] == []
    assert data["events"] == []
    assert any("empty" in note for note in data["notes"])


def test_no_command_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """Running liveblog with no command shows the usage and fails."""
    code, _out, err = _run([], capsys)
    assert code == 2
    assert "usage: liveblog" in err


@pytest.mark.parametrize(
    ("expression", "lines"),
    [
        (
            "مساء الخميس",
            [
                "start   2024-11-28T18:00:00+03:00",
                "end     2024-11-29T00:00:00+03:00",
                "grain   part_of_day (evening)",
                "timex   2024-11-28TEV",
            ],
        ),
        (
            "منذ حوالي ثلاث ساعات",
            ["start   2024-11-29T18:00:00+03:00", "timex   2024-11-29T18 (approximate)"],
        ),
    ],
)
def test_resolve_command(capsys: pytest.CaptureFixture[str], expression: str, lines: list[str]) -> None:
    """`liveblog resolve` prints start, end, grain, timex and rule of an expression."""
    code, out, _ = _run(["resolve", expression, "--reference", SEED_REFERENCE, "--tz", SEED_TZ], capsys)
    assert code == 0
    for line in lines:
        assert line in out
    assert "rule" in out


def test_resolve_command_no_date(capsys: pytest.CaptureFixture[str]) -> None:
    """A duration is not a date: `liveblog resolve` says so and exits 1."""
    code, out, _ = _run(["resolve", "لأكثر من 36 ساعة", "--reference", SEED_REFERENCE], capsys)
    assert code == 1
    assert "no date" in out


@pytest.mark.parametrize(
    "how", [["-m", "liveblog"], ["-c", "from liveblog.cli import main; raise SystemExit(main())"]]
)
def test_python_dash_m_runs(how: list[str]) -> None:
    """`python -m liveblog` is the same command, with the same one-line errors."""
    proc = subprocess.run(
        [sys.executable, *how, "export", "/nonexistent/page.txt"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr == "liveblog: error: no such file: '/nonexistent/page.txt'\n"
