"""What is not a claim: years, dates, times, ordinals, labels ("No. 5", "Route 66"), places in a ranking
("the top 40"), phone numbers and codes ("0370 ..."), house numbers, durations used as adjectives ("a
five-year plan"), and numbers that are part of a name ("S&P 500", "787 Dreamliner", "BBC Four").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from . import patterns as P
from .number import Number
from .ranges import range_end
from .units import (
    OF_AFTER_RE,
    age_stated_before,
    counted_noun,
    is_age,
    is_age_of_a_person,
    is_age_with_be,
    unit_after,
)
from .words import token_at, word_before, written_before

SKIP_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART", "LAW"})

# Words after which a bare number is a label, not an amount ("No. 5", "Article 5", "Route 66").
LABEL_WORDS = frozenset(
    [
        "no.",
        "no",
        "#",
        "number",
        "article",
        "section",
        "chapter",
        "page",
        "room",
        "route",
        "flight",
        "highway",
        "category",
        "level",
        "phase",
        "stage",
        "grade",
        "model",
        "version",
        "season",
        "round",
        "part",
        "episode",
        "vol.",
        "volume",
        "act",
        "paragraph",
        "item",
        "game",
        "week",
        "day",
        "term",
        "district",
        "ward",
        "gate",
        "platform",
        "pier",
        "exit",
        "track",
        "flat",
        "apartment",
        "suite",
        "seat",
    ]
)


_CLOCK_BEFORE = re.compile(r"\d:\s?$")
_WORD_AFTER = re.compile(r"^\s*([A-Za-z]+\.?)")
_DAY_RANGE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w*\.?\s+\d{1,2}\s*[-–]\s*$"
)
_LEADING_ZERO = re.compile(r"0\d+")
_FOUR_DIGITS = re.compile(r"\d{4}")


def is_not_a_claim(doc: Doc, number: Number) -> bool:
    """Years, dates, times, ordinals, labels ("No. 5") and numbers inside names are not claims."""
    text = doc_text(doc)
    after = text[number.end : number.end + 12]
    if (
        P.TIME_AFTER_RE.match(after)
        or P.CLOCK_RE.match(after)
        or _CLOCK_BEFORE.search(text[max(0, number.start - 4) : number.start])
    ):
        return True
    if P.DURATION_ADJECTIVE_RE.match(text[number.end :]) or P.ADDRESS_RE.match(text[number.end :]):
        return True
    previous = word_before(text, number.prefix_start or number.start)
    following = _WORD_AFTER.match(after)
    if _is_month(previous) or (following and _is_month(following.group(1))):
        return True
    if _DAY_RANGE_BEFORE.search(text[max(0, number.start - 20) : number.start]):
        return True  # the second day of "June 10-12"
    has_unit = number.unit is not None or unit_after(text, number.end) is not None or is_age(doc, number)
    if previous.lower() in P.RANK_WORDS and not has_unit and counted_noun(doc, number) is None:
        return True  # "in the top 40", "slipped into the bottom three": a place in a ranking
    glued_letter = number.unit_end == number.end + 1 and text[number.end : number.end + 1].isalpha()
    if previous.lower() in LABEL_WORDS and (not has_unit or glued_letter) and not number.words:
        return True  # "No. 5", and a letter glued to a label's number is part of it ("flat 4C", "seat 12F")
    if _is_year(doc, number, has_unit):
        return True
    if _LEADING_ZERO.fullmatch(text[number.start : number.end]):
        return True  # "0370 60 60 900", "03 numbers": phone numbers and codes
    if not has_unit and not number.currency and _is_name_part(doc, number, previous):
        return True
    return _in_skipped_entity(doc, number, has_unit)


def _is_name_part(doc: Doc, number: Number, previous: str) -> bool:
    """ "S&P 500", "iPhone 11 Pro", "787 Dreamliner": a bare number that is part of a name."""
    if previous.lower() in P.NAME_WORDS:
        return True
    first, last = token_at(doc, number.start), token_at(doc, number.end - 1)
    if first is None or last is None:
        return False
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    named_before = (
        before is not None and before.pos_ == "PROPN" and before.idx + len(before) == number.start - 1
    )
    written = doc_text(doc)[number.start : number.end]
    if number.words:  # "BBC Four", "the Guildford Four": a capitalised number word after a name
        return written[:1].isupper() and before is not None and before.pos_ == "PROPN" and first.i > 0
    plain = re.fullmatch(r"\d{1,3}", written) is not None
    named_after = (
        plain
        and after is not None
        and after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.tag_ != "NNPS"
        and not _counts_people_of(last, after)
    )
    return named_before or named_after


def _counts_people_of(number: Token, after: Token) -> bool:
    """ "200 Russian-speaking citizens", "50 Texas farmers", "400 Amazon workers": a nationality, place or company
    before the plural common noun the number counts is no name; the number counts that noun."""
    head = number.head
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or head.i <= after.i or number.dep_ != "nummod":
        return False
    return after.ent_type_ in ("NORP", "GPE") or after.dep_ in ("compound", "nmod") and after.head.i == head.i


def _is_month(word: str) -> bool:
    low = word.lower()
    if low not in P.MONTHS:
        return False
    return word[:1].isupper() or low not in ("may", "march", "mar", "dec")


def _is_year(doc: Doc, number: Number, has_unit: bool) -> bool:
    written = doc_text(doc)[number.start : number.end]
    if not _FOUR_DIGITS.fullmatch(written) or number.currency or not 1000 <= number.value <= 2100:
        return False
    if has_unit:
        return False
    token = token_at(doc, number.start)
    counts = token is not None and token.dep_ == "nummod" and token.head.tag_ == "NNS"
    return not counts


# A fraction word in a date: after an ordinal or a word of position ("the first half of 2024", "the latter
# half", "the back half") or after a whole ("the last decade and a half of ..."), or before a period or a year ("half of the season", "a quarter of 2023", "half of
# February"; not "half of this year's profit", "half of the year-end bonus", nor "a quarter of an hour", a length
# of time).
DATE_FRACTION_BEFORE_RE = re.compile(
    r"\b(?:first|second|third|fourth|last|final|latter|back|front|early|late|closing|opening|and(?:\s+an?)?)\s+$",
    re.I,
)
PERIOD_OF_RE = re.compile(
    r"\s+of\s+(?:(?:the|this|that|last|next|each|every|its|their|his|her)\s+)?"
    r"(?:(?:1[5-9]|20)\d\d(?:s|[/-]\d\d(?:\d\d)?)?|\d+(?:st|nd|rd|th)\s+century|(?:fiscal|financial)\s+year"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|year|decade|century|season|game|match|quarter|month|week|term|campaign|half|period)(?![-\w'’])",
    re.I,
)


def _fraction_of_a_date(text: str, number: Number) -> bool:
    """Whether a fraction word is part of a date: an ordinal or a word of position before it ("the second half
    of the season"), or a period or a year after its "of" ("half of 2024", "half of the season")."""
    return bool(DATE_FRACTION_BEFORE_RE.search(text, 0, number.start) or PERIOD_OF_RE.match(text, number.end))


def _in_skipped_entity(doc: Doc, number: Number, has_unit: bool) -> bool:
    """Numbers NER puts inside a date, a time, an ordinal or a name ("S&P 500"); durations and scaled amounts
    are kept."""
    token = token_at(doc, number.start)
    if token is None or not token.ent_type_ or number.scaled:
        return False  # a scale makes an amount ("500k streams", "40k likes"), whatever NER reads around it
    label = token.ent_type_
    if label == "ORDINAL":
        return not (number.unit or number.currency)
    if label in ("DATE", "TIME"):
        text = doc_text(doc)
        written = text[number.start : number.end]
        if len(re.sub(r"\D", "", written)) > 4:
            return False  # no date is written with five digits or more
        if (
            number.currency
            or number.unit
            or is_age_with_be(doc, number)
            or is_age_of_a_person(doc, number)
            or age_stated_before(text, number)
        ):
            return False  # "she will be 40", "the driver, 41,": NER reads an age as a date
        if (
            number.words
            and number.value < 1
            and OF_AFTER_RE.match(text, number.end)
            and not _fraction_of_a_date(text, number)
        ):
            return False  # "a quarter of the staff", "about half of adults": NER reads "a quarter" as a date
        if _counts_periods(doc, number):
            return False  # "four seasons", "six straight months": a count of periods, not a date
        if (
            WHEN_AFTER_RE.match(text, number.end)
            and not re.fullmatch(r"1[89]\d\d|20\d\d", written)
            and not written_before(ROAD_BEFORE_RE, text, number.start)
        ):
            return False  # "up from 900 a week earlier", "12 the day before": NER reads the time with it
        if _range_counts_a_plural(doc, number):
            return False  # "Between 40 and 50 workers": the range counts the plural noun after it
        return unit_after(text, range_end(text, number.end)) is None
    return label in SKIP_LABELS and not has_unit and not number.currency


# A time said relative to now or to another time, right after a number: "900 a week earlier", "12 the day
# before", "40 last year".
WHEN_AFTER_RE = re.compile(
    r"\s+(?:(?:a|an|the|one)\s+(?:day|week|month|year|quarter|decade|season)\s+(?:earlier|ago|before|previously)"
    r"|(?:last|this|the\s+previous|the\s+prior)\s+(?:week|month|year|quarter|season))\b",
    re.I,
)


# A road's name before its number: "Interstate 95", "Highway 1", "Route 66", "I-95".
ROAD_BEFORE_RE = re.compile(r"\b(?:Interstate|Highway|Hwy\.?|Route|Road|Freeway|Motorway|I|US|SR)[\s-]$")


def _counts_periods(doc: Doc, number: Number) -> bool:
    """A number NER reads into a date that counts the plural noun right after it, perhaps past an adjective:
    "three nights", "two weekends", "for six straight months", "two consecutive quarters"."""
    token = token_at(doc, number.end - 1)
    if token is None or token.dep_ != "nummod" or token.head.tag_ != "NNS":
        return False
    between = doc[token.i + 1 : token.head.i]
    return 0 < token.head.i - token.i <= 2 and all(t.pos_ == "ADJ" for t in between)


RANGE_START_RE = re.compile(r"\d[\d,.]*\s*(?:-|–|to|and)\s*$", re.I)


def _range_counts_a_plural(doc: Doc, number: Number) -> bool:
    """A number NER reads into a date that starts a range of two small numbers ("Between 40 and 50 workers",
    "10 to 12 officers") followed by the plural noun they count, perhaps past an adjective."""
    text = doc_text(doc)
    start, end = number.start, range_end(text, number.end)
    if end == number.end:  # the second end ("40 and [50] workers")
        first = RANGE_START_RE.search(text, 0, number.start)
        start = first.start() if first else start
    if start == number.start and end == number.end or re.search(r"\d{4}", text[start:end]):
        return False  # no range, or years ("between 2010 and 2015")
    last = token_at(doc, end - 1)
    if last is None:
        return False
    after = [t for t in doc[last.i + 1 : last.i + 3] if t.pos_ != "ADJ"][:1]
    return bool(after) and after[0].tag_ == "NNS" and after[0].pos_ == "NOUN" and after[0].i <= last.i + 2
