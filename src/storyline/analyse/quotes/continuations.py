"""Quoted sentences with no cue of their own, which continue the speaker of the quote beside them.

A segment that stands alone as a sentence (or several) takes the speaker and cue of the latest quote
before it, within one paragraph break, or else of the quote that starts right after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc

from ..nlp import doc_text
from .content import Draft
from .patterns import QUOTE_CHARS, SPACES
from .segments import Segments

_BLANKS_AND_COMMAS = re.compile(r"[ ,]*")


def continuations(doc: Doc, segments: Sequence[tuple[int, int]], drafts: Sequence[Draft]) -> list[Draft]:
    """Quoted sentences with no cue of their own go on from the quote just before them (or just after)."""
    text = doc_text(doc)
    covered = Segments((d.start, d.end) for d in drafts)
    described = Segments(d.speaker for d in drafts if d.speaker)
    # A cue inside a speaker's description ('said Lee, who declined to run again') tells no speech of its own.
    spoken = [
        (k, d) for k, d in enumerate(drafts) if d.speaker and not (d.cue and described.inside(d.cue[0]))
    ]
    # (end, order) and (start, order): the latest quote before a segment, the first one right after it.
    by_end = sorted((d.end, k) for k, d in spoken)
    by_start = sorted((d.start, k) for k, d in spoken)
    extra: list[Draft] = []
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
            extra.append(Draft(s, e, source.speaker, source.cue))
    return extra


def _stands_alone(text: str, start: int, end: int) -> bool:
    """The segment is a sentence (or several) of its own: nothing but punctuation joins it to a clause."""
    before = start
    while before > 0 and text[before - 1] in " \t\xa0":
        before -= 1
    if before and text[before - 1] not in ".!?…\n\"”'’»:":
        return False
    at = SPACES.match(text, end).end()
    after = text[at : at + 1]
    closing = text[start:end].rstrip(QUOTE_CHARS + "\u200b")
    if not after or after == "\n":
        return True
    return closing[-1:] in {".", "!", "?", "…"} and (after.isupper() or after in '"“‘«')
