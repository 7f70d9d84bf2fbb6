"""``liveblog batch -o out.parquet``: one row per event for analysts (pyarrow, optional extra).

Each batch line becomes rows: one per event of its timeline (entries and
dated mentions), or one row with ``error`` and ``error_type`` for a page that
failed. Rows are written in row groups as pages finish, so memory stays
bounded; the file is closed properly on Ctrl-C or ``SIGTERM`` (a valid file of
the pages so far), but a ``kill -9`` leaves it without its footer, and it
cannot be resumed — use JSON Lines for runs that may be cut. The columns are
:data:`COLUMNS` (documented in ``docs/schema/parquet.md``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from liveblog.errors import ConfigError, ExportError

__all__ = ["COLUMNS", "ParquetOutput", "rows_of_line"]

# (column, pyarrow type name) — kept in step with docs/schema/parquet.md
COLUMNS: tuple[tuple[str, str], ...] = (
    ("input", "string"),
    ("key", "string"),
    ("sha256", "string"),
    ("error", "string"),
    ("error_type", "string"),
    ("source", "string"),
    ("tz", "string"),
    ("lang", "string"),
    ("event_id", "string"),
    ("kind", "string"),
    ("entry_id", "string"),
    ("start", "timestamp"),
    ("end", "timestamp"),
    ("grain", "string"),
    ("timex", "string"),
    ("approximate", "bool"),
    ("part", "string"),
    ("text", "string"),
    ("expression", "string"),
    ("rule", "string"),
)
_ROWS_PER_GROUP = 4096


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC) if text else None


def rows_of_line(line: str) -> list[dict[str, Any]]:
    """The rows of one batch output line.

    >>> line = '{"input": "a", "key": "a", "sha256": null, "error": "no", "type": "InputError"}'
    >>> rows_of_line(line)[0]["error_type"]
    'InputError'
    """
    obj = json.loads(line)
    head = {"input": obj["input"], "key": obj["key"], "sha256": obj.get("sha256")}
    if "error" in obj:
        return [{**head, "error": obj["error"], "error_type": obj.get("type")}]
    tl = obj["timeline"]
    page = {**head, "source": tl.get("source"), "tz": tl.get("tz"), "lang": tl.get("lang")}
    rows = []
    for ev in tl["events"]:
        when = ev.get("when") or {}
        vague = when.get("kind") == "ref"  # "now", "recently": no instant (start and end left empty)
        rows.append(
            {
                **page,
                "event_id": ev["id"],
                "kind": ev["kind"],
                "entry_id": ev.get("entry_id"),
                "start": None if vague else _moment(when.get("start")),
                "end": None if vague else _moment(when.get("end")),
                "grain": when.get("grain"),
                "timex": when.get("timex"),
                "approximate": when.get("approximate"),
                "part": when.get("part"),
                "text": ev.get("text"),
                "expression": ev.get("expression"),
                "rule": ev.get("rule"),
            }
        )
    return rows


class ParquetOutput:
    """A Parquet file written a row group at a time; ``write`` takes batch lines."""

    def __init__(self, path: str) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ConfigError("-o FILE.parquet needs pyarrow: pip install 'liveblog[parquet]'") from None
        types = {"string": pa.string(), "bool": pa.bool_(), "timestamp": pa.timestamp("us", tz="UTC")}
        self._pa: Any = pa
        self.schema: Any = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
        self.path = path
        self._rows: list[dict[str, Any]] = []
        try:
            self._writer: Any = pq.ParquetWriter(path, self.schema)
        except (OSError, pa.ArrowException) as e:
            raise ExportError(f"cannot write {path!r}: {e}") from None

    def write(self, line: str) -> None:
        self._rows.extend(rows_of_line(line))
        if len(self._rows) >= _ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        table = self._pa.Table.from_pylist(self._rows, schema=self.schema)
        self._rows = []
        try:
            self._writer.write_table(table)
        except (OSError, self._pa.ArrowException) as e:
            raise ExportError(f"cannot write {self.path!r}: {e}") from None

    def close(self) -> None:
        try:
            self._flush()
        finally:
            try:
                self._writer.close()
            except (OSError, self._pa.ArrowException) as e:
                raise ExportError(f"cannot write {self.path!r}: {e}") from None
