"""``python -m bench``: the benchmark report (see ``bench/run.py``)."""

from bench.run import main

raise SystemExit(main())
