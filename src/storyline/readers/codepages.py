"""Which single-byte code page a text is in, judged by how well each reading fits the letter frequencies of the
languages written in it.

A byte such as 0xE8 is "è" in Western European code pages and "č" in Central European ones; a detector that
looks at a short text's bytes alone calls "Genève" "Genčve". Here every candidate code page decodes the bytes,
and the reading whose letters and letter pairs are most likely in one of that code page's languages wins. The
frequencies are langdetect's language profiles (counts of letters and letter pairs in each language's
Wikipedia), a package storyline already depends on, so nothing is downloaded.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import math
import unicodedata
from collections import Counter
from dataclasses import dataclass

CODE_PAGES: dict[str, tuple[tuple[str, ...], float]] = {
    "cp1252": (
        ("en", "fr", "de", "es", "it", "pt", "nl", "da", "no", "sv", "fi", "ca", "af", "id", "sq", "et"),
        0.0,
    ),
    "cp1250": (("cs", "sk", "pl", "hu", "sl", "hr", "ro"), -2.0),
    "iso8859_2": (("cs", "sk", "pl", "hu", "sl", "hr", "ro"), -3.0),
    "cp1251": (("ru", "uk", "bg", "mk"), -1.0),
    "koi8_r": (("ru",), -3.0),
    "koi8_u": (("uk",), -3.5),
    "cp1253": (("el",), -2.0),
    "iso8859_7": (("el",), -3.0),
    "cp1254": (("tr",), -2.0),
    "cp1257": (("lt", "lv", "et"), -2.5),
    "cp1255": (("he",), -2.5),
    "cp1256": (("ar", "fa", "ur"), -2.5),
    "cp874": (("th",), -2.5),
    "latin_1": (("en", "fr", "de", "es", "it", "pt", "nl", "da", "no", "sv", "fi", "ca"), -4.0),
}
"""Candidate code pages: the languages written in each, and a prior (natural log) for how common it is on the
web relative to cp1252. latin_1 is a last resort: it reads 0x80-0x9F as control characters, cp1252 as
punctuation."""

SAMPLE_BYTES = 65_536
"""How much of a file is judged: enough for any language's letters to show."""

_TYPOGRAPHY = set("“”‘’„‚–—…•€£¥¢°«»‹›·×÷§¶©®™¡¿±¬µ\u00a0")
"""Punctuation and signs common in running text in any of these languages (as likely under every reading)."""
_SPACE_P = math.log(0.17)
_SIGN_P = math.log(1e-3)
_ODD_P = math.log(1e-6)
_INSIDE_WORD_P = math.log(1e-9)
_MIX = 0.8


@dataclass(frozen=True)
class _Profile:
    """One language's letter and letter-pair counts."""

    letters: dict[str, int]
    pairs: dict[str, int]
    total: int
    starts: int
    ends: dict[str, int]

    def log_p(self, a: str, b: str) -> float:
        """log P(b | a) for letters or a word boundary (" "): pair counts mixed with letter counts."""
        if b == " ":
            seen = self.letters.get(a, 0)
            return math.log(_MIX * self.ends.get(a, 0) / seen + (1 - _MIX) * 0.2) if seen else _SPACE_P
        single = (self.letters.get(b, 0) + 0.01) / self.total
        if a == " ":
            pair = self.pairs.get(" " + b, 0) / self.starts
        else:
            seen = self.letters.get(a, 0)
            pair = self.pairs.get(a + b, 0) / seen if seen else 0.0
        return math.log(_MIX * pair + (1 - _MIX) * single)


@functools.cache
def _profile(language: str) -> _Profile:
    path = importlib.resources.files("langdetect") / "profiles" / language
    freq: dict[str, int] = json.loads(path.read_text(encoding="utf-8"))["freq"]
    letters = {k: v for k, v in freq.items() if len(k) == 1}
    pairs = {k: v for k, v in freq.items() if len(k) == 2}
    ends: Counter[str] = Counter()
    for pair, n in pairs.items():
        if pair[1] == " ":
            ends[pair[0]] += n
    starts = sum(n for pair, n in pairs.items() if pair[0] == " ") or 1
    return _Profile(letters, pairs, sum(letters.values()) or 1, starts, dict(ends))


def _shape(text: str) -> tuple[Counter[tuple[str, str]], float]:
    """The text's letter pairs (other characters as word boundaries) and the log-probability of its
    non-letters: signs inside a word ("mo¿e", "Ðóñ") are very unlikely, control characters more so."""
    seq: list[str] = []
    extra = 0.0
    for i, ch in enumerate(text):
        if ch.isalpha():
            seq.append(ch)
            continue
        if ord(ch) >= 0x80:
            if unicodedata.category(ch) in ("Cc", "Cn", "Co"):
                extra += _INSIDE_WORD_P
            elif ch in _TYPOGRAPHY:
                extra += _SIGN_P
            else:
                extra += _ODD_P
            if 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                extra += _INSIDE_WORD_P
        if seq and seq[-1] != " ":
            seq.append(" ")
    return Counter(zip([" ", *seq], seq, strict=False)), extra


def _score(text: str, languages: tuple[str, ...]) -> float:
    pairs, extra = _shape(text)
    best = -math.inf
    for language in languages:
        profile = _profile(language)
        best = max(best, sum(n * profile.log_p(a, b) for (a, b), n in pairs.items()))
    return best + extra


def guess_code_page(data: bytes) -> str | None:
    """The single-byte code page whose reading of ``data`` is likeliest, or None when none reads it."""
    sample = data[:SAMPLE_BYTES]
    best, best_score = None, -math.inf
    for name, (languages, prior) in CODE_PAGES.items():
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        score = _score(text, languages) + prior
        if score > best_score:
            best, best_score = name, score
    return best
