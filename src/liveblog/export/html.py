"""HTML export: one self-contained page a person can open, forward or embed.

The page holds its own style, its own small filter script and an inline SVG
density strip; it makes no request at all (a ``Content-Security-Policy`` meta
of ``default-src 'none'`` with the script's SHA-256 says so to the browser),
and reads fine with scripts off. Page text reaches the markup by one path
only: Jinja2 with autoescaping, so nothing a page says can add markup, script,
style or a request; a page-derived URL becomes a link only when it is
``http(s)`` and then carries ``rel="noopener noreferrer"``.

Right-to-left pages get ``lang`` and ``dir`` on the document and
``dir="auto"`` on every block of page text, so the browser lays Arabic,
Persian or Hebrew out itself (each block is its own BiDi isolate: an override
character in page text cannot spill into what follows it).

>>> from datetime import datetime, timedelta
>>> from liveblog.model import When
>>> at = datetime.fromisoformat("2024-11-29T14:00+03:00")
>>> bar_extent(When.at_minute(at)) is None
True
>>> four_hours = When(at, at + timedelta(hours=4), "hour", "2024-11-29T14")
>>> [t.hour for t in bar_extent(four_hours)]
[14, 18]
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from functools import cache
from importlib.resources import files
from typing import Literal

import jinja2
from markupsafe import Markup

from liveblog.export._htmlview import View, bar_extent, safe_url
from liveblog.export._text import local, one_line
from liveblog.model import EntryKind, Event, EventKind, Timeline

__all__ = ["bar_extent", "page_direction", "safe_url", "script_hash", "to_html"]

_LANG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_DIRECTION_SAMPLE = 20000

Direction = Literal["ltr", "rtl"]


def _asset(name: str) -> str:
    return files("liveblog.export").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("liveblog.export", "templates"),
        autoescape=True,  # every page-derived string is escaped: the one sanitising path
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@cache
def _script() -> tuple[str, str]:
    """The filter script and its CSP source (``'sha256-…'`` of its exact bytes)."""
    script = _asset("timeline.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return script, f"'sha256-{digest}'"


def script_hash() -> str:
    """The ``script-src`` source the page's CSP allows: ``'sha256-…'`` of its one inline script."""
    return _script()[1]


def page_direction(timeline: Timeline) -> Direction:
    """``rtl`` when the page's strong letters are mostly right-to-left (Unicode BiDi classes R, AL).

    Read off the page's own writing rather than a table of languages, so any
    right-to-left script is covered.
    """
    rtl = ltr = 0
    seen = 0
    for text in (timeline.title or "", *(f"{e.title or ''} {e.text}" for e in timeline.entries)):
        for ch in text[: _DIRECTION_SAMPLE - seen]:
            kind = unicodedata.bidirectional(ch)
            rtl += kind in ("R", "AL")
            ltr += kind == "L"
        seen += len(text)
        if seen >= _DIRECTION_SAMPLE:
            break
    return "rtl" if rtl > ltr else "ltr"


def _language(lang: str) -> str:
    return lang if _LANG.fullmatch(lang) else "und"


def to_html(timeline: Timeline, events: tuple[Event, ...]) -> str:
    """``events`` of ``timeline`` as one self-contained HTML page (see the module docs)."""
    view = View(timeline, events)
    sections = view.sections()
    script, script_hash = _script()
    lang = _language(timeline.lang)
    zone = view.zone
    reference = local(timeline.reference, zone)
    present = {item.kind for s in sections for item in (*s.band, *s.axis)}
    kinds = tuple(k for k in (*(k.value for k in EntryKind), EventKind.MENTION.value) if k in present)
    template = _environment().get_template("timeline.html.j2")
    return template.render(
        lang=lang,
        dir=page_direction(timeline),
        chrome_lang="" if lang.split("-")[0].lower() == "en" else "en",
        title=one_line(timeline.title or "") or "Timeline",
        source=one_line(timeline.source or ""),
        source_url=safe_url(timeline.source),
        read_at=f"{reference:%Y-%m-%d %H:%M}",
        tz=one_line(timeline.tz),
        posts=sum(1 for ev in events if ev.kind is EventKind.ENTRY),
        mentions=sum(1 for ev in events if ev.kind is EventKind.MENTION),
        sections=sections,
        kinds=kinds,
        density=view.density(),
        style=Markup(_asset("timeline.css")),
        script=Markup(script),
        csp=f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash}; "
        "base-uri 'none'; form-action 'none'",
    )
