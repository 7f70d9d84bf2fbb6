"""Benchmarks of liveblog (not tests): ``python -m bench`` runs :mod:`bench.run`."""
