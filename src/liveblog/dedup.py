"""Compatibility path: deduplication lives in :mod:`liveblog.assemble.dedup`."""

from liveblog.assemble.dedup import *  # noqa: F403
