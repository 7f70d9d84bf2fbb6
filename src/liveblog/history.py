"""The history of a live page from a web archive: every capture merged, in capture order.

A crawler that saved a live blog every few minutes holds, in its WARC files,
what ``liveblog follow`` would have seen had it been running. :func:`history`
reads every HTML capture of each URL (:mod:`liveblog._warc`; the capture time
is each snapshot's reference), parses them like ``liveblog batch`` does (in
worker processes or on Dask) and merges the snapshots of one URL with
:func:`liveblog.assemble.merge.merge_all` — the merge ``follow`` uses — into one
timeline whose entries carry their revisions, the snapshots they were seen in
(the first is when the post was first seen) and ``removed`` for posts gone
from the newest capture.

A capture that cannot be used (cut short, over the size limit, a page that
does not parse) is left out and reported; it never makes posts look removed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TextIO

import attrs

from liveblog.batch import Outcome, Page, Settings, expand, run_batch
from liveblog.errors import InputError

if TYPE_CHECKING:
    from liveblog.model import Timeline

__all__ = ["History", "history", "history_format", "page_url", "write_history"]


def page_url(url: str) -> str:
    """The page a captured URL belongs to: the URL without its ``#fragment``.

    >>> page_url("https://example.org/live#post-12")
    'https://example.org/live'
    """
    return url.split("#", 1)[0]


@attrs.frozen
class History:
    """Merged timelines per page URL, and the captures that were left out (one message each)."""

    timelines: dict[str, Timeline]
    skipped: tuple[str, ...]
    captures: dict[str, int]  # captures merged per URL


def _archive_pages(archives: Sequence[str], url: str | None, settings: Settings) -> Iterator[Page]:
    wanted = page_url(url) if url is not None else None
    for page in expand(archives, max_bytes=settings.max_bytes):
        if page.data is None and page.problem is None:
            why = f"{page.name!r} is not a web archive (.warc, .warc.gz, .wacz)"
            yield attrs.evolve(page, path=None, url=None, text=None, problem=why)
        elif wanted is None or "://" not in page.name or page_url(page.name) == wanted:
            yield page  # the URL asked for, or a problem with a whole archive


def history(
    archives: Sequence[str],
    settings: Settings,
    *,
    url: str | None = None,
    jobs: int | None = None,
    dask: str | None = None,
    progress: Callable[[Outcome], None] | None = None,
) -> History:
    """The merged history of every page (or of ``url``) captured in ``archives``."""
    from liveblog.assemble.merge import merge_all
    from liveblog.model import Timeline

    snapshots: dict[str, list[Timeline]] = {}
    skipped: list[str] = []

    def take(line: str) -> None:
        obj = json.loads(line)
        if "error" in obj:
            key, error = str(obj["key"]), str(obj["error"])
            skipped.append(error if error.startswith(key) else f"{key}: {error}")
            return
        timeline = Timeline.from_json(json.dumps(obj["timeline"]))
        snapshots.setdefault(page_url(obj["input"]), []).append(timeline)

    run_batch(
        _archive_pages(archives, url, settings), settings, take, jobs=jobs, dask=dask, progress=progress
    )
    if not snapshots:
        which = f"of {url!r} " if url is not None else ""
        why = f" ({len(skipped)} left out: {skipped[0]})" if skipped else ""
        raise InputError(f"no HTML captures {which}in {list(archives)!r}{why}")
    merged = {u: merge_all(tls) for u, tls in sorted(snapshots.items())}
    return History(merged, tuple(skipped), {u: len(tls) for u, tls in snapshots.items()})


def _file_name(url: str, extension: str) -> str:
    """A file name for a page URL: its host and path (anything unsafe as ``_``, at most 150
    characters), then the first 12 hex digits of the SHA-256 of the whole URL, so two URLs
    that read alike (``live?id=1``, ``live/id=1``, a shared 150-character start) never share a file.

    >>> _file_name("https://example.org/live/2024-11-29?x=1", ".json")
    'example.org_live_2024-11-29_x_1-9489f38f7426.json'
    """
    import hashlib
    import re

    bare = url.split("://", 1)[-1]
    readable = (re.sub(r"[^\w.-]+", "_", bare).strip("._") or "page")[:150]
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{readable}-{digest}{extension}"


def history_format(fmt: str | None, output: str | None) -> str:
    """The format ``history`` writes: ``fmt``, else from ``output``'s extension; checked before any work."""
    from pathlib import Path

    from liveblog.errors import ConfigError
    from liveblog.export import FORMATS, guess_format

    folder = output is not None and Path(output).is_dir()
    chosen = fmt or ("json" if folder else guess_format(output))
    if chosen != "show" and chosen not in FORMATS:
        raise ConfigError(f"unknown format {chosen!r}; expected show or one of {', '.join(FORMATS)}")
    if folder and chosen == "show":
        raise ConfigError("--format show prints to the terminal; give an export format with a folder")
    return chosen


def write_history(found: History, *, fmt: str | None, output: str | None, out: TextIO) -> None:
    """Write ``found``: one page to ``output`` (or ``out``) in ``fmt``, several to a folder."""
    from pathlib import Path

    from liveblog.errors import ConfigError, ExportError
    from liveblog.export import EXTENSIONS, export_timeline, write_atomic

    chosen = history_format(fmt, output)
    if output is not None and Path(output).is_dir():
        extension = next((e for e, f in EXTENSIONS.items() if f == chosen), f".{chosen}")
        for url, timeline in found.timelines.items():
            write_atomic(Path(output, _file_name(url, extension)), export_timeline(timeline, chosen))
        return
    if len(found.timelines) > 1:
        urls = list(found.timelines)
        shown = ", ".join(urls[:5]) + (f" and {len(urls) - 5} more" if len(urls) > 5 else "")
        raise ConfigError(
            f"the archives hold {len(urls)} pages ({shown}): choose one with --url, "
            "or give -o FOLDER for one file per page"
        )
    (timeline,) = found.timelines.values()
    if chosen == "show":
        from liveblog.render import show_timeline

        show_timeline(timeline, out)
    elif output is not None and output != "-":
        write_atomic(output, export_timeline(timeline, chosen))
    else:
        text = export_timeline(timeline, chosen)
        try:
            out.write(text)
            out.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise ExportError(f"cannot write to standard output: {e.strerror or e}") from None
