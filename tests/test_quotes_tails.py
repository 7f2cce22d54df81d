"""Content edges: the speaker's next act and the occasion of speaking stay out of a quote's content; a speaker
phrase keeps the closing mark of an aside it opened."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from storyline.analyse.quotes.tails import without_occasion
from tests.quote_helpers import found_quotes


@pytest.mark.parametrize(
    ("text", "first", "cue", "second"),
    [
        (
            "Ortega said the budget would pass this week and warned of cuts to the library.",
            "the budget would pass this week",
            "warned",
            "cuts to the library",
        ),
        (
            "Dr. Okafor told reporters the clinic would reopen soon and praised the volunteers who kept it running.",
            "the clinic would reopen soon",
            "praised",
            "the volunteers who kept it running",
        ),
        (
            "The union asked members to reject the offer and criticized the board for its silence.",
            "members to reject the offer",
            "criticized",
            "the board for its silence",
        ),
    ],
)
def test_quotes_cue_verb_conjoined_after_the_content_is_the_speakers_next_act(nlp, text, first, cue, second):
    found = found_quotes(nlp, text)
    speaker = found[0][1]
    assert found[0][0] == first
    assert (second, speaker, cue) in found


def test_quotes_verbs_of_one_form_conjoined_in_the_content_stay_in_it(nlp):
    (quote,) = found_quotes(nlp, "The senator said he supports the tax and opposes the wall.")
    assert quote[0] == "he supports the tax and opposes the wall"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor criticized the new budget in a radio interview.", "the new budget"),
        (
            "Lindqvist said the bridge would be repaired by May in a statement on Friday.",
            "the bridge would be repaired by May",
        ),
        ("The minister praised the farmers at a news conference in Lyon.", "the farmers"),
    ],
)
def test_quotes_occasion_of_speaking_closing_the_content_is_left_out(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police said violence broke out at his rallies.", "violence broke out at his rallies"),
        ("Reyes said the team played well in the last game.", "the team played well in the last game"),
    ],
)
def test_quotes_plural_or_definite_occasion_is_what_the_content_is_about(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz — a nurse from Oslo — said the ward was full.", "Ana Ruiz — a nurse from Oslo —"),
        (
            "The residents -- most of them farmers -- said the road was unsafe.",
            "The residents -- most of them farmers --",
        ),
        (
            "Tom Hale, a host of ''Morning Roads,'' said the show would end.",
            "Tom Hale, a host of ''Morning Roads,''",
        ),
        (
            "Nadia Kerr, the author of ''Salt and Iron,'' told the panel she was wrong.",
            "Nadia Kerr, the author of ''Salt and Iron,''",
        ),
    ],
)
def test_speaker_phrase_keeps_the_closing_mark_of_an_aside_it_opened(nlp, text, speaker):
    assert [q[1] for q in found_quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said the council backed the tram plan, a project that has cost millions.",
            "the council backed the tram plan",
        ),
        ("The union praised the new mayor — the first woman to hold the post.", "the new mayor"),
        (
            "Officials said the town will close the old mill, an employer of 300 people since 1950.",
            "the town will close the old mill",
        ),
        (
            "Dr. Osei warned that the clinic would lose its grant, the main source of its funding.",
            "that the clinic would lose its grant",
        ),
    ],
)
def test_quotes_appositive_gloss_closing_the_content_is_the_writers(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator said she admired his wife, Ana Ruiz.", "she admired his wife, Ana Ruiz"),
        (
            "He proposed a fare cut, a second ferry, a bigger harbour.",
            "a fare cut, a second ferry, a bigger harbour",
        ),
        (
            'Reyes said the plan was "a disaster, a total waste of money."',
            'the plan was "a disaster, a total waste of money."',
        ),
    ],
)
def test_quotes_named_appositive_list_or_quoted_gloss_stays_in_the_content(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“The bridge is safe,” the engineer said. “We checked every bolt.” “The report is due on Friday.”",
            "“We checked every bolt.” “The report is due on Friday.”",
        ),
        (
            '"We lost the vote," Okafor said. "We will try again next year." "The members deserve better."',
            '"We will try again next year." "The members deserve better."',
        ),
        (
            "“The tram will change the city,” Mayor Lund said.\n\n“It will carry ten thousand people a day.”"
            " “And it will be paid for by 2030.”",
            "“It will carry ten thousand people a day.” “And it will be paid for by 2030.”",
        ),
    ],
)
def test_quotes_quotation_going_on_in_new_marks_of_the_same_style_is_one_quote(nlp, text, content):
    assert content in [q[0] for q in found_quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            '“We will appeal,” Lee said. “The ruling is wrong.”\n\n"The court erred in law," the review wrote.',
            ["“The ruling is wrong.”", '"The court erred in law,"'],
        ),
        (
            "“The ferry runs late,” said Ana Ruiz.\n\n“It never does,” said Tom Hale.",
            ["“The ferry runs late,”", "“It never does,”"],
        ),
        (
            'Lee said the plan was "a disaster."\n\n"We will fight it in court and we will win."',
            ['"We will fight it in court and we will win."'],
        ),
    ],
)
def test_quotes_next_quotation_in_another_style_or_of_another_speaker_stays_apart(nlp, text, contents):
    found = [q[0] for q in found_quotes(nlp, text)]
    assert all(c in found for c in contents)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the budget was balanced, but critics remain unconvinced.",
            "the budget was balanced, but critics remain unconvinced",
        ),
        (
            "Okafor says she backed the tram plan last year, but now she plans to vote against it.",
            "she backed the tram plan last year, but now she plans to vote against it",
        ),
        (
            "A survey of teachers found that 300 of them back the strike, while only 40 oppose it.",
            "that 300 of them back the strike, while only 40 oppose it",
        ),
        (
            "The governor said the state must cut spending, but that he would not close any schools.",
            "the state must cut spending, but that he would not close any schools",
        ),
    ],
)
def test_quotes_clause_joined_to_the_cue_after_its_content_goes_on_the_content(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


def test_quotes_second_report_joined_to_the_cue_stays_its_own_quote(nlp):
    found = found_quotes(nlp, "Most tenants said the rent was too high, and a third said the heating failed.")
    assert [q[0] for q in found] == ["the rent was too high", "the heating failed"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Reyes said the tax would hurt farmers at a rally in Leeds on Monday.",
            "the tax would hurt farmers",
        ),
        ("Okafor said the budget was a mess on Fox News.", "the budget was a mess"),
        ("Lee said she would not run again after the meeting.", "she would not run again"),
        ("The senator argued the plan would fail on social media.", "the plan would fail"),
        ("Haldorsen said the vote was rigged during a debate in Bergen.", "the vote was rigged"),
    ],
)
def test_quotes_gathering_or_outlet_closing_the_content_is_the_occasion(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee said the team did well in the last debate.", "the team did well in the last debate"),
        ("Okafor said she enjoyed the show.", "she enjoyed the show"),
        ("Reyes said the crowds at his rallies had grown.", "the crowds at his rallies had grown"),
    ],
)
def test_quotes_gathering_the_content_is_about_stays(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The spokesman said shares fell after a tweet from the chief executive.",
            "shares fell after a tweet from the chief executive",
        ),
        (
            "Police said the protests began after a video of the arrest.",
            "the protests began after a video of the arrest",
        ),
    ],
)
def test_quotes_message_after_after_is_what_the_content_tells(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The regulator said it would impose new sanctions on Huawei.",
            "it would impose new sanctions on Huawei",
        ),
        ("The senator said the state would crack down on Google.", "the state would crack down on Google"),
        ("Okafor said the budget was a mess on CNN.", "the budget was a mess"),
    ],
)
def test_quotes_company_after_on_is_what_the_content_is_about_not_an_outlet(nlp, text, content):
    assert found_quotes(nlp, text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "first", "cue", "second"),
    [
        (
            "Okafor said the council had failed the town, calling the vote a disgrace.",
            "the council had failed the town",
            "calling",
            "the vote a disgrace",
        ),
        (
            "The senator said he saw no reason to quit, telling reporters that the polls were wrong.",
            "he saw no reason to quit",
            "telling",
            "that the polls were wrong",
        ),
        (
            "Reyes said the bridge was safe, citing a report from May.",
            "the bridge was safe",
            "citing",
            "a report from May",
        ),
    ],
)
def test_quotes_participle_of_saying_after_the_content_is_the_speakers_next_act(
    nlp, text, first, cue, second
):
    found = found_quotes(nlp, text)
    assert found[0][0] == first
    assert (second, found[0][1], cue) in found


def test_quotes_participle_of_another_act_stays_in_the_content(nlp):
    found = found_quotes(nlp, "Lee said the strike would last, leaving parents without help.")
    assert found[0][0] == "the strike would last, leaving parents without help"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator has opposed the pipeline for years.", "the pipeline"),
        ("Okafor has criticized the zoning board for two decades.", "the zoning board"),
        ("The union has backed the tram plan for months.", "the tram plan"),
        ("Senator Lee opposed the pipeline for years.", "the pipeline"),
        ("Lee opposed the tram plan for years.", "the tram plan"),
    ],
)
def test_quotes_how_long_a_stance_was_held_is_not_its_content(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Okafor criticized the zoning board for years of neglect.", "the zoning board for years of neglect"),
        ("The council has endorsed the levy for 2031.", "the levy for 2031"),
        ("The union has proposed a rent freeze for two years.", "a rent freeze for two years"),
        ("The mayor has backed the plan for next year.", "the plan for next year"),
        ("The council endorsed the levy for 2031.", "the levy for 2031"),
        ("The mayor backed the plan for next year.", "the plan for next year"),
        ("The union proposed a rent freeze for two years.", "a rent freeze for two years"),
    ],
)
def test_quotes_for_a_stretch_of_time_stays_unless_a_stance_was_held_that_long(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


def test_quotes_reason_after_for_stays_in_the_stance(nlp):
    assert (
        found_quotes(nlp, "Lee praised the nurses for their courage.")[0][0] == "the nurses for their courage"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor pointed out the flaws in the audit.", "the flaws in the audit"),
        ("Lee talked up her plan to rebuild the pier.", "her plan to rebuild the pier"),
        ("The union called out the board for its silence.", "the board for its silence"),
    ],
)
def test_quotes_particle_of_the_cue_verb_is_not_its_stance(nlp, text, content):
    assert [q[0] for q in found_quotes(nlp, text)] == [content]


def _parsed(nlp, words, heads, deps, tags, places):
    """A hand-parsed doc: the parse that hangs the place of an occasion on the verb, not on the occasion's noun."""
    pos = {"VB": "VERB", "DT": "DET", "NN": "NOUN", "IN": "ADP", "NNP": "PROPN", "TO": "PART"}
    ents = [f"B-{places[i]}" if i in places else "O" for i in range(len(words))]
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos[t] for t in tags],
        lemmas=[w.lower() for w in words],
        ents=ents,
    )


@pytest.mark.parametrize(
    ("place", "day"),
    [("Ohio", None), ("Leeds", "Monday"), ("Texas", "Friday")],
)
def test_quotes_place_of_the_occasion_hung_on_the_verb_goes_with_it(nlp, place, day):
    words = ["to", "examine", "the", "contracts", "at", "a", "rally", "in", place]
    heads = [1, 1, 3, 1, 1, 6, 4, 1, 7]
    deps = ["aux", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj"]
    tags = ["TO", "VB", "DT", "NN", "IN", "DT", "NN", "IN", "NNP"]
    places = {8: "GPE"}
    if day is not None:
        words, heads, deps, tags = (
            words + ["on", day],
            heads + [1, 9],
            deps + ["prep", "pobj"],
            tags + ["IN", "NNP"],
        )
        places[10] = "DATE"
    doc = _parsed(nlp, words, heads, deps, tags, places)
    kept = without_occasion(list(doc))
    assert " ".join(t.text for t in kept) == "to examine the contracts"
