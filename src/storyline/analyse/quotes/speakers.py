"""The speaker phrase of a cue, as written: the verb's subject and its noun phrase's character span.

The subject is the active subject, the agent of a passive cue, or the one a participle or conjoined verb
borrows; the phrase is cut to the name without its asides, datelines and edge punctuation. Resolving a
pronoun or role to a named person is ``resolution``'s job.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .segments import covered


def subject(verb: Token, segments: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The verb's active subject; participles and conjoined verbs ("..., adding", "and added") borrow it.

    A subject inside a quotation is the quote's own word glued on by the parser ('"..., it will," said
    James Acton'): the one outside wins.
    """
    inside = covered(segments)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        # "Lindqvist was asked by host Dana Reyes, ..." : the agent of a passive cue.
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "expl"}]
        if subjects:
            outside = [c for c in subjects if not inside(c.idx)]
            child = outside[0] if outside else subjects[0]
            return child if child.dep_ == "nsubj" else None
        if current.dep_ == "xcomp":
            # "prompted the Atlas to state": the object of the controlling verb is the one who states.
            controller = next((c for c in current.head.children if c.dep_ == "dobj"), None)
            if controller is not None and controller.i < current.i:
                return controller
        if current.dep_ in {"advcl", "conj", "xcomp"} and current.head is not current:
            current = current.head
        else:
            return None
    return None


_SPEAKER_CUT_DEPS = frozenset({"acl", "advcl"})


def phrase(token: Token) -> tuple[int, int]:
    """Character span of a subject's noun phrase, without trailing punctuation or a following clause."""
    tokens = [t for t in token.subtree]
    doc = token.doc
    # Only the unbroken stretch around the head: a stray quotation mark can hang off the subject's subtree.
    members = {t.i for t in tokens}
    first = last = token.i
    while first - 1 in members:
        first -= 1
    while last + 1 in members:
        last += 1
    for child in token.rights:
        # "Trump, who leads", "Rubio, speaking in Miami", "Lamberson, 59,": the name without its asides.
        if child.dep_ in _SPEAKER_CUT_DEPS:
            last = min(last, child.left_edge.i - 1)
    for child in token.lefts:
        if child.dep_ in {"advmod", "preconj"} and child.i == first:
            first = child.right_edge.i + 1
    for t in tokens:
        # A dateline ("RENO, Nev. (AP) —") or an earlier line glued on by the parser is not the speaker.
        if t.i < token.i and (t.text in {"—", "–", "--"} or "\n" in t.text or "\n" in t.whitespace_):
            first = t.i + 1
    while last > first and (
        (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc")
        and not _closes_pair(doc, first, last)
    ):
        last -= 1
    while first < last and (doc[first].is_punct or doc[first].is_space) and not _opens_pair(doc, first, last):
        first += 1
    return doc[first].idx, doc[last].idx + len(doc[last])


_PAIRS = {")": "(", "]": "[", "”": "“", '"': '"'}


def _closes_pair(doc: Doc, first: int, last: int) -> bool:
    """'Sen. Rand Paul (R-Ky.)' keeps its closing bracket: the phrase opened it."""
    opener = _PAIRS.get(doc[last].text)
    return opener is not None and any(t.text == opener for t in doc[first:last])


def _opens_pair(doc: Doc, first: int, last: int) -> bool:
    closers = [k for k, v in _PAIRS.items() if v == doc[first].text]
    return any(t.text in closers for t in doc[first + 1 : last + 1])
