"""Draft quotes and their content spans.

A ``Draft`` is a quote as one rule found it, before speaker resolution. ``content_drafts`` turns the tokens a cue
takes as its content into character spans: contiguous runs, widened to the whole quoted segments they
touch, kept on the cue's line, and trimmed of the punctuation and dangling conjunctions at their edges.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .patterns import PUNCT_EDGE, STANCE_ON
from .segments import as_segments, covered


@dataclass(frozen=True)
class Draft:
    """A quote before speaker resolution: token-level parts found by one rule."""

    start: int
    end: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    # Found only through an object-taking verb ("favors a strongman approach"), not a reporting clause.
    weak: bool = False


def content_drafts(
    doc: Doc,
    tokens: Iterable[Token],
    speaker: tuple[int, int],
    cue: tuple[int, int],
    segments: Sequence[tuple[int, int]],
    weak: bool = False,
) -> list[Draft]:
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
        start, end = trim(doc_text(doc), start, end, segments)
        start = _after_dateline(doc, start, end)
        start = _after_link(doc, start, end, segments)
        between = doc_text(doc)[end : cue[0]] if end <= cue[0] else doc_text(doc)[cue[1] : start]
        if "\n" in between:
            continue
        if end > start and (
            len(doc_text(doc)[start:end].split()) >= 2 or (weak and _named(doc, start, end, cue))
        ):
            drafts.append(Draft(start, end, speaker, cue, weak))
    return drafts


# "OSLO —", "LYON (AFP) —", "BERGEN, Norway, May 4 (Reuters) —": a place in capitals, then its state, a
# date and an agency in brackets, each optional, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]+(?:[ \t][A-Z][A-Z.'’]+)*"
    r"(?:,[ \t]+[A-Z][A-Za-z.]*)?(?:,[ \t]+[A-Z][a-z]{2,4}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([A-Za-z .]{2,30}\))?[ \t]+(?:—|–|--|-)[ \t]+"
)


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """A content that opens a paragraph starts after the paragraph's dateline: the place and agency are the
    wire's, not the speaker's words. A bare word in capitals before a hyphen is a place only when it is no short
    or organisation's name ("US - EU talks", "EU - Norway ties")."""
    text = doc_text(doc)
    if text[:start].rstrip(" \t")[-1:] not in {"", "\n"}:
        return start
    match = _DATELINE.match(text, start, end)
    if match is None or len(text[match.end() : end].split()) < 2:
        return start
    head = text[start : match.end()]
    if "(" not in head and "," not in head:
        place = doc.char_span(start, start + len(head.split()[0]), alignment_mode="expand")
        # A long dash is the wire's: a compound of names takes a hyphen ("EU - Norway ties"), so a parser's guess
        # that the word names an organisation counts only before a short one.
        names = {"NORP"} if head.split()[-1] in {"—", "--"} else {"ORG", "NORP"}
        if place is None or sum(ch.isalpha() for ch in head) < 4 or place[0].ent_type_ in names:
            return start
    return match.end()


# Words that link a sentence to the one before it: the writer's, when the content opens the sentence.
_LINKS = frozenset({"but", "and", "yet", "so"})
# Linking adverbials set off by a comma ("However, ...", "In fact, ...", "Even so, ..."): the writer's too. Not
# "Now,", "Then,", "Instead,", which more often say when or what the speaker meant.
_LINKING_ADVERBIALS = re.compile(
    r"(?:however|indeed|meanwhile|moreover|nevertheless|nonetheless|furthermore|additionally|separately|still"
    r"|in fact|in contrast|by contrast|even so|of course|in addition|at the same time|on the other hand)"
    r"[ \t]*,[ \t]*",
    re.IGNORECASE,
)


def _after_link(doc: Doc, start: int, end: int, segments: Sequence[tuple[int, int]]) -> int:
    """'But the council has no money left, Okafor said': a content that opens its sentence starts after the
    conjunction tying that sentence to the last one ("But", "And", "Yet", "So") or after a linking adverbial
    ("However,", "Still,"); inside a quotation the word stays, as the speaker's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return start
    first = span[0]
    adverbial = _LINKING_ADVERBIALS.match(doc_text(doc), start, end)
    if (
        first.is_sent_start
        and adverbial is not None
        and len(doc_text(doc)[adverbial.end() : end].split()) >= 2
    ):
        return adverbial.end()
    if not first.is_sent_start or first.lower_ not in _LINKS or first.idx != start:
        return start
    if first.dep_ != "cc":
        return start  # "So far the plan works": no link
    return trim(doc_text(doc), span[1].idx, end, segments)[0]


def _named(doc: Doc, start: int, end: int, cue: tuple[int, int]) -> bool:
    """One word that names someone or something a stance is taken on ("endorsed Haldorsen", "backs
    deportation"), after a verb that takes a stance on what it names (not "released Okafor", an act), and not a
    pronoun or a stray word."""
    span = doc.char_span(start, end)
    verb = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return (
        span is not None
        and len(span) == 1
        and span[0].pos_ in {"PROPN", "NOUN"}
        and span[0].is_alpha
        and verb is not None
        and verb.root.lemma_.lower() in STANCE_ON
    )


def _same_line(
    text: str, start: int, end: int, cue: tuple[int, int], segments: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Unquoted content stays on its cue's line: a parse that runs over a line break joins two paragraphs."""
    inside = covered(segments)
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
    spans = as_segments(segments)
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


# "the U.S.", "7 p.m.", "the U.K.": an initialism's last period is part of the word, which a full stop after it
# shares.
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")
_DANGLING = re.compile(r"[\s,;]+(?:and|but|or|while|as|because)$")


def trim(text: str, start: int, end: int, segments: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Drop separating punctuation at the edges; a final quotation mark keeps the punctuation inside it."""
    while start < end and (text[start] in PUNCT_EDGE or text[start].isspace()):
        start += 1
    ends = as_segments(segments).ends
    ends_segment = end in ends
    while (
        end > start
        and not ends_segment
        and (text[end - 1] in PUNCT_EDGE + ".!?" or text[end - 1].isspace())
        and not _INITIALISM.search(text, start, end)
    ):
        end -= 1
        ends_segment = end in ends
    # "(Most voters, ...", "... if he starts winning.)": a bracket the content does not close or open is the
    # writer's, around the aside the content sits in.
    if end > start and text[end - 1] == ")" and "(" not in text[start : end - 1]:
        return trim(text, start, end - 1, segments)
    if end > start and text[start] == "(" and ")" not in text[start + 1 : end]:
        return trim(text, start + 1, end, segments)
    dangling = _DANGLING.search(text, start, end)
    if not ends_segment and dangling is not None and dangling.start() > start:
        # "that he's not backing anyone, and": a conjunction left over from a clause cut after it.
        return trim(text, start, dangling.start(), segments)
    return start, end
