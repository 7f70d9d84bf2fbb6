"""Benchmarks for liveblog: ``python -m bench`` runs ``bench/run.py``; others run as scripts."""
