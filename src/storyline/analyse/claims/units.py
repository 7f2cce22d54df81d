"""The unit of a number: a known unit or currency next to it ("10kW", "$5 dollars"), then a rate ("tests per
day"); else an age ("Maddon, 66,"); else the noun the number counts in the parse, which is a unit when that
noun is one ("212 passing yards" -> yard) and otherwise the noun phrase ("120 scheduled flights" -> flights).

Table units take the normalised names of ``patterns`` (quantulum3's), so that the same measure compares
equal across articles.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text
from . import patterns as P
from .number import Number
from .words import clean, lowered, token_at, written_before

COUNTED_POS = frozenset({"ADJ", "NOUN", "PROPN", "PUNCT", "VERB"})

_UNIT_KEYS = sorted(set(P.UNITS) | P.CASE_FOLDED, key=len, reverse=True)

UNIT_RE = re.compile(  # a space in a unit's name may be written as a hyphen: "800-square-metre"
    r"^(?:" + "|".join(re.escape(k).replace(r"\ ", r"[\s-]") for k in _UNIT_KEYS) + r")(?![\w°])", re.I
)

PER_RE = re.compile(r"^\s*(?:per\b|an?\b|/|-an?-|-per-)\s*([A-Za-z]+(?:\s+[a-z]+)?)", re.I)

COMMA_AFTER_RE = re.compile(r"\s*,")
SET_OFF_BEFORE_RE = re.compile(r",\s*(?:(?:now|both|then)\s+)?$", re.I)
# An age in brackets right after a name, as Irish and British papers write it: "John Smith (52)".
BRACKET_BEFORE_RE = re.compile(r"\w\s\(\s?$")
BRACKET_AFTER_RE = re.compile(r"\s?\)")


def unit_name(written: str) -> str | None:
    """The normalised name of a unit as written, or None when its case says it is something else."""
    if written in P.CASE_UNITS:
        return P.CASE_UNITS[written]
    if written.lower() in P.CASE_FOLDED:
        return None
    return P.UNITS.get(written.lower()) or P.UNITS.get(re.sub(r"[\s-]+", " ", written.lower()))


_GAP = re.compile(r"^(?:\s?-\s?|\s+)?")  # between a number and its unit


def unit_after(text: str, end: int) -> tuple[str, int] | None:
    """The known unit written after the number (from the table, or a quotient of symbols), with where it
    ends."""
    gap = _GAP.match(text[end:]).end()
    quotient = _quotient(text[end + gap :])
    if quotient is not None:
        return quotient[0], end + gap + quotient[1]
    match = UNIT_RE.match(text[end + gap :])
    if not match:
        return None
    written = match.group(0)
    name = unit_name(written)
    if name is None or (written.lower() in P.ATTACHED_ONLY and gap) or written == "in.":
        return None
    if len(written) >= 2 and written.isupper() and re.match(r"-\d", text[end + gap + len(written) :]):
        return None  # capitals hyphened to digits are a model's code ("40 million PS-2 consoles")
    if written in MASS_ABBREVIATIONS and MOUNTAIN_NAME_RE.match(text, end + gap + len(written)):
        return None  # "4 Mt Hood ski runs", "5 Mt Everest expeditions": a mountain's name, no megatonnes
    return name, end + gap + len(written)


# "Gt" and "Mt" are gigatonnes and megatonnes ("36 Gt of CO2", "fell by 2 Mt to 40 Mt last year", "37 Gt in 2022")
# except before a capitalised name, where they are a mountain ("4 Mt Hood ski runs", "5 Mt Everest expeditions").
MASS_ABBREVIATIONS = frozenset({"Gt", "Mt"})
MOUNTAIN_NAME_RE = re.compile(r"\.?\s+[A-Z][a-z]")


QUOTIENT_RE = re.compile(r"^([µμA-Za-z]{1,3})/([µμA-Za-z]{1,3})([23²³])?(?![\w/])")
POWERS = {"2": "square", "²": "square", "3": "cubic", "³": "cubic"}


def _quotient(text: str) -> tuple[str, int] | None:
    """A unit written as a quotient of symbols, the divisor perhaps squared or cubed ("m/s", "W/m2", "mg/L",
    "g/cm³"): read when both symbols are units, with where it ends."""
    match = QUOTIENT_RE.match(text)
    if match is None:
        return None
    top, bottom = (_symbol_name(match.group(k)) for k in (1, 2))
    if top is None or bottom is None:
        return None
    power = POWERS.get(match.group(3) or "", "")
    return f"{top} per {power + ' ' if power else ''}{bottom}", match.end()


def _symbol_name(symbol: str) -> str | None:
    """The unit a symbol stands for inside a quotient, where a bare base ("A", "J", "h", "s") is unambiguous."""
    return P.SYMBOLS_IN_QUOTIENTS.get(symbol) or unit_name(symbol)


# A height in feet before a bare number of inches: "5-foot-10", "6-foot-4 quarterback", "he is 6 foot 2", "the 6
# foot 2 striker". Spaced, only when no plural noun follows the number ("dug 30 feet 3 storeys down" counts storeys).
FEET_BEFORE_RE = re.compile(r"\b\d{1,2}(?:-foot-|-feet-|\s(?:foot|feet)\s)$", re.I)
HYPHENED_FEET_BEFORE_RE = re.compile(r"\b\d{1,2}-(?:foot|feet)-$", re.I)
INCHES_A_FOOT = 12


def _inches_of_a_height(doc: Doc, number: Number) -> bool:
    """Whether a bare number below 12 is a height's inches after its feet: "5-foot-10" (whatever follows, "the
    6-foot-4 quarterback"), or "6 foot 2" with no plural noun after it ("the 6 foot 2 striker"; not "fell 40 feet 2
    ledges down")."""
    text = doc_text(doc)
    if number.value >= INCHES_A_FOOT or not written_before(FEET_BEFORE_RE, text, number.start):
        return False
    if written_before(HYPHENED_FEET_BEFORE_RE, text, number.start):
        return True
    last = token_at(doc, number.end - 1)
    following = doc[last.i + 1] if last is not None and last.i + 1 < len(doc) else None
    return following is None or following.tag_ not in ("NNS", "NNPS")


def with_unit(doc: Doc, number: Number) -> Number:
    """Fills the unit: a currency or table unit next to the number, a "per X" rate, else the counted noun."""
    text = doc_text(doc)
    end = number.unit_end or number.end
    if number.unit is None:
        known = unit_after(text, number.end) or _won_after(doc, number)
        if known and known[0] == "pound-mass" and number.scaled and not _weighed(text, number, known[1]):
            known = ("pound sterling", known[1])  # "40 million pounds", but "2 million pounds of beef"
        if known:
            number = replace(number, unit=known[0], unit_end=known[1])
        elif _by_a_factor(text, number.start):
            number = replace(number, unit="count")  # "by a factor of 3": how many times
        elif _inches_of_a_height(doc, number):
            number = replace(number, unit="inch")  # "5-foot-10", "6 foot 2": a height's inches after its feet
        elif stated_age := age_stated_before(text, number):
            number = replace(number, unit=stated_age)
        elif is_age(doc, number):
            number = replace(number, unit="year of age")
        else:
            counted = counted_noun(doc, number) or _alternative_noun(doc, number)
            if counted:
                number = replace(number, unit=counted[0], unit_end=counted[1])
        end = number.unit_end or number.end
    elif number.currency:
        suffix = re.match(r"^\s+(?:US|USD|U\.S\.)(?!\w)", text[end:])
        if suffix:
            end += suffix.end()
        word = unit_after(text, end)
        if word and word[0] in ("dollar", "euro", "pound sterling"):
            end = word[1]  # "$5 dollars"
        number = replace(number, unit_end=end)
    if number.unit is not None:
        rate = PER_RE.match(text[end:])
        time_end = end + rate.start(1) + len(rate.group(1).split()[0]) if rate else 0
        if rate and not NOT_A_RATE_AFTER_RE.match(text, time_end):
            per = _per_unit(rate.group(1))
            if per and per[0] == "pound-mass" and number.currency and _of_sterling(doc, number):
                per = ("pound sterling", per[1])  # "sterling traded at $1.25 a pound": an exchange rate
            counted = number.unit not in P.UNITS.values() and not number.currency
            written_per = "per" in rate.group(0).lower()
            if per and counted and not written_per and per[0] not in P.DURATION_UNITS | P.PLAY_UNITS:
                per = None  # "tests a day", "goals a game" are rates; "gave 4 people a ride" is not
            play = per and counted and not written_per and per[0] in P.PLAY_UNITS - P.DURATION_UNITS
            if play and not _over_play(doc, number, end + rate.start(1)):
                per = None  # "gave 4 fans a game ball", "gave 200 passengers a round of drinks"
            if per:
                number = replace(
                    number, unit=f"{number.unit} per {per[0]}", unit_end=end + rate.start(1) + per[1]
                )
        elif " per " not in number.unit and (number.unit in P.UNITS.values() or not number.currency):
            number = _rate_past_what(text, number, end)
    return number


# Words of sterling and of trading currencies; not a bare "exchange", which may be where copper trades ("on the
# Comex exchange rose to $4.50 a pound").
STERLING_RE = re.compile(
    r"\b(?:sterling|exchange\s+rates?|foreign\s+exchange|currency|currencies|forex)\b", re.I
)


def _of_sterling(doc: Doc, number: Number) -> bool:
    """Whether "a pound" after an amount of money is the British pound: its sentence speaks of sterling or of
    trading currencies ("the exchange rate fell to $1.25 a pound")."""
    token = token_at(doc, number.start)
    sentence = token.sent.text if token is not None else doc_text(doc)
    return STERLING_RE.search(sentence) is not None


GIVE_VERBS = frozenset({"give", "hand", "offer", "award", "grant", "send", "buy", "sell", "promise", "owe"})


def _over_play(doc: Doc, number: Number, at: int) -> bool:
    """Whether "a game", "a season", "a round" after a count is what the count is averaged over ("2.1 goals a
    game"): not when the word modifies a noun after it or has "of" after it ("a game ball", "a round of drinks"),
    nor when the count is what is given something ("gave 4 fans a game")."""
    play = token_at(doc, at)
    if play is None or play.dep_ in ("compound", "amod", "nmod"):
        return False
    after = doc[play.i + 1] if play.i + 1 < len(doc) else None
    if after is not None and (after.lower_ == "of" or after.pos_ in ("NOUN", "PROPN") or after.text == "-"):
        return False
    counted = token_at(doc, (number.unit_end or number.end) - 1)
    if counted is None or counted.dep_ == "dative":
        return counted is None
    return not (counted.dep_ in ("dobj", "iobj") and counted.head.lemma_.lower() in GIVE_VERBS)


# After a rate's time, what makes it say when, how far apart or by how much, not how often: "a week later", "two
# doses a month apart", "3 laps a minute faster", "a week into the siege" (into an event, not where a flow goes:
# "barrels of crude a day into the market"); not "a day rather than", "a year ahead of schedule", "a week away
# from the city", which keep the rate. Both rate paths read it.
EVENTS_INTO = (
    r"siege|strike|war|talks|negotiations|trial|season|term|crisis|campaign|match|game|tournament|race|journey"
    r"|voyage|trip|mission|stand-?off|occupation|outbreak|pandemic|lockdown|shutdown|protests?|ceasefire|truce"
    r"|search|inquiry|investigation|offensive|invasion|conflict|fighting|blockade|year|month|week"
)
NOT_A_RATE_AFTER_RE = re.compile(
    r"\s+(?:ago|after|before|later|earlier|apart|old|long|late|early|behind|older|younger|longer|shorter|faster"
    r"|quicker|slower|sooner"
    rf"|into\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+)?(?:{EVENTS_INTO}))\b",
    re.I,
)
# "of beer a year", "of crude per day": what a measure measures, then the time it is measured over (not a time
# that says when: "on", "since", "from", or any of NOT_A_RATE_AFTER_RE).
OF_THING_THEN_RATE_RE = re.compile(
    r"\s+of\s+(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*\s*(?:per|an?)\s+([a-z]+)\b(?!\s+(?:on|since|from)\b)",
    re.I,
)
# Times of a rate that the unit table does not name: "7 hours of sleep a night".
NIGHTS = {"night": "night", "nights": "night"}


def _rate_past_what(text: str, number: Number, end: int) -> Number:
    """ "2 million hectolitres of beer a year", "300,000 barrels of crude per day", "3 cups of coffee a day",
    "7 hours of sleep a night": a measure or a count of a thing over a time is a rate of it ("hectolitre per
    year", "cup per day"); only a time is looked for past the thing, since "per" there may be the thing's own ("5
    tonnes of fish per boat")."""
    match = OF_THING_THEN_RATE_RE.match(text, end)
    if match is not None and NOT_A_RATE_AFTER_RE.match(text, match.end()):
        match = None
    word = match.group(1).lower() if match is not None else ""
    if match is None or (word not in P.DURATION_UNITS and word not in NIGHTS):
        return number
    per = NIGHTS[word] if word in NIGHTS else P.UNITS[word]
    return replace(number, unit=f"{number.unit} per {per}", unit_end=match.end())


OF_AFTER_RE = re.compile(r"\s+of\b", re.I)
FACTOR_BEFORE_RE = re.compile(r"\ba\s+factor\s+of\s+$", re.I)


def _by_a_factor(text: str, start: int) -> bool:
    """Whether "a factor of" is written right before ``start`` ("by a factor of 3"). The pattern is searched from
    the text's beginning, so only where the words before end with "of" and blanks, in a text holding "factor"."""
    before = text[:start].rstrip()
    return (
        len(before) < start
        and before[-2:].lower() == "of"
        and "factor" in lowered(text)
        and FACTOR_BEFORE_RE.search(text, 0, start) is not None
    )


WON_AFTER_RE = re.compile(r"\s+won\b", re.I)


WEIGHT_WORDS_RE = re.compile(
    r"\b(?:weigh\w*|lift\w*|carr(?:y|ies|ied|ying)|haul\w*|load\w*|payload|capacity|thrust|cargo|freight)\b",
    re.I,
)
RATE_AFTER_RE = re.compile(r"\s+(?:a|per|each)\s+(?:day|week|month|year|hour)\b", re.I)


def _weighed(text: str, number: Number, unit_end: int) -> bool:
    """Whether scaled "pounds" weigh something: "of" after them ("2 million pounds of beef"), a rate ("4 million
    pounds a day") or a word of weight or carrying in the sentence ("the bridge weighs 2 million pounds")."""
    start = max(text.rfind(".", 0, number.start), text.rfind("\n", 0, number.start)) + 1
    end = min(
        (i for i in (text.find(". ", unit_end), text.find("\n", unit_end)) if i >= 0), default=len(text)
    )
    return bool(
        OF_AFTER_RE.match(text, unit_end)
        or RATE_AFTER_RE.match(text, unit_end)
        or WEIGHT_WORDS_RE.search(text, start, end)
    )


def _won_after(doc: Doc, number: Number) -> tuple[str, int] | None:
    """ "2.1 trillion won", "15,000 won": Korea's currency after a scaled or a four-digit amount, when "won" is
    no verb of its own clause ("3 million won a prize")."""
    match = WON_AFTER_RE.match(doc_text(doc), number.end)
    if match is None or not (number.scaled or number.value >= 1000) or number.currency:
        return None
    token = token_at(doc, match.end() - 1)
    if token is None or token.dep_ == "amod" or any(c.dep_ in ("dobj", "obj") for c in token.children):
        return None  # "only 1,200 won medals": the verb
    if token.dep_ in ("ROOT", "conj", "relcl", "advcl", "ccomp", "xcomp", "acl"):
        return None
    return "south korean won", match.end()


def _alternative_noun(doc: Doc, number: Number) -> tuple[str, int] | None:
    """ "another pick or two", "a day or two": the noun the number is offered as an alternative count of."""
    before = re.search(r"(\w[\w-]*)\s+or\s+$", doc_text(doc)[max(0, number.start - 40) : number.start])
    if before is None:
        return None
    token = token_at(doc, number.start - len(before.group(0)))
    if token is None or token.pos_ != "NOUN":
        return None
    return _noun_phrase(doc[token.i : token.i + 1])[0], number.end


def is_age(doc: Doc, number: Number) -> bool:
    """A bare whole number that gives someone's age: set off by commas after a person's name or a noun for a
    person ("Maddon, 66, has ...", "the driver, 41, was ..."), or said of a person or a life span with "be"
    (``is_age_with_be``)."""
    head = _set_off_after(doc, number)
    if head is not None:
        return head.pos_ == "PROPN" or _names_a_person(head)
    return is_age_with_be(doc, number)


def _names_a_person(token: Token) -> bool:
    """Whether a noun names a person by what they are or do ("the driver", "the defender", "the pensioner")."""
    return token.lemma_.lower() in P.PERSON_NOUNS or token.lower_ in P.PERSON_NOUNS


# "aged 45", "aged 18 to 24", "the age of 18", "ages of 5 and 11": the words that say the number after them
# (or the second end of a range after them) is an age.
AGE_BEFORE_RE = re.compile(r"\b(aged|ages?\s+of)\s+(?:between\s+)?(?:(\d+)\s*(?:to|-|–|and|or)\s*)?$", re.I)


def age_stated_before(text: str, number: Number) -> str | None:
    """The unit of a whole number under 125 that "aged" or "the age of" says is an age: "year of age" after
    "aged" ("a man aged 45"), and "age", the noun written, after "the age of" ("under the age of 18")."""
    if not number.value.is_integer() or not 0 < number.value < 125 or number.unit or number.currency:
        return None
    match = AGE_BEFORE_RE.search(text[max(0, number.start - 30) : number.start])
    if match is None or (match.group(2) and float(match.group(2)) >= number.value):
        return None  # "aged 18 to 24", but not "aged 65 and 12 others"
    return "year of age" if match.group(1).lower() == "aged" else "age"


def is_age_of_a_person(doc: Doc, number: Number) -> bool:
    """ "the driver, 41, was ...", "Ann Lee, 54, said ...": a bare whole number set off by commas after a noun
    for a person or a name NER reads as a person's (NER often reads the number itself as a date), or a name the
    parse puts the number in apposition to ("Mr Hughes, 45, of Leeds", where NER reads the name as a place)."""
    head = _set_off_after(doc, number)
    if head is None:
        return False
    token = token_at(doc, number.start)
    named = (
        head.pos_ == "PROPN"
        and head.ent_type_ not in ("DATE", "TIME")
        and token is not None
        and token.dep_ == "appos"
        and token.head.i == head.i
    )
    return _names_a_person(head) or head.ent_type_ == "PERSON" or named


def _set_off_after(doc: Doc, number: Number) -> Token | None:
    """The word before a bare whole number under 125 set off by commas ("X, 41,", "X, now 81,", "X, both 70,")
    or by brackets ("X (41)"), or None."""
    text = doc_text(doc)
    if number.words or not number.value.is_integer() or not 0 < number.value < 125:
        return None
    if COMMA_AFTER_RE.match(text, number.end) and SET_OFF_BEFORE_RE.search(text, 0, number.start):
        return token_at(doc, text.rindex(",", 0, number.start) - 1)
    if BRACKET_AFTER_RE.match(text, number.end) and written_before(BRACKET_BEFORE_RE, text, number.start):
        head = token_at(doc, text.rindex("(", 0, number.start) - 2)  # "John Smith (52) was fined"
        person = head is not None and (head.ent_type_ == "PERSON" or _names_a_person(head))
        return head if person else None  # not "the Democrats (52)", a count of seats
    return None


def is_age_with_be(doc: Doc, number: Number) -> bool:
    """ "he will be 35", "life expectancy is 73": a bare number after "be" whose subject is a person or an age."""
    token = token_at(doc, number.end - 1)
    if number.words or not number.value.is_integer() or not 0 < number.value < 125:
        return False
    if (
        token is None
        or token.dep_ != "attr"
        or token.head.lemma_ != "be"
        or unit_after(doc_text(doc), number.end)
    ):
        return False
    subject = next((t for t in token.head.children if t.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "who" and token.head.dep_ == "relcl":
        subject = token.head.head  # "the actor, who is 72,": the person the clause is about
        return subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN" or _names_a_person(subject)
    if subject is None:
        return False
    return (
        subject.lower_ in P.PERSONAL_PRONOUNS
        or subject.ent_type_ == "PERSON"
        or subject.lemma_.lower() in P.AGE_SUBJECTS
    )


def _per_unit(words: str) -> tuple[str, int] | None:
    match = UNIT_RE.match(words)
    name = unit_name(match.group(0)) if match else None
    if match and name and len(match.group(0)) > 1:
        return name, len(match.group(0))
    first = words.split()[0]
    if first.lower() in ("the", "of", "and", "or", "year-ago"):
        return None
    if first.lower() == "pound":
        return "pound-mass", len(first)  # "$4 a pound": what is priced by the pound is weighed
    singular = re.sub(r"(?<!s)s$", "", first.lower())
    return (singular, len(first)) if first.isalpha() else None


def counted_noun(doc: Doc, number: Number) -> tuple[str, int] | None:
    """What the number counts: the noun it modifies in the parse, with the words between ("Russian citizens").

    A noun that is itself a unit ("212 passing yards") gives that unit; participles in front ("120 scheduled
    flights") describe the things counted rather than name them, and are left out."""
    last = token_at(doc, number.end - 1)
    if last is None:
        return None
    if OF_AFTER_RE.match(doc_text(doc), number.end):  # "of" itself, not "officers", "offices"
        if number.words:
            return _of_noun(doc, last, fraction=number.value < 1)
        of = doc[last.i + 1] if last.i + 1 < len(doc) else None
        group = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
        counted = group is not None and any(t.like_num for t in doc[of.i + 1 : group.i])
        if group is not None and group.tag_ == "NNS" and group.pos_ == "NOUN" and not counted:
            return _of_noun(doc, last)  # "2,000 of the workers", "30 of its oldest jets": part of a group
        return None  # "7 of its last 10 matches": the whole is counted, and its unit is carried over
    head = last.head
    if head.tag_ == "NN" and head.lower_ in P.SURVEY_VERBS and number.value != 1:
        return None  # "one in five say": a verb the parse takes for a noun, not what five count
    modifies = last.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN")
    if last.dep_ == "conj" and head.dep_ == "nummod" and head.head.i > last.i:
        head = head.head  # "between 20 and 25 new homes": the second end counts what the first does
        modifies = head.pos_ in ("NOUN", "PROPN")
    bound = P.BOUND_AFTER_RE.match(doc_text(doc), number.end)
    if (
        bound is not None
    ):  # "300-plus games", "10 or more people", "40-odd lawmakers": the noun is past the bound
        past = token_at(doc, bound.end() - 1)
        last = past if past is not None and past.i < head.i else last
    between = doc[last.i + 1 : head.i]
    joins = [t for t in between if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    hyphenated = {t.i for t in joins} | {t.i + 1 for t in joins}
    # words between, and hyphens inside a word ("two walk-in clinics"), but no dash between words
    # digits between count only inside a name, which ``_names_a_thing`` checks ("120 Boeing 737 jets")
    counted = all(t.i in hyphenated or t.pos_ in COUNTED_POS - {"PUNCT"} | {"NUM"} for t in between)
    if modifies and 0 < head.i - last.i <= 5 and counted:
        first = doc[last.i + 1]
        if first.text == "-" and head.i > first.i:
            first = doc[first.i + 1]
        if first.lower_ in P.NOT_COUNTED or first.pos_ in ("CCONJ", "ADP", "DET", "PART", "PUNCT"):
            return None  # "a three-and-out", "12 - another mom": no noun phrase follows
        if not _names_a_thing(doc[first.i : head.i + 1]):
            return None
        phrase, end = _noun_phrase(doc[first.i : head.i + 1])
        kind = _kind_before(doc, number, head)
        if kind is not None and phrase not in P.UNITS.values() and phrase not in P.CASE_UNITS.values():
            phrase = f"{kind.text} {phrase}"
        return phrase, end
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.tag_ == "NNS" and following.idx <= number.end + 1:
        return following.text, following.idx + len(following)
    if last.dep_ == "conj":  # "between 20 and 25 new schools", however the parse attaches the first end
        words = doc[last.i + 1 : last.i + 4]
        noun = next((t for t in words if t.pos_ != "ADJ"), None)
        if noun is not None and noun.tag_ == "NNS" and noun.pos_ == "NOUN" and noun.i > last.i + 1:
            return _noun_phrase(doc[last.i + 1 : noun.i + 1])
    return None


def _kind_before(doc: Doc, number: Number, head: Token) -> Token | None:
    """The word right before the number that says which of the counted things are meant: a noun ("a record 32
    goals", "a record 2 million cars") or a rank ("the top 10 scorers", "the bottom three clubs"), when the
    parse makes it a modifier of the counted noun; not a word that says how many more or how striking ("a
    further 200 jobs", "a whopping 40 goals")."""
    first = token_at(doc, number.start)
    if first is None or first.i == 0:
        return None
    before = doc[first.i - 1]
    if before.head.i != head.i or before.idx + len(before) > number.start:
        return None
    if before.i > 0 and (doc[before.i - 1].like_num or doc[before.i - 1].text == "-"):
        return None  # "a 2.0-litre four-cylinder": the word is another number's unit
    if before.dep_ in ("nmod", "compound", "amod") and before.pos_ == "NOUN":
        return before
    if before.dep_ == "amod" and before.lower_ in P.RANK_WORDS:
        return before
    return None


def _names_a_thing(words: Span) -> bool:
    """Whether the words between a number and its noun can be part of what it counts: digits only inside a
    name ("three new A320 Neo planes", "120 Boeing 737 jets"), never as a count or a year of their own ("5 2013
    models")."""
    for token in words:
        if any(c.isdigit() for c in token.text):
            after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            before = token.doc[token.i - 1]
            named_after = after is not None and after.i <= words.end - 2 and after.pos_ == "PROPN"
            named_before = before.i >= words.start and before.pos_ == "PROPN"  # "120 Boeing 737 jets"
            if not (named_after or named_before):
                return False
    return True


HOW_MANY_MORE = frozenset({"more", "fewer", "further"})


def _noun_phrase(words: Span) -> tuple[str, int]:
    """A counted noun phrase as its unit: the table unit when the noun is one ("rushing yards", "US pint"),
    else the phrase without leading participles ("scheduled flights" -> "flights")."""
    head = words[-1]
    end = head.idx + len(head)
    country = _country_currency(words)
    if country is not None:
        return country, end
    unit = unit_name(head.text) if head.text.lower() not in P.ATTACHED_ONLY else None
    compound = any(t.pos_ == "NOUN" and t.dep_ == "compound" for t in words[:-1])
    if unit is not None and head.pos_ == "NOUN" and not compound:  # but "melting point" is no unit
        return unit, end
    start = 0
    while start < len(words) - 1 and (
        words[start].tag_ in ("VBN", "VBG")
        and words[start].dep_ == "amod"
        or words[start].lower_ in HOW_MANY_MORE
    ):
        start += (
            1  # participles describe; "more", "fewer", "further" say how many, not what ("26 more seats")
        )
    return clean(words[start:].text), end


def _country_currency(words: Span) -> str | None:
    """ "30 billion Egyptian pounds", "2 million Mexican pesos", "New Taiwan dollars": a currency word that many
    countries use, named by the capitalised words of its country right before it ("egyptian pound"); "British
    pounds" and "American dollars" are the table's ("pound sterling", "dollar")."""
    head = words[-1]
    singular = P.COUNTRY_CURRENCY_WORDS.get(head.lower_)
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if singular is None or singular == "pound" and after is not None and after.lower_ == "of":
        return None  # "300,000 Brazilian pounds of coffee" weigh
    country = []
    for token in reversed(words[:-1]):
        if not token.text[:1].isupper() or token.pos_ not in ("ADJ", "PROPN"):
            break
        country.insert(0, token.lower_)
    if not country:
        return None
    name = " ".join([*country, singular])
    return P.COUNTRY_CURRENCY_NAMES.get(name, name)


def _of_noun(doc: Doc, token: Token, fraction: bool = False) -> tuple[str, int] | None:
    """The noun in "dozens of people", "a third of the population": the head of the of-phrase. A ``fraction`` of
    a measured whole other than one has no unit ("half of the 2 million euros"); a whole number of it keeps the
    unit ("two of the 10 km" are 2 km)."""
    of = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of":
        return None
    objects = [t for t in of.children if t.dep_ == "pobj"] or [
        t for t in doc[of.i + 1 : of.i + 6] if t.pos_ == "NOUN"
    ][:1]
    if not objects or objects[0].pos_ == "PRON":
        return None  # "four of them": what "them" counts is said elsewhere
    noun = objects[0]
    if noun.like_num:
        return None  # "a quarter of the $90 million": the whole is a sum of its own, no unit
    first = min([t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")] + [noun], key=lambda t: t.i)
    phrase, end = _noun_phrase(doc[first.i : noun.i + 1])
    wholes = [t.lower_ for t in doc[of.i + 1 : noun.i] if t.like_num]
    if fraction and phrase.lower() in P.UNITS and wholes and wholes not in (["1"], ["one"]):
        return (
            None  # "half of the 2 million euros": a measured whole of its own ("half of 1 percent" is 0.5%)
        )
    return P.UNITS.get(phrase.lower(), phrase), end
