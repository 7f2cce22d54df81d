"""Units carried over: a bare number takes the unit its sentence gives it elsewhere ("40 million of the 2.5
billion rupees", "by 2% ... by 1", "two-, three- and four-door"); ``_unit_from`` lists the cases.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..nlp import doc_text, sentence_starts
from . import patterns as P
from .number import Number
from .qualifier import RESTATED_RE, bound_before
from .words import token_at, word_before


def carry_units(doc: Doc, numbers: list[Number]) -> list[Number]:
    """Gives a bare number the unit that the sentence says it has elsewhere (see ``_unit_from``)."""
    out = list(numbers)
    for i in range(len(out) - 1, -1, -1):  # right to left, so "two-, three- and four-door" chains
        if out[i].unit is None:
            unit = _unit_from(doc, out, i) or _index_level(doc, out[i])
            if unit is not None:
                out[i] = replace(out[i], unit=unit)
    return out


def _unit_from(doc: Doc, numbers: list[Number], i: int) -> str | None:
    """The unit a bare number shares with another number of its sentence:

    - "two-, three- and four-door": a number left hanging on a hyphen takes the unit of the next;
    - "raised 40 million of the 2.5 billion rupees": a part takes the unit of its whole, and so does a share
      of people, as surveys write it ("eight in 10 voters"; not "scored 2 in 5 matches");
    - "rose by 600 to 14,200 employees": a change takes the unit of the level it reached;
    - "down 2% at 2,871.40 points, while ... to close at 2,610.05": a number after the same word as an earlier
      one ("at", "by") is of its kind, when of the same size;
    - "from 31 mpg ... to 34": where a quantity went is in the unit of where it came from;
    - "fell 350 points to 17,200": the level an index reached after a move in points;
    - "at least 94,000 people ... as high as 120,000": a number of the same size after a counted noun;
    - "minus-0.6 degree ... in 2015 and 1.7 last year": coordinated with no verb between, the same size.
    """
    text = doc_text(doc)
    number = numbers[i]
    later = numbers[i + 1] if i + 1 < len(numbers) and _same_sentence(doc, number, numbers[i + 1]) else None
    if later is not None and later.unit is not None:
        between = text[number.end : later.prefix_start or later.start]
        if re.match(r"-\s*(?:,|and\b|or\b|to\b)", between) and re.fullmatch(
            r"[-\s,]*(?:and|or|to)?\s*", between
        ):
            return later.unit
        # a fraction word takes the unit of a whole of one only: "half of 1 percent" is 0.5%, "a quarter of the $90
        # million" is no $0.25; a whole number in words keeps it ("two of the 10 km" are 2 km)
        whole = not (number.words and number.value < 1) or later.value == 1
        if P.PART_OF_RE.fullmatch(between) and number.value <= later.value and whole:
            return later.unit
        if IN_EVERY_RE.fullmatch(between) and number.value <= later.value and P.counts_people(later.unit):
            return later.unit  # "eight in 10 voters", "one in five adults": a share of the people counted
        if re.fullmatch(r"\s+to\s+", between) and _lead_word(text, number) == "by":
            return later.unit  # "rose by 600 to 14,200 employees": the change counts what the level does
    earlier = [n for n in numbers[:i] if n.unit is not None and _same_sentence(doc, n, number)]
    if not earlier:
        return None
    if re.match(r"\s+of\s+(?:them|these|those)\b", text[number.end :], re.I):
        return earlier[-1].unit  # "nine goals ..., four of them with his head"
    if number.words:
        return None
    word = _lead_word(text, number)
    if word in P.PARALLEL_WORDS:
        twin = next((n for n in reversed(earlier) if _lead_word(text, n) == word), None)
        if twin is not None and _same_size(twin, number):
            return twin.unit
    previous = numbers[i - 1]
    move = previous
    if i >= 2 and RESTATED_RE.fullmatch(
        text[numbers[i - 2].unit_end or numbers[i - 2].end : _start_of(previous)]
    ):
        move = numbers[i - 2]  # "fell 210 points, or 0.6%, to 33,870"
    gap = text[previous.unit_end or previous.end : number.prefix_start or number.start]
    if move.unit == "point" and POINTS_TO_LEVEL_RE.fullmatch(gap.lstrip(",")):
        return move.unit  # "fell 350 points to 17,200": an index moved by points stands at points
    if previous.unit is None or not _same_size(previous, number):
        return None
    between = text[previous.unit_end or previous.end : number.prefix_start or number.start]
    head = text[max(0, _start_of(previous) - 30) : _start_of(previous)]
    if re.fullmatch(r"\s*to\s*", between) and re.search(r"\bfrom\s+(?:\w+\s+)?$", head, re.I):
        return previous.unit
    if not _stands_alone(doc, number):
        return None  # "13 fully loaded magazines", "56 are women": it says what it counts, or it is a subject
    token = token_at(doc, number.start)
    if (
        token is not None
        and token.dep_ == "pobj"
        and token.head.lower_ not in P.PARALLEL_WORDS | {"as", "than"}
    ):
        return None  # "before 9", "in 12 towns and injured 45" carry no count over
    if not _is_table_unit(previous.unit):
        return previous.unit  # only what is counted carries over; "rose 4.2% to 7.30" is not 7.30%
    span = doc.char_span(previous.unit_end or previous.end, number.start, alignment_mode="expand")
    coordinated = re.search(r"\b(?:and|or|but|while|whereas)\b", between) is not None
    if coordinated and span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
        last = token_at(doc, number.end - 1)
        if last is None or last.i + 1 >= len(doc) or doc[last.i + 1].pos_ not in ("VERB", "AUX"):
            return previous.unit
    return None


IN_EVERY_RE = re.compile(r"\s+in\s+(?:every\s+)?", re.I)
LEVEL_PREPOSITIONS = frozenset({"at", "to"})


def _index_level(doc: Doc, number: Number) -> str | None:
    """ "The FTSE 100 closed at 7,254", "the benchmark index rose 1% to close at 7,412": a bare level (a hundred or
    more) that a stock index ended or moved to is in points, the unit indices are quoted in; the index is the
    subject of the verb the level's "at" or "to" belongs to (or of the verb that clause hangs from)."""
    token = token_at(doc, number.end - 1)
    if token is None or number.currency or number.upper is not None or abs(number.value) < 100:
        return None
    if token.dep_ != "pobj" or token.head.lower_ not in LEVEL_PREPOSITIONS:
        return None
    verb = token.head.head
    for _ in range(3):
        subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            # "average" names an index only in its name ("the Dow Jones Industrial Average"), not "the
            # seven-day average of cases"
            words = {t.lower_ for t in subject.subtree if t.lower_ != "average" or t.text == "Average"}
            return "point" if words & P.INDEX_WORDS else None
        if verb.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        verb = verb.head
    return None


# Between a move in points (perhaps restated: ", or 1.2%,") and the level it reached: "to", "to close at".
POINTS_TO_LEVEL_RE = re.compile(r"\s+(?:to|at|to\s+(?:close|end|finish|settle)\s+at)\s+", re.I)


NAMING = frozenset({"ADJ", "NOUN", "PROPN"})


def _stands_alone(doc: Doc, number: Number) -> bool:
    """Whether what follows a bare number leaves its noun unsaid: a verb, a preposition, punctuation ("85 were
    tested", "as high as 120,000."), not words that may be its own noun ("13 fully loaded magazines")."""
    last = token_at(doc, number.end - 1)
    if last is None or last.i + 1 >= len(doc):
        return True
    following = doc[last.i + 1]
    if following.lower_ in P.NOT_COUNTED:
        return True  # "1.7 last year": a time follows, not a noun
    if following.lower_ == "more" and (
        following.i + 1 >= len(doc) or doc[following.i + 1].pos_ not in NAMING
    ):
        return True  # "destroyed 2,300 buildings and damaged 9,000 more": more of the same
    if following.lower_ == "of" or following.pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
        return False
    if following.pos_ != "ADV" or following.i + 1 >= len(doc):
        return True
    after = doc[following.i + 1]  # "12 worst-hit villages", "13 fully loaded magazines"
    return after.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB", "NUM") and not (
        after.text == "-" and not following.whitespace_
    )


def _same_sentence(doc: Doc, first: Number, second: Number) -> bool:
    a, b = token_at(doc, first.start), token_at(doc, second.start)
    if a is None or b is None:
        return False
    starts = sentence_starts(doc)
    return starts[a.i] == starts[b.i]


def _same_size(first: Number, second: Number) -> bool:
    low, high = sorted((abs(first.value), abs(second.value)))
    return low > 0 and high / low <= 10


def _start_of(number: Number) -> int:
    return number.prefix_start if number.prefix_start is not None else number.start


def _lead_word(text: str, number: Number) -> str:
    """The word before a number and its bound ("by" in "by about 2%")."""
    _, start = bound_before(text, _start_of(number))
    return word_before(text, start).lower()


def _is_table_unit(unit: str) -> bool:
    return unit in P.UNITS.values() or unit in P.CASE_UNITS.values() or " per " in unit
