"""The grammar code names no language and no word: words live in ``lang/<code>/`` tables.

Kind names ("weekday", "of"), part names ("night"), grains and Literal values are the
grammar's own vocabulary and are allowed; a string the rules compare with the words of a
text is not. Arabic script in rule code is the telling sign of a word that belongs in a table.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

RESOLVE = Path(__file__).resolve().parents[1] / "src" / "liveblog" / "resolve"
FILES = sorted(RESOLVE.glob("*.py"))
# Punctuation of the Arabic script, not a word: the Arabic comma, as "," is allowed.
_PUNCTUATION = {"،"}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """String constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_arabic_word_in_rule_code(path: Path) -> None:
    words = [
        (line, s)
        for line, s in _code_strings(path)
        if s not in _PUNCTUATION and _ARABIC_LETTER.search(s) and not s.startswith(("[", "(?"))
    ]
    assert words == [], f"words belong in lang/<code>/ tables: {words}"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_language_branch(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(r"\blang\s*==|==\s*\"(?:ar|en)\"", text) is None


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_behaviour_keyed_on_a_rule_name(path: Path) -> None:
    """A match's rule name is provenance for the reader; behaviour reads typed fields
    (``Match.calendar``, ``Match.amount``). A holiday's ``rule`` is a typed kind of computation."""
    text = path.read_text(encoding="utf-8")
    assert (
        re.search(
            r"\.rule\.(?:startswith|endswith|removesuffix)\(|\b(?:m|f|found|greg|other)\.rule\s*(?:==|in)\b",
            text,
        )
        is None
    )


def test_the_guard_can_fail(tmp_path: Path) -> None:
    """The checks above see a word and a branch when there is one."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        'def f(t, lang):\n    """«منذ» in a docstring is fine."""\n'
        '    return lang == "ar" and t.is_(0, "منذ")\n'
    )
    assert [s for _line, s in _code_strings(bad)] == ["ar", "منذ"]
    assert re.search(r"\blang\s*==", bad.read_text()) is not None
