"""The code stays as the style guide asks: ruff-clean, ruff-formatted, mypy --strict clean.

Both tools are in the `test` extra, so CI runs these; they skip (with the
reason) only where a developer installed the package without that extra.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install '.[test]' brings it)")
    return found


@pytest.mark.parametrize(
    "args",
    [["check", "src", "tests", "bench", "fuzz"], ["format", "--check", "src", "tests", "bench", "fuzz"]],
    ids=["ruff-check", "ruff-format"],
)
def test_ruff(args: list[str]) -> None:
    """ruff finds nothing to report or reformat."""
    proc = subprocess.run([_tool("ruff"), *args], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_strict() -> None:
    """mypy --strict (configured in pyproject) finds no error in the package."""
    proc = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
