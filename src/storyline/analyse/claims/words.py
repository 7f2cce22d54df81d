"""Words around a number: the token at a character offset, the word written before an offset, and a phrase
as plain words. Every stage of claim extraction looks things up this way."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from spacy.tokens import Doc, Token

_LAST_WORD = re.compile(r"([#\w.]+)[\s,]*$")
_ARTICLE = re.compile(r"^(?:the|a|an) ", re.I)


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def word_before(text: str, start: int) -> str:
    match = _LAST_WORD.search(text[max(0, start - 30) : start])
    return match.group(1) if match else ""


def clean(text: str) -> str:
    """A phrase as plain words: one space between them and no leading article."""
    return _ARTICLE.sub("", " ".join(text.split()))


# The non-ASCII letters a case-insensitive pattern reads as ASCII ones, which ``str.lower`` leaves apart ("ı", "ſ")
# or turns into two characters ("İ" lowers to "i" and a combining dot).
_READ_AS_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


def lowered(text: str) -> str:
    """``text`` lower-cased such that every word a case-insensitive pattern finds in it is in it in lower case."""
    if any(c in text for c in "İıſ\u212a"):
        text = text.translate(_READ_AS_ASCII)
    return text.lower()


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` is in ``text``: a pattern each match of which holds one of them finds nothing in a
    text without any, and need not be run over it."""
    return any(w in text for w in words)


def written_before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern.search(text, 0, end)`` for a pattern that ends with ``$`` (what is written right before ``end``).
    A match of at most N characters is tried only from the N + 1 places before ``end`` (``$`` may match before a
    last line break) rather than from every place since the text's beginning; a pattern whose matches have no
    such bound is searched from the beginning."""
    return pattern.search(text, max(0, end - _reach(pattern)), end)


@lru_cache(maxsize=64)
def _reach(pattern: re.Pattern[str]) -> int:
    """How far before ``end`` a match of ``pattern`` can start (``sys.maxsize`` when not bounded)."""
    parsed = P.parse(pattern.pattern, pattern.flags)
    longest = parsed.getwidth()[1]
    at_end = bool(parsed.data) and parsed.data[-1] in ((C.AT, C.AT_END), (C.AT, C.AT_END_STRING))
    if not at_end or longest >= C.MAXREPEAT or pattern.flags & re.MULTILINE:
        return sys.maxsize
    return longest + 1
