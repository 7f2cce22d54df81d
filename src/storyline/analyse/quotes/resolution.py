"""Speaker resolution: the named person (or organisation) a speaker phrase stands for.

A name inside the phrase wins; a relative pronoun goes to its antecedent; "he"/"she" to the person the
nearest earlier quote was given, else the nearest person named before it outside quotes; a role ("the
Norwegian fisheries minister") to the person the article earlier gave that role.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc

from ...models import Mention
from ..entities import RoleLink
from ..nlp import doc_text
from .patterns import PERSON_PRONOUNS, RELATIVE_PRONOUNS
from .segments import covered


def resolve(
    doc: Doc,
    speaker: tuple[int, int],
    index: tuple[Sequence[Mention], Sequence[int]],
    roles: Sequence[RoleLink],
    resolved: Sequence[tuple[int, Mention]],
    segments: Sequence[tuple[int, int]],
) -> Mention | None:
    """The named person (or organisation) a speaker phrase stands for, if the article says.

    ``index`` is the article's mentions in text order with their starts; ``resolved`` the persons earlier
    quotes were given, by the quote's start, in text order.
    """
    start, end = speaker
    mentions, starts = index
    within = mentions[bisect_left(starts, start) : bisect_right(starts, end)]
    inside = [m for m in within if m.end <= end]
    span = doc.char_span(start, end, alignment_mode="expand")
    head = span.root.idx if span is not None else start
    # A person named anywhere in the phrase speaks ("Fisheries Minister Ola Berg"); another name only
    # when it is the phrase's head ("the Harbour Authority", not "a ferry official in Bergen").
    named = [m for m in inside if m.label == "PERSON"] or [m for m in inside if m.start <= head < m.end]
    if named:
        return named[0]
    words = doc_text(doc)[start:end].lower().split()
    in_quote = covered(segments)
    if words and words[0] in RELATIVE_PRONOUNS and len(words) == 1:
        if span is not None and span.root.head.dep_ == "relcl":
            antecedent = span.root.head.head
            return next((m for m in mentions if m.start <= antecedent.idx < m.end), None)
        return None
    if len(words) == 1 and words[0] in PERSON_PRONOUNS:
        for at, person in reversed(resolved):
            if start - at >= 1500:
                break
            if at < start and person.label == "PERSON":
                return person
        for m in reversed(mentions[: bisect_left(starts, start)]):
            if m.end <= start and m.label == "PERSON" and not in_quote(m.start):
                return m
        return None
    return _by_role(words, start, roles)


def _by_role(words: Sequence[str], start: int, roles: Sequence[RoleLink]) -> Mention | None:
    """'the Norwegian fisheries minister' -> the person the article earlier called (Norwegian) Fisheries Minister."""
    content = [w for w in words if w not in {"the", "a", "an"}]
    if not content:
        return None
    wanted = set(content)
    for role in sorted(roles, key=lambda r: -r.start):
        if role.start >= start:
            continue
        have = set(role.text.lower().split())
        if content[-1] in have and wanted <= have:
            return role.person
    return None
