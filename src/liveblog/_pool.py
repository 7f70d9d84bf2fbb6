"""Where ``liveblog batch`` runs its pages: in this process, in worker processes, or on Dask.

Every engine takes numbered pages (:meth:`Engine.submit`) and hands back
finished ones in any order (:meth:`Engine.next_done`); the caller bounds how
many are outstanding and puts them back in order (:func:`liveblog.batch.run_batch`).

:class:`Workers` runs its own worker processes, each holding at most two
pages and parsing them in order, so it always knows which page a worker was
on: a worker that dies (killed by the OOM killer, a crash in a C extension)
costs that page only — it becomes a
``WorkerDied`` line and a fresh worker takes the dead one's place. Workers are
also replaced after :data:`TASKS_PER_WORKER` pages, so a slow leak cannot grow
without bound. A worker exits when its parent does: Linux kills it at once
(``PR_SET_PDEATHSIG``), and anywhere its next read of the task pipe finds the
pipe closed.

:class:`DaskPool` sends the same work to a Dask cluster (``liveblog[dask]``).
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import queue
import signal
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Protocol

from liveblog.errors import ConfigError

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from liveblog.batch import Outcome, Page, Settings

__all__ = ["TASKS_PER_WORKER", "DaskPool", "Engine", "InProcess", "Workers"]

TASKS_PER_WORKER = 1000
DEPTH = 2  # pages a worker holds: the one it parses and the next
Died = Callable[["Page", str], "Outcome"]
Run = Callable[["Page", "Settings"], "Outcome"]


class Engine(Protocol):
    """Runs numbered pages and returns them as they finish."""

    capacity: int  # pages that can run at once

    def submit(self, index: int, page: Page) -> None:
        """Queue ``page``; its outcome will come back from :meth:`next_done` with ``index``."""

    def next_done(self) -> tuple[int, Outcome]:
        """The next finished page (blocks until one is)."""
        ...

    def close(self) -> None:
        """Stop every worker (idempotent)."""


class InProcess:
    """Pages run one by one in this process (``--jobs 1``)."""

    capacity = 1

    def __init__(self, settings: Settings, run: Callable[[Page, Settings], Outcome]) -> None:
        self._settings, self._run = settings, run
        self._queue: collections.deque[tuple[int, Page]] = collections.deque()

    def submit(self, index: int, page: Page) -> None:
        self._queue.append((index, page))

    def next_done(self) -> tuple[int, Outcome]:
        index, page = self._queue.popleft()
        return index, self._run(page, self._settings)

    def close(self) -> None:
        self._queue.clear()


def _die_with_parent() -> None:
    """On Linux, be killed when the process that forked this one dies (the pipe's EOF covers the rest)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _serve(conn: Connection, settings: Settings, run_page: Run) -> None:
    """A worker: run pages in the order they come, send back each outcome, until told to stop.

    A thread reads the pipe into a queue, so the parent can hand over the next
    page while this one is parsed (no idle gap waiting for the parent to be
    scheduled) and neither side can block the other with a large message.
    """
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    pages: queue.SimpleQueue[Page | None] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                page = conn.recv()
            except (EOFError, OSError):  # the parent is gone
                page = None
            pages.put(page)
            if page is None:
                return

    threading.Thread(target=read, daemon=True).start()
    while (page := pages.get()) is not None:
        try:
            conn.send(run_page(page, settings))
        except OSError:
            return


_PRELOAD = ["liveblog.pipeline", "liveblog.batch", "liveblog.export.json"]


def _context() -> Any:
    """Workers forked from a server that imported the pipeline once: quick to start, safe with threads.

    (A plain fork of this process could copy a lock held by another thread,
    such as the progress bar's; spawn would import the pipeline in every
    worker.) The server, and so its workers, exits when this process does.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx: Any, settings: Settings, run: Run) -> None:
        here, there = ctx.Pipe(duplex=True)
        self.process: BaseProcess = ctx.Process(target=_serve, args=(there, settings, run), daemon=True)
        self.process.start()
        there.close()
        self.conn: Connection = here
        self.tasks: collections.deque[tuple[int, Page]] = collections.deque()  # sent, in order
        self.done = 0

    def stop(self, *, wait_for: float = 1.0) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(wait_for)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        with contextlib.suppress(ValueError):
            self.process.close()


class Workers:
    """``jobs`` worker processes; see the module docstring.

    Each worker holds at most :data:`DEPTH` pages — the one it is parsing and
    the next — and parses them in order, so when it dies the first page it
    held is the one that killed it: that page becomes a ``WorkerDied`` line,
    the pages behind it go back to the queue.
    """

    def __init__(
        self,
        jobs: int,
        settings: Settings,
        died: Died,
        run: Run,
        *,
        tasks_per_worker: int = TASKS_PER_WORKER,
    ) -> None:
        if jobs < 1:
            raise ConfigError(f"--jobs must be at least 1, got {jobs!r}")
        self.capacity = jobs
        self._ctx = _context()
        self._settings, self._died, self._run = settings, died, run
        self._per_worker = tasks_per_worker
        self._workers: list[_Worker] = []
        self._queue: collections.deque[tuple[int, Page]] = collections.deque()
        self._finished: collections.deque[tuple[int, Outcome]] = collections.deque()
        self._started = 0
        self.restarts = 0  # workers replaced after dying

    def submit(self, index: int, page: Page) -> None:
        self._queue.append((index, page))
        self._dispatch()

    def _open(self, w: _Worker) -> bool:
        return len(w.tasks) < DEPTH and w.done + len(w.tasks) < self._per_worker

    def _dispatch(self) -> None:
        while self._queue:
            ready = [w for w in self._workers if self._open(w)]
            if ready:
                worker = min(ready, key=lambda w: len(w.tasks))
            elif len(self._workers) < self.capacity:
                self._started += 1
                worker = _Worker(self._ctx, self._settings, self._run)
                self._workers.append(worker)
            else:
                return
            task = self._queue.popleft()
            try:
                worker.conn.send(task[1])
            except OSError:  # it died: what it held goes back, and it is replaced
                self._queue.appendleft(task)
                self._lost(worker)
                continue
            worker.tasks.append(task)

    def next_done(self) -> tuple[int, Outcome]:
        while not self._finished:
            busy = [w for w in self._workers if w.tasks]
            if not busy:
                raise RuntimeError("next_done() with nothing submitted")
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.conn in ready or worker.process.sentinel in ready:
                    self._collect(worker)
            self._dispatch()
        return self._finished.popleft()

    def _collect(self, worker: _Worker) -> None:
        try:
            while worker.tasks and worker.conn.poll():
                outcome: Outcome = worker.conn.recv()
                self._finished.append((worker.tasks.popleft()[0], outcome))
                worker.done += 1
        except (EOFError, OSError):
            self._lost(worker)
            return
        if worker.tasks and not worker.process.is_alive():
            self._lost(worker)
        elif not worker.tasks and worker.done >= self._per_worker:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
            self._workers.remove(worker)
            worker.stop(wait_for=5.0)

    def _lost(self, worker: _Worker) -> None:
        """A worker died: its first page is the one it died on; the rest go back to the queue."""
        worker.process.join(1.0)
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        if worker.tasks:
            index, page = worker.tasks.popleft()
            self._finished.append((index, self._died(page, f"its worker process died ({how})")))
            self._queue.extendleft(reversed(worker.tasks))
            self.restarts += 1
        self._workers.remove(worker)
        worker.stop()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers.clear()
        self._queue.clear()


class DaskPool:
    """Pages run as Dask futures on a cluster: a local one (``address=None``) or a scheduler's."""

    def __init__(self, address: str | None, jobs: int, settings: Settings, died: Died, run: Run) -> None:
        import importlib

        try:
            distributed: Any = importlib.import_module("dask.distributed")  # untyped: keep it Any
        except ImportError:
            raise ConfigError("--dask needs Dask: pip install 'liveblog[dask]'") from None
        self._cluster: Any = None
        if address is None:
            self._cluster = distributed.LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = distributed.Client(self._cluster)
        else:
            try:
                self._client = distributed.Client(address, timeout="20s")
            except (OSError, ValueError) as e:
                raise ConfigError(f"cannot reach the Dask scheduler at {address!r}: {e}") from None
        self.capacity = max(1, sum(self._client.nthreads().values()))
        self._settings, self._died, self._run = settings, died, run
        self._pending: dict[Any, tuple[int, Page]] = {}
        self._done = distributed.as_completed()

    def submit(self, index: int, page: Page) -> None:
        future = self._client.submit(self._run, page, self._settings, pure=False)
        self._pending[future] = (index, page)
        self._done.add(future)

    def next_done(self) -> tuple[int, Outcome]:
        future = next(self._done)
        index, page = self._pending.pop(future)
        try:
            outcome: Outcome = future.result()
        except Exception as e:  # KilledWorker and the like: the cluster gave up on this page
            outcome = self._died(page, f"its Dask task failed ({type(e).__name__})")
        future.release()
        return index, outcome

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._client.close()
        if self._cluster is not None:
            with contextlib.suppress(Exception):
                self._cluster.close()
