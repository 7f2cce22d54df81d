"""Quotations in one article: direct, mixed and indirect, with cue, speaker and pronoun resolution.

Follows the shape of BBC Citron (cue -> source -> content) with rules on spaCy's dependency parse instead
of trained classifiers, and textacy's quote-mark pairing for direct speech:

1. quotation marks are paired into segments, across paragraphs when the next paragraph reopens the quote;
2. every reporting verb ("said", "told", "according to") outside a segment is a cue; its clausal
   complement is the content (indirect, or mixed when it holds a quoted segment), else the quoted segment
   next to it is (direct); its subject is the speaker;
3. a quoted segment that stands alone as a sentence continues the previous quote's speaker;
4. pronoun, relative-pronoun and role speakers ("he", "who", "the Russian foreign minister") are resolved to
   the nearest fitting named person in the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from spacy.tokens import Doc, Token

from ..models import Mention, QuoteKind, QuoteSpan
from .entities import RoleLink, find_roles
from .nlp import doc_text


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lemmas of verbs that report speech, writing or a stated position (PARC / PolNeAR attribution cues): their
# clausal complement is the content.
REPORTING_VERBS = _words(
    """
    say tell add note explain claim argue insist warn state announce report write stress suggest
    acknowledge admit agree ask assert charge comment complain concede conclude confirm contend declare
    deny emphasize emphasise estimate find indicate inform maintain mention predict promise reiterate
    remark reply respond reveal show speculate testify tweet vow allege observe recall caution counter
    joke quip boast recount demand propose question wonder signal continue answer urge believe think
    fear worry hope accuse know describe point tout forecast disclose retort repeat assure blast
    criticize criticise slam lament pledge threaten highlight underscore recommend advise expect feel
    remember learn remind echo post email read decide recognize realize understand doubt imply hint
    guess bet figure
    """
)
# Verbs whose stated position is an object or an infinitive ("endorsed Clinton", "urged Congress to act").
# Started from PARC's cue verbs, then extended with the verbs that head a cue at least 30% of the times they
# occur in PolNeAR's train split (counted with benchmarks' tooling; dev and test were not looked at).
OBJECT_VERBS = _words(
    """
    support call endorse criticize criticise attack cite accuse question describe praise oppose defend
    back denounce blame reject favor favour blast dismiss condemn mock slam challenge tout highlight
    embrace propose announce reveal deny acknowledge express mention discuss consider view portray
    recommend request demand urge ask refer point focus push advocate name predict promise offer want
    plan seek refuse decline agree hope hop expect vow pledge threaten intend aim decide press order
    like dislike prefer applaud welcome characterize characterise label brand decry lambast ridicule
    hail credit fault warn insist thank congratulate cast pick choose rate identify see chant tweet post
    share retweet vote rank list vouch rebut assail allude recite rebuff interpret liken dwell balk rail
    reference dub coin document repudiate rebuke envision brag articulate plead distance detail
    apologize deride contend pressure quote disclose signal voice observe clarify underscore suspect
    protest outline persuade disavow yell unveil project talk present convince counter debate recognize
    remember dispute insult react resist approve ignore nominate encourage regard publish adopt promote
    release address
    """
)
CUE_VERBS = REPORTING_VERBS | OBJECT_VERBS
# Common nouns that name someone (or something written) able to hold and state a view.
SAYER_NOUNS = _words(
    """
    friend husband wife lady man woman donor hopeful actor objector faction principal pastor colleague
    board council journal percent fan boss superdelegate protester crowd worker pollster independent
    majority minority other citizen student teacher parent mother father son daughter family manager
    owner employee investor trader union coalition caucus panel commission jury
    official spokesman spokeswoman spokesperson source analyst expert critic supporter opponent voter
    candidate campaign report poll survey study statement letter memo email tweet post article editorial
    column administration government committee party leader president minister secretary senator
    lawmaker governor mayor aide adviser advisor strategist lawyer attorney judge court prosecutor
    officer police activist group organization organisation agency department ministry office company
    firm newspaper paper network reporter journalist author writer observer economist researcher
    scientist resident people american republican democrat conservative liberal progressive member
    chairman chairwoman chair director chief executive ceo founder head representative delegate
    ambassador envoy diplomat commentator host moderator pundit blogger website site magazine outlet
    media press team staff staffer authority ad commercial video speech book platform release filing
    lawsuit complaint petition
    """
)
# Nouns for something said, whose owner is the speaker: "Rubio's response was that ...".
SPEECH_NOUNS = _words(
    """
    response answer reply argument message point view position claim contention assertion question
    complaint concern worry fear hope belief suggestion pitch case promise warning conclusion
    """
)
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "prep", "dative", "attr", "acomp", "prt"})
_LEADING_PREPOSITIONS = frozenset({"on", "to", "for", "of", "as", "about", "at"})
# Cues that only count with a clausal complement: as bare verbs they rarely introduce a quote.
_COMPLEMENT_ONLY = frozenset(
    {
        "believe",
        "think",
        "fear",
        "worry",
        "hope",
        "find",
        "show",
        "continue",
        "describe",
        "know",
        "feel",
        "expect",
    }
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
PERSON_PRONOUNS = frozenset({"he", "she"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

_DOUBLE_OPEN = {"“": "”", '"': '"', "«": "»", "„": "“", "”": "”"}
_SINGLE_OPEN = {"‘": "’", "'": "'"}
# Writers mix curly and straight marks; either closes a quote.
_CLOSERS = {"”": '”"', '"': '"”'}
_PUNCT_EDGE = " \t\r\n,;:—–-"
_QUOTE_CHARS = "\"“”«»„‘’'"


@dataclass(frozen=True)
class _Draft:
    """A quote before speaker resolution: token-level parts found by one rule."""

    start: int
    end: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    # Found only through an object-taking verb ("favors a strongman approach"), not a reporting clause.
    weak: bool = False


def find_quotes(doc: Doc, mentions: Sequence[Mention], *, resolve: bool = True) -> list[QuoteSpan]:
    """Every quotation in ``doc``; with ``resolve`` pronoun and role speakers point at the named person.

    Without ``resolve`` the speaker is the subject phrase as written ("he", "Mr. Obama"), which is what
    attribution corpora annotate (Citron evaluates the same way, without coreference).
    """
    text = doc_text(doc)
    segments = _Segments(quote_segments(text))
    drafts = _cue_drafts(doc, segments)
    drafts += _colon_drafts(doc, segments, drafts)
    drafts += _signed_drafts(text, segments, drafts)
    drafts += _trailing_cue_drafts(doc, segments, drafts)
    drafts += _continuations(doc, segments, drafts)
    drafts = _outer_only(_dedupe(drafts))
    roles = find_roles(doc, mentions) if resolve else []
    mentions = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    quotes: list[QuoteSpan] = []
    resolved: list[tuple[int, Mention]] = []
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        kind = _kind(text, draft.start, draft.end, segments)
        speaker = draft.speaker
        speaker_text = text[speaker[0] : speaker[1]] if speaker else None
        if resolve and speaker is not None:
            person = _resolve(doc, speaker, (mentions, mention_starts), roles, resolved, segments)
            if person is not None:
                speaker, speaker_text = (person.start, person.end), person.text
                resolved.append((draft.start, person))
        cue = draft.cue
        quotes.append(
            QuoteSpan(
                start=draft.start,
                end=draft.end,
                text=text[draft.start : draft.end],
                kind=kind,
                speaker=speaker_text,
                speaker_start=speaker[0] if speaker else None,
                speaker_end=speaker[1] if speaker else None,
                cue=text[cue[0] : cue[1]] if cue else None,
                cue_start=cue[0] if cue else None,
                cue_end=cue[1] if cue else None,
            )
        )
    return quotes


# --- quotation marks -------------------------------------------------------------------------------------


def quote_segments(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted stretches, marks included; a quote left open at a paragraph's end goes on
    when the next paragraph opens with a quotation mark (the newspaper convention), else it ends there."""
    doubled = text.replace("''", '"\u200b').replace("``", '"\u200b')
    segments = [
        (s, e + (doubled[e : e + 1] == "\u200b")) for s, e in _pair(doubled, _DOUBLE_OPEN, _opens_double)
    ]
    inside = _covered(segments)
    singles = [s for s in _pair(text, _SINGLE_OPEN, _opens_single) if not inside(s[0])]
    return sorted(segments + [s for s in singles if len(text[s[0] : s[1]].split()) >= 2])


def _pair(text: str, openers: dict[str, str], opens) -> list[tuple[int, int]]:
    segments: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in openers and opens(text, i):
            close = openers[ch]
            start, j = i, i + 1
            while j < n:
                if close == '"' and text[j] == "“":
                    # A curly quotation nested in a straight one: its closing mark is not ours.
                    line_end = text.find("\n", j + 1)
                    inner = text.find("”", j + 1, n if line_end == -1 else line_end)
                    if inner != -1:
                        j = inner + 1
                        continue
                closing = text[j] in _CLOSERS.get(close, close) or (
                    close == "”" and text[j] == "“" and _ends_word(text, j)
                )
                if closing and (close != "'" or _closes_single(text, j)) and j > start + 1:
                    segments.append((start, j + 1))
                    i = j
                    break
                if text[j] == "\n":
                    k = j
                    while k < n and text[k].isspace():
                        k += 1
                    if k < n and "\n\n" in text[j:k] + "\n" and text[k] == ch:
                        j = k + 1
                        continue
                    if text[j:k].count("\n") >= 1 and (k >= n or text[k] != ch):
                        segments.append((start, _rstrip(text, start, j)))
                        i = j
                        break
                j += 1
            else:
                segments.append((start, _rstrip(text, start, n)))
                i = n
        i += 1
    return [s for s in segments if s[1] - s[0] > 2]


def _ends_word(text: str, j: int) -> bool:
    """A mark right after a word and before a space or punctuation closes, whatever its shape."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return not text[j - 1].isspace() and not after.isalnum()


def _opens_double(text: str, i: int) -> bool:
    if text[i] == "”":
        # A closing mark typed at a paragraph's start opens its quote.
        return (i == 0 or text[i - 1] == "\n") and text[i + 1 : i + 2].isalnum()
    if text[i] != '"':
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([—–"“') and after.isalnum()


def _closes_single(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum() and not text[j - 1].isspace()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class _Segments(tuple):
    """Spans sorted by start, with the lookups the rules make once per cue, built once per article so that
    a long page costs time in proportion to its length."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in self]
        # The furthest end reached by the spans up to each one: bounds every overlap search.
        self.reach = list(accumulate((e for _, e in self), max))
        self.by_end = sorted((e, k) for k, (_, e) in enumerate(self))
        self.ends = frozenset(e for _, e in self)

    def __new__(cls, spans: Iterable[tuple[int, int]]) -> _Segments:
        return super().__new__(cls, sorted(spans))

    def inside(self, pos: int) -> bool:
        """Whether any span holds ``pos``."""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def starting(self, lo: int, hi: int) -> range:
        """Indices of the spans that start within ``[lo, hi]``."""
        return range(bisect_left(self.starts, lo), bisect_right(self.starts, hi))

    def ending(self, lo: int, hi: int) -> list[int]:
        """Indices of the spans that end within ``[lo, hi]``."""
        first = bisect_left(self.by_end, (lo, -1))
        last = bisect_right(self.by_end, (hi, len(self)))
        return [k for _, k in self.by_end[first:last]]


def _as_segments(segments: Sequence[tuple[int, int]]) -> _Segments:
    return segments if isinstance(segments, _Segments) else _Segments(segments)


def _covered(segments: Sequence[tuple[int, int]]):
    """Whether any segment holds a position."""
    return _as_segments(segments).inside


# --- cues, contents and speakers -------------------------------------------------------------------------


def _cue_drafts(doc: Doc, segments: Sequence[tuple[int, int]]) -> list[_Draft]:
    inside = _covered(segments)
    drafts: list[_Draft] = []
    for token in doc:
        if inside(token.idx):
            continue
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            drafts += _according_to(doc, token, segments)
        elif token.lemma_.lower() in CUE_VERBS and token.pos_ in {"VERB", "AUX"}:
            found = _verb_cue(doc, token, segments)
            if not found and drafts and token.tag_ == "VBG" and token.is_sent_start:
                found = _borrowed_cue(doc, token, drafts[-1], segments)
            drafts += found
        elif token.lemma_.lower() in SPEECH_NOUNS and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            drafts += _noun_cue(doc, token, segments)
    return drafts


def _borrowed_cue(
    doc: Doc, verb: Token, previous: _Draft, segments: Sequence[tuple[int, int]]
) -> list[_Draft]:
    """'Adding, "..."' opening a sentence: the quote right after goes to the speaker just quoted."""
    text = doc_text(doc)
    after = verb.idx + len(verb)
    if previous.speaker is None or previous.end > verb.idx or "\n\n" in text[previous.end : verb.idx]:
        return []
    for s, e in segments:
        if s >= after:
            if re.fullmatch(r"[ \t\xa0]*[,:]?[ \t\xa0]*", text[after:s]):
                return [_Draft(s, e, previous.speaker, (verb.idx, after))]
            break
    return []


def _noun_cue(doc: Doc, noun: Token, segments: Sequence[tuple[int, int]]) -> list[_Draft]:
    """'Rubio's response was that it's unfair ...': the owner of a speech noun said what the copula
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
    return _drafts(doc, tokens, _phrase(owner), cue, segments)


def _verb_cue(doc: Doc, verb: Token, segments: Sequence[tuple[int, int]]) -> list[_Draft]:
    cue = (verb.idx, verb.idx + len(verb))
    speaker = _subject(verb, segments)
    if speaker is None:
        return []
    complements = _complements(verb, speaker)
    segment = _adjacent_segment(doc, verb, speaker, segments)
    if segment is not None and segment[1] <= verb.idx and _unquoted_after(verb, complements, segments):
        # 'On "Sunday Morning Futures," Issa said her judgment is in question': the title is no quote.
        segment = None
    if segment is not None:
        segment = _with_lead_in(doc, segment, complements, segments)
        found = [_Draft(segment[0], segment[1], _phrase(speaker), cue)]
        resumed = _resumed_segment(doc_text(doc), segment, max(cue[1], _phrase(speaker)[1]), segments)
        if resumed is not None:
            found.append(_Draft(resumed[0], resumed[1], _phrase(speaker), cue))
        return found
    block = _colon_block(doc_text(doc), verb, segments)
    if block is not None:
        return [_Draft(block[0], block[1], _phrase(speaker), cue)]
    if complements:
        tokens = [t for child in complements for t in child.subtree]
        return _drafts(doc, tokens, _phrase(speaker), cue, segments)
    clause = _misparsed_clause(verb)
    if clause:
        return _drafts(doc, clause, _phrase(speaker), cue, segments)
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        excluded = {t.i for t in verb.subtree}
        tokens = [t for t in verb.head.subtree if t.i not in excluded]
        return _drafts(doc, tokens, _phrase(speaker), cue, segments)
    if verb.lemma_.lower() in OBJECT_VERBS and _can_hold_view(speaker):
        tokens = _object_tokens(verb)
        if tokens:
            return _drafts(doc, tokens, _phrase(speaker), cue, segments, weak=True)
    return []


def _complements(verb: Token, speaker: Token) -> list[Token]:
    """The cue's clausal complements on one side: after the verb when it has any there ("X said A and B
    was C" gives two), else before it ("A, X said")."""
    found = [c for c in verb.children if c.dep_ == "ccomp" and c.i != speaker.i]
    after = [c for c in found if c.i > verb.i]
    return after or found or _detached_that_clause(verb)


def _detached_that_clause(verb: Token) -> list[Token]:
    """'Awad says in a statement that ...', 'Sanders said following a vote in 2001 that ...': a that-clause
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
    """The verb's complement follows it directly, outside any quotation ("Issa said her judgment ..."): a
    clause after a comma ('she said of the race, in which ...') is more often a misparse than the content."""
    inside = _covered(segments)
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
        if "\n" in lead or any(ch in lead for ch in _QUOTE_CHARS) or re.search(r"[.!?]\s", lead):
            continue
        start = _trim(text, first.idx, end, segments)[0]
    return start, end


def _can_hold_view(subject: Token) -> bool:
    """People, organisations and their publications state positions; attacks and plans do not."""
    if subject.pos_ in {"PRON", "PROPN"} or subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return subject.lower_ not in {"it", "this", "that", "which", "what"} or subject.pos_ == "PROPN"
    return subject.lemma_.lower() in SAYER_NOUNS or subject.lower_ in {"many", "most", "some", "others"}


def _object_tokens(verb: Token) -> list[Token]:
    """The stated position after an object-taking cue: its object, infinitive or 'on/to/for' phrase."""
    tokens: list[Token] = []
    for child in verb.rights:
        if child.dep_ not in _OBJECT_DEPS:
            break
        part = list(child.subtree)
        if child.dep_ == "prep" and child.lower_ in _LEADING_PREPOSITIONS and not tokens:
            part = [t for t in part if t is not child]
        elif child.dep_ == "prep" and tokens:
            part = part if child.lower_ in {"of", "for", "as"} or not _adjunct(child) else []
        tokens += part
    return tokens


def _adjunct(prep: Token) -> bool:
    """A prepositional phrase that says when or where ("on Tuesday", "in Iowa"), not what."""
    if prep.lower_ in {"during", "after", "before", "since", "until", "at", "on", "in", "from", "by"}:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return obj is None or obj.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "ORG"}
    return prep.lower_ in {"during", "after", "before", "since", "until"}


def _according_to(doc: Doc, according: Token, segments: Sequence[tuple[int, int]]) -> list[_Draft]:
    to = next(c for c in according.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return []
    cue = (according.idx, to.idx + len(to))
    clause = according.head
    while clause.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"} and clause.head is not clause:
        clause = clause.head
    excluded = {t.i for t in according.subtree}
    tokens = [t for t in clause.subtree if t.i not in excluded]
    return _drafts(doc, tokens, _phrase(source), cue, segments)


def _subject(verb: Token, segments: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The verb's active subject; participles and conjoined verbs ("..., adding", "and added") borrow it.

    A subject inside a quotation is the quote's own word glued on by the parser ('"..., it will," said
    James Acton'): the one outside wins.
    """
    inside = _covered(segments)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        # "Sanders was asked by host Bill Maher, ..." : the agent of a passive cue.
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


def _phrase(token: Token) -> tuple[int, int]:
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


def _drafts(
    doc: Doc,
    tokens: Iterable[Token],
    speaker: tuple[int, int],
    cue: tuple[int, int],
    segments: Sequence[tuple[int, int]],
    weak: bool = False,
) -> list[_Draft]:
    """Contiguous runs of the content tokens, widened to whole quoted segments and trimmed."""
    indices = sorted(t.i for t in tokens)
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    drafts = []
    for run in runs:
        start, end = doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]])
        start, end = _widen(start, end, segments)
        start, end = _same_line(doc_text(doc), start, end, cue, segments)
        start, end = _trim(doc_text(doc), start, end, segments)
        between = doc_text(doc)[end : cue[0]] if end <= cue[0] else doc_text(doc)[cue[1] : start]
        if "\n" in between:
            continue
        if end > start and len(doc_text(doc)[start:end].split()) >= 2:
            drafts.append(_Draft(start, end, speaker, cue, weak))
    return drafts


def _same_line(
    text: str, start: int, end: int, cue: tuple[int, int], segments: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Unquoted content stays on its cue's line: a parse that runs over a line break joins two paragraphs."""
    inside = _covered(segments)
    breaks = [i for i in range(start, end) if text[i] == "\n" and not inside(i)]
    if not breaks:
        return start, end
    pieces, at = [], start
    for i in breaks:
        pieces.append((at, i))
        at = i + 1
    pieces.append((at, end))
    pieces = [p for p in pieces if text[p[0] : p[1]].strip()]
    if not pieces:
        return start, start
    return min(pieces, key=lambda p: min(abs(p[0] - cue[1]), abs(p[1] - cue[0])))


def _widen(start: int, end: int, segments: Sequence[tuple[int, int]]) -> tuple[int, int]:
    spans = _as_segments(segments)
    # Spans that end before ``start`` or begin after ``end`` cannot widen it.
    k = bisect_right(spans.reach, start)
    while k < len(spans) and spans.starts[k] < end:
        s, e = spans[k]
        k += 1
        if s < start < e or (start <= s and e > end > s):
            start, end = min(start, s), max(end, e)
        elif start <= s < end and end < e:
            end = e
    return start, end


def _trim(text: str, start: int, end: int, segments: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Drop separating punctuation at the edges; a final quotation mark keeps the punctuation inside it."""
    while start < end and (text[start] in _PUNCT_EDGE or text[start].isspace()):
        start += 1
    ends = _as_segments(segments).ends
    ends_segment = end in ends
    while (
        end > start and not ends_segment and (text[end - 1] in _PUNCT_EDGE + ".!?" or text[end - 1].isspace())
    ):
        end -= 1
        ends_segment = end in ends
    dangling = _DANGLING.search(text, start, end)
    if not ends_segment and dangling is not None and dangling.start() > start:
        # "that he's not backing anyone, and": a conjunction left over from a clause cut after it.
        return _trim(text, start, dangling.start(), segments)
    return start, end


_GAP_BEFORE = re.compile(r"[ \t\xa0,:—–-]*")
_GAP_CHARS = " \t\xa0,:—–-"
_SPACES = re.compile(r"[ \t\xa0]*")
_BLANKS_AND_COMMAS = re.compile(r"[ ,]*")
_COLON_GAP = re.compile(r"[^.!?\"“”\n:]{0,40}:[ \t]*\n?\s*")
_RESUME_GAP = re.compile(r"[ \t\xa0]*[,:][ \t\xa0]*")
_DANGLING = re.compile(r"[\s,;]+(?:and|but|or|while|as|because)$")


def _adjacent_segment(
    doc: Doc, verb: Token, speaker: Token, segments: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """A quote right after the cue ('Kerry replied: "..."') or right before the clause ('"...," he said')."""
    text = doc_text(doc)
    if verb.lemma_.lower() in _COMPLEMENT_ONLY:
        return None
    clause_start = min(_phrase(speaker)[0], verb.idx)
    after = verb.idx + len(verb)
    spans = _as_segments(segments)
    gap_from = clause_start
    while gap_from > 0 and text[gap_from - 1] in _GAP_CHARS:
        gap_from -= 1
    # Only spans starting just after the cue, or ending in the gap just before its clause, can be its quote.
    candidates = sorted({*spans.starting(after, after + 200), *spans.ending(gap_from, clause_start)})
    for s, e in (spans[k] for k in candidates):
        if after <= s <= after + 200:  # no cue is further from its quote
            gap_after = text[after:s]
            block = re.fullmatch(r"[^.!?\"“”\n]*:\s*", gap_after) and (
                len(gap_after) <= 40 or (len(gap_after) <= 200 and "\n" in gap_after)
            )
            if block:
                return s, e
            short = len(gap_after) <= 40 and " that " not in f" {gap_after} "
            if (
                short
                and re.fullmatch(r"[^.!?\"“”\n]*,\s*|[ \t\xa0]*", gap_after)
                and _closes_clause(text, s, e)
            ):
                return s, e
        if e <= clause_start and _GAP_BEFORE.fullmatch(text, e, clause_start):
            inner_end = text[s:e].rstrip(_QUOTE_CHARS + "\u200b")[-1:]
            if inner_end in ",!?—–-":
                return s, e
    return None


_LABEL_LINE = re.compile(r"(?m)^[ \t]*([^\n:]{1,60}?)[ \t]*:[ \t]+(\S[^\n]*)$")
# Title-case headlines: "Clinton Says Crash Seems Like an Act of Terrorism".
_HEADLINE = re.compile(
    r"(?m)^[ \t]*((?:[A-Z][\w.’'-]*[ \t]+){1,5}?)"
    r"(Says|Tells|Warns|Claims|Admits|Argues|Insists|Vows|Predicts|Urges|Accuses|Denies|Explains|Suggests)"
    r"[ \t]+([^\n]{3,})$"
)
_LEAD_LINE = re.compile(r"(?m)^[ \t]*([^\n:\"“]{1,80}):[ \t]*$")


def _colon_drafts(doc: Doc, segments: Sequence[tuple[int, int]], drafts: Sequence[_Draft]) -> list[_Draft]:
    """Colon attributions: 'Kasich: We will win' (headlines, transcripts) and 'Transcript as follows:'
    before a quoted block."""
    text = doc_text(doc)
    taken = [(d.start, d.end) for d in drafts]
    inside = _covered(segments)
    extra: list[_Draft] = []
    for match in _LABEL_LINE.finditer(text):
        label, rest = match.span(1), match.span(2)
        words = text[label[0] : label[1]].split()
        if inside(label[0]) or not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        if len(text[rest[0] : rest[1]].split()) < 3 or any(a < rest[1] and rest[0] < b for a, b in taken):
            continue
        start, end = _trim(text, rest[0], rest[1], segments)
        extra.append(_Draft(start, end, label, (label[1], label[1] + 1)))
    for match in _HEADLINE.finditer(text):
        label, cue_span, rest = match.span(1), match.span(2), match.span(3)
        if inside(label[0]) or any(a < rest[1] and rest[0] < b for a, b in taken):
            continue
        start, end = _trim(text, rest[0], rest[1], segments)
        if len(text[start:end].split()) >= 2:
            extra.append(_Draft(start, end, (label[0], _rstrip(text, label[0], label[1])), cue_span))
    for match in _LEAD_LINE.finditer(text):
        after = match.end()
        following = [(s, e) for s, e in segments if s >= after and not text[after:s].strip()]
        if not following or any(a < following[0][1] and following[0][0] < b for a, b in taken):
            continue
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
        if span is None:
            continue
        chunk = next(iter(span.noun_chunks), None) or _leading_noun_phrase(span)
        if chunk is None:
            continue
        speaker = (chunk.start_char, chunk.end_char)
        cue_start = chunk.end_char + (
            len(text[chunk.end_char : match.end(1)]) - len(text[chunk.end_char : match.end(1)].lstrip())
        )
        extra.append(_Draft(following[0][0], following[0][1], speaker, (cue_start, match.end(1) + 1)))
    return extra


# '"..." ― Pamela Padilla': a quotation signed with a dash and a name closing its line (vox pops, epigraphs).
_SIGNATURE = re.compile(
    r"[ \t\xa0]*(―|—|–|--)[ \t\xa0]*"
    r"((?:[A-Z][\w.'’-]*|@\w+)(?:[ \t\xa0]+(?:[A-Z][\w.'’-]*|de|del|da|van|von|la|al)){0,5}?)[ \t\xa0.,]*(?:\n|$)"
)


def _signed_drafts(text: str, segments: Sequence[tuple[int, int]], drafts: Sequence[_Draft]) -> list[_Draft]:
    """Quoted segments that open their line and end with a dash signature naming the speaker."""
    taken = [(d.start, d.end) for d in drafts]
    extra: list[_Draft] = []
    for s, e in segments:
        match = _SIGNATURE.match(text, e)
        if match is None or (s > 0 and text[s - 1] != "\n") or any(a < e and s < b for a, b in taken):
            continue
        name_start, name_end = match.span(2)
        if text[name_end - 1] == "." and name_end - text.rfind(" ", name_start, name_end) > 3:
            name_end -= 1  # a sentence's period, not an initial's
        extra.append(_Draft(s, e, (name_start, name_end), match.span(1)))
    return extra


_SPEAKER_POS = frozenset({"PROPN", "PRON", "NOUN"})
_NAME_POS = _SPEAKER_POS | {"DET", "ADJ", "NUM", "PUNCT"}


def _trailing_cue_drafts(
    doc: Doc, segments: Sequence[tuple[int, int]], drafts: Sequence[_Draft]
) -> list[_Draft]:
    """'"...," Bozell answers.' where the parser missed the verb (tagged it a noun): a quotation that ends in
    a comma, followed in its sentence by a reporting word and a short name on either side of it."""
    text = doc_text(doc)
    taken = [(d.start, d.end) for d in drafts]
    used = {d.cue for d in drafts}
    extra: list[_Draft] = []
    for s, e in segments:
        inner_end = text[s:e].rstrip(_QUOTE_CHARS + "\u200b")[-1:]
        if inner_end not in {",", "!", "?", "—", "–", "-"} or any(a < e and s < b for a, b in taken):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        clause: list[Token] = []
        for token in doc[span.end : span.end + 9]:
            if token.is_space or token.text in {".", ";", ":", "!", "?"} or token.text in _QUOTE_CHARS:
                break
            clause.append(token)
        cue_at = next((i for i, t in enumerate(clause) if t.lemma_.lower() in REPORTING_VERBS), None)
        if cue_at is None:
            continue
        words = [t for t in (clause[:cue_at] or clause[cue_at + 1 :]) if t.text != ","]
        if not 1 <= len(words) <= 6 or not all(t.pos_ in _NAME_POS for t in words):
            continue
        if words[-1].pos_ not in _SPEAKER_POS:
            continue
        cue = clause[cue_at]
        if (cue.idx, cue.idx + len(cue)) in used:
            continue  # the parse read that cue, and gave it another content
        speaker = (words[0].idx, words[-1].idx + len(words[-1]))
        extra.append(_Draft(s, e, speaker, (cue.idx, cue.idx + len(cue))))
    return extra


def _colon_block(text: str, verb: Token, segments: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """'Soerens said:' and the unquoted paragraph after it (or the rest of the line)."""
    after = verb.idx + len(verb)
    match = _COLON_GAP.match(text, after)
    if match is None:
        return None
    start = match.end()
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    if any(s < end and start < e for s, e in segments) or len(text[start:end].split()) < 3:
        return None
    return _trim(text, start, end, segments)


def _leading_noun_phrase(span):
    """The words a line opens with up to its first verb or preposition ("Transcript" in "Transcript as
    follows"), for lines the parser gives no noun chunk."""
    end = span.start
    while end < span.end and span.doc[end].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
        end += 1
    return span.doc[span.start : end] if end > span.start else None


def _resumed_segment(
    text: str, first: tuple[int, int], clause_end: int, segments: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """'"A," he said, "B."': the quote that resumes right after an interrupting cue clause."""
    if first[1] > clause_end:
        return None
    gap = _RESUME_GAP.match(text, clause_end)
    if gap is None:
        return None
    spans = _as_segments(segments)
    for k in spans.starting(clause_end, gap.end()):
        s, e = spans[k]
        if _RESUME_GAP.fullmatch(text, clause_end, s):
            return s, e
    return None


def _closes_clause(text: str, start: int, end: int) -> bool:
    """The quoted segment ends its sentence or clause rather than sitting inside a longer one."""
    inner = text[start:end].rstrip(_QUOTE_CHARS + "\u200b")
    after = text[_SPACES.match(text, end).end() :][:1]
    return inner[-1:] in {".", "!", "?", ",", "…", ":", ";"} or not after or after in ".!?,;\n"


def _continuations(doc: Doc, segments: Sequence[tuple[int, int]], drafts: Sequence[_Draft]) -> list[_Draft]:
    """Quoted sentences with no cue of their own go on from the quote just before them (or just after)."""
    text = doc_text(doc)
    covered = _Segments((d.start, d.end) for d in drafts)
    spoken = [(k, d) for k, d in enumerate(drafts) if d.speaker]
    # (end, order) and (start, order): the latest quote before a segment, the first one right after it.
    by_end = sorted((d.end, k) for k, d in spoken)
    by_start = sorted((d.start, k) for k, d in spoken)
    extra: list[_Draft] = []
    for s, e in segments:
        if covered.overlaps(s, e) or len(text[s:e].split()) < 4:
            continue
        if not _stands_alone(text, s, e):
            continue
        source = None
        last = bisect_right(by_end, (s, len(drafts))) - 1
        if last >= 0:
            # The first of the quotes ending last; an earlier one is further away, across as many breaks.
            latest = drafts[by_end[bisect_left(by_end, (by_end[last][0], -1))][1]]
            if text[latest.end : s].count("\n\n") <= 1:
                source = latest
        if source is None:
            # A quote right after the segment starts within the blanks and commas that follow it.
            reach = _BLANKS_AND_COMMAS.match(text, e).end()
            near = by_start[bisect_left(by_start, (e, -1)) : bisect_right(by_start, (reach, len(drafts)))]
            following = [k for _, k in near]
            source = drafts[min(following)] if following else None
        if source is not None:
            extra.append(_Draft(s, e, source.speaker, source.cue))
    return extra


def _stands_alone(text: str, start: int, end: int) -> bool:
    """The segment is a sentence (or several) of its own: nothing but punctuation joins it to a clause."""
    before = start
    while before > 0 and text[before - 1] in " \t\xa0":
        before -= 1
    if before and text[before - 1] not in ".!?…\n\"”'’»:":
        return False
    at = _SPACES.match(text, end).end()
    after = text[at : at + 1]
    closing = text[start:end].rstrip(_QUOTE_CHARS + "\u200b")
    if not after or after == "\n":
        return True
    return closing[-1:] in {".", "!", "?", "…"} and (after.isupper() or after in '"“‘«')


def _dedupe(drafts: Sequence[_Draft]) -> list[_Draft]:
    """One draft per content span: the cue nearest the content wins."""
    best: dict[tuple[int, int], _Draft] = {}
    for draft in drafts:
        key = (draft.start, draft.end)
        old = best.get(key)
        if old is None or _distance(draft) < _distance(old):
            best[key] = draft
    return list(best.values())


def _outer_only(drafts: Sequence[_Draft]) -> list[_Draft]:
    """An object-verb stance inside reported content ("She said Trump favors a strongman approach") is part
    of what the outer speaker said, not a second attribution."""
    strong = _Segments((d.start, d.end) for d in drafts if not d.weak)
    return [d for d in drafts if not d.weak or d.cue is None or not strong.inside(d.cue[0])]


def _distance(draft: _Draft) -> int:
    if draft.cue is None:
        return 10**9
    return min(abs(draft.cue[0] - draft.end), abs(draft.cue[1] - draft.start))


def _kind(text: str, start: int, end: int, segments: Sequence[tuple[int, int]]) -> QuoteKind:
    spans = _as_segments(segments)
    inner = [spans[k] for k in spans.starting(start, end) if spans[k][1] <= end]
    if not inner:
        return "indirect"
    rest = text[start:end]
    for s, e in sorted(inner, reverse=True):
        rest = rest[: s - start] + rest[e - start :]
    if not rest.strip(_QUOTE_CHARS + _PUNCT_EDGE + ".!?… "):
        return "direct"
    return "mixed"


# --- speaker resolution ----------------------------------------------------------------------------------


def _resolve(
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
    # A person named anywhere in the phrase speaks ("Foreign Minister Sergei Lavrov"); another name only
    # when it is the phrase's head ("the Kremlin", not "a diplomatic official in New York").
    named = [m for m in inside if m.label == "PERSON"] or [m for m in inside if m.start <= head < m.end]
    if named:
        return named[0]
    words = doc_text(doc)[start:end].lower().split()
    in_quote = _covered(segments)
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
    """'the Russian foreign minister' -> the person the article earlier called (Russian) Foreign Minister."""
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
