"""The concept of a claim: the verb phrase or noun the number is about ("killed in the Syrian conflict", "the
real death toll", "war cost")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import patterns as P
from .words import clean


def concept(doc: Doc, anchor: Token | None, verb: Token | None) -> str | None:
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
        return clean(doc[verb.i : stop].text)
    if verb.lemma_ == "be" or verb.dep_ in ("xcomp",) and verb.head.lemma_ == "be":
        carrier = verb if verb.lemma_ == "be" else verb.head
        subject = subject or _subject_of(carrier)
        return _phrase(subject) if subject is not None and subject.pos_ != "PRON" else None
    if subject is not None:
        subject = _resolve_relative(subject)
        if subject.pos_ != "PRON":
            return clean(f"{_phrase(subject)} {verb.text}")
    return verb.text


def _subject_of(verb: Token) -> Token | None:
    token = verb
    for _ in range(3):  # "the count was likely to be as high as": up through "likely" to "was"
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
    return clean(token.doc[first.i : token.i + 1].text)
