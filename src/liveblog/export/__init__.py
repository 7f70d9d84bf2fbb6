"""Write a :class:`~liveblog.model.Timeline` out: ICS, JSON, JSON Lines, JSON-LD, Markdown, HTML.

Every exporter is a pure function ``Timeline -> str``; :func:`write_atomic`
puts the text in place with a rename so a follower never sees half a file.

>>> guess_format("aleppo.ics"), guess_format(None)
('ics', 'json')
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from liveblog.errors import ConfigError, ExportError
from liveblog.model import Event, EventKind, Timeline

__all__ = ["EXTENSIONS", "FORMATS", "export_timeline", "guess_format", "select_events", "write_atomic"]

EventChoice = Literal["entries", "all"]

FORMATS: tuple[str, ...] = ("html", "ics", "json", "jsonl", "jsonld", "md")

EXTENSIONS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".ics": "ics",
    ".ical": "ics",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonld": "jsonld",
    ".md": "md",
    ".markdown": "md",
}


def select_events(timeline: Timeline, events: EventChoice) -> tuple[Event, ...]:
    """The events an export writes: every one (``"all"``) or the live posts only (``"entries"``)."""
    if events == "all":
        return timeline.events
    if events == "entries":
        return tuple(ev for ev in timeline.events if ev.kind is EventKind.ENTRY)
    raise ConfigError(f"unknown --events choice {events!r}; expected 'entries' or 'all'")


def _exporter(fmt: str) -> Callable[[Timeline, tuple[Event, ...]], str]:
    # Imported on demand: `liveblog show` should not pay for icalendar.
    if fmt == "html":
        from liveblog.export.html import to_html

        return to_html
    if fmt == "ics":
        from liveblog.export.ics import to_ics

        return to_ics
    if fmt == "json":
        from liveblog.export.json import to_json

        return to_json
    if fmt == "jsonl":
        from liveblog.export.json import to_jsonl

        return to_jsonl
    if fmt == "jsonld":
        from liveblog.export.jsonld import to_jsonld

        return to_jsonld
    if fmt == "md":
        from liveblog.export.markdown import to_markdown

        return to_markdown
    raise ExportError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def export_timeline(timeline: Timeline, fmt: str, *, events: EventChoice = "all") -> str:
    """``timeline`` as text in format ``fmt`` (one of :data:`FORMATS`).

    ``events="entries"`` leaves out the dates said inside posts (mentions).
    ICS text has CRLF line ends as RFC 5545 wants; write it without newline
    translation (:func:`write_atomic` does).
    """
    exporter = _exporter(fmt)
    return exporter(timeline, select_events(timeline, events))


def guess_format(path: str | None) -> str:
    """The format for an output path, from its extension; ``json`` for stdout (None or ``-``)."""
    if path is None or path == "-":
        return "json"
    suffix = Path(path).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    known = ", ".join(sorted(EXTENSIONS))
    why = f"from {suffix!r}" if suffix else "without an extension"
    raise ConfigError(f"cannot guess the format of {path!r} {why}; use --format or one of {known}")


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` via a temp file and :func:`os.replace`.

    The temp file sits in the same directory, so the rename is atomic on one
    file system; on failure it is removed and the old file is left untouched.
    """
    target = _regular_target(path)
    directory = target.parent
    if not directory.is_dir():
        raise ExportError(f"output directory {str(directory)!r} does not exist")
    data = _encode(text, path)
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as e:
        raise ExportError(f"cannot write {str(path)!r}: {e.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise ExportError(f"cannot write {str(path)!r}: {e.strerror}") from None
        raise


def _regular_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` replaces: a symlink is followed (the link stays, its file is replaced).

    Only a regular file (or nothing yet) is replaced: a directory, a device
    node, a FIFO or a socket is refused, as renaming over it would turn
    ``/dev/stdout`` or a named pipe into a plain file.
    """
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        st = target.stat()
    except FileNotFoundError:
        return target
    except OSError as e:
        raise ExportError(f"cannot write {str(path)!r}: {e.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise ExportError(f"output {str(path)!r} is a directory")
    if not stat.S_ISREG(st.st_mode):
        what = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device or socket"
        raise ExportError(
            f"output {str(path)!r} is {what}, not a regular file; leave out -o to write to stdout"
        )
    return target


def _encode(text: str, path: str | os.PathLike[str]) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as e:
        bad = text[e.start : e.end]
        raise ExportError(f"cannot write {str(path)!r}: {bad!r} at {e.start} is not UTF-8") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
