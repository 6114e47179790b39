"""Small text helpers shared by the resolvers: accent folding and mention clean-up."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that NFKD does not decompose into base + accent.
_EXTRA_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                             "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th"})
_QUOTES = "\"'“”‘’«»„‚`´"
_POSSESSIVE_S = re.compile(r"\w['’]s$")
_POSSESSIVE_PLURAL = re.compile(r"s['’]$")
_EDGE_PUNCT = re.compile(r"^[\s\W_]+|[\s\W_]+$", re.UNICODE)
_SPACES = re.compile(r"\s+")
_TRAILING_PLUS = re.compile(r"[A-Za-z]\+$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Mentions repeat within and across articles: the pure helpers below are memoised (bounded), for
# strings up to this length (a long text would pin its memory and is not seen twice anyway).
_CACHE = 1 << 16
MEMO_MAX_CHARS = 200


def memo_short(func):
    """Memoise a one-string function (LRU, bounded) for strings of at most `MEMO_MAX_CHARS` characters."""
    cached = functools.lru_cache(maxsize=_CACHE)(func)

    @functools.wraps(func)
    def wrapper(text):
        return cached(text) if len(text) <= MEMO_MAX_CHARS else func(text)

    wrapper.cache_clear = cached.cache_clear
    return wrapper


@memo_short
def fold(text: str) -> str:
    """Case- and accent-folded form used as a lookup key ("Erdoğan" -> "erdogan", "U.S." -> "u.s.")."""
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.replace("’", "'").replace("‘", "'")).strip().casefold()


@memo_short
def name_key(text: str) -> str:
    """Looser lookup key for place and organisation names: folded, hyphens as spaces, no dots.

    "Sharm el-Sheikh" and "Sharm El Sheikh" share a key, as do "St. Petersburg" and "St Petersburg".
    """
    return " ".join(re.sub(r"[-‐‑–.]", " ", fold(text)).split())


def deaccent(text: str) -> str:
    """The text without diacritics, case kept ("Ömer Çelik" -> "Omer Celik")."""
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


def strip_possessive(text: str) -> str:
    """Drop a trailing possessive: "Russia's" -> "Russia", "the Kurds'" -> "the Kurds"."""
    if _POSSESSIVE_S.search(text):
        return text[:-2]
    if _POSSESSIVE_PLURAL.search(text):
        return text[:-1]
    return text


@memo_short
def clean_mention(text: str) -> str:
    """A mention as a name: no quotes, possessive, surrounding punctuation or doubled spaces.

    Inner punctuation is kept ("U.S.", "Hayat Tahrir al-Sham"); a trailing full stop of an
    abbreviation ("U.S.") is kept when the mention has inner dots.
    """
    text = _SPACES.sub(" ", text.strip(_QUOTES + " \t\n\r")).strip()
    text = strip_possessive(text).strip(_QUOTES + " ")
    keep_dot = text.endswith(".") and "." in text[:-1] and len(text.split()[-1]) <= 5
    keep_plus = _TRAILING_PLUS.search(text) is not None  # "OPEC+" is not OPEC
    text = _EDGE_PUNCT.sub("", text)
    if keep_dot:
        text += "."
    elif keep_plus:
        text += "+"
    return text


@memo_short
def strip_article(text: str) -> str:
    """Drop a leading definite article ("the Kremlin" -> "Kremlin")."""
    return _LEADING_THE.sub("", text)


_DOC_TEXT = "newskg.text"  # key in Doc.user_data


def doc_text(doc) -> str:
    """`doc.text`, built once per parsed document (spaCy joins every token again on each access)."""
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text
