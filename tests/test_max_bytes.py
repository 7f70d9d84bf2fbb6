"""--max-bytes: sizes past the cap are one ConfigError line, and reading never reserves the cap up front."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog.cli import MAX_SIZE, main
from liveblog.errors import LimitError
from liveblog.read import _read_limited, read_path

PAGE = "20:15\nThe bridge reopened to traffic.\n"

# (--max-bytes as typed, exit status, words of the one error line; "" when read)
SIZES = [
    ("9999999999999", 2, "at most 4,294,967,296 bytes"),
    ("99999999999999999999999G", 2, "at most 4,294,967,296 bytes"),
    ("9" * 5000, 2, "at most 4,294,967,296 bytes"),  # past int()'s digit limit too
    ("4097M", 2, "at most 4,294,967,296 bytes"),
    ("4G", 0, ""),
    ("4096M", 0, ""),
    ("1k", 0, ""),
    ("10", 2, "over the limit of 10 bytes"),
    ("0", 2, "must be positive"),
    ("abc", 2, "not a size"),
    ("-5", 2, "not a size"),
]


@pytest.mark.parametrize(("size", "status", "says"), SIZES, ids=[s[0][:30] for s in SIZES])
def test_max_bytes_option(
    tmp_path: Path, size: str, status: int, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE)
    assert main(["show", "--max-bytes", size, str(path)]) == status
    err = capsys.readouterr().err
    if status == 0:
        assert err == ""
        return
    assert err.count("\n") == 1
    assert says in err


class _Counting(io.BytesIO):
    """A stream that remembers the largest read asked of it."""

    largest = 0

    def read(self, size: int | None = -1, /) -> bytes:
        self.largest = max(self.largest, size if size is not None else -1)
        return super().read(size)


def test_a_huge_limit_reads_in_bounded_chunks() -> None:
    """A limit of 10**13 bytes is not asked of the stream at once (that reserved it: MemoryError)."""
    stream = _Counting(PAGE.encode())
    assert _read_limited(stream, 10**13, "page") == PAGE.encode()
    assert 0 < stream.largest <= 1 << 20


def test_read_path_with_a_huge_limit(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE)
    assert read_path(path, max_bytes=MAX_SIZE * 1000).text == PAGE


@given(st.binary(max_size=3000), st.integers(1, 4000))
def test_read_limited_is_all_or_a_limit_error(data: bytes, limit: int) -> None:
    stream = io.BytesIO(data)
    if len(data) <= limit:
        assert _read_limited(stream, limit, "page") == data
    else:
        with pytest.raises(LimitError, match=f"over the limit of {limit:,} bytes"):
            _read_limited(stream, limit, "page")
