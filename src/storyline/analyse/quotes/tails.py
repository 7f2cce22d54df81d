"""What the parse hangs on the end of a cue's content that belongs to the cue's own clause.

The speaker's next act: the parser often joins it to the content's last verb ("urged the city to act and
proposed a tax", "said the plan works and warned of delays"); a cue verb conjoined to a verb of another form,
under a cue of its own form, is the cue's sibling, leaves the content and takes the cue's speaker. The occasion
of speaking: "... in a tweet", "... at a news conference in Lyon" says where the speaker said it, not what.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .patterns import CUE_VERBS


def owning_cue(verb: Token) -> Token | None:
    """The cue whose next act a conjoined cue verb is: the nearest cue above it in the same form ("proposed" in
    "urged the city to act and proposed a tax" is "urged"'s, though the parse joins it to "act")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_VERBS:
        return None
    if verb.head.tag_ == verb.tag_:
        return None  # "said he supports A and opposes B": both verbs are the content's
    for above in verb.ancestors:
        if above.tag_ == verb.tag_ and above.lemma_.lower() in CUE_VERBS and above.pos_ in {"VERB", "AUX"}:
            return above
    return None


def without_tails(tokens: Sequence[Token], cue: Token) -> list[Token]:
    """The content tokens without the cue's sibling acts that the parse put inside them."""
    cut: set[int] = set()
    for t in tokens:
        owner = owning_cue(t) if t.i not in cut else None
        if owner is not None and owner.i == cue.i:
            cut |= {s.i for s in t.subtree}
    return [t for t in tokens if t.i not in cut]


# Nouns for the occasion or medium of a statement: "in a tweet", "at a news conference"; not events where people
# do more than speak ("testify at a hearing", "speak at a rally"), which a content may be about.
OCCASIONS = frozenset(
    """
    interview statement tweet post speech conference call email letter appearance broadcast remarks release
    video editorial column briefing podcast message op-ed
    """.split()
)
# Platforms named bare: "on Twitter", "on Facebook".
PLATFORMS = frozenset({"twitter", "facebook", "instagram"})
_OCCASION_PREPOSITIONS = frozenset({"in", "at", "on", "during", "via", "through", "over"})


def without_occasion(tokens: Sequence[Token]) -> list[Token]:
    """The content tokens without a closing phrase that says where or through what the speaker said it ("...
    in a tweet", "... at a news conference in Ohio"), which the parse hung on the content's last verb."""
    kept = sorted(tokens, key=lambda t: t.i)
    members = {t.i for t in kept}
    body = [t for t in kept if not (t.is_punct or t.is_space)]
    if len(body) < 2:
        return kept
    last, first = body[-1], body[0]
    for above in (last, *last.ancestors):
        if above.i not in members or above.i <= first.i:
            break
        if above.dep_ == "prep" and above.lower_ in _OCCASION_PREPOSITIONS and _names_occasion(above):
            return [t for t in kept if t.i < above.left_edge.i]
    return kept


def _names_occasion(prep: Token) -> bool:
    """A phrase on a verb naming one occasion ("in a tweet", "at his news conference", "on Twitter"); a
    plural or a definite one is more often what the content is about ("violence at his rallies", "did well in
    the last debate"), and one on a noun is part of it ("his performance at a debate")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    if obj.lower_ in PLATFORMS:
        return True
    singled = any(c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in obj.children)
    return obj.lemma_.lower() in OCCASIONS and obj.tag_ == "NN" and singled
