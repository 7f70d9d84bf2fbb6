"""``python -m liveblog``: the same as the ``liveblog`` command."""

from liveblog.cli import main

raise SystemExit(main())
