"""Quote contents at their edges and in short: a stance on one name, a participle's own object after an
earlier cue, a wire dateline opening a content."""

from __future__ import annotations

import pytest

from tests.quote_helpers import found_quotes


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The farmers' union endorsed Haldorsen last week.", "Haldorsen", "endorsed"),
        ("Most of the teachers in Brackwater supported Okonjo.", "Okonjo", "supported"),
        ("Most of the delegates backed Ferreira.", "Ferreira", "backed"),
        ("A majority of residents opposed deportation.", "deportation", "opposed"),
    ],
)
def test_quotes_stance_on_one_name_is_a_content(nlp, text, content, cue):
    assert any(q[0] == content and q[2] == cue for q in found_quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The coach thanked him.",
        "Lindqvist criticized it.",
        "The council praised them on Friday.",
    ],
)
def test_quotes_stance_on_one_pronoun_is_no_content(nlp, text):
    assert found_quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote", "cue", "content"),
    [
        (
            '"Rents are out of reach," Lindqvist said, citing the rise in prices over the summer.',
            '"Rents are out of reach,"',
            "citing",
            "the rise in prices over the summer",
        ),
        (
            '"We will appeal," the mayor said, blaming the referee for the late penalty.',
            '"We will appeal,"',
            "blaming",
            "the referee for the late penalty",
        ),
        (
            '"The bridge is safe," Okafor told reporters, praising the engineers who rebuilt it.',
            '"The bridge is safe,"',
            "praising",
            "the engineers who rebuilt it",
        ),
    ],
)
def test_quotes_participle_after_a_quoted_cue_takes_its_own_object(nlp, text, quote, cue, content):
    found = found_quotes(nlp, text)
    assert found[0][0] == quote
    assert any(q[0] == content and q[2] == cue and q[1] == found[0][1] for q in found)


def test_quotes_participle_opening_its_sentence_still_borrows_the_quote(nlp):
    text = 'Lee said the vote was fair. Adding, "We won it cleanly."'
    assert ('"We won it cleanly."', "Lee", "Adding") in found_quotes(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "OSLO (Reuters) - Norway will raise its fuel tax next year, the finance minister said on Monday.",
            "Norway will raise its fuel tax next year",
        ),
        (
            "NAIROBI, Kenya, March 3 (AP) — The rains have ruined half the maize crop, officials said.",
            "The rains have ruined half the maize crop",
        ),
        (
            "LISBON — The new bridge will open in May, the city council said.",
            "The new bridge will open in May",
        ),
        ("OSLO — The strike will end on Monday, the union said.", "The strike will end on Monday"),
        ("OSLO — The strike will end on Monday, Haldorsen said.", "The strike will end on Monday"),
        (
            "TROMSO -- Two roads stay shut after the storm, police said.",
            "Two roads stay shut after the storm",
        ),
    ],
)
def test_quotes_content_opening_with_a_dateline_starts_after_it(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("US - EU talks are stuck, Lee said.", "US - EU talks are stuck"),
        ("EU - Norway ties are at a low, the envoy said.", "EU - Norway ties are at a low"),
        ("Lee said the CALDER - Brook line would close.", "the CALDER - Brook line would close"),
    ],
)
def test_quotes_capitals_before_a_dash_that_are_no_dateline_stay(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Most tenants said the landlord is fair, and half said the rent is too high.",
            "the landlord is fair",
            "the rent is too high",
        ),
        (
            "Nine in 10 drivers said the new lanes are safer, and a fifth said the signals confuse them.",
            "the new lanes are safer",
            "the signals confuse them",
        ),
        (
            "Two-thirds of the anglers said the river is cleaner, while about a third said the fish are fewer.",
            "the river is cleaner",
            "the fish are fewer",
        ),
    ],
)
def test_quotes_second_speakers_report_leaves_the_first_content(nlp, text, first, second):
    contents = [q[0] for q in found_quotes(nlp, text)]
    assert contents[0] == first
    assert second is None or second in contents


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "Lee said the budget was late and that Okafor said it would pass.",
            "the budget was late",
            "it would pass",
            "Okafor",
        ),
        (
            "Lee told reporters the bridge was unsafe and that Okafor said it should close.",
            "the bridge was unsafe",
            "it should close",
            "Okafor",
        ),
        (
            "The coach said the pitch was flooded and that the referee had warned the game might be off.",
            "the pitch was flooded",
            "the game might be off",
            "the referee",
        ),
    ],
)
def test_quotes_second_report_opened_by_that_is_not_the_first_speakers(nlp, text, first, second, speaker):
    found = found_quotes(nlp, text)
    assert found[0][0] == first
    assert any(q[0] == second and q[1] == speaker for q in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lindqvist said the tariffs would hurt exports to the U.S.",
            "the tariffs would hurt exports to the U.S.",
        ),
        ("The council said the polls close at 8 p.m.", "the polls close at 8 p.m."),
        (
            "Okafor told reporters the talks had moved to the U.K., not France.",
            "the talks had moved to the U.K., not France",
        ),
    ],
)
def test_quotes_content_ending_in_an_initialism_keeps_its_period(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


def test_quotes_content_ending_a_sentence_drops_the_full_stop(nlp):
    assert found_quotes(nlp, "Okafor said the plan was ready.")[0][0] == "the plan was ready"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A new poll shows Lindqvist with a 12-point lead over Okafor.",
            "Lindqvist with a 12-point lead over Okafor",
        ),
        ("Council records show no payments to the firm.", "no payments to the firm"),
        (
            "Recent surveys showed the mayor losing ground among young voters.",
            "the mayor losing ground among young voters",
        ),
    ],
)
def test_quotes_what_a_record_shows_is_its_content(nlp, text, content):
    assert any(q[0] == content and q[2] in {"shows", "show", "showed"} for q in found_quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The guard showed his badge at the gate.",
        "Reyes showed the visitors the new library.",
        "She shows horses.",
    ],
)
def test_quotes_what_a_person_shows_is_no_content(nlp, text):
    assert found_quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bridge reopened. But the council has no money left, Okafor said.",
            "the council has no money left",
        ),
        ("Lee spoke first. Still, the vote was close, aides said.", "the vote was close"),
        ("The mill shut in May. And the jobs will not return, the union said.", "the jobs will not return"),
    ],
)
def test_quotes_content_opening_its_sentence_leaves_out_the_link_to_the_last(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The trade fell sharply. However, the ministry expects a rebound next year, officials said.",
            "the ministry expects a rebound next year",
        ),
        (
            "Rents rose again. In fact, most tenants now pay half their income, the survey found.",
            "most tenants now pay half their income",
        ),
        (
            "Turnout was low. Even so, the mayor won a clear majority, aides said.",
            "the mayor won a clear majority",
        ),
    ],
)
def test_quotes_content_opening_its_sentence_leaves_out_a_linking_adverbial(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Now, the party must choose a leader, Lee said.", "Now, the party must choose a leader"),
        ('Okafor said, "However, we will not give up."', '"However, we will not give up."'),
    ],
)
def test_quotes_adverbial_of_time_or_inside_a_quotation_stays(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("So far the plan works, Lee said.", "So far the plan works"),
        ('Okafor said, "But we will not give up."', '"But we will not give up."'),
        ("Still waters run deep, the old proverb says.", "Still waters run deep"),
    ],
)
def test_quotes_adverb_or_quoted_conjunction_opening_a_content_stays(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Senator Okafor voted against the housing bill.", "the housing bill"),
        ("Lindqvist railed against the new parking fees.", "the new parking fees"),
        ("The union agreed with the mayor on pay.", "the mayor on pay"),
    ],
)
def test_quotes_preposition_opening_a_stance_is_the_verbs(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    "text",
    [
        "Nordvik Motors recalled 50,000 cars in Europe on Tuesday because of a fault in the brakes.",
        "Norway recalled its ambassador from Oslo after the expulsion of two diplomats.",
        "The company reported the theft to police on Monday morning.",
        "Police released Okafor on Tuesday after questioning him for two days.",
    ],
)
def test_quotes_an_act_done_to_an_object_states_no_view(nlp, text):
    assert found_quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The coach explained his decision to bench the captain.",
            "his decision to bench the captain",
            "explained",
        ),
        ("Reyes noted the drop in crime since the spring.", "the drop in crime since the spring", "noted"),
        (
            "Okafor claimed victory in the race for the council seat.",
            "victory in the race for the council seat",
            "claimed",
        ),
        ("Lawyers for the city argued the case before the panel.", "the case before the panel", "argued"),
    ],
)
def test_quotes_object_of_a_verb_of_stating_is_a_content(nlp, text, content, cue):
    assert (content, cue) in [(q[0], q[2]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Daily Brief: Council votes to close the old library\n\nThe vote was close.",
        "The Week Ahead: Farmers meet in Brackwater to discuss the drought\n\nMore to come.",
        "A Closer Look: Why the tram line keeps breaking down\n\nIt is old.",
    ],
)
def test_quotes_label_opened_by_an_article_is_a_heading(nlp, text):
    assert found_quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lindqvist: We will win this district by a mile\n\nThe count starts at nine.", "Lindqvist"),
        ("Mayor Okafor: The bridge will reopen in May\n\nWork goes on.", "Mayor Okafor"),
        ("Q: Will you run again next year?\n\nShe smiled.", "Q"),
    ],
)
def test_quotes_label_naming_a_speaker_stays(nlp, text, speaker):
    assert [q[1] for q in found_quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor urged residents to support the new levy.", "residents to support the new levy"),
        (
            "Okafor praised the volunteers who supported the shelter.",
            "the volunteers who supported the shelter",
        ),
        ("The union asked members to oppose the merger.", "members to oppose the merger"),
    ],
)
def test_quotes_stance_inside_another_stance_is_part_of_it(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


def test_quotes_speech_inside_a_stance_is_still_its_own(nlp):
    found = found_quotes(nlp, "Lindqvist criticized the board after it said the merger would save jobs.")
    assert "the merger would save jobs" in [q[0] for q in found]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The newspaper reveals a few telling figures: "Of its 900 members, 300 have left."',
            'a few telling figures: "Of its 900 members, 300 have left."',
        ),
        (
            "The mayor offered a simple explanation: “We ran out of money.”",
            "a simple explanation: “We ran out of money.”",
        ),
        (
            'The report lists three demands: "More nurses, more beds and better pay."',
            'three demands: "More nurses, more beds and better pay."',
        ),
    ],
)
def test_quotes_thing_named_before_a_colon_opens_the_quote_after_it(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Okafor told reporters: "We will not back down."', '"We will not back down."'),
        ('Lee said on Tuesday: "The vote is lost."', '"The vote is lost."'),
        ('The coach addressed the players again: "We go on."', '"We go on."'),
    ],
)
def test_quotes_addressee_or_time_before_a_colon_stays_out(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee received 37 percent, Okafor had 36 percent and Reyes took 13 percent, according to the poll.",
            "Lee received 37 percent, Okafor had 36 percent and Reyes took 13 percent",
        ),
        (
            "Rents rose by a fifth and wages fell, according to the city's housing office.",
            "Rents rose by a fifth and wages fell",
        ),
        (
            "The ferry left late, the bridge stayed shut and the trains ran half empty, according to police.",
            "The ferry left late, the bridge stayed shut and the trains ran half empty",
        ),
    ],
)
def test_quotes_according_to_after_a_coordination_sources_all_of_it(nlp, text, content):
    assert any(q[0] == content and q[2] == "according to" for q in found_quotes(nlp, text))


def test_quotes_according_to_inside_a_joined_clause_stays_its_own(nlp):
    found = found_quotes(
        nlp, "Most tenants say the rent is too high, but the flats are warm, according to the survey."
    )
    assert ("the rent is too high, but the flats are warm", "Most tenants", "say") in found


def test_quotes_according_to_after_a_joined_report_sources_the_report_alone(nlp):
    text = (
        "Lee sent a letter to Okafor seeking to end the strike, and Okafor said Tuesday that she would reply soon, "
        "according to a transcript of the meeting."
    )
    found = found_quotes(nlp, text)
    assert (
        "Okafor said Tuesday that she would reply soon",
        "a transcript of the meeting",
        "according to",
    ) in found
    assert ("to end the strike", "Lee", "seeking") in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("That's how many economists described the slump.", "many economists"),
        ("At first, that is how many union leaders viewed the strike.", "many union leaders"),
        (
            "It was a blow to Judge Arlow, who many in the legal establishment had backed for the seat.",
            "many in the legal establishment",
        ),
        ("That is how many parents saw the school closures.", "many parents"),
    ],
)
def test_quotes_wh_word_before_the_speaker_is_not_in_it(nlp, text, speaker):
    # "who many in the party backed", "how many experts viewed": the wh-word belongs to the clause, not the speaker.
    assert speaker in [q[1] for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "The union met on Monday.\n\nAdded Moreno:\n\n“We will not back down on wages, and the members know it.”",
            "Moreno",
            "Added",
        ),
        (
            "The vote was close.\n\nStated Marisol Reyes:\n\n“The count was fair and every ballot was checked twice.”",
            "Marisol Reyes",
            "Stated",
        ),
        (
            "The board voted late.\n\nSaid Okafor:\n\n“This is a sad day for the town and for every family in it.”",
            "Okafor",
            "Said",
        ),
        (
            "The rally ended.\n\nContinued Moreno: “We will not back down on wages, and the members know it.”",
            "Moreno",
            "Continued",
        ),
    ],
)
def test_quotes_verb_before_the_name_in_a_lead_line_is_the_cue(nlp, text, speaker, cue):
    # "Added Lee:" opening a line before the quotation: the inverted "Lee added".
    assert [q[1:] for q in found_quotes(nlp, text)] == [(speaker, cue)]


def test_quotes_label_opened_by_a_participle_and_a_plain_noun_keeps_its_words(nlp):
    text = "The county released figures.\n\nReported Cases: “Forty new infections were confirmed across the county.”"
    assert "Cases" not in [q[1] for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            '"We need more buses," said Carla Mendes, who added that the city had ignored the east side for years.',
            '"We need more buses,"',
            "Carla Mendes",
        ),
        (
            "The senator, who argued that the bill was rushed, criticized the timing of the vote.",
            "the timing of the vote",
            "The senator",
        ),
        (
            "Dr. Ines Paulo, who warned that the clinic was short of nurses, urged the council to hire more staff.",
            "the council to hire more staff",
            "Dr. Ines Paulo",
        ),
        (
            '"It is a disgrace," said Piet Lammers, who noted that the river had flooded twice this year.',
            '"It is a disgrace,"',
            "Piet Lammers",
        ),
    ],
)
def test_quotes_speakers_relative_clause_reporting_words_of_its_own_is_no_part_of_it(
    nlp, text, content, speaker
):
    # "Lee, who said the plant would close, ...": a second attribution, given to the relative pronoun.
    assert (content, speaker) in [q[:2] for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Ruiz, who did not say that the mayor lied, criticized the budget.",
            "Ana Ruiz, who did not say that the mayor lied",
        ),
        (
            "Greta Holm, who helped found the clinic, praised the new law.",
            "Greta Holm, who helped found the clinic",
        ),
    ],
)
def test_quotes_speakers_other_relative_clause_stays(nlp, text, speaker):
    assert speaker in [q[1] for q in found_quotes(nlp, text)]
