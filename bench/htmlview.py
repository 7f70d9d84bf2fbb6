"""Benchmark the HTML view: export time and size of a 5,000-post timeline against the JSON export,
and how long Debian's chromium takes to paint it.

Run: ``python bench/htmlview.py [--posts N] [--repeat R]`` (also ``python -m bench --only html``). The
timeline is bench/export.py's synthetic one (Arabic posts 7 minutes apart, three dated mentions
each). First contentful paint is read from the browser's own performance timeline
(``performance.getEntriesByType("paint")``) for the file opened from disk, best of R loads in fresh
pages; it needs /usr/bin/chromium and the ``playwright`` package, and is left out without them.
Targets: HTML size <= 3 x the JSON export's. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/htmlview.py` puts bench/ on the path, not the project
    sys.path.insert(0, str(ROOT))

from bench.export import synthetic_timeline  # noqa: E402
from liveblog.export import export_timeline  # noqa: E402
from liveblog.model import Timeline  # noqa: E402

TARGET_SIZE_RATIO = 3.0
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def export_time(timeline: Timeline, fmt: str, repeat: int) -> tuple[float, str]:
    """Best time (s) of exporting to ``fmt``, and the text."""
    best, text = float("inf"), ""
    for _ in range(repeat):
        gc.collect()
        began = time.perf_counter()
        text = export_timeline(timeline, fmt)
        best = min(best, time.perf_counter() - began)
    return best, text


def paint(path: Path, repeat: int) -> dict[str, float] | str:
    """Best first contentful paint, DOMContentLoaded and load (ms) of ``path``; a reason if impossible."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (Debian package chromium)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "the playwright package is not installed"
    best: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            for _ in range(repeat + 1):  # the first load warms the browser's caches and is dropped
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.goto(path.as_uri(), wait_until="load", timeout=300_000)
                page.wait_for_timeout(200)  # paint entries are queued after the frame that paints
                got = page.evaluate(
                    """() => {
                        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                        const nav = performance.getEntriesByType('navigation')[0];
                        return {fcp: fcp ? fcp.startTime : -1,
                                dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                                nodes: document.getElementsByTagName('*').length};
                    }"""
                )
                page.close()
                if not best:
                    best = {"fcp": float("inf"), "dcl": float("inf"), "load": float("inf")}
                    continue
                for key in ("fcp", "dcl", "load"):
                    best[key] = min(best[key], got[key])
                best["nodes"] = got["nodes"]
        finally:
            browser.close()
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    timeline = synthetic_timeline(4 * args.posts)
    print(f"## HTML view: {len(timeline.entries)} posts, {len(timeline.events)} events\n")
    json_s, json_text = export_time(timeline, "json", args.repeat)
    html_s, html_text = export_time(timeline, "html", args.repeat)
    json_b, html_b = len(json_text.encode("utf-8")), len(html_text.encode("utf-8"))
    print(f"{'format':<8}{'export s':>10}{'MB':>8}")
    print(f"{'json':<8}{json_s:>10.3f}{json_b / 1e6:>8.2f}")
    print(f"{'html':<8}{html_s:>10.3f}{html_b / 1e6:>8.2f}")
    print(f"\nHTML size / JSON size: {html_b / json_b:.2f} (target <= {TARGET_SIZE_RATIO:.0f})")
    with tempfile.TemporaryDirectory(prefix="liveblog-bench-") as tmp:
        path = Path(tmp, "timeline.html")
        path.write_text(html_text, encoding="utf-8")
        painted = paint(path, args.repeat)
    if isinstance(painted, str):
        print(f"first contentful paint: not measured: {painted}\n")
        return 0
    print(
        f"chromium (headless, 1280x800, from disk, best of {args.repeat}): first contentful paint "
        f"{painted['fcp']:.0f} ms, DOMContentLoaded {painted['dcl']:.0f} ms, load {painted['load']:.0f} ms; "
        f"{painted['nodes']:.0f} elements\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
