"""``liveblog show`` in a real terminal: run it inside tmux and read the screen back.

tmux gives the program a real pseudo-terminal (so styles, the pager rule and
``--bidi auto`` all take their terminal branch) and ``capture-pane`` returns
the cells as drawn. The test runs its own tmux server on a private socket and
kills only that server. Without tmux the test is skipped, except under
``CI=true``, where a missing tmux is a failure: ``.ci/run`` must install it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from liveblog.render._bidi import visual_plain

from .work import HANG_GUARD

pytestmark = pytest.mark.external

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10bbcf9e3c36c249.txt"
HEADER = "الجمعة 29 تشرين الثاني 2024 · 2024-11-29"
TIMES = ("15:03", "17:57", "19:26", "20:15")
DONE = "__liveblog_show_done__"


def _tmux() -> str:
    found = shutil.which("tmux")
    if found:
        return found
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("tmux is not installed but CI is set: .ci/run must install tmux (apt-get install tmux)")
    pytest.skip("tmux is not installed (CI unset); install it with `apt-get install tmux` to run this test")


def _liveblog() -> list[str]:
    script = Path(sys.executable).with_name("liveblog")
    return [str(script)] if script.exists() else [sys.executable, "-m", "liveblog"]


def _screen(args: list[str], timeout: float = HANG_GUARD) -> list[str]:
    """Run ``liveblog`` with ``args`` in a fresh 120x50 tmux pane; the pane's lines, scrollback included."""
    tmux = _tmux()
    socket = f"liveblog-test-{uuid.uuid4().hex[:12]}"
    clear = "-u VTE_VERSION -u KONSOLE_VERSION -u MLTERM -u LIVEBLOG_BIDI -u NO_COLOR -u PAGER"
    command = " ".join([f"env {clear}", *(_quote(a) for a in [*_liveblog(), *args])])
    shell = f"cd {_quote(str(ROOT))} && {command}; printf '\\n{DONE}\\n'; sleep {HANG_GUARD}"
    base = [tmux, "-L", socket, "-f", "/dev/null"]
    subprocess.run(
        [*base, "new-session", "-d", "-x", "120", "-y", "50", shell], check=True, timeout=HANG_GUARD
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            shot = subprocess.run(
                [*base, "capture-pane", "-p", "-J", "-S", "-500"],
                check=True,
                capture_output=True,
                text=True,
                timeout=HANG_GUARD,
            ).stdout
            if DONE in shot:
                return shot.splitlines()
            if time.monotonic() > deadline:
                pytest.fail(f"liveblog show did not finish in {timeout} s; screen:\n{shot}")
            time.sleep(0.2)
    finally:
        subprocess.run([*base, "kill-server"], check=False, capture_output=True, timeout=HANG_GUARD)


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def _assert_in_order(lines: list[str], header: str) -> None:
    at_header = next((i for i, ln in enumerate(lines) if header in ln), None)
    assert at_header is not None, f"day header {header!r} not on screen:\n" + "\n".join(lines)
    rows = []
    for t in TIMES:
        found = [i for i, ln in enumerate(lines) if ln.startswith(t)]
        assert found, f"{t} not on screen:\n" + "\n".join(lines)
        rows.append(found[0])
    assert at_header < rows[0] < rows[1] < rows[2] < rows[3], (at_header, rows)


def test_seed_file_in_tmux_logical_order() -> None:
    """`liveblog show SEED --bidi off`: the Friday header, then 15:03, 17:57, 19:26, 20:15, in order."""
    lines = _screen(
        [
            "show",
            str(SEED),
            "--reference",
            "2024-11-29T21:00",
            "--tz",
            "Asia/Damascus",
            "--bidi",
            "off",
            "--no-pager",
        ]
    )
    _assert_in_order(lines, HEADER)


def test_bare_show_is_the_demo_in_visual_order() -> None:
    """Plain `liveblog show` in a terminal shows the demo (the seed); auto BiDi reorders it for tmux."""
    lines = _screen(["show", "--no-pager"])
    _assert_in_order(lines, visual_plain(HEADER, rtl=True))
    assert HEADER not in "\n".join(lines), "tmux does no BiDi: auto should have reordered the header"
