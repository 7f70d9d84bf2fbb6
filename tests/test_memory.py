"""Memory hygiene: a big page's parse tree is freed and handed back early; no process-wide text caches.

Peak memory itself is a benchmark figure (``python -m bench --only throughput``),
not a unit test; these tests pin the mechanisms that keep it down.
"""

from __future__ import annotations

import gc
import platform
import sys

import pytest

import liveblog
from liveblog.assemble import dedup
from liveblog.read import _html
from liveblog.read._memory import RELEASE_AFTER, release_freed_memory

from .conftest import SEED_REFERENCE, SEED_TZ


def _page(blocks: int, filler: int) -> str:
    """A microdata page of ``blocks`` posts, each padded with ``filler`` characters of prose."""
    body = "Crews worked through the night to clear the road. " * (filler // 50 + 1)
    clocks = [f"{10 + i // 60:02d}:{i % 60:02d}" for i in range(blocks)]
    posts = "\n".join(
        f'<div id="b{i}" itemprop="liveBlogUpdate" itemscope>'
        f'<time datetime="2024-11-29T{clock}:00+03:00">{clock}</time>'
        f"<p>Update {i}. {body[:filler]}</p></div>"
        for i, clock in enumerate(clocks)
    )
    return f"<html><body><article>{posts}</article></body></html>"


def _live_trees() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o).__name__ in ("LexborHTMLParser", "LexborNode"))


@pytest.mark.parametrize(
    ("blocks", "filler", "released"),
    [
        (3, 100, False),  # a small page: the trim is not worth its time
        (40, 7000, True),  # about 280 KB: over RELEASE_AFTER
    ],
)
def test_big_pages_hand_the_tree_back_after_it_is_freed(
    monkeypatch: pytest.MonkeyPatch, blocks: int, filler: int, released: bool
) -> None:
    """read_html releases memory only for pages over the threshold, and only once no tree or node is alive."""
    html = _page(blocks, filler)
    assert (len(html) >= RELEASE_AFTER) is released
    calls: list[int] = []
    monkeypatch.setattr(_html, "release_freed_memory", lambda: calls.append(_live_trees()) or True)
    doc = _html.read_html(html)
    assert calls == ([0] if released else [])
    assert doc.blocks is not None
    assert len(doc.blocks) == blocks


def test_release_works_where_the_c_library_can() -> None:
    """On glibc Linux the heap's free pages are returned; elsewhere the call says it could not."""
    expected = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert release_freed_memory() is expected


def test_deduplication_keeps_no_texts_between_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each distinct title and text is normalised once per call, and a second call normalises them again."""
    seen: list[tuple[str | None, str]] = []
    real = dedup.match_key

    def counting(title: str | None, text: str) -> str:
        seen.append((title, text))
        return real(title, text)

    monkeypatch.setattr(dedup, "match_key", counting)
    page = "20:15\nالخبر الأول عن حلب\n19:26\nالخبر الثاني\n17:57\nالخبر الأول عن حلب\n"
    first = liveblog.parse(page, reference=SEED_REFERENCE, tz=SEED_TZ)
    distinct = len(set(seen))
    assert len(seen) == distinct  # once each within the call
    assert distinct == 2  # the 17:57 post repeats the 20:15 one word for word
    seen.clear()
    second = liveblog.parse(page, reference=SEED_REFERENCE, tz=SEED_TZ)
    assert len(seen) == distinct  # nothing cached across calls
    assert first == second
