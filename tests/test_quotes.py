"""Quotes found in one article: kinds, contents, cues, speakers and pronoun resolution."""

from __future__ import annotations

import pytest

from storyline.analyse.entities import find_mentions
from storyline.analyse.nlp import load_nlp
from storyline.analyse.quotes import find_quotes, quote_segments


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _quotes(nlp, text: str, resolve: bool = True):
    doc = nlp(text)
    return find_quotes(doc, find_mentions(doc), resolve=resolve)


def test_quotes_segments_pair_curly_straight_and_doubled_marks():
    text = "He said \u201cyes, we will\u201d and \"no, we won't\" and ''maybe we shall'' then."
    found = [text[s:e] for s, e in quote_segments(text)]
    assert found == ["\u201cyes, we will\u201d", '"no, we won\'t"', "''maybe we shall''"]


def test_quotes_segments_run_on_when_the_next_paragraph_reopens():
    text = "\u201cThe first part goes on.\n\n\u201cThe second part ends here,\u201d she said."
    assert [text[s:e] for s, e in quote_segments(text)] == [text[: text.index(",") + 2]]


def test_quotes_direct_quote_with_cue_after(nlp):
    text = 'Talks went on. "We support holding this conference in November," Sergei Lavrov said.'
    (quote,) = _quotes(nlp, text)
    assert (quote.kind, quote.text, quote.speaker, quote.cue) == (
        "direct",
        '"We support holding this conference in November,"',
        "Sergei Lavrov",
        "said",
    )


def test_quotes_indirect_quote_is_the_clausal_complement(nlp):
    (quote,) = _quotes(nlp, "Lavrov said these issues would be dealt with within the next few days.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect",
        "these issues would be dealt with within the next few days",
        "Lavrov",
    )


def test_quotes_mixed_quote_keeps_its_quoted_words(nlp):
    text = 'Kerry said the plan called for a transitional government "with full executive authority".'
    (quote,) = _quotes(nlp, text)
    assert quote.kind == "mixed" and quote.text.endswith('"with full executive authority"')


def test_quotes_cue_with_object_is_found(nlp):
    text = '"June 10-12 is the working date for the conference," the official told Interfax on Thursday.'
    (quote,) = _quotes(nlp, text)
    assert (quote.cue, quote.speaker) == ("told", "the official")


def test_quotes_anonymous_source_is_the_speaker(nlp):
    text = "The conference will take place in June, a diplomatic official in New York said Thursday."
    (quote,) = _quotes(nlp, text)
    assert quote.speaker == "a diplomatic official in New York"


def test_quotes_according_to_is_a_cue(nlp):
    (quote,) = _quotes(nlp, "According to Interfax, the delegation will arrive in Moscow on Monday.")
    assert (quote.cue, quote.speaker, quote.text) == (
        "According to",
        "Interfax",
        "the delegation will arrive in Moscow on Monday",
    )


def test_quotes_pronoun_resolved_to_the_named_person(nlp):
    text = 'Sergei Lavrov met reporters in Bali. "Today we have agreed on measures," he added.'
    (quote,) = _quotes(nlp, text)
    assert (quote.speaker, text[quote.speaker_start : quote.speaker_end]) == (
        "Sergei Lavrov",
        "Sergei Lavrov",
    )


def test_quotes_pronoun_kept_as_written_without_resolution(nlp):
    text = 'Sergei Lavrov met reporters in Bali. "Today we have agreed on measures," he added.'
    (quote,) = _quotes(nlp, text, resolve=False)
    assert (quote.speaker, text[quote.speaker_start : quote.speaker_end]) == ("he", "he")


def test_quotes_role_speaker_resolved_through_the_title(nlp):
    text = (
        "Russian Foreign Minister Sergei Lavrov arrived on Monday. "
        "The Russian foreign minister said the talks would go ahead."
    )
    quote = next(q for q in _quotes(nlp, text) if q.cue == "said")
    assert quote.speaker == "Sergei Lavrov"


def test_quotes_uncued_quoted_sentence_continues_the_previous_speaker(nlp):
    text = '"The alternative is more violence," Kerry said. "The alternative is that Syria heads into chaos."'
    quotes = _quotes(nlp, text)
    assert [q.speaker for q in quotes] == ["Kerry", "Kerry"]


def test_quotes_interrupted_quote_gives_both_halves(nlp):
    text = '"Your Honor," Brafman said, "I have never had that happen in any case in thirty years."'
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == [
        '"Your Honor,"',
        '"I have never had that happen in any case in thirty years."',
    ]


def test_quotes_multi_paragraph_quote_is_one_content(nlp):
    text = (
        "Kerry spoke at length.\n\n"
        "\u201cThe first thing is to bring both sides to the table.\n\n"
        "\u201cThe second thing is to agree on a date,\u201d Kerry said."
    )
    (quote,) = _quotes(nlp, text)
    assert quote.text.startswith("\u201cThe first thing") and quote.text.endswith("date,\u201d")


def test_quotes_headline_label_is_a_speaker(nlp):
    (quote,) = _quotes(nlp, "Kasich: We Are Going To Go All The Way To Cleveland\n\nThe race went on.")
    assert (quote.speaker, quote.cue, quote.text) == (
        "Kasich",
        ":",
        "We Are Going To Go All The Way To Cleveland",
    )


def test_quotes_offsets_match_texts(nlp):
    text = 'Kerry said the talks would start soon. "We are ready," Lavrov said, "and so is Washington."'
    for quote in _quotes(nlp, text):
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.cue_start : quote.cue_end] == quote.cue


def test_quotes_title_case_headline_verb_is_a_cue(nlp):
    text = "Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism\n\nThe crash happened on Thursday."
    (quote,) = _quotes(nlp, text)
    assert (quote.speaker, quote.cue, quote.text) == (
        "Clinton",
        "Says",
        "EgyptAir Crash Seems Like An Act Of Terrorism",
    )


def test_quotes_block_after_colon_is_the_content(nlp):
    text = "The bill passed.\n\nSoerens said:\n\nOnly 2,200 Syrians have been admitted in the past four years.\n\nEnd."
    (quote,) = _quotes(nlp, text)
    assert (quote.speaker, quote.text) == (
        "Soerens",
        "Only 2,200 Syrians have been admitted in the past four years",
    )


def test_quotes_nested_curly_quote_does_not_close_a_straight_one():
    text = 'He said: "The department is not about \u201cEqual Justice\u201d anymore. It is politics."'
    assert [text[s:e] for s, e in quote_segments(text)] == [text[text.index('"') :]]
