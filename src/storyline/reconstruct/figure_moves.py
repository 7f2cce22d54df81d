"""Whether a count's clause says the count moved, whether it is a total so far, and whether two sources are one.

A running count (deaths, cases so far) reported higher a day later by another source is no dispute when the later
clause says so ("the toll rose to 150", "has now climbed to", "was revised down to 80"); without such words two
sources' values of about the same time still disagree (``figures._disagree``). Only a total so far moves that way:
a count for one day ("treated 40 patients on Monday"), a present level ("there are 40 patients in hospital") and
votes are not running totals. Sources are compared with their spellings folded ("THB" and "the Tarnvale Health
Board").
"""

from __future__ import annotations

import re
from typing import Literal

from ..textsim import fold

Move = Literal["up", "down", "either"]

_NUMBER_FROM = r"[\d,.]+(?:\s+\w+){0,3}\s+from"
_UP_RE = re.compile(
    rf"\b(?:rose|risen|climbed|(?:rising|climbing|increased|jumped|went\s+up)\s+to|up\s+to\s+{_NUMBER_FROM})\b",
    re.IGNORECASE,
)
_DOWN_RE = re.compile(rf"\b(?:lowered|down\s+to\s+{_NUMBER_FROM})\b", re.IGNORECASE)
_EITHER_RE = re.compile(r"\b(?:now|revised|revising|corrected|correcting)\b", re.IGNORECASE)


CUE_WORDS_BEFORE = 8
"""How many words before a count a word saying it moved may stand ("the toll has now risen sharply to 150")."""
CUE_WORDS_AFTER = 4
"""How many words after a count a word saying it moved may stand ("150 cases now", "80, down from 110")."""
# A number or a relative clause before a count ends the words about it: "cases climbed to 900, including 12
# deaths", "the agency, now calling it a pandemic, which counts 40 cases" say nothing of how the later count moved.
_NOT_ITS_OWN = re.compile(r"\b(?:which|who|whom|whose|where|while|whereas)\b|\d")


def stated_move(clause: str, start: int, end: int) -> Move | None:
    """Which way a clause says its count (at ``start:end`` in it) moved, by the words next to it: "up" ("rose
    to", "has risen", "climbed", "increased to", "up to 120 from"), "down" ("lowered", "down to 80 from"),
    "either" ("now", "revised", "corrected"), or None."""
    before = clause[:start]
    cuts = [m.end() for m in _NOT_ITS_OWN.finditer(before)]
    before = " ".join(before[cuts[-1] if cuts else 0 :].split()[-CUE_WORDS_BEFORE:])
    after = clause[end:]
    cut = _NOT_ITS_OWN.search(after)
    after = " ".join(after[: cut.start() if cut else None].split()[:CUE_WORDS_AFTER])
    words = f"{before} {clause[start:end]} {after}"
    # "now" and "revised" say it of the count only in its own stretch: not "the worst it has now seen, killed 300"
    if _EITHER_RE.search(f"{before.rsplit(',', 1)[-1]} {clause[start:end]} {after.split(',', 1)[0]}"):
        return "either"
    if _UP_RE.search(words):
        return "up"
    if _DOWN_RE.search(words):
        return "down"
    return None


_VOTES_RE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_ONE_DAY_RE = re.compile(
    rf"\b(?:(?:on|last)\s+(?:{_DAYS})|yesterday|today|overnight|in\s+(?:a\s+single|one)\s+day"
    rf"|on\s+(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}))\b",
    re.IGNORECASE,
)
_SO_FAR_RE = re.compile(r"\b(?:toll|total|so\s+far|to\s+date|in\s+all|altogether)\b", re.IGNORECASE)
_PRESENT_LEVEL_RE = re.compile(
    r"\b(?:(?:are|is|remain|remains)\b.*?\b(?:in\s+hospital|in\s+intensive\s+care|in\s+custody|in\s+detention"
    r"|being\s+(?:held|treated|detained)|hospitali[sz]ed)|(?:are|is)\s+(?:still\s+)?(?:holding|treating)|currently)\b",
    re.IGNORECASE,
)


def total_so_far(clause: str, family: str | None) -> bool:
    """Whether a clause gives a count as its total so far, which can rise from day to day: not votes ("by 52 votes
    to 48"), not a count of one day ("treated 40 patients on Monday", unless the clause names the toll or total),
    not a present level of the living ("there are 40 patients in hospital", "police are holding 12 men"; the dead
    are no level)."""
    if _VOTES_RE.search(clause):
        return False
    if _one_day(clause) and not _SO_FAR_RE.search(clause):
        return False
    return family == "death toll" or not _PRESENT_LEVEL_RE.search(clause)


_SAID = frozenset("said says told announced reported confirmed added stated".split())


def _one_day(clause: str) -> bool:
    """Whether the clause ties its count to one day, not the day it was said on ("said on Monday")."""
    for m in _ONE_DAY_RE.finditer(clause):
        before = clause[: m.start()].split()[-1:]
        if not before or before[0].lower().strip(",") not in _SAID:
            return True
    return False


_SMALL_WORDS = frozenset({"the", "of", "for", "and", "on", "in", "de"})


def same_source(a: str | None, b: str | None) -> bool:
    """Whether two source names are one source: equal once case, accents and a leading "the" are folded, or one
    an acronym (two to six capitals) of the other's words ("THB", "the Tarnvale Health Board")."""
    if a is None or b is None:
        return a is b
    ka, kb = _key(a), _key(b)
    return ka == kb or _acronym_of(a, kb) or _acronym_of(b, ka)


def _key(name: str) -> str:
    words = fold(name).replace(".", "").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _acronym_of(short: str, key: str) -> bool:
    letters = short.replace(".", "").replace(" ", "")
    words = [w for w in key.split() if w not in _SMALL_WORDS]
    return (
        2 <= len(letters) <= 6
        and letters.isalpha()
        and letters.isupper()
        and len(words) > 1
        and "".join(w[0] for w in words) == letters.lower()
    )
