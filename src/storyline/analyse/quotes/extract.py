"""``find_quotes``: runs every rule over one article and turns their drafts into ``QuoteSpan``s.

The rules run in order (parse cues, colon layouts, signatures, trailing cues, continuations), each
skipping what the earlier ones took; one draft is kept per content span (the cue nearest it wins), an
object-verb stance inside another quote's content is dropped, each quote gets its kind (direct, mixed,
indirect) from the quoted segments it holds, and speakers are resolved in text order.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ...models import Mention, QuoteKind, QuoteSpan
from ..entities import find_roles
from ..nlp import doc_text
from . import resolution
from .content import Draft
from .continuations import continuations
from .cues import cue_drafts
from .layouts import colon_drafts, signed_drafts, trailing_cue_drafts
from .marks import quote_segments
from .patterns import NESTED_SPEECH_VERBS, PUNCT_EDGE, QUOTE_CHARS
from .segments import Segments, as_segments


def find_quotes(doc: Doc, mentions: Sequence[Mention], *, resolve: bool = True) -> list[QuoteSpan]:
    """Every quotation in ``doc``. Its speaker span is the phrase the text attributes it to, as written ("he",
    "Mr. Berg"), which is what attribution corpora annotate; with ``resolve`` a pronoun or role speaker is
    named as the person it stands for, whose mention the quote also points at (``person_start``)."""
    text = doc_text(doc)
    segments = Segments(quote_segments(text))
    drafts = cue_drafts(doc, segments)
    drafts += colon_drafts(doc, segments, drafts)
    drafts += signed_drafts(text, segments, drafts)
    drafts += trailing_cue_drafts(doc, segments, drafts)
    drafts += continuations(doc, segments, drafts)
    drafts = _run_on(text, _outer_only(doc, _dedupe(drafts)))
    roles = find_roles(doc, mentions) if resolve else []
    mentions = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    quotes: list[QuoteSpan] = []
    resolved: list[tuple[int, Mention]] = []
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        kind = _kind(text, draft.start, draft.end, segments)
        speaker = draft.speaker
        speaker_text = text[speaker[0] : speaker[1]] if speaker else None
        person = None
        if resolve and speaker is not None:
            person = resolution.resolve(doc, speaker, (mentions, mention_starts), roles, resolved, segments)
            if person is not None:
                speaker_text = person.text
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
                person_start=person.start if person else None,
                person_end=person.end if person else None,
            )
        )
    return quotes


# The closing marks a quotation may end with, and the opening marks that go on in the same style.
_SAME_STYLE = {"”": "“", '"': '"', "’": "‘", "'": "'", "»": "«"}


def _run_on(text: str, drafts: Sequence[Draft]) -> list[Draft]:
    """A quotation (a draft within a pair of marks, not a paraphrase ending on quoted words) that goes on in a
    new pair of marks of the same style, with nothing but blanks or a paragraph break between ('"We will win." "We have the votes."'), is one quotation of one speaker: the
    newspaper convention for a speaker's successive sentences and paragraphs."""
    joined: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.speaker is not None
            and last.speaker == draft.speaker
            and last.end <= draft.start
            and not text[last.end : draft.start].strip()
            and _SAME_STYLE.get(text[last.end - 1]) == text[draft.start] == text[last.start]
        ):
            joined[-1] = Draft(last.start, draft.end, last.speaker, last.cue, last.weak and draft.weak)
        else:
            joined.append(draft)
    return joined


def _dedupe(drafts: Sequence[Draft]) -> list[Draft]:
    """One draft per content span: the cue nearest the content wins."""
    best: dict[tuple[int, int], Draft] = {}
    for draft in drafts:
        key = (draft.start, draft.end)
        old = best.get(key)
        if old is None or _distance(draft) < _distance(old):
            best[key] = draft
    return list(best.values())


def _outer_only(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """A weak cue inside another quote's reported content (an object-verb stance: "She said Berg favors a
    tougher approach") is part of what the outer speaker said, not a second attribution, and so is a thought,
    wish, perception or finding ("He said he thinks it will pass", "aides said he wants a vote", "argued that
    the figures show"); a verb of saying there reports a second speech ("He said aides told him to wait", "Lee
    said the minister warned that ..."). A weak cue inside a weak one's stance is part of that stance too ("wants
    the council to back the plan": one stance, the union's)."""
    strong = Segments((d.start, d.end) for d in drafts if not d.weak)
    every = Segments((d.start, d.end) for d in drafts)
    return [
        d
        for d in drafts
        if d.cue is None or not (every if d.weak else strong).inside(d.cue[0]) or _nested_speech(doc, d)
    ]


def _nested_speech(doc: Doc, draft: Draft) -> bool:
    if draft.weak or draft.cue is None:
        return False
    cue = doc.char_span(draft.cue[0], draft.cue[1], alignment_mode="expand")
    return cue is not None and len(cue) > 0 and cue[0].lemma_.lower() in NESTED_SPEECH_VERBS


def _distance(draft: Draft) -> int:
    if draft.cue is None:
        return 10**9
    return min(abs(draft.cue[0] - draft.end), abs(draft.cue[1] - draft.start))


def _kind(text: str, start: int, end: int, segments: Sequence[tuple[int, int]]) -> QuoteKind:
    spans = as_segments(segments)
    inner = [spans[k] for k in spans.starting(start, end) if spans[k][1] <= end]
    if not inner:
        return "indirect"
    rest = text[start:end]
    for s, e in sorted(inner, reverse=True):
        rest = rest[: s - start] + rest[e - start :]
    if not rest.strip(QUOTE_CHARS + PUNCT_EDGE + ".!?… "):
        return "direct"
    return "mixed"
