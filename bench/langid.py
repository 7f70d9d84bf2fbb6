"""Language identification libraries compared on news text and short titles, in one run.

    python bench/langid.py

The sample is ``tests/data/langid.jsonl`` (titles, paragraphs and pages that
mix a main language with chrome in another, in 15 languages, Arabic, Persian
and Urdu side by side) plus the text fixtures under ``tests/fixtures``. For
each engine: accuracy per kind, and in a fresh process the cold start (import,
build, first answer) and peak RSS. Candidates are limited to the languages
liveblog has tables for, as :mod:`liveblog._text.langid` does. Nothing is
asserted; docs/languages.md has the figures and the choice.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "langid.jsonl"
FIXTURES = {"aljazeera_english.txt": "en", "arabic_midnight.txt": "ar", "bbc_bare_times.txt": "en",
            "reuters_style.txt": "en", "oldest_first_headers_ar.txt": "ar", "no_markers.txt": "ar",
            "oldest_first_headers.txt": "en"}  # fmt: skip

_WORKER = r"""
import json, resource, sys, time
t0 = time.perf_counter()
engine = sys.argv[1]
codes = json.loads(sys.argv[2])
if engine == "lingua":
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    isos = [getattr(IsoCode639_1, c.upper()) for c in codes if hasattr(IsoCode639_1, c.upper())]
    det = LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()
    def detect(text):
        lang = det.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else None
elif engine == "lingua-low":
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    isos = [getattr(IsoCode639_1, c.upper()) for c in codes if hasattr(IsoCode639_1, c.upper())]
    det = LanguageDetectorBuilder.from_iso_codes_639_1(*isos).with_low_accuracy_mode().build()
    def detect(text):
        lang = det.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else None
elif engine == "py3langid":
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(["no" if c == "nb" else c for c in codes])
    def detect(text):
        code = ident.classify(text)[0]
        return "nb" if code == "no" else code
else:
    from liveblog._text.langid import detect_language as detect
samples = json.loads(sys.stdin.read())
first = detect(samples[0][1])
cold = time.perf_counter() - t0
t1 = time.perf_counter()
answers = [detect(text) for _, text in samples]
warm = (time.perf_counter() - t1) / len(samples)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"answers": answers, "cold_ms": cold * 1000, "warm_ms": warm * 1000, "rss_mb": rss}))
"""


def _samples() -> list[tuple[str, str, str]]:
    out = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out.append((rec["kind"], rec["lang"], rec["text"]))
    for name, lang in FIXTURES.items():
        path = ROOT / "tests" / "fixtures" / name
        if path.exists():
            out.append(("page", lang, path.read_text(encoding="utf-8")))
    return out


def run(engine: str, samples: list[tuple[str, str, str]], codes: list[str]) -> dict[str, Any]:
    """Answers and costs of one engine, measured in a fresh process."""
    proc = subprocess.run(
        [sys.executable, "-c", _WORKER, engine, json.dumps(codes)],
        input=json.dumps([(lang, text) for _, lang, text in samples]),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def main() -> int:
    """Print one Markdown table: accuracy per kind, cold start, per-call time and peak RSS."""
    from liveblog._text.langid import CANDIDATES

    samples = _samples()
    kinds = sorted({k for k, _, _ in samples})
    print(f"{len(samples)} samples; candidates: {', '.join(CANDIDATES)}\n")
    print("| engine | " + " | ".join(kinds) + " | all | cold ms | per call ms | peak RSS MB |")
    print("|---" * (len(kinds) + 5) + "|")
    for engine in ("lingua", "lingua-low", "py3langid", "liveblog"):
        res = run(engine, samples, list(CANDIDATES))
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        wrong = []
        for (kind, lang, text), got in zip(samples, res["answers"], strict=True):
            total[kind] += 1
            if got == lang:
                right[kind] += 1
            else:
                wrong.append(f"{lang}→{got} {text[:30]!r}")
        cells = [f"{right[k]}/{total[k]}" for k in kinds]
        allr = f"{sum(right.values())}/{sum(total.values())}"
        print(
            f"| {engine} | " + " | ".join(cells) + f" | {allr} | {res['cold_ms']:.0f} | "
            f"{res['warm_ms']:.2f} | {res['rss_mb']:.0f} |"
        )
        for w in wrong:
            print(f"  - {engine} wrong: {w}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
