"""What ``liveblog show`` of a text page loads: the parser and Rich, not the heavy optional parts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10bbcf9e3c36c249.txt"
ENGLISH = ROOT / "tests" / "fixtures" / "aljazeera_english.txt"

_PROBE = """
import contextlib, io, sys
from liveblog.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(["show", sys.argv[1], "--reference", "2024-11-29T21:00", "--tz", "Asia/Damascus", "--no-pager"])
    except SystemExit:
        pass
print(" ".join(sorted(sys.modules)))
"""

# Modules `show` of a plain text page has no use for: the fallback date parser, the language models
# (the seed is Arabic; the English page is named by its stop words), the HTML and network readers,
# Babel (names come from lang/labels.json), and importlib.resources (data files are opened directly).
NEVER = {"dateparser", "lingua", "selectolax", "httpx", "babel", "importlib.resources", "warcio", "jinja2"}


@pytest.mark.parametrize("page", [SEED, ENGLISH], ids=["arabic-seed", "english"])
def test_show_of_a_text_page_loads_no_heavy_module(page: Path) -> None:
    """``liveblog show PAGE.txt`` renders without importing the modules in :data:`NEVER`."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(page)], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(out.split())
    assert "liveblog.render" in loaded  # it did render
    assert not NEVER & loaded, sorted(NEVER & loaded)
