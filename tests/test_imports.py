"""What importing liveblog and asking for ``--help`` load: only what they need."""

from __future__ import annotations

import subprocess
import sys

import pytest

import liveblog

_PROBE = """
import sys
{code}
print(" ".join(sorted(m for m in sys.modules)))
"""


def _loaded(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(code=code)], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


# (what runs, modules that must not be loaded by it)
CASES = [
    ("import liveblog", {"importlib.metadata", "liveblog.pipeline", "liveblog.model", "rich", "httpx"}),
    (
        "import contextlib, io\n"
        "from liveblog.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main(['--help'])\n    except SystemExit:\n        pass",
        {"importlib.metadata", "liveblog.pipeline", "liveblog.resolve", "rich", "httpx", "selectolax"},
    ),
]


@pytest.mark.parametrize(("code", "absent"), CASES, ids=["import", "help"])
def test_startup_loads_little(code: str, absent: set[str]) -> None:
    """``import liveblog`` and ``--help`` leave the parser, Rich, httpx and package metadata unloaded."""
    loaded = _loaded(code)
    assert "liveblog" in loaded
    assert not absent & loaded


def test_public_names_resolve_lazily() -> None:
    """Every name in ``__all__`` is reachable, and the same object as in its home module."""
    from importlib import import_module

    import liveblog.resolve  # the submodule loading must not take the function's name
    from liveblog import model

    resolve = import_module("liveblog.resolve")
    for name in liveblog.__all__:
        assert getattr(liveblog, name) is not None
    assert liveblog.Timeline is model.Timeline
    assert liveblog.find_times is resolve.find_times
    assert liveblog.resolve is resolve.resolve
    assert isinstance(liveblog.__version__, str)
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = liveblog.no_such_name


def test_version_flag_prints_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``--version`` still prints the installed version (read only then)."""
    from liveblog.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"liveblog {liveblog.__version__}\n"
