"""Giving freed memory back to the operating system after a big parse.

selectolax's lexbor allocates its tree with the C allocator, about ten times
the page's size. When the tree is freed, glibc keeps those pages in its heap
(only the top of the heap is returned on its own), while Python's small
objects come from separate memory maps and cannot reuse them — so everything
built after the tree would sit on top of it and a process's peak memory would
be the tree *plus* the rest of the pipeline. ``malloc_trim(0)`` returns the
heap's free pages to the system (glibc ≥ 2.8 releases free pages anywhere in
the heap, not just at its top).

On C libraries without ``malloc_trim`` (musl, macOS, Windows) this does
nothing: memory is still correct, the peak is just higher.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

__all__ = ["RELEASE_AFTER", "release_freed_memory"]

RELEASE_AFTER = 256 * 1024
"""Pages at least this many characters long hand their parse tree's memory back once it is freed.

Below it the tree is a few megabytes at most and the trim (a walk of the
heap) is not worth its time on every page of a batch.
"""


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes  # lazily: most runs never read a page big enough to need it
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # no C library symbols, or not glibc (musl has no malloc_trim)
        return None
    return trim


def release_freed_memory() -> bool:
    """Return the C heap's free pages to the system; whether the C library could do it."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
