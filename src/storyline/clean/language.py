"""Language identification (langdetect, seeded so the same text always gets the same answer), how long a text
is in words whatever its script, and whether a text lost its letters to a wrong encoding.

Chinese, Japanese and Thai are written without spaces between words, so counting space-separated words calls a
whole paragraph of them one word. ``word_count`` counts their characters instead, at an average word length per
script, and is exactly ``len(text.split())`` for text in scripts written with spaces.
"""

from __future__ import annotations

import math
import re

from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0
MIN_CHARS = 20

CHARS_PER_WORD = {
    "han": 1.7,  # Chinese words average under two characters; Japanese kanji compounds are as short
    "kana": 2.5,  # hiragana and katakana carry inflections and loanwords: longer runs per word
    "thai": 5.0,  # Thai, Lao, Khmer and Myanmar words are spelled with several letters each
}
"""Characters per word in scripts written without spaces between words (rounded averages)."""

_RANGES = {
    "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f",
    "kana": "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "thai": "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff",
}
_UNSPACED = {name: re.compile(f"[{chars}]") for name, chars in _RANGES.items()}
_ALL = "".join(_RANGES.values())
_ANY_UNSPACED = re.compile(f"[{_ALL}]")
_PIECES = re.compile(f"\\s+|[{_ALL}]|[^\\s{_ALL}]+")
_SPACED_PART = re.compile(r"[^\W_]")

_SHORT_CODES = {"zh-cn": "zh", "zh-tw": "zh"}
"""langdetect's regional answers made ISO 639-1 codes (the region is a guess from a few characters)."""


def word_count(text: str) -> int:
    """How many words ``text`` holds: space-separated words, with runs of a script written without spaces
    counted at that script's average word length (a 40-character Chinese sentence is about 24 words)."""
    if not _ANY_UNSPACED.search(text):  # most text: every word spaced
        return len(text.split())
    total = 0
    for token in text.split():
        if not _ANY_UNSPACED.search(token):
            total += 1
            continue
        units = sum(len(p.findall(token)) / CHARS_PER_WORD[name] for name, p in _UNSPACED.items())
        rest = _ANY_UNSPACED.sub(" ", token)
        total += max(1, math.ceil(units) + (1 if _SPACED_PART.search(rest) else 0))
    return total


def first_words(text: str, n: int) -> str:
    """The start of ``text`` up to about ``n`` words (by ``word_count``), with "…" when something was cut."""
    if word_count(text) <= n:
        return text
    out = ""
    for piece in _PIECES.findall(text):
        if word_count(out + piece) > n:
            break
        out += piece
    return out.rstrip() + "…"


_ENGLISH = frozenset(
    "the of and to that was for with from have has had were which this are by it be he she they their said but not "
    "been would will".split()
)
"""Words of English that no other language writes as often: their share of a text's words tells English apart."""
_LATIN_WORD = re.compile(r"[a-z]+")
ENGLISH_SHARE = 0.15
"""Share of those words from which a text of ``ENGLISH_WORDS`` words or more is English without asking langdetect:
in the project's test data English texts run at 0.20 to 0.30 (median 0.26), texts in other languages under 0.06,
and a page half in English and half in another language near 0.13, which langdetect still decides."""
ENGLISH_WORDS = 80


def _clearly_english(sample: str) -> bool:
    words = _LATIN_WORD.findall(sample.lower())
    return len(words) >= ENGLISH_WORDS and sum(w in _ENGLISH for w in words) >= ENGLISH_SHARE * len(words)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or too mixed to tell. Plain
    English prose is told by its commonest words (langdetect takes 15 ms an article, most of the cleaning)."""
    sample = text[:3000]
    if len(sample.strip()) < MIN_CHARS and not (_ANY_UNSPACED.search(sample) and word_count(sample) >= 4):
        return None
    if not _ANY_UNSPACED.search(sample) and _clearly_english(sample):
        return "en"
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None
    return _SHORT_CODES.get(best.lang, best.lang) if best.prob >= 0.6 else None


def lost_letters(text: str) -> bool:
    """Whether a text lost its letters (a page in another script read or saved with the wrong encoding, its
    accented letters dropped: "th nh ph' h ng"): three or more of its words, and two in five, are one or two
    letters that are not English words, and one in five is one or two letters without a vowel, which no language
    written with vowels makes its words of (French and Spanish have many short words, "il", "ne", "el", "lo",
    each with its vowel; English runs under one in ten of either kind)."""
    words = [w.strip(".,;:!?'’\"“”()") for w in text.split()]
    odd = [w for w in words if 0 < len(w) <= 2 and w.isalpha() and w.lower() not in _SHORT_WORDS]
    voiceless = [w for w in odd if not _VOWEL.search(w)]
    return len(odd) >= 3 and 5 * len(odd) >= 2 * len(words) and 5 * len(voiceless) >= len(words)


_VOWEL = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāēīōū]", re.IGNORECASE)
_SHORT_WORDS = frozenset(
    """a i an as at be by do go he if in is it me my no of on or so to up us we am ok oh tv uk un eu""".split()
)
"""Words of one or two letters that English text is made of; many others mean text that lost its letters."""
