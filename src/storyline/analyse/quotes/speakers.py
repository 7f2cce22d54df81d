"""The speaker phrase of a cue, as written: the verb's subject and its noun phrase's character span.

The subject is the active subject, the agent of a passive cue, or the one a participle or conjoined verb
borrows; the phrase is cut to the name without its asides, datelines and edge punctuation. Resolving a
pronoun or role to a named person is ``resolution``'s job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .patterns import NESTED_SPEECH_VERBS, PERSON_PRONOUNS, REPORTING_VERBS
from .segments import covered
from .tails import OCCASIONS, next_act_cue, owning_cue


def subject(verb: Token, segments: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The verb's active subject; participles and conjoined verbs ("..., adding", "and added") borrow it.

    A subject inside a quotation is the quote's own word glued on by the parser ('"..., it will," said
    James Acton'): the one outside wins. A verb of saying the parser left with no subject outside the quotation
    has the name written right before it ('"...," Lee, 58, told the paper', "..., former mayor Lee said the ...").
    """
    found = _parsed_subject(verb, segments)
    inside = covered(segments)
    if (found is None or (inside(found.idx) and not inside(verb.idx))) and _finite_saying(verb):
        name = _name_before(verb, inside)
        if name is not None and (found is None or not _in_title(found, segments)):
            return name
    return found


# The most words a quoted title in a speaker's name runs to ('"Broad City" star Lee said').
_TITLE_WORDS = 4


def _in_title(token: Token, segments: Sequence[tuple[int, int]]) -> bool:
    """The token is inside a short quotation: a title the speaker's phrase holds, not a quoted sentence."""
    text = doc_text(token.doc)
    return any(s <= token.idx < e and len(text[s:e].split()) <= _TITLE_WORDS for s, e in segments)


def _finite_saying(verb: Token) -> bool:
    return verb.tag_ in {"VBD", "VBZ", "VBP"} and verb.lemma_.lower() in NESTED_SPEECH_VERBS


# How many words an aside between a speaker's name and the verb may run to ("Lee, 58, said", "Lee, a teacher who
# ran for mayor in 2019, said").
_ASIDE_WORDS = 30


def _name_before(verb: Token, inside: Callable[[int], bool]) -> Token | None:
    """The name or personal pronoun that ends right before the verb on its line, or before the aside set off by
    commas in between."""
    doc = verb.doc
    start = verb.sent.start
    j = verb.i - 1
    if j < start or "\n" in doc[j].text_with_ws:
        return None
    if doc[j].text == ",":
        k = j - 1
        while k > max(start, j - _ASIDE_WORDS) and doc[k].text != "," and "\n" not in doc[k].text_with_ws:
            k -= 1
        if k <= start or doc[k].text != ",":
            return None
        j = k - 1
    name = doc[j]
    if inside(name.idx) or name.ent_type_ in _NO_SPEAKER_ENTITIES:
        return None  # "... queueing for the ferry Tuesday say": a day speaks not
    return name if name.pos_ == "PROPN" or name.lower_ in PERSON_PRONOUNS | {"they"} else None


_NO_SPEAKER_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _parsed_subject(verb: Token, segments: Sequence[tuple[int, int]]) -> Token | None:
    """The subject the parse gives the verb, its controller's or the verb's it hangs on."""
    owner = owning_cue(verb) or next_act_cue(verb)
    if owner is not None:
        # "urged the city to act and proposed a tax": the sibling act has the cue's speaker.
        return subject(owner, segments)
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
            # Two subjects side by side are one name the parse split ("frontrunner Ann Lee"): the one next
            # to the verb heads it, and its phrase takes in the other.
            child = outside[-1] if outside else subjects[0]
            return child if child.dep_ == "nsubj" else None
        if current.dep_ == "xcomp" and _extraposed(current.head):
            return None  # "It is hard to say whether ...": nobody says it
        if current.dep_ == "xcomp":
            # "prompted the Atlas to state": the object of the controlling verb is the one who states.
            controller = next((c for c in current.head.children if c.dep_ == "dobj"), None)
            if controller is not None and controller.i < current.i:
                return controller
        if _on_its_speaker(current):
            # "a statement saying that ...", "calls warning that ...", "Several papers reported the deal had ...";
            # a statement someone issued speaks for them ("the union issued a statement saying ...").
            return _issuer(current.head, segments) or current.head
        if current.dep_ in {"advcl", "conj", "xcomp"} and current.head is not current:
            current = current.head
        elif _predicate_of_saying(current):
            # "voters were more likely to say ...", "they are focused on ...": the copula's subject.
            current = current.head
        elif _after_preposition(current):
            # "distanced himself by saying ...", "pivoted to arguing that ...": the one who did the act.
            current = current.head.head
        else:
            return None
    return None


# Adjectives of readiness or likelihood whose infinitive is the subject's act ("likely to say", "quick to praise").
_READY = frozenset(
    "likely unlikely quick eager willing unwilling ready keen reluctant prepared determined careful happy".split()
)


def _predicate_of_saying(word: Token) -> bool:
    """A participle or an adjective of readiness after a copula ("are focused on", "were likely to say"), whose
    subject is the one who says; not "it" ("it is likely to say little"), which stands for no one."""
    if word.dep_ != "acomp" or not (word.pos_ == "VERB" or word.lower_ in _READY):
        return False
    subjects = [c for c in word.head.children if c.dep_ == "nsubj"]
    return not subjects or subjects[0].lower_ not in {"it", "this", "that"}


def _extraposed(head: Token) -> bool:
    """'It is hard to say', "it was fair to argue": a copula whose subject "it" stands for the infinitive after it."""
    return head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)


# Writings whose issuer speaks through them: "the club issued a statement saying ...".
_ISSUED = frozenset({"statement", "letter", "release", "memo", "email", "tweet", "post", "message", "note"})


def _issuer(writing: Token, segments: Sequence[tuple[int, int]]) -> Token | None:
    """Who issued a statement, letter or post that says a clause: the subject of the verb that put it out ("the
    ministry issued a statement saying ..."); one who received, found or read it is no speaker ("Lee received a
    letter saying ...")."""
    if writing.lemma_.lower() not in _ISSUED or writing.dep_ != "dobj":
        return None
    if writing.head.lemma_.lower() not in _ISSUING:
        return None
    return _parsed_subject(writing.head, segments)


_ISSUING = frozenset("issue release send post publish put write tweet sign deliver circulate file".split())


def _on_its_speaker(verb: Token) -> bool:
    """A participle that reports a clause, hung on a noun: the noun says it (a reduced relative, or a verb in the past
    the parse read as one)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBG", "VBN"}
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and verb.head.ent_type_ not in _NO_SPEAKER_ENTITIES  # "endorsed her Saturday, saying ..."
        and verb.head.i < verb.i
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


# Prepositions whose verb in -ing is the subject's own act of saying ("by saying", "pivoted to arguing"), and those
# of time, where it is only when the verb reports a clause ("after insisting the deal was dead", not "released him
# after questioning him"); one that another does to him ("criticized him for saying") or that did not happen
# ("without saying") is left out.
_MEANS_PREPOSITIONS = frozenset({"by", "in", "to"})
_TIME_PREPOSITIONS = frozenset({"after", "before", "upon", "on"})


def _after_preposition(verb: Token) -> bool:
    """A verb in -ing after a preposition of the subject's own act, the phrase hung on a verb."""
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or verb.tag_ != "VBG"
        or prep.dep_ != "prep"
        or prep.head.pos_ not in {"VERB", "AUX"}
    ):
        return False
    if prep.lower_ in _TIME_PREPOSITIONS:
        return any(c.dep_ == "ccomp" for c in verb.children)
    return prep.lower_ in _MEANS_PREPOSITIONS


_DASH_GLUED = re.compile(r"-[^\W\d_]")


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
        # "The mayor, speaking in Leeds,": the speaker without the aside.
        if _aside(child) or _when_or_where_said(child) or _reports_apart(child):
            last = min(last, child.left_edge.i - 1)
    for sibling in token.head.lefts:
        if sibling.dep_ == "nsubj" and token.dep_ == "nsubj" and sibling.right_edge.i == first - 1:
            first = sibling.left_edge.i
    for child in token.lefts:
        if child.dep_ in {"ccomp", "csubj", "parataxis", "advcl"}:
            # '"That is fair," Lee, 69, told ...': a quotation the parse hung on the speaker is no part of the name.
            first = max(first, child.right_edge.i + 1)
    for child in token.lefts:
        # "Even the mayor said" is the mayor's; "nearly half of voters" keeps its "nearly", and coordinated
        # speakers their paired conjunction ("both the mayor and the governor", "neither the union nor ...")
        if child.dep_ == "advmod" and child.i == first and not _quantity(token):
            first = child.right_edge.i + 1
    for t in doc[first:last]:
        # A dateline ("RENO, Nev. (AP) —") or an earlier line glued on by the parser is not the speaker.
        if (
            t.i < token.i
            and (t.text in _DASHES or "\n" in t.text or "\n" in t.whitespace_)
            or _dateline_dash(t)
        ):
            first = t.i + 1
    if last > first and _floating_quantifier(doc[last], token):
        # "Reyes and Okafor both said": the quantifier floats off the subject; it names no one.
        last -= 1
    while last > first and (
        (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc" or doc[last].lower_ in _REFLEXIVE)
        and not _closes_pair(doc, first, last)
    ):
        last -= 1
    while first < last and (doc[first].is_punct or doc[first].is_space) and not _opens_pair(doc, first, last):
        first += 1
    while first < token.i and doc[first].tag_ in _WH_WORDS and _names_without_it(token):
        # "a rival who many in the party backed", "that is how many experts viewed it": the relative or
        # question word opens the clause the speaker speaks in; it is no part of the speaker ("whose" is).
        first += 1
    start = doc[first].idx + (1 if _DASH_GLUED.match(doc[first].text) else 0)  # a list's dash glued on
    return start, doc[last].idx + len(doc[last])


_DASHES = frozenset({"—", "–", "--"})
_WH_WORDS = frozenset({"WP", "WDT", "WRB"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
"""Words that stress a speaker ("the president himself said"), not part of the name."""
_FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "majority", "percent"})


def _aside(child: Token) -> bool:
    """Whether a right child of the speaker's head opens an aside: a clause of time or reason ("when asked") or a
    participle set off by a comma or a dash ("the mayor, speaking in Leeds,"). A participle that picks the speaker
    out ("a poll released on Monday", "a union representing pilots") is part of the phrase, and so is a relative
    clause, set off or not: attribution corpora keep it about as often as they leave it (not one that reports
    words of its own: ``_reports_apart``)."""
    return (
        child.dep_ == "advcl"
        or (child.dep_ == "acl" and _set_off(child.doc, child.left_edge.i))
        or _on_its_speaker(child)  # "a statement saying that ...": what the statement says
    )


def _reports_apart(child: Token) -> bool:
    """A comma-set relative clause on the speaker that reports words of its own ("Lee, who said the plant
    would close, told workers ..."): a second attribution, not who the speaker is. A negated one ("who did
    not say that ...") stays: it describes the speaker."""
    return (
        child.dep_ == "relcl"
        and _set_off(child.doc, child.left_edge.i)
        and child.lemma_.lower() in REPORTING_VERBS
        and any(c.dep_ == "ccomp" for c in child.children)
        and not any(c.dep_ == "neg" for c in child.children)
    )


def _names_without_it(head: Token) -> bool:
    """Whether a speaker's head names someone once a wh-word before it is gone ("many", "experts"); not a
    quantifier floating off the relative pronoun ("who both said") or a clitic the parser made the head."""
    return (
        head.is_alpha
        and head.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "ADJ"}
        and head.lower_ not in _FLOATING
    )


_FLOATING = frozenset({"both", "all", "each"})


def _floating_quantifier(word: Token, head: Token) -> bool:
    """'both', 'all' or 'each' closing a subject ("the two senators both", "they all"), hung on the subject
    itself and not inside a clause of it ("the man who built it all")."""
    if word.lower_ not in _FLOATING or word.i <= head.i:
        return False
    for above in word.ancestors:
        if above.i == head.i:
            return True
        if above.pos_ in {"VERB", "AUX", "ADP"}:
            return False  # inside a clause or a phrase of the subject ("supporters of both")
    return False


def _when_or_where_said(child: Token) -> bool:
    """A phrase the parser hung on the speaker that tells the day or the occasion of speaking ("Berg on Tuesday
    said", "the campaign on Monday announced", "Lee in an interview said"), not who spoke."""
    if child.dep_ != "prep" or child.lower_ not in {"on", "in", "during"}:
        return False
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.lower_ in _WEEKDAYS:
        return True
    singled = any(c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in obj.children)
    return obj.lemma_.lower() in OCCASIONS and singled


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _quantity(token: Token) -> bool:
    """A head that counts ("half", "30 percent"): its adverb ("nearly", "about") is part of the phrase."""
    return token.like_num or token.lower_ in _FRACTIONS


def _set_off(doc: Doc, i: int) -> bool:
    """Whether the phrase opening at token ``i`` is set off by a comma or a dash."""
    return i > 0 and (doc[i - 1].text == "," or doc[i - 1].text in _DASHES)


def _dateline_dash(token: Token) -> bool:
    """A dash after an agency's name in brackets ("MADRID, May 3 (Reuters) - ", "OSLO (AP) — "): a dateline."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.text in (*_DASHES, "-") and before is not None and before.text == ")"


# Closing marks and the openers they answer; an aside between dashes closes with its dash ("Lee — a teacher
# from Leeds —"; not a hyphen, which a word may hold: "R-Texas -"), and a title in doubled apostrophes with its
# own ("the author of ''Small Towns,''").
_PAIRS = {")": "(", "]": "[", "”": "“", '"': '"', "''": "''", **{d: d for d in ("—", "–", "--")}}


def _closes_pair(doc: Doc, first: int, last: int) -> bool:
    """'Sen. Rand Paul (R-Ky.)' keeps its closing bracket: the phrase opened it."""
    opener = _PAIRS.get(doc[last].text)
    return opener is not None and any(t.text == opener for t in doc[first:last])


def _opens_pair(doc: Doc, first: int, last: int) -> bool:
    closers = [k for k, v in _PAIRS.items() if v == doc[first].text]
    return any(t.text in closers for t in doc[first + 1 : last + 1])
