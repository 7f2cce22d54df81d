"""What a headline cut from a lead leaves out: the closing attribution (", health officials said on Friday"), a
speaker's apposition before its verb, and the asides between commas (a relative clause, a list of examples, an
apposition, a bracket, a long description of the subject)."""

from __future__ import annotations

import re

from ..analyse.lexicon import may_be_finite_verb
from .word_classes import JOINING

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


def _aside_or_clause(m: re.Match[str]) -> str:
    """An aside between commas left out, or a clause of a list of clauses kept ("stocks fell, oil sank, gold
    soared"): a stretch opening on its subject and a finite verb with no relative pronoun is a clause."""
    inner = m.group()[1:].strip().rstrip(",")
    words = inner.split()
    clause = (
        len(words) >= 2
        and words[0].lower() not in JOINING
        and not re.search(r"\b(?:who|whom|whose|which)\b", inner)
        and may_be_finite_verb(words[1])
    )
    return m.group() if clause else " "


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


def without_asides(text: str) -> str:
    """A lead without its asides: brackets, relative clauses and lists of examples between commas, a long
    description of its subject, and any other stretch between commas that is no clause of its own."""
    return _COMMA_ASIDE.sub(
        _aside_or_clause,
        _LONG_APPOSITIVE.sub(r"\g<subject> ", _ENCLOSED.sub("", _BRACKETED.sub("", text))),
    )
