"""Reported speech the cue's own clause does not hold: a source named in an "as" clause, a speaker the parser
hung elsewhere, a verb of saying after a preposition or on the noun that speaks."""

from __future__ import annotations

import pytest

from tests.quote_helpers import found_quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "As the Guardian reported last week, the council spent twice its budget on consultants.",
            "the council spent twice its budget on consultants",
            "the Guardian",
        ),
        (
            "But as Okafor told reporters, the ferry has not run since the storm.",
            "the ferry has not run since the storm",
            "Okafor",
        ),
        (
            "The rents kept rising, as tenants across the city have complained for years.",
            "The rents kept rising",
            "tenants across the city",
        ),
        (
            "Just as the forecasters predicted, the river rose above the old bridge on Sunday.",
            "the river rose above the old bridge on Sunday",
            "the forecasters",
        ),
    ],
)
def test_quotes_as_clause_of_saying_sources_the_clause_it_hangs_on(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "As expected, the vote was close.",
        "As he signed the bill, protesters gathered outside the hall.",
        "As Judge Lee read the verdict, the room fell silent.",
    ],
)
def test_quotes_as_clause_of_an_act_or_of_no_one_sources_nothing(nlp, text):
    clause = text.split(", ")[1].rstrip(".")
    assert clause not in [q[0] for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The board chose Lee (a former pilot), the union said.)", "The board chose Lee (a former pilot)"),
        ("(But they could still change them, as Okafor noted.)", "they could still change them"),
        ("(Most voters, Okafor said, have made up their minds.)", "have made up their minds"),
    ],
)
def test_quotes_content_keeps_no_bracket_it_does_not_pair(nlp, text, content):
    contents = [q[0] for q in found_quotes(nlp, text)]
    assert content in contents
    assert all(q.count("(") == q.count(")") for q in contents)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The mayor ended the meeting by saying that the budget would be cut again next year.",
            "that the budget would be cut again next year",
            "The mayor",
        ),
        (
            "Okafor surprised the audience by warning that the dam could fail within a decade.",
            "that the dam could fail within a decade",
            "Okafor",
        ),
        (
            "The senator pivoted to arguing that the tax would hurt small farms.",
            "that the tax would hurt small farms",
            "The senator",
        ),
        (
            "After insisting the deal was dead, the minister returned to the talks on Friday.",
            "the deal was dead",
            "the minister",
        ),
    ],
)
def test_quotes_verb_of_saying_after_a_preposition_is_the_speakers_act(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The council criticized Lee for saying the park was unsafe.", "the park was unsafe"),
        ("She left the room without saying a word.", "a word"),
        ("The coach fined two players for claiming the referee was paid.", "the referee was paid"),
    ],
)
def test_quotes_verb_of_saying_after_for_or_without_is_not_the_subjects(nlp, text, said):
    subject = text.split()[0] + " " + text.split()[1]
    assert all(not (q[0] == said and q[1] == subject) for q in found_quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "“We have had far better seasons than this one,” club captain Tom Baker, wearing a rain jacket and"
            " “Go Team” badges, said quietly as the rain fell around him.",
            "“We have had far better seasons than this one,”",
            "club captain Tom Baker",
        ),
        (
            "“Great player, great player this kid,” Reyes, the league's top coach nationally and longest serving"
            " manager in the north by a wide margin after winning the cup, said when Lee asked him a question.",
            "“Great player, great player this kid,”",
            "Reyes",
        ),
        (
            "“Fine driver, fine driver that boy,” Okafor, the region's best known coach locally and oldest racing"
            " manager in the valley by a long way after winning the title, said when a reporter asked him.",
            "“Fine driver, fine driver that boy,”",
            "Okafor",
        ),
    ],
)
def test_quotes_verb_of_saying_the_parse_left_without_a_subject_has_the_name_before_it(
    nlp, text, content, speaker
):
    quotes = [(q[0], q[1]) for q in found_quotes(nlp, text)]
    assert any(c == content and s is not None and s.startswith(speaker) for c, s in quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The ministry issued a statement saying that the border would stay closed until March.",
            "that the border would stay closed until March",
            "The ministry",
        ),
        (
            "The union published a letter arguing that the cuts were illegal.",
            "that the cuts were illegal",
            "The union",
        ),
        (
            "The council put up signs warning that the path was closed.",
            "that the path was closed",
            "signs",
        ),
        (
            "The fire service took dozens of calls saying smoke was pouring from the warehouse.",
            "smoke was pouring from the warehouse",
            "calls",
        ),
    ],
)
def test_quotes_participle_of_saying_on_a_noun_is_what_the_noun_or_its_issuer_says(
    nlp, text, content, speaker
):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


def test_quotes_participle_of_saying_on_a_day_is_not_the_days(nlp):
    found = found_quotes(
        nlp, "Okafor, the union's leader, backed the plan on Saturday, saying the pay offer was fair."
    )
    assert all(q[1] != "Saturday" for q in found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Reyes to Farmers' Union: We will not cut the subsidy.", "We will not cut the subsidy", "Reyes"),
        (
            "EXCLUSIVE – Tom Baker: The club was sold behind our backs.",
            "The club was sold behind our backs",
            "Tom Baker",
        ),
        (
            "Former Judge Lindqvist at Oslo Forum: Courts need more money.",
            "Courts need more money",
            "Former Judge Lindqvist",
        ),
    ],
)
def test_quotes_colon_label_leaves_out_its_tag_and_audience(nlp, text, content, speaker):
    assert found_quotes(nlp, text) == [(content, speaker, ":")]


@pytest.mark.parametrize(
    "text",
    [
        "Follow Anna Berg on Twitter: @annaberg and by email.",
        "Okafor on Twitter: @okafor_news for the latest updates.",
        "Reyes on the Web: www.reyes.example for all her columns.",
    ],
)
def test_quotes_colon_label_before_an_address_is_no_quote(nlp, text):
    assert found_quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("“We are not going anywhere!” the crowd shouted.", "“We are not going anywhere!”", "the crowd"),
        ("“This is a disgrace,” the judge exclaimed.", "“This is a disgrace,”", "the judge"),
        ("“I should have listened,” Reyes confessed to the committee.", "“I should have listened,”", "Reyes"),
        (
            "Okafor groused that the referees never gave his team a fair chance.",
            "that the referees never gave his team a fair chance",
            "Okafor",
        ),
    ],
)
def test_quotes_verb_of_the_manner_of_saying_is_a_cue(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The mayor shot back that the report was full of errors.",
            "that the report was full of errors",
            "The mayor",
        ),
        ("“That is simply false,” Okafor fired back on Tuesday.", "“That is simply false,”", "Okafor"),
        ("Lindqvist hit back: “Nobody asked the farmers.”", "“Nobody asked the farmers.”", "Lindqvist"),
    ],
)
def test_quotes_verb_of_hitting_back_reports_a_retort(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


def test_quotes_firing_back_with_a_gun_is_no_retort(nlp):
    assert found_quotes(nlp, "Police shot the suspect in the leg before he fired back.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The coach is confident that his team will reach the final.",
            "that his team will reach the final",
            "The coach",
        ),
        (
            "Many tenants are worried that rents will rise again next year.",
            "that rents will rise again next year",
            "Many tenants",
        ),
        (
            "Many farmers are convinced that the dam caused the flood.",
            "that the dam caused the flood",
            "Many farmers",
        ),
        ("Residents remain sceptical that the plant is safe.", "that the plant is safe", "Residents"),
    ],
)
def test_quotes_adjective_of_a_held_view_gives_its_that_clause_to_the_subject(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The road is wide enough for two lorries.",
        "It is certain that the road will close.",
        "The team was happy with the draw.",
    ],
)
def test_quotes_adjective_without_a_holder_or_a_view_gives_none(nlp, text):
    assert found_quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Older voters were more likely to say that the economy mattered most.",
            "that the economy mattered most",
            "Older voters",
        ),
        (
            "The ministers were quick to insist that the treaty still stood.",
            "that the treaty still stood",
            "The ministers",
        ),
        (
            "Fans were eager to claim that the referee had been bribed.",
            "that the referee had been bribed",
            "Fans",
        ),
    ],
)
def test_quotes_verb_of_saying_after_an_adjective_of_readiness_has_the_copulas_subject(
    nlp, text, content, speaker
):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "It is hard to say whether the plan will work.",
        "It was fair to argue that the referee erred.",
        "It is too early to predict who will win.",
    ],
)
def test_quotes_infinitive_of_saying_after_it_is_has_no_speaker(nlp, text):
    assert found_quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The union called for the council to freeze rents.", "the council to freeze rents", "The union"),
        ("Residents have called for the mayor to resign.", "the mayor to resign", "Residents"),
        (
            "Okafor is calling for all schools to close early on Friday.",
            "all schools to close early on Friday",
            "Okafor",
        ),
    ],
)
def test_quotes_call_for_someone_to_act_is_the_call(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Okafor promised Sunday at a rally in Leeds to cut bus fares.", "to cut bus fares"),
        ("The senator vowed in an interview on Friday to block the bill.", "to block the bill"),
        ("The governor pledged at a news conference to rebuild the pier.", "to rebuild the pier"),
    ],
)
def test_quotes_stance_infinitive_after_the_day_and_occasion_of_stating_it(nlp, text, content):
    assert content in [q[0] for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Former Secretary of Transport and Labour frontrunner Anna Berg is calling for the state to take over"
            " the ferries.",
            "the state to take over the ferries",
            "Former Secretary of Transport and Labour frontrunner Anna Berg",
        ),
        (
            "Party frontrunner Tom Baker has called for the old mine to be closed before the winter.",
            "the old mine to be closed before the winter",
            "Party frontrunner Tom Baker",
        ),
        (
            "The union's nominee has called for the board to be replaced.",
            "the board to be replaced",
            "The union's nominee",
        ),
    ],
)
def test_quotes_a_candidates_call_for_a_passive_or_split_subject(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Okafor will make the case that the tax is fair to farmers.",
            "that the tax is fair to farmers",
            "Okafor",
        ),
        (
            "The coach has been making the case for weeks that the team needs a new striker.",
            "that the team needs a new striker",
            "The coach",
        ),
        (
            "Union officials made clear Monday they have no plans to call off the strike.",
            "they have no plans to call off the strike",
            "Union officials",
        ),
        ("The mayor made it clear that the budget was final.", "that the budget was final", "The mayor"),
    ],
)
def test_quotes_made_the_case_or_made_clear_reports_the_clause(nlp, text, content, speaker):
    assert (content, speaker) in [(q[0], q[1]) for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The factory makes cases that hold six bottles.",
        "The rain made the point of the trip clear to everyone.",
        "She made a clear mistake in the final round.",
    ],
)
def test_quotes_making_things_is_no_claim(nlp, text):
    assert found_quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A new poll\xa0showed\xa0a sharp fall in support for the mayor.",
            "a sharp fall in support for the mayor",
        ),
        (
            "The senator\xa0praised\xa0the volunteers who cleared the beach.",
            "the volunteers who cleared the beach",
        ),
        ("Many fans noted on Twitter the change of the club's colours.", "the change of the club's colours"),
    ],
)
def test_quotes_stance_after_a_non_breaking_space_or_a_platform(nlp, text, content):
    assert content in [q[0] for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Lee received a letter saying she had been fired from the ferry line.",
        "The police obtained an email saying the money had been moved abroad.",
        "Divers recovered a letter saying the crew had tried to turn back.",
    ],
)
def test_quotes_one_who_received_or_found_a_writing_does_not_speak_for_it(nlp, text):
    speakers = {speaker for _, speaker, _ in found_quotes(nlp, text)}
    assert not speakers & {"Lee", "The police", "Divers"}


@pytest.mark.parametrize(
    "text",
    [
        "Live Updates on the Storm: Rescue crews reached the port city overnight, officials said.",
        "Scenes at the Harbour: Crowds gathered on the quay to watch the last ferry leave for the islands.",
        "Reaction in Leeds: Residents were angry about the closure of the old market hall.",
    ],
)
def test_quotes_a_heading_cut_from_its_topic_is_no_speaker(nlp, text):
    speakers = {speaker for _, speaker, _ in found_quotes(nlp, text)}
    assert not speakers & {"Live Updates", "Scenes", "Reaction"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor expressed concern that the bridge would not reopen in time.",
            "that the bridge would not reopen in time",
        ),
        ("Lee voiced hope that the talks would resume.", "that the talks would resume"),
        (
            "The committee expressed confidence that the budget would balance by June.",
            "that the budget would balance by June",
        ),
    ],
)
def test_quotes_feeling_expressed_about_a_that_clause_gives_the_clause(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Lee expressed hope that the ceasefire would hold.", "that the ceasefire would hold"),
        ("Mayor Lee expressed concern that the children feel unsafe.", "that the children feel unsafe"),
        ("The council voiced hope that the truce would hold firm.", "that the truce would hold firm"),
    ],
)
def test_quotes_a_that_clause_with_hold_or_feel_used_without_an_object_is_the_view(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


def test_quotes_every_verb_that_expresses_a_feeling_is_a_cue():
    # a verb that is no cue never reaches the that-clause on its feeling ("conveyed his fear that ...")
    from storyline.analyse.quotes.cues import _EXPRESSING_VERBS
    from storyline.analyse.quotes.patterns import CUE_VERBS

    assert _EXPRESSING_VERBS <= CUE_VERBS


def test_quotes_feeling_expressed_about_a_topic_stays_whole(nlp):
    found = found_quotes(nlp, "The union expressed concern about the pension fund.")
    assert [q[0] for q in found] == ["concern about the pension fund"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor dismissed concern that the bridge would close.",
        "The senator brushed aside fears that the mill would shut.",
        "Lee expressed the hope that the voters had placed in him.",
        "The mayor voiced a worry that his aides said was unfounded.",
        "Lee expressed the hope that many voters hold.",
        "The mayor voiced the anger that residents feel.",
    ],
)
def test_quotes_a_feeling_turned_away_or_a_relative_clause_is_not_the_holders_view(nlp, text):
    contents = [q[0] for q in found_quotes(nlp, text)]
    assert not any(c.startswith("that ") for c in contents)
