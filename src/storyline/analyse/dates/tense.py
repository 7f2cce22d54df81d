"""The tense of the verb a date expression hangs on, and uses of date words that are not dates (spaCy)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import patterns as P
from .rules import Tense

# --------------------------------------------------------------------------------------------------------------
# Tense of the governing verb (spaCy)
# --------------------------------------------------------------------------------------------------------------

FUTURE_WORDS = frozenset(
    {"due", "planned", "upcoming", "forthcoming", "scheduled", "proposed", "expected", "effective"}
)
PLANNING_VERBS = frozenset({"plan", "schedule", "reschedule", "slate"})
MODAL_FUTURE = frozenset({"may", "might", "should", "must", "ought"})
# What one expects or forecasts now is still to come: "analysts expect a recovery in the second half", "the
# agency predicts rain on Friday". Only in the present and for a date after the verb: "forecast on Monday that"
# and "said on Monday it expects" date the forecast or the saying.
EXPECTING_VERBS = frozenset({"expect", "forecast", "predict", "anticipate", "project", "foresee", "envisage",
                             "envision"})  # fmt: skip


def verb_tense(verb: Token) -> Tense | None:
    """past / future / present for a verb from its tag and auxiliaries; None when it says nothing."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowered = {c.lower_ for c in aux}
    if lowered & P.FUTURE_AUX or verb.lemma_.lower() in PLANNING_VERBS:
        return (
            "future"  # "will meet on Monday"; "planned a rally on Saturday", "has scheduled it for Thursday"
        )
    if "to" in lowered and verb.tag_ == "VB":
        head = verb.head
        if verb.dep_ in ("csubj", "csubjpass"):  # "the countries to join on Friday were …": the subject
            return verb_tense(head) if head.pos_ in ("VERB", "AUX") else None
        if head.i == verb.i or head.lemma_.lower() in P.FUTURE_HEADS or head.lower_ in P.FUTURE_HEADS:
            return "future"
        if head.pos_ == "NOUN" and verb.dep_ == "acl" and head.lemma_.lower() in P.FUTURE_NOUNS:
            return "future"
        if head.pos_ in ("VERB", "AUX"):
            return verb_tense(head)
        return None
    if lowered & P.PERFECT_AUX and any(c.lemma_ == "have" for c in aux):
        return "past"
    if lowered & MODAL_FUTURE:
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in aux):
        return "present"
    if verb.tag_ == "VBN" and not aux:
        return "past"  # a bare participle reports what was done: "the decision, announced Wednesday"
    return None


TARGET_PREPOSITIONS = frozenset({"to", "until", "till", "for"})
POSTPONING_VERBS = frozenset({"postpone", "delay", "defer", "reschedule", "adjourn", "extend"})
DEADLINE_VERBS = frozenset({"give", "grant", "allow"})  # "gave them until Tuesday": a deadline still ahead
POSTPONING_PHRASES = frozenset({("push", "back"), ("put", "off"), ("move", "back"), ("bring", "forward"),
                                ("move", "forward"), ("push", "forward")})  # fmt: skip


def _postpones(verb: Token, preposition: str) -> bool:
    """Whether ``verb`` moves a date or sets a deadline ("postponed", "pushed back", "gave them until"): its
    ``preposition`` phrase ("to", "until") names the new date."""
    lemma = verb.lemma_.lower()
    if lemma in POSTPONING_VERBS or (lemma in DEADLINE_VERBS and preposition in ("until", "till")):
        return True
    return any(c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in POSTPONING_PHRASES for c in verb.children)


# Verbs whose simple present states, relates or reports rather than schedules ("officials say", "the index stands
# at", "the move follows Tuesday's ruling").
_STATIVE_VERBS = frozenset({"be", "have", "remain", "stay", "seem", "appear", "mean", "include", "contain", "know",
                            "believe", "think", "want", "need", "own", "hold", "represent", "cost", "reflect", "show",
                            "stand", "continue", "lie", "depend", "exist", "live", "feel", "hope", "fear", "see",
                            "look", "sound", "suggest", "indicate", "account", "total", "trade", "rank", "say",
                            "tell", "report", "quote", "cite", "write", "note", "claim", "insist", "argue",
                            "announce", "confirm", "deny", "admit", "warn", "add", "call", "estimate", "do",
                            "follow", "precede", "coincide", "mark", "compare", "match", "exceed", "echo",
                            "recall", "resemble", "mirror"})  # fmt: skip


# Past forms a tagger may read as presents: a verb's past spelled as its present ("the slump hurt shares", "they
# cut jobs") or as another verb's present ("shares fell", "he found").
_PAST_LOOKALIKES = frozenset({"fell", "found", "lay", "saw", "wound", "ground", "bore", "hit", "cut", "put", "set",
                              "hurt", "shut", "spread", "split", "quit", "let", "bet", "cast", "burst", "shed",
                              "upset", "broadcast", "forecast", "bid", "read", "beat", "cost", "thrust", "slit"})  # fmt: skip


def _futurate(verb: Token) -> bool:
    """ "Talks resume Monday", "the trial opens Thursday", "the bill is going to the Senate on Monday": a simple or
    progressive present of an event verb tells what is scheduled (English's futurate present); reporting and
    state verbs do not."""
    if (
        verb.pos_ != "VERB" or verb.lemma_.lower() in _STATIVE_VERBS | EXPECTING_VERBS
    ):  # expecting: ``_expects``
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        return len(aux) == 1 and aux[0].tag_ in ("VBZ", "VBP") and aux[0].lemma_ == "be"
    return verb.tag_ in ("VBZ", "VBP") and verb.lower_ not in _PAST_LOOKALIKES and not aux


def _expects(verb: Token) -> bool:
    """A verb of expecting in the present, with no auxiliary: "expect", "forecasts", "predict"."""
    return (
        verb.lemma_.lower() in EXPECTING_VERBS
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_LOOKING_BACK = frozenset("after following since amid".split())
"""Prepositions whose phrase tells what came before the verb ("comes after a vote on Monday", "expects more
patients after the crash on Sunday"): no futurate or expecting verb sends such a date ahead."""


def governing_tense(doc: Doc, start: int, end: int) -> Tense:
    """The tense that decides an expression's direction: its governing verb's, else the nearest verb's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "present"
    token = span.root
    behind = (
        False  # the path passed "after", "following", "since" or "amid": what it names is behind the verb
    )
    for _ in range(12):
        behind = behind or (token.lower_ in _LOOKING_BACK and token.dep_ == "prep")
        if token.lower_ in FUTURE_WORDS or any(
            c.dep_ in ("amod", "acomp") and c.lower_ in FUTURE_WORDS for c in token.children
        ):
            return "future"  # "is due in Bergen on Friday", "a planned visit in the summer"
        if (
            token.lower_ in TARGET_PREPOSITIONS
            and token.dep_ == "prep"
            and _postpones(token.head, token.lower_)
        ):
            return "future"  # "pushed back last week to mid-May": the new date is still ahead
        if _expects(token) and token.i < span.start and not behind:
            return "future"
        if token.pos_ in ("VERB", "AUX") and (tense := verb_tense(token)):
            return "future" if tense == "present" and _futurate(token) and not behind else tense
        if token.head.i == token.i:
            break
        token = token.head
    sentence = span.sent
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX") and not (span.start <= t.i < span.end)]
    for verb in sorted(verbs, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end + 1))):
        if tense := verb_tense(verb):
            return tense
    return "present"


_EVENT_DETERMINERS = frozenset({"the", "a", "an", "annual", "his", "her", "their", "its", "our"})
_EVENT_LINKS = frozenset({"of", "for", "on", "against", "to", "through"})
_OPENING_QUOTES = frozenset({'"', "“", "``", "`", "'", "‘"})
_DAY_WORD_RULES = frozenset({"deictic", "rel_unit", "ref_word"})  # "Today", "This Week", "Now": also titles


_SAYING_VERBS = frozenset({"say", "tell", "write", "add", "note", "state", "claim", "insist", "argue", "announce",
                           "report", "explain", "admit", "acknowledge", "warn", "predict", "testify"})  # fmt: skip


def _time_of_a_clause(time: Token) -> bool:
    """ "At the time the plant closed": "the time" a clause pins down, the clause's own moment and no reference
    to the past. After a verb of saying the clause is what was said ("said at the time he would quit")."""
    if not any(c.dep_ in ("relcl", "acl") for c in time.children):
        return False
    verb = time.head.head if time.head.dep_ == "prep" else time.head
    return verb.lemma_.lower() not in _SAYING_VERBS


def _names_an_event(doc: Doc, word: Token) -> bool:
    """ "the annual March for Hope", "the “March of the Farmers”", "“Spring of Unity” rallies": a named march or
    campaign, not the month or season (a month takes no determiner or quote before it, and a year, not a phrase,
    after "of")."""
    if word.i == 0 or word.i + 2 >= len(doc) or not word.text[:1].isupper():
        return False
    after, then = doc[word.i + 1], doc[word.i + 2]
    if after.lower_ not in _EVENT_LINKS or then.like_num:
        return False
    before = doc[word.i - 1]
    return before.text in _OPENING_QUOTES or before.lower_ in _EVENT_DETERMINERS


def _names_a_title(doc: Doc, span: Span) -> bool:
    """ "USA Today", ABC's "This Week": a deictic word capitalised inside a sentence, right after an acronym or
    an opening quote, names a paper or a programme (a weekday is not one: "the EU Tuesday approved")."""
    first = span[0]
    if first.is_sent_start or not first.text[:1].isupper() or first.text.isupper() or first.i == 0:
        return False
    if not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    before = doc[first.i - 1]
    if before.is_upper and before.is_alpha and len(before) >= 2:
        return True
    if before.text not in _OPENING_QUOTES:
        return False
    # Quoted: a title when the quote closes right after it ("This Week,") or goes on in title case ("This Week
    # With David Brinkley"); "``Today, I'm here" and "``Now we see" open a quoted sentence.
    after = doc[span.end : span.end + 2]
    if len(after) and after[0].is_punct and after[0].text in ",." and len(after) > 1:
        after = after[1:]
    if not len(after):
        return False
    nxt = after[0]
    return nxt.is_quote or (nxt.is_alpha and nxt.is_title and nxt.text != "I")


# Heads of names that take a number as a model, version or serial ("Windows 2000", "Flight 1998", "Apollo 1975"):
# a year after any other capitalised word is a date ("the Berg 2008 campaign", "Census 2011 figures"), a
# company's name among them ("Boeing 2019 deliveries": its models are "737", "A320", never a year).
_NUMBERED_NAMES = frozenset(
    ["windows", "office", "version", "release", "flight", "apollo", "gemini", "soyuz", "voyager", "route"]
    + ["highway", "interstate", "room", "gate", "platform"]
)


def _numbers_a_name(year: Token) -> bool:
    """ "Windows 2000", "Flight 1998": a number that a product, vehicle or software name takes as its own is part
    of the name (TimeML leaves proper names alone); after any other word ("Toyota 2019 profits") it is a year."""
    if year.i == 0 or year.dep_ not in ("nummod", "compound", "appos"):
        return False
    name = year.doc[year.i - 1]
    return (
        year.head.i == name.i and name.is_alpha and name.text[:1].isupper() and name.lower_ in _NUMBERED_NAMES
    )


# Nouns a model year classifies ("a 1957 pickup", "his 1994 sedan", "the 1998 model"), besides named products.
_VEHICLE_NOUNS = frozenset({"car", "sedan", "coupe", "convertible", "hatchback", "wagon", "truck", "pickup", "van",
                            "minivan", "suv", "jeep", "limousine", "motorcycle", "model"})  # fmt: skip


def _model_year(year: Token) -> bool:
    """ "a 1999 Camry", "his 1994 sedan", "a 1994 Ford Explorer": the year a vehicle or product was made as, part
    of what the product is called rather than a time of the story (TimeBank leaves it unannotated). The year must
    qualify a named product (spaCy's PRODUCT) or a vehicle noun itself: "the 1996 bombing", "1990 earnings" keep
    their year, and so does one with a common noun before "model" ("her 2016 election model"; not a make or a
    name, "the 2012 Focus model", "a 2008 Honda model")."""
    if not year.text.isdigit() or year.dep_ not in ("nummod", "compound", "amod") or year.head.i <= year.i:
        return False  # "post-1959 cars" sets a bound in time
    head = year.head
    while head.dep_ == "compound" and head.head.i > head.i:  # "a 1965 Mustang convertible": the phrase's noun
        head = head.head
    if head.lemma_.lower() == "model" and any(_of_a_model(t) for t in year.doc[year.i + 1 : head.i]):
        return False  # "her 2016 election model": the year of what the model is of
    return head.ent_type_ == "PRODUCT" or (head.pos_ == "NOUN" and head.lemma_.lower() in _VEHICLE_NOUNS)


def _of_a_model(token: Token) -> bool:
    """Whether a word between a year and "model" says what the model is of: a common noun in lower case
    ("election", "pricing"), not a make or a model's name ("Focus", "Honda") nor a vehicle ("sedan")."""
    return (
        token.pos_ == "NOUN"
        and token.text.islower()
        and token.ent_type_ not in ("PRODUCT", "ORG")
        and token.lemma_.lower() not in _VEHICLE_NOUNS
    )


def is_word_use(doc: Doc, start: int, end: int, name: str) -> bool:
    """Whether a match is an ordinary word rather than a date: modal "May", a count "2000 people"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if name in _DAY_WORD_RULES and _names_a_title(doc, span):
        return True
    if name == "current":
        token = span[-1]
        return not (token.dep_ == "amod" and token.head.pos_ == "NOUN" and token.head.i > token.i)
    if name == "at_the_time":
        return _time_of_a_clause(span[-1])
    if name == "month" and len(span) == 1 and span[0].tag_ == "MD":
        return True
    if name == "month" and len(span) == 1 and span[0].pos_ == "VERB":
        return True
    if name in ("month", "season") and len(span) == 1 and _names_an_event(doc, span[0]):
        return True
    if name == "year" and len(span) == 1 and (_numbers_a_name(span[0]) or _model_year(span[0])):
        return True
    if name == "year" and len(span) == 1 and not span.text.lower().startswith(("pre-", "post-")):
        token = span[0]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.text in ("$", "#", "No.", "no."):
            return True
        if (
            after is not None
            and after.tag_ == "NNS"
            and token.head.i == after.i
            and not _year_of_plural(token)
        ):
            return True
    return False


_YEARLY_PLURALS = frozenset({"levels", "elections", "figures", "results", "earnings"})


def _year_of_plural(number: Token) -> bool:
    """ "the 1994 strikes", "Toyota's 2019 profits": a year before a plural noun when a determiner, possessive or
    name comes right before it, spaCy's entities read it as a date and it is no round hundred ("won 1999 votes",
    "the 2000 people" are counts), or before a noun of yearly figures ("2000 elections", "1990 levels")."""
    noun = number.doc[number.i + 1]
    if noun.lower_ in _YEARLY_PLURALS:
        return True
    before = number.doc[number.i - 1] if number.i > 0 else None
    owned = before is not None and (before.tag_ in ("DT", "PRP$", "POS") or before.pos_ == "PROPN")
    return owned and number.ent_type_ == "DATE" and number.text.isdigit() and int(number.text) % 100 != 0
