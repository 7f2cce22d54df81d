"""Vocabulary and regular-expression pieces for temporal expressions, kept as data.

The rules (``explicit``, ``relative``, ``times``) are assembled from these pieces, the way HeidelTime keeps its ``repattern`` and
``normalization`` resources apart from its rules. Every alternation is sorted longest first so that a regex
prefers "September" to "Sept" to "Sep".
"""

from __future__ import annotations

import re

from ...timeml import MONTHS, WEEKDAYS

# Month names that are also common English words only count when capitalised.
CASED_MONTHS = frozenset(
    {"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5,
    "a half": 0.5,
}  # fmt: skip

# Quantities that leave the number unknown: TimeML writes an X ("PXY" for "several years").
VAGUE_NUMBERS = frozenset({"several", "a few", "few", "some", "many", "a number of", "numerous", "the past few",
                           "countless"})  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "5th": 5, "last": -1, "final": -1,
}  # fmt: skip

# Calendar units: TimeML duration letter, and whether it is a time-of-day unit (written after "PT").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("2W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("10Y", False), "century": ("100Y", False),
    "centurie": ("100Y", False), "millennium": ("1000Y", False), "weekend": ("WE", False),
}  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Position inside a period: TimeML ``mod`` and the share of the period it covers (start, end as fractions).
POSITIONS: dict[str, tuple[str, float, float]] = {
    "early": ("START", 0.0, 1 / 3), "the beginning of": ("START", 0.0, 1 / 3),
    "the start of": ("START", 0.0, 1 / 3), "the early part of": ("START", 0.0, 1 / 3),
    "the first part of": ("START", 0.0, 1 / 3), "earlier": ("START", 0.0, 1 / 3),
    "mid": ("MID", 1 / 3, 2 / 3), "the middle of": ("MID", 1 / 3, 2 / 3), "the middle part of": ("MID", 1 / 3, 2 / 3),
    "late": ("END", 2 / 3, 1.0), "the end of": ("END", 2 / 3, 1.0), "the late part of": ("END", 2 / 3, 1.0),
    "the latter part of": ("END", 2 / 3, 1.0), "later": ("END", 2 / 3, 1.0), "the close of": ("END", 2 / 3, 1.0),
}  # fmt: skip

# Deictic words with a fixed day offset from the reference day, and an optional part of day.
DEICTIC_DAYS: dict[str, tuple[int, str | None]] = {
    "today": (0, None), "tonight": (0, "NI"), "this morning": (0, "MO"), "this afternoon": (0, "AF"),
    "this evening": (0, "EV"), "yesterday": (-1, None), "last night": (-1, "NI"), "yesterday morning": (-1, "MO"),
    "yesterday afternoon": (-1, "AF"), "yesterday evening": (-1, "EV"), "tomorrow": (1, None),
    "tomorrow morning": (1, "MO"), "tomorrow afternoon": (1, "AF"), "tomorrow evening": (1, "EV"),
    "tomorrow night": (1, "NI"), "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
}  # fmt: skip

# Words that stand for a TimeML reference point rather than a calendar period.
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}  # fmt: skip

# Frequency words (TimeML SET) and the period they repeat over.
SET_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "biannually": "P6M", "semiannually": "P6M",
}  # fmt: skip

# Fixed-date holidays (month, day); movable ones are computed in ``dates.py``.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25), "christmas day": (12, 25),
    "christmas eve": (12, 24), "boxing day": (12, 26), "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "bastille day": (7, 14), "may day": (5, 1), "veterans day": (11, 11),
}  # fmt: skip

MOVABLE_HOLIDAYS = ("thanksgiving day", "thanksgiving", "easter sunday", "easter", "good friday",
                    "labor day", "memorial day", "election day")  # fmt: skip

# Heads that make a "to"-infinitive point to the future ("is due to meet on Monday").
FUTURE_HEADS = frozenset({"due", "expect", "schedule", "set", "plan", "go", "intend", "aim", "hope", "prepare",
                          "likely", "scheduled", "slate", "poise", "ready", "will", "want", "seek", "be"})  # fmt: skip

# Nouns of intent or agreement: the act their "to"-infinitive names is still to come ("an agreement to acquire
# the bank in January", "a bid to take control by March").
FUTURE_NOUNS = frozenset({"agreement", "plan", "bid", "offer", "deal", "proposal", "pact", "accord", "decision",
                          "intention", "commitment", "pledge", "promise", "option", "contract", "effort",
                          "attempt", "move", "request", "call", "order", "vote", "motion"})  # fmt: skip

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "'s"})


def alternation(words: object) -> str:
    """A regex alternation of ``words`` that prefers the longest, with spaces matching any run of whitespace.

    The words are written as a trie ("sept(?:ember)?" rather than "september|sept"): every rule starts with
    one of these lists and is tried at every word of an article, and a trie rejects a word after its first
    letter instead of after one try per list entry.
    """
    trie: dict = {}
    for word in {str(w) for w in words}:  # type: ignore[attr-defined]
        node = trie
        for ch in word:
            node = node.setdefault(_UNITS.get(ch) or re.escape(ch), {})
        node[""] = {}
    return _render(trie)


# How a character of a listed word is matched: any run of spaces, either apostrophe.
_UNITS = {" ": r"\s+", "'": "['’]", ".": r"\."}


def _render(node: dict) -> str:
    # Siblings begin with different characters, so at most one can match: the order among them is free,
    # and a greedy optional tail makes the longest word win.
    branches = [unit + _render(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def month_alternation() -> str:
    """Month names and abbreviations (with an optional dot); ambiguous ones must be capitalised."""
    parts = []
    for name in sorted(MONTHS, key=len, reverse=True):
        short = len(name) <= 4 and name != "june" and name != "july"
        pattern = name + (r"\.?" if short and name != "may" else "")
        if name in CASED_MONTHS:
            cap = name.capitalize()
            pattern = f"(?-i:{cap}|{cap.upper()})" + (r"\.?" if short and name != "may" else "")
        parts.append(pattern)
    return "|".join(parts)


MONTH = month_alternation()
WEEKDAY = alternation(WEEKDAYS) + r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\."
NUMBER = r"\d{1,3}(?:\.\d+)?|\d{1,3}\s+\d/\d|" + alternation(list(NUMBER_WORDS) + [f"{t}-{u}" for t in (
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    for u in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")])  # fmt: skip
VAGUE = alternation(VAGUE_NUMBERS)
ORDINAL = alternation(ORDINALS)
UNIT = alternation(u for u in UNITS if u not in ("weekend",))
SEASON = alternation(SEASONS)
POSITION = r"(?:early|mid|late)-|" + alternation(POSITIONS)
# A position in a quarter or half: before a noun, "earlier"/"later" mean previous/next ("its earlier third-quarter
# estimate"), not a part of the period.
PERIOD_POSITION = r"(?:early|mid|late)-|" + alternation(k for k in POSITIONS if k not in ("earlier", "later"))

# A weekday shared with a plural one after it: "on Monday and Tuesday nights" (each week), see ``weekly_day``.
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY_PARTS = r"morning|afternoon|evening|night"
SHARED_WEEKLY = rf",?\s+(?:and|or)\s+(?-i:{WEEKDAY_NAME})(?:s\b|\s+(?P<podn>{DAY_PARTS})s\b)"

# Time zones written after a clock time ("0730 GMT", "4 p.m. EDT"); a number before one is a time, not a year.
TIME_ZONES = r"GMT|UTC|[ECMP][SD]T|BST|CES?T"
