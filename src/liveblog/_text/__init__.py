"""Text helpers every stage may use: normalisation and folding, zones, sanitising, furniture words.

The bottom of the package: it imports nothing of liveblog but :mod:`liveblog.errors`.
"""
