"""Where ``liveblog batch`` lines go: the output file, standard output, ``--resume``, progress.

The output file is written one whole line per ``write`` call, opened for
appending (no temporary file), so a run stopped at any point leaves whole
lines — at worst one torn last line, which :func:`finished_pages` cuts off
before a resumed run appends to the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TextIO

from liveblog.errors import ExportError, InputError

if TYPE_CHECKING:
    from liveblog.batch import Outcome

__all__ = ["DIED", "Output", "StdoutLines", "fingerprint", "finished_pages", "progress"]

DIED = "WorkerDied"  # the error type of a page whose worker died: not finished, --resume retries it
Progress = Callable[["Outcome"], None]


class Output:
    """The output file, written one whole line per ``write`` call so a kill leaves whole lines."""

    def __init__(self, path: str, *, resume: bool) -> None:
        self.path = path
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        try:
            self.fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
        except IsADirectoryError:
            raise ExportError(f"output {path!r} is a directory") from None
        except OSError as e:
            raise ExportError(f"cannot write {path!r}: {e.strerror or e}") from None

    def write(self, line: str) -> None:
        data = line.encode("utf-8", errors="surrogatepass")
        try:
            while data:
                data = data[os.write(self.fd, data) :]
        except OSError as e:
            raise ExportError(f"cannot write {self.path!r}: {e.strerror or e}") from None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


def fingerprint(key: str, sha: str | None) -> int:
    digest = hashlib.blake2b(f"{key}\0{sha or ''}".encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(digest.digest(), "big")


def finished_pages(path: str) -> set[int]:
    """What a previous run wrote to ``path``: fingerprints of (key, sha256) of its finished pages.

    A torn last line (the run was killed inside a write) is cut off the file;
    ``WorkerDied`` lines are not finished (the page is tried again). Anything
    else that is not a batch line is an :class:`InputError`: we append to
    nothing we did not write.
    """
    done: set[int] = set()
    try:
        with open(path, "r+b") as f:
            good = 0
            for n, raw in enumerate(f, 1):
                if not raw.endswith(b"\n"):
                    break  # a torn last line: cut below
                try:
                    obj = json.loads(raw)
                    key, sha, kind = obj["key"], obj.get("sha256"), obj.get("type")
                except (ValueError, KeyError, TypeError):
                    raise InputError(
                        f"{path}:{n} is not a line of liveblog batch output; will not --resume into it"
                    ) from None
                good += len(raw)
                if kind != DIED:
                    done.add(fingerprint(str(key), sha))
            f.truncate(good)
    except FileNotFoundError:
        return done
    except IsADirectoryError:
        raise ExportError(f"output {path!r} is a directory") from None
    except OSError as e:
        raise ExportError(f"cannot --resume {path!r}: {e.strerror or e}") from None
    return done


class StdoutLines:
    """Standard output, flushed after each line (a reader sees pages as they finish)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, line: str) -> None:
        try:
            self.stream.write(line)
            self.stream.flush()
        except BrokenPipeError:
            raise  # the reader went away (`| head`): the command ends quietly
        except OSError as e:
            raise ExportError(f"cannot write to standard output: {e.strerror or e}") from None


class _Plain:
    """Progress as plain lines on stderr (not a terminal): at most one line every few seconds."""

    def __init__(self, stream: TextIO, every: float = 5.0) -> None:
        self.stream, self.every = stream, every
        self.done = self.failed = self.bytes = 0
        self.start = self.last = time.monotonic()

    def __call__(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.failed
        self.bytes += outcome.size
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self.show(now)

    def show(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        self.stream.write(
            f"liveblog batch: {self.done} pages, {self.bytes / 1e6:.1f} MB, "
            f"{self.failed} failed, {rate * 60:.0f} pages/min\n"
        )
        self.stream.flush()


@contextlib.contextmanager
def progress(stream: TextIO) -> Iterator[Progress]:
    if not stream.isatty():
        plain = _Plain(stream)
        yield plain
        plain.show(time.monotonic())
        return
    from rich.console import Console
    from rich.progress import Progress as RichProgress
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("liveblog batch"),
        TextColumn("{task.completed:.0f} pages • {task.fields[mb]} MB • {task.fields[failed]} failed •"),
        TimeElapsedColumn(),
    )
    with RichProgress(*columns, console=Console(file=stream)) as bar:
        task = bar.add_task("pages", total=None, mb="0.0", failed=0)
        seen = {"bytes": 0, "failed": 0}

        def update(outcome: Outcome) -> None:
            seen["bytes"] += outcome.size
            seen["failed"] += outcome.failed
            bar.update(task, advance=1, mb=f"{seen['bytes'] / 1e6:.1f}", failed=seen["failed"])

        yield update
