"""Many pages at once: files, folders, JSON Lines of pages and web archives → one timeline per line.

Each output line is a JSON object ``{"input": NAME, "key": KEY, "sha256": HASH,
"timeline": {...}}`` with the timeline as the JSON export writes it, or
``{"input": NAME, "key": KEY, "sha256": HASH, "error": MESSAGE, "type": ERROR}``
for a page that failed; the batch goes on after a failure. ``key`` names the
page (its path; ``LIST:LINE`` for a JSONL line; ``URL CAPTURE-TIME`` for a web
archive capture) and ``sha256`` is the hash of the bytes that were parsed
(``null`` when they could not be read), so ``--resume`` can skip what is done.

Inputs are read lazily, one at a time, and lines are written as pages finish,
in input order, with a bounded number of pages in flight: memory does not grow
with the number of inputs, and an interrupted run leaves only whole lines.

- a file ending in ``.jsonl`` is a list of pages, one JSON object per line:
  ``{"text": ..., "url" or "path": ..., "reference": ..., "tz": ..., "lang": ...}``
  (``text`` may be left out when ``path`` names a file or ``url`` a page);
- a ``.warc``, ``.warc.gz`` or ``.wacz`` file is a web archive: each HTML
  capture is a page whose reference time is its capture time
  (:mod:`liveblog._warc`);
- a folder is searched recursively for those and for ``.txt``, ``.html`` and
  ``.htm`` files (hidden ones skipped), in sorted order;
- any other path is one page. Something that is not a regular file (a FIFO,
  a device) is an error line for that path, never a wait.

>>> list(expand([]))
[]
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from liveblog._batch_output import DIED, Output, StdoutLines, fingerprint, finished_pages
from liveblog._batch_output import progress as show_progress
from liveblog._warc import captures, is_archive
from liveblog.errors import ConfigError, InputError, LiveblogError
from liveblog.read import DEFAULT_MAX_BYTES, read_file_bytes
from liveblog.segment import DEFAULT_MAX_ENTRIES

if TYPE_CHECKING:
    from liveblog._parquet import ParquetOutput

__all__ = [
    "PAGE_SUFFIXES",
    "Outcome",
    "Page",
    "Settings",
    "batch",
    "cpu_limit",
    "expand",
    "run_batch",
    "run_page",
]

PAGE_SUFFIXES = (".txt", ".html", ".htm")
_LIST_SUFFIX = ".jsonl"
IN_FLIGHT_PER_JOB = 4  # pages read ahead per worker (running or waiting to be written): bounds memory


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
    """One page to parse: a file to read, text given inline (JSONL), or bytes from an archive."""

    name: str
    path: str | None = None
    url: str | None = None
    text: str | None = None
    reference: str | None = None
    tz: str | None = None
    lang: str | None = None
    size: int = 0
    problem: str | None = None  # the input itself was unusable
    key: str | None = None  # default: the name
    data: bytes | None = None  # an archived answer's body
    charset: str | None = None  # … and the charset its HTTP headers declared

    @property
    def id(self) -> str:
        """The key ``--resume`` knows the page by."""
        return self.key if self.key is not None else self.name


@attrs.frozen
class Outcome:
    """A finished page: its output line, whether it failed, its size in bytes and resume key."""

    line: str
    failed: bool
    size: int
    key: str = ""
    sha256: str | None = None


# --- inputs ------------------------------------------------------------------------------------


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
        key=where,
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _not_regular(path: str) -> str | None:
    """Why ``path`` cannot be read as a page without waiting (a FIFO, a device), or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        return f"cannot read {path!r}: {e.strerror or e}"
    if stat.S_ISREG(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"{path!r} is {kind}, not a regular file"


def _pages_of_list(path: Path) -> Iterator[Page]:
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    yield _page_of_line(line, f"{path}:{n}")
    except OSError as e:
        yield Page(str(path), problem=f"cannot read {str(path)!r}: {e.strerror or e}")


def _pages_of_archive(path: Path, max_bytes: int) -> Iterator[Page]:
    for c in captures(str(path), max_bytes=max_bytes):
        name = c.url or str(path)
        yield Page(
            name,
            key=c.key if c.url else c.where,
            data=c.payload,
            charset=c.charset,
            reference=c.date.isoformat() if c.date is not None else None,
            size=len(c.payload) if c.payload is not None else 0,
            problem=c.problem,
        )


def _is_page_file(name: str) -> bool:
    return name.lower().endswith((*PAGE_SUFFIXES, _LIST_SUFFIX)) or is_archive(name)


def _folder(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _is_page_file(name):
                yield Path(root, name)


def expand(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Page]:
    """The pages that ``inputs`` (files, folders, JSONL lists, web archives) name, in order, lazily."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files: Iterable[Path] = _folder(path)
        elif not path.exists() and not path.is_symlink():
            yield Page(item, problem=f"no such file or folder: {item!r}")
            continue
        else:
            files = [path]
        for file in files:
            why = _not_regular(str(file))
            if why is not None:
                yield Page(str(file), problem=why)
            elif file.name.lower().endswith(_LIST_SUFFIX):
                yield from _pages_of_list(file)
            elif is_archive(file.name):
                yield from _pages_of_archive(file, max_bytes)
            else:
                yield Page(str(file), path=str(file), size=_size(file))


# --- one page ----------------------------------------------------------------------------------


def _content(page: Page, max_bytes: int) -> bytes | None:
    """The bytes a page is parsed from (None for a page fetched from its URL)."""
    if page.data is not None:
        return page.data
    if page.text is not None:
        return page.text.encode("utf-8", errors="surrogatepass")
    if page.path is not None:
        return read_file_bytes(page.path, max_bytes, regular_only=True)
    return None


def content_hash(page: Page, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """The SHA-256 of what ``page`` would be parsed from; None when it cannot be read (or is a URL)."""
    if page.problem is not None:
        return None
    try:
        data = _content(page, max_bytes)
    except LiveblogError:
        return None
    return hashlib.sha256(data).hexdigest() if data is not None else None


def _export_json(timeline: Any) -> Any:
    from liveblog.export import export_timeline

    return json.loads(export_timeline(timeline, "json"))


def run_page(page: Page, settings: Settings) -> Outcome:
    """Parse one page and return its output line; any failure becomes an error line, never a raise."""
    from liveblog.pipeline import parse_document
    from liveblog.read import read_bytes, read_text, read_url

    if page.problem is not None:
        return _failure(page, page.problem, "InputError")
    digest = None
    try:
        if page.text is not None:
            digest = hashlib.sha256(page.text.encode("utf-8", errors="surrogatepass")).hexdigest()
            doc = read_text(page.text, source=page.name, max_bytes=settings.max_bytes)
        elif page.data is not None or page.path is not None:
            data = _content(page, settings.max_bytes)
            assert data is not None
            digest = hashlib.sha256(data).hexdigest()
            doc = read_bytes(data, source=page.name, max_bytes=settings.max_bytes, charset=page.charset)
        else:
            assert page.url is not None
            doc = read_url(page.url, max_bytes=settings.max_bytes)
        timeline = parse_document(
            doc,
            reference=page.reference or settings.reference,
            tz=page.tz or settings.tz,
            lang=page.lang or settings.lang,
            max_entries=settings.max_entries,
        )
        head = {"input": page.name, "key": page.id, "sha256": digest}
        line = json.dumps({**head, "timeline": _export_json(timeline)}, ensure_ascii=False)
    except LiveblogError as e:
        return _failure(page, str(e), type(e).__name__, digest)
    except RecursionError:
        return _failure(page, "the page is nested too deeply to read", "RecursionError", digest)
    except Exception as e:  # a bug on one page must not stop the batch; the line says what it was
        return _failure(page, f"internal error: {type(e).__name__}: {e}", "InternalError", digest)
    return Outcome(_one_line(line), failed=False, size=page.size, key=page.id, sha256=digest)


def _failure(page: Page, message: str, kind: str, digest: str | None = None) -> Outcome:
    line = json.dumps(
        {
            "input": page.name,
            "key": page.id,
            "sha256": digest,
            "error": " ".join(message.split()),
            "type": kind,
        },
        ensure_ascii=False,
    )
    return Outcome(_one_line(line), failed=True, size=page.size, key=page.id, sha256=digest)


def _died(page: Page, message: str) -> Outcome:
    return _failure(page, message, DIED)


def _one_line(line: str) -> str:
    # json.dumps escapes \n and \r; these three would still split a line for some readers.
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


# --- many pages --------------------------------------------------------------------------------

Progress = Callable[[Outcome], None]
Write = Callable[[str], object]
Run = Callable[[Page, Settings], Outcome]


def cpu_limit() -> int:
    """The CPUs this process may run on (its affinity where the system says, else the count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _engine(jobs: int, settings: Settings, dask: str | None, run: Run) -> Any:
    from liveblog._pool import DaskPool, InProcess, Workers

    if dask is not None:
        return DaskPool(None if dask == "local" else dask, jobs, settings, _died, run)
    if jobs == 1:
        return InProcess(settings, run)
    return Workers(jobs, settings, _died, run)


def run_batch(
    pages: Iterable[Page],
    settings: Settings,
    write: Write,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    dask: str | None = None,
    skip: Callable[[Page], bool] | None = None,
    run: Run = run_page,
) -> int:
    """Parse ``pages`` and write one line per page, in input order, as they finish; return failures.

    ``jobs`` processes (default: one per CPU; 1 runs in this process), or a
    Dask cluster with ``dask`` (``"local"`` or a scheduler address). At most
    ``IN_FLIGHT_PER_JOB`` pages per worker are read ahead, so memory is bounded
    whatever the number of pages. ``skip`` leaves out pages already done;
    ``run`` parses one page (a module-level function: workers import it).
    """
    jobs = max(1, jobs or cpu_limit())
    engine = _engine(jobs, settings, dask, run)
    failed = 0
    window = max(1, engine.capacity) * IN_FLIGHT_PER_JOB
    done: dict[int, Outcome] = {}
    source = iter(pages)
    submitted = written = 0
    try:
        while True:
            while submitted - written < window:
                page = next(source, None)
                if page is None:
                    break
                if skip is not None and skip(page):
                    continue
                engine.submit(submitted, page)
                submitted += 1
            if written == submitted:
                return failed
            index, outcome = engine.next_done()
            done[index] = outcome
            while written in done:
                finished = done.pop(written)
                written += 1
                failed += finished.failed
                write(finished.line + "\n")
                if progress is not None:
                    progress(finished)
    finally:
        engine.close()


# --- the command: progress, output file, signals, exit status ----------------------------------


@contextlib.contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM ends the run as Ctrl-C does: workers stopped, output left at a whole line."""

    def stop(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        before = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def choose_jobs(jobs: int | None, err: TextIO, *, command: str = "batch") -> int:
    """``--jobs`` as asked, capped at the CPUs this process may use (saying so on ``err``)."""
    limit = cpu_limit()
    if jobs is None:
        return limit
    if jobs < 1:
        raise ConfigError(f"--jobs must be at least 1, got {jobs!r}")
    if jobs > limit:
        err.write(f"liveblog {command}: --jobs {jobs} capped at {limit}, the CPUs this process may use\n")
        return limit
    return jobs


def batch(
    inputs: Sequence[str],
    output: str | None,
    settings: Settings,
    *,
    jobs: int | None = None,
    out: TextIO,
    err: TextIO,
    resume: bool = False,
    dask: str | None = None,
) -> int:
    """Run ``liveblog batch``: exit status 0 when every page was read, 1 when any failed."""
    if not inputs:
        raise InputError("no inputs: give files, folders, JSONL lists of pages or web archives")
    if dask is None:
        jobs = choose_jobs(jobs, err)
    elif jobs is not None and jobs < 1:
        raise ConfigError(f"--jobs must be at least 1, got {jobs!r}")
    to_file = output is not None and output != "-"
    if resume and not to_file:
        raise ConfigError("--resume needs -o FILE: the output of the run to continue")
    pages = expand(inputs, max_bytes=settings.max_bytes)
    first = next(pages, None)
    if first is None:
        suffixes = ", ".join((*PAGE_SUFFIXES, _LIST_SUFFIX, ".warc", ".warc.gz", ".wacz"))
        raise InputError(f"no pages found in {list(inputs)!r} (looked for {suffixes})")
    skip = None
    if resume:
        assert output is not None
        done = finished_pages(output)

        def skip(page: Page) -> bool:
            return fingerprint(page.id, content_hash(page, settings.max_bytes)) in done

    stream: Output | ParquetOutput | None = None
    if output is not None and to_file:
        if output.lower().endswith(".parquet"):
            if resume:
                raise ConfigError("--resume continues JSON Lines output, not a Parquet file")
            from liveblog._parquet import ParquetOutput

            stream = ParquetOutput(output)
        else:
            stream = Output(output, resume=resume)
    write: Write = stream.write if stream is not None else StdoutLines(out).write
    counted = _Counter()
    try:
        with _stop_on_sigterm(), show_progress(err) as shown:

            def seen(outcome: Outcome) -> None:
                counted(outcome)
                shown(outcome)

            failed = run_batch(
                _chain(first, pages), settings, write, jobs=jobs, progress=seen, dask=dask, skip=skip
            )
    finally:
        if stream is not None:
            stream.close()
    if resume and counted.done == 0:
        err.write(f"liveblog batch: nothing to do, every page is already in {output}\n")
    if failed:
        err.write(f'liveblog batch: {failed} of {counted.done} pages failed (see their "error" lines)\n')
    return 1 if failed else 0


class _Counter:
    def __init__(self) -> None:
        self.done = 0

    def __call__(self, _outcome: Outcome) -> None:
        self.done += 1


def _chain(first: Page, rest: Iterator[Page]) -> Iterator[Page]:
    yield first
    yield from rest
