"""Which encoding page bytes are read in: byte order mark, declarations, UTF-8, a guess; never a crash."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import parse
from liveblog.errors import InputError
from liveblog.export import export_timeline
from liveblog.read import read_bytes, read_text

ARABIC = "20:15\nدخلت القوات مدينة حلب"

# --- declarations that are not text encodings ---------------------------------------------------

NOT_CHARSETS = [
    "zlib",
    "rot13",
    "base64",
    "hex",
    "bz2",
    "uu",
    "quopri",
    "idna",
    "punycode",
    "undefined",
    "unicode_escape",
    "raw_unicode_escape",
    "no-such-charset",
]


@pytest.mark.parametrize("label", NOT_CHARSETS)
@pytest.mark.parametrize("where", ["header", "meta"])
def test_a_codec_that_is_not_a_charset_is_ignored(label: str, where: str) -> None:
    """``charset=zlib`` (or rot13, unicode_escape …) is ignored with a note; the page reads as UTF-8."""
    body = f"<html><head><meta charset={label}></head><body><p>{ARABIC}</p></body></html>"
    data = (body if where == "meta" else ARABIC).encode()
    doc = read_bytes(data, charset=label if where == "header" else None)
    assert "دخلت القوات مدينة حلب" in doc.text
    assert f"the declared charset {label!r} is not a text encoding and was ignored" in " ".join(doc.notes)


def test_unicode_escape_cannot_inject_surrogates() -> None:
    """Bytes that ``unicode_escape`` would turn into a lone surrogate stay plain text, and export works."""
    data = b"20:15\nbreaking \\ud800 news"
    doc = read_bytes(data, charset="unicode_escape")
    assert doc.text == "20:15\nbreaking \\ud800 news"
    tl = parse(data.decode(), reference="2024-11-29T21:00")
    assert export_timeline(tl, "json")


@pytest.mark.parametrize(
    ("text", "clean", "count"),
    [
        ("20:15\nbreaking \ud800 news", "20:15\nbreaking \ufffd news", 1),
        ("\udfff\ud83d", "\ufffd\ufffd", 2),
        ("a\ud83d\ude00b", "a\ufffd\ufffdb", 2),  # a surrogate pair in a str is two lone halves
    ],
)
def test_lone_surrogates_never_leave_the_reader(text: str, clean: str, count: int) -> None:
    """A str carrying lone surrogates is repaired to U+FFFD and the repair is noted."""
    doc = read_text(text)
    assert doc.text == clean
    assert f"{count} lone surrogate(s) replaced with U+FFFD" in " ".join(doc.notes)


# --- byte order marks ---------------------------------------------------------------------------

BOMS = [
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-8", codecs.BOM_UTF8),
]


@pytest.mark.parametrize(("encoding", "mark"), BOMS, ids=[b[0] for b in BOMS])
def test_byte_order_mark_wins(encoding: str, mark: bytes) -> None:
    """A BOM decides the encoding (UTF-32 before UTF-16), over any declaration; a note names it."""
    doc = read_bytes(mark + ARABIC.encode(encoding), charset="windows-1256")
    assert doc.text == ARABIC
    if encoding != "utf-8":
        assert f"input was decoded as {encoding}, as its byte order mark says" in doc.notes


def test_bom_in_mid_text_hides_no_marker() -> None:
    """U+FEFF inside the text is removed, so «20:\\ufeff15» is still the marker 20:15."""
    text = "\ufeff20:15\nدخلت القوات\n20:\ufeff30\nخرج المدنيون\n\ufeff"
    tl = parse(text, reference="2024-11-29T21:00", tz="Asia/Damascus")
    assert [e.marker for e in tl.entries] == ["20:15", "20:30"]
    assert "\ufeff" not in read_text(text).text


# --- declarations and the order between them ----------------------------------------------------

PAGE = (
    "<!doctype html><html><head>{meta}<title>مباشر</title></head>"
    "<body><p>20:15</p><p>دخلت القوات مدينة حلب</p></body></html>"
)
META_CHARSET = '<meta charset="{label}">'
META_HTTP_EQUIV = '<meta http-equiv="Content-Type" content="text/html; charset={label}">'

# (page bytes' encoding, meta tag form, its label, HTTP charset, decoded as, the note's words)
DECLARED = [
    ("cp1256", META_CHARSET, "windows-1256", None, "cp1256", "as its <meta charset> declares"),
    ("iso8859-6", META_HTTP_EQUIV, "ISO-8859-6", None, "iso8859-6", "as its <meta charset> declares"),
    ("cp1256", META_CHARSET, "utf-8", "windows-1256", "cp1256", "as its server declared"),
    ("cp1256", META_CHARSET, "zlib", None, "cp1256", "charset-normalizer's guess"),
    ("utf-8", META_CHARSET, "windows-1256", None, "utf-8", "but its bytes are UTF-8"),
]


@pytest.mark.parametrize(("encoding", "tag", "label", "header", "used", "note"), DECLARED)
def test_page_is_read_in_its_declared_encoding(
    encoding: str, tag: str, label: str, header: str | None, used: str, note: str
) -> None:
    """BOM > HTTP header > <meta> > UTF-8 > charset-normalizer; the notes say which was used."""
    html = PAGE.format(meta=tag.format(label=label))
    doc = read_bytes(html.encode(encoding), charset=header)
    assert "دخلت القوات مدينة حلب" in doc.text
    assert doc.title == "مباشر"
    assert note in " ".join(doc.notes)
    if used != "utf-8":
        assert any(f"decoded as {used}" in n for n in doc.notes)


def test_undeclared_arabic_is_guessed_and_said() -> None:
    """Plain windows-1256 text with no declaration is decoded by charset-normalizer, with a note."""
    doc = read_bytes("20:15\nتغطية مباشرة للأحداث في مدينة حلب وريفها".encode("cp1256"))
    assert "تغطية مباشرة للأحداث" in doc.text
    assert "decoded as cp1256, charset-normalizer's guess" in " ".join(doc.notes)


LABELS = st.sampled_from(
    [*NOT_CHARSETS, "utf-8", "utf-16", "utf-32", "utf-7", "cp1256", "shift_jis", "latin1"]
)


@given(st.binary(max_size=300), st.one_of(st.none(), LABELS), st.booleans())
def test_any_bytes_and_any_charset_give_text_or_input_error(
    data: bytes, label: str | None, meta: bool
) -> None:
    """Whatever the bytes and the declared charset: a Document without surrogates, or an InputError."""
    if meta and label is not None:
        data = f"<meta charset={label}>".encode() + data
        label = None
    try:
        doc = read_bytes(data, charset=label)
    except InputError:
        return
    doc.text.encode("utf-8")  # no lone surrogate: this would raise
    assert "\ufeff" not in doc.text
