"""Tests of ``liveblog batch -o out.parquet``: one row per event, one row per failed page."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from liveblog._parquet import COLUMNS
from liveblog.cli import main


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """One page with one post, and a FIFO that fails."""
    import os

    root = tmp_path / "pages"
    root.mkdir()
    (root / "a.txt").write_text("20:15\nThe convoy arrived at the bridge.\n", encoding="utf-8")
    os.mkfifo(root / "b.txt")
    return root


def test_parquet_rows_are_the_events_and_the_failures(pages: Path, tmp_path: Path) -> None:
    """The post is one row at 20:15 Damascus = 17:15 UTC; the FIFO one error row; columns as documented."""
    out = tmp_path / "out.parquet"
    argv = ["batch", str(pages), "-j", "1", "-o", str(out), "--reference", "2024-11-29T21:00"]
    assert main([*argv, "--tz", "Asia/Damascus"]) == 1
    table = pq.read_table(out)
    assert table.schema.names == [name for name, _kind in COLUMNS]
    rows = table.to_pylist()
    assert [(Path(r["input"]).name, r["kind"], r["error_type"]) for r in rows] == [
        ("a.txt", "entry", None),
        ("b.txt", None, "InputError"),
    ]
    post = rows[0]
    assert post["start"] == datetime(2024, 11, 29, 17, 15, tzinfo=UTC)
    assert post["end"] == datetime(2024, 11, 29, 17, 16, tzinfo=UTC)
    assert (post["grain"], post["tz"]) == ("minute", "Asia/Damascus")
    assert post["text"] == "The convoy arrived at the bridge."


def test_parquet_and_jsonl_hold_the_same_events(pages: Path, tmp_path: Path) -> None:
    """Every event of the JSON Lines output is a row of the Parquet output, in order."""
    common = ["-j", "1", "--reference", "2024-11-29T21:00", "--tz", "Asia/Damascus"]
    main(["batch", str(pages), "-o", str(tmp_path / "out.jsonl"), *common])
    main(["batch", str(pages), "-o", str(tmp_path / "out.parquet"), *common])
    lines = [json.loads(ln) for ln in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [ev["id"] for ln in lines if "timeline" in ln for ev in ln["timeline"]["events"]]
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["event_id"] for r in rows if r["event_id"] is not None] == ids


def test_parquet_cannot_be_resumed(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--resume with a Parquet output is a one-line error."""
    assert main(["batch", str(pages), "-o", str(tmp_path / "o.parquet"), "--resume"]) == 2
    assert "not a Parquet file" in capsys.readouterr().err
