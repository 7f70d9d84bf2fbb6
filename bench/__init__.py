"""Benchmarks for liveblog (run as scripts, e.g. ``python bench/resolution.py``)."""
