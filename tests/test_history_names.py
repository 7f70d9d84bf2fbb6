"""history -o FOLDER: one file per page URL, never one page written over another."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from liveblog.cli import main
from liveblog.history import _file_name

from .warc_pages import page

LONG = "https://ex.org/" + "a" * 200
# URL pairs whose readable parts are the same file name
ALIKE = [
    ("https://ex.org/live?id=1", "https://ex.org/live/id=1"),
    ("https://ex.org/live?id=1", "http://ex.org/live?id=1"),
    (LONG + "/one", LONG + "/two"),  # the same first 150 characters
    ("https://ex.org/Live", "https://ex.org/live"),  # one file on a case-insensitive disk
    ("https://ex.org/a b", "https://ex.org/a_b"),
]


@pytest.mark.parametrize(("a", "b"), ALIKE)
def test_urls_that_read_alike_get_different_files(a: str, b: str) -> None:
    assert _file_name(a, ".json").lower() != _file_name(b, ".json").lower()


def test_the_name_is_readable_then_a_hash() -> None:
    """The hash is sha256 of the whole URL, first 12 hex digits (worked out with hashlib by hand)."""
    assert _file_name("https://ex.org/live?id=1", ".json") == "ex.org_live_id_1-e5b99debdb99.json"
    assert len(_file_name(LONG + "/one", ".md")) == 150 + 1 + 12 + 3


@given(st.text(max_size=300))
def test_names_are_short_and_safe(url: str) -> None:
    name = _file_name(url, ".json")
    assert len(name) <= 150 + 1 + 12 + 5
    assert "/" not in name
    assert name not in (".json", "..json")
    assert _file_name(url, ".json") == name  # stable


def _archive(path: Path, urls: list[str]) -> Path:
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=False)
        for n, url in enumerate(urls):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            body = io.BytesIO(page([("08:00", f"Post number {n} of page {url}.")]))
            record = w.create_warc_record(
                url,
                "response",
                payload=body,
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-11-29T09:00:00Z"},
            )
            w.write_record(record)
            record.raw_stream.close()
    return path


def test_history_folder_keeps_pages_that_read_alike(tmp_path: Path) -> None:
    urls = ["https://ex.org/live?id=1", "https://ex.org/live/id=1"]
    archive = _archive(tmp_path / "crawl.warc", urls)
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["history", str(archive), "--tz", "UTC", "-j", "1", "-o", str(folder)]) == 0
    files = sorted(folder.iterdir())
    assert len(files) == 2
    texts = [f.read_text(encoding="utf-8") for f in files]
    for n in range(2):
        assert sum(f"Post number {n} of page" in t for t in texts) == 1
