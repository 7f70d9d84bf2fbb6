"""liveblog's benchmark report: throughput, growth, memory, hostile inputs, batch, cold start, corpora, HTML.

Each figure is measured in a fresh subprocess (imports and one warm-up parse
done first, then the best of a few timed runs), so peak RSS belongs to that
measurement alone. Nothing is asserted: targets are printed next to the
figures.

    python -m bench                 # everything
    python bench/run.py --only throughput,adversarial
    python bench/run.py --adv-sizes 262144,1048576
    python -m bench --only corpora --lang en,ar --misses misses.jsonl   # bench/corpora.py
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/run.py` puts bench/ on the path, not the project
    sys.path.insert(0, str(ROOT))

from bench import _pages  # noqa: E402

MB = 1_000_000
TARGET_RATIO = 10.0
TARGET_GROWTH = 4.4
RSS_BASE_MB = 60.0
RSS_PER_INPUT = 5.0
WORKER_TIMEOUT = 300.0
SECTIONS = ("throughput", "adversarial", "batch", "coldstart", "corpora", "html")


# --- the worker: one measurement in its own process --------------------------------------------


def _input(spec: dict[str, Any]) -> tuple[str, str, str, str]:
    """Text, reference, zone and language of a measurement's input."""
    kind = spec["input"]
    if kind == "seed":
        return _pages.seed_times(spec["scale"]), _pages.SEED_REFERENCE, _pages.SEED_TZ, "ar"
    if kind == "fixture":
        page, ref, tz = _pages.largest_fixture()
        return page.read_text(encoding="utf-8"), ref, tz, spec.get("lang", "en")
    if kind == "synthetic_text":
        return _pages.synthetic_text(spec["entries"]), _pages.SEED_REFERENCE, _pages.SEED_TZ, "ar"
    if kind == "synthetic_html":
        return _pages.synthetic_html(spec["entries"]), "2021-02-19T19:41+00:00", "Europe/London", "en"
    if kind == "adversarial":
        return _pages.ADVERSARIAL[spec["name"]](spec["size"]), _pages.SEED_REFERENCE, _pages.SEED_TZ, "ar"
    raise ValueError(f"unknown input {kind!r}")


def _worker(spec: dict[str, Any]) -> dict[str, Any]:
    from liveblog.errors import LiveblogError

    text, ref, tz, lang = _input(spec)
    what = spec["what"]
    warm = _pages.seed_text()
    if what == "pipeline":
        import liveblog

        def run(t: str) -> int:
            return len(liveblog.parse(t, reference=ref, tz=tz).entries)

    elif what == "find_times":
        from liveblog import find_times
        from liveblog.pipeline import reference_and_zone

        moment, _zone = reference_and_zone(ref, tz)

        def run(t: str) -> int:
            return len(find_times(t, moment, languages=[lang]))

    else:
        from dateparser.search import search_dates

        from liveblog.read import read_text

        if spec["input"] in ("fixture", "synthetic_html"):  # dateparser gets the page's text, not its tags
            text = read_text(text).text

        def run(t: str) -> int:
            return len(search_dates(t, languages=[lang]) or [])

    run(warm)
    if what == "pipeline" and text.lstrip().startswith("<"):  # HTML: the reader's imports are baseline too
        run(_pages.synthetic_html(2))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    best = float("inf")
    count = 0
    refused = None
    rss_first = 0
    best_cpu = float("inf")
    for _ in range(spec.get("repeat", 1)):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            count = run(text)
        except LiveblogError as e:  # a limit refusing a hostile input is an answer too: time it
            refused = type(e).__name__
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
        rss_first = rss_first or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "refused": refused,
        "seconds": best,
        "cpu_seconds": best_cpu,
        "bytes": len(text.encode("utf-8")),
        "count": count,
        "rss_before_mb": rss_before / 1024,
        "rss_first_mb": rss_first / 1024,
        "rss_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure(spec: dict[str, Any], timeout: float = WORKER_TIMEOUT) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; ``{"error": ...}`` when it fails or times out."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(spec)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- sections ---------------------------------------------------------------------------------


def _repeat_for(nbytes: int) -> int:
    return 5 if nbytes < 50_000 else 3


def throughput(entries: int, pairs: int = 1) -> None:
    print("## Throughput: full pipeline vs dateparser.search.search_dates (same text, same run)\n")
    cases: list[tuple[str, dict[str, Any]]] = [
        ("seed x1", {"input": "seed", "scale": 1}),
        ("seed x16", {"input": "seed", "scale": 16}),
        ("seed x64", {"input": "seed", "scale": 64}),
        (f"largest fixture ({_pages.largest_fixture()[0].name})", {"input": "fixture"}),
        (f"synthetic text, {entries} entries", {"input": "synthetic_text", "entries": entries}),
        (f"synthetic HTML, {entries} blocks", {"input": "synthetic_html", "entries": entries}),
    ]
    head = (
        f"{'input':<38} {'KB':>8} {'entries':>7} {'pipe MB/s':>9} {'entries/s':>9} "
        f"{'sd MB/s':>8} {'ratio':>6} {'cpu':>5} {'cpu range':>11} {'RSS MB':>7} {'xN':>6} {'limit':>6}"
    )
    print(head)
    print("-" * len(head))
    seconds: dict[str, float] = {}
    for label, case in cases:
        sizing = _input({**case})[0]
        repeat = _repeat_for(len(sizing.encode("utf-8")))
        runs = []
        for _ in range(pairs):  # pipeline and search_dates taking turns: a ratio per pair
            pipe = measure({**case, "what": "pipeline", "repeat": repeat})
            sd = measure({**case, "what": "search_dates", "repeat": max(1, repeat // 2)})
            if "error" in pipe or "error" in sd:
                errors = f"pipeline: {pipe.get('error', 'ok')}; search_dates: {sd.get('error', 'ok')}"
                print(f"{label:<38} {errors}")
                break
            runs.append((pipe, sd))
        if len(runs) < pairs:
            continue
        cpu = sorted(sd["cpu_seconds"] / pipe["cpu_seconds"] for pipe, sd in runs)
        pipe = min((p for p, _ in runs), key=lambda p: p["seconds"])
        sd = min((d for _, d in runs), key=lambda d: d["seconds"])
        seconds[label] = pipe["seconds"]
        mbs = pipe["bytes"] / MB / pipe["seconds"]
        sd_mbs = sd["bytes"] / MB / sd["seconds"]
        limit = RSS_BASE_MB + RSS_PER_INPUT * pipe["bytes"] / MB
        spread = f"{cpu[0]:.1f}-{cpu[-1]:.1f}"
        print(
            f"{label:<38} {pipe['bytes'] / 1000:>8.1f} {pipe['count']:>7} {mbs:>9.2f} "
            f"{pipe['count'] / pipe['seconds']:>9.0f} {sd_mbs:>8.3f} {sd['seconds'] / pipe['seconds']:>6.1f} "
            f"{cpu[len(cpu) // 2]:>5.1f} {spread:>11} "
            f"{pipe['rss_first_mb']:>7.1f} {max(p['rss_peak_mb'] for p, _ in runs):>6.1f} {limit:>6.1f}"
        )
    print(
        "\nratio = search_dates time / pipeline time on the same page, best wall times (for HTML,\n"
        "search_dates reads the page's text without tags); cpu = the same in CPU seconds, median of the\n"
        "--pairs runs of the two taking turns (cpu range: lowest-highest; a loaded machine moves wall\n"
        f"times more than CPU times); targets: ratio >= {TARGET_RATIO:.0f} on seed x64; "
        f"RSS <= {RSS_BASE_MB:.0f} MB + 5 x input\n"
        "RSS MB = peak RSS of the process after imports, a warm-up and one run on the page (what a\n"
        "process reading that one page needs); xN = its peak after all the timed runs (3-5) in the same\n"
        "process, as a batch or follow worker keeps going"
    )
    if "seed x16" in seconds and "seed x64" in seconds:
        growth = seconds["seed x64"] / seconds["seed x16"]
        print(
            f"pipeline time growth, seed x16 -> x64: {growth:.2f} (linear = 4.00; target <= {TARGET_GROWTH})"
        )
    print()


def adversarial(sizes: list[int]) -> None:
    # CPU seconds: on a shared machine the wall clock measures the neighbours as much as the code.
    print("## Hostile inputs: CPU seconds by size (growth per x4 of size; linear = 4.0)\n")
    head = f"{'input':<16} {'stage':<10} " + " ".join(f"{s // 1024:>7}K" for s in sizes) + f" {'growth':>7}"
    print(head)
    print("-" * len(head))
    for name in _pages.ADVERSARIAL:
        for what in ("pipeline", "find_times"):
            if what == "find_times" and name == "nested-html":
                continue
            times: list[float | None] = []
            refused: list[str | None] = []
            for size in sizes:
                got = measure({"input": "adversarial", "name": name, "size": size, "what": what}, timeout=600)
                times.append(got.get("cpu_seconds"))
                refused.append(got.get("refused"))
                if "error" in got:
                    break
            cells = " ".join(
                f"{t:>7.3f}{'*' if r else ' '}" if t is not None else f"{'fail':>8}"
                for t, r in zip(times, refused, strict=True)
            )
            cells += " " * (9 * (len(sizes) - len(times)))
            growth = ""
            if len(times) >= 2 and times[-1] is not None and times[-2] is not None:
                step = sizes[len(times) - 1] / sizes[len(times) - 2]
                # normalised to a x4 step, and floored at 1 ms so noise on tiny times does not read as growth
                growth = f"{(times[-1] / max(times[-2], 1e-3)) ** (1.3863 / max(1e-9, _ln(step))):>7.2f}"
            print(f"{name:<16} {what:<10} {cells} {growth}")
    print("* = refused with a LimitError (the time is how long refusing took)\n")


def _ln(x: float) -> float:
    import math

    return math.log(x)


def batch(pages: int) -> None:
    """`bench/batch.py`: pages/min with 1 and 2 processes and Dask, parent memory, --resume, WARC readers."""
    from bench import batch as batch_bench

    batch_bench.main(["--pages", str(pages)])


def coldstart() -> None:
    print("## Cold start\n")
    script = ROOT / "bench" / "coldstart.py"
    if not script.exists():
        print("bench/coldstart.py is not on this branch yet (it comes with the render branch)\n")
        return
    done = subprocess.run(
        [sys.executable, str(script), "--runs", "5"], capture_output=True, text=True, check=False
    )
    print(done.stdout.rstrip() or done.stderr.rstrip())
    print()


def html() -> None:
    """bench/htmlview.py in its own process: the HTML view of 5,000 posts, its size and its paint."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "htmlview.py")], capture_output=True, text=True, check=False
    )
    print(done.stdout.rstrip() or done.stderr.rstrip())
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"sections, from {', '.join(SECTIONS)}")
    parser.add_argument("--entries", type=int, default=2000, help="entries of the synthetic pages")
    parser.add_argument("--pairs", type=int, default=1, help="throughput: pipeline/search_dates runs in turn")
    parser.add_argument("--adv-sizes", default="262144,1048576", help="sizes of hostile inputs (characters)")
    parser.add_argument("--batch-pages", type=int, default=200, help="pages in the batch run")
    from bench import corpora  # not imported by the measuring workers: their RSS stays their own

    corpora.add_arguments(parser.add_argument_group("corpora (bench/corpora.py)"))
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(json.loads(args.worker))))
        return 0
    only = set(args.only.split(","))
    print(f"# liveblog benchmark ({os.cpu_count()} CPUs, Python {sys.version.split()[0]})\n")
    if "throughput" in only:
        throughput(args.entries, args.pairs)
    if "adversarial" in only:
        adversarial([int(s) for s in args.adv_sizes.split(",")])
    if "batch" in only:
        batch(args.batch_pages)
    if "coldstart" in only:
        coldstart()
    if "corpora" in only:
        corpora.report(args.corpora_dir, args.lang.split(",") if args.lang else None, args.limit, args.misses)
    if "html" in only:
        html()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
