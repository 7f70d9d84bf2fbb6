"""Dump every output a speed or memory change must not alter, to compare two trees byte for byte.

    python bench/outputs.py OUT.jsonl            # with the liveblog on sys.path
    PYTHONPATH=/other/tree/src python bench/outputs.py BEFORE.jsonl
    python bench/outputs.py --compare BEFORE.jsonl OUT.jsonl   # the records that differ

One JSON line per output: the JSON of ``parse_input`` on every fixture page
(with its expected file's reference and zone), ``parse`` of the seed (x1 and
x4), of the two synthetic pages and of every hostile input of ``bench/hostile.py``
at a small size; ``resolve`` and ``find_times`` on every line of the resolution
corpus with both ``prefer`` values; ``resolve`` (prefer future, as
``bench/corpora.py``) and ``find_times`` on Duckling's corpora of every
language; the language :func:`liveblog._text.langid.detect_language` gives every
text of ``tests/data/langid.jsonl`` and of ``tests/test_langid_short.py``'s table.
Nothing is timed or asserted.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._pages import SEED_REFERENCE, SEED_TZ, seed_text, synthetic_html, synthetic_text  # noqa: E402
from bench.hostile import CASES  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "resolution_corpus.jsonl"
DUCKLING = ROOT.parent / "shared" / "corpora" / "duckling"
LANGID = ROOT / "tests" / "data" / "langid.jsonl"


def _when(value: object) -> str:
    return repr(value)


def records() -> Iterator[dict[str, Any]]:
    import liveblog
    from liveblog._text.langid import detect_language
    from liveblog.pipeline import parse_input

    fixtures = ROOT / "tests" / "fixtures"
    for expected in sorted(fixtures.glob("*.expected.json")):
        exp = json.loads(expected.read_text(encoding="utf-8"))
        stem = expected.name.removesuffix(".expected.json")
        page = next(fixtures / f"{stem}{e}" for e in (".html", ".txt") if (fixtures / f"{stem}{e}").exists())
        tl = parse_input(page, reference=exp["reference"], tz=exp["tz"])
        # the page's path is in the JSON: written relative to the tree, two checkouts compare equal
        yield {"fixture": stem, "json": tl.to_json().replace(str(ROOT) + "/", ""), "lang": tl.lang}
    for n in (1, 4):
        tl = liveblog.parse(seed_text() * n, reference=SEED_REFERENCE, tz=SEED_TZ)
        yield {"seed": n, "json": tl.to_json()}
    for name, build in (("text", synthetic_text), ("html", synthetic_html)):
        tl = liveblog.parse(build(120), reference=SEED_REFERENCE, tz=SEED_TZ)
        yield {"synthetic": name, "json": tl.to_json()}
    for name, (build_case, n, _before) in CASES.items():
        size = max(n // 8 if name.startswith("same-") else n // 64, 64)  # crowded minutes and dates
        tl = liveblog.parse(build_case(size), reference="2024-11-29T21:00", tz="UTC")
        yield {"hostile": name, "json": tl.to_json()}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        ref = datetime.fromisoformat(item["reference"])
        for prefer in ("past", "future"):
            got = liveblog.resolve(item["text"], ref, prefer=prefer, tz=item["tz"], languages=[item["lang"]])
            found = liveblog.find_times(
                item["text"], ref, prefer=prefer, tz=item["tz"], languages=[item["lang"]]
            )
            yield {"corpus": item["id"], "prefer": prefer, "resolve": _when(got), "find": _when(found)}
    for lang in sorted(p.stem for p in DUCKLING.glob("*.jsonl")):  # generated tables use dateparser too
        for line in (DUCKLING / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            ref = datetime.fromisoformat(rec["reference"])
            offset = ref.utcoffset()
            assert offset is not None
            zone = timezone(offset)
            got = liveblog.resolve(rec["text"], ref, prefer="future", tz=zone, languages=[lang])
            found = liveblog.find_times(rec["text"], ref, prefer="future", tz=zone, languages=[lang])
            yield {"duckling": lang, "text": rec["text"], "resolve": _when(got), "find": _when(found)}
    for line in LANGID.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        yield {"langid": rec["text"][:40], "lang": detect_language(rec["text"])}
    from tests.test_langid_short import SHORT

    for _lang, text in SHORT:
        yield {"langid": text[:40], "lang": detect_language(text)}


def compare(before: Path, after: Path) -> int:
    """Print the key of every record that differs between two dumps; the number of them."""
    a = before.read_text(encoding="utf-8").splitlines()
    b = after.read_text(encoding="utf-8").splitlines()
    differ = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            differ += 1
            rec = json.loads(x)
            print({k: v for k, v in rec.items() if k not in ("json", "resolve", "find")})
    if len(a) != len(b):
        print(f"{len(a)} records before, {len(b)} after")
    print(f"{differ} of {len(a)} records differ")
    return differ


def main(argv: list[str]) -> None:
    if argv[0] == "--compare":
        raise SystemExit(1 if compare(Path(argv[1]), Path(argv[2])) else 0)
    out = Path(argv[0])
    with out.open("w", encoding="utf-8") as f:
        for rec in records():
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
