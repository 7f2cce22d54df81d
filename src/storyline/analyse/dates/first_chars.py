"""Where any date rule may match, found by the first character a rule can start with.

One pattern holding every rule as a lookahead (``START(?=rule1|rule2|…)``) finds the same places, but tries all
45 rules at every word of a text. A rule written as a regular expression says which characters it can start
with; read from its parse, each ASCII character gets the lookahead of only the rules that can start with it,
and a place is tried with that one (a place at any other character, and every place when some rule can start
with anything, with the lookahead of every rule). The places found are the same; they are found about twice as
fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

ASCII = [chr(i) for i in range(128)]
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
    C.CATEGORY_UNI_DIGIT: r"\d",
    C.CATEGORY_UNI_NOT_DIGIT: r"\D",
    C.CATEGORY_UNI_SPACE: r"\s",
    C.CATEGORY_UNI_NOT_SPACE: r"\S",
    C.CATEGORY_UNI_WORD: r"\w",
    C.CATEGORY_UNI_NOT_WORD: r"\W",
}


def first_chars(body: str) -> frozenset[str] | None:
    """The lower-case ASCII characters a case-insensitive ``body`` can start a match with, or None when that is
    not known from its parse (it may start with anything, or with nothing at all)."""
    found, nullable = _first(P.parse(body, re.IGNORECASE).data)
    return None if found is None or nullable else frozenset(found)


class StartScanner:
    """The places where some rule matches (each rule ``START + body``, case-insensitive), as one pattern with
    every body as a lookahead would find them."""

    def __init__(self, start: str, bodies: Sequence[str]) -> None:
        everything = "(?=" + "|".join(f"(?:{b})" for b in bodies) + ")"
        self.full = re.compile(start + everything, re.IGNORECASE)
        firsts = [first_chars(b) for b in bodies]
        self.by_char: dict[str, re.Pattern[str]] | None = None
        if all(f is not None for f in firsts):
            chars = sorted(set().union(*firsts))  # type: ignore[arg-type]
            self.by_char = {
                c: re.compile(
                    "(?=" + "|".join(f"(?:{b})" for b, f in zip(bodies, firsts, strict=True) if c in f) + ")",  # type: ignore[operator]
                    re.IGNORECASE,
                )
                for c in chars
            }
            self.places = re.compile(
                start + "(?=[" + re.escape("".join(chars)) + r"]|[^\x00-\x7f])", re.IGNORECASE
            )

    def starts(self, text: str) -> list[int]:
        """Every place in ``text`` where some rule matches, in order."""
        if self.by_char is None:
            return [m.start() for m in self.full.finditer(text)]
        out = []
        for m in self.places.finditer(text):
            at = m.start()
            char = text[at]
            if char.isascii():
                found = self.by_char.get(char.lower())
                if found is not None and found.match(text, at):
                    out.append(at)
            elif self.full.match(text, at):
                out.append(at)
        return out


def _first(items: list) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can match nothing."""
    out: set[str] = set()
    for op, av in items:
        found, nullable = _first_of(op, av)
        if found is None:
            return None, False
        out |= found
        if not nullable:
            return out, False
    return out, True


def _first_of(op: object, av: object) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return _matching(re.escape(chr(av))), False  # type: ignore[arg-type]
    if op is C.IN:
        return _class(av), False  # type: ignore[arg-type]
    if op is C.CATEGORY:
        return _matching(_CATEGORIES[av]) if av in _CATEGORIES else None, False
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for seq in av[1]:  # type: ignore[index]
            found, empty = _first(seq)
            if found is None:
                return None, False
            out |= found
            nullable = nullable or empty
        return out, nullable
    if op is C.SUBPATTERN:
        return _first(av[3])  # type: ignore[index]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        found, empty = _first(av[2])  # type: ignore[index]
        return found, empty or av[0] == 0  # type: ignore[index]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # takes no character (what it asserts only narrows the places further)
    if op is C.ATOMIC_GROUP:
        return _first(av)  # type: ignore[arg-type]
    return None, False


def _class(items: list) -> set[str] | None:
    """The ASCII characters a character class matches, case-insensitive; None for a negated class."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out |= _matching(re.escape(chr(av)))
        elif op is C.RANGE:
            out |= _matching(f"[{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}]")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out |= _matching(_CATEGORIES[av])
        else:
            return None
    return out


def _matching(pattern: str) -> set[str]:
    """The lower-case ASCII characters ``pattern`` (one character) matches, case-insensitive."""
    one = re.compile(pattern, re.IGNORECASE)
    return {c.lower() for c in ASCII if one.fullmatch(c)}
