"""Benchmark of ``liveblog batch`` at scale: speed per engine, parent memory, --resume, WARC readers.

Run: ``python bench/batch.py [--pages N] [--memory-sizes 10000,100000] [--no-dask]``
(also a section of ``python -m bench``). Sections:

- pages/min over N fixture pages with 1 process (in the command's own process),
  2 worker processes and a Dask LocalCluster of 2 single-thread workers —
  wall time of the whole command, start-up included;
- the parent's peak RSS (``ru_maxrss`` of the process that runs
  :func:`liveblog.batch.batch`; workers are separate processes) for a JSONL
  list of 10^4 and 10^5 small pages: it must not grow with the count;
- the cost of ``--resume`` on the finished 10^4 run, next to the cost of just
  reading and decoding its output (the floor);
- warcio against fastwarc reading the same WARC (the reason ``liveblog._warc``
  uses warcio: reading is a small share of a page's cost either way).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
MB = 1024 * 1024
COMMON = ["--reference", "2024-11-29T21:00", "--tz", "UTC"]

_PARENT = """
import io, json, resource, sys, time
from liveblog.batch import Settings, batch
settings = Settings(reference="2024-11-29T21:00", tz="UTC")
t0 = time.perf_counter()
code = batch(sys.argv[1:2], sys.argv[2], settings, jobs=2, out=sys.stdout, err=io.StringIO(),
             resume=len(sys.argv) > 3)
# VmHWM is this process's own peak; ru_maxrss would also count the forking parent's size before exec.
try:
    hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": time.perf_counter() - t0, "maxrss_kb": hwm}))
"""


def _fixture_pages(folder: Path, pages: int) -> float:
    fixtures = sorted(p for p in FIXTURES.glob("*") if p.suffix in (".txt", ".html"))
    total = 0
    for i in range(pages):
        src = fixtures[i % len(fixtures)]
        data = src.read_bytes()
        Path(folder, f"{i:05d}{src.suffix}").write_bytes(data)
        total += len(data)
    return total / MB


def speed(tmp: Path, pages: int, dask: bool) -> None:
    print(f"## pages/min over {pages} fixture pages (wall time of the command, start-up included)\n")
    folder = tmp / "pages"
    folder.mkdir()
    size = _fixture_pages(folder, pages)
    runs = [("1 process", ["-j", "1"]), ("2 processes", ["-j", "2"])]
    if dask:
        runs.append(("Dask LocalCluster, 2 workers", ["-j", "2", "--dask"]))
    for label, extra in runs:
        out = tmp / "speed.jsonl"
        cmd = [sys.executable, "-m", "liveblog", "batch", str(folder), *extra, "-o", str(out), *COMMON]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        dt = time.perf_counter() - t0
        if done.returncode not in (0, 1):
            print(f"- {label}: failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        lines = out.read_text(encoding="utf-8").splitlines()
        failed = sum('"error"' in ln[:400] for ln in lines)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(
            f"- {label}: {len(lines)} pages, {size:.1f} MB in {dt:.1f} s: "
            f"{len(lines) / dt * 60:,.0f} pages/min, {failed} failed (load average {load:.1f})"
        )
    print()


def _listing(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(count):
            text = f"20:{i % 60:02d}\nThe convoy reached checkpoint {i}.\n"
            f.write(json.dumps({"text": text}) + "\n")


def _parent(listing: Path, out: Path, *, resume: bool = False) -> dict[str, float]:
    cmd = [sys.executable, "-c", _PARENT, str(listing), str(out)] + (["resume"] if resume else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def memory_and_resume(tmp: Path, sizes: list[int]) -> None:
    print("## Parent memory by input count (JSONL of small pages, 2 worker processes)\n")
    finished: tuple[Path, Path] | None = None
    for count in sizes:
        listing, out = tmp / f"list-{count}.jsonl", tmp / f"out-{count}.jsonl"
        _listing(listing, count)
        got = _parent(listing, out)
        with out.open("rb") as f:
            lines = sum(1 for _ in f)
        print(
            f"- {count:>7,} inputs: parent peak RSS {got['maxrss_kb'] / 1024:.1f} MB, "
            f"{got['seconds']:.1f} s ({lines / got['seconds'] * 60:,.0f} pages/min), {lines:,} lines"
        )
        if finished is None:
            finished = (listing, out)
    print()
    if finished is None:
        return
    listing, out = finished
    print(f"## `--resume` on the finished {sizes[0]:,}-page run\n")
    before = out.stat().st_size
    got = _parent(listing, out, resume=True)
    assert out.stat().st_size == before, "--resume of a finished run must add nothing"
    t0 = time.perf_counter()
    with out.open("rb") as f:
        for raw in f:
            json.loads(raw)
    floor = time.perf_counter() - t0
    print(
        f"- --resume (nothing to do): {got['seconds']:.2f} s, "
        f"parent peak RSS {got['maxrss_kb'] / 1024:.1f} MB\n"
        f"- reading and decoding the {before / MB:.1f} MB output alone: {floor:.2f} s\n"
    )


def warc_readers(tmp: Path, records: int) -> None:
    print(f"## Reading a WARC.gz of {records:,} HTML captures: warcio against fastwarc\n")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    bodies = [p.read_bytes() for p in sorted(FIXTURES.glob("*.html"))] or [b"<html></html>"]
    path = tmp / "bench.warc.gz"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for i in range(records):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
            body = io.BytesIO(bodies[i % len(bodies)])
            record = w.create_warc_record(
                f"https://example.org/live/{i % 7}", "response", payload=body, http_headers=headers
            )
            w.write_record(record)
            record.raw_stream.close()
    size = path.stat().st_size / MB
    from liveblog._warc import captures

    t0 = time.process_time()
    n = sum(1 for c in captures(str(path), max_bytes=32 * MB) if c.payload is not None)
    ours = time.process_time() - t0
    print(
        f"- liveblog._warc (warcio), {size:.1f} MB: {n:,} captures in {ours:.2f} s CPU "
        f"({ours / n * 1e3:.3f} ms each)"
    )
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        print("- fastwarc: not installed (pip install fastwarc to compare)\n")
        return
    t0 = time.process_time()
    m = 0
    with path.open("rb") as f:
        for r in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=True):
            r.http_headers.get("Content-Type")
            m += bool(r.reader.read())
    fast = time.process_time() - t0
    print(f"- fastwarc: {m:,} captures in {fast:.2f} s CPU ({fast / m * 1e3:.3f} ms each)\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="fixture pages in the speed runs")
    parser.add_argument("--memory-sizes", default="10000,100000", help="input counts for the memory runs")
    parser.add_argument("--warc-records", type=int, default=2000)
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    args = parser.parse_args(argv)
    print(f"# liveblog batch benchmark ({os.cpu_count()} CPUs, Python {sys.version.split()[0]})\n")
    with tempfile.TemporaryDirectory(prefix="liveblog-bench-batch-") as name:
        tmp = Path(name)
        speed(tmp, args.pages, dask=not args.no_dask)
        memory_and_resume(tmp, [int(s) for s in args.memory_sizes.split(",")])
        warc_readers(tmp, args.warc_records)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
