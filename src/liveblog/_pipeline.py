"""LOCAL STUB (not committed): the lead writes the real pipeline."""
from typing import Any


def parse(*_a: Any, **_k: Any) -> Any:
    raise NotImplementedError


def parse_input(*_a: Any, **_k: Any) -> Any:
    raise NotImplementedError


def reference_and_zone(*_a: Any, **_k: Any) -> Any:
    raise NotImplementedError
