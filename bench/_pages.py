"""Benchmark inputs: the seed repeated, the largest fixture, big synthetic pages, hostile strings.

Every input is built from the repository's own pages, deterministically, so two
runs measure the same bytes.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10bbcf9e3c36c249.txt"
FIXTURES = ROOT / "tests" / "fixtures"
SEED_REFERENCE = "2024-11-29T21:00"
SEED_TZ = "Asia/Damascus"

_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")


def seed_text() -> str:
    text = SEED.read_text(encoding="utf-8")
    return text if text.endswith("\n") else text + "\n"


def seed_times(n: int) -> str:
    """The seed page text repeated ``n`` times (nothing else varies)."""
    return seed_text() * n


def largest_fixture() -> tuple[Path, str, str]:
    """The largest fixture page, with the reference and zone of its expected file."""
    pages = [p for p in FIXTURES.glob("*") if p.suffix in (".txt", ".html")]
    page = max(pages, key=lambda p: p.stat().st_size)
    exp = json.loads((FIXTURES / f"{page.stem}.expected.json").read_text(encoding="utf-8"))
    return page, exp["reference"], exp["tz"]


def _seed_posts() -> tuple[str, list[str]]:
    """The seed's lead and the bodies of its posts (the text under each bare clock)."""
    lead: list[str] = []
    posts: list[list[str]] = []
    for line in seed_text().splitlines():
        if _CLOCK.match(line.strip()):
            posts.append([])
        elif posts:
            posts[-1].append(line)
        else:
            lead.append(line)
    bodies = ["\n".join(p).strip() for p in posts if "\n".join(p).strip()]
    return "\n".join(lead).strip(), bodies


def synthetic_text(entries: int) -> str:
    """A newest-first page of bare clocks, 7 minutes apart: the seed's posts again and again.

    Each post opens with its own numbered line, so deduplication (which folds a
    post re-posted within 30 minutes) keeps every one of them.
    """
    lead, bodies = _seed_posts()
    moment = datetime(2024, 11, 29, 20, 50)
    out = [lead, ""]
    for i in range(entries):
        opening = f"أفاد مراسلنا في التحديث رقم {i + 1} بما يلي."
        out += [f"{moment:%H:%M}", "", opening, bodies[i % len(bodies)], ""]
        moment -= timedelta(minutes=7)
    return "\n".join(out)


_PARA = re.compile(r"<p>([^<]{40,})</p>")


def synthetic_html(entries: int) -> str:
    """A Guardian-style microdata page with ``entries`` blocks built from the largest fixture's paragraphs."""
    page, _ref, _tz = largest_fixture()
    paras = _PARA.findall(page.read_text(encoding="utf-8")) or ["Crews worked through the night."]
    moment = datetime(2021, 2, 19, 19, 40, tzinfo=UTC)
    blocks = []
    for i in range(entries):
        bid = f"{i:024x}"
        first, second = paras[i % len(paras)], paras[(i * 7 + 3) % len(paras)]
        blocks.append(
            f'<div id="block-{bid}" class="block block--content" itemprop="liveBlogUpdate" itemscope '
            f'itemtype="http://schema.org/BlogPosting">\n'
            f'<p class="block-time"><a href="#block-{bid}" itemprop="url">'
            f'<time datetime="{moment.isoformat()}" '
            f'itemprop="datePublished">{moment:%H.%M} <span class="timezone">GMT</span></time></a></p>\n'
            f'<h2 class="block-title" itemprop="headline">Update {i}: {html.escape(first[:40])}</h2>\n'
            f'<div class="block-elements" itemprop="articleBody"><p>{first}</p><p>{second}</p></div>\n</div>'
        )
        moment -= timedelta(minutes=7)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Storm Hollis – live</title>'
        "</head>\n<body>\n"
        '<article itemscope itemtype="http://schema.org/LiveBlogPosting">\n'
        '<h1 itemprop="headline">Storm Hollis – live</h1>\n'
        + "\n".join(blocks)
        + "\n</article>\n</body></html>\n"
    )


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: Hostile inputs by name: each takes a size in characters and returns a string of about that size.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": lambda n: _repeat("1234567890", n),
    "colons": lambda n: _repeat(":", n),
    "digit-colon": lambda n: _repeat("12:", n),
    "arabic-letters": lambda n: _repeat("سجلات", n),
    "spaces": lambda n: _repeat(" ", n - 1) + "x",
    "inner-spaces": lambda n: "a" + " " * (n - 2) + "b",
    "arabic-indic": lambda n: _repeat("٢", n),
    "month-names": lambda n: _repeat("نوفمبر/تشرين الثاني March ", n),
    "day-words": lambda n: _repeat("الجمعة مساء الخميس Friday evening ", n),
    "clock-lines": lambda n: _repeat("20:15\n", n),
    "newlines": lambda n: "\n" * n,
    "nested-html": lambda n: (
        "<!doctype html><html><body>"
        + "<div>" * (n // 11)
        + "20:15 خبر"
        + "</div>" * (n // 11)
        + "</body></html>"
    ),
}
