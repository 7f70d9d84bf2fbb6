"""Tests of liveblog._warc and ``liveblog history``: a WARC written here with warcio, merged by hand."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from liveblog._warc import captures
from liveblog.batch import Settings
from liveblog.cli import main
from liveblog.errors import InputError
from liveblog.history import history

from .warc_pages import AIRPORT, AIRPORT_EDITED, MAYOR, POWER, RESCUE, URL, write_archive

SETTINGS = Settings(tz="UTC")


def _at(hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(2024, 11, 29, hour, minute, tzinfo=UTC)


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The archive of tests/warc_pages.py, compressed and not, its last capture cut short."""
    gz = bool(request.param)
    return write_archive(tmp_path / ("live.warc.gz" if gz else "live.warc"), gzip=gz)


def test_captures_are_the_html_answers_and_the_cut_record(archive: Path) -> None:
    """Requests, the PNG and the 404 are skipped; three pages at their WARC-Dates; the cut one flagged."""
    found = list(captures(str(archive), max_bytes=1 << 20))
    pages = [c for c in found if c.problem is None]
    assert [(c.url, c.date) for c in pages] == [(URL, _at("10:00")), (URL, _at("10:30")), (URL, _at("11:00"))]
    assert all(c.charset == "utf-8" for c in pages)
    (cut,) = [c for c in found if c.problem is not None]
    assert "cut short" in cut.problem or "ends inside a record" in cut.problem


# (marker, text, removed, capture times it was seen in) — worked out from the table in warc_pages.py
EXPECTED = [
    ("09:30", RESCUE, True, ["10:00", "10:30"]),  # gone from the 11:00 capture
    ("09:45", AIRPORT_EDITED, False, ["10:00", "10:30", "11:00"]),  # edited at 10:30
    ("10:15", POWER, False, ["10:30", "11:00"]),  # first seen at 10:30
    ("10:50", MAYOR, False, ["11:00"]),
]


def test_history_merges_the_captures_in_capture_order(archive: Path) -> None:
    """One timeline: the edit's newest text with both revisions, the removal, first-seen times."""
    found = history([str(archive)], SETTINGS, jobs=1)
    assert list(found.timelines) == [URL]
    assert found.captures == {URL: 3}
    assert len(found.skipped) == 1  # the capture cut short, never merged (it would "remove" posts)
    tl = found.timelines[URL]
    assert tl.reference == _at("11:00")
    got = [(e.marker, e.text, e.removed, sorted({c.seen for c in e.copies})) for e in tl.entries]
    assert got == [(m, t, r, [_at(s) for s in seen]) for m, t, r, seen in EXPECTED]
    airport = tl.entries[1]
    assert [r.split("\n")[-1] for r in airport.revisions] == [AIRPORT, AIRPORT_EDITED]


def test_history_with_two_processes_is_the_same(archive: Path) -> None:
    """Parsing the captures in worker processes changes nothing in the merged history."""
    one = history([str(archive)], SETTINGS, jobs=1)
    two = history([str(archive)], SETTINGS, jobs=2)
    assert one.timelines == two.timelines


def test_history_command_writes_json_and_ics(archive: Path, tmp_path: Path) -> None:
    """`liveblog history` writes the merged page: JSON with removed flags, ICS with the four posts."""
    out = tmp_path / "h.json"
    assert main(["history", str(archive), "--url", URL, "--tz", "UTC", "-j", "1", "-o", str(out)]) == 1
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [(e["marker"], bool(e.get("removed"))) for e in doc["entries"]] == [
        (m, r) for m, _t, r, _s in EXPECTED
    ]
    ics = tmp_path / "h.ics"
    main(["history", str(archive), "--tz", "UTC", "-j", "1", "-o", str(ics)])
    assert ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 4


def test_history_of_an_unknown_url_is_an_error(archive: Path) -> None:
    """A URL with no captures is an InputError naming it."""
    with pytest.raises(InputError, match=r"news\.example/other"):
        history([str(archive)], SETTINGS, url="https://news.example/other", jobs=1)


def test_history_of_a_plain_page_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not a web archive gives one error line, exit 2."""
    page = tmp_path / "page.html"
    page.write_text("<p>10:00</p><p>x</p>", encoding="utf-8")
    assert main(["history", str(page), "-j", "1"]) == 2
    assert "not a web archive" in capsys.readouterr().err


def test_wacz_package_is_read(tmp_path: Path) -> None:
    """A WACZ (a zip with archive/*.warc.gz) gives the same captures as its WARC."""
    import zipfile

    warc = write_archive(tmp_path / "data.warc.gz", cut=False)
    wacz = tmp_path / "live.wacz"
    with zipfile.ZipFile(wacz, "w") as z:
        z.write(warc, "archive/data.warc.gz")
        z.writestr("datapackage.json", "{}")
    got = [(c.url, c.date) for c in captures(str(wacz), max_bytes=1 << 20) if c.problem is None]
    assert got == [(c.url, c.date) for c in captures(str(warc), max_bytes=1 << 20) if c.problem is None]
    assert len(got) == 4  # not cut: the 11:30 capture is whole here


# (name, bytes, words of the problem)
BAD_ARCHIVES = [
    ("noise.warc", b"this is not a web archive\n" * 20, "not a readable web archive"),
    ("noise.warc.gz", b"\x1f\x8b\x08\x00garbage", "ends inside a record"),
    ("noise.wacz", b"PK not really", "not a WACZ package"),
]


@pytest.mark.parametrize(("name", "data", "says"), BAD_ARCHIVES)
def test_bad_archive_is_one_problem(tmp_path: Path, name: str, data: bytes, says: str) -> None:
    """A file that is not what its name says is one problem naming it, never a traceback."""
    path = tmp_path / name
    path.write_bytes(data)
    found = list(captures(str(path), max_bytes=1 << 20))
    assert len(found) == 1
    assert found[0].problem is not None
    assert says in found[0].problem


def _other_page(path: Path) -> Path:
    """A second archive: one capture of another live page."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from .warc_pages import page

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(page([("08:00", "Schools reopened in the east.")]))
        record = w.create_warc_record(
            "https://other.example/live#top",
            "response",
            payload=body,
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-11-29T09:00:00Z"},
        )
        w.write_record(record)
        record.raw_stream.close()
    return path


def test_several_pages_need_url_or_a_folder(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two page URLs: to stdout it is an error naming both; -o FOLDER gets one file per page."""
    other = str(_other_page(tmp_path / "other.warc.gz"))
    assert main(["history", str(archive), other, "--tz", "UTC", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert "2 pages" in err
    assert "https://other.example/live" in err
    folder = tmp_path / "out"
    folder.mkdir()
    main(["history", str(archive), other, "--tz", "UTC", "-j", "1", "-o", str(folder), "-f", "md"])
    # the readable part, then sha256("https://…/live")[:12]
    names = ["news.example_live-a370a7b020ec.md", "other.example_live-37298b5c3ee8.md"]
    assert sorted(p.name for p in folder.iterdir()) == names
    assert "Schools reopened" in (folder / names[1]).read_text(encoding="utf-8")


def test_history_shows_in_the_terminal_view(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format show prints the merged timeline as `liveblog show` does: the four posts."""
    main(["history", str(archive), "--tz", "UTC", "-j", "1", "--format", "show"])
    shown = capsys.readouterr().out
    for text in (RESCUE, POWER, MAYOR):
        assert text[:30] in shown.replace("\n", " ")


def test_unknown_format_is_refused_before_parsing(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A format that is neither show nor in the export registry: one error line naming it, before reading."""
    missing = str(archive.with_name("missing.warc"))  # read first, this would be the error instead
    assert main(["history", missing, "--tz", "UTC", "-j", "1", "--format", "pdf"]) == 2
    assert "unknown format 'pdf'" in capsys.readouterr().err
