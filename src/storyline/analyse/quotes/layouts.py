"""Quotes found from the text's layout where the parse gives no cue.

Colon labels ('Berg: We will win'; 'Added Berg:' puts its verb first), title-case headlines
('Lee Says ...') and lead lines ending in a colon before a quoted block; quotations signed with a dash
and a name; and quotations followed by a reporting word the parser mistook for a noun ('"...," Halvorsen
answers.').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .content import Draft, trim
from .marks import rstrip
from .patterns import QUOTE_CHARS, REPORTING_VERBS, SAYER_NOUNS
from .segments import covered

_LABEL_LINE = re.compile(r"(?m)^[ \t]*([^\n:]{1,60}?)[ \t]*:[ \t]+(\S[^\n]*)$")
# Title-case headlines: "Lee Says Ferry Fire Looks Like an Act of Sabotage".
_HEADLINE = re.compile(
    r"(?m)^[ \t]*((?:[A-Z][\w.’'-]*[ \t]+){1,5}?)"
    r"(Says|Tells|Warns|Claims|Admits|Argues|Insists|Vows|Predicts|Urges|Accuses|Denies|Explains|Suggests)"
    r"[ \t]+([^\n]{3,})$"
)
_LEAD_LINE = re.compile(r"(?m)^[ \t]*([^\n:\"“]{1,80}):[ \t]*$")


def colon_drafts(doc: Doc, segments: Sequence[tuple[int, int]], drafts: Sequence[Draft]) -> list[Draft]:
    """Colon attributions: 'Berg: We will win' (headlines, transcripts) and 'Transcript as follows:'
    before a quoted block."""
    text = doc_text(doc)
    taken = [(d.start, d.end) for d in drafts]
    inside = covered(segments)
    extra: list[Draft] = []
    for match in _LABEL_LINE.finditer(text):
        label, rest = _speaker_label(text, match.span(1)), match.span(2)
        words = text[label[0] : label[1]].split()
        if inside(label[0]) or not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        if label != match.span(1) and (_has_verb(doc, label) or not _names_a_speaker(doc, label)):
            continue  # "Follow Lee on Twitter:": an instruction; "Live Updates on the Strike:": a heading
        if text.startswith(("@", "http", "www."), rest[0]):
            continue  # "Lee on Twitter: @lee": an address, not words said
        if len(text[rest[0] : rest[1]].split()) < 3 or any(a < rest[1] and rest[0] < b for a, b in taken):
            continue
        if _heading(words):
            continue
        start, end = trim(text, rest[0], rest[1], segments)
        colon = text.index(":", match.end(1))
        cue = (colon, colon + 1)
        after_verb = label[0] + len(words[0])
        named = (
            after_verb + len(text[after_verb : label[1]]) - len(text[after_verb : label[1]].lstrip()),
            label[1],
        )
        if len(words) > 1 and _reporting_word(words[0].lower()) and _a_name(doc, named):
            # "Added Lee: ...": the inverted "Lee added"; the verb is the cue, the name after it the speaker.
            label, cue = named, (label[0], after_verb)
        extra.append(Draft(start, end, label, cue))
    for match in _HEADLINE.finditer(text):
        label, cue_span, rest = match.span(1), match.span(2), match.span(3)
        if inside(label[0]) or any(a < rest[1] and rest[0] < b for a, b in taken):
            continue
        start, end = trim(text, rest[0], rest[1], segments)
        if len(text[start:end].split()) >= 2:
            extra.append(Draft(start, end, (label[0], rstrip(text, label[0], label[1])), cue_span))
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
        cue = (cue_start, match.end(1) + 1)
        named = (chunk[1].idx, chunk.end_char) if len(chunk) > 1 else speaker
        if named != speaker and _reporting_word(chunk[0].lower_) and _a_name(doc, named):
            # "Added Lee:" before the quoted block: the inverted order of "Lee added"; the verb is the cue.
            speaker, cue = named, (chunk[0].idx, chunk[0].idx + len(chunk[0]))
        extra.append(Draft(following[0][0], following[0][1], speaker, cue))
    return extra


# A headline's tag in capitals and a dash before the speaker ("EXCLUSIVE – Lee: ..."), and the one spoken to or
# the occasion after the speaker ("Lee to the Senate: ...", "Reyes at the Summit: ...").
_LABEL_TAG = re.compile(r"(?:[A-Z]{2,}[ \t]+)*[A-Z]{2,}[ \t]*[–—-][ \t]*")
_LABEL_AUDIENCE = re.compile(
    r"[ \t]+(?:to|at|on|in|before)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]*){1,4}$"
)


def _speaker_label(text: str, label: tuple[int, int]) -> tuple[int, int]:
    """The speaker's words in a colon label, without a headline's tag before them and the audience or occasion
    after them."""
    start, end = label
    tag = _LABEL_TAG.match(text, start, end)
    if tag is not None and tag.end() < end:
        start = tag.end()
    audience = _LABEL_AUDIENCE.search(text, start, end)
    if audience is not None and audience.start() > start:
        end = audience.start()
    return start, end


def _names_a_speaker(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a label cut from its tag or audience names one who speaks: a person or an organisation, or a
    speaker's role ("Lee to the Senate:", "Minister at the Summit:"; not "Reaction in Leeds:", "Letters to the
    Editor:")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return False
    return any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in words) or any(
        t.lemma_.lower() in SAYER_NOUNS for t in words
    )


def _a_name(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether words name a speaker: a proper name, or a speaker's role ("the mayor")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is not None and (any(t.pos_ == "PROPN" for t in words) or _names_a_speaker(doc, span))


def _has_verb(doc: Doc, span: tuple[int, int]) -> bool:
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is None or any(t.pos_ in {"VERB", "AUX"} for t in words)


def _heading(words: Sequence[str]) -> bool:
    """A label opened by an article heads a column or a section ("The Daily Brief: ...", "The Week Ahead: ..."); a
    speaker's label is a name or a role without one ("Kasich: ...", "Q: ...")."""
    return len(words) > 1 and words[0] in {"The", "A", "An"}


# '"..." ― Pamela Padilla': a quotation signed with a dash and a name closing its line (vox pops, epigraphs).
_SIGNATURE = re.compile(
    r"[ \t\xa0]*(―|—|–|--)[ \t\xa0]*"
    r"((?:[A-Z][\w.'’-]*|@\w+)(?:[ \t\xa0]+(?:[A-Z][\w.'’-]*|de|del|da|van|von|la|al)){0,5}?)[ \t\xa0.,]*(?:\n|$)"
)


def signed_drafts(text: str, segments: Sequence[tuple[int, int]], drafts: Sequence[Draft]) -> list[Draft]:
    """Quoted segments that open their line and end with a dash signature naming the speaker."""
    taken = [(d.start, d.end) for d in drafts]
    extra: list[Draft] = []
    for s, e in segments:
        match = _SIGNATURE.match(text, e)
        if match is None or (s > 0 and text[s - 1] != "\n") or any(a < e and s < b for a, b in taken):
            continue
        name_start, name_end = match.span(2)
        if text[name_end - 1] == "." and name_end - text.rfind(" ", name_start, name_end) > 3:
            name_end -= 1  # a sentence's period, not an initial's
        extra.append(Draft(s, e, (name_start, name_end), match.span(1)))
    return extra


_SPEAKER_POS = frozenset({"PROPN", "PRON", "NOUN"})
_NAME_POS = _SPEAKER_POS | {"DET", "ADJ", "NUM", "PUNCT"}


def trailing_cue_drafts(
    doc: Doc, segments: Sequence[tuple[int, int]], drafts: Sequence[Draft]
) -> list[Draft]:
    """'"...," Bozell answers.' where the parser missed the verb (tagged it a noun): a quotation that ends in
    a comma, followed in its sentence by a reporting word and a short name on either side of it."""
    text = doc_text(doc)
    taken = [(d.start, d.end) for d in drafts]
    used = {d.cue for d in drafts}
    extra: list[Draft] = []
    for s, e in segments:
        inner_end = text[s:e].rstrip(QUOTE_CHARS + "\u200b")[-1:]
        if inner_end not in {",", "!", "?", "—", "–", "-"} or any(a < e and s < b for a, b in taken):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        clause: list[Token] = []
        for token in doc[span.end : span.end + 9]:
            if token.is_space or token.text in {".", ";", ":", "!", "?"} or token.text in QUOTE_CHARS:
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
        extra.append(Draft(s, e, speaker, (cue.idx, cue.idx + len(cue))))
    return extra


_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "thought", "felt"})


def _reporting_word(word: str) -> bool:
    """A verb of saying in the past as a line opens it ("Added", "Continued", "Said"); not a plural noun
    ("Reports", "Questions")."""
    if word in _IRREGULAR_PAST:
        return True
    if not word.endswith("ed"):
        return False
    stems = [word[:-1], word[:-2], word[:-3] + "y"]
    return any(stem in REPORTING_VERBS for stem in stems)


def _leading_noun_phrase(span):
    """The words a line opens with up to its first verb or preposition ("Transcript" in "Transcript as
    follows"), for lines the parser gives no noun chunk."""
    end = span.start
    while end < span.end and span.doc[end].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
        end += 1
    return span.doc[span.start : end] if end > span.start else None
