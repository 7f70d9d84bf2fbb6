"""Shared set-up of the atheris targets: the allowed errors and a fixed reference."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import liveblog

REFERENCE = datetime(2024, 11, 29, 21, 0, tzinfo=ZoneInfo("Asia/Damascus"))
ALLOWED = (liveblog.LiveblogError,)
LANGUAGES = (None, ["ar"], ["en"], ["ar", "en"])
