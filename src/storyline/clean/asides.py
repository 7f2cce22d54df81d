"""What a headline cut from a lead leaves out: the closing attribution (", health officials said on Friday"), a
speaker's apposition before its verb, and the asides between commas (a relative clause, a list of examples, an
apposition, a bracket, a long description of the subject)."""

from __future__ import annotations

import re

from ..analyse.lexicon import finite_not_plural, has_finite_verb, is_english_word, may_be_finite_verb
from .word_classes import CLAUSE_OPENERS, JOINING, PREPOSITIONS, SUBORDINATORS

_VERBS = r"(?:said|says|told|reported|announced|added|warned|confirmed)"
_APPOSITIVE_SPEAKER = re.compile(rf",\s+(?:the|a|an)\s+[^,;]{{1,60}},\s+(?={_VERBS}\b)", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    rf",\s+(?:(?:[\w.'’-]+\s+){{0,5}}{_VERBS}\b[^,;]{{0,80}}"
    r"|according\s+to\s+[^,;]{1,60})$",
    re.IGNORECASE,
)

_ENCLOSED = re.compile(
    r",\s+(?:(?:including|such as)\s+[^,;]+(?:,\s+[^,;]+)*?,?\s+(?:and|or)\s+[^,;]+"
    r"|(?:which|who|whose|whom|where|including|such as|known as|once)\b[^,;]*|(?:the|a|an)\s+[^,;]{1,60}),",
    re.IGNORECASE,
)
"""An aside between commas: a relative clause, an example list ("goods, including fuel, cars and boats,"), an
apposition."""

_BRACKETED = re.compile(r"\s*\([^()]{1,80}\)")

AUXILIARY = (
    r"(?i:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|can't|won't|isn't"
    r"|aren't|wasn't|weren't|hasn't|haven't|don't|doesn't|didn't)"
)
_COMMA_ASIDE = re.compile(
    rf",\s+(?!(?![^,;]*\b(?:who|whom|whose|which)\b)[^,;]*\b{AUXILIARY}\b)[^,;]{{1,80}},\s+(?=[a-z])"
)
"""An aside between commas ("the fever, known locally as harbour cough, spread", "the thieves, two of whom wore
masks, took"); a stretch with a finite verb of its own and no relative pronoun is a clause ("Now that the
panic has subsided, experts are asking what role ..."), not an aside."""


def _aside_or_item(m: re.Match[str]) -> str:
    """An aside between commas left out, unless it is an item of a list ("... the port, the White House, |
    Congress and ..."): an item itself ("which started ...", "hit by a wave" are none), with the list's last
    items after it."""
    return _kept_in_a_list(m.group(), m.string[m.end() :], "", ",")


def _kept_in_a_list(aside: str, after: str, dropped: str, comma: str) -> str:
    """An aside before a list's last items: kept when it is an item itself or opens the list ("including ...",
    "such as ..."), else dropped with its comma left for the list ("The bridge, opened in 1990, the tunnel
    and ..." gives "The bridge, the tunnel and ..."); any other aside is dropped."""
    inner, tail = aside.strip(" ,"), after.lstrip(" ,")
    if not list_goes_on(tail):
        return dropped
    if _an_item(inner) or re.match(r"(?:including|such as)\s", inner, re.IGNORECASE):
        return aside
    opens_a_noun = re.match(r"(?:the|a|an|its|his|her|their|our|[A-Z0-9])", tail) is not None
    return comma if opens_a_noun else dropped  # not "The quake, felt as far as Oslo, | shut schools and ..."


def _item_of_a_list(aside: str, after: str) -> bool:
    return _kept_in_a_list(aside, after, "", ",") == aside


def _aside_or_clause(m: re.Match[str]) -> str:
    """An aside between commas left out, or a clause of a list of clauses kept ("stocks fell, oil sank, gold
    soared"): a stretch opening on its subject and a finite verb with no relative pronoun is a clause. An item
    of a list (:func:`list_goes_on`) is kept too."""
    inner = m.group()[1:].strip().rstrip(",")
    words = inner.split()
    clause = (
        len(words) >= 2
        and words[0].lower() not in JOINING
        and not re.search(r"\b(?:who|whom|whose|which)\b", inner)
        and may_be_finite_verb(words[1])
    )
    if clause or _the_predicate(m.string[: m.start()], words, m.string[m.end() :]):
        return m.group()
    return _kept_in_a_list(m.group(), m.string[m.end() :], " ", ", ")


def _the_predicate(head: str, words: list[str], after: str) -> bool:
    """Whether a stretch between commas is its sentence's predicate set off from a subject with no verb of its
    own ("The new timetable, seems to suit nobody, or so the letters say"): it opens on a verb in the present
    ("seems", "appears", "belongs"; no verb of saying or believing, ``_SAYING_NOW``), and the sentence's verb,
    past any adverb, is not still to come after it, as it is after an inverted attribution ("The plan, says the mayor, was never
    costed", "The bank, admits its chief, never recovered")."""
    first = words[0]
    if not (first.endswith("s") and finite_not_plural(first)) or first in _SAYING_NOW:
        return False
    rest = [w for w in after.split() if not (w.lower() in _ADVERBS or (w.endswith("ly") and _an_adverb(w)))]
    return not has_finite_verb(head) and not (rest and may_be_finite_verb(rest[0].lower()))


_SAYING_NOW = frozenset(
    """says tells reports adds warns insists argues writes notes claims explains admits believes concedes thinks
    fears predicts reckons acknowledges maintains contends suggests agrees recalls observes""".split()
)
"""Verbs of saying and believing in the present that open an inverted attribution ("The bank, admits its chief,
never recovered"), never a predicate."""


def _an_adverb(word: str) -> bool:
    """Whether a word in "-ly" is an adverb ("probably", "largely"), not a noun ("family", "rally", "July")."""
    return is_english_word(word, ("adv",)) and not is_english_word(word, ("noun",)) and word[:1].islower()


_ADVERBS = frozenset("never still again already also now once even not just ever".split())


_LAST_ITEM = re.compile(r"(?P<item>[^,;:()\[\]\"“”]{1,60}?)\s+(?:and|or)\s")
_MORE_ITEMS = re.compile(r"(?P<item>(?:(?!\s(?:and|or)\s)[^,;:()\[\]\"“”]){1,60}?),\s")
_NO_ITEM_OPENS = (
    (PREPOSITIONS - {"a", "an", "the"})
    | SUBORDINATORS
    | CLAUSE_OPENERS
    | frozenset("who whom whose which where".split())
)


def list_goes_on(after: str) -> bool:
    """Whether what follows a comma is a list's last items, so that the stretch before that comma is an item of
    the list, no aside: it runs to an "and" or "or" with no verb on the way and opens on no preposition,
    participle or clause ("brokers, bankers, | rating agencies and investors were blamed", "staff writers Ann
    Lee, | Bo Berg and Ola Dahl were online"), where an aside's sentence goes on with its verb ("the ferry,
    built in 1960, | sank and ...") or a phrase ("Stocks fell, | with banks and insurers leading")."""
    while (m := _MORE_ITEMS.match(after)) and _an_item(m["item"]):
        after = after[m.end() :]  # "apples, | pears, plums and grapes": items before the last
    m = _LAST_ITEM.match(after)
    return m is not None and _an_item(m["item"])


def closes_a_list(head: str) -> bool:
    """Whether an "and" or "or" after ``head`` closes a list rather than joining two clauses: the stretch since
    the head's last comma is an item ("... up to the ferry lines, the port | and the council", "in May, June |
    and July"), not a clause ("stocks fell, oil sank | and ...") nor a phrase ("... on Monday, citing his health
    | and ...")."""
    comma = head.rfind(", ")
    return comma >= 0 and _an_item(head[comma + 2 :])


def _an_item(item: str) -> bool:
    """Whether a stretch may be an item of a list: short, opening on no preposition, subordinator or participle
    in lower case ("Beijing" may open one), nor on a verb with its phrase ("hit by a wave") or a superlative's
    description ("the worst in years"), with no verb (a plural noun that is also a verb, "nurses", "rescue
    teams", is none)."""
    words = item.split()
    if not words or len(item) > 60 or re.search(r"[;:()\"“”]", item):
        return False
    first = words[0]
    if first.lower() in _NO_ITEM_OPENS or (
        first.islower() and "-" not in first and first.endswith(("ing", "ed"))
    ):
        return False
    if first.islower() and len(words) > 1 and words[1].lower() in _VERBS_PHRASE:
        return False  # "hit by a wave", "spread to three floors", "felt as far away as": a verb's phrase
    if (
        first.lower() == "the"
        and len(words) > 1
        and re.fullmatch(r"\w+est|most|first|last|best|worst", words[1])
    ):
        return False  # "the worst in a decade": a description, no item
    return not any(finite_not_plural(w.strip(",.;:'’")) for w in words)


_VERBS_PHRASE = frozenset("by as to into across through off out".split())
"""Words that after a word in lower case make it a verb with its phrase rather than a noun ("hit by",
"spread to"); "teachers at the school", "coal from Australia" are items."""


_LONG_APPOSITIVE = re.compile(
    r"^(?!(?i:yesterday|today|tonight|now|meanwhile|however|instead|still|also|earlier|later|separately|elsewhere"
    r"|overall|on|in|at|after|before|during|since|until|by|for|from|with|as|when|while|last|this|[a-z]+ly)\b)"
    r"(?P<subject>[^,;]{1,60}[A-Za-z)]),\s+(?:the|an?)\s+[^,;]{1,160},\s+(?=[a-z])"
)
"""A long description of the subject between the sentence's first two commas, opening on an article ("Harbour
Mills, the town's largest employer whose looms ran for a century, yesterday closed"): the sentence reads on
without it. Not an item of a list ("Ann, Bo, the twins and their dog, despite ..."), and not after an adverb or
a phrase of time or place, which is no subject ("Yesterday, the council approved ..., which ...")."""


def without_attribution(text: str) -> str:
    """A lead without its closing attribution (", the mayor said on Friday", ", according to the board") or a
    speaker's apposition before the verb of saying."""
    return _ATTRIBUTION.sub("", _APPOSITIVE_SPEAKER.sub(" ", text))


def _subject_or_list(m: re.Match[str]) -> str:
    """The subject without its long description, unless the description is the next item of a list of subjects
    ("The port, the airport, | the railway and the roads were closed")."""
    aside = m.group()[len(m["subject"]) :]
    return m.group() if _item_of_a_list(aside, m.string[m.end() :]) else m["subject"] + " "


def without_asides(text: str) -> str:
    """A lead without its asides: brackets, relative clauses and lists of examples between commas, a long
    description of its subject, and any other stretch between commas that is no clause of its own."""
    return _COMMA_ASIDE.sub(
        _aside_or_clause,
        _LONG_APPOSITIVE.sub(_subject_or_list, _ENCLOSED.sub(_aside_or_item, _BRACKETED.sub("", text))),
    )
