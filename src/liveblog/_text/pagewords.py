"""Words of page furniture, per language: what the segmenter sets aside.

These are data, not code: buttons and labels of live pages («انقر للتحديثات»,
"Show more"), the credits that end photo captions («- الأناضول», "Photograph:
Reuters"), and page metadata lines ("Published On …", «آخر تحديث: …»).
Matching is done on :func:`fold`-ed text so spelling variants and punctuation
do not matter.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import compress, filterfalse

from liveblog._text.normalize import fold_chars
from liveblog._text.pagedata import page_list

__all__ = [
    "BYLINE",
    "CAPTION_CREDITS",
    "CHROME",
    "CHROME_ANY",
    "FOOTER_PHRASES",
    "FOOTER_SIGNS",
    "METADATA_PREFIXES",
    "NAME_PARTICLES",
    "NETWORKS",
    "PINNED_LABELS",
    "STAFF_BYLINES",
    "SUMMARY_HEADINGS",
    "UPDATE_COUNTER",
    "fold",
    "is_footer",
    "metadata_start",
    "says_updated",
    "stamp_start",
    "update_words",
]

# The words of a text: its runs of word characters. Joined by one space they are the text with every
# run of other characters made one space and the ends trimmed (no word character is a space), which
# fold was, in one pass instead of a substitution, a split and a join (seg10).
_WORD = re.compile(r"\w+")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # outside the BMP (a range past it costs nothing to compile)
_SHORT = 64  # characters under which marks are dropped one by one (see fold)

# The BMP's combining marks (``unicodedata.combining`` not 0) as of this Unicode version, in hex
# ranges: reading them here spares each process the 65,000 lookups that find them (fast9); under
# another Unicode version they are looked up (tests/test_fast9_speed.py checks the table).
_MARKS_UNICODE = "14.0.0"
_MARK_RANGES = (
    "0300-034E 0350-036F 0483-0487 0591-05BD 05BF 05C1-05C2 05C4-05C5 05C7 0610-061A 064B-065F 0670 "
    "06D6-06DC 06DF-06E4 06E7-06E8 06EA-06ED 0711 0730-074A 07EB-07F3 07FD 0816-0819 081B-0823 0825-0827 "
    "0829-082D 0859-085B 0898-089F 08CA-08E1 08E3-08FF 093C 094D 0951-0954 09BC 09CD 09FE 0A3C 0A4D 0ABC "
    "0ACD 0B3C 0B4D 0BCD 0C3C 0C4D 0C55-0C56 0CBC 0CCD 0D3B-0D3C 0D4D 0DCA 0E38-0E3A 0E48-0E4B 0EB8-0EBA "
    "0EC8-0ECB 0F18-0F19 0F35 0F37 0F39 0F71-0F72 0F74 0F7A-0F7D 0F80 0F82-0F84 0F86-0F87 0FC6 1037 "
    "1039-103A 108D 135D-135F 1714-1715 1734 17D2 17DD 18A9 1939-193B 1A17-1A18 1A60 1A75-1A7C 1A7F "
    "1AB0-1ABD 1ABF-1ACE 1B34 1B44 1B6B-1B73 1BAA-1BAB 1BE6 1BF2-1BF3 1C37 1CD0-1CD2 1CD4-1CE0 1CE2-1CE8 "
    "1CED 1CF4 1CF8-1CF9 1DC0-1DFF 20D0-20DC 20E1 20E5-20F0 2CEF-2CF1 2D7F 2DE0-2DFF 302A-302F 3099-309A "
    "A66F A674-A67D A69E-A69F A6F0-A6F1 A806 A82C A8C4 A8E0-A8F1 A92B-A92D A953 A9B3 A9C0 AAB0 AAB2-AAB4 "
    "AAB7-AAB8 AABE-AABF AAC1 AAF6 ABED FB1E FE20-FE2F "
)


def _mark_ranges() -> list[tuple[int, int]]:
    """The BMP's combining marks as ranges of code points (from the table when its Unicode is ours)."""
    if unicodedata.unidata_version == _MARKS_UNICODE:
        return [
            (int(a, 16), int(b or a, 16))
            for a, _, b in (item.partition("-") for item in _MARK_RANGES.split())
        ]
    ranges: list[list[int]] = []
    for c in range(0x300, 0x10000):
        if unicodedata.combining(chr(c)):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return [(a, b) for a, b in ranges]


_MARKS: list[re.Pattern[str]] = []  # the pattern once built (seg10: cache_info() made a tuple per fold)


def _marks() -> re.Pattern[str]:
    """Runs of the BMP's combining marks (built once, on first use; a regex beats ``str.translate``)."""
    if not _MARKS:
        _MARKS.append(re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _mark_ranges()) + "]+"))
    return _MARKS[0]


# seg11: fold works character by character. NFKD decomposes each character alone (canonical reordering
# only moves combining marks, which are all dropped), the resolver's table, casefold and the word test
# read one character at a time. So fold(text) is the words of the text with each character replaced by
# its own fold: for the characters of most pages (Latin, Greek, Cyrillic, Hebrew, Arabic, punctuation)
# that fold is tabled once, with every character of no word made a space, and a text of them only is
# folded with one str.replace per distinct character that changes and a split, not four passes and a
# word regex over the text. The table keeps only the characters whose fold is made of characters
# that fold to themselves (so replacing one character after another is the same as all at once).
_TABLED = (
    *((0x0000, 0x00FF), (0x0370, 0x03FF), (0x0400, 0x045F)),  # Latin-1, Greek, Cyrillic (Russian)
    *((0x0590, 0x06FF), (0x0750, 0x077F), (0x2000, 0x206F)),  # Hebrew, Arabic, punctuation
)


_TABLE: list[tuple[dict[str, str], re.Pattern[str]]] = []  # built on the first long fold of a text not ASCII


def _spaced(folded: str) -> str:
    """``folded`` with each character of no word (``\\w``: alphanumeric or "_") that is no space a space."""
    return "".join(c if c.isalnum() or c == "_" or c.isspace() else " " for c in folded)


def _fold_table() -> tuple[dict[str, str], re.Pattern[str]]:
    """The tabled characters whose fold differs from themselves, with that fold (its characters of no
    word made spaces), and a pattern finding any of them or any character outside the table.

    Every character is folded at once, NUL between them: the steps of a fold never make or move a
    NUL (NFKD only reorders the marks that are dropped), so the folds come apart at the NULs.
    """
    if _TABLE:
        return _TABLE[0]
    chars = "".join(chr(c) for lo, hi in _TABLED for c in range(max(lo, 1), hi + 1))
    decomposed = unicodedata.normalize("NFKD", "\x00".join(chars))
    folds = fold_chars("".join(filterfalse(unicodedata.combining, decomposed))).casefold().split("\x00")
    # (C passes over the characters where they can: the table is built in about a millisecond)
    folds = [f if f.isalnum() else _spaced(f) for f in folds]
    fixed = set(compress(chars, map(str.__eq__, chars, folds)))
    kept = fixed | {" "}  # a character is tabled when each character of its fold is a space or fixed
    changed = {ch: f for ch, f in zip(chars, folds, strict=True) if f != ch and kept.issuperset(f)}
    changed["\x00"] = " "  # a control character, no word
    # Found: any character but those that stay as they are (a negated class of their runs compiles
    # in a millisecond, not a class of the others, which spans most of Unicode).
    same = _runs(sorted(map(ord, fixed)))
    runs = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in same)
    _TABLE.append((changed, re.compile(f"[^{runs}]")))
    return _TABLE[0]


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as ranges of consecutive ones."""
    out: list[tuple[int, int]] = []
    for c in codes:
        if out and out[-1][1] == c - 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return out


def fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key for matching page words.

    >>> fold("تحديثات جديدة.. انقر للتحديثات..")
    'تحديثات جديده انقر للتحديثات'
    >>> fold("  Show MORE ")
    'show more'
    """
    if text.isascii():  # nothing to decompose, no marks, no Arabic: only case and punctuation
        return " ".join(_WORD.findall(text.lower()))
    if not _TABLE and len(text) < _SHORT:
        return _fold_decomposed(text)  # a phrase of the tables (hundreds at import): the table waits
    changed, changing = _fold_table()
    m = changing.search(text)
    while m is not None:
        ch = m.group()
        to = changed.get(ch)
        if to is None:
            return _fold_decomposed(text)  # a character outside the table
        text = text.replace(ch, to)
        m = changing.search(text, m.start())
    return " ".join(text.split())


def _fold_decomposed(text: str) -> str:
    """:func:`fold` of any text: NFKD, marks dropped, the resolver's table, casefold, the words."""
    decomposed = unicodedata.normalize("NFKD", text)
    short = len(decomposed) < _SHORT and not _MARKS  # once built, the regex (fast6)
    if short or _ASTRAL.search(decomposed):
        # a phrase of the tables (hundreds at import) or marks outside the BMP: one by one, so
        # building the marks pattern (its 122 ranges; 65,000 lookups under another Unicode) waits for
        # a long text that needs it
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    else:
        stripped = _marks().sub("", decomposed)
    folded = fold_chars(stripped).casefold()  # the resolver's table: one Arabic folding for the project
    return " ".join(_WORD.findall(folded))


# Whole lines that are buttons, labels or navigation, folded.
CHROME: dict[str, frozenset[str]] = {
    "ar": frozenset(
        fold(w)
        for w in (
            "المزيد",
            "عرض المزيد",
            "تحميل المزيد",
            "تحميل المزيد من الأخبار",
            "تحميل المزيد من التحديثات",
            "عرض المزيد من التحديثات",
            "مشاهدة المزيد",
            "التحديثات السابقة",
            "اقرأ المزيد",
            "اقرأ أيضا",
            "اقرأ أيضاً",
            "شارك",
            "مشاركة",
            "شارك الخبر",
            "نسخ الرابط",
            "تغطية مباشرة",
            "تغطية مباشرة Live",
            "مباشر",
            "بث مباشر",
            "تحديثات مباشرة",
            "تحديثات جديدة",
            "تحديثات جديدة.. انقر للتحديثات..",
            "انقر للتحديثات",
            "تحديث الصفحة",
            "الأكثر قراءة",
            "إعلان",
            "تابعونا",
            "تابعنا على",
            "حمل التطبيق",
            "أبرز الأحداث",
            "أهم الأحداث",
            "النقاط الرئيسية",
            "منشور مثبت",
            "مثبت",
            "آخر التحديثات",
            "فيسبوك",
            "تويتر",
            "واتساب",
            "تلغرام",
            "تيليغرام",
            "إكس",
            "الرئيسية",  # breadcrumbs above the headline
            "أخبار",
            "الرئيسية أخبار",
        )
    ),
    "en": frozenset(
        fold(w)
        for w in (
            "Show more",
            "Show less",
            "Load more",
            "Load more updates",
            "Load more posts",
            "Load more entries",
            "Load earlier posts",
            "Show more updates",
            "Show more posts",
            "Show older posts",
            "View more",
            "See more updates",
            "See more",
            "Read more",
            "Key events",
            "Key points",
            "Show key events only",
            "Live",
            "Live updates",
            "Live feed",
            "Share",
            "Share on Facebook",
            "Share on Twitter",
            "Share on X",
            "Share on WhatsApp",
            "Share via Email",
            "Share this post",
            "Share this",
            "Click here to share on social media",
            "share2",
            "Copy link",
            "Link copied",
            "Reload",
            "Refresh",
            "Advertisement",
            "Skip advertisement",
            "Newsletter",
            "Sign up",
            "Please turn on JavaScript",
            "Facebook",
            "Twitter",
            "WhatsApp",
            "Email",
            "Pinned",
            "Pinned post",
            "Comments",
            "Back to top",
            "Skip to main content",
            "Live Reporting",
            "Get involved",
            "Copy this link",
            "Read more about sharing",
            "Media playback is unsupported on your device",
            "All times stated are UK",
            "Older posts",
            "Newer posts",
            "Latest",
            "Topics",
            "Page will automatically update",
            "Comment",
            "Comments ()",
            "Comment ()",
            "Edition:",
            "Subscribe",
        )
    ),
    "de": frozenset(
        fold(w)
        for w in (
            "Mehr laden",
            "Mehr anzeigen",
            "Weitere Beiträge laden",
            "Teilen",
            "Liveblog",
            "Live-Ticker",
            "Das Wichtigste",
            "Angeheftet",
            "Startseite",
            "Nachrichten",
        )
    ),
    "fr": frozenset(
        fold(w)
        for w in (
            "Voir plus",
            "Charger plus",
            "Afficher plus",
            "Partager",
            "En direct",
            "L'essentiel",
            "Les points clés",
            "Épinglé",
            "Accueil",
        )
    ),
    "es": frozenset(
        fold(w)
        for w in (
            "Cargar más",
            "Ver más",
            "Compartir",
            "En directo",
            "Lo más importante",
            "Puntos clave",
            "Fijado",
            "Portada",
        )
    ),
    "it": frozenset(
        fold(w)
        for w in (
            "Carica altri",
            "Mostra altri",
            "Condividi",
            "Diretta",
            "Punti chiave",
            "In evidenza",
            "Fissato",
        )
    ),
    "pt": frozenset(
        fold(w)
        for w in (
            "Carregar mais",
            "Ver mais",
            "Compartilhar",
            "Partilhar",
            "Ao vivo",
            "Destaques",
            "Pontos-chave",
            "Fixado",
        )
    ),
    "tr": frozenset(
        fold(w)
        for w in (
            "Daha fazla yükle",
            "Daha fazla göster",
            "Paylaş",
            "Canlı",
            "Öne çıkanlar",
            "Sabitlendi",
            "Anasayfa",
        )
    ),
    "ru": frozenset(
        fold(w)
        for w in (
            "Показать ещё",
            "Показать еще",
            "Загрузить ещё",
            "Поделиться",
            "Онлайн",
            "Главное",
            "Закреплено",
            "Главная",
        )
    ),
    "fa": frozenset(
        fold(w)
        for w in ("بیشتر", "نمایش بیشتر", "اشتراک\u200cگذاری", "زنده", "مهم\u200cترین رویدادها", "سنجاق شده")
    ),
    "ur": frozenset(
        fold(w) for w in ("مزید", "مزید دیکھیں", "شیئر", "براہ راست", "اہم واقعات", "پن کیا گیا")
    ),
    "he": frozenset(
        fold(w) for w in ("טען עוד", "הצג עוד", "שתף", "שידור חי", "עיקרי הדברים", "נעוץ", "דף הבית")
    ),
}

# The same buttons in other languages a live page may be in (or embed): "load more", "show more",
# "older posts". A whole line that is one of them is chrome on a page in any language.
CHROME.update(
    {
        lang: CHROME.get(lang, frozenset()) | frozenset(fold(w) for w in phrases)
        for lang, phrases in {
            "de": ("Mehr laden", "Mehr anzeigen", "Weitere Beiträge laden", "Ältere Beiträge", "Teilen"),
            "fr": ("Voir plus", "Charger plus", "Afficher plus", "Plus de mises à jour", "Partager"),
            "es": ("Cargar más", "Ver más", "Mostrar más", "Compartir"),
            "ru": ("Показать ещё", "Показать еще", "Загрузить ещё", "Загрузить еще", "Поделиться"),
            "tr": ("Daha fazla göster", "Daha fazla yükle", "Paylaş"),
            "fa": ("نمایش بیشتر", "بارگذاری بیشتر"),
        }.items()
    }
)
# Footers: a short line holding one of these (folded) is the page's, not the last post's.
FOOTER_PHRASES: tuple[str, ...] = tuple(
    fold(w)
    for w in (
        "All rights reserved",
        "جميع الحقوق محفوظة",
        "Alle Rechte vorbehalten",
        "Tous droits réservés",
        "Todos los derechos reservados",
        "Все права защищены",
        "Tüm hakları saklıdır",
    )
)
FOOTER_SIGNS: tuple[str, ...] = ("©", "(c) ", "Copyright ©", "حقوق النشر ©")


def is_footer(text: str, folded: str) -> bool:
    """Whether a short line is a page footer: a copyright sign first, or "all rights reserved" in it.

    >>> is_footer("© 2024 Example News. All rights reserved.", fold("© 2024 Example News"))
    True
    >>> is_footer("All detainees were released.", "all detainees were released")
    False
    """
    return text.startswith(FOOTER_SIGNS) or any(p in folded for p in FOOTER_PHRASES)


# Headings of key-points / key-events lists: the lines under them are a summary entry, folded.
SUMMARY_HEADINGS: frozenset[str] = frozenset(
    fold(w)
    for w in (
        "Key points",
        "Key events",
        "Summary",
        "What we know so far",
        "What we know",
        "أبرز الأحداث",
        "أهم الأحداث",
        "النقاط الرئيسية",
        "أبرز التطورات",
        "ملخص",
        "Das Wichtigste",
        "L'essentiel",
        "Les points clés",
        "Lo más importante",
        "Puntos clave",
        "Punti chiave",
        "Destaques",
        "Pontos-chave",
        "Öne çıkanlar",
        "Главное",
        "مهم‌ترین رویدادها",
        "اہم واقعات",
        "עיקרי הדברים",
    )
)

# pages8: the furniture of the languages with a ``lang/<code>/page.toml`` (liveblog._text.pagedata):
# buttons, key-events headings and pinned labels are whole lines of chrome in that language.
for _section in ("chrome", "summary", "pinned"):
    for _lang, _phrases in page_list("furniture", _section).items():
        CHROME[_lang] = CHROME.get(_lang, frozenset()) | frozenset(fold(w) for w in _phrases)
SUMMARY_HEADINGS |= frozenset(fold(w) for ws in page_list("furniture", "summary").values() for w in ws)

CHROME_ANY: frozenset[str] = frozenset().union(*CHROME.values())
# lead9: the networks a share button names, in the scripts pages write them (a line of a share word,
# a short word and one of these is chrome in any language: "Compartir en Twitter")
NETWORKS: frozenset[str] = frozenset(
    fold(w)
    for w in (
        *("Facebook", "Twitter", "X", "WhatsApp", "Telegram", "LinkedIn", "Email", "E-mail", "Mail"),
        *("Bluesky", "Threads", "Reddit", "Messenger", "Pinterest", "Mastodon", "Instagram", "VK"),
        *("فيسبوك", "تويتر", "واتساب", "تلغرام", "تيليغرام", "إكس", "لينكدإن"),
        *("ВКонтакте", "Телеграм", "Одноклассники"),
    )
)
"""Chrome of every language: a whole line matched against all of them (pages mix languages)."""

# Labels that say the post next to them is pinned at the top (a copy of a feed post), folded.
PINNED_LABELS: frozenset[str] = frozenset(
    fold(w)
    for w in (
        "Pinned",
        "Pinned post",
        "مثبت",
        "منشور مثبت",
        "Angeheftet",
        "Épinglé",
        "Fijado",
        "Fissato",
        "Fixado",
        "Sabitlendi",
        "Закреплено",
        "سنجاق شده",
        "پن کیا گیا",
        "נעוץ",
    )
)

PINNED_LABELS |= frozenset(fold(w) for ws in page_list("furniture", "pinned").values() for w in ws)

# Credits that end a photo caption ("… - الأناضول", "… (Reuters)"), folded.
CAPTION_CREDITS: frozenset[str] = frozenset(
    fold(w)
    for w in (
        "الأناضول",
        "رويترز",
        "أ ف ب",
        "ا ف ب",
        "فرانس برس",
        "أسوشيتد برس",
        "غيتي",
        "غيتي إيميجز",
        "إيبا",
        "الجزيرة",
        "سانا",
        "مواقع التواصل",
        "مواقع التواصل الاجتماعي",
        "AFP",
        "AFP via Getty Images",
        "Getty Images",
        "Getty",
        "Reuters",
        "AP",
        "AP Photo",
        "EPA",
        "EPA-EFE",
        "Anadolu",
        "Anadolu Agency",
        "Shutterstock",
        "PA",
        "PA Media",
    )
)

# Starts of page-metadata lines (publication stamps, update counters), folded.
METADATA_PREFIXES: tuple[str, ...] = tuple(
    fold(w)
    for w in (
        "Published On",
        "Published",
        "First published on",
        "Last modified on",
        "Updated On",
        "Last updated",
        "آخر تحديث",
        "تاريخ النشر",
        "نشر في",
        "يحررها اليوم",
        "يحررها",
    )
)

METADATA_PREFIXES += tuple(fold(w) for ws in page_list("furniture", "metadata").values() for w in ws)


# pages8: bylines beside a post's clock that are no "First Last" name: the desk signing as a whole
# ("Redactie", «Rédaction»), and the lower-case particles inside names ("Jan de Vries"), folded.
STAFF_BYLINES: frozenset[str] = frozenset(
    fold(w) for ws in page_list("furniture", "staff").values() for w in ws
)
NAME_PARTICLES: frozenset[str] = frozenset(
    w for ws in page_list("furniture", "name-particles").values() for w in ws
)


# The words before a page's latest stamp ("Last updated …", «آخر تحديث», "Mis à jour le …"), folded:
# of two stamps at the head of a page the one they lead is when the page was last written. The
# languages the project started with here; the others' in their page.toml (``updated``). Built on
# first use (a page's head is read once; the import stays as light as it was).
@functools.cache
def update_words() -> tuple[str, ...]:
    """The update words of every language, folded."""
    return tuple(
        fold(w) for w in ("last updated", "updated", "آخر تحديث", "تم التحديث", "last modified")
    ) + tuple(fold(w) for ws in page_list("furniture", "updated").values() for w in ws)


@functools.cache
def _updated() -> re.Pattern[str]:
    return re.compile(r"(?:^| )(?:" + "|".join(re.escape(w) for w in update_words()) + r")(?: |$)")


def says_updated(folded: str) -> bool:
    """Whether folded text holds an update word as whole words ("publie le 29 11 mis a jour le").

    >>> says_updated(fold("Publié le 29/11 · Mis à jour le")), says_updated(fold("Published 29 Nov"))
    (True, False)
    """
    return _updated().search(folded) is not None


# lead10: words that start a page-metadata line only before a colon and a digit ("Stand: 29.11.2024
# 14:35 Uhr", not "Stand der Dinge"), folded, and the pattern that checks the raw line (compiled on
# first use: a line that starts with such a word is rare).
STAMP_WORDS: tuple[str, ...] = tuple(fold(w) for ws in page_list("furniture", "stamp").values() for w in ws)


@functools.cache
def _stamp() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for ws in page_list("furniture", "stamp").values() for w in ws)
    return re.compile(f"(?:{words})" + r"\s*:\s*\d", re.IGNORECASE)


def stamp_start(folded: str, text: str) -> bool:
    """Whether a line is a page stamp: a ``stamp`` word, a colon and a digit ("Stand: 29.11.2024").

    >>> stamp_start(fold("Stand: 29.11.2024 14:35 Uhr"), "Stand: 29.11.2024 14:35 Uhr")
    True
    >>> stamp_start(fold("Stand der Dinge: 3 Tote"), "Stand der Dinge: 3 Tote")
    False
    """
    return bool(STAMP_WORDS) and folded.startswith(STAMP_WORDS) and _stamp().match(text) is not None


def metadata_start(folded: str) -> bool:
    """Whether a folded line starts with a page-metadata word, as a whole word ("Stand:" not "Standort").

    >>> metadata_start("last updated 29 november 2024"), metadata_start("publishedx")
    (True, False)
    """
    return folded.startswith(METADATA_PREFIXES) and any(
        folded == p or folded.startswith(p + " ") for p in METADATA_PREFIXES
    )


# "By Emma Hollis and Daniel Fenwick", «بقلم: …»: a byline, not text of the page.
BYLINE = re.compile(
    r"^(?:by|بقلم:?|إعداد:?|كتب:?)\s+[^\s,]{1,30}(?:[ \t][^\s,]{1,30}){0,3}"
    r"(?:(?:,[ \t]*|[ \t]+(?:and|و)[ \t]+)[^\s,]{1,30}(?:[ \t][^\s,]{1,30}){0,3}){0,4}$",
    re.IGNORECASE,
)

# "72 Updates", "٣٥ تحديثا": a counter, not an entry.
UPDATE_COUNTER = re.compile(r"^\s*\d{1,5}\s+(?:updates?|تحديث(?:ا|ات)?)\s*$", re.IGNORECASE)
