"""One number as a ``Claim``: its qualifier (a change wins over an upper bound, since it says what the number is,
but an approximation or a lower bound wins over a change, as CQE and NewsQuant read "rose about 5%"),
its span (from the qualifier to the unit, stretched to the verb the quantity is the subject or object of),
its concept and its attribution. The quantity's place in the parse is its anchor: the counted noun, else the
number itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...models import Claim
from ..nlp import doc_text
from .attribution import attribution
from .concept import concept
from .number import Number
from .qualifier import bound_after, bound_before, change_of
from .words import token_at


def to_claim(doc: Doc, number: Number) -> Claim:
    text = doc_text(doc)
    start = number.prefix_start if number.prefix_start is not None else number.start
    qualifier, qualifier_start = bound_before(text, start, number.end)
    if qualifier == "=":
        qualifier = bound_after(text, number)
    change, change_start = change_of(doc, number, qualifier_start)
    if change is not None and qualifier in ("~", ">="):
        change = None  # "rose about 5%", "climbed more than 3%": the bound is what is claimed ("rose under 4%" rose)
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
        concept=concept(doc, anchor, verb),
        attributed_to=attribution(doc, anchor),
    )


def _anchor(doc: Doc, number: Number) -> Token | None:
    """The token that stands for the whole quantity in the parse: the counted noun, else the number."""
    end = number.unit_end or number.end
    last = token_at(doc, max(number.start, end - 1))
    token = token_at(doc, number.end - 1)
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
    """Extends the span to the verb the quantity is the subject or object of ("8,000 people had been evacuated")."""
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
