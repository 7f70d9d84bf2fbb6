"""Following a live page: poll it, merge each new snapshot, report what changed.

A :class:`Follower` polls one input — an http(s) URL with conditional requests
(``If-None-Match`` / ``If-Modified-Since``, so an unchanged page costs a 304),
or a file, re-read only when its modification time changes. Each new snapshot
is parsed and merged into the timeline so far (:func:`liveblog.assemble.merge.merge`):
new entries, edited entries and entries that vanished are reported in a
:class:`Poll`. Network trouble never stops the follower: the error is reported
and the next poll waits longer (doubling up to ``max_backoff``), then the normal
interval resumes after a success.

``liveblog follow`` (see :mod:`liveblog.cli`) drives a follower and shows each
poll in a Rich live display; :func:`render_poll` and :func:`render_summary`
build what it shows.

>>> f = Follower("page.html", every=60)
>>> f.delay_after(failures=0), f.delay_after(failures=3)
(60.0, 480.0)
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import attrs
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from liveblog.assemble.merge import merge
from liveblog.errors import ConfigError, FetchError, InputError, LimitError, ParseError
from liveblog.model import Entry, Timeline
from liveblog.pipeline import parse_document
from liveblog.read import DEFAULT_MAX_BYTES, is_url, read_bytes, read_path
from liveblog.read._fetch import DEFAULT_TIMEOUT, fetch

__all__ = ["Follower", "Poll", "Summary", "render_poll", "render_summary"]

if TYPE_CHECKING:
    from liveblog.export import EventChoice

_RECOVERABLE = (FetchError, InputError, LimitError, ParseError, OSError)


@attrs.frozen
class Poll:
    """What one poll found: ``status`` is ``new``, ``unchanged`` or ``error``."""

    number: int
    at: datetime
    status: str
    added: tuple[Entry, ...] = ()
    edited: tuple[Entry, ...] = ()
    removed: tuple[Entry, ...] = ()
    error: str | None = None
    delay: float = 0.0  # seconds until the next poll
    restored: tuple[Entry, ...] = ()  # marked removed before, back on the page now

    @property
    def changed(self) -> bool:
        """Whether the timeline changed in this poll."""
        return bool(self.added or self.edited or self.removed or self.restored)


@attrs.frozen
class Summary:
    """What a whole follow run did."""

    polls: int
    snapshots: int
    errors: int
    added: int
    edited: int
    removed: int
    entries: int
    interrupted: bool
    restored: int = 0


@attrs.frozen
class _Changes:
    added: tuple[Entry, ...]
    edited: tuple[Entry, ...]
    removed: tuple[Entry, ...]
    restored: tuple[Entry, ...]


def _diff(old: Timeline | None, new: Timeline) -> _Changes:
    """Entries new in ``new``, edited since ``old``, newly marked removed, and back after removal."""
    before = {e.id: e for e in old.entries} if old is not None else {}
    added, edited, removed, restored = [], [], [], []
    for e in new.entries:
        was = before.get(e.id)
        if was is None:
            added.append(e)
        elif e.removed and not was.removed:
            removed.append(e)
        elif was.removed and not e.removed:
            restored.append(e)  # a post taken down and put back: its calendar event is live again
            if (e.title, e.text) != (was.title, was.text):
                edited.append(e)  # … and put back changed
        elif (e.title, e.text) != (was.title, was.text):
            edited.append(e)
    return _Changes(tuple(added), tuple(edited), tuple(removed), tuple(restored))


class Follower:
    """Polls one input and keeps the merged timeline of every snapshot seen.

    ``reference``, ``tz`` and ``lang`` are passed to the parser for every
    snapshot (leave ``reference`` unset to let each snapshot date itself).
    ``export`` names a file (``.ics``, ``.json`` …) rewritten atomically after
    every change; ``clock`` and the ``sleep`` given to :meth:`run` make the
    follower testable without waiting.
    """

    def __init__(
        self,
        source: str,
        *,
        every: float = 60.0,
        max_backoff: float = 600.0,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        reference: str | datetime | date | None = None,
        tz: str | None = None,
        lang: str | None = None,
        export: str | None = None,
        export_format: str | None = None,
        events: EventChoice = "all",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if every <= 0:
            raise ConfigError(f"poll interval must be positive, got {every!r} seconds")
        if max_backoff < every:
            raise ConfigError(f"max backoff {max_backoff!r} s is shorter than the interval {every!r} s")
        self.source = source
        self.every, self.max_backoff, self.timeout, self.max_bytes = every, max_backoff, timeout, max_bytes
        self.reference, self.tz, self.lang = reference, tz, lang
        self.export, self.events, self.clock = export, events, clock
        self.export_format = export_format
        if export is not None and export_format is None:
            from liveblog.export import guess_format

            self.export_format = guess_format(export)
        self.timeline: Timeline | None = None
        self.polls = self.snapshots = self.errors = 0
        self.failures = 0  # consecutive
        self.added = self.edited = self.removed = self.restored = 0
        self._etag: str | None = None
        self._last_modified: str | None = None
        self._mtime: int | None = None

    def delay_after(self, *, failures: int) -> float:
        """Seconds to wait after ``failures`` consecutive failed polls (0: the normal interval)."""
        return float(min(self.every * 2**failures, self.max_backoff))

    def _read(self) -> bytes | None:
        """The snapshot's bytes, or None when it has not changed since the last poll."""
        if is_url(self.source):
            got = fetch(
                self.source,
                max_bytes=self.max_bytes,
                timeout=self.timeout,
                etag=self._etag,
                last_modified=self._last_modified,
            )
            self._etag, self._last_modified = got.etag, got.last_modified
            return got.content
        mtime = os.stat(self.source).st_mtime_ns
        if mtime == self._mtime:
            return None
        self._mtime = mtime
        return b""  # read through read_path below, which names the file in its errors

    def _parse(self, data: bytes, at: datetime) -> Timeline:
        if is_url(self.source):
            doc = read_bytes(data, source=self.source, max_bytes=self.max_bytes)
        else:
            doc = read_path(self.source, max_bytes=self.max_bytes)
        label = f"{doc.source or self.source} @ poll {at.astimezone(UTC).isoformat()}"
        return parse_document(doc, reference=self.reference, tz=self.tz, lang=self.lang, snapshot=label)

    def poll(self) -> Poll:
        """Poll once; errors of the network or the page are reported, never raised."""
        self.polls += 1
        at = self.clock()
        try:
            data = self._read()
            if data is None:
                self.failures = 0
                return Poll(self.polls, at, "unchanged", delay=self.delay_after(failures=0))
            snapshot = self._parse(data, at)
        except _RECOVERABLE as e:
            self.errors += 1
            self.failures += 1
            message = " ".join(str(e).split()) or type(e).__name__
            return Poll(
                self.polls, at, "error", error=message, delay=self.delay_after(failures=self.failures)
            )
        self.failures = 0
        self.snapshots += 1
        merged = snapshot if self.timeline is None else merge(self.timeline, snapshot)
        d = _diff(self.timeline, merged)
        self.timeline = merged
        self.added += len(d.added)
        self.edited += len(d.edited)
        self.removed += len(d.removed)
        self.restored += len(d.restored)
        poll = Poll(
            self.polls,
            at,
            "new",
            d.added,
            d.edited,
            d.removed,
            delay=self.delay_after(failures=0),
            restored=d.restored,
        )
        if self.export is not None and (poll.changed or self.snapshots == 1):
            self._write_export(merged)
        return poll

    def _write_export(self, timeline: Timeline) -> None:
        from liveblog.export import export_timeline, write_atomic

        assert self.export is not None
        assert self.export_format is not None
        write_atomic(self.export, export_timeline(timeline, self.export_format, events=self.events))

    def summary(self, *, interrupted: bool = False) -> Summary:
        """What the run did so far."""
        entries = len(self.timeline.entries) if self.timeline is not None else 0
        return Summary(
            self.polls,
            self.snapshots,
            self.errors,
            self.added,
            self.edited,
            self.removed,
            entries,
            interrupted,
            self.restored,
        )

    def run(
        self,
        *,
        polls: int | None = None,
        on_poll: Callable[[Poll], None] = lambda _p: None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Summary:
        """Poll until ``polls`` polls are done (forever when None) or Ctrl-C; the summary of the run."""
        try:
            while polls is None or self.polls < polls:
                result = self.poll()
                on_poll(result)
                if polls is not None and self.polls >= polls:
                    break
                sleep(result.delay)
        except KeyboardInterrupt:
            return self.summary(interrupted=True)
        return self.summary()


# --- what the CLI shows -------------------------------------------------------------------------


def _line(e: Entry) -> str:
    words = (e.title or e.text).split()
    head = " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    return head or "(no text)"


def _when(e: Entry) -> str:
    return e.when.start.strftime("%Y-%m-%d %H:%M") if e.when is not None else ""


def render_poll(poll: Poll, follower: Follower, *, changes: bool = True) -> RenderableType:
    """One poll as the live display shows it: a status line and (with ``changes``) the changed entries."""
    stamp = poll.at.astimezone(UTC).strftime("%H:%M:%S UTC")
    if poll.status == "error":
        status = Text(
            f"poll {poll.number} at {stamp}: {poll.error}; retrying in {poll.delay:g} s", "bold red"
        )
    elif poll.status == "unchanged":
        status = Text(f"poll {poll.number} at {stamp}: no change; next poll in {poll.delay:g} s", "dim")
    else:
        counts = f"{len(poll.added)} new, {len(poll.edited)} edited, {len(poll.removed)} removed"
        counts += f", {len(poll.restored)} back" if poll.restored else ""
        status = Text(f"poll {poll.number} at {stamp}: {counts}; next poll in {poll.delay:g} s", "green")
    header = Text(f"following {follower.source}", "bold")
    if not poll.changed or not changes:
        return Group(header, status)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("change")
    table.add_column("time")
    table.add_column("entry", overflow="fold")
    for label, style, entries in (
        ("new", "green", poll.added),
        ("edited", "yellow", poll.edited),
        ("removed", "red", poll.removed),
        ("back", "cyan", poll.restored),
    ):
        for e in entries:
            table.add_row(Text(label, style), _when(e), _line(e))
    return Group(header, status, table)


def render_summary(summary: Summary) -> str:
    """The closing line of a follow run."""
    how = "interrupted" if summary.interrupted else "done"
    return (
        f"{how}: {summary.polls} polls, {summary.snapshots} new snapshots, {summary.errors} errors; "
        f"{summary.added} new, {summary.edited} edited, {summary.removed} removed"
        f"{f', {summary.restored} back' if summary.restored else ''} entries; "
        f"{summary.entries} entries in the timeline"
    )
