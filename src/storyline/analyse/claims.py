"""Numeric claims in one article: the value, its bounds, what is counted, what it is about and who says so.

Works the way CQE does it, with rules over spaCy's parse instead of CQE's own grammar:

1. numbers are found on the text (digits with scales, powers of ten and attached units, number words,
   "dozens of", fractions) and anything that is a year, a date, a time, an ordinal, a score, a house number,
   a duration used as an adjective ("a five-year plan") or part of a name is dropped;
2. "X to Y", "X-Y", "X or Y", "between X and Y" and "from X [a few words] to Y" join into a range;
3. the unit is a known unit or currency next to the number, else the noun the number counts (its parse head;
   a unit when that noun is one: "517 rushing yards" -> yard); a bare number then takes the unit the sentence
   gives it elsewhere ("280 million of the 1.5 billion shekels", "by 2% ... by 1", "four-, five- and
   six-cylinder");
4. the qualifier comes from the words before ("at least", "about", "up to") or a change word ("rose", "down",
   "a 3% drop"): a change wins over a bound, since it says what the number is;
5. the concept is the verb phrase or noun the number is about, and the attribution is the subject of the
   nearest reporting verb above it ("the FSB estimated that ..."), or "according to X", when that subject
   names a source: a named entity, a proper noun, or a source noun ("officials", "a person who has seen it").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..models import Claim, Qualifier
from . import claim_patterns as P
from .nlp import doc_text, sentence_starts
from .spans import DisjointSpans

COUNTED_POS = frozenset({"ADJ", "NOUN", "PROPN", "PUNCT", "VERB"})
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
    ]
)
_WORD_NUMBERS = {**P.SMALL_NUMBERS, **P.TENS}
_NUM_WORD = "|".join(
    sorted([*_WORD_NUMBERS, "hundred", "thousand", "million", "billion", "trillion"], key=len)[::-1]
)
WORD_NUMBER_RE = re.compile(
    rf"\b(?:an?\s+(?=hundred|thousand|million|billion|dozen))?(?:{_NUM_WORD}|dozen)"
    rf"(?:(?:\s+and\s+|[\s-])(?:{_NUM_WORD}|dozen)\b)*\b",
    re.I,
)
VAGUE_RE = re.compile(
    r"\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"\s+of\b",
    re.I,
)
FRACTION_WORD_RE = re.compile(
    r"\b(?:(a|one|two|three|four|nine)[\s-])?(half|halves|thirds?|quarters?|fifths?|tenths?)"
    r"\s+of\b",
    re.I,
)
OUT_OF_RE = re.compile(r"\b(one|two|three|four|five|\d+)\s+(?:out\s+)?of\s+(?:every\s+)?(\w+)\b", re.I)
POWER_RE = re.compile(r"^\s?[×x*]\s?10\s?(?:\^|\*\*)?\s?([-−–]?\d{1,3})(?![\d.,])")
SCALE_AFTER_RE = re.compile(r"^(?:\s+|-)(" + "|".join(P.SCALES) + r")\b", re.I)
ATTACHED_RE = re.compile(r"^[A-Za-zμ°%/]+(?:[23]\b)?(?:-[a-z]+)?")
_UNIT_KEYS = sorted(set(P.UNITS) | P.CASE_FOLDED, key=len, reverse=True)
UNIT_RE = re.compile(  # a space in a unit's name may be written as a hyphen: "800-square-metre"
    r"^(?:" + "|".join(re.escape(k).replace(r"\ ", r"[\s-]") for k in _UNIT_KEYS) + r")(?![\w°])", re.I
)
PER_RE = re.compile(r"^\s*(?:per\b|an?\b|/|-an?-)\s*([A-Za-z]+(?:\s+[a-z]+)?)", re.I)
RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|to|to-|and|or)\s*$", re.I)
RANGE_END_RE = re.compile(rf"^\s*(?:-|–|to|or|and)\s*(?:\d[\d,.]*|(?:{_NUM_WORD})\b)", re.I)
# "from $36,040 at 10.45pm last night to $34,935": a few words (no clause) between the ends of a from-to range.
FROM_TO_GAP_RE = re.compile(r"^\s+[^;:()\[\]]{1,40}?\s+to\s*$", re.I)
# "5-3", "2-2": a score, when the second number is not above the first.
SCORE_RE = re.compile(r"(?<![\d.,$])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%\w]|[.,]\d)")
# A minus sign before the digits: "minus 5", "minus-5", " -5" (not the hyphen of "5-10" or "TA-35").
NEGATIVE_RE = re.compile(r"(?:(?<!\w)minus[\s-]|(?:^|(?<=[\s(]))[-−])$", re.I)
BOUND_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in P.BOUND_PHRASES) + r")\s*$", re.I
)
COMMA_AFTER_RE = re.compile(r"\s*,")
_BOUNDS = {re.sub(r"\s+", " ", p): q for p, q in P.BOUND_PHRASES}


@dataclass(frozen=True)
class Number:
    """One number found in the text, before it becomes a claim: offsets, value and what is next to it."""

    start: int
    end: int
    value: float
    upper: float | None = None
    unit: str | None = None
    unit_end: int | None = None
    prefix_start: int | None = None
    currency: bool = False
    scaled: bool = False
    words: bool = False
    change: str | None = None


def find_claims(doc: Doc) -> list[Claim]:
    """Every numeric claim in ``doc``, in text order; years, dates, times and ordinals are not claims."""
    text = doc_text(doc)
    scores = [m.span() for m in SCORE_RE.finditer(text) if int(m.group(2)) <= int(m.group(1))]
    numbers = [
        _with_unit(doc, n)
        for n in _find_numbers(doc)
        if not _is_not_a_claim(doc, n) and not any(s <= n.start < e for s, e in scores)
    ]
    numbers = _carry_units(doc, _join_ranges(text, sorted(numbers, key=lambda n: n.start)))
    claims: list[Claim] = []
    for number in numbers:
        claim = _to_claim(doc, number)
        claims.append(_inherit_qualifier(text, claim, claims[-1] if claims else None))
    return claims


def _inherit_qualifier(text: str, claim: Claim, previous: Claim | None) -> Claim:
    """A conversion in brackets ("more than 7.5 million crowns (US $1.1 million)") says what its claim says."""
    if previous is None or claim.qualifier != "=" and claim.qualifier != "range":
        return claim
    if not re.fullmatch(r"\s*\(\s*|\s*/\s*", text[previous.end : claim.start]) and not re.fullmatch(
        r"\s*/\s*", text[previous.end : claim.start]
    ):
        return claim
    if previous.qualifier in ("=", "range") or (claim.upper is None) != (previous.upper is None):
        return claim
    return replace(claim, qualifier=previous.qualifier)


def _carry_units(doc: Doc, numbers: list[Number]) -> list[Number]:
    """Gives a bare number the unit that the sentence says it has elsewhere (see ``_unit_from``)."""
    out = list(numbers)
    for i in range(len(out) - 1, -1, -1):  # right to left, so "four-, five- and six-cylinder" chains
        if out[i].unit is None:
            unit = _unit_from(doc, out, i)
            if unit is not None:
                out[i] = replace(out[i], unit=unit)
    return out


def _unit_from(doc: Doc, numbers: list[Number], i: int) -> str | None:
    """The unit a bare number shares with another number of its sentence:

    - "four-, five- and six-cylinder": a number left hanging on a hyphen takes the unit of the next;
    - "raised 280 million of the 1.5 billion shekels": a part takes the unit of its whole;
    - "down 1% at 1,463.78 points, while ... to end at 1,334.20": a number after the same word as an earlier
      one ("at", "by") is of its kind, when of the same size;
    - "from 21 mpg ... to 23": where a quantity went is in the unit of where it came from;
    - "at least 94,000 people ... as high as 120,000": a number of the same size after a counted noun;
    - "minus-1.4 degree ... in 2018 and 2.1 last year": coordinated with no verb between, the same size.
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
        if P.PART_OF_RE.fullmatch(between) and number.value <= later.value:
            return later.unit
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
    if previous.unit is None or not _same_size(previous, number):
        return None
    between = text[previous.unit_end or previous.end : number.prefix_start or number.start]
    head = text[max(0, _start_of(previous) - 30) : _start_of(previous)]
    if re.fullmatch(r"\s*to\s*", between) and re.search(r"\bfrom\s+(?:\w+\s+)?$", head, re.I):
        return previous.unit
    if not _stands_alone(doc, number):
        return None  # "13 fully loaded magazines", "56 are women": it says what it counts, or it is a subject
    token = _token_at(doc, number.start)
    if (
        token is not None
        and token.dep_ == "pobj"
        and token.head.lower_ not in P.PARALLEL_WORDS | {"as", "than"}
    ):
        return None  # "before 9", "in 30 countries and killed 61" carry no count over
    if not _is_table_unit(previous.unit):
        return previous.unit  # only what is counted carries over; "rose 8.15% to 3.65" is not 3.65%
    span = doc.char_span(previous.unit_end or previous.end, number.start, alignment_mode="expand")
    coordinated = re.search(r"\b(?:and|or|but|while|whereas)\b", between) is not None
    if coordinated and span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
        last = _token_at(doc, number.end - 1)
        if last is None or last.i + 1 >= len(doc) or doc[last.i + 1].pos_ not in ("VERB", "AUX"):
            return previous.unit
    return None


def _stands_alone(doc: Doc, number: Number) -> bool:
    """Whether what follows a bare number leaves its noun unsaid: a verb, a preposition, punctuation ("85 were
    tested", "as high as 120,000."), not words that may be its own noun ("13 fully loaded magazines")."""
    last = _token_at(doc, number.end - 1)
    if last is None or last.i + 1 >= len(doc):
        return True
    following = doc[last.i + 1]
    if following.lower_ in P.NOT_COUNTED:
        return True  # "2.1 last year": a time follows, not a noun
    if following.lower_ == "of" or following.pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
        return False
    if following.pos_ != "ADV" or following.i + 1 >= len(doc):
        return True
    after = doc[following.i + 1]  # "12 worst-hit villages", "13 fully loaded magazines"
    return after.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB", "NUM") and not (
        after.text == "-" and not following.whitespace_
    )


def _same_sentence(doc: Doc, first: Number, second: Number) -> bool:
    a, b = _token_at(doc, first.start), _token_at(doc, second.start)
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
    _, start = _bound_before(text, _start_of(number))
    return _word_before(text, start).lower()


def _is_table_unit(unit: str) -> bool:
    return unit in P.UNITS.values() or unit in P.CASE_UNITS.values() or " per " in unit


# ---------------------------------------------------------------- finding numbers


def _find_numbers(doc: Doc) -> list[Number]:
    text = doc_text(doc)
    urls = DisjointSpans()
    for m in P.URLISH_RE.finditer(text):
        urls.add(m.start(), m.end())
    digits = [
        number
        for match in P.NUMBER_RE.finditer(text)
        if not urls.holds(match.start()) and (number := _digits(text, match)) is not None
    ]
    found: list[Number] = []
    taken = DisjointSpans()
    for number in [*_fractions(text), *digits, *_vague_numbers(text), *_word_numbers(doc)]:
        if not taken.overlaps(number.start, number.end):
            taken.add(number.start, number.end)
            found.append(number)
    return found


def _digits(text: str, match: re.Match[str]) -> Number | None:
    """A number written in digits, with its sign, currency, scale and attached unit; None for names."""
    start, end = match.span()
    value = float(match.group(1).replace(",", ""))
    prefix_start, currency = _currency_before(text, start)
    sign_at = (prefix_start if currency else start) - 1
    before = text[max(0, start - 8) : start]
    if currency and text[start - 1 : start] == "-":
        value = -value
    elif sign := NEGATIVE_RE.search(before):
        value = -value
        prefix_start = start - len(sign.group(0))
    elif sign_at >= 0 and text[sign_at].isalpha() and not currency:
        return None  # "G8", "PLX-R18": a name or code
    elif re.search(r"(?:[A-Z]\w*|\w*[A-Za-z]\w*\d\w*)-$", before):
        return None  # "TA-35", "COVID-19"; lower-case words before a hyphen ("now-18", "sub-7") are not names
    power = POWER_RE.match(text[end:])
    if power:  # "1.99×10−30": scientific notation
        value *= 10.0 ** int(re.sub(r"[−–]", "-", power.group(1)))
        end += power.end()
    number = Number(
        start, end, value, prefix_start=prefix_start, currency=currency is not None, unit=currency
    )
    attached = ATTACHED_RE.match(text[end:])
    if attached:
        return _attached(text, number, attached.group(0))
    return _scaled(text, number)


def _currency_before(text: str, start: int) -> tuple[int | None, str | None]:
    head = text[max(0, start - 7) : start]
    for sign in ("-", "", " "):  # "$-50.8bn", "$5", and "$ 5" as tokenised corpora write it
        for mark, unit in P.CURRENCY_PREFIXES:
            written = mark + sign
            if sign == " " and mark[-1].isalnum():
                continue
            if head.endswith(written):
                at = start - len(written)
                if mark[0].isalpha() and at > 0 and text[at - 1].isalnum():
                    continue
                return at, unit
    return None, None


def _attached(text: str, number: Number, letters: str) -> Number | None:
    """Letters written right after the digits: a scale ("1.8bn"), a unit ("10kW") or a sign of a name."""
    low = letters.lower()
    end = number.end + len(letters)
    if low in ("st", "nd", "rd", "th", "s", "'s") or re.fullmatch(r"(st|nd|rd|th)-\w+", low):
        return None  # ordinals and decades
    scale = P.ATTACHED_SCALES.get(letters) or P.SCALES.get(low)
    if scale is None and number.currency:
        scale = P.CURRENCY_SCALES.get(low)
    if scale is not None:
        return _scaled(text, replace(number, end=end, value=number.value * scale, scaled=True))
    if P.TIME_AFTER_RE.match(text[number.end :]):
        return None
    unit = UNIT_RE.match(text[number.end :])
    name = _unit_name(unit.group(0)) if unit else None
    if unit and name:
        return replace(number, unit=name, unit_end=number.end + len(unit.group(0)))
    return None


def _scaled(text: str, number: Number) -> Number:
    """Applies written scales after the number ("2 million", "4 hundred million", "1.8 billion-mile")."""
    while scale := SCALE_AFTER_RE.match(text[number.end :]):
        number = replace(
            number,
            end=number.end + scale.end(),
            scaled=True,
            value=number.value * P.SCALES[scale.group(1).lower()],
        )
    return number


def _word_numbers(doc: Doc) -> list[Number]:
    """Numbers written in words: "three", "twenty-five", "a dozen", "four hundred"."""
    found = []
    text = doc_text(doc)
    for match in WORD_NUMBER_RE.finditer(text):
        words = re.findall(r"[a-z]+", match.group(0).lower())
        words = [w for w in words if w not in ("a", "an", "and")]
        if words == ["one"] and not _counts_something(doc, match.start()):
            continue
        if words == ["dozen"] and not match.group(0).lower().startswith("a"):
            continue  # "dozen" alone is an adjective ("dozen eggs"), "a dozen" is twelve
        found.append(_scaled(text, Number(match.start(), match.end(), _words_value(words), words=True)))
    return found


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
    token = _token_at(doc, start)
    return token is not None and token.dep_ == "nummod" and token.head.i > token.i


def _vague_numbers(text: str) -> list[Number]:
    """Plural amounts ("dozens of", "tens of thousands of") as the range [x, 10x], the way CQE reads them."""
    found = []
    for match in VAGUE_RE.finditer(text):
        base = P.VAGUE_PLURALS[match.group(2).lower()]
        if match.group(1):
            base *= 10 if match.group(1).lower() == "tens" else 100
        end = match.start() + len(match.group(0)) - 3
        found.append(Number(match.start(), end, base, upper=base * 10, words=True))
    return found


def _fractions(text: str) -> list[Number]:
    """Fractions of a whole: "a third of", "two-thirds of", "one out of three", "1/16 of"."""
    found = []
    for match in FRACTION_WORD_RE.finditer(text):
        written = (match.group(1) or "").lower()
        if not written and match.group(2).lower() != "half":
            continue  # "half of" is a half; "third of" alone is a rank ("the third of five children")
        count = 1 if written in ("", "a", "one") else P.SMALL_NUMBERS[written]
        found.append(
            Number(match.start(), match.end() - 3, count * P.FRACTIONS[match.group(2).lower()], words=True)
        )
    for match in OUT_OF_RE.finditer(text):
        top, bottom = (_word_or_digit(g) for g in match.groups())
        if top and bottom and bottom > top and "out" in match.group(0).lower():
            found.append(Number(match.start(), match.end(), top / bottom, words=True))
    for match in P.FRACTION_RE.finditer(text):
        if re.match(r"\s+of\b", text[match.end() :]) and int(match.group(2)) > 0:
            value = int(match.group(1)) / int(match.group(2))
            found.append(Number(match.start(), match.end(), value, words=True))
    return found


def _word_or_digit(word: str) -> float | None:
    word = word.lower()
    if word.isdigit():
        return float(word)
    return float(_WORD_NUMBERS[word]) if word in _WORD_NUMBERS else None


# ---------------------------------------------------------------- what is not a claim


def _is_not_a_claim(doc: Doc, number: Number) -> bool:
    """Years, dates, times, ordinals, labels ("No. 5") and numbers inside names are not claims."""
    text = doc_text(doc)
    after = text[number.end : number.end + 12]
    if (
        P.TIME_AFTER_RE.match(after)
        or P.CLOCK_RE.match(after)
        or re.search(r"\d:\s?$", text[max(0, number.start - 4) : number.start])
    ):
        return True
    if P.DURATION_ADJECTIVE_RE.match(text[number.end :]) or P.ADDRESS_RE.match(text[number.end :]):
        return True
    previous = _word_before(text, number.prefix_start or number.start)
    following = re.match(r"^\s*([A-Za-z]+\.?)", after)
    if _is_month(previous) or (following and _is_month(following.group(1))):
        return True
    if re.search(
        r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w*\.?\s+\d{1,2}\s*[-–]\s*$",
        text[max(0, number.start - 20) : number.start],
    ):
        return True  # the second day of "June 10-12"
    has_unit = number.unit is not None or _unit_after(text, number.end) is not None or _is_age(doc, number)
    if previous.lower() in P.RANK_WORDS and not has_unit and _counted_noun(doc, number) is None:
        return True  # "in the top 40", "slipped into the bottom three": a place in a ranking
    if previous.lower() in LABEL_WORDS and not has_unit and not number.words:
        return True
    if _is_year(doc, number, has_unit):
        return True
    if re.fullmatch(r"0\d+", text[number.start : number.end]):
        return True  # "0370 60 60 900", "03 numbers": phone numbers and codes
    if not has_unit and not number.currency and _is_name_part(doc, number, previous):
        return True
    return _in_skipped_entity(doc, number, has_unit)


def _is_name_part(doc: Doc, number: Number, previous: str) -> bool:
    """ "S&P 500", "iPhone 11 Pro", "787 Dreamliner": a bare number that is part of a name."""
    if previous.lower() in P.NAME_WORDS:
        return True
    first, last = _token_at(doc, number.start), _token_at(doc, number.end - 1)
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
    """ "200 Russian-speaking citizens", "50 Texas farmers": a nationality or place before the plural noun the
    number counts is no name."""
    head = number.head
    return after.ent_type_ in ("NORP", "GPE") and head.tag_ == "NNS" and head.i > after.i


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([#\w.]+)[\s,]*$", text[max(0, start - 30) : start])
    return match.group(1) if match else ""


def _is_month(word: str) -> bool:
    low = word.lower()
    if low not in P.MONTHS:
        return False
    return word[:1].isupper() or low not in ("may", "march", "mar", "dec")


def _is_year(doc: Doc, number: Number, has_unit: bool) -> bool:
    written = doc_text(doc)[number.start : number.end]
    if not re.fullmatch(r"\d{4}", written) or number.currency or not 1000 <= number.value <= 2100:
        return False
    if has_unit:
        return False
    token = _token_at(doc, number.start)
    counts = token is not None and token.dep_ == "nummod" and token.head.tag_ == "NNS"
    return not counts


def _in_skipped_entity(doc: Doc, number: Number, has_unit: bool) -> bool:
    """Numbers NER puts inside a date, a time, an ordinal or a name ("S&P 500"); durations are kept."""
    token = _token_at(doc, number.start)
    if token is None or not token.ent_type_:
        return False
    label = token.ent_type_
    if label == "ORDINAL":
        return not (number.unit or number.currency)
    if label in ("DATE", "TIME"):
        if len(re.sub(r"\D", "", doc_text(doc)[number.start : number.end])) > 4:
            return False  # no date is written with five digits or more
        if number.currency or number.unit or _is_age_with_be(doc, number):
            return False  # "she will be 40": NER reads an age as a date
        text = doc_text(doc)
        return _unit_after(text, _range_end(text, number.end)) is None
    return label in SKIP_LABELS and not has_unit and not number.currency


# ---------------------------------------------------------------- ranges


def _range_end(text: str, end: int) -> int:
    """Where the other end of a range that starts at ``end`` stops ("three [or four] years"), else ``end``."""
    other = RANGE_END_RE.match(text[end:])
    return end + other.end() if other else end


def _join_ranges(text: str, numbers: list[Number]) -> list[Number]:
    """Joins "X to Y", "X-Y" and "between X and Y" into one number with an upper bound; drops scores ("5-3")."""
    out: list[Number] = []
    i = 0
    while i < len(numbers):
        first = numbers[i]
        if i + 1 < len(numbers):
            second = numbers[i + 1]
            joined = _range_of(text, first, second)
            if joined == "score":
                i += 2
                continue
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _range_of(text: str, first: Number, second: Number) -> Number | str | None:
    between = text[first.unit_end or first.end : second.prefix_start or second.start]
    head = text[max(0, (first.prefix_start or first.start) - 30) : first.prefix_start or first.start].lower()
    if FROM_TO_GAP_RE.match(between) and re.search(r"\bfrom\s+$", head) and len(between.split()) <= 6:
        between = " to "
    if not RANGE_JOIN_RE.match(between) or first.upper is not None or second.upper is not None:
        return None
    joiner = between.strip().lower()
    if joiner == "or" and not first.value < second.value:
        return None  # "three or four years" is a range; "five or 2" is a choice
    if joiner == "and" and not re.search(r"\bbetween\s+\S*$", head):
        return None
    words = re.findall(r"[\w+]+", head)
    if (
        joiner == "to"
        and (first.unit or first.currency)
        and words
        and (words[-1] in P.UP_WORDS | P.DOWN_WORDS or words[-1] == "by")
    ):
        return None  # "increased by $43.6 billion to $419.2 billion": a change and where it ended
    if first.unit and second.unit and first.unit != second.unit:
        if not first.unit.startswith(f"{second.unit} per ") and not second.unit.startswith(
            f"{first.unit} per "
        ):
            return None
        longer = max(
            first.unit, second.unit, key=len
        )  # "from $75 per barrel to $45.88", "$62 and $68 a share"
        first, second = replace(first, unit=longer), replace(second, unit=longer)
    low, high = first.value, second.value
    if second.scaled and not first.scaled:  # "$89 to $93 billion", unless "$200 to $4 million"
        digits = re.match(r"[\d.,]+", text[second.start : second.end])
        base = float(digits.group(0).replace(",", "")) if digits else 0.0
        scale = high / base if base else 1.0
        if low * scale <= high:
            low *= scale
    if joiner in ("-", "–", "—") and high <= low:
        bare = not (first.unit or second.unit or first.currency or second.currency)
        return "score" if bare and float(low).is_integer() and float(high).is_integer() else None
    if high <= low and not re.search(r"\bfrom\s+\S*$", head):
        return None
    low, high = sorted((low, high))
    return replace(
        second,
        start=first.start,
        prefix_start=first.prefix_start,
        value=low,
        upper=high,
        unit=second.unit or first.unit,
        currency=first.currency or second.currency,
    )


# ---------------------------------------------------------------- units


def _unit_name(written: str) -> str | None:
    """The normalised name of a unit as written, or None when its case says it is something else."""
    if written in P.CASE_UNITS:
        return P.CASE_UNITS[written]
    if written.lower() in P.CASE_FOLDED:
        return None
    return P.UNITS.get(written.lower()) or P.UNITS.get(re.sub(r"[\s-]+", " ", written.lower()))


def _unit_after(text: str, end: int) -> tuple[str, int] | None:
    """The known unit written after the number (from the table), with where it ends."""
    gap = re.match(r"^(?:\s?-\s?|\s+)?", text[end:]).end()
    match = UNIT_RE.match(text[end + gap :])
    if not match:
        return None
    written = match.group(0)
    name = _unit_name(written)
    if name is None or (written.lower() in P.ATTACHED_ONLY and gap) or written == "in.":
        return None
    return name, end + gap + len(written)


def _with_unit(doc: Doc, number: Number) -> Number:
    """Fills the unit: a currency or table unit next to the number, a "per X" rate, else the counted noun."""
    text = doc_text(doc)
    end = number.unit_end or number.end
    if number.unit is None:
        known = _unit_after(text, number.end)
        if known:
            number = replace(number, unit=known[0], unit_end=known[1])
        elif _is_age(doc, number):
            number = replace(number, unit="year of age")
        else:
            counted = _counted_noun(doc, number) or _alternative_noun(doc, number)
            if counted:
                number = replace(number, unit=counted[0], unit_end=counted[1])
        end = number.unit_end or number.end
    elif number.currency:
        suffix = re.match(r"^\s+(?:US|USD|U\.S\.)(?!\w)", text[end:])
        if suffix:
            end += suffix.end()
        word = _unit_after(text, end)
        if word and word[0] in ("dollar", "euro", "pound sterling"):
            end = word[1]  # "$5 dollars"
        number = replace(number, unit_end=end)
    if number.unit is not None:
        rate = PER_RE.match(text[end:])
        if rate and (rate.group(1).split() + [""])[1:2][0].lower() not in P.NOT_RATE_AFTER:
            per = _per_unit(rate.group(1))
            counted = number.unit not in P.UNITS.values() and not number.currency
            if per and counted and "per" not in rate.group(0).lower() and per[0] not in P.DURATION_UNITS:
                per = None  # "tests a day" is a rate; "gave 4 people a ride" is not
            if per:
                number = replace(
                    number, unit=f"{number.unit} per {per[0]}", unit_end=end + rate.start(1) + per[1]
                )
    return number


def _alternative_noun(doc: Doc, number: Number) -> tuple[str, int] | None:
    """ "another pick or two", "a day or two": the noun the number is offered as an alternative count of."""
    before = re.search(r"(\S+)\s+or\s+$", doc_text(doc)[max(0, number.start - 40) : number.start])
    if before is None:
        return None
    token = _token_at(doc, number.start - len(before.group(0)))
    if token is None or token.pos_ != "NOUN":
        return None
    return _noun_phrase(doc[token.i : token.i + 1])[0], number.end


def _is_age(doc: Doc, number: Number) -> bool:
    """A bare whole number that gives someone's age: set off by commas after a person's name ("Maddon, 66,
    has ..."), or said of a person or a life span with "be" (``_is_age_with_be``)."""
    text = doc_text(doc)
    if number.words or not number.value.is_integer() or not 0 < number.value < 125:
        return False
    if COMMA_AFTER_RE.match(text, number.end) and re.search(r",\s*$", text[: number.start]):
        name = _token_at(doc, text.rindex(",", 0, number.start) - 1)
        return name is not None and name.pos_ == "PROPN"
    return _is_age_with_be(doc, number)


def _is_age_with_be(doc: Doc, number: Number) -> bool:
    """ "he will be 35", "life expectancy is 73": a bare number after "be" whose subject is a person or an age."""
    token = _token_at(doc, number.end - 1)
    if number.words or not number.value.is_integer() or not 0 < number.value < 125:
        return False
    if (
        token is None
        or token.dep_ != "attr"
        or token.head.lemma_ != "be"
        or _unit_after(doc_text(doc), number.end)
    ):
        return False
    subject = next((t for t in token.head.children if t.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return (
        subject.lower_ in P.PERSONAL_PRONOUNS
        or subject.ent_type_ == "PERSON"
        or subject.lemma_.lower() in P.AGE_SUBJECTS
    )


def _per_unit(words: str) -> tuple[str, int] | None:
    match = UNIT_RE.match(words)
    name = _unit_name(match.group(0)) if match else None
    if match and name and len(match.group(0)) > 1:
        return name, len(match.group(0))
    first = words.split()[0]
    if first.lower() in ("the", "of", "and", "or", "year-ago"):
        return None
    singular = re.sub(r"(?<!s)s$", "", first.lower())
    return (singular, len(first)) if first.isalpha() else None


def _counted_noun(doc: Doc, number: Number) -> tuple[str, int] | None:
    """What the number counts: the noun it modifies in the parse, with the words between ("Russian citizens").

    A noun that is itself a unit ("517 rushing yards") gives that unit; participles in front ("300 recorded
    songs") describe the things counted rather than name them, and are left out."""
    last = _token_at(doc, number.end - 1)
    if last is None:
        return None
    if doc_text(doc)[number.end : number.end + 4].lower().startswith(" of") and number.words:
        return _of_noun(doc, last)
    head = last.head
    modifies = last.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN")
    between = doc[last.i + 1 : head.i]
    joins = [t for t in between if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    hyphenated = {t.i for t in joins} | {t.i + 1 for t in joins}
    # words between, and hyphens inside a word ("two walk-in clinics"), but no dash between words
    counted = all(t.i in hyphenated or (t.pos_ in COUNTED_POS and t.pos_ != "PUNCT") for t in between)
    if modifies and 0 < head.i - last.i <= 5 and counted:
        first = doc[last.i + 1]
        if first.text == "-" and head.i > first.i:
            first = doc[first.i + 1]
        if first.lower_ in P.NOT_COUNTED or first.pos_ in ("CCONJ", "ADP", "DET", "PART", "PUNCT"):
            return None  # "a three-and-out", "12 - another mom": no noun phrase follows
        if not _names_a_thing(doc[first.i : head.i + 1]):
            return None
        return _noun_phrase(doc[first.i : head.i + 1])
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.tag_ == "NNS" and following.idx <= number.end + 1:
        return following.text, following.idx + len(following)
    return None


def _names_a_thing(words: Span) -> bool:
    """Whether the words between a number and its noun can be part of what it counts: digits only inside a
    name ("two new 737 Max jets"), never as a count or a year of their own ("5 2013 models")."""
    for token in words:
        if any(c.isdigit() for c in token.text):
            after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if after is None or after.i > words.end - 2 or after.pos_ != "PROPN":
                return False
    return True


def _noun_phrase(words: Span) -> tuple[str, int]:
    """A counted noun phrase as its unit: the table unit when the noun is one ("rushing yards", "US pint"),
    else the phrase without leading participles ("recorded songs" -> "songs")."""
    head = words[-1]
    end = head.idx + len(head)
    unit = _unit_name(head.text) if head.text.lower() not in P.ATTACHED_ONLY else None
    compound = any(t.pos_ == "NOUN" and t.dep_ == "compound" for t in words[:-1])
    if unit is not None and head.pos_ == "NOUN" and not compound:  # but "melting point" is no unit
        return unit, end
    start = 0
    while start < len(words) - 1 and words[start].tag_ in ("VBN", "VBG") and words[start].dep_ == "amod":
        start += 1
    return _clean(words[start:].text), end


def _of_noun(doc: Doc, token: Token) -> tuple[str, int] | None:
    """The noun in "dozens of people", "a third of the population": the head of the of-phrase."""
    of = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of":
        return None
    objects = [t for t in of.children if t.dep_ == "pobj"] or [
        t for t in doc[of.i + 1 : of.i + 6] if t.pos_ == "NOUN"
    ][:1]
    if not objects or objects[0].pos_ == "PRON":
        return None  # "four of them": what "them" counts is said elsewhere
    noun = objects[0]
    first = min([t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")] + [noun], key=lambda t: t.i)
    phrase, end = _noun_phrase(doc[first.i : noun.i + 1])
    return P.UNITS.get(phrase.lower(), phrase), end


# ---------------------------------------------------------------- qualifier, span, concept, attribution


def _to_claim(doc: Doc, number: Number) -> Claim:
    text = doc_text(doc)
    start = number.prefix_start if number.prefix_start is not None else number.start
    qualifier, qualifier_start = _bound_before(text, start)
    change, change_start = _change_of(doc, number, qualifier_start)
    if change is not None:
        qualifier = change
        qualifier_start = min(qualifier_start, change_start) if change_start is not None else qualifier_start
    elif number.upper is not None and qualifier == "=":
        qualifier = "range"
    if number.prefix_start is not None and text[number.prefix_start] == "+":
        qualifier = "up"
    end = number.unit_end or number.end
    anchor = _anchor(doc, number)
    verb = _governing_verb(anchor)
    span_start, span_end = qualifier_start, end
    if verb is not None and anchor is not None:
        span_start, span_end = _with_verb(doc, anchor, verb, span_start, span_end)
    return Claim(
        start=span_start,
        end=span_end,
        text=text[span_start:span_end],
        value=number.value,
        upper=number.upper,
        unit=number.unit,
        qualifier=qualifier,
        concept=_concept(doc, anchor, verb),
        attributed_to=_attribution(doc, anchor),
    )


def _bound_before(text: str, start: int) -> tuple[Qualifier, int]:
    """A bound or an approximation written before the number ("at least", "about", "up to"), with its start."""
    offset = max(0, start - 30)
    match = BOUND_RE.search(text[offset:start])
    if match is None:
        return "=", start
    return _BOUNDS[" ".join(match.group(1).lower().split())], offset + match.start(1)  # type: ignore[return-value]


def _change_of(doc: Doc, number: Number, before: int) -> tuple[Qualifier | None, int | None]:
    """ "up"/"down" when the number is an amount of change: "rose 5%", "was down 2%", "a 3% drop"."""
    text = doc_text(doc)
    head = text[max(0, before - 40) : before]
    words = re.findall(r"[\w+]+", head.lower())
    if words and words[-1] == "by":
        words = words[:-1]
        verb = next((w for w in reversed(words[-3:]) if w in P.UP_WORDS | P.DOWN_WORDS), None)
        if verb is not None and verb not in ("up", "down"):
            return ("up" if verb in P.UP_WORDS else "down"), before - len(head) + head.lower().rfind(verb)
    if words and words[-1] == "of" and len(words) > 1 and words[-2] in P.UP_AFTER | P.DOWN_AFTER:
        return ("up" if words[-2] in P.UP_AFTER else "down"), before - len(head) + head.lower().rfind(
            words[-2]
        )
    if words and words[-1] in P.UP_WORDS | P.DOWN_WORDS:
        at = before - len(head) + head.lower().rfind(words[-1])
        word = _token_at(doc, at)
        relative = number.unit in ("percent", "percentage point", "basis point", "point") or number.currency
        if word is not None and word.dep_ == "prt" and not relative:
            return None, None  # "gave up 517 yards": a particle, not a change
        return ("up" if words[-1] in P.UP_WORDS else "down"), at
    tail = re.match(r"^[\s-]*([a-z]+)", text[number.unit_end or number.end :][:20])
    if tail and number.unit is not None:
        word = tail.group(1)
        if word in P.UP_AFTER - {"up"}:
            return "up", None
        if word in P.DOWN_AFTER - {"down"}:
            return "down", None
    return None, None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _anchor(doc: Doc, number: Number) -> Token | None:
    """The token that stands for the whole quantity in the parse: the counted noun, else the number."""
    end = number.unit_end or number.end
    last = _token_at(doc, max(number.start, end - 1))
    token = _token_at(doc, number.end - 1)
    if last is not None and token is not None and last.i > token.i and token.head.i == last.i:
        return last
    return token


def _governing_verb(anchor: Token | None) -> Token | None:
    """The verb the quantity belongs to, climbing through prepositions and modifiers."""
    token = anchor
    for _ in range(6):
        if token is None or token.dep_ == "ROOT" and token.pos_ not in ("VERB", "AUX"):
            return None
        if token.pos_ in ("VERB", "AUX") and token is not anchor:
            return token
        if token.dep_ in ("relcl", "acl", "appos", "conj") and token is not anchor:
            return None
        token = token.head
    return None


def _with_verb(doc: Doc, anchor: Token, verb: Token, start: int, end: int) -> tuple[int, int]:
    """Extends the span to the verb the quantity is the subject or object of ("94,000 people had been killed")."""
    if anchor.head.i != verb.i:
        return start, end
    if verb.pos_ != "VERB":
        return start, end
    if anchor.dep_ in ("nsubj", "nsubjpass") and 0 < verb.i - anchor.i <= 6:
        return start, max(end, verb.idx + len(verb))
    if anchor.dep_ in ("dobj",) and 0 < anchor.i - verb.i <= 6:
        first = min(
            [t for t in verb.lefts if t.dep_ in ("aux", "auxpass", "neg")] + [verb], key=lambda t: t.i
        )
        return min(start, first.idx), end
    return start, end


def _concept(doc: Doc, anchor: Token | None, verb: Token | None) -> str | None:
    """What the number is about: "killed in the Syrian conflict", "the real death toll", "war cost"."""
    if anchor is None:
        return None
    if anchor.dep_ == "pobj" and anchor.head.head.pos_ == "NOUN" and anchor.head.lower_ == "of":
        return _phrase(anchor.head.head)
    if verb is None:
        return None
    if verb.lemma_ in P.SPEECH_VERBS and not (anchor.head.i == verb.i and anchor.dep_ == "dobj"):
        return None  # "nearly six weeks after the leak, the authority said": who says it is no concept
    subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if anchor.head.i == verb.i and anchor.dep_ in ("nsubj", "nsubjpass"):
        if verb.lemma_ == "be":
            return None
        right = [t for t in verb.rights if t.dep_ in ("prep", "agent", "prt", "dobj", "acomp", "advmod")]
        stop = verb.i + 1
        for child in right:
            if child.left_edge.i > stop:
                break
            stop = child.right_edge.i + 1
        return _clean(doc[verb.i : stop].text)
    if verb.lemma_ == "be" or verb.dep_ in ("xcomp",) and verb.head.lemma_ == "be":
        carrier = verb if verb.lemma_ == "be" else verb.head
        subject = subject or _subject_of(carrier)
        return _phrase(subject) if subject is not None and subject.pos_ != "PRON" else None
    if subject is not None:
        subject = _resolve_relative(subject)
        if subject.pos_ != "PRON":
            return _clean(f"{_phrase(subject)} {verb.text}")
    return verb.text


def _subject_of(verb: Token) -> Token | None:
    token = verb
    for _ in range(3):  # "the toll was likely to be as high as": up through "likely" to "was"
        subject = next((t for t in token.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or token.dep_ not in ("xcomp", "acomp", "ccomp"):
            return subject
        token = token.head
    return None


def _resolve_relative(token: Token) -> Token:
    """ "that" / "which" / "who" as a subject stands for the noun its clause describes."""
    if token.tag_ in ("WDT", "WP") or token.lower_ == "that":
        clause = token.head
        if clause.dep_ == "relcl":
            return clause.head
    return token


def _phrase(token: Token) -> str:
    """A noun with its own modifiers, without determiners, clauses or appositions: "real death toll"."""
    keep = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "case", "det")]
    first = min([*keep, token], key=lambda t: t.i)
    return _clean(token.doc[first.i : token.i + 1].text)


def _attribution(doc: Doc, anchor: Token | None) -> str | None:
    """Who the claim is attributed to: the subject of the nearest reporting verb above it, or "according to X".

    The climb skips a verb the claim is the subject of ("a group of 40 households said") or the addressee of
    ("told a crowd of 400"), and a subject that names no source ("neither side could find ...")."""
    if anchor is None:
        return None
    token = anchor
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "appos") and token is not anchor:
            return None
        child, token = token, token.head
        if token.lemma_ not in P.SPEECH_VERBS or token.pos_ != "VERB":
            continue
        if child.dep_ in ("nsubj", "nsubjpass", "agent") or (
            token.lemma_ in P.ADDRESSEE_VERBS and child.dep_ in ("dobj", "dative")
        ):
            continue
        source = _subject_source(token)
        if source is not None:
            return source
    return _according_to(anchor.sent)


def _subject_source(verb: Token) -> str | None:
    """The source a reporting verb names: its subject, or the agent of its passive ("was estimated by X")."""
    subjects = [t for t in verb.children if t.dep_ == "nsubj"]
    if not subjects:
        agent = next((t for t in verb.children if t.dep_ == "agent"), None)
        subjects = [t for t in agent.children if t.dep_ == "pobj"] if agent is not None else []
    names = [name for name in map(_source_name, subjects) if name is not None]
    return names[-1] if names else None


def _according_to(sentence: Span) -> str | None:
    for token in sentence:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "to"
        ):
            objects = [t for t in token.doc[token.i + 1].children if t.dep_ == "pobj"]
            if objects:
                return _source_name(objects[0])
    return None


def _source_name(token: Token) -> str | None:
    """The source's name: its named entity, a proper noun with its modifiers, or a noun phrase whose noun names
    a source ("officials", "a person who has seen the report"); None for pronouns and anything else."""
    doc = token.doc
    if token.ent_type_ in P.ATTRIBUTION_LABELS:
        start, end = token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":  # the entity holding the token, without doc.ents
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return _clean(doc[start:end].text)
    parts = [t for t in token.subtree if not _inside_clause(t, token) and t.dep_ != "det"]
    if (
        token.pos_ == "PROPN"
    ):  # "the pro-opposition Syrian Observatory": the name starts at its first proper noun
        first = min((t.i for t in parts if t.pos_ == "PROPN" and t.i <= token.i), default=token.i)
        return _clean(doc[first : parts[-1].i + 1].text)
    if token.pos_ != "NOUN" or token.lemma_.lower() not in P.SOURCE_NOUNS:
        return None
    end = parts[-1].i + 1
    qualifier = next((t for t in token.rights if t.dep_ in ("relcl", "acl", "prep", "amod")), None)
    if qualifier is not None and end == token.i + 1:  # "a person who has seen the report": who it is
        stop = next(
            (t.i for t in doc[qualifier.i : qualifier.right_edge.i + 1] if t.dep_ in ("punct", "cc")), None
        )
        end = min(stop or qualifier.right_edge.i + 1, token.i + 12)
    return _clean(doc[parts[0].i : end].text)


def _inside_clause(token: Token, root: Token) -> bool:
    """Whether ``token`` hangs off ``root`` through an apposition, clause or punctuation."""
    while token.i != root.i:
        if token.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj") or token.is_space:
            return True
        token = token.head
    return False


def _clean(text: str) -> str:
    """A phrase as plain words: one space between them and no leading article."""
    return re.sub(r"^(?:the|a|an) ", "", " ".join(text.split()), flags=re.I)
