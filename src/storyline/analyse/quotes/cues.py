"""Quotes found from a cue in the dependency parse: reporting verbs, "according to" and speech nouns.

Every cue outside a quoted segment yields drafts: its clausal complement is the content (or the quoted
segment next to it, or the block after its colon), its subject is the speaker. Object-taking verbs
("endorsed Lee", "urged Congress to act") give weak drafts whose content is the stated position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .adjacent import adjacent_segment, colon_block, resumed_segment
from .content import Draft, content_drafts, trim
from .patterns import (
    ACTS_WITH_PARTICLE,
    CUE_VERBS,
    LEADING_PREPOSITIONS,
    NESTED_SPEECH_VERBS,
    OBJECT_DEPS,
    OBJECT_VERBS,
    QUOTE_CHARS,
    RECORD_NOUNS,
    SAYER_NOUNS,
    SPEECH_NOUNS,
    STANCE_ADJECTIVES,
)
from .segments import covered
from .speakers import phrase, subject
from .tails import (
    GATHERINGS,
    OCCASIONS,
    PLATFORMS,
    coordinate_clause,
    without_gloss,
    without_occasion,
    without_tails,
)
from .tails import adjunct as _adjunct


def cue_drafts(doc: Doc, segments: Sequence[tuple[int, int]]) -> list[Draft]:
    inside = covered(segments)
    drafts: list[Draft] = []
    for token in doc:
        lower, lemma = token.lower_, token.lemma_.lower()  # read once: each read builds a new string
        if (lower not in _CUE_LOWERS and lemma not in _CUE_LEMMAS) or inside(token.idx):
            continue  # no cue reads this token (asked first: cheaper than the quoted-segment lookup)
        if lower == "according" and any(c.lower_ == "to" for c in token.children):
            drafts += _according_to(doc, token, segments)
        elif lower in STANCE_ADJECTIVES and token.dep_ == "acomp":
            drafts += _stance_adjective(doc, token, segments)
        elif (lemma in CUE_VERBS or (lemma in _RETORT_VERBS and _hits_back(token))) and token.pos_ in _VERBS:
            found = _verb_cue(doc, token, segments)
            if not found and drafts and token.tag_ == "VBG" and token.is_sent_start:
                found = _borrowed_cue(doc, token, drafts[-1], segments)
            drafts += found
        elif lemma in SPEECH_NOUNS and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            drafts += _noun_cue(doc, token, segments)
        elif lemma == "make" and token.pos_ == "VERB":
            drafts += _made_claim(doc, token, segments)
    return drafts


# Verbs that report a retort with the particle "back" ("shot back that ...", "fired back: ...", "hit back at ...").
_RETORT_VERBS = frozenset({"shoot", "fire", "hit", "strike", "push", "snap"})
# The lower forms and lemmas the cues above are read by.
_CUE_LOWERS = STANCE_ADJECTIVES | {"according"}
_CUE_LEMMAS = CUE_VERBS | _RETORT_VERBS | SPEECH_NOUNS | {"make"}
_VERBS = frozenset({"VERB", "AUX"})


def _hits_back(verb: Token) -> bool:
    """Whether a retort verb (``_RETORT_VERBS``) has the particle "back"."""
    return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children)


def _borrowed_cue(doc: Doc, verb: Token, previous: Draft, segments: Sequence[tuple[int, int]]) -> list[Draft]:
    """'Adding, "..."' opening a sentence: the quote right after goes to the speaker just quoted."""
    text = doc_text(doc)
    after = verb.idx + len(verb)
    if previous.speaker is None or previous.end > verb.idx or "\n\n" in text[previous.end : verb.idx]:
        return []
    for s, e in segments:
        if s >= after:
            if re.fullmatch(r"[ \t\xa0]*[,:]?[ \t\xa0]*", text[after:s]):
                return [Draft(s, e, previous.speaker, (verb.idx, after))]
            break
    return []


def _noun_cue(doc: Doc, noun: Token, segments: Sequence[tuple[int, int]]) -> list[Draft]:
    """'Okafor's response was that it's too late ...': the owner of a speech noun said what the copula
    gives it."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return []
    copula = noun.head
    content = [c for c in copula.rights if c.dep_ in {"attr", "ccomp", "acomp", "xcomp"}]
    if not content:
        return []
    tokens = [t for c in content for t in c.subtree]
    cue = (noun.idx, copula.idx + len(copula))
    return content_drafts(doc, tokens, phrase(owner), cue, segments)


# What one makes in saying something: "made the case that ...", "made the point that ...", "made (it) clear that ...".
_MADE_CLAIMS = frozenset({"case", "point", "argument", "claim", "clear"})


def _made_claim(doc: Doc, verb: Token, segments: Sequence[tuple[int, int]]) -> list[Draft]:
    """'Lee made the case that the tax is fair', "the officials made clear they have no plans": the clause after
    the claim made is what the subject said."""
    claim = next((t for t in doc[verb.i + 1 : verb.i + 4] if t.lemma_.lower() in _MADE_CLAIMS), None)
    speaker = subject(verb, segments)
    if claim is None or speaker is None or verb.i not in {claim.head.i, claim.head.head.i}:
        return []  # the claim hangs on the verb, or on its object ("made it clear")
    # A clause of the verb or the claim; one opened by "that" may hang on a phrase between ("the case for weeks that").
    clause = next(
        (
            t
            for t in doc[claim.i + 1 : verb.right_edge.i + 1]
            if t.left_edge.i > claim.i
            and (
                (t.dep_ == "ccomp" and t.head.i in {verb.i, claim.i})
                or (t.dep_ in {"ccomp", "acl", "advcl"} and verb.i <= t.head.i < t.i and _opens_with_that(t))
            )
        ),
        None,
    )
    if clause is None:
        return []
    cue = (verb.idx, claim.idx + len(claim))
    return content_drafts(doc, list(clause.subtree), phrase(speaker), cue, segments)


def _opens_with_that(clause: Token) -> bool:
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i


def _stance_adjective(doc: Doc, adjective: Token, segments: Sequence[tuple[int, int]]) -> list[Draft]:
    """'Lee is confident that the bill will pass', 'tenants are worried that rents will rise': the subject holds
    the view its that-clause states."""
    clause = next((c for c in adjective.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None)
    speaker = subject(adjective.head, segments)
    if clause is None or speaker is None:
        return []
    cue = (adjective.idx, adjective.idx + len(adjective))
    return content_drafts(doc, list(clause.subtree), phrase(speaker), cue, segments)


def _verb_cue(doc: Doc, verb: Token, segments: Sequence[tuple[int, int]]) -> list[Draft]:
    cue = (verb.idx, verb.idx + len(verb))
    speaker = subject(verb, segments)
    if speaker is None:
        return []
    complements = _complements(verb, speaker)
    segment = adjacent_segment(doc, verb, speaker, segments)
    if (
        segment is not None
        and segment[1] <= verb.idx
        and (
            _unquoted_after(verb, complements, segments)
            or _trailing_participle(verb)
            or _nearer_cue(doc, verb, segment)
        )
    ):
        # 'On "Harbour Week Tonight," Berg said her judgment is in question': the title is no quote.
        segment = None
    if segment is not None:
        segment = _with_lead_in(doc, segment, complements, segments)
        segment = _with_announced_object(doc, verb, segment)
        found = [Draft(segment[0], segment[1], phrase(speaker), cue)]
        resumed = resumed_segment(doc_text(doc), segment, max(cue[1], phrase(speaker)[1]), segments)
        if resumed is not None:
            found.append(Draft(resumed[0], resumed[1], phrase(speaker), cue))
        return found
    block = colon_block(doc_text(doc), verb, segments)
    if block is not None:
        return [Draft(block[0], block[1], phrase(speaker), cue)]
    if complements:
        tokens = without_tails([t for child in complements for t in child.subtree], verb)
        tokens = without_gloss(without_occasion(tokens), covered(segments))
        tokens += coordinate_clause(verb, complements)
        return content_drafts(doc, tokens, phrase(speaker), cue, segments)
    clause = _misparsed_clause(verb) or _sentence_before(verb) or _sourced_clause(verb)
    if clause:
        return content_drafts(doc, clause, phrase(speaker), cue, segments)
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        excluded = {t.i for t in verb.subtree}
        tokens = [t for t in verb.head.subtree if t.i not in excluded]
        return content_drafts(doc, tokens, phrase(speaker), cue, segments)
    if (verb.lemma_.lower() in OBJECT_VERBS and _can_hold_view(speaker)) or _record_shows(verb, speaker):
        tokens = without_occasion(without_tails(_object_tokens(verb), verb))
        tokens = without_gloss(tokens, covered(segments))
        if tokens:
            return content_drafts(doc, tokens, phrase(speaker), cue, segments, weak=True)
    return []


def _nearer_cue(doc: Doc, verb: Token, segment: tuple[int, int]) -> bool:
    """'"...," Lee told the paper when asked about ...': a verb of saying between the quotation and this cue is
    the quotation's; this one, sharing its speaker, has a content of its own."""
    span = doc.char_span(segment[1], verb.idx, alignment_mode="contract")
    return span is not None and any(
        t.lemma_.lower() in NESTED_SPEECH_VERBS and t.pos_ == "VERB" for t in span
    )


def _trailing_participle(verb: Token) -> bool:
    """'"...," Lee said, citing the rents': a participle hung on an earlier cue is the speaker's next act; the
    quotation before the clause is the earlier cue's, and the participle's own content is its object."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and head.i < verb.i
        and head.pos_ in {"VERB", "AUX"}
        and head.lemma_.lower() in CUE_VERBS
    )


def _complements(verb: Token, speaker: Token) -> list[Token]:
    """The cue's clausal complements on one side: after the verb when it has any there ("X said A and B
    was C" gives two), else before it ("A, X said")."""
    found = [c for c in verb.children if c.dep_ == "ccomp" and c.i != speaker.i]
    after = [c for c in found if c.i > verb.i]
    # "Most tenants said A, and half said B": a later clause of saying with a subject of its own is a
    # second report, which its own cue gives.
    after = [c for k, c in enumerate(after) if k == 0 or not _reports(c)]
    return after or found or _detached_that_clause(verb)


def _reports(clause: Token) -> bool:
    """A clause headed by a verb of saying with its own subject, not opened by "that"."""
    return (
        clause.lemma_.lower() in NESTED_SPEECH_VERBS
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ == "mark" for c in clause.children)
    )


def _detached_that_clause(verb: Token) -> list[Token]:
    """'Okafor says in a statement that ...', 'Lindqvist said after a hearing in 2009 that ...': a that-clause
    the parser hung on a phrase between the cue and its content."""
    for child in verb.rights:
        if child.dep_ != "prep":
            continue
        for t in child.subtree:
            marker = t.left_edge
            if t.dep_ in {"ccomp", "acl", "relcl"} and marker.lower_ == "that" and marker.dep_ == "mark":
                return [t]
    return []


def _unquoted_after(verb: Token, complements: Sequence[Token], segments: Sequence[tuple[int, int]]) -> bool:
    """The verb's complement follows it directly, outside any quotation ("Berg said her judgment ..."): a
    clause after a comma ('she said of the race, in which ...') is more often a misparse than the content."""
    inside = covered(segments)
    return any(c.left_edge.i == verb.i + 1 and not inside(c.left_edge.idx) for c in complements)


# Verbs that take a clause, never a plain object, in reported speech: an object the parser gives them is a
# clause it misread ('McCain says the movement ... appeals to the "bad angels"', "appeals" taken for a noun).
_CLAUSE_VERBS = frozenset({"say", "claim", "argue", "insist", "state", "add", "note", "explain", "contend"})


def _misparsed_clause(verb: Token) -> list[Token]:
    """A clause-taking cue's long object with a verb inside it, read as the clause it is."""
    if verb.lemma_.lower() not in _CLAUSE_VERBS:
        return []
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    tokens = list(obj.subtree)
    if len(tokens) < 5 or not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return []
    return tokens


def _sentence_before(verb: Token) -> list[Token]:
    """'OSLO — The strike will end, the union said.': a reporting clause after a comma closes the sentence before
    it, which is its content, where the parse cut the sentence at the comma (a dateline often misleads it)."""
    sent = verb.sent
    opener = sent[0]
    if (
        opener.text != ","
        or opener.i == 0
        or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
    ):
        return []
    if any(t.is_punct and t.text not in {",", "."} for t in sent):
        return []
    before = verb.doc[opener.i - 1].sent
    if before[-1].text in {".", "!", "?", ":", ";"} or any("\n" in t.text_with_ws for t in before[:-1]):
        return []
    return [t for t in before if not t.is_space]


# What an "as" clause of saying may hold besides its speaker and its occasion: an object makes it an act ("as
# he signed the bill"), except the one spoken to ("as Lee told reporters, ...").
_AS_CLAUSE_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def _sourced_clause(verb: Token) -> list[Token]:
    """'As the paper reported, the mayor never paid', 'the plan failed, as Lee noted': a cue in a clause opened by
    "as", with nothing said of its own, gives the source of the clause it hangs on, which is the content."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ not in {"VERB", "AUX"} or verb.left_edge.lower_ != "as":
        return []
    if verb.left_edge.dep_ != "mark" or verb.left_edge.head.i != verb.i:
        return []
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return []  # "As expected, ...": nobody is named
    addressee = verb.lemma_.lower() in _ADDRESSING
    if any(c.dep_ in _AS_CLAUSE_OBJECTS and not (addressee and c.dep_ == "dobj") for c in verb.children):
        return []
    excluded = {t.i for t in verb.subtree}
    # The link ("But as Lee noted, ...") and the comma before the clause are the writer's.
    kept = {
        t.i
        for t in head.subtree
        if t.i not in excluded and not (t.i < verb.i and t.head.i == head.i and t.dep_ in {"cc", "punct"})
    }
    # Only the unbroken stretch around the clause's verb: a parse that runs on past a line or a colon glues on
    # words of another sentence.
    first = last = head.i
    while first - 1 in kept:
        first -= 1
    while last + 1 in kept:
        last += 1
    return list(verb.doc[first : last + 1])


# Cues whose object before a colon is the one spoken to ("told reporters: ..."), not what is said.
_ADDRESSING = frozenset({"tell", "ask", "inform", "remind", "assure", "warn", "urge", "answer", "thank"})


def _with_announced_object(doc: Doc, verb: Token, segment: tuple[int, int]) -> tuple[int, int]:
    """'The Gazette lists a few plain facts: "..."', 'he told of the stance many take: "..."': the thing the
    cue names before the colon announces the quotation after it, and the content runs from it to the quote's
    end. A person spoken to ("told reporters:"), an occasion ("said in a statement:") or a time is no such thing."""
    text = doc_text(doc)
    after = verb.idx + len(verb)
    start, end = segment
    gap = text[after:start]
    if start < after or not gap.rstrip().endswith(":") or "\n" in gap or verb.lemma_.lower() in _ADDRESSING:
        return segment
    obj = next((c for c in verb.rights if c.dep_ in {"dobj", "ccomp"} and c.i > verb.i), None)
    if obj is None or obj.idx >= start or obj.left_edge.i != verb.i + 1:
        return segment
    if obj.pos_ in {"PRON", "PROPN"} or obj.ent_type_ in {"PERSON", "ORG", "NORP", "DATE", "TIME"}:
        return segment
    colon = doc.char_span(after, start, alignment_mode="expand")
    members = {t.i for t in obj.subtree}
    if colon is None or any(t.i not in members for t in colon if t.text != ":" and not t.is_space):
        return segment  # only the object stands between the cue and the colon
    if any(t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" and t.dep_ != "amod" for t in colon):
        return segment  # "supporters saying:": a cue of its own gives the quote
    return obj.left_edge.idx, end


def _with_lead_in(
    doc: Doc, segment: tuple[int, int], complements: Sequence[Token], segments: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """'Both parties "saw Burma as ...," said Cha': the unquoted words that open the quoted clause belong to
    the content, when the parse puts them in the complement and they share the quote's line."""
    start, end = segment
    text = doc_text(doc)
    for child in complements:
        first = child.left_edge
        if not (
            first.idx < start <= child.right_edge.idx + len(child.right_edge) and child.right_edge.idx < end
        ):
            continue
        lead = text[first.idx : start]
        if "\n" in lead or any(ch in lead for ch in QUOTE_CHARS) or re.search(r"[.!?]\s", lead):
            continue
        start = trim(text, first.idx, end, segments)[0]
    return start, end


def _record_shows(verb: Token, subject: Token) -> bool:
    """'A new poll shows Lee with a lead', 'records show no payments': a record's finding is its object."""
    return verb.lemma_.lower() == "show" and subject.lemma_.lower() in RECORD_NOUNS


def _can_hold_view(subject: Token) -> bool:
    """People, organisations and their publications state positions; attacks and plans do not."""
    if subject.pos_ in {"PRON", "PROPN"} or subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return subject.lower_ not in {"it", "this", "that", "which", "what"} or subject.pos_ == "PROPN"
    return subject.lemma_.lower() in SAYER_NOUNS or subject.lower_ in {"many", "most", "some", "others"}


def _object_tokens(verb: Token) -> list[Token]:
    """The stated position after an object-taking cue: its object, infinitive or 'on/to/for' phrase; none
    after a phrasal verb that names an act ("picked up two delegates")."""
    acts = ACTS_WITH_PARTICLE.get(verb.lemma_.lower(), frozenset())
    if any(c.dep_ == "prt" and c.lower_ in acts for c in verb.children):
        return []
    held = _held_view(verb)
    if held is not None:
        return list(held.subtree)
    infinitive = _infinitive_after_adjuncts(verb)
    if infinitive is not None:
        # "called for the city to act": the "for" is the verb's.
        return [t for t in infinitive.subtree if not (t.i == infinitive.left_edge.i and t.dep_ == "mark")]
    tokens: list[Token] = []
    for child in verb.rights:
        if child.is_space or (child.dep_ == "prt" and not tokens):
            # a non-breaking space the tokenizer kept as a word; the verb's own particle before its object
            # ("pointed out the flaws", "talked up her plan")
            continue
        if not tokens and (child.dep_ == "npadvmod" or _occasion_phrase(child)):
            continue  # "asked several times whether ...", "voted 6-1 for ...", "said in an interview"
        if child.dep_ not in OBJECT_DEPS:
            break
        part = list(child.subtree)
        if child.dep_ == "prep" and child.lower_ in LEADING_PREPOSITIONS and not tokens:
            part = [t for t in part if t is not child]
        elif child.dep_ == "prep" and tokens:
            keep = (child.lower_ in {"of", "for", "as"} or not _adjunct(child)) and not _duration(verb, child)
            part = part if keep else []
        tokens += part
    return tokens


# Nouns of a feeling or view one expresses about a state of affairs: "expressed concern that ...".
_VIEW_NOUNS = frozenset(
    """
    concern hope fear doubt worry confidence optimism belief surprise frustration anger dismay
    disappointment regret skepticism scepticism outrage alarm
    """.split()
)


# Verbs that put a feeling or view into words ("expressed concern that ..."), not ones that turn it away
# ("dismissed concern that ...", "rejected the hope that ...").
_EXPRESSING_VERBS = frozenset({"express", "voice"})


def _held_view(verb: Token) -> Token | None:
    """'expressed concern that the bridge would close', "voiced hope that talks resume": the that-clause on the
    noun of feeling is what the subject holds; the noun goes with the verb, as "feared" or "hoped" would. Only a
    complement clause with its own subject, not a relative clause on the noun ("the hope that voters placed")."""
    if verb.lemma_.lower() not in _EXPRESSING_VERBS:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _VIEW_NOUNS:
        return None
    return next((c for c in obj.rights if c.dep_ in {"acl", "ccomp"} and _complement_clause(c)), None)


def _complement_clause(clause: Token) -> bool:
    """A that-clause that states something in full: "that" only marks it, the clause has a subject of its own
    and no object gap left for the noun it hangs on ("the hope that voters placed in him")."""
    that = clause.left_edge
    if (that.lower_, that.dep_, that.head) != ("that", "mark", clause):
        return False
    if not _has_subject(clause):
        return False
    if any(c.dep_ == "ccomp" and not _has_subject(c) for c in clause.children):
        return False  # "concern that Lee said was overblown": the noun is the inner clause's subject
    if clause.pos_ == "VERB" and clause.lemma_.lower() in _GAPPED_VERBS:
        if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in clause.children):
            return True
        return clause.lemma_.lower() in _ALSO_INTRANSITIVE and _used_intransitively(clause)
    return True


def _used_intransitively(clause: Token) -> bool:
    """'that the ceasefire would hold', "that the children feel unsafe", "that the truce would hold firm": a verb
    that can go without an object, with a complement of its own or a subject that holds no feeling; not "the
    hope that many voters hold", whose object is the noun."""
    if any(
        c.dep_ in {"acomp", "oprd", "prt"} or (c.dep_ == "advmod" and c.i > clause.i) for c in clause.children
    ):
        return True
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and not _can_hold_view(subject)


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.lower_ != "that" for c in clause.children)


# Verbs that need an object: without one the clause on the noun is relative ("the hope that voters placed in him").
_GAPPED_VERBS = frozenset(
    {"place", "put", "have", "hold", "give", "share", "make", "raise", "take", "feel", "offer"}
)
# Of those, verbs that also go without an object ("the ceasefire would hold", "the children feel unsafe").
_ALSO_INTRANSITIVE = frozenset({"hold", "feel"})


def _infinitive_after_adjuncts(verb: Token) -> Token | None:
    """'promised Sunday at a rally in Leeds to cut fares', "vowed in an interview to block the bill", "called for
    the city to act": the infinitive after the day and the occasion of stating the stance, which the parse hangs
    on the verb as a clause or on the occasion's noun."""
    for child in verb.rights:
        if child.dep_ == "npadvmod" or _occasion_phrase(child) or (child.dep_ == "prep" and _adjunct(child)):
            closing = _closing_infinitive(child)
            if closing is not None:
                return closing
            continue
        return child if child.dep_ == "advcl" and _infinitive(child) else None
    return None


def _infinitive(verb: Token) -> bool:
    """ "to cut", "to be hit": a verb with its "to"."""
    return verb.tag_ in {"VB", "VBN"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _closing_infinitive(phrase_head: Token) -> Token | None:
    """The infinitive that closes a phrase ("a rally in Leeds to cut fares"), hung on a noun inside it."""
    last = next((t for t in phrase_head.subtree if t.i == phrase_head.right_edge.i), None)
    for t in phrase_head.subtree:
        if t.dep_ == "acl" and _infinitive(t) and last is not None and t.right_edge.i == last.i:
            return t
    return None


def _occasion_phrase(prep: Token) -> bool:
    """'at a rally in Leeds', "in an interview", "during the debate": where the speaker stated the stance."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"at", "in", "during", "on"}
        and obj is not None
        and obj.lemma_.lower() in OCCASIONS | GATHERINGS | PLATFORMS
    )


# Nouns of a stretch of time: "for years", "for two hours", "for decades".
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "while"})
# Verbs whose "for two years" is part of what is put forward ("proposed a freeze for two years").
_PROPOSING_VERBS = frozenset(
    {"propose", "suggest", "seek", "call", "urge", "recommend", "request", "demand", "offer"}
)


def _duration(verb: Token, prep: Token) -> bool:
    """'has opposed the pipeline for years', "opposed the pipeline for years": how long a stance has been held, on
    a perfect or past verb only, not what it is about ("criticized the board for years of neglect", "endorsed
    the budget for 2025")."""
    if prep.lower_ != "for" or verb.lemma_.lower() in _PROPOSING_VERBS:
        return False
    if verb.tag_ != "VBD" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or any(c.dep_ in {"prep", "acl", "relcl"} for c in obj.children):
        return False
    if any(
        t.lower_ in {"next", "coming", "this", "that"} or (t.like_num and len(t.text) == 4)
        for t in obj.subtree
    ):
        return False
    return obj.lemma_.lower() in _TIME_UNITS


def _according_to(doc: Doc, according: Token, segments: Sequence[tuple[int, int]]) -> list[Draft]:
    to = next(c for c in according.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return []
    cue = (according.idx, to.idx + len(to))
    clause = according.head
    while clause.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"} and clause.head is not clause:
        clause = clause.head
    while (
        clause.dep_ == "conj"
        and clause.i < according.i
        and clause.head.pos_ in {"VERB", "AUX"}
        and clause.lemma_.lower() not in NESTED_SPEECH_VERBS
    ):
        # "A rose, B fell and C held, according to the poll": the source closes the whole coordination; a
        # report ("..., and Lee said that ..., according to a transcript") is what it sources alone.
        clause = clause.head
    excluded = {t.i for t in according.subtree}
    tokens = [t for t in clause.subtree if t.i not in excluded]
    return content_drafts(doc, tokens, phrase(source), cue, segments)
