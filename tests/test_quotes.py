"""Quotes found in one article: kinds, contents, cues, speakers and pronoun resolution."""

from __future__ import annotations

import pytest

from storyline.analyse.entities import find_mentions
from storyline.analyse.quotes import find_quotes, quote_segments


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


@pytest.mark.parametrize(
    "text",
    [
        "Senator Holm picked up four delegates in the Vellin caucuses.",
        "The union called off the strike at the Pellham docks.",
        "Mayor Brekke backed down from the plan to close the ferry.",
    ],
)
def test_quotes_phrasal_verb_naming_an_act_states_no_position(nlp, text):
    assert _quotes(nlp, text) == []


def test_quotes_object_of_the_same_verb_without_the_particle_is_a_position(nlp):
    (quote,) = _quotes(nlp, "Senator Holm backed the plan to close the ferry.")
    assert quote.text == "the plan to close the ferry"


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
    assert (quote.speaker, text[quote.person_start : quote.person_end]) == ("Sergei Lavrov", "Sergei Lavrov")


def test_quotes_speaker_span_is_the_attributing_words_when_resolved(nlp):
    text = 'Sergei Lavrov met reporters in Bali. "Today we have agreed on measures," he added.'
    (quote,) = _quotes(nlp, text)
    assert text[quote.speaker_start : quote.speaker_end] == "he"


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
    (quote,) = _quotes(nlp, "Okafor: We Will Finish The Bridge Before The Winter\n\nThe work went on.")
    assert (quote.speaker, quote.cue, quote.text) == (
        "Okafor",
        ":",
        "We Will Finish The Bridge Before The Winter",
    )


def test_quotes_offsets_match_texts(nlp):
    text = 'Kerry said the talks would start soon. "We are ready," Lavrov said, "and so is Washington."'
    for quote in _quotes(nlp, text):
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.cue_start : quote.cue_end] == quote.cue


def test_quotes_title_case_headline_verb_is_a_cue(nlp):
    text = "Mayor Says Flood Defences Held Better Than Expected\n\nThe storm passed on Thursday."
    (quote,) = _quotes(nlp, text)
    assert (quote.speaker, quote.cue, quote.text) == (
        "Mayor",
        "Says",
        "Flood Defences Held Better Than Expected",
    )


def test_quotes_block_after_colon_is_the_content(nlp):
    text = "The bill passed.\n\nLindqvist said:\n\nOnly 3,100 families have been rehoused in the past two years.\n\nEnd."
    (quote,) = _quotes(nlp, text)
    assert (quote.speaker, quote.text) == (
        "Lindqvist",
        "Only 3,100 families have been rehoused in the past two years",
    )


def test_quotes_nested_curly_quote_does_not_close_a_straight_one():
    text = 'He said: "The department is not about \u201cEqual Justice\u201d anymore. It is politics."'
    assert [text[s:e] for s, e in quote_segments(text)] == [text[text.index('"') :]]


def _said(quotes, needle: str):
    return next(q for q in quotes if needle in q.text)


def test_quotes_passive_agent_is_the_speaker(nlp):
    text = 'Sanders was asked by host Bill Maher, "Do you think the email story still matters at all?"'
    quote = _said(_quotes(nlp, text, resolve=False), "email story")
    assert quote.speaker == "host Bill Maher"


def test_quotes_quoted_title_before_the_speaker_yields_to_the_clause_after_the_cue(nlp):
    text = 'On "Sunday Morning Futures," Rep. Darrell Issa said Clinton\u2019s judgment is in question.'
    quotes = _quotes(nlp, text, resolve=False)
    assert [q.text for q in quotes] == ["Clinton\u2019s judgment is in question"]


def test_quotes_long_cue_line_ending_in_a_colon_introduces_the_quoted_paragraph(nlp):
    text = (
        "In a press release this month, the committee said about the inclusion of the new plank in its "
        'platform:\n\n"The platform goes further than any previous platform on these rights."'
    )
    quote = _said(_quotes(nlp, text, resolve=False), "goes further")
    assert (quote.kind, quote.speaker) == ("direct", "the committee")


def test_quotes_owner_of_a_speech_noun_is_the_speaker(nlp):
    quotes = _quotes(nlp, "Rubio\u2019s response was that the tax code is unfair to families.", resolve=False)
    quote = _said(quotes, "tax code")
    # As written, possessive included (attribution corpora annotate it so); resolution maps it to Rubio.
    assert (quote.text, quote.speaker) == ("that the tax code is unfair to families", "Rubio\u2019s")


def test_quotes_that_clause_after_an_intervening_phrase_is_the_content(nlp):
    text = "Awad says in a statement that the rhetoric has crossed the line into incitement."
    quote = _said(_quotes(nlp, text, resolve=False), "rhetoric")
    assert (quote.text, quote.speaker) == ("that the rhetoric has crossed the line into incitement", "Awad")


def test_quotes_sentence_opening_participle_borrows_the_last_speaker(nlp):
    text = '"We will win this state," Smith said. Adding, "The voters are with us all the way."'
    quote = _said(_quotes(nlp, text, resolve=False), "voters")
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "Smith", "Adding")


def test_quotes_object_of_the_controlling_verb_is_the_speaker(nlp):
    text = "The defeat forced the senator to admit that the campaign had failed."
    quote = _said(_quotes(nlp, text, resolve=False), "campaign")
    assert quote.speaker == "the senator"


def test_quotes_quoted_sentence_after_a_no_break_space_continues_the_speaker(nlp):
    text = '"Let\u2019s boil it down," he continued.\xa0 "I have met Mr. Trump on more than one occasion."'
    quote = _said(_quotes(nlp, text, resolve=False), "occasion")
    assert quote.speaker == "he"


def test_quotes_content_does_not_end_on_a_dangling_conjunction():
    from storyline.analyse.quotes.content import trim

    text = "that he is not backing any particular candidate, and"
    start, end = trim(text, 0, len(text), [])
    assert text[start:end] == "that he is not backing any particular candidate"


def test_quotes_on_a_long_page_are_those_of_each_paragraph(nlp):
    # The rules look up segments and quotes by position: on a page of many paragraphs every paragraph must
    # still get exactly the quotes it gets alone, at its own offsets.
    paragraph = (
        "\u201cWe will not accept this,\u201d Kerry said. \u201cThe talks go on.\u201d "
        "Lavrov told reporters that the meeting would take place in June.\n\n"
    )
    alone = [(q.start, q.end, q.speaker, q.kind) for q in _quotes(nlp, paragraph)]
    page = paragraph * 60
    found = [(q.start, q.end, q.speaker, q.kind) for q in _quotes(nlp, page)]
    expected = [
        (s + k * len(paragraph), e + k * len(paragraph), who, kind)
        for k in range(60)
        for s, e, who, kind in alone
    ]
    assert len(alone) == 3 and found == expected


def _speaker_words(nlp, text: str) -> list[str]:
    return [text[q.speaker_start : q.speaker_end] for q in _quotes(nlp, text) if q.speaker_start is not None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor, speaking in Leeds on Monday, said the bridge would reopen in May.", "The mayor"),
        ("Ms Berg, visiting the flooded town, told reporters that help was on its way.", "Ms Berg"),
        ("The minister, answering questions in parliament, said the budget was final.", "The minister"),
    ],
)
def test_speaker_phrase_leaves_out_a_participle_set_off_by_commas(nlp, text, speaker):
    assert _speaker_words(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A survey published on Monday found that most nurses would strike.", "A survey published on Monday"),
        ("A union representing pilots said the talks had failed.", "A union representing pilots"),
        ("A report released last week said the river was cleaner.", "A report released last week"),
    ],
)
def test_speaker_phrase_keeps_a_participle_that_picks_the_speaker_out(nlp, text, speaker):
    assert _speaker_words(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "MADRID, May 3 (Reuters) - The prime minister said on Friday that taxes would fall.",
            "The prime minister",
        ),
        ("OSLO (AP) — Police said the road would stay closed until Sunday.", "Police"),
        ("The president himself said the plan would fail.", "The president"),
    ],
)
def test_speaker_phrase_leaves_out_a_dateline_and_a_stressing_pronoun(nlp, text, speaker):
    assert _speaker_words(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nearly half of the nurses said they would strike.", "Nearly half of the nurses"),
        ("About a third of the voters said the economy came first.", "About a third of the voters"),
        (
            "Almost 40 percent of the teachers said they had too little time.",
            "Almost 40 percent of the teachers",
        ),
    ],
)
def test_speaker_phrase_keeps_the_adverb_of_a_count(nlp, text, speaker):
    assert _speaker_words(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Both the mayor and the governor said the bridge would reopen in May.",
            "Both the mayor and the governor",
        ),
        ("Neither the union nor the company said the talks had failed.", "Neither the union nor the company"),
        (
            "Either the coach or his assistant told reporters that the team would travel on Friday.",
            "Either the coach or his assistant",
        ),
    ],
)
def test_speaker_phrase_keeps_the_paired_conjunction_of_coordinated_speakers(nlp, text, speaker):
    assert _speaker_words(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senate Minority Leader Dana Reyes on Tuesday said the bill would fail.",
            "Senate Minority Leader Dana Reyes",
        ),
        ("The Okafor campaign on Monday said it had raised $2 million.", "The Okafor campaign"),
        (
            "The city's new mayor on Tuesday told reporters that the bridge would reopen.",
            "The city's new mayor",
        ),
        ("Lindqvist in an interview said the plan had already failed.", "Lindqvist"),
        ("The mayor during a radio interview said the bridge would reopen in May.", "The mayor"),
    ],
)
def test_speaker_phrase_leaves_out_the_day_or_occasion_of_speaking(nlp, text, speaker):
    assert _speaker_words(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Reyes and Okafor both said the bridge would reopen in May.", "Reyes and Okafor"),
        ("The three candidates all argued that taxes were too high.", "The three candidates"),
        (
            "The governor and the mayor each told reporters that the flood had passed.",
            "The governor and the mayor",
        ),
        ("The woman who started it all said the campaign would go on.", "The woman who started it all"),
    ],
)
def test_speaker_phrase_leaves_out_a_floating_quantifier(nlp, text, speaker):
    assert _speaker_words(nlp, text) == [speaker]
