"""Counting work instead of timing it: the number of Python calls a piece of code makes.

A call count does not depend on how busy the machine is, so a test can compare
two input sizes and fail on quadratic growth without asserting wall-clock time
(absolute times are in ``bench/``).
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable

__all__ = ["GROWTH_PER_X4", "HANG_GUARD", "calls", "growth"]

GROWTH_PER_X4 = 4.4  # linear growth, with room for fixed costs and small non-linear terms
# Seconds after which a test gives up on a child process (tmux, a subprocess): a guard against a
# hang, far above any run on a loaded machine, never a speed assertion.
HANG_GUARD = 600


def calls(run: Callable[[], object]) -> int:
    """How many Python function calls (builtins included) ``run()`` makes."""
    profile = cProfile.Profile()
    profile.runcall(run)
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def growth(run: Callable[[int], object], n: int) -> float:
    """Calls for input size ``4 n`` over calls for size ``n`` (about 4 when the work is linear)."""
    run(max(n // 16, 1))  # warm caches (lexicons, compiled patterns) outside the counts
    return calls(lambda: run(4 * n)) / calls(lambda: run(n))
