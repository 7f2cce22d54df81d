"""The direct quote that sits next to a reporting verb, by layout.

A quoted segment right after the cue ('Berg replied: "..."') or right before its clause ('"...," he
said'), the quote that resumes after an interrupting cue clause ('"A," he said, "B."'), and the unquoted
block after a colon ('Halvorsen said:' and the paragraph below).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .content import trim
from .patterns import COMPLEMENT_ONLY, QUOTE_CHARS, SPACES
from .segments import as_segments
from .speakers import phrase

_GAP_BEFORE = re.compile(r"[ \t\xa0,:—–-]*")
_GAP_CHARS = " \t\xa0,:—–-"
_COLON_GAP = re.compile(r"[^.!?\"“”\n:]{0,40}:[ \t]*\n?\s*")
_RESUME_GAP = re.compile(r"[ \t\xa0]*[,:][ \t\xa0]*")


def adjacent_segment(
    doc: Doc, verb: Token, speaker: Token, segments: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """A quote right after the cue ('Berg replied: "..."') or right before the clause ('"...," he said')."""
    text = doc_text(doc)
    if verb.lemma_.lower() in COMPLEMENT_ONLY:
        return None
    clause_start = min(phrase(speaker)[0], verb.idx)
    after = verb.idx + len(verb)
    spans = as_segments(segments)
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
            inner_end = text[s:e].rstrip(QUOTE_CHARS + "\u200b")[-1:]
            if inner_end in ",!?—–-":
                return s, e
    return None


def _closes_clause(text: str, start: int, end: int) -> bool:
    """The quoted segment ends its sentence or clause rather than sitting inside a longer one."""
    inner = text[start:end].rstrip(QUOTE_CHARS + "\u200b")
    after = text[SPACES.match(text, end).end() :][:1]
    return inner[-1:] in {".", "!", "?", ",", "…", ":", ";"} or not after or after in ".!?,;\n"


def colon_block(text: str, verb: Token, segments: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """'Halvorsen said:' and the unquoted paragraph after it (or the rest of the line)."""
    after = verb.idx + len(verb)
    match = _COLON_GAP.match(text, after)
    if match is None:
        return None
    start = match.end()
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    if any(s < end and start < e for s, e in segments) or len(text[start:end].split()) < 3:
        return None
    return trim(text, start, end, segments)


def resumed_segment(
    text: str, first: tuple[int, int], clause_end: int, segments: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """'"A," he said, "B."': the quote that resumes right after an interrupting cue clause."""
    if first[1] > clause_end:
        return None
    gap = _RESUME_GAP.match(text, clause_end)
    if gap is None:
        return None
    spans = as_segments(segments)
    for k in spans.starting(clause_end, gap.end()):
        s, e = spans[k]
        if _RESUME_GAP.fullmatch(text, clause_end, s):
            return s, e
    return None
