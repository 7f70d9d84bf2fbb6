"""Benchmarks for liveblog (run as scripts, e.g. ``python bench/resolution.py``; ``python -m bench`` runs ``bench/run.py``)."""
