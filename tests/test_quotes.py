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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            'She said "the \u201cold\u201d pier is closed" on Friday.',
            ['"the \u201cold\u201d pier is closed"'],
        ),
        ('A mark left open "at the end of a line\nand the next line.', ['"at the end of a line']),
        ("The crew's 'long night at sea' ended; it's over.", ["'long night at sea'"]),
        ("\u201cA quote left open to the end", ["\u201cA quote left open to the end"]),
        (
            "\u201eLow and high\u201c marks and \u00abguillemets here\u00bb.",
            ["\u201eLow and high\u201c", "\u00abguillemets here\u00bb"],
        ),
        ("No marks at all in this line, nor in the next.\n\nNone.", []),
    ],
)
def test_quotes_segments_close_nest_and_end_at_lines(text, found):
    assert [text[s:e] for s, e in quote_segments(text)] == found


def test_quotes_direct_quote_with_cue_after(nlp):
    text = 'Talks went on. "We support opening the new ferry route in November," Ola Berg said.'
    (quote,) = _quotes(nlp, text)
    assert (quote.kind, quote.text, quote.speaker, quote.cue) == (
        "direct",
        '"We support opening the new ferry route in November,"',
        "Ola Berg",
        "said",
    )


def test_quotes_indirect_quote_is_the_clausal_complement(nlp):
    (quote,) = _quotes(nlp, "Berg said the repairs would be finished within the next two weeks.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect",
        "the repairs would be finished within the next two weeks",
        "Berg",
    )


def test_quotes_mixed_quote_keeps_its_quoted_words(nlp):
    text = 'Lee said the plan called for a harbour board "with full planning powers".'
    (quote,) = _quotes(nlp, text)
    assert quote.kind == "mixed" and quote.text.endswith('"with full planning powers"')


def test_quotes_cue_with_object_is_found(nlp):
    text = '"March 4-6 is the likely week for the ferry trials," the official told NTB on Thursday.'
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
    text = "The ferry trials will take place in June, a harbour official in Bergen said Thursday."
    (quote,) = _quotes(nlp, text)
    assert quote.speaker == "a harbour official in Bergen"


def test_quotes_according_to_is_a_cue(nlp):
    (quote,) = _quotes(nlp, "According to NTB, the delegation will arrive in Bergen on Monday.")
    assert (quote.cue, quote.speaker, quote.text) == (
        "According to",
        "NTB",
        "the delegation will arrive in Bergen on Monday",
    )


def test_quotes_pronoun_resolved_to_the_named_person(nlp):
    text = 'Ola Berg met reporters in Molde. "Today we have agreed on new timetables," he added.'
    (quote,) = _quotes(nlp, text)
    assert (quote.speaker, text[quote.person_start : quote.person_end]) == ("Ola Berg", "Ola Berg")


def test_quotes_speaker_span_is_the_attributing_words_when_resolved(nlp):
    text = 'Ola Berg met reporters in Molde. "Today we have agreed on new timetables," he added.'
    (quote,) = _quotes(nlp, text)
    assert text[quote.speaker_start : quote.speaker_end] == "he"


def test_quotes_pronoun_kept_as_written_without_resolution(nlp):
    text = 'Ola Berg met reporters in Molde. "Today we have agreed on new timetables," he added.'
    (quote,) = _quotes(nlp, text, resolve=False)
    assert (quote.speaker, text[quote.speaker_start : quote.speaker_end]) == ("he", "he")


def test_quotes_role_speaker_resolved_through_the_title(nlp):
    text = (
        "Norwegian Fisheries Minister Ola Berg arrived on Monday. "
        "The Norwegian fisheries minister said the talks would go ahead."
    )
    quote = next(q for q in _quotes(nlp, text) if q.cue == "said")
    assert quote.speaker == "Ola Berg"


def test_quotes_uncued_quoted_sentence_continues_the_previous_speaker(nlp):
    text = '"The alternative is more delay," Ann Lee said. "The alternative is that the harbour shuts for a year."'
    quotes = _quotes(nlp, text)
    assert [q.speaker for q in quotes] == ["Ann Lee", "Ann Lee"]


def test_quotes_interrupted_quote_gives_both_halves(nlp):
    text = '"Your Honor," Halvorsen said, "I have not seen a case like this one in twenty years."'
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == [
        '"Your Honor,"',
        '"I have not seen a case like this one in twenty years."',
    ]


def test_quotes_multi_paragraph_quote_is_one_content(nlp):
    text = (
        "Berg spoke at length.\n\n"
        "\u201cThe first thing is to get the ferry back in service.\n\n"
        "\u201cThe second thing is to agree on a timetable,\u201d Berg said."
    )
    (quote,) = _quotes(nlp, text)
    assert quote.text.startswith("\u201cThe first thing") and quote.text.endswith("timetable,\u201d")


def test_quotes_headline_label_is_a_speaker(nlp):
    (quote,) = _quotes(nlp, "Okafor: We Will Finish The Bridge Before The Winter\n\nThe work went on.")
    assert (quote.speaker, quote.cue, quote.text) == (
        "Okafor",
        ":",
        "We Will Finish The Bridge Before The Winter",
    )


def test_quotes_offsets_match_texts(nlp):
    text = 'Berg said the talks would start soon. "We are ready," Lee said, "and so is Molde."'
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
    text = 'Halvorsen was asked by host Kari Dahl, "Do you think the ferry story still matters at all?"'
    quote = _said(_quotes(nlp, text, resolve=False), "ferry story")
    assert quote.speaker == "host Kari Dahl"


def test_quotes_quoted_title_before_the_speaker_yields_to_the_clause_after_the_cue(nlp):
    text = 'On "Harbour Week Tonight," Rep. Ola Berg said Lee\u2019s judgment is in question.'
    quotes = _quotes(nlp, text, resolve=False)
    assert [q.text for q in quotes] == ["Lee\u2019s judgment is in question"]


def test_quotes_long_cue_line_ending_in_a_colon_introduces_the_quoted_paragraph(nlp):
    text = (
        "In a letter sent out this week, the board said about the addition of the new berth to its harbour "
        'plan:\n\n"The plan goes further than any previous plan on ferry safety."'
    )
    quote = _said(_quotes(nlp, text, resolve=False), "goes further")
    assert (quote.kind, quote.speaker) == ("direct", "the board")


def test_quotes_owner_of_a_speech_noun_is_the_speaker(nlp):
    quotes = _quotes(
        nlp, "Berg\u2019s response was that the ferry fare is unfair to families.", resolve=False
    )
    quote = _said(quotes, "ferry fare")
    # As written, possessive included (attribution corpora annotate it so); resolution maps it to Berg.
    assert (quote.text, quote.speaker) == ("that the ferry fare is unfair to families", "Berg\u2019s")


def test_quotes_that_clause_after_an_intervening_phrase_is_the_content(nlp):
    text = "Halvorsen says in a statement that the dispute has crossed the line into harassment."
    quote = _said(_quotes(nlp, text, resolve=False), "dispute")
    assert (quote.text, quote.speaker) == (
        "that the dispute has crossed the line into harassment",
        "Halvorsen",
    )


def test_quotes_sentence_opening_participle_borrows_the_last_speaker(nlp):
    text = '"We will win this state," Smith said. Adding, "The voters are with us all the way."'
    quote = _said(_quotes(nlp, text, resolve=False), "voters")
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "Smith", "Adding")


def test_quotes_object_of_the_controlling_verb_is_the_speaker(nlp):
    text = "The defeat forced the senator to admit that the campaign had failed."
    quote = _said(_quotes(nlp, text, resolve=False), "campaign")
    assert quote.speaker == "the senator"


def test_quotes_quoted_sentence_after_a_no_break_space_continues_the_speaker(nlp):
    text = '"Let\u2019s be plain," he continued.\xa0 "I have met Mr. Berg at the harbour many times."'
    quote = _said(_quotes(nlp, text, resolve=False), "many times")
    assert quote.speaker == "he"


def test_quotes_content_does_not_end_on_a_dangling_conjunction():
    from storyline.analyse.quotes.content import trim

    text = "that she is not supporting any one ferry route, and"
    start, end = trim(text, 0, len(text), [])
    assert text[start:end] == "that she is not supporting any one ferry route"


def test_quotes_on_a_long_page_are_those_of_each_paragraph(nlp):
    # The rules look up segments and quotes by position: on a page of many paragraphs every paragraph must
    # still get exactly the quotes it gets alone, at its own offsets.
    paragraph = (
        "\u201cWe will not accept this,\u201d Berg said. \u201cThe talks go on.\u201d "
        "Lee told reporters that the vote would be held in June.\n\n"
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
        ("The man who built it all said the ferry would run again.", "The man who built it all"),
    ],
)
def test_speaker_phrase_leaves_out_a_floating_quantifier(nlp, text, speaker):
    assert _speaker_words(nlp, text) == [speaker]
