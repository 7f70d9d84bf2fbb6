"""The ``liveblog`` command: parse arguments, call the library, print.

Every :class:`~liveblog.errors.LiveblogError` becomes one line on stderr and
exit status 2; nothing else is caught here on purpose, so a real bug still
shows its traceback.
"""

from __future__ import annotations

import argparse
import errno
import math
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TextIO

from liveblog.errors import ConfigError, LiveblogError

if TYPE_CHECKING:
    from liveblog.model import Timeline

__all__ = ["main"]

EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
# Kept equal to liveblog.export.FORMATS (a test checks); literal so --help needs no export import.
EXPORT_FORMATS = ("html", "ics", "json", "jsonl", "jsonld", "md")


def _add_page_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--reference",
        metavar="ISO",
        help="the time the page was read, as a date or date-time (default: now in --tz)",
    )
    p.add_argument(
        "--tz", metavar="ZONE", help="the page's IANA time zone, e.g. Asia/Damascus (default: UTC)"
    )
    p.add_argument("--lang", metavar="CODE", help="the page's language, e.g. ar or en (default: detected)")


def _add_max_bytes(p: argparse.ArgumentParser, *, timeout: bool = True) -> None:
    if timeout:
        p.add_argument(
            "--timeout",
            default=None,
            metavar="SECONDS",
            help="the most fetching a URL may take, redirects included (default: 20)",
        )
    p.add_argument(
        "--max-bytes",
        default=None,
        metavar="N",
        help="refuse a page larger than N bytes (suffixes k, M, G; default: 32M, at most 4G)",
    )


def _add_batch(bat: argparse.ArgumentParser) -> None:
    bat.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or .jsonl lists")
    _add_page_options(bat)
    _add_max_bytes(bat, timeout=False)
    bat.add_argument(
        "--jobs", "-j", type=int, metavar="N", help="worker processes (default and most: one per CPU)"
    )
    bat.add_argument("-o", "--output", metavar="FILE", help="write the JSON lines here (default: stdout)")
    bat.add_argument(
        "--resume",
        action="store_true",
        help="continue the run whose output is -o FILE: skip pages already there (same key and content)",
    )
    bat.add_argument(
        "--dask",
        nargs="?",
        const="local",
        metavar="ADDRESS",
        help="run on Dask: a local cluster of --jobs workers, or the scheduler at ADDRESS "
        "(needs pip install 'liveblog[dask]')",
    )
    bat.set_defaults(func=_cmd_batch)


def _add_history(his: argparse.ArgumentParser) -> None:
    his.add_argument("archives", nargs="+", metavar="ARCHIVE", help=".warc, .warc.gz, .wacz files or folders")
    his.add_argument("--url", metavar="URL", help="the page to follow (default: every page captured)")
    his.add_argument(
        "--format",
        "-f",
        dest="fmt",
        metavar="FORMAT",
        help="show, or an export format: json, ics, md, ... (default: from -o's extension; json)",
    )
    his.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here (atomically); a folder gets one file per page",
    )
    his.add_argument("--tz", metavar="ZONE", help="the pages' IANA time zone (default: from the page)")
    his.add_argument("--lang", metavar="CODE", help="the pages' language (default: detected)")
    _add_max_bytes(his, timeout=False)
    his.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (default: one per CPU)")
    his.add_argument("--dask", nargs="?", const="local", metavar="ADDRESS", help="run on Dask (see batch)")
    his.set_defaults(func=_cmd_history)


class _Version(argparse.Action):
    """``--version``: the package metadata is read only when asked (``--help`` does not pay for it)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from liveblog import __version__

        print(f"liveblog {__version__}")
        parser.exit()


def _add_show(sub: Any) -> None:
    """The ``show`` command's arguments."""
    show = sub.add_parser(
        "show",
        help="show a page's timeline in the terminal",
        description="Show a page's timeline, grouped by day. With no INPUT (and nothing piped in) "
        "or with --demo it shows the bundled Arabic demo page.",
    )
    show.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="a file path, a URL, or - for stdin; several snapshots of one page are merged",
    )
    _add_page_options(show)
    _add_max_bytes(show)
    show.add_argument("--demo", action="store_true", help="show the bundled demo page (the seed, Arabic)")
    show.add_argument("--since", metavar="WHEN", help="only what happened from then on: ISO date or words")
    show.add_argument("--until", metavar="WHEN", help="only what happened up to then (inclusive of a day)")
    show.add_argument("--grep", metavar="WORD", help="only entries and mentions whose text contains WORD")
    show.add_argument("--limit", metavar="N", type=_count, help="at most N entries")
    show.add_argument("--order", choices=["oldest", "newest"], default="oldest", help="default: oldest first")
    show.add_argument("--entries-only", action="store_true", help="leave out the dates said inside entries")
    show.add_argument("--explain", action="store_true", help="for each date: expression, rule, reference")
    show.add_argument("--full", action="store_true", help="show whole texts instead of the first lines")
    show.add_argument(
        "--ui-lang",
        choices=["en", "ar"],
        default="en",
        help="language of liveblog's own words (all day, lead, …); day names follow the page (default: en)",
    )
    show.add_argument(
        "--bidi",
        choices=["auto", "on", "off"],
        default="auto",
        help="reorder right-to-left text for terminals without BiDi (default: auto, see LIVEBLOG_BIDI)",
    )
    show.add_argument("--json", action="store_true", help="print the JSON export instead")
    show.add_argument(
        "--html",
        action="store_true",
        help="write the HTML view to a temporary file and open it in the system's browser",
    )
    show.add_argument("--no-pager", action="store_true", help="never page long output")
    show.set_defaults(func=_cmd_show)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liveblog",
        description="Turn a live-coverage news page into an ordered, dated event timeline.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    _add_show(sub)

    export = sub.add_parser("export", help="export a page's timeline (html, ics, json, jsonl, jsonld, md)")
    export.add_argument("inputs", nargs="+", metavar="INPUT", help="a file path, or - for stdin")
    _add_page_options(export)
    _add_max_bytes(export)
    export.add_argument(
        "--format",
        "-f",
        dest="fmt",
        choices=EXPORT_FORMATS,
        help="output format (default: from -o's extension: .html .ics .json .jsonl .jsonld .md; "
        "json to stdout)",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    export.add_argument(
        "--events",
        choices=["entries", "all"],
        default="all",
        help="live posts only, or dated mentions too (default: all)",
    )
    export.set_defaults(func=_cmd_export)

    _add_batch(sub.add_parser("batch", help="many pages in parallel: one timeline per JSON line"))
    _add_history(
        sub.add_parser(
            "history",
            help="the history of a live page from web archives (WARC): its captures merged",
            description="Merge every HTML capture of a page in WARC, WARC.gz or WACZ files, in capture "
            "order, into one timeline with revisions, removals and first-seen times.",
        )
    )

    follow = sub.add_parser("follow", help="poll a live page and show new and edited entries as they come")
    follow.add_argument("input", metavar="INPUT", help="an http(s) URL or a file path")
    _add_page_options(follow)
    follow.add_argument("--every", default="60", metavar="SECONDS", help="poll interval (default: 60)")
    follow.add_argument("--once", action="store_true", help="poll once, print what is there, and exit")
    follow.add_argument("--polls", metavar="N", help="stop after N polls (default: until Ctrl-C)")
    follow.add_argument(
        "--timeout",
        default="20",
        metavar="SECONDS",
        help="the most one fetch may take, connecting and reading included (default: 20)",
    )
    follow.add_argument(
        "--export",
        metavar="FILE",
        help="keep FILE (.html, .ics, .json, .jsonl, .jsonld, .md) up to date, atomically",
    )
    follow.add_argument(
        "--events", choices=["entries", "all"], default="all", help="what --export writes (default: all)"
    )
    follow.add_argument(
        "--state",
        metavar="FILE",
        help="keep the merged timeline here across restarts (default: FILE.state.json beside --export)",
    )
    follow.add_argument(
        "--bidi",
        choices=["auto", "on", "off"],
        default="auto",
        help="reorder right-to-left text for terminals without BiDi (default: auto, as show)",
    )
    follow.set_defaults(func=_cmd_follow)

    schema = sub.add_parser("schema", help="print the JSON Schema of the json/jsonl export")
    schema.set_defaults(func=_cmd_schema)

    res = sub.add_parser("resolve", help="resolve one date expression")
    res.add_argument("expression")
    res.add_argument("--reference", metavar="ISO", help="the reference date or date-time (default: now)")
    res.add_argument("--tz", metavar="ZONE", help="IANA zone for a naive reference (default: UTC)")
    res.add_argument("--lang", metavar="CODE", help="language of the expression (default: detected)")
    res.add_argument("--prefer", choices=["past", "future", "nearest"], default="past")
    res.set_defaults(func=_cmd_resolve)
    return parser


MAX_SIZE = 4 * 1024**3  # the largest --max-bytes: a page is never this big, and reads stay bounded


def _size(text: str) -> int:
    """A byte count as typed after ``--max-bytes`` (``1000000``, ``512k``, ``32M``), at most 4G."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    t = text.strip().lower().removesuffix("b")
    scale = units.get(t[-1:], 1)
    digits = t[:-1] if scale != 1 else t
    if not digits.isascii() or not digits.isdigit():
        raise ConfigError(f"--max-bytes is not a size: {text!r} (e.g. 1000000, 512k, 32M)")
    n = int(digits) * scale if len(digits) <= 40 else MAX_SIZE + 1
    if n < 1:
        raise ConfigError(f"--max-bytes must be positive, got {text!r}")
    if n > MAX_SIZE:
        raise ConfigError(f"--max-bytes may be at most {MAX_SIZE:,} bytes (4G), got {text[:40]!r}")
    return n


def _seconds(option: str, text: str) -> float:
    """A positive, finite number of seconds as typed after ``option``."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise ConfigError(f"{option} must be a positive number of seconds, got {text!r}")
    return value


def _check(args: argparse.Namespace) -> None:
    """Settings argparse cannot check, each refused with one :class:`ConfigError` line."""
    for option in ("every", "timeout"):
        if isinstance(getattr(args, option, None), str):
            setattr(args, option, _seconds(f"--{option}", getattr(args, option)))
    if isinstance(getattr(args, "max_bytes", None), str):
        args.max_bytes = _size(args.max_bytes)
    polls = getattr(args, "polls", None)
    if isinstance(polls, str):
        if not polls.isascii() or not polls.isdigit() or int(polls) < 1:
            raise ConfigError(f"--polls must be a whole number >= 1, got {polls!r}")
        args.polls = int(polls)
    if getattr(args, "lang", None) is not None:
        from liveblog.pipeline import check_language

        check_language(args.lang)


def _limits(args: argparse.Namespace) -> dict[str, Any]:
    """``max_bytes=`` (and ``timeout=``) for the pipeline when the user gave them (else the defaults)."""
    limits: dict[str, Any] = {"max_bytes": args.max_bytes} if args.max_bytes is not None else {}
    if getattr(args, "timeout", None) is not None:
        limits["timeout"] = args.timeout
    return limits


def _count(text: str) -> int:
    """argparse type for --limit: a whole number >= 0."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return int(text)


DEMO_REFERENCE = "2024-11-29T21:00"
DEMO_TZ = "Asia/Damascus"


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from liveblog.pipeline import parse_input
    from liveblog.render import ShowOptions, resolve_bound, show_timeline

    demo = args.demo or (not args.inputs and sys.stdin.isatty())
    if demo:
        from importlib.resources import as_file, files

        with as_file(files("liveblog") / "data" / "demo_ar.txt") as path:
            timeline = parse_input(
                str(path),
                reference=args.reference or DEMO_REFERENCE,
                tz=args.tz or DEMO_TZ,
                lang=args.lang or "ar",
            )
    else:
        timeline = _timeline(args, args.inputs or ["-"])
    if args.json:
        from liveblog.export import export_timeline

        out.write(export_timeline(timeline, "json"))
        return 0
    if args.html:
        return _open_html(timeline, out, events="entries" if args.entries_only else "all")
    options = ShowOptions(
        order=args.order,
        since=resolve_bound(args.since, timeline, end=False) if args.since else None,
        until=resolve_bound(args.until, timeline, end=True) if args.until else None,
        grep=args.grep,
        limit=args.limit,
        explain=args.explain,
        entries_only=args.entries_only,
        full=args.full,
        ui_lang=args.ui_lang,
    )
    show_timeline(timeline, out, options=options, bidi=args.bidi, pager=not args.no_pager)
    return 0


def _open_html(timeline: Timeline, out: TextIO, *, events: Literal["entries", "all"]) -> int:
    """Write the HTML view to a new temporary file, say where, and open it in a browser if there is one."""
    import os
    import tempfile
    import webbrowser
    from pathlib import Path

    from liveblog.errors import ExportError
    from liveblog.export import export_timeline, write_atomic

    text = export_timeline(timeline, "html", events=events)
    try:
        fd, name = tempfile.mkstemp(prefix="liveblog-", suffix=".html")
    except OSError as e:
        raise ExportError(f"cannot make a temporary file: {e.strerror}") from None
    os.close(fd)
    write_atomic(name, text)
    url = Path(name).as_uri()
    out.write(f"wrote {name}\n")
    try:
        opened = webbrowser.open(url)
    except webbrowser.Error:
        opened = False
    if not opened:
        out.write(f"no browser found here: open {url} in one\n")
    return 0


def _timeline(args: argparse.Namespace, inputs: Sequence[str]) -> Timeline:
    """The timeline of one input, or the merge of several snapshots of one page."""
    from liveblog.pipeline import parse_input

    if len(inputs) == 1:
        return parse_input(inputs[0], reference=args.reference, tz=args.tz, lang=args.lang, **_limits(args))
    from liveblog.assemble.merge import merge_all

    return merge_all(
        parse_input(
            name,
            reference=args.reference,
            tz=args.tz,
            lang=args.lang,
            snapshot=name,
            **_limits(args),
        )
        for name in inputs
    )


def _cmd_follow(args: argparse.Namespace, out: TextIO) -> int:
    from rich.console import Console
    from rich.live import Live

    from liveblog.follow import Follower, Poll, render_poll, render_summary
    from liveblog.render._bidi import use_visual_order
    from liveblog.render._layout import Screen

    follower = Follower(
        args.input,
        every=args.every,
        max_backoff=max(600.0, args.every),
        timeout=args.timeout,
        reference=args.reference,
        tz=args.tz,
        lang=args.lang,
        export=args.export,
        events=args.events,
        state=args.state,
    )
    console = Console(file=out, highlight=False)
    screen = Screen(
        console,
        console.width,
        styled=console.is_terminal and not os.environ.get("NO_COLOR"),
        visual_order=use_visual_order(args.bidi, is_terminal=console.is_terminal),
    )

    def show(renderable: object) -> None:
        console.print(renderable, markup=False, emoji=False, highlight=False, soft_wrap=True)

    if args.once:
        poll = follower.poll()
        show(render_poll(poll, follower, final=True, screen=screen))
        show(render_summary(follower.summary()))
        return 1 if poll.status == "error" else 0
    if not console.is_terminal:  # a pipe or a log file: one block per poll, no cursor tricks
        summary = follower.run(
            polls=args.polls, on_poll=lambda poll: show(render_poll(poll, follower, screen=screen))
        )
    else:
        with Live(console=console, auto_refresh=False, transient=True) as live:

            def shown(poll: Poll) -> None:
                if poll.changed or poll.status == "error" or poll.error:
                    live.console.print(render_poll(poll, follower, screen=screen), markup=False)
                live.update(render_poll(poll, follower, changes=False, screen=screen), refresh=True)

            summary = follower.run(polls=args.polls, on_poll=shown)
    show(render_summary(summary))
    # Every poll failed: nothing was read at all, which a script must be able to tell.
    return 1 if summary.polls and summary.errors == summary.polls else 0


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from liveblog.export import export_timeline, guess_format, write_atomic

    fmt = args.fmt or guess_format(args.output)
    timeline = _timeline(args, args.inputs)
    text = export_timeline(timeline, fmt, events=args.events)
    if args.output:
        write_atomic(args.output, text)
    else:
        out.write(text)
    return 0


def _cmd_batch(args: argparse.Namespace, out: TextIO) -> int:
    from liveblog.batch import Settings, batch

    settings = Settings(reference=args.reference, tz=args.tz, lang=args.lang, **_limits(args))
    return batch(
        args.inputs,
        args.output,
        settings,
        jobs=args.jobs,
        out=out,
        err=sys.stderr,
        resume=args.resume,
        dask=args.dask,
    )


def _cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from liveblog.batch import Settings, choose_jobs
    from liveblog.history import history, history_format, write_history

    history_format(args.fmt, args.output)  # a bad format fails before any capture is parsed
    settings = Settings(tz=args.tz, lang=args.lang, **_limits(args))
    jobs = choose_jobs(args.jobs, sys.stderr, command="history") if args.dask is None else args.jobs
    found = history(args.archives, settings, url=args.url, jobs=jobs, dask=args.dask)
    for message in found.skipped:
        print(f"liveblog history: left out {message}", file=sys.stderr)
    write_history(found, fmt=args.fmt, output=args.output, out=out)
    return 1 if found.skipped else 0


def _cmd_schema(_args: argparse.Namespace, out: TextIO) -> int:
    from importlib.resources import files

    out.write(files("liveblog").joinpath("schema", "timeline.schema.json").read_text(encoding="utf-8"))
    return 0


def _cmd_resolve(args: argparse.Namespace, out: TextIO) -> int:
    from liveblog.pipeline import reference_and_zone
    from liveblog.resolve import find_times

    reference, _zone = reference_and_zone(args.reference, args.tz)
    languages = [args.lang] if args.lang else None
    found = find_times(args.expression, reference, prefer=args.prefer, languages=languages)
    if not found:
        out.write(f"no date in {args.expression!r}\n")
        return 1
    for f in found:
        w = f.when
        out.write(
            f"{f.text}\n  start   {w.start.isoformat()}\n  end     {w.end.isoformat()}\n"
            f"  grain   {w.grain.value}{' (' + w.part + ')' if w.part else ''}\n"
            f"  timex   {w.timex}{' (approximate)' if w.approximate else ''}\n  rule    {f.rule}\n"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace, TextIO], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        _check(args)
        status = func(args, sys.stdout)
        sys.stdout.flush()  # a full disk shows here, while we can still say so
    except LiveblogError as e:
        _error(str(e) or type(e).__name__)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("liveblog: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `liveblog show x | head`: the reader went away; that is not an error of ours.
        _drop_stdout()
        return 0
    except OSError as e:
        if e.errno not in _WRITE_ERRORS:
            raise
        _drop_stdout()
        _error(f"cannot write the output: {e.strerror or e}")
        return EXIT_ERROR
    return status


# What a failed write to stdout raises (a full disk, a quota, an I/O error, a file too big).
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE})


def _error(message: str) -> None:
    from liveblog._text.sanitize import clean_line

    # A message may quote page-derived text (a server's reason phrase): one clean line.
    print(f"liveblog: error: {clean_line(message) or 'error'}", file=sys.stderr)


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of unwritten output cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (captured in tests): nothing left to flush
        pass
