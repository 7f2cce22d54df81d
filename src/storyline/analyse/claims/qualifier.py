"""The qualifier of a claim: a bound or an approximation written before the number ("at least", "about",
"up to"), or a change ("rose 5%", "was down 2%", "a 3% drop"); and a conversion in brackets, which says what
the claim it converts says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...models import Claim, Qualifier
from ..nlp import doc_text
from . import patterns as P
from .number import Number
from .words import token_at

BOUND_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in P.BOUND_PHRASES) + r")\s*$", re.I
)

_BOUNDS = {re.sub(r"\s+", " ", p): q for p, q in P.BOUND_PHRASES}

# Comparisons of size: before "N of M" ("larger than 58 of 61 debates") they compare the subject with N of the
# things, and the count N is exact.
SIZE_COMPARED = frozenset({"larger than", "bigger than", "smaller than"})
OF_NEXT_RE = re.compile(r"\s+of\s", re.I)


# ", or 1.5%": the same change restated in other units ("fell 350 points, or 1.1%", "rose $2.10, or 3
# percent, to $68").
RESTATED_RE = re.compile(r"\s*,\s*or\s+")


_BRACKET_OR_SLASH = re.compile(r"\s*\(\s*|\s*/\s*")
_SLASH = re.compile(r"\s*/\s*")
_WORDS_AND_PLUS = re.compile(r"[\w+]+")
_TAIL_WORD = re.compile(r"^[\s-]*([a-z]+)")


def inherit_qualifier(text: str, claim: Claim, previous: Claim | None) -> Claim:
    """A conversion in brackets ("more than 7.5 million crowns (US $1.1 million)") says what its claim says; a
    change restated after ", or" ("lost 350 points, or 1.1%") is the same change."""
    if previous is None or claim.qualifier != "=" and claim.qualifier != "range":
        return claim
    if (
        claim.qualifier == "="
        and previous.qualifier in ("up", "down")
        and RESTATED_RE.fullmatch(text[previous.end : claim.start])
    ):
        return replace(claim, qualifier=previous.qualifier)
    if not _BRACKET_OR_SLASH.fullmatch(text[previous.end : claim.start]) and not _SLASH.fullmatch(
        text[previous.end : claim.start]
    ):
        return claim
    if previous.qualifier in ("=", "range") or (claim.upper is None) != (previous.upper is None):
        return claim
    return replace(claim, qualifier=previous.qualifier)


# Between a change and the level it reached: "to", "at", "to close at" ("rose 18 cents to $4.50", "lost 2.3% to
# end at 4,215"), perhaps after the comma of a restated change ("fell 350 points, or 1.1%, to 17,200"), after a
# short phrase of when or against what ("rose 14% year on year to", "fell 8% in the quarter to", "gained 0.5%
# against the dollar to"), and before "a record" ("soared 25% to a record 18,000").
LEVEL_AFTER_CHANGE_RE = re.compile(
    r"\s*,?(?:\s+(?:(?:year|month|quarter|week)[\s-]+(?:on|over)[\s-]+(?:year|month|quarter|week)"
    r"|(?:on|in|over|during|for|against|from|versus|vs\.?)(?:\s+(?:[A-Za-z][\w'-]*|\d{4})){1,3}),?)?"
    r"\s+(?:to|at|to\s+(?:close|end|finish|settle)\s+at)\s+(?:(?:a|an)\s+(?:all-time\s+|new\s+)?record\s+)?",
    re.I,
)


def level_reached(doc: Doc, claim: Claim, claims: list[Claim]) -> Claim:
    """The level a verb of change reached after its amount says the same change: "rose 18 cents to $4.50" and
    "cut 2 points to 31%" are levels reached by a rise and a cut, and so is "closed down 3% at 450p". Only a verb
    makes the level part of the move:
    "up 9% to $84" and "ended 3% higher at 450p" give a change and, apart, a price."""
    if claim.qualifier != "=" or not claims:
        return claim
    text = doc_text(doc)
    move = claims[-1]
    if not _level_follows(text, move, claim) or move.qualifier not in ("up", "down"):
        return claim
    if len(claims) > 1 and RESTATED_RE.fullmatch(text[claims[-2].end : move.start]):
        move = claims[-2]  # "fell 350 points, or 1.1%, to 17,200": the verb is before the first amount
    word = token_at(doc, move.start)
    changes = P.UP_WORDS if move.qualifier == "up" else P.DOWN_WORDS | P.RATIO_DOWN_WORDS
    if word is not None and word.lower_ not in changes and word.i + 1 < len(doc):
        word = doc[word.i + 1]  # "ticked up 0.1 point to 3.7%": the span starts at the verb before "up"
    if word is None or word.lower_ not in changes:
        return claim
    verb = word.head if word.lower_ in ("up", "down") else word  # "closed down 3% at 450p"
    if verb.pos_ != "VERB" or verb.i not in (word.i, word.i - 1):
        return claim
    return replace(claim, qualifier=move.qualifier)


# What a span of play or time is counted in: "over seven innings", "over three seasons", "over 10 years".
SPAN_UNITS = P.DURATION_UNITS | frozenset(
    """
    innings seasons games matches rounds laps holes starts appearances outings sessions quarters halves
    weekends nights races stages tournaments campaigns terms
    """.split()
)
OVER_RE = re.compile(r"over\s", re.I)
# What the count before "over" is of, in a word or two: "10 inches of rain over two days", "1 billion euros in aid
# over five years".
WHAT_OF_RE = re.compile(r"\s+(?:of|in)(?:\s+[a-z][\w-]*){1,2}\s+")


def over_a_span(text: str, claim: Claim, claims: list[Claim]) -> Claim:
    """ "struck out 11 batters over seven innings", "30 goals over three seasons", "10 inches of rain over two
    days": "over" right after another quantity (and what it is of), before a span of play or time, says across what
    the count was made, not that it was more; after people it is their age ("40 patients over 80 years"), unless
    the count is a change ("cut 30% of its workers over 20 years", "lost 4,000 members over 30 years")."""
    if claim.qualifier != ">=" or not claims or not OVER_RE.match(claim.text):
        return claim
    between = text[claims[-1].end : claim.start]
    what_of = WHAT_OF_RE.fullmatch(between)
    if (between.strip() and what_of is None) or claim.unit is None:
        return claim
    if claim.unit.split()[-1].lower() not in SPAN_UNITS:
        return claim
    aged = what_of is not None and OLD_AFTER_RE.match(text, claim.end) is not None
    if aged or OVERDUE_AFTER_RE.match(text, claim.end):
        return (
            claim  # "5,000 tonnes of cheese over 12 months old", "$2 billion of loans over 90 days overdue"
        )
    counted = claims[-1].unit if what_of is None else what_of.group(0).split()[-1]
    changed = claims[-1].qualifier in (
        "up",
        "down",
    )  # "cut 30% of its workers over 20 years": the change's span
    if not changed and _an_age(text, claim, counted):
        return claim  # "40 patients over 80 years", "40% of workers over 50 years": older than
    return replace(claim, qualifier="=")


# What follows a span that makes it an age: "over six months old", "over 5 years of age", "over 60 years aged".
OLD_AFTER_RE = re.compile(r"\s*(?:old\b|aged\b|of\s+age\b)", re.I)
# What follows a span that makes it a delay: "over 90 days overdue", "over 90 days past due", "over 30 days late."
OVERDUE_AFTER_RE = re.compile(r"\s*(?:overdue\b|past\s+due\b|late(?=\s*(?:[.,;:)]|$)))", re.I)
# Nouns of the young, whose age may be counted in months or weeks ("babies over six months old").
YOUNG_NOUNS = frozenset("child children infant infants baby babies newborn newborns toddler toddlers".split())
# Nouns of grown people, all past 18: a bare "over 20 years" after them is a span ("followed 5,000 adults over 20
# years"); an age of theirs is older ("adults over 65 years").
ADULT_NOUNS = frozenset("adult adults grown-ups".split())
ADULT_AGE = 16
OLDER_ADULT_AGE = 40
OLDEST_AGE = 120


def _an_age(text: str, claim: Claim, counted: str | None) -> bool:
    """Whether "over" a span right after a count of people (`counted` names them: the count's unit, or the noun
    it is of, "40% of workers") says their age: in years, of a plausible adult age ("40 patients over 80
    years"), or with "old" or "of age" after it; in months or weeks only of the young and with "old" after it
    ("babies over six months old"); never in days ("killed 300 people over 10 days"), nor of a young age in bare
    years ("hired 200 workers over three years")."""
    if not P.counts_people(counted):
        return False
    span = (claim.unit or "").split()[-1].lower()
    old = OLD_AFTER_RE.match(text, claim.end) is not None
    noun = (counted or "").split()[-1].lower()
    if span in ("month", "months", "week", "weeks"):
        return old and noun in YOUNG_NOUNS
    if span not in ("year", "years"):
        return False
    least = OLDER_ADULT_AGE if noun in ADULT_NOUNS else ADULT_AGE
    return old or least <= claim.value <= OLDEST_AGE


def _level_follows(text: str, move: Claim, claim: Claim) -> bool:
    """Whether the claim's number comes right after the move and a "to" or "at" that joins them; the claim's span
    may reach back over the move to the verb whose object the parse makes it ("added $12 to $1,950")."""
    if claim.start >= move.end:
        return LEVEL_AFTER_CHANGE_RE.fullmatch(text[move.end : claim.start]) is not None
    joined = LEVEL_AFTER_CHANGE_RE.match(text, move.end)
    return claim.start <= move.start and joined is not None and joined.end() < claim.end


def bound_before(text: str, start: int, end: int | None = None) -> tuple[Qualifier, int]:
    """A bound or an approximation written before the number ("at least", "about", "up to"), with its start; a
    comparison of size before "N of M" is none ("larger than 58 of 61 debates") when the number's `end` is given."""
    offset = max(0, start - 30)
    match = BOUND_RE.search(text[offset:start])
    if match is None:
        return "=", start
    phrase = " ".join(match.group(1).lower().split())
    if end is not None and phrase in SIZE_COMPARED and OF_NEXT_RE.match(text, end):
        return "=", start
    return _BOUNDS[phrase], offset + match.start(1)  # type: ignore[return-value]


def bound_after(text: str, number: Number) -> Qualifier:
    """A bound or an approximation written right after the number or its unit ("10 or more people", "$10
    billion or more", "40 minutes or so", "300-plus games", "40-odd lawmakers"), else "="."""
    for end in dict.fromkeys((number.end, number.unit_end or number.end)):
        match = P.BOUND_AFTER_RE.match(text, end)
        if match is not None and match.lastgroup is not None:
            return P.BOUND_AFTER[match.lastgroup]  # type: ignore[return-value]
    return "="


def change_of(doc: Doc, number: Number, before: int) -> tuple[Qualifier | None, int | None]:
    """ "up"/"down" when the number is an amount of change: "rose 5%", "was down 2%", "a 3% drop"."""
    text = doc_text(doc)
    factor = FACTOR_RE.search(text, max(0, before - 20), before)
    if factor is not None:
        before = factor.start() + 2  # "increased by a factor of 3" changes as "increased by 3" does
    head = text[max(0, before - 40) : before]
    words = _WORDS_AND_PLUS.findall(head.lower())
    falls = P.DOWN_WORDS | (P.RATIO_DOWN_WORDS if _relative(number) else frozenset())
    if words and words[-1] == "by":
        words = words[:-1]
        verb = next((w for w in reversed(words[-3:]) if w in P.UP_WORDS | falls), None)
        if verb is not None and verb not in ("up", "down"):
            return ("up" if verb in P.UP_WORDS else "down"), before - len(head) + head.lower().rfind(verb)
        if words and words[-1] in COMPARED_BY and _compared_as_change(doc, number, words[-1]):
            return COMPARED_BY[words[-1]], before - len(head) + head.lower().rfind(words[-1])
        by = token_at(doc, before - len(head) + head.lower().rfind("by"))
        changed = _verb_changed_by(by, _relative(number))
        if changed is not None:
            return changed
    nouns = (
        P.UP_AFTER
        | P.DOWN_AFTER
        | (set(P.PLURAL_CHANGES) if _relative(number) and not number.currency else set())
    )
    if words and words[-1] == "of" and len(words) > 1 and words[-2] in nouns:
        up = words[-2] in P.UP_AFTER or P.PLURAL_CHANGES.get(words[-2]) == "up"
        return ("up" if up else "down"), before - len(head) + head.lower().rfind(words[-2])
    market = _market_phrase(text, number, words)
    if market is not None:
        return market, None
    if words and words[-1] in P.UP_WORDS | falls:
        at = before - len(head) + head.lower().rfind(words[-1])
        word = token_at(doc, at)
        if word is not None and word.dep_ == "prt" and not _relative(number):
            return None, None  # "gave up 517 yards": a particle, not a change
        if words[-1] in falls and FALLEN_AFTER_RE.match(text, number.unit_end or number.end):
            return None, None  # "dropped 4 inches of rain": what fell from the sky, not a fall
        return ("up" if words[-1] in P.UP_WORDS else "down"), at
    object_changed = _object_changed_by(doc, number)
    if object_changed is not None:
        return object_changed
    tail = _TAIL_WORD.match(text[number.unit_end or number.end :][:20])
    if tail and number.unit is not None:
        word = tail.group(1)
        # "5% down on last year", "3 points up": of a measure of change only, and not "10% up front", "a $500
        # down payment"
        relative = _relative(number) and not NOT_A_MOVE_RE.match(
            text, (number.unit_end or number.end) + tail.end()
        )
        if word in P.UP_AFTER - {"up"} or word == "up" and relative:
            return "up", None
        if word in P.DOWN_AFTER - {"down"} or word == "down" and relative:
            return "down", None
        if word in STRENGTH and _compared_as_change(doc, number, word):
            return STRENGTH[word], None  # "the pound was 1.5% weaker", not "20% stronger than steel"
        noun = _change_noun_after(doc, number.unit_end or number.end)
        if noun is not None:
            return noun, None
    return None, None


# Comparatives that say a change when "by" follows them: "higher by 12%", "lower by 3 points".
COMPARED_BY = {"higher": "up", "lower": "down", "stronger": "up", "weaker": "down"}
# Comparatives of strength, a change only of a currency, a market or a price ("the yen was 1.5% weaker").
STRENGTH = {"stronger": "up", "firmer": "up", "weaker": "down", "softer": "down"}
THAN_AFTER_RE = re.compile(r"[^.;]{0,40}?\bthan\b", re.I)
# A time after "than", which makes the comparison one with before, a change: "2% firmer than a week ago", "than a
# year earlier", "than a year before", "than last month", "than at the start of the year".
TIME_AFTER_THAN_RE = re.compile(
    r"\s+(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|several|a\s+few)\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?|sessions?)\s+(?:ago|earlier|before)"
    r"|earlier|before|yesterday|last\s+(?:night|week|month|quarter|year|session|[a-z]+day)"
    r"|at\s+the\s+(?:start|beginning|end)\s+of)\b",
    re.I,
)
MARKET_RE = re.compile(
    r"\b(?:dollars?|euros?|yen|pounds?|sterling|yuan|renminbi|rupees?|rupiah|francs?|pesos?|lira|ruble|rouble|"
    r"currenc(?:y|ies)|exchange|shares?|stocks?|equities|index|indices|markets?|bonds?|yields?|futures|prices?|"
    r"gold|silver|oil|crude|copper|commodit(?:y|ies))\b",
    re.I,
)
# The won is a currency only as one: after an amount or "Korean" ("the Korean won", "1,300 won"), not the verb.
WON_RE = re.compile(r"(?:\d|\b(?:Korean|South\s+Korean|million|billion|trillion))\s*won\b", re.I)
# How far from a comparative of strength a word of a market may stand ("the pound was 1.5% weaker", "1.5% weaker
# against the euro").
MARKET_REACH = 5
CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "—", "–", "--"})


def _compared_as_change(doc: Doc, number: Number, word: str) -> bool:
    """Whether a comparative by an amount says a change, not a plain comparison: no "than" after it ("20%
    stronger than steel", "higher by 12 metres than the old one") but one with a time ("2% firmer than a week
    ago"), and strength only of a currency, a market or a price, named by its subject or near it."""
    text = doc_text(doc)
    than = THAN_AFTER_RE.match(text, number.unit_end or number.end)
    if than is not None and not TIME_AFTER_THAN_RE.match(text, than.end()):
        return False
    if word not in STRENGTH:
        return True
    return bool(number.currency) or _of_a_market(doc, number, word)


def _of_a_market(doc: Doc, number: Number, word: str) -> bool:
    """Whether the comparative of strength near the number speaks of a currency, a market or a price: a word of
    one within a few tokens of it or as its subject ("the pound was 1.5% weaker"), not anywhere in the sentence
    ("the squad that won the title is 10% stronger")."""
    token = token_at(doc, number.start)
    if token is None:
        return False
    sentence = token.sent
    compared = min((t for t in sentence if t.lower_ == word), key=lambda t: abs(t.i - token.i), default=token)
    first, last = compared.i, compared.i
    while first > max(sentence.start, compared.i - MARKET_REACH) and doc[first - 1].text not in CLAUSE_MARKS:
        first -= 1
    while (
        last + 1 < min(sentence.end, compared.i + MARKET_REACH + 1) and doc[last + 1].text not in CLAUSE_MARKS
    ):
        last += 1  # within its clause: not "10% stronger, while prices rose"
    words = [doc[first : last + 1].text]
    head = compared.head if compared.dep_ in ("acomp", "advmod", "oprd", "xcomp") else compared
    for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        words.append(doc[subject.left_edge.i : subject.i + 1].text)  # not its relative clause
    return any(MARKET_RE.search(w) or WON_RE.search(w) for w in words)


# What a storm drops: "4 inches of rain", "30cm of fresh snow".
FALLEN_AFTER_RE = re.compile(r"\s+of\s+(?:[a-z]+\s+)?(?:rain|rainfall|snow|snowfall|hail|sleet|ash)\b", re.I)
OFF_AFTER_RE = re.compile(r"\s+off\b", re.I)
NOT_A_MOVE_RE = re.compile(r"[\s-]*(?:front|payments?)\b", re.I)
FACTOR_RE = re.compile(r"\bby\s+a\s+factor\s+of\s+$", re.I)


def _market_phrase(text: str, number: Number, words: list[str]) -> Qualifier | None:
    """Phrases of markets around a percentage, points or money: "recovered 2%", "bounced back 6%" (of a
    percentage or points only), "gave up 3%", "gave back 1.2%", "wiped 8% off the index"."""
    if not _relative(number) or not words:
        return None
    verb = words[-2] if words[-1] in ("back", "up") and len(words) > 1 else words[-1]
    ratio = not number.currency and (number.unit or "").partition(" per ")[0] not in ("cent", "penny")
    if ratio and verb in P.RATIO_UP_WORDS and words[-1] != "up":
        return "up"
    if verb in P.GIVE_BACK_WORDS and words[-1] in ("back", "up"):
        return "down"
    if words[-1] in P.OFF_VERBS and OFF_AFTER_RE.match(text, number.unit_end or number.end):
        return "down"
    return None


def _relative(number: Number) -> bool:
    """Whether the number is written in a unit that says by how much something changed: percent, points, money
    (cents and pence included, which the unit table names rather than the currency marks)."""
    base = (number.unit or "").partition(" per ")[0]  # "50 cents an hour" changes by cents
    return base in ("percent", "percentage point", "basis point", "point", "cent", "penny") or number.currency


def _verb_changed_by(by: Token | None, relative: bool) -> tuple[Qualifier, int] | None:
    """ "raised its key rate by 25 basis points", "cut the cap on fees by 15%": a verb of change or of raising
    and lowering whose object stands between it and "by" (the parse, not the words before, says which verb
    "by" belongs to); in the passive ("the rate was raised by 0.5%") only by a percentage, points or money,
    since "by" may name who did it ("raised by 300 donors")."""
    if by is None or by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
        return None
    verb = by.head
    has_object = any(c.dep_ in ("dobj", "obj") for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.pos_ != "VERB" or not (has_object or passive and relative):
        return None
    return _verb_direction(verb)


def _verb_direction(verb: Token) -> tuple[Qualifier, int] | None:
    """The direction a verb of change gives ("raised" up, "cut" down) with where the verb stands; None for any
    other verb, and for the particles "up" and "down" themselves."""
    word = verb.lower_
    if word in P.UP_WORDS | P.RAISE_WORDS and word not in ("up", "down"):
        return "up", verb.idx
    if word in P.DOWN_WORDS and word not in ("up", "down"):
        return "down", verb.idx
    return None


def _object_changed_by(doc: Doc, number: Number) -> tuple[Qualifier, int] | None:
    """ "raised its dividend 10%", "lifted prices 4%", "cut fees 50 cents": a verb of change whose object stands
    between it and an amount of percent, points or money, which the parse hangs from the verb as how much."""
    if not _relative(number):
        return None
    ends = (token_at(doc, number.end - 1), token_at(doc, (number.unit_end or number.end) - 1))
    amount = next((t for t in ends if t is not None and t.dep_ == "npadvmod" and t.head.pos_ == "VERB"), None)
    if amount is None:
        return None
    verb = amount.head
    if not any(c.dep_ == "dobj" and verb.i < c.i < amount.i for c in verb.children):
        return None
    return _verb_direction(verb)


def _change_noun_after(doc: Doc, end: int) -> Qualifier | None:
    """ "a 5% annual increase", "a 3.2% quarterly decline", "a 4% year-on-year rise": a noun of change after the
    quantity, past the adjectives that say over what time or how it changed (not "higher", "up": adverbs). A
    noun between names a thing of that size ("a 5% pay rise" is a rise of pay to give), and is left as it is."""
    last = token_at(doc, end - 1)
    if last is None or last.i + 1 >= len(doc):
        return None
    first = doc[last.i + 1]
    for token in doc[first.i : first.i + 6]:
        word = token.lower_
        if token.pos_ == "NOUN" and word in P.UP_AFTER - {"higher", "up"}:
            return "up" if token.i > first.i else None
        if token.pos_ == "NOUN" and word in P.DOWN_AFTER - {"lower", "down"}:
            return "down" if token.i > first.i else None
        glued_before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        glued_after = not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
        if token.pos_ != "ADJ" and token.text != "-" and not glued_before and not glued_after:
            return None  # adjectives and hyphenated words ("year-on-year"); "a 5% pay rise" is what a pay is
    return None
