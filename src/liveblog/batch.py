"""Many pages at once: files, folders and JSON Lines of pages → one timeline per output line.

Pages are parsed in parallel processes. Each output line is a JSON object:
``{"input": NAME, "timeline": {...}}`` with the timeline as the JSON export
writes it, or ``{"input": NAME, "error": MESSAGE, "type": ERROR}`` for a page
that failed; the batch goes on after a failure. Lines come in input order.

Inputs are expanded once, up front:

- a file ending in ``.jsonl`` is a list of pages, one JSON object per line:
  ``{"text": ..., "url" or "path": ..., "reference": ..., "tz": ..., "lang": ...}``
  (``text`` may be left out when ``path`` names a file or ``url`` a page);
- a folder is searched recursively for ``.txt``, ``.html``, ``.htm`` and
  ``.jsonl`` files (hidden ones skipped), in sorted order;
- any other path is one page.

>>> pages = list(expand([]))
>>> pages
[]
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TextIO

import attrs

from liveblog.errors import ConfigError, InputError, LiveblogError
from liveblog.read import DEFAULT_MAX_BYTES
from liveblog.segment import DEFAULT_MAX_ENTRIES

__all__ = ["PAGE_SUFFIXES", "Outcome", "Page", "Settings", "batch", "expand", "run_batch", "run_page"]

PAGE_SUFFIXES = (".txt", ".html", ".htm")
_LIST_SUFFIX = ".jsonl"
_IN_FLIGHT_PER_JOB = 4  # pages handed to each worker ahead of time; bounds memory on big JSONL inputs


@attrs.frozen
class Settings:
    """What every page of a batch shares unless its JSONL line says otherwise."""

    reference: str | None = None
    tz: str | None = None
    lang: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_entries: int = DEFAULT_MAX_ENTRIES


@attrs.frozen
class Page:
    """One page to parse: a file to read, or text given inline (from a JSONL line)."""

    name: str
    path: str | None = None
    url: str | None = None
    text: str | None = None
    reference: str | None = None
    tz: str | None = None
    lang: str | None = None
    size: int = 0
    problem: str | None = None  # the JSONL line itself was unusable


@attrs.frozen
class Outcome:
    """A finished page: its output line, whether it failed, and its size in bytes."""

    line: str
    failed: bool
    size: int


def _str_or_none(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) else None


def _page_of_line(line: str, where: str) -> Page:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Page(where, problem=f"{where}: not a JSON object ({e.msg} at column {e.colno})")
    if not isinstance(obj, dict):
        return Page(where, problem=f"{where}: a page must be a JSON object, got {line[:40]!r}")
    text = obj.get("text")
    url, path = _str_or_none(obj, "url"), _str_or_none(obj, "path")
    if text is not None and not isinstance(text, str):
        return Page(where, problem=f"{where}: 'text' must be a string")
    if text is None and url is None and path is None:
        return Page(where, problem=f"{where}: a page needs 'text', 'path' or 'url'")
    name = url or path or where
    size = len(text.encode("utf-8", errors="surrogatepass")) if text is not None else 0
    if text is None and path is not None:
        size = _size(Path(path))
    return Page(
        name,
        path=path if text is None else None,
        url=url if text is None and path is None else None,
        text=text,
        reference=_str_or_none(obj, "reference"),
        tz=_str_or_none(obj, "tz"),
        lang=_str_or_none(obj, "lang"),
        size=size,
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _pages_of_list(path: Path) -> Iterator[Page]:
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    yield _page_of_line(line, f"{path}:{n}")
    except OSError as e:
        yield Page(str(path), problem=f"cannot read {str(path)!r}: {e.strerror or e}")


def _folder(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith((*PAGE_SUFFIXES, _LIST_SUFFIX)):
                yield Path(root, name)


def expand(inputs: Iterable[str]) -> Iterator[Page]:
    """The pages that ``inputs`` (files, folders, JSONL lists) name, in order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files: Iterable[Path] = _folder(path)
        elif not path.exists():
            yield Page(item, problem=f"no such file or folder: {item!r}")
            continue
        else:
            files = [path]
        for file in files:
            if file.suffix.lower() == _LIST_SUFFIX:
                yield from _pages_of_list(file)
            else:
                yield Page(str(file), path=str(file), size=_size(file))


def _export_json(timeline: Any) -> Any:
    from liveblog.export import export_timeline

    return json.loads(export_timeline(timeline, "json"))


def run_page(page: Page, settings: Settings) -> Outcome:
    """Parse one page and return its output line; any failure becomes an error line, never a raise."""
    from liveblog.pipeline import parse_document
    from liveblog.read import read_input, read_text

    if page.problem is not None:
        return _failure(page, page.problem, "InputError")
    try:
        if page.text is not None:
            doc = read_text(page.text, source=page.name, max_bytes=settings.max_bytes)
        else:
            where = page.path or page.url
            assert where is not None
            doc = read_input(where, max_bytes=settings.max_bytes)
        timeline = parse_document(
            doc,
            reference=page.reference or settings.reference,
            tz=page.tz or settings.tz,
            lang=page.lang or settings.lang,
            max_entries=settings.max_entries,
        )
        line = json.dumps({"input": page.name, "timeline": _export_json(timeline)}, ensure_ascii=False)
    except LiveblogError as e:
        return _failure(page, str(e), type(e).__name__)
    except RecursionError:
        return _failure(page, "the page is nested too deeply to read", "RecursionError")
    except Exception as e:  # a bug on one page must not stop the batch; the line says what it was
        return _failure(page, f"internal error: {type(e).__name__}: {e}", "InternalError")
    return Outcome(_one_line(line), failed=False, size=page.size)


def _failure(page: Page, message: str, kind: str) -> Outcome:
    line = json.dumps(
        {"input": page.name, "error": " ".join(message.split()), "type": kind}, ensure_ascii=False
    )
    return Outcome(_one_line(line), failed=True, size=page.size)


def _one_line(line: str) -> str:
    # json.dumps escapes \n and \r; these three would still split a line for some readers.
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


Progress = Callable[[Outcome], None]
Write = Callable[[str], object]


def run_batch(
    pages: Sequence[Page],
    settings: Settings,
    write: Write,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Parse ``pages`` in ``jobs`` processes, writing one line per page in input order; return failures."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    failed = 0

    def finish(outcome: Outcome) -> None:
        nonlocal failed
        failed += outcome.failed
        write(outcome.line + "\n")
        if progress is not None:
            progress(outcome)

    if jobs == 1 or len(pages) <= 1:
        for page in pages:
            finish(run_page(page, settings))
        return failed
    done: dict[int, Outcome] = {}
    next_out = 0
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        running: dict[Future[Outcome], int] = {}
        queue = iter(enumerate(pages))
        for i, page in queue:
            running[pool.submit(run_page, page, settings)] = i
            if len(running) >= jobs * _IN_FLIGHT_PER_JOB:
                break
        while running:
            finished, _pending = wait(running, return_when=FIRST_COMPLETED)
            for fut in finished:
                i = running.pop(fut)
                try:
                    done[i] = fut.result()
                except BrokenProcessPool:
                    done[i] = _failure(pages[i], "its worker process died (out of memory?)", "WorkerDied")
                nxt = next(queue, None)
                if nxt is not None:
                    try:
                        running[pool.submit(run_page, nxt[1], settings)] = nxt[0]
                    except BrokenProcessPool:
                        done[nxt[0]] = _failure(nxt[1], "the worker pool broke down", "WorkerDied")
            while next_out in done:
                finish(done.pop(next_out))
                next_out += 1
        for i, page in queue:  # left over only when the pool broke down
            done[i] = _failure(page, "the worker pool broke down", "WorkerDied")
    while next_out in done:
        finish(done.pop(next_out))
        next_out += 1
    return failed


# --- the command: progress, output file, exit status -------------------------------------------


class _Plain:
    """Progress as plain lines on stderr (not a terminal): at most one line every few seconds."""

    def __init__(self, pages: int, size: int, stream: TextIO, every: float = 5.0) -> None:
        self.pages, self.size, self.stream, self.every = pages, size, stream, every
        self.done = self.failed = self.bytes = 0
        self.start = self.last = time.monotonic()

    def __call__(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.failed
        self.bytes += outcome.size
        now = time.monotonic()
        if now - self.last >= self.every or self.done == self.pages:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            eta = (self.pages - self.done) / rate if rate else 0.0
            self.stream.write(
                f"liveblog batch: {self.done}/{self.pages} pages, "
                f"{self.bytes / 1e6:.1f}/{self.size / 1e6:.1f} MB, "
                f"{self.failed} failed, {rate * 60:.0f} pages/min, ETA {eta:.0f} s\n"
            )
            self.stream.flush()


@contextlib.contextmanager
def _progress(pages: Sequence[Page], stream: TextIO) -> Iterator[Progress]:
    size = sum(p.size for p in pages)
    if not stream.isatty():
        yield _Plain(len(pages), size, stream)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as RichProgress

    columns = (
        TextColumn("liveblog batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("pages • {task.fields[mb]} MB • {task.fields[failed]} failed • ETA"),
        TimeRemainingColumn(),
    )
    total_mb = f"{size / 1e6:.1f}"
    with RichProgress(*columns, console=Console(file=stream)) as bar:
        task = bar.add_task("pages", total=len(pages), mb=f"0.0/{total_mb}", failed=0)
        seen = {"bytes": 0, "failed": 0}

        def update(outcome: Outcome) -> None:
            seen["bytes"] += outcome.size
            seen["failed"] += outcome.failed
            mb = f"{seen['bytes'] / 1e6:.1f}/{total_mb}"
            bar.update(task, advance=1, mb=mb, failed=seen["failed"])

        yield update


def batch(
    inputs: Sequence[str],
    output: str | None,
    settings: Settings,
    *,
    jobs: int | None = None,
    out: TextIO,
    err: TextIO,
) -> int:
    """Run ``liveblog batch``: exit status 0 when every page was read, 1 when any failed."""
    if jobs is not None and jobs < 1:
        raise ConfigError(f"--jobs must be at least 1, got {jobs!r}")
    if not inputs:
        raise InputError("no inputs: give files, folders or JSONL lists of pages")
    pages = list(expand(inputs))
    if not pages:
        raise InputError(
            f"no pages found in {list(inputs)!r} (looked for {', '.join(PAGE_SUFFIXES)}, .jsonl)"
        )
    with _progress(pages, err) as progress:
        if output is None or output == "-":
            failed = run_batch(pages, settings, out.write, jobs=jobs, progress=progress)
        else:
            failed = _to_file(Path(output), pages, settings, jobs, progress)
    if failed:
        err.write(f'liveblog batch: {failed} of {len(pages)} pages failed (see their "error" lines)\n')
    return 1 if failed else 0


def _to_file(
    path: Path, pages: Sequence[Page], settings: Settings, jobs: int | None, progress: Progress
) -> int:
    """Write the lines to a temporary file beside ``path`` and move it into place at the end."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    except OSError as e:
        raise InputError(f"cannot write {str(path)!r}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            failed = run_batch(pages, settings, f.write, jobs=jobs, progress=progress)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return failed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
