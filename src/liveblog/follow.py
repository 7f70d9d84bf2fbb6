"""Following a live page: poll it, merge each new snapshot, report what changed.

A :class:`Follower` polls one input — an http(s) URL with conditional requests
(``If-None-Match`` / ``If-Modified-Since``, so an unchanged page costs a 304),
or a file, re-read only when its modification time changes. Each new snapshot
is parsed and folded into the timeline so far (:class:`liveblog.assemble.merge.Fold`:
the work of a poll does not grow with the number of polls before it):
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

import math
import os
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
from rich.console import Console, Group, RenderableType
from rich.text import Text

from liveblog.assemble.merge import Fold
from liveblog.errors import ConfigError, ExportError, FetchError, InputError, LimitError, ParseError
from liveblog.model import Entry, Timeline
from liveblog.pipeline import parse_document
from liveblog.read import DEFAULT_MAX_BYTES, is_url, read_bytes, read_path
from liveblog.read._fetch import DEFAULT_TIMEOUT, fetch
from liveblog.render._layout import Screen, safe_text

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


def _load_state(path: str) -> Timeline | None:
    """The merged timeline a previous run saved in ``path`` (None when there is none yet)."""
    try:
        text = Path(path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise ConfigError(f"cannot read the follow state {path!r}: {e.strerror}") from None
    try:
        return Timeline.from_json(text)
    except (ValueError, TypeError, KeyError) as e:
        raise ConfigError(f"{path!r} is not a follow state liveblog wrote: {e}") from None


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
        state: str | None = None,
    ) -> None:
        if not (math.isfinite(every) and every > 0):
            raise ConfigError(f"poll interval must be positive, got {every!r} seconds")
        if not (math.isfinite(timeout) and timeout > 0):
            raise ConfigError(f"timeout must be a positive number of seconds, got {timeout!r}")
        if not max_backoff >= every:
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
        self._charset: str | None = None
        self.state = state if state is not None else (f"{export}.state.json" if export is not None else None)
        self._export_pending = False
        if self.state is not None:
            self.timeline = _load_state(self.state)
        self._fold = Fold(self.timeline)

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
            if got.content is not None:
                self._charset = got.charset
            return got.content
        mtime = os.stat(self.source).st_mtime_ns
        if mtime == self._mtime:
            return None
        self._mtime = mtime
        return b""  # read through read_path below, which names the file in its errors

    def _parse(self, data: bytes, at: datetime) -> Timeline:
        if is_url(self.source):
            doc = read_bytes(data, source=self.source, max_bytes=self.max_bytes, charset=self._charset)
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
        merged = self._fold.add(snapshot)
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
        if poll.changed or self.snapshots == 1:
            self._export_pending = True
        problem = self._save(merged)
        return attrs.evolve(poll, error=problem) if problem else poll

    def _save(self, timeline: Timeline) -> str | None:
        """Write the state and (when it changed or failed before) the export; what went wrong, if anything.

        A full disk does not stop the follower: the poll reports it and the
        next poll tries again; the files on disk stay as they were (atomic).
        """
        from liveblog.export import export_timeline, write_atomic

        try:
            if self.state is not None:
                write_atomic(self.state, timeline.to_json())
            if self.export is not None and self._export_pending:
                assert self.export_format is not None
                write_atomic(self.export, export_timeline(timeline, self.export_format, events=self.events))
            self._export_pending = False
        except ExportError as e:
            return f"not saved, will retry: {e}"
        return None

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
# Page text reaches the terminal only as cleaned Text (never markup), through render's layout:
# the same escape stripping and the same right-to-left reordering as ``liveblog show``.


def _line(e: Entry) -> str:
    words = (e.title or e.text).split()
    head = " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    return head or "(no text)"


def _when(e: Entry) -> str:
    return e.when.start.strftime("%Y-%m-%d %H:%M") if e.when is not None else ""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _screen(screen: Screen | None) -> Screen:
    if screen is not None:
        return screen
    console = Console(width=100, color_system=None, highlight=False)
    return Screen(console, 100, styled=True, visual_order=False)


_LABEL_WIDTH = 25  # "edited  2024-11-29 18:47"


def render_poll(
    poll: Poll, follower: Follower, *, changes: bool = True, final: bool = False, screen: Screen | None = None
) -> RenderableType:
    """One poll as the live display shows it: a status line and (with ``changes``) the changed entries.

    ``final`` leaves out when the next poll comes (``--once``); ``screen``
    sets the width and whether right-to-left text is reordered for display.
    """
    screen = _screen(screen)
    stamp = poll.at.astimezone(UTC).strftime("%H:%M:%S UTC")
    then = "" if final else f"; next poll in {poll.delay:g} s"
    if poll.status == "error":
        retry = "" if final else f"; retrying in {poll.delay:g} s"
        status = safe_text(f"poll {poll.number} at {stamp}: {poll.error}{retry}", screen.style("bold red"))
    elif poll.status == "unchanged":
        status = safe_text(f"poll {poll.number} at {stamp}: no change{then}", screen.style("dim"))
    else:
        counts = f"{len(poll.added)} new, {len(poll.edited)} edited, {len(poll.removed)} removed"
        counts += f", {len(poll.restored)} back" if poll.restored else ""
        status = safe_text(f"poll {poll.number} at {stamp}: {counts}{then}", screen.style("green"))
    lines = [safe_text(f"following {follower.source}", screen.style("bold")), status]
    if poll.error and poll.status != "error":  # the snapshot was merged, but saving it failed
        lines.append(safe_text(poll.error, screen.style("bold red")))
    if not poll.changed or not changes:
        return _lines(lines)
    lines.append(safe_text(f"{'change':<8}{'time':<17}entry", screen.style("bold")))
    for label, style, entries in (
        ("new", "green", poll.added),
        ("edited", "yellow", poll.edited),
        ("removed", "red", poll.removed),
        ("back", "cyan", poll.restored),
    ):
        for e in entries:
            left = Text(f"{label:<8}", style=screen.style(style) or "", end="")
            left.append(_when(e))
            body = screen.wrap(safe_text(_line(e)), screen.width - _LABEL_WIDTH - 2)
            lines.extend(screen.row(left, _LABEL_WIDTH, body))
    return _lines(lines)


def _lines(lines: list[Text]) -> Group:
    for line in lines:
        line.end = "\n"
    return Group(*lines)


def render_summary(summary: Summary) -> str:
    """The closing line of a follow run (plain words: print it with ``markup=False``)."""
    how = "interrupted" if summary.interrupted else "done"
    back = f", {summary.restored} back" if summary.restored else ""
    return (
        f"{how}: {_plural(summary.polls, 'poll')}, {_plural(summary.snapshots, 'new snapshot')}, "
        f"{_plural(summary.errors, 'error')}; "
        f"{summary.added} new, {summary.edited} edited, {summary.removed} removed{back} entries; "
        f"{summary.entries} {'entry' if summary.entries == 1 else 'entries'} in the timeline"
    )
