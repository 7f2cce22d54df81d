"""Finding numbers in the text: digits with their sign, currency, scale ("1.8bn", "2 million"), power of ten
("1.99×10−30") and attached unit ("10kW"); numbers in words ("twenty-five", "a dozen", "four hundred"); plural
amounts ("dozens of", "tens of thousands of", read as the range [x, 10x] the way CQE reads them); fractions
("two-thirds of", "one out of three", "1/16 of"); "257 out of 420" is two counts, not a share.

Fractions are looked for first, then digits, plural amounts and number words; a number that overlaps one
already found is dropped, and so are digits inside a URL or a name ("G8", "COVID-19"). Which of the numbers
found are claims is decided later (``not_claims``).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from spacy.tokens import Doc

from ..nlp import doc_text
from ..spans import DisjointSpans
from . import patterns as P
from .number import Number
from .units import UNIT_RE, unit_name
from .words import holds_any, lowered, token_at

_WORD_NUMBERS = {**P.SMALL_NUMBERS, **P.TENS}

NUM_WORD = "|".join(
    sorted([*_WORD_NUMBERS, "hundred", "thousand", "million", "billion", "trillion"], key=len)[::-1]
)

# WORD_NUMBER_RE and OUT_OF_RE, all lower case, are searched in the text as ``words.lowered`` writes it, without
# IGNORECASE: they find the same places (lowering keeps every character's length and what it matches, a test
# checks), a few times faster; what they hold is read from the text itself.
WORD_NUMBER_RE = re.compile(
    rf"\b(?:(half\s+)?an?\s+(?=hundred|thousand|million|billion|dozen))?(?:{NUM_WORD}|dozen)"
    rf"(?:(?:\s+and\s+|[\s-])(?:{NUM_WORD}|dozen)\b)*\b"
)

VAGUE_RE = re.compile(
    r"\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"\s+of\b",
    re.I,
)
VAGUE_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions")
"""One of them is in every match of ``VAGUE_RE`` (lower-cased): a text without any is not searched."""

FRACTION_WORD_RE = re.compile(
    r"\b(?:(a|one|two|three|four|nine)[\s-])?(half|halves|thirds?|quarters?|fifths?|tenths?)"
    r"\s+of\b",
    re.I,
)
# One of them is in every match (as VAGUE_WORDS).
FRACTION_WORDS = ("half", "halves", "third", "quarter", "fifth", "tenth")

# "two-thirds", "three-quarters" hyphened: a fraction whatever follows ("a two-thirds majority").
HYPHENED_FRACTION_RE = re.compile(r"\b(two|three|four|nine)-(thirds|quarters|fifths|tenths)\b", re.I)
HYPHENED_WORDS = ("-thirds", "-quarters", "-fifths", "-tenths")  # one is in every match (as VAGUE_WORDS)

# "half a percentage point", "a quarter point", "half an hour", "a quarter-point cut", "a half-point rise": a fraction
# of one unit, written with the unit's name right after it (or hyphened to it).
# Not the fraction after a whole number ("two and a half years", "three and a quarter hours"), which the word
# numbers read whole.
FRACTION_OF_UNIT_RE = re.compile(
    r"\b(?<!\band\s)(?:(half)\s+an?|an?\s+(half)|an?\s+quarter)(?=\s+[a-z]|-[a-z])", re.I
)

OUT_OF_RE = re.compile(  # searched in the lowered text (as WORD_NUMBER_RE)
    r"\b("
    + "|".join(sorted(P.SMALL_NUMBERS, key=len, reverse=True))
    + r"|\d+)\s+(?:out\s+)?of\s+(?:every\s+)?(\w+)\b"
)

MULTIPLE_RE = re.compile(rf"\b({NUM_WORD}|\d+(?:\.\d+)?)-?fold\b", re.I)

PLURAL_AFTER_RE = re.compile(r"^\s+([A-Za-z]+)\b")

SHARE_BASE = 20
"""The largest whole of "X out of Y" read as a share; a larger one that is not a power of ten is a count."""

POWER_RE = re.compile(r"^\s?[×x*]\s?10\s?(?:\^|\*\*)?\s?([-−–]?\d{1,3})(?![\d.,])")

SCALE_AFTER_RE = re.compile(r"^(?:\s+|-)(" + "|".join(P.SCALES) + r")\b", re.I)

ATTACHED_RE = re.compile(r"^[A-Za-zμ°%/]+(?:[23]\b)?(?:-[a-z]+)?")

# A length in feet right before a number: "6ft 2in", "5 ft 10in" (a glued "in" is then inches).
FEET_BEFORE_RE = re.compile(r"\d\s?(?:ft|feet|foot)\s+$")
# What a glued "in" sizes after it: a thing measured in inches ("a 6.1in screen", "a 55in TV", "3in squares"),
# a dimension ("6in-thick", "10in wide"), rain or snow ("2in of rain"), or the other side of a size ("10in x 12in").
INCH_AFTER_RE = re.compile(
    r"(?:[\s-](?:screens?|tvs?|televisions?|displays?|monitors?|laptops?|tablets?|phones?|wheels?|alloys?|rims?"
    r"|tyres?|tires?|pipes?|barrels?|blades?|guns?|shells?|pizzas?|squares?|pieces?|cubes?|strips?|rounds?)"
    r"|[\s-](?:long|wide|tall|deep|high|thick|across|in\s+diameter)|\s+of\s+(?:fresh\s+)?(?:rain|snow))\b"
    r"|\s*(?:x|×|by)\s*\d",  # no word's end after the other side's digit: "10in x 8in"
    re.I,
)
SIZE_BEFORE_RE = re.compile(r"\d\s*(?:in)?\s*(?:x|×|by)\s*$", re.I)


def _inches(text: str, start: int, end: int) -> bool:
    """Whether "in" glued to the digits is inches: never with a digit after it ("2in10", "4in1"); after feet, in
    a size ("10in x 12in", "10 x 12in"), or before what inches measure ("a 6.1in screen")."""
    if re.match(r"\s*\d", text[end:]):
        return False
    return bool(
        FEET_BEFORE_RE.search(text, 0, start)
        or SIZE_BEFORE_RE.search(text, 0, start)
        or INCH_AFTER_RE.match(text, end)
    )


# A minus sign before the digits: "minus 5", "minus-5", " -5" (not the hyphen of "5-10" or "FTSE-100").
# One is in every match of ``P.URLISH_RE`` (a text without any is not searched).
URLISH_WORDS = ("://", "www.", "@", ".com", ".org", ".htm")

NEGATIVE_RE = re.compile(r"(?:(?<!\w)minus[\s-]|(?:^|(?<=[\s(]))[-−])$", re.I)


def find_numbers(doc: Doc) -> list[Number]:
    text = doc_text(doc)
    low = lowered(text)
    urls = DisjointSpans()
    for m in P.URLISH_RE.finditer(text) if holds_any(text, URLISH_WORDS) else ():
        urls.add(m.start(), m.end())
    digits = [
        number
        for match in P.NUMBER_RE.finditer(text)
        if not urls.holds(match.start()) and (number := _digits(text, match)) is not None
    ]
    found: list[Number] = []
    taken = DisjointSpans()
    numbers = [*_fractions(text, low), *_mixed_numbers(text), *_multiples(text, low), *digits]
    for number in [*numbers, *_vague_numbers(text, low), *_word_numbers(doc, low)]:
        if not taken.overlaps(number.start, number.end):
            taken.add(number.start, number.end)
            found.append(number)
    return found


# A name or code hyphened to the digits ("FTSE-100", "COVID-19"), read in the eight characters before them.
_NAME_BEFORE = re.compile(r"(?:[A-Z]\w*|\w*[A-Za-z]\w*\d\w*)-$")
_LETTERS = re.compile(r"[a-z]+")


def _digits(text: str, match: re.Match[str]) -> Number | None:
    """A number written in digits, with its sign, currency, scale and attached unit; None for names."""
    start, end = match.span()
    value = float(match.group(1).replace(",", ""))
    prefix_start, currency = _currency_before(text, start)
    if currency is not None and _is_product_name(text, prefix_start, match):
        return None
    sign_at = (prefix_start if currency else start) - 1
    before = text[max(0, start - 8) : start]
    if currency and text[start - 1 : start] == "-":
        value = -value
    elif sign := NEGATIVE_RE.search(before):
        value = -value
        prefix_start = start - len(sign.group(0))
    elif sign_at >= 0 and text[sign_at].isalpha() and not currency:
        return None  # "G8", "PLX-R18": a name or code
    elif _NAME_BEFORE.search(before):
        return (
            None  # "FTSE-100", "COVID-19"; lower-case words before a hyphen ("now-18", "sub-7") are not names
        )
    power = POWER_RE.match(text[end:])
    if power:  # "1.99×10−30": scientific notation
        value *= 10.0 ** int(re.sub(r"[−–]", "-", power.group(1)))
        end += power.end()
    number = Number(
        start, end, value, prefix_start=prefix_start, currency=currency is not None, unit=currency
    )
    attached = ATTACHED_RE.match(text[end:])
    if attached and attached.group(0).startswith("/") and currency is not None:
        attached = None  # "$15/hour": a rate, read by the unit stage as "per hour"
    if attached:
        letters = attached.group(0)
        head = letters.split("-")[0]  # "£1.2bn-a-year", "$3m-a-year", "a 5m-high wall"
        if head != letters and _is_scale(head, number.currency):
            return _attached(text, number, head)
        found = _attached(text, number, letters)
        return found if found is not None or head == letters else _attached(text, number, head)
    return _scaled(text, number)


# An amount of money that starts a range before the number: "£5-" in "£5-10m", "$3 to " in "$3 to 4bn".
MONEY_RANGE_BEFORE_RE = re.compile(r"[$£€¥₹]\s?\d[\d.,]*\s?(?:-|–|to)\s?$")


def _is_scale(letters: str, currency: bool) -> bool:
    """Whether letters glued to the digits are a scale whatever follows ("bn", "M"), or "m", "k", "b" after a
    currency mark."""
    low = letters.lower()
    return letters in P.ATTACHED_SCALES or low in P.SCALES or (currency and low in P.CURRENCY_SCALES)


def _currency_before(text: str, start: int) -> tuple[int | None, str | None]:
    """The currency mark written before the amount, with where it starts: a sign ("$5", "$ 5" as tokenised
    corpora write it, "$-50.8bn") or a code, which is written with a space ("EUR 250 million", "Rs 40")."""
    head = text[max(0, start - 7) : start]
    if not head.endswith(_ANY_MARK):
        return None, None
    for written, mark, unit in _MARKS:
        if head.endswith(written):
            at = start - len(written)
            if mark[0].isalpha() and at > 0 and text[at - 1].isalnum():
                continue
            return at, unit
    return None, None


def _written_marks() -> tuple[tuple[str, str, str], ...]:
    """Every way a currency mark is written before the digits, in the order they are tried: hyphened ("$-5"),
    glued ("$5"), then spaced ("$ 5", "EUR 250"; a code or a sign, not a glued-only mark or a lone capital)."""
    return tuple(
        (mark + sign, mark, unit)
        for sign in ("-", "", " ")
        for mark, unit in P.CURRENCY_PREFIXES
        if not (
            sign == " "
            and (mark[-1].isalnum() and not _is_currency_code(mark) or mark in P.GLUED_ONLY_PREFIXES)
        )
    )


def _is_product_name(text: str, prefix_start: int | None, match: re.Match[str]) -> bool:
    """A glued-only currency mark before one bare digit is a product's name ("PS4", "PS5"), not an amount; so is
    the mark hyphened to its digits ("PS-2", "PS-3"), a model's code."""
    mark = text[prefix_start : match.start()] if prefix_start is not None else ""
    if mark.endswith("-") and mark.rstrip("-") in P.GLUED_ONLY_PREFIXES:
        return True
    return (
        mark in P.GLUED_ONLY_PREFIXES
        and re.fullmatch(r"\d", match.group(1)) is not None
        and not (ATTACHED_RE.match(text, match.end()))
    )


def _is_currency_code(mark: str) -> bool:
    """A currency written as letters ("USD", "EUR", "Rs", "NIS"), which stands apart from the amount; a lone
    capital ("$A" aside) would be an initial."""
    return len(mark) >= 2 and mark[0].isupper() and mark.rstrip(".").isalpha()


_MARKS = _written_marks()
_ANY_MARK = tuple(written for written, _, _ in _MARKS)


def _attached(text: str, number: Number, letters: str) -> Number | None:
    """Letters written right after the digits: a scale ("1.8bn"), a unit ("10kW") or a sign of a name."""
    low = letters.lower()
    end = number.end + len(letters)
    if letters == "s" and "." in text[number.start : number.end]:
        return replace(number, unit="second", unit_end=end)  # "9.86s", "in 58.2s": a time, as sport writes it
    if (
        letters == "in"
    ):  # "6ft 2in", "a 6.1in screen", "10in x 12in": glued to digits, "in" is inches if sized
        if _inches(text, number.start, end):
            return replace(number, unit="inch", unit_end=end)
        if re.match(r"\s*\d", text[end:]):
            return None  # "a 2in10 chance", "the 4in1 printer": odds or a name
        return number  # "rose 5in the quarter", "got 8in overnight": the word "in" glued on, the number stays
    if low in ("st", "nd", "rd", "th", "s", "'s") or re.fullmatch(r"(st|nd|rd|th)-\w+", low):
        return None  # ordinals and decades
    money = number.currency or MONEY_RANGE_BEFORE_RE.search(text, 0, number.start) is not None
    one_digit = re.fullmatch(r"\d", text[number.start : number.end]) is not None
    if letters == "K" and one_digit and not money and not _plural_noun_after(text, end):
        return None  # "a 4K TV", "8K video": a screen resolution's name, not four thousand
    scale = P.ATTACHED_SCALES.get(letters) or P.SCALES.get(low)
    if scale is None and (money or _plural_noun_after(text, end)):
        scale = P.CURRENCY_SCALES.get(low)  # "£3m", "£5-10m", "2.5m subscribers" (but "a 100m sprint")
    if scale is not None:
        return _scaled(text, replace(number, end=end, value=number.value * scale, scaled=True))
    if P.TIME_AFTER_RE.match(text[number.end :]):
        return None
    unit = UNIT_RE.match(text[number.end :])
    name = unit_name(unit.group(0)) if unit else None
    if unit and name:
        return replace(number, unit=name, unit_end=number.end + len(unit.group(0)))
    return None


def _plural_noun_after(text: str, end: int) -> bool:
    """Whether the word after a number is a plural noun: then a letter glued to the number is a scale
    ("10k views", "2.5m people"), not a unit ("a 10m wall", "5k run")."""
    word = PLURAL_AFTER_RE.match(text[end:])
    return word is not None and (
        word.group(1).lower() in P.IRREGULAR_PLURALS
        or P.REGULAR_PLURAL_RE.fullmatch(word.group(1)) is not None
    )


def _multiples(text: str, low: str) -> list[Number]:
    """Multiplicative words: "threefold", "a 10-fold rise", "twofold" count how many times (unit ``count``)."""
    found = []
    for match in MULTIPLE_RE.finditer(text) if "fold" in low else ():
        value = _word_or_digit(match.group(1).lower())
        if value is not None:
            found.append(Number(match.start(), match.end(), value, unit="count", unit_end=match.end()))
    return found


def _scaled(text: str, number: Number) -> Number:
    """Applies written scales after the number ("2 million", "3 hundred thousand", "2.4 billion-mile")."""
    while scale := SCALE_AFTER_RE.match(text[number.end :]):
        number = replace(
            number,
            end=number.end + scale.end(),
            scaled=True,
            value=number.value * P.SCALES[lowered(scale.group(1))],
        )
    return number


SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
# Words that leave the count of a scale word unsaid: "several hundred", "a few thousand", "many million".
PER_BEFORE_RE = re.compile(r"\bper\s+$", re.I)
VAGUE_BEFORE_RE = re.compile(r"\b(?:several|a\s+few|few|many|some\s+few)\s+$", re.I)


def _word_numbers(doc: Doc, low: str) -> list[Number]:
    """Numbers written in words: "three", "twenty-five", "a dozen", "four hundred"."""
    found = []
    text = doc_text(doc)
    for match in WORD_NUMBER_RE.finditer(low):
        written = text[match.start() : match.end()]
        words = _LETTERS.findall(low[match.start() : match.end()])  # "ſix" is "six" there
        words = [w for w in words if w not in ("a", "an", "and", "half")]
        if (
            words == ["one"]
            and not _counts_something(doc, match.start())
            and not _one_of_a_group(text, match)
            and not _one_in_a_share(text, match.start(), match.end())
        ):
            continue
        if words == ["dozen"] and not written.lower().startswith(("a", "half")):
            continue  # "dozen" alone is an adjective ("dozen eggs"), "a dozen" is twelve
        if words[0] in SCALE_WORDS and VAGUE_BEFORE_RE.search(text, 0, match.start()):
            continue  # "several hundred", "a few thousand": no number is said
        if words[0] in SCALE_WORDS and PER_BEFORE_RE.search(text, 0, match.start()):
            continue  # "12 cases per million people", "30 parts per billion": the base of a rate
        half = 0.5 if match.group(1) else 1.0  # "half a million", "half a dozen"
        value = half * _words_value(words)
        found.append(_scaled(text, Number(match.start(), match.end(), value, words=True)))
    return found


# "one in three adults", "one in every 10 homes", "one out of five of": one of a share of a whole, before the
# word after the whole (not a year: "opened one in 2019").
ONE_IN_RE = re.compile(
    r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:(?!\d{4}\b)\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten"
    r"|twenty|a\s+hundred|a\s+thousand)\s+([a-z]+)\b",
    re.I,
)


THE_BEFORE_RE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?$", re.I)
# Words ending in "s" that count nothing: "one in 10 is too many".
NOT_PLURALS = frozenset("is was has does goes his its this thus as us plus yes less always perhaps".split())


def _one_in_a_share(text: str, start: int, end: int) -> bool:
    """Whether "one" is a share of a whole that counts a plural noun ("one in five children", "one in every 10
    homes", "one out of five of the") or is a survey's, before a verb ("one in four said"): not a time or a table unit ("scored one in 5 minutes", "a one in 100 year
    flood", "the first one in 30 years")."""
    match = ONE_IN_RE.match(text, end)
    if match is None or THE_BEFORE_RE.search(text, max(0, start - 30), start):
        return False  # "the only one in 50 states": one thing, not a share
    word = match.group(1).lower()
    if word == "of" or word in P.SURVEY_VERBS:
        return True
    if word in P.DURATION_UNITS or word in P.UNITS or word.rstrip("s") in P.UNITS or word in NOT_PLURALS:
        return False
    return word in ("people", "children", "men", "women") or (word.endswith("s") and not word.endswith("ss"))


# "one of the richest men", "one of its biggest lenders", "one of Europe's oldest clubs": one member of a group.
ONE_OF_GROUP_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|your|my|these|those|[A-Z][\w.]*'s)\s+")


def _one_of_a_group(text: str, match: re.Match[str]) -> bool:
    """Whether "one" is one of a group named after it ("one of the biggest banks"): a count of one of that
    noun, unlike "one of them", whose group is said elsewhere, or "one" standing for a person ("no one")."""
    before = text[max(0, match.start() - 4) : match.start()].lower()
    return ONE_OF_GROUP_RE.match(text, match.end()) is not None and not before.endswith(("no ", "any "))


def _words_value(words: list[str]) -> float:
    total, current = 0.0, 0.0
    for word in words:
        if word in _WORD_NUMBERS:
            current += _WORD_NUMBERS[word]
        elif word == "dozen":
            current = (current or 1) * P.DOZEN
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * P.SCALES[word]
            current = 0.0
    return total + current


def _counts_something(doc: Doc, start: int) -> bool:
    """Whether the word "one" at ``start`` counts a noun ("one solution"), not a pronoun ("one of them")."""
    token = token_at(doc, start)
    return token is not None and token.dep_ == "nummod" and token.head.i > token.i


def _vague_numbers(text: str, low: str) -> list[Number]:
    """Plural amounts ("dozens of", "tens of thousands of") as the range [x, 10x], the way CQE reads them."""
    found = []
    for match in VAGUE_RE.finditer(text) if holds_any(low, VAGUE_WORDS) else ():
        base = P.VAGUE_PLURALS[lowered(match.group(2))]
        if match.group(1):
            base *= 10 if match.group(1).lower() == "tens" else 100
        end = match.start() + len(match.group(0)) - 3
        found.append(Number(match.start(), end, base, upper=base * 10, words=True))
    return found


def _fractions(text: str, low: str) -> list[Number]:
    """Fractions of a whole: "a third of", "two-thirds of", "one out of three", "1/16 of"; and of one unit: "half a
    percentage point", "a quarter point"."""
    found = []
    for match in FRACTION_WORD_RE.finditer(text) if holds_any(low, FRACTION_WORDS) else ():
        written = (match.group(1) or "").lower()
        if not written and match.group(2).lower() != "half":
            continue  # "half of" is a half; "third of" alone is a rank ("the third of five children")
        count = 1 if written in ("", "a", "one") else P.SMALL_NUMBERS[written]
        found.append(
            Number(match.start(), match.end() - 3, count * P.FRACTIONS[lowered(match.group(2))], words=True)
        )
    hyphened = HYPHENED_FRACTION_RE.finditer(text) if holds_any(low, HYPHENED_WORDS) else ()
    for match in hyphened:  # "a two-thirds majority", "three-quarters full"
        count = P.SMALL_NUMBERS[lowered(match.group(1))]
        found.append(
            Number(match.start(), match.end(), count * P.FRACTIONS[lowered(match.group(2))], words=True)
        )
    for match in FRACTION_OF_UNIT_RE.finditer(text) if holds_any(low, ("half", "quarter")) else ():
        unit = UNIT_RE.match(text[match.end() :].lstrip(" -"))
        if unit and len(unit.group(0)) > 2 and unit_name(unit.group(0)) is not None:
            value = 0.5 if match.group(1) or match.group(2) else 0.25
            found.append(Number(match.start(), match.end(), value, words=True))
    for match in OUT_OF_RE.finditer(low):
        written = text[match.start() : match.end()]
        top, bottom = (_word_or_digit(text[match.start(k) : match.end(k)]) for k in (1, 2))
        if top and bottom and bottom > top and "out" in written.lower() and _is_share(written, bottom):
            found.append(Number(match.start(), match.end(), top / bottom, words=True))
    for match in P.FRACTION_RE.finditer(text) if holds_any(text, "/⁄") else ():
        if re.match(r"\s+of\b", text[match.end() :]) and int(match.group(2)) > 0:
            value = int(match.group(1)) / int(match.group(2))
            found.append(Number(match.start(), match.end(), value, words=True))
    return found


VULGAR_FRACTIONS = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}
# "3½ hours", "½ mile", "2 1/2 years", "7-1/4 inches": a whole number and a fraction, or a fraction sign alone.
VULGAR_RE = re.compile(rf"(?<![\d.,])(?:(\d+)[\s-]?)?([{''.join(VULGAR_FRACTIONS)}])")
MIXED_RE = re.compile(r"(?<![\d.,/])(\d+)[\s-](\d{1,2})/(\d{1,2})(?![\d/])")


def _mixed_numbers(text: str) -> list[Number]:
    """Numbers written with a fraction: "3½", "½", "2 1/2", "7-1/4" (a proper fraction after the whole part)."""
    found = []
    for match in VULGAR_RE.finditer(text) if holds_any(text, VULGAR_FRACTIONS) else ():
        whole = float(match.group(1)) if match.group(1) else 0.0
        found.append(
            _scaled(text, Number(match.start(), match.end(), whole + VULGAR_FRACTIONS[match.group(2)]))
        )
    for match in MIXED_RE.finditer(text) if "/" in text else ():
        top, bottom = int(match.group(2)), int(match.group(3))
        if 0 < top < bottom:  # "2 1/2 million": the scale after it too
            found.append(
                _scaled(text, Number(match.start(), match.end(), int(match.group(1)) + top / bottom))
            )
    return found


def _is_share(written: str, bottom: float) -> bool:
    """ "one out of three", "19 out of 20", "one out of every five": a share of a small or round whole. "257 out
    of 420" counts a part of a counted whole: both numbers are counts, read as what they say."""
    return bottom <= SHARE_BASE or "every" in written.lower() or math.log10(bottom).is_integer()


def _word_or_digit(word: str) -> float | None:
    word = word.lower()
    if word.isdigit():
        return float(word)
    return float(_WORD_NUMBERS[word]) if word in _WORD_NUMBERS else None
