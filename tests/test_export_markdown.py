"""Markdown export: the timeline by day, page text as written, read back with markdown-it."""

from __future__ import annotations

import html
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from liveblog.export import export_timeline
from liveblog.model import Timeline

from .export_readers import single_post_timeline

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
TITLE_1926 = "سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام بمواجهة فصائل المعارضة السورية؟"


def _lines(text: str, prefix: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(prefix)]


def test_seed_headings_by_day(seed_like_timeline: Timeline) -> None:
    """The page title, then March 2020, Thursday 28 and Friday 29 November, in time order."""
    text = export_timeline(seed_like_timeline, "md")
    assert _lines(text, "#") == [
        "# المعارضة تدخل مدينة حلب.. وأنباء عن تحركات روسية وشيكة لدعم النظام",
        "## 2020-03 (month)",
        "## 2024-11-28 (الخميس)",
        "## 2024-11-29 (الجمعة)",
    ]


def test_seed_items_in_order(seed_like_timeline: Timeline) -> None:
    """Each event is one item with its local time (or window, or all day), kind and dating words."""
    text = export_timeline(seed_like_timeline, "md")
    friday = text.split("## 2024-11-29 (الجمعة)")[1]
    assert _lines(friday, "- ") == [
        "- **00:00–03:00, after_midnight, approximate** · mention «بعد منتصف ليلة اليوم الجمعة»"
        " (in the lead)",
        "- **all day** · lead",
        "- **all day** · mention «الجمعة» (in the lead)",
        "- **all day** · mention «الجمعة» (in the lead)",
        "- **04:00–07:00, dawn, approximate** · mention «فجر الجمعة» (in the lead)",
        "- **15:03** · post 15:03",
        "- **17:57** · post 17:57",
        "- **18:00–19:00, approximate** · mention «منذ حوالي ثلاث ساعات» (in the lead)",
        f"- **19:26** · post 19:26 — **{TITLE_1926}**",
        "- **20:15** · post 20:15",
    ]
    thursday = text.split("## 2024-11-28 (الخميس)")[1].split("##")[0]
    assert _lines(thursday, "- ") == [
        "- **all day** · mention «والخميس» (in the lead)",
        "- **18:00–24:00, evening, approximate** · mention «مساء الخميس» (in the lead)",
    ]


def test_rtl_text_left_as_written(seed_like_timeline: Timeline) -> None:
    """Arabic comes out in logical order, unchanged, with no bidi control characters added."""
    text = export_timeline(seed_like_timeline, "md")
    assert "  " + seed_like_timeline.entry("p-1926").text + "\n" in text
    assert not BIDI_CONTROLS.search(text)


def test_empty_posts_are_flagged(seed_like_timeline: Timeline) -> None:
    """Posts the page left empty are kept and say so (three in the seed)."""
    text = export_timeline(seed_like_timeline, "md")
    assert text.count("*(no text captured: the page had nothing under this marker)*") == 3


def test_events_entries(seed_like_timeline: Timeline) -> None:
    """--events entries lists the lead and posts only."""
    text = export_timeline(seed_like_timeline, "md", events="entries")
    assert "mention" not in text
    assert len(_lines(text, "- **")) == 5


def test_undated_entries_section(seed_like_timeline: Timeline) -> None:
    """An entry the page gave no time is listed under «Undated entries», not lost."""
    lost = attrs.evolve(seed_like_timeline.entries[1], id="x", marker=None, when=None, title="بلا وقت")
    timeline = attrs.evolve(seed_like_timeline, entries=(*seed_like_timeline.entries, lost))
    text = export_timeline(timeline, "md")
    assert text.split("## Undated entries\n\n")[1].startswith("- post — **بلا وقت**")


@pytest.mark.parametrize(
    "body",
    [
        "*not bold* _not em_ `not code`",
        "[not a link](https://example.org) <b>not html</b>",
        "# not a heading",
        "- not a list\n+ nor this\n1. nor this",
        "a | b | c",
        "back\\slash and \\*",
        "قال: «عاجل» *مهم* — 20:15",
    ],
)
def test_markdown_syntax_in_text_renders_literally(body: str) -> None:
    """Markdown characters in page text are escaped: markdown-it renders the text exactly as written."""
    text = export_timeline(single_post_timeline("t", body), "md")
    rendered = MarkdownIt("commonmark").render(text)
    item = rendered.split("<li>")[-1].split("</li>")[0]
    paragraph = item.split("<p>")[-1].split("</p>")[0]
    lines = [html.unescape(line.removesuffix("<br />")) for line in paragraph.split("\n")]
    assert "\n".join(lines) == body


MARKDOWN_ALPHABET = "abc XYZ 0123456789 .,:;!?()[]{}<>*_`#~|&\\-+=/'\"\n" + "قال الجمعة «»،؛؟"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=MARKDOWN_ALPHABET, min_size=1, max_size=60).filter(lambda t: t.strip()))
def test_any_text_renders_as_written(body: str) -> None:
    """Whatever punctuation page text holds, markdown-it shows its words as written (spacing normalised)."""
    text = export_timeline(single_post_timeline("t", body), "md")
    rendered = MarkdownIt("commonmark").render(text)
    item = rendered.split("<li>")[-1].split("</li>")[0]
    head, _, rest = item.partition("</p>")
    assert head.endswith("<strong>t</strong>")
    shown = re.sub(r"<br />|</?p>", " ", rest)
    assert " ".join(html.unescape(shown).split()) == " ".join(body.split())
