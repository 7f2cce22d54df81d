"""Quotation-mark pairing: the character spans of quoted stretches in a text.

Double marks (straight, curly, guillemets, low-high; two apostrophes or two backticks count as one) pair
first; single marks pair only outside them and only around two words or more, so that apostrophes are not
taken for quotes. A quote left open at a paragraph's end goes on when the next paragraph opens with a mark (the
newspaper convention), else it ends there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import CLOSERS, DOUBLE_OPEN, SINGLE_OPEN
from .segments import covered


def quote_segments(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted stretches, marks included; a quote left open at a paragraph's end goes on
    when the next paragraph opens with a quotation mark (the newspaper convention), else it ends there."""
    doubled = text.replace("''", '"\u200b').replace("``", '"\u200b')
    segments = [
        (s, e + (doubled[e : e + 1] == "\u200b")) for s, e in _pair(doubled, DOUBLE_OPEN, _opens_double)
    ]
    inside = covered(segments)
    singles = [s for s in _pair(text, SINGLE_OPEN, _opens_single) if not inside(s[0])]
    return sorted(segments + [s for s in singles if len(text[s[0] : s[1]].split()) >= 2])


def _pair(text: str, openers: dict[str, str], opens) -> list[tuple[int, int]]:
    """The quoted stretches opened by ``openers``' marks. Only a mark or a line break can open, close or end one,
    so the scan goes from one of them to the next (``_any_of``) rather than through every character."""
    segments: list[tuple[int, int]] = []
    n = len(text)
    marks = _any_of("".join(openers))
    i = 0
    while (mark := marks.search(text, i)) is not None:
        i = mark.start()
        ch = text[i]
        if opens(text, i):
            close = openers[ch]
            start, j = i, i + 1
            stops = _any_of(CLOSERS.get(close, close) + "“\n")
            while (stop := stops.search(text, j)) is not None:
                j = stop.start()
                if close == '"' and text[j] == "“":
                    # A curly quotation nested in a straight one: its closing mark is not ours.
                    line_end = text.find("\n", j + 1)
                    inner = text.find("”", j + 1, n if line_end == -1 else line_end)
                    if inner != -1:
                        j = inner + 1
                        continue
                closing = text[j] in CLOSERS.get(close, close) or (
                    close == "”" and text[j] == "“" and _ends_word(text, j)
                )
                if closing and (close != "'" or _closes_single(text, j)) and j > start + 1:
                    segments.append((start, j + 1))
                    i = j
                    break
                if text[j] == "\n":
                    k = j
                    while k < n and text[k].isspace():
                        k += 1
                    if k < n and "\n\n" in text[j:k] + "\n" and text[k] == ch:
                        j = k + 1
                        continue
                    if text[j:k].count("\n") >= 1 and (k >= n or text[k] != ch):
                        segments.append((start, rstrip(text, start, j)))
                        i = j
                        break
                j += 1
            else:
                segments.append((start, rstrip(text, start, n)))
                i = n
        i += 1
    return [s for s in segments if s[1] - s[0] > 2]


@lru_cache(maxsize=32)
def _any_of(chars: str) -> re.Pattern[str]:
    """A pattern finding the next of ``chars``."""
    return re.compile(f"[{re.escape(chars)}]")


def _ends_word(text: str, j: int) -> bool:
    """A mark right after a word and before a space or punctuation closes, whatever its shape."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return not text[j - 1].isspace() and not after.isalnum()


def _opens_double(text: str, i: int) -> bool:
    if text[i] == "”":
        # A closing mark typed at a paragraph's start opens its quote.
        return (i == 0 or text[i - 1] == "\n") and text[i + 1 : i + 2].isalnum()
    if text[i] != '"':
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([—–"“') and after.isalnum()


def _closes_single(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum() and not text[j - 1].isspace()


def rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
