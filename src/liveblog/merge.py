"""Compatibility path: snapshot merging lives in :mod:`liveblog.assemble.merge`."""

from liveblog.assemble.merge import *  # noqa: F403
