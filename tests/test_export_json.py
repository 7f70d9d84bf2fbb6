"""JSON and JSON Lines exports, the Timeline codec and the published JSON Schema."""

from __future__ import annotations

import io
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

from liveblog import cli
from liveblog._json import SCHEMA_ID
from liveblog.errors import ParseError
from liveblog.export import export_timeline
from liveblog.model import Timeline

from .strategies_model import timelines

ROOT = Path(__file__).resolve().parent.parent
PACKAGED = files("liveblog").joinpath("schema", "timeline.schema.json")
SCHEMA: dict[str, Any] = json.loads(PACKAGED.read_text(encoding="utf-8"))
CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _validator(schema: dict[str, Any] = SCHEMA) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema, format_checker=CHECKER)


def _event_validator() -> jsonschema.Draft202012Validator:
    """A validator for one `$defs/event` object (a JSON Lines line)."""
    return _validator({"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": "#/$defs/event"})


# ------------------------------------------------------------------ the schema itself


def test_schema_is_valid_draft_2020_12() -> None:
    """The shipped schema is itself a valid draft 2020-12 schema with a versioned $id."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"] == SCHEMA_ID
    assert SCHEMA_ID.endswith(":1")


def test_docs_copy_equals_packaged_schema() -> None:
    """docs/schema/ holds a byte-identical copy of the packaged schema."""
    assert (ROOT / "docs" / "schema" / "timeline.schema.json").read_text(
        encoding="utf-8"
    ) == PACKAGED.read_text(encoding="utf-8")


def test_format_checker_enforces_date_time() -> None:
    """rfc3339-validator is installed: a bad date-time fails validation (else the checks prove little)."""
    assert "date-time" in CHECKER.checkers
    with pytest.raises(jsonschema.ValidationError, match="date-time"):
        _validator({"type": "string", "format": "date-time"}).validate("2024-11-29 20:15")
    with pytest.raises(jsonschema.ValidationError):
        _validator({"type": "string", "format": "date-time"}).validate("2024-11-29T20:15:00")  # no offset


def test_cli_schema_prints_the_packaged_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`liveblog schema` prints exactly the packaged schema."""
    assert cli.main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == SCHEMA


# ------------------------------------------------------------------ the seed, by hand


def test_seed_json_validates(seed_like_timeline: Timeline) -> None:
    """The seed's JSON export is valid against the schema, formats checked."""
    _validator().validate(json.loads(export_timeline(seed_like_timeline, "json")))


# id, start, end, grain, timex, part, approximate: read off the page with reference 21:00 +03.
SEED_WHENS = [
    (
        "p-2015",
        "2024-11-29T20:15:00+03:00",
        "2024-11-29T20:16:00+03:00",
        "minute",
        "2024-11-29T20:15",
        None,
        False,
    ),
    (
        "p-1503",
        "2024-11-29T15:03:00+03:00",
        "2024-11-29T15:04:00+03:00",
        "minute",
        "2024-11-29T15:03",
        None,
        False,
    ),
    (
        "m-thursday",
        "2024-11-28T00:00:00+03:00",
        "2024-11-29T00:00:00+03:00",
        "day",
        "2024-11-28",
        None,
        False,
    ),
    (
        "m-thursday-evening",
        "2024-11-28T18:00:00+03:00",
        "2024-11-29T00:00:00+03:00",
        "part_of_day",
        "2024-11-28TEV",
        "evening",
        False,
    ),
    (
        "m-dawn",
        "2024-11-29T04:00:00+03:00",
        "2024-11-29T07:00:00+03:00",
        "part_of_day",
        "2024-11-29TMO",
        "dawn",
        False,
    ),
    # Damascus was UTC+2 in early March 2020 and UTC+3 from 27 March (summer time).
    (
        "m-ceasefire",
        "2020-03-01T00:00:00+02:00",
        "2020-04-01T00:00:00+03:00",
        "month",
        "2020-03",
        None,
        False,
    ),
    # «منذ حوالي ثلاث ساعات» at 21:00: 18:00-19:00, hour grain, hedged.
    (
        "m-sana-hack",
        "2024-11-29T18:00:00+03:00",
        "2024-11-29T19:00:00+03:00",
        "hour",
        "2024-11-29T18",
        None,
        True,
    ),
]


@pytest.mark.parametrize("row", SEED_WHENS, ids=[r[0] for r in SEED_WHENS])
def test_seed_event_when_fields(seed_like_timeline: Timeline, row: tuple[Any, ...]) -> None:
    """Each seed event's `when` is written with ISO offsets, grain, timex, part and the hedge flag."""
    event_id, start, end, grain, timex, part, approximate = row
    data = json.loads(export_timeline(seed_like_timeline, "json"))
    (event,) = [e for e in data["events"] if e["id"] == event_id]
    assert event["when"] == {
        "start": start,
        "end": end,
        "grain": grain,
        "timex": timex,
        "approximate": approximate,
        "part": part,
    }


def test_seed_json_top_level_and_entries(seed_like_timeline: Timeline) -> None:
    """Top level names the page; entries keep title, marker, kind, has_text (empty posts kept, flagged)."""
    data = json.loads(export_timeline(seed_like_timeline, "json"))
    assert data["schema"] == SCHEMA_ID
    assert (data["reference"], data["tz"], data["lang"]) == (
        "2024-11-29T21:00:00+03:00",
        "Asia/Damascus",
        "ar",
    )
    assert data["title"] == "المعارضة تدخل مدينة حلب.. وأنباء عن تحركات روسية وشيكة لدعم النظام"
    by_marker = {e["marker"]: e for e in data["entries"]}
    assert [e["marker"] for e in data["entries"]] == [None, "15:03", "17:57", "19:26", "20:15"]
    assert [by_marker[m]["has_text"] for m in ("15:03", "17:57", "19:26", "20:15")] == [
        False,
        False,
        True,
        False,
    ]
    assert by_marker["19:26"]["title"].startswith("سياسة ردع العدوان")
    assert by_marker[None]["kind"] == "lead"
    assert {i["reason"] for i in data["ignored"]} == {"chrome", "photo caption", "page title"}
    mention = next(e for e in data["events"] if e["id"] == "m-thursday-evening")
    assert (mention["kind"], mention["expression"], mention["entry_id"]) == ("mention", "مساء الخميس", "lead")
    assert mention["span"]["end"] - mention["span"]["start"] == len("مساء الخميس")


def test_json_keeps_arabic_unescaped(seed_like_timeline: Timeline) -> None:
    """Arabic is written as UTF-8 text, not \\u escapes, so the file reads as the page did."""
    text = export_timeline(seed_like_timeline, "json")
    assert "مساء الخميس" in text
    assert "\\u06" not in text


def test_json_export_equals_to_json(seed_like_timeline: Timeline) -> None:
    """`export --format json` with all events is exactly Timeline.to_json()."""
    assert export_timeline(seed_like_timeline, "json") == seed_like_timeline.to_json()


def test_events_entries_drops_mentions(seed_like_timeline: Timeline) -> None:
    """--events entries keeps the five entry events (lead and four posts) and no mention."""
    data = json.loads(export_timeline(seed_like_timeline, "json", events="entries"))
    assert [e["id"] for e in data["events"]] == ["lead", "p-1503", "p-1757", "p-1926", "p-2015"]
    assert len(data["entries"]) == 5


# ------------------------------------------------------------------ round trip


def test_seed_round_trip(seed_like_timeline: Timeline) -> None:
    """from_json(to_json(t)) == t for the seed, and wall times come back in the page's zone."""
    back = Timeline.from_json(seed_like_timeline.to_json())
    assert back == seed_like_timeline
    assert str(back.events[0].when.start.tzinfo) == "Asia/Damascus"
    assert back.to_json() == seed_like_timeline.to_json()


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_round_trip_property(timeline: Timeline) -> None:
    """Any timeline (Arabic, control characters, any zone) survives to_json/from_json exactly."""
    text = timeline.to_json()
    back = Timeline.from_json(text)
    assert back == timeline
    assert back.to_json() == text
    for old, new in zip(timeline.events, back.events, strict=True):
        assert new.when.start.utcoffset() == old.when.start.utcoffset()


@settings(max_examples=40, deadline=None)
@given(timelines())
def test_generated_exports_validate(timeline: Timeline) -> None:
    """Every generated timeline's JSON export validates against the schema with formats checked."""
    _validator().validate(json.loads(timeline.to_json()))


# ------------------------------------------------------------------ bad input to from_json


def _seed_data(timeline: Timeline) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(timeline.to_json())
    return data


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("events"), "missing 'events'"),
        (lambda d: d.update(schema="urn:liveblog:schema:timeline:99"), "unsupported schema"),
        (lambda d: d.update(reference="yesterday"), "'yesterday'"),
        (lambda d: d.update(reference="2024-11-29T21:00:00"), "no UTC offset"),
        (lambda d: d["events"][0]["when"].update(grain="fortnight"), "fortnight"),
        (lambda d: d["events"][0].update(when=None), "must not be null"),
        (lambda d: d["events"][0]["when"].update(end=d["events"][0]["when"]["start"]), "not after start"),
        (lambda d: d["events"][0]["span"].update(start=-1), r"\$\.events\[0\]"),
        (lambda d: d["events"][0]["span"].update(start=True), "must be an integer"),
        (lambda d: d["entries"][1].update(kind="story"), "story"),
        (lambda d: d["entries"][1].update(has_text=True), "has_text"),
        (lambda d: d["entries"][1].update(text=5), "must be str"),
        (lambda d: d["events"][0].update(sources=[1]), "sources"),
        (lambda d: d.update(notes="n"), "must be list"),
        (lambda d: d["events"][2]["when"].update(part=None), "does not fit grain"),
    ],
)
def test_from_json_rejects_broken_documents(seed_like_timeline: Timeline, mutate: Any, message: str) -> None:
    """A broken document is a ParseError that says where and what, never a KeyError or TypeError."""
    data = _seed_data(seed_like_timeline)
    mutate(data)
    with pytest.raises(ParseError, match=message):
        Timeline.from_json(json.dumps(data))


@pytest.mark.parametrize("text", ["", "{", "[]", "null", '"x"', "[" * 100_000])
def test_from_json_rejects_non_documents(text: str) -> None:
    """Text that is not a JSON object is a ParseError."""
    with pytest.raises(ParseError):
        Timeline.from_json(text)


# ------------------------------------------------------------------ JSON Lines


def test_jsonl_one_valid_event_per_line(seed_like_timeline: Timeline) -> None:
    """jsonl has one line per event, in time order, each valid against $defs/event."""
    text = export_timeline(seed_like_timeline, "jsonl")
    lines = text.splitlines()
    assert text.endswith("\n")
    assert len(lines) == len(seed_like_timeline.events) == 13
    validator = _event_validator()
    for line, event in zip(lines, seed_like_timeline.events, strict=True):
        obj = json.loads(line)
        validator.validate(obj)
        assert obj["id"] == event.id


@pytest.mark.parametrize(
    "hostile", ["a\nb", "a\rb", "a\u2028b", "a\u2029b", "a\x85b", "\n\n", "a\x1cb\x1db\x1eb", "a\x0bb\x0cb"]
)
def test_jsonl_text_cannot_split_a_line(seed_like_timeline: Timeline, hostile: str) -> None:
    """Line breaks of every kind inside page text stay inside their line."""
    event = attrs.evolve(seed_like_timeline.events[0], text=hostile)
    timeline = attrs.evolve(seed_like_timeline, events=(event,))
    text = export_timeline(timeline, "jsonl")
    assert len(io.StringIO(text).readlines()) == 1
    assert len(text.splitlines()) == 1
    assert json.loads(text)["text"] == hostile
