"""The HTML view as a string: structure, escaping, links, the CSP hash, ranges, the density strip.

What a browser does with it is in tests/test_html_browser.py; here the markup itself is read back
with html5lib's strict parser (any parse error fails) and selectolax.
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import html5lib
import pytest
from hypothesis import given, settings
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from liveblog.cli import main
from liveblog.export import export_timeline, guess_format
from liveblog.export.html import bar_extent, page_direction, safe_url, script_hash, to_html
from liveblog.model import Grain, Timeline, When

from .conftest import SEED, SEED_REFERENCE, SEED_TZ
from .html_pages import FRIDAY_ROWS, HOSTILE, HOSTILE_URLS, RANGE_ROWS, english_timeline, hostile_timeline
from .strategies_model import timelines

DAMASCUS = ZoneInfo("Asia/Damascus")


def _strict(html: str) -> None:
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)


def _dom(html: str) -> HTMLParser:
    return HTMLParser(html)


def _text(node: Node) -> str:
    return node.text(deep=True, separator="")


# ------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed_html(seed_timeline: Timeline) -> str:
    """The seed's timeline as HTML."""
    return export_timeline(seed_timeline, "html")


def test_seed_parses_strictly_and_names_its_language(seed_html: str) -> None:
    """html5lib's strict parser reads the page without one error; the document is Arabic, right-to-left."""
    _strict(seed_html)
    root = _dom(seed_html).css_first("html")
    assert root is not None
    assert (root.attributes["lang"], root.attributes["dir"]) == ("ar", "rtl")


def test_seed_posts_in_time_order_with_their_times(seed_html: str) -> None:
    """The four live posts appear once each, 15:03, 17:57, 19:26, 20:15 Friday +03:00, in that order."""
    posts = _dom(seed_html).css("li.ev.post")
    assert [p.css_first("time").attributes["datetime"] for p in posts] == [
        "2024-11-29T15:03+03:00",
        "2024-11-29T17:57+03:00",
        "2024-11-29T19:26+03:00",
        "2024-11-29T20:15+03:00",
    ]
    assert [_text(p.css_first("time")) for p in posts] == ["15:03", "17:57", "19:26", "20:15"]
    assert all(p.attributes["data-day"] == "2024-11-29" for p in posts)


def test_seed_sections_in_time_order(seed_html: str) -> None:
    """Sections: March 2020 (the ceasefire's month), Thursday 28, Friday 29 November 2024."""
    ids = [s.attributes["id"] for s in _dom(seed_html).css("section.sec")]
    assert ids == ["d-2020-03", "d-2024-11-28", "d-2024-11-29"]
    heading = _text(_dom(seed_html).css_first("#h-2024-11-29"))
    assert heading == "الجمعة 29 تشرين الثاني 2024 · 2024-11-29"


def test_seed_mentions_link_both_ways(seed_html: str) -> None:
    """Each of the nine mentions links to the lead, and the lead links back to each of them."""
    dom = _dom(seed_html)
    mentions = dom.css("li.ev.mention")
    assert len(mentions) == 9
    lead = dom.css_first("li.ev.lead")
    assert lead is not None
    back = {a.attributes["href"] for a in lead.css("ul.dates a")}
    for m in mentions:
        (said,) = m.css(".said a")
        assert said.attributes["href"] == f"#{lead.attributes['id']}"
        assert f"#{m.attributes['id']}" in back
    assert len(back) == 9


def test_seed_day_and_part_of_day_events_sit_in_the_band(seed_html: str) -> None:
    """Thursday's band holds «الخميس» (all day) and «مساء الخميس» (18:00-24:00, evening, approximate)."""
    band = _dom(seed_html).css("#d-2024-11-28 ul.band > li")
    assert [_text(li.css_first("time")) for li in band] == ["all day", "18:00–24:00 · evening"]
    assert [li.css_first(".approx") is not None for li in band] == [False, True]


def test_seed_empty_posts_say_so(seed_html: str) -> None:
    """15:03, 17:57 and 20:15 lost their text on the page: each says so instead of showing nothing."""
    empty = [_text(li.css_first("time")) for li in _dom(seed_html).css("li.post") if li.css_first(".empty")]
    assert empty == ["15:03", "17:57", "20:15"]


def test_every_block_of_page_text_has_dir_auto(seed_html: str) -> None:
    """Paragraphs, titles and quoted words of the page each carry dir="auto" (their own BiDi isolate)."""
    dom = _dom(seed_html)
    blocks = dom.css(".body > p:not(.kind):not(.empty):not(.flag):not(.expr), .body h3, q > span, h1")
    assert len(blocks) > 20
    assert all(b.attributes.get("dir") == "auto" for b in blocks)


# ------------------------------------------------------------------ the one script and the CSP


def test_csp_hash_is_the_hash_of_the_one_script(seed_html: str) -> None:
    """The CSP allows exactly the page's one inline script, by its SHA-256, and nothing else loads."""
    dom = _dom(seed_html)
    (script,) = dom.css("script")
    body = script.text(deep=True)
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
    assert script_hash() == f"'sha256-{digest}'"
    (meta,) = dom.css('meta[http-equiv="Content-Security-Policy"]')
    policy = [p.strip() for p in meta.attributes["content"].split(";")]
    assert policy == [
        "default-src 'none'",
        "style-src 'unsafe-inline'",
        f"script-src 'sha256-{digest}'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    assert "</script" not in body.lower()


def test_nothing_can_load(seed_html: str) -> None:
    """No element that fetches: no src, no stylesheet link, no url() in any style."""
    dom = _dom(seed_html)
    assert dom.css("img, iframe, object, embed, link, audio, video, source, base, [src]") == []
    assert "url(" not in seed_html


# ------------------------------------------------------------------ hostile page text


@pytest.fixture(scope="module")
def hostile_html() -> str:
    """The hostile page's HTML."""
    return to_html(hostile_timeline(), hostile_timeline().events)


def test_hostile_text_is_text(hostile_html: str) -> None:
    """Every hostile string comes back as text (title, marker, paragraph, quoted words), never markup."""
    _strict(hostile_html)
    dom = _dom(hostile_html)
    paragraphs = [_text(p) for p in dom.css(".body > p[dir=auto]")]
    quoted = [_text(q) for q in dom.css("q > span")]
    for words in HOSTILE:
        assert paragraphs.count(words) == 2, words  # the post and its mention
        assert words in quoted
    assert _text(dom.css_first("title")) == HOSTILE[0]


def test_hostile_text_adds_no_element_or_attribute(hostile_html: str) -> None:
    """The page has the same kinds of element and attribute a harmless page has: no on*, no script."""
    dom = _dom(hostile_html)
    tags = {n.tag for n in dom.root.traverse() if n.tag not in ("-text", "_comment")}
    assert tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "h1",
        "p",
        "a",
        "span",
        "time",
        "nav",
        "ul",
        "li",
        "main",
        "figure",
        "svg",
        "rect",
        "figcaption",
        "form",
        "label",
        "input",
        "fieldset",
        "legend",
        "section",
        "h2",
        "ol",
        "div",
        "q",
        "h3",
        "details",
        "summary",
        "footer",
        "script",
    }
    attributes = {name for n in dom.root.traverse() for name in (n.attributes or {})}
    assert not [a for a in attributes if a.lower().startswith("on")]
    assert len(dom.css("script")) == 1
    assert dom.css("style")[0].text().count("{") == _asset_rule_count()
    assert dom.css("[style]") == [] or all(
        re.fullmatch(r"(--lanes:\d+|grid-row:\d+(/\d+)?(;grid-column:\d+)?)", n.attributes["style"] or "")
        for n in dom.css("[style]")
    )


def _asset_rule_count() -> int:
    from importlib.resources import files

    return files("liveblog.export").joinpath("templates", "timeline.css").read_text("utf-8").count("{")


def test_only_http_links_leave_the_page(hostile_html: str) -> None:
    """Links are in-page anchors that exist, or http(s) URLs with rel="noopener noreferrer"."""
    dom = _dom(hostile_html)
    ids = {n.attributes["id"] for n in dom.css("[id]")}
    outside = []
    for a in dom.css("a"):
        href = a.attributes["href"] or ""
        if href.startswith("#"):
            assert href[1:] in ids, href
        else:
            outside.append(href)
            assert a.attributes["rel"] == "noopener noreferrer"
    # Of the five URLs only the plain https one becomes a link (a quote is not allowed in a URL).
    assert set(outside) == {"https://example.org/ok"}


# (url, whether it may become a link)
URLS = [
    ("https://example.org/live#p1", True),
    ("http://example.org", True),
    ("HTTPS://EXAMPLE.ORG/", True),
    ("https://user@example.org/", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<b>x</b>", False),
    ("vbscript:msgbox", False),
    ("//example.org/x", False),
    ("/relative/path", False),
    ("#anchor", False),
    (" https://example.org", False),
    ("https://example.org/a b", False),
    ("https://exa\tmple.org", False),
    ("https://example.org/\n", False),
    ('https://example.org/"onmouseover=alert(1)', False),
    ("https://example.org/<script>", False),
    ("https://example.org/a\\b", False),
    ("https://example.org/{x}|^`", False),
    ("https://example.org/%22ok%22?q=1&r=2", True),
    ("https://ar.example.org/حلب", True),
    ("https://", False),
    ("https:///path", False),
    ("https://@/x", False),
    ("ftp://example.org", False),
    ("", False),
    (None, False),
]


@pytest.mark.parametrize(("url", "ok"), URLS)
def test_safe_url(url: str | None, ok: bool) -> None:
    """Only absolute http(s) URLs with a host and no spaces or control characters may be links."""
    assert safe_url(url) == (url if ok else None)


def test_hostile_urls_table_covers_both_outcomes() -> None:
    """The hostile page's URLs include ones that must and must not become links."""
    assert {safe_url(u) is None for u in HOSTILE_URLS} == {True, False}


# ------------------------------------------------------------------ ranges, bands, edits


@pytest.fixture(scope="module")
def english_html() -> str:
    """The hand-built English page's HTML."""
    return export_timeline(english_timeline(), "html")


def test_english_page_is_left_to_right(english_html: str) -> None:
    """An English page: lang en, dir ltr, no lang attributes on the chrome."""
    root = _dom(english_html).css_first("html")
    assert (root.attributes["lang"], root.attributes["dir"]) == ("en", "ltr")
    assert _dom(english_html).css("[lang]") == [root]


def test_friday_rows_in_order(english_html: str) -> None:
    """Friday's time axis has one row per timed event in (start, end, id) order, numbered from 1."""
    rows = _dom(english_html).css("#d-2021-02-19 ol.axis > li.ev")
    assert [r.attributes["id"] for r in rows] == FRIDAY_ROWS
    assert [r.attributes["style"] for r in rows] == [f"grid-row:{n}" for n in range(1, 7)]


def test_range_bar_spans_its_rows(english_html: str) -> None:
    """«from 10am until noon» (10:00-12:00) is a bar from its own row to 11:15's, in the first lane."""
    (bar,) = _dom(english_html).css("li.bar")
    first, last = RANGE_ROWS
    assert bar.attributes["style"] == f"grid-row:{first}/{last + 1};grid-column:1"
    assert bar.attributes["data-for"] == "m-closure"
    assert bar.attributes["aria-hidden"] == "true"


def test_removed_and_edited_posts_are_marked(english_html: str) -> None:
    """11:15 (gone from the last copy) says so; 10:30 keeps its earlier text in a <details>."""
    dom = _dom(english_html)
    gone = dom.css_first("#p-1115")
    assert "removed" in gone.attributes["class"]
    assert _text(gone.css_first(".flag")).startswith("Removed from the page")
    edited = dom.css_first("#p-1030")
    assert _text(edited.css_first("summary")) == "Edited: 1 earlier version"
    assert [_text(p) for p in edited.css("details li p")] == [
        "Rail line closed\n\nNorthern says one line is shut."
    ]


def test_javascript_url_of_a_post_is_not_a_link(english_html: str) -> None:
    """10:00's URL is javascript:… and shows no "on the page" link; 10:30's https URL does."""
    dom = _dom(english_html)
    assert dom.css_first("#p-1000 .kind a") is None
    link = dom.css_first("#p-1030 .kind a")
    assert link.attributes["href"] == "https://example.org/live/storm#block-1030"


# (when, expected bar ends as local hours, or None)
D = datetime(2024, 11, 29, tzinfo=DAMASCUS)
BARS = [
    (When.at_minute(D + timedelta(hours=14)), None),
    (When(D + timedelta(hours=14), D + timedelta(hours=15), Grain.HOUR, "2024-11-29T14"), None),
    (When(D + timedelta(hours=14), D + timedelta(hours=18), Grain.HOUR, "2024-11-29T14"), (14, 18)),
    (
        When(D + timedelta(hours=14), D + timedelta(hours=14, minutes=30), Grain.MINUTE, "2024-11-29T14:00"),
        (14, 14),
    ),
    (When(D, D + timedelta(hours=6), Grain.PART_OF_DAY, "2024-11-29TMO", part="morning"), None),
    (When.on_day(D), None),
    (When(D, D + timedelta(days=3), Grain.DAY, "2024-11-29"), None),
]


@pytest.mark.parametrize(("when", "hours"), BARS)
def test_bar_extent(when: When, hours: tuple[int, int] | None) -> None:
    """A clock-grain When longer than one unit is a range; points, parts of day and dates are not."""
    extent = bar_extent(when)
    assert (None if extent is None else (extent[0].hour, extent[1].hour)) == hours


# ------------------------------------------------------------------ the density strip


def test_seed_density_strip_counts_posts_per_hour(seed_html: str) -> None:
    """Posts at 15:03, 17:57, 19:26, 20:15: six hours 15..20 with 1, 0, 1, 0, 1, 1 posts."""
    svg = _dom(seed_html).css_first("figure.density svg")
    assert svg.attributes["viewBox"] == "0 0 6 32"
    titles = [_text(t) for t in svg.css("rect title")]
    assert titles == [
        "2024-11-29 15:00: 1",
        "2024-11-29 17:00: 1",
        "2024-11-29 19:00: 1",
        "2024-11-29 20:00: 1",
    ]
    assert [r.attributes["x"] for r in svg.css("rect")] == ["0", "2", "4", "5"]


def test_density_buckets_widen_for_long_timelines() -> None:
    """Posts over 30 days (720 hours, more than 336 buckets) are counted per 3 hours."""
    tl = english_timeline()
    far = tl.events[-1]
    moved = attrs.evolve(
        far,
        id="p-late",
        entry_id="p-late",
        when=attrs.evolve(
            far.when, start=far.when.start + timedelta(days=30), end=far.when.end + timedelta(days=30)
        ),
    )
    html = to_html(tl, (*tl.events, moved))
    svg = _dom(html).css_first("figure.density svg")
    # 09:00 on the 19th to 12:40 thirty days on: 723 hours 40 minutes, so 724 hours, 242 buckets of 3.
    assert svg.attributes["viewBox"] == "0 0 242 32"
    assert "per 3 hours" in svg.attributes["aria-label"]


# ------------------------------------------------------------------ direction from the page's letters


def test_page_direction(seed_timeline: Timeline) -> None:
    """Arabic letters make the page right-to-left; Latin ones left-to-right; Hebrew right-to-left."""
    assert page_direction(seed_timeline) == "rtl"
    assert page_direction(english_timeline()) == "ltr"
    hebrew = attrs.evolve(english_timeline(), title="עדכונים חיים: סערה בצפון", entries=())
    assert page_direction(hebrew) == "rtl"


# ------------------------------------------------------------------ any timeline, and the CLI


@settings(max_examples=40, deadline=None)
@given(timelines())
def test_any_timeline_gives_strict_html(timeline: Timeline) -> None:
    """Any timeline exports to HTML that html5lib's strict parser reads, with exactly one script."""
    html = to_html(timeline, timeline.events)
    _strict(html)
    assert len(_dom(html).css("script")) == 1
    assert len(_dom(html).css("li.ev")) == len(timeline.events) + sum(
        1 for e in {e.id: e for e in timeline.entries}.values() if e.when is None
    )


def test_extensions_pick_html() -> None:
    """-o timeline.html and .htm pick the HTML format."""
    assert (guess_format("timeline.html"), guess_format("x.HTM")) == ("html", "html")


def test_cli_export_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """liveblog export PAGE --format html -o timeline.html writes the page."""
    out = tmp_path / "timeline.html"
    args = ["export", str(SEED), "--reference", SEED_REFERENCE, "--tz", SEED_TZ, "--format", "html"]
    assert main([*args, "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>\n")
    assert capsys.readouterr().out == ""


def test_cli_show_html_opens_a_browser(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """liveblog show PAGE --html writes a temporary file and asks the system browser to open it."""
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    assert main(["show", str(SEED), "--reference", SEED_REFERENCE, "--tz", SEED_TZ, "--html"]) == 0
    out = capsys.readouterr().out
    (path,) = re.findall(r"^wrote (.+\.html)$", out, re.MULTILINE)
    assert opened == [Path(path).as_uri()]
    assert 'dir="rtl"' in Path(path).read_text(encoding="utf-8")
    Path(path).unlink()


def test_cli_show_html_without_a_browser(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no browser to open, show --html says where the file is."""
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda _url: False)
    assert main(["show", str(SEED), "--reference", SEED_REFERENCE, "--tz", SEED_TZ, "--html"]) == 0
    out = capsys.readouterr().out
    (path,) = re.findall(r"^wrote (.+\.html)$", out, re.MULTILINE)
    assert f"no browser found here: open {Path(path).as_uri()} in one" in out
    Path(path).unlink()


def test_module_examples() -> None:
    """The examples in the HTML exporter's docstrings run as written."""
    import doctest

    from liveblog.export import _htmlview, html

    results = [doctest.testmod(module) for module in (html, _htmlview)]
    assert [r.attempted > 0 for r in results] == [True, True]
    assert sum(r.failed for r in results) == 0


# (start hour, length in hours, the time column's words), on Thursday 28 November 2024, Damascus
CLOCKS = [
    (20, 1, "20:00–21:00"),
    (18, 6, "18:00–24:00"),
    (20, 9, "20:00–05:00 next day"),
    (20, 33, "20:00–2024-11-30 05:00"),
]


@pytest.mark.parametrize(("hour", "hours", "words"), CLOCKS)
def test_time_column_of_a_stretch(hour: int, hours: int, words: str) -> None:
    """A stretch ends at its clock, 24:00 at midnight, "next day" past it, and a date further on."""
    start = datetime(2024, 11, 28, hour, tzinfo=DAMASCUS)
    when = When(start, start + timedelta(hours=hours), Grain.HOUR, "2024-11-28T20")
    one = attrs.evolve(english_timeline(), tz="Asia/Damascus", events=())
    event = attrs.evolve(english_timeline().events[0], when=when)
    html = to_html(one, (event,))
    assert _text(_dom(html).css_first("li.ev time")) == words


def test_kind_boxes_in_a_fixed_order(seed_html: str) -> None:
    """The kind tick boxes list the kinds present, posts first and mentions last."""
    boxes = [i.attributes["value"] for i in _dom(seed_html).css("input[name=kind]")]
    assert boxes == ["post", "lead", "mention"]
