"""What the parse hangs on the end of a cue's content that belongs to the cue's own clause, or to the writer.

The speaker's next act: the parser often joins it to the content's last verb ("urged the city to act and
proposed a tax", "said the plan works and warned of delays"); a cue verb conjoined to a verb of another form,
under a cue of its own form, is the cue's sibling, leaves the content and takes the cue's speaker. The occasion
of speaking: "... in a tweet", "... at a news conference in Lyon" says where the speaker said it, not what. The
writer's gloss: "..., a plan that has cost millions" explains the last thing named to the reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from .patterns import CUE_VERBS, NESTED_SPEECH_VERBS


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
    """The content tokens without the cue's sibling acts that the parse put inside them, and without another
    speaker's report closing them."""
    cut: set[int] = set()
    members = {t.i for t in tokens}
    for t in tokens:
        if t.i in cut:
            continue
        owner = owning_cue(t)
        if (
            (owner is not None and owner.i == cue.i)
            or _second_report(t, cue, members)
            or _next_act(t, members)
        ):
            cut |= {s.i for s in t.subtree}
            if t.doc[t.left_edge.i - 1].text == ",":
                cut.add(t.left_edge.i - 1)
    return [t for t in tokens if t.i not in cut]


# Participles that say or cite (not "pushing", "highlighting", which the content's own subject may do).
_SAYING_NEXT = NESTED_SPEECH_VERBS | {"cite", "accuse", "quote"}


def next_act_cue(verb: Token) -> Token | None:
    """The cue whose speaker a participle of saying set off by a comma after its content has ("said the council
    had failed, calling the vote a disgrace", "..., telling reporters that ...", "..., citing a report"): the
    participle tells what the speaker did next, though the parse hangs it on the content's last verb."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _SAYING_NEXT:
        return None
    if verb.left_edge.i == 0 or doc[verb.left_edge.i - 1].text != "," or verb.head.i > verb.i:
        return None
    for above in verb.ancestors:
        if above.dep_ == "ccomp" and above.head.lemma_.lower() in CUE_VERBS and above.head.i < above.i:
            return above.head
    return None


def _next_act(verb: Token, members: set[int]) -> bool:
    """A participle of saying closing the content, which the cue's speaker does next."""
    return verb.head.i in members and verb.right_edge.i >= max(members) - 1 and next_act_cue(verb) is not None


def _second_report(verb: Token, cue: Token, members: set[int]) -> bool:
    """A clause of saying with its own subject, joined to the end of the content ("most said the economy
    mattered most, and a third said health care did", "... while a third of the anglers said the fish are fewer"):
    another speaker's report, which its own cue gives, and so is one opened by "that" ("said the plan failed and
    that Lee said it would pass": the second content is Lee's, not the first speaker's). One of time ("... when the
    mayor announced it") is the first speaker's words."""
    if verb.i == cue.i or verb.head.i not in members or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_.lower() not in NESTED_SPEECH_VERBS or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if verb.right_edge.i < max(members) - 1 and not verb.doc[max(members)].is_punct:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in {"mark", "advmod"}}
    if verb.dep_ == "conj":
        return not marks or marks == {"that"}
    return verb.dep_ == "advcl" and bool(marks) and marks <= _CONTRASTS


_CONTRASTS = frozenset({"while", "whereas", "though", "although"})
_COORDINATORS = frozenset({"but", "and", "nor", "yet"})


def coordinate_clause(cue: Token, complements: Sequence[Token]) -> list[Token]:
    """A clause with a subject of its own that the parse joins to the cue after its content and that closes the
    sentence ("said the plan works, but critics remain unconvinced", "said A, but that he would not close any
    schools", "found that 300 back it, while only 40 oppose it"): reported speech runs to the end of its
    sentence, so the clause goes on the content. Another clause of saying is a second report ("..., and a third
    said ..."), which its own cue gives; a clause with no subject is the speaker's next act ("... and left")."""
    if not complements:
        return []
    last = max(c.right_edge.i for c in complements)
    doc = cue.doc
    for child in cue.rights:
        if child.i <= last or not _continues(child):
            continue
        gap = doc[last + 1 : child.left_edge.i]
        if any(not (t.is_punct or t.lower_ in _COORDINATORS) or "\n" in t.text_with_ws for t in gap):
            return []
        end = child.right_edge.i
        if any(t.i > end and not (t.is_punct or t.is_space) for t in cue.sent):
            return []
        sourced = {t.i for a in child.subtree if a.lower_ == "according" for t in a.subtree}
        return [*gap, *(t for t in child.subtree if t.i not in sourced)]  # "according to X" gives its own
    return []


def _continues(clause: Token) -> bool:
    """A clause of the writer's sentence that goes on with the report: a conjunct with a subject (or opened by
    "that") or a clause of contrast, headed by no verb of saying."""
    if clause.pos_ not in {"VERB", "AUX"} or clause.lemma_.lower() in NESTED_SPEECH_VERBS:
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    subjects = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
    if clause.dep_ == "conj":
        return subjects or "that" in marks
    return clause.dep_ == "advcl" and subjects and bool(marks) and marks <= _CONTRASTS


# Nouns for the occasion or medium of a statement: "in a tweet", "at a news conference"; not events where people
# do more than speak ("testify at a hearing", "speak at a rally"), which a content may be about.
OCCASIONS = frozenset(
    """
    interview statement tweet post speech conference call email letter appearance broadcast remarks release
    video editorial column briefing podcast message op-ed
    """.split()
)
# Gatherings where a candidate speaks: "at a rally in Ohio", "during a debate", "after the meeting" close a
# content as the occasion of saying it.
GATHERINGS = frozenset({"rally", "debate", "event", "meeting", "show", "program", "programme", "forum"})
# Platforms named bare: "on Twitter", "on Facebook".
PLATFORMS = frozenset({"twitter", "facebook", "instagram"})
_OCCASION_PREPOSITIONS = frozenset({"in", "at", "on", "during", "via", "through", "over", "after"})


def without_occasion(tokens: Sequence[Token]) -> list[Token]:
    """The content tokens without a closing phrase that says where or through what the speaker said it ("...
    in a tweet", "... at a news conference in Ohio", "... at a rally in Leeds on Monday"), which the parse hung
    on the content's last verb; the day of speaking after it goes with it."""
    kept = sorted(tokens, key=lambda t: t.i)
    members = {t.i for t in kept}
    body = [t for t in kept if not (t.is_punct or t.is_space)]
    if len(body) < 2:
        return kept
    first = body[0]
    for prep in body[1:]:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPOSITIONS or not _names_occasion(prep):
            continue
        if prep.left_edge.i <= first.i or not all(t.i in members for t in prep.subtree):
            continue
        if all(t.i <= prep.right_edge.i or _when(t) for t in body):
            return [t for t in kept if t.i < prep.left_edge.i]
    return kept


def _when(token: Token) -> bool:
    """A word of a phrase that dates or places the occasion ("on Monday", "Tuesday night", "in Ohio")."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return True
    if token.dep_ == "prep" and token.lower_ == "in" and _placed(token):
        return True
    if (
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.lower_ == "in"
        and _placed(token.head)
    ):
        return True
    return token.dep_ == "prep" and any(c.ent_type_ in {"DATE", "TIME"} for c in token.children)


def adjunct(prep: Token) -> bool:
    """A prepositional phrase that says when or where ("on Tuesday", "in Iowa"), not what."""
    if prep.lower_ in {"during", "after", "before", "since", "until", "at", "on", "in", "from", "by"}:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return obj is None or obj.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "ORG"}
    return prep.lower_ in {"during", "after", "before", "since", "until"}


def _placed(prep: Token) -> bool:
    """'in Ohio': a phrase with an object that says where, as any adjunct does."""
    return any(c.dep_ == "pobj" for c in prep.children) and adjunct(prep)


def _names_occasion(prep: Token) -> bool:
    """A phrase on a verb naming one occasion ("in a tweet", "at his news conference", "on Twitter"); a
    plural or a definite one is more often what the content is about ("violence at his rallies", "did well in
    the last debate"), and one on a noun is part of it ("his performance at a debate")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if prep.lower_ == "on" and _outlet(obj) and prep.head.dep_ not in {"nsubj", "nsubjpass"}:
        return True
    if prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    if obj.lower_ in PLATFORMS:
        return True
    singled = any(c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in obj.children)
    lemma = obj.lemma_.lower()
    if lemma in GATHERINGS:
        return obj.tag_ == "NN" and (singled or prep.lower_ in {"after", "during"})
    # "fell after a tweet from the chief": what came after a message is what the content tells, not its occasion
    return lemma in OCCASIONS and obj.tag_ == "NN" and singled and prep.lower_ != "after"


def _outlet(obj: Token) -> bool:
    """A broadcaster or a medium a statement went out on ("on Fox News", "on CNN", "on social media", "on his
    Facebook page"); any other organisation is what the content is about ("sanctions on Huawei", "cracked down
    on Google")."""
    if obj.ent_type_ == "ORG":
        name = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), obj)
        return name.text in BROADCASTERS or BROADCAST_WORDS.search(name.text) is not None
    return obj.lower_ == "media" or (obj.lower_ == "page" and obj.i > 0)


# Broadcasters named bare, and words that name an outlet within its name ("Fox News", "Sky News", "Radio 4").
BROADCASTERS = frozenset(
    "BBC CNN NBC ABC CBS MSNBC CNBC NPR PBS ITV CBC RTE Fox Sky C-SPAN Bloomberg Reuters Newsmax".split()
)
BROADCAST_WORDS = re.compile(r"\b(?:News|TV|Television|Radio|Channel|Network|Broadcasting|FM)\b")


_GLOSS_MARKS = frozenset({",", "—", "–", "--"})


def without_gloss(tokens: Sequence[Token], quoted: Callable[[int], bool]) -> list[Token]:
    """The content tokens without a noun phrase in apposition that closes them, opened by an article and set
    off by a comma or a dash outside any quotation ("... backed the tram plan, a project that has cost
    millions", "... praised the new mayor — the first woman to hold the post"): the writer's gloss on the last
    thing named, not the speaker's words. A name in apposition picks someone out ("his wife, Ana") and a list
    after a comma goes on the content ("the budget, the schools and the roads"): both stay."""
    kept = sorted(tokens, key=lambda t: t.i)
    body = [t for t in kept if not (t.is_punct or t.is_space)]
    if len(body) < 2:
        return kept
    first, last = body[0], body[-1]
    for t in kept:
        if t.dep_ != "appos" or t.left_edge.i <= first.i + 1 or t.right_edge.i < last.i:
            continue
        mark = t.doc[t.left_edge.i - 1]
        if mark.text in _GLOSS_MARKS and not quoted(mark.idx) and _glosses(t):
            return [k for k in kept if k.i < mark.i]
    return kept


def _listed(t: Token) -> bool:
    """An article-led appositive after a comma: one item of a list of noun phrases."""
    edge = t.left_edge
    return (
        t.dep_ == "appos"
        and edge.i > 0
        and t.doc[edge.i - 1].text == ","
        and edge.lower_ in {"a", "an", "the"}
    )


def _glosses(appos: Token) -> bool:
    """An appositive that describes rather than names: opened by an article, and no item of a list ("a tax cut,
    a war, a balanced budget", which the parse chains as appositives)."""
    opener = appos.left_edge
    if opener.lower_ not in {"a", "an", "the"} or opener.head.i != appos.i:
        return False
    others = (*appos.subtree, *appos.head.children, *appos.ancestors)
    chained = any(t.i != appos.i and _listed(t) for t in others)
    return not chained and not any(c.dep_ in {"cc", "conj"} for c in appos.children)
