"""Attributions inside attributions: a thought, wish, perception or finding inside a quote's reported content is
part of what the outer speaker said; a verb of saying there reports a second speech and keeps its own quote. A
cue inside a speaker's description ("said Lee, who opposed the plan") lends no speaker to the quotes after it."""

from __future__ import annotations

import pytest

from storyline.analyse.entities import find_mentions
from storyline.analyse.quotes import find_quotes


def _found(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(q.text, q.speaker) for q in find_quotes(doc, find_mentions(doc), resolve=False)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Okafor said she believes the clinic will reopen before the winter.",
            "she believes the clinic will reopen before the winter",
            "Okafor",
        ),
        (
            "The mayor told reporters he does not think the tax will pass this year.",
            "he does not think the tax will pass this year",
            "The mayor",
        ),
        (
            "Half of the farmers said they want the next minister to cut fuel duties.",
            "they want the next minister to cut fuel duties",
            "Half of the farmers",
        ),
        (
            "Lindqvist argued that the figures show the plan has already failed.",
            "that the figures show the plan has already failed",
            "Lindqvist",
        ),
        (
            "A spokeswoman said the council expects the bridge to open in May.",
            "the council expects the bridge to open in May",
            "A spokeswoman",
        ),
    ],
)
def test_quotes_nested_thought_or_finding_is_the_outer_speakers_words(nlp, text, content, speaker):
    assert _found(nlp, text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "inner", "inner_speaker"),
    [
        (
            "Reyes said the governor told her the vote would be delayed.",
            "the vote would be delayed",
            "the governor",
        ),
        (
            "The coach said his players claimed the referee had ignored the fouls.",
            "the referee had ignored the fouls",
            "his players",
        ),
    ],
)
def test_quotes_nested_verb_of_saying_keeps_its_own_quote(nlp, text, inner, inner_speaker):
    assert (inner, inner_speaker) in _found(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Nobody on the council wanted the bridge," said Tom Reyes, a former mayor who opposed the plan in 2012.'
            ' "We lost that fight and the town paid for it."',
            "Tom Reyes, a former mayor who opposed the plan in 2012",
        ),
        (
            '"The rules are too strict for small farms," said Ana Lindqvist, who announced her retirement last'
            ' spring. "Most of us cannot afford the paperwork."',
            "Ana Lindqvist, who announced her retirement last spring",
        ),
        (
            '"Prices will keep rising," said Dr. Okafor, an economist who has criticized the bank for years.'
            ' "The bank waited far too long to act."',
            "Dr. Okafor, an economist who has criticized the bank for years",
        ),
    ],
)
def test_quotes_continuation_skips_a_cue_inside_the_speakers_description(nlp, text, speaker):
    last = _found(nlp, text)[-1]
    assert last[0].startswith('"') and last[1] == speaker
