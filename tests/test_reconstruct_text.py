"""How a told sentence is shown: tokens read back, a quote left open by a multi-sentence quotation taken off; where
a sentence that a headline runs into starts."""

from __future__ import annotations

import re

import pytest

from storyline.models import Analysis, Article, QuoteSpan, Span
from storyline.reconstruct.text import (
    asks_or_speaks_in_person,
    conditional,
    display,
    joined_at_initials,
    lower_case_words,
    opens_on_a_pronoun,
    points_back,
    sentences_of,
    speaks_as_we,
    split_after_quotations,
    states,
    transcript_start,
    whole,
)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ('"We will rebuild the bridge by spring.', "We will rebuild the bridge by spring."),
        ("The tugs held the ferry all night.”", "The tugs held the ferry all night."),
        ('The mayor called it "a disgrace" on Monday.', 'The mayor called it "a disgrace" on Monday.'),
        ("The port  -LRB- Bergen -RRB-\nreopened.", "The port (Bergen) reopened."),
        ("The ferry sailed , the crew said .", "The ferry sailed, the crew said."),
        ("Who paid ? Nobody knows !", "Who paid? Nobody knows!"),
    ],
)
def test_reconstruct_text_display_reads_back_tokens_and_drops_a_dangling_quote(raw: str, shown: str) -> None:
    assert display(raw) == shown


@pytest.mark.parametrize(
    ("text", "is_whole"),
    [
        ("The ferry reached Bergen on Monday.", True),
        ('"We will sail again," the captain said.', True),
        ("Passengers waiting on the quay at dawn", False),
        ("and the crew was paid off.", False),
        ("The harbour master (who resigned said nothing.", False),
    ],
)
def test_reconstruct_text_whole_tells_a_sentence_from_a_caption_or_a_piece(text: str, is_whole: bool) -> None:
    assert whole(text) is is_whole


def test_reconstruct_text_lower_case_words_are_those_written_lower_far_more_often() -> None:
    texts = [
        "The rescue went on. Crews kept the rescue going with rescue boats at the rescue post rescue.",
        "Bergen Harbour sent boats. The mayor of Bergen Harbour spoke for the harbour.",
    ]
    assert lower_case_words(texts) == frozenset({"rescue"})


def test_reconstruct_text_a_box_of_facts_many_articles_repeat_counts_once() -> None:
    box = "Ferries run every hour in summer Current timetables are online Tickets cost ten crowns on board."
    own = "The current timetable and the current fares stay. A current of warm air is forecast for the current week."
    texts = [box] * 6 + [own] * 3
    assert "current" in lower_case_words(texts)


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Divers search the ferry wreck in the bay",
            "Rescue teams have found two more survivors in the hull.",
        ),
        ("Looting in Bergen after the storm", "Violence has broken out near the harbour, police said."),
        ("Ferry strike spreads to the north", "Public anger is growing as the strike reaches a second week."),
        (
            "Crews spend a second night on the quay",
            "The harbour master says no ferry will sail before Friday.",
        ),
    ],
)
def test_reconstruct_text_a_sentence_a_headline_runs_into_starts_where_the_sentence_does(
    headline: str, sentence: str
) -> None:
    lower = " ".join(
        f"the {w} and the {w} again." for w in ("rescue", "violence", "public") for _ in range(6)
    )
    text = f"{headline} {sentence} {lower}"
    article = Article("a1", "a1.txt", text)
    told = sentences_of(
        [article], {"a1": Analysis("a1", sentences=(Span(0, len(headline) + 1 + len(sentence)),))}
    )
    assert told[0].text == sentence


@pytest.mark.parametrize(
    ("sentence", "personal"),
    [
        ("Veterans of World War I gathered at the harbour in Bergen.", False),
        ("Queen Elizabeth I granted the town its charter in 1590.", False),
        ("Patients with Type I diabetes were moved to the new ward.", False),
        ("Yesterday I watched the ferry leave the quay.", True),
        ("When Tom and I reached the quay, the ferry had gone.", True),
    ],
)
def test_reconstruct_text_an_i_after_a_name_inside_a_sentence_is_a_numeral_not_the_writer(
    sentence: str, personal: bool
) -> None:
    assert asks_or_speaks_in_person(sentence) is personal


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("These have yet to be checked by the harbour office.", True),
        ("That was the first closure of the quay since 1998.", True),
        ("This has never happened on the coastal route before.", True),
        ("That's because the tide had turned before the crew arrived.", True),
        ("This means the night crossing will not sail until spring.", True),
        ("That is why the harbour board closed the quay.", True),
        ("It was the second closure of the quay this year.", True),
        ("It is the largest ferry ever built in the yard.", True),
        ("It's the deadliest storm on the coast in a century.", True),
        ("It was the worst of the winter crossings.", True),
        ("It's the first time the route has been cut.", False),
        ("It is the first time since 1947 that the river has flooded the town.", False),
        ("It was the protest by farmers that forced the minister out.", False),
        ("It is the interest payments that worry the city's bankers.", False),
        ("It was the request of the family that the funeral be private.", False),
        ("It was the arrest of the mayor that set off the riots.", False),
        ("This week the ferry company cancelled the night crossings.", False),
        ("It is not clear whether the ferry will sail on Friday.", False),
        ("It was raining when the ferry left the quay.", False),
        ("That decision was taken by the harbour board on Monday.", False),
    ],
)
def test_reconstruct_text_a_bare_demonstrative_subject_points_back_to_the_sentence_before(
    sentence: str, back: bool
) -> None:
    assert points_back(sentence) is back


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("The harbour was opened by President John F.", "Kennedy spoke at the ceremony.", True),
        ("Reporters waited for Governor George W.", "Bush to leave the ferry.", True),
        ("The charity was founded by actor Michael J.", "Fox and his family.", True),
        ("The ferries now sail again to the U.S.", "Officials said the route was safe.", False),
        ("The office moved to Washington, D.C.", "Staff followed in June.", False),
        ("The crew was short of vitamin C.", "Doctors sent fruit to the quay.", False),
        ("The harbour board adopted Plan B.", "The ferries sailed at dawn.", False),
        ("Spain finished top of Group A.\n\n", "Germany came second on goal difference.", False),
        ("The shares were sold by Jane R.\n", "Smith, a director, on Monday.", False),
        ("The ferry was named by Mayor Ola K.\n\n", "Lee said the quay would open.", False),
    ],
)
def test_reconstruct_text_a_split_at_a_middle_initial_is_joined_to_the_surname(
    first: str, second: str, joined: bool
) -> None:
    """Joined only inside a paragraph: a line break ends a paragraph and its sentence."""
    text = f"{first} {second}"
    spans = joined_at_initials(text, [(0, len(first)), (len(first) + 1, len(text))])
    assert (spans == [(0, len(text))]) is joined


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ('The vet said pigs "carry flu A." The new strain spread fast.', 2),
        ('The mayor said "the port is closed." Officials agreed with her.', 2),
        ('He asked "why now?" The board did not answer.', 2),
        ('"We will sail again." Lee said on Monday.', 1),
        ('She called it "a disgrace". The board met.', 1),
        ('"We will sail again on Friday." Mayor Ola Lee said at the quay.', 1),
        ('"We will sail again on Friday." Lee insisted at the quay.', 1),
        ('"We will sail again on Friday." Lee, the harbour master, said on Monday.', 1),
        ('"The ferry will not sail." The harbour master told reporters so.', 1),
        ('He asked "why now?" The board did not answer.', 2),
        ('"We sail." Officials, who met on Monday, voted to sell the boats.', 2),
    ],
)
def test_reconstruct_text_a_quotation_closing_a_sentence_ends_it(text: str, parts: int) -> None:
    spans = split_after_quotations(text, [(0, len(text))])
    assert len(spans) == parts and spans[0][0] == 0 and spans[-1][1] == len(text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            '"We will sail again." Speaking at the quay on Monday, Lee promised more ferries.',
            "Lee",
            "promised",
        ),
        (
            '"The quay is safe." Asked about the storm, the harbour office repeated its advice.',
            "the",
            "repeated",
        ),
        (
            '"Nobody was hurt." In a statement late on Monday, the ferry company confirmed it.',
            "the",
            "confirmed",
        ),
    ],
)
def test_reconstruct_text_a_quotation_is_not_split_from_a_speaker_its_stored_quote_places_after_it(
    text: str, speaker: str, cue: str
) -> None:
    """The analysis found the quotation's speaker and cue after its closing mark, beyond a speaker's few words."""
    mark = text.index('" ') + 1
    quote = QuoteSpan(
        1,
        mark - 1,
        text[1 : mark - 1],
        "direct",
        speaker_start=text.index(speaker, mark),
        cue_start=text.index(cue),
    )
    assert len(split_after_quotations(text, [(0, len(text))])) == 2
    assert split_after_quotations(text, [(0, len(text))], [quote]) == [(0, len(text))]


def test_reconstruct_text_the_verbs_of_saying_after_a_quotation_are_the_quotes_packages_reporting_verbs() -> (
    None
):
    """Each form is one of the quotes package's reporting verbs, inflected (said, insists, replied, quipped)."""
    from storyline.analyse.quotes.patterns import REPORTING_VERBS
    from storyline.reconstruct.text import SAYING

    def lemmas(form: str) -> set[str]:
        irregular = {"said": "say", "told": "tell", "wrote": "write"}
        return {irregular.get(form, form), form[:-1], form[:-2], form[:-3], form[:-3] + "y", form[:-4]}

    assert {"said", "insisted", "insists", "replied", "quipped", "told"} <= SAYING
    assert all(lemmas(form) & REPORTING_VERBS for form in SAYING)
    assert not {"agreed", "thought", "answer", "continued"} & SAYING


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready." The health ministry reported 40 new cases on Monday.',
        '"The quay is open." Bergen confirmed nine more sailings for the weekend.',
        '"We will sail." The ferry line announced a new timetable on Friday.',
    ],
)
def test_reconstruct_text_a_verb_of_saying_with_an_object_of_its_own_opens_a_new_sentence(text: str) -> None:
    assert len(split_after_quotations(text, [(0, len(text))])) == 2


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready." Deputy Prime Minister Ola Lee said.',
        '"We will win." Lee told reporters.',
        '"The quay is open." Harbour Master Kari Holm said on Monday.',
    ],
)
def test_reconstruct_text_a_long_speaker_name_stays_with_the_quotation(text: str) -> None:
    assert len(split_after_quotations(text, [(0, len(text))])) == 1


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("It was the second time in a month.", True),
        ("It was the third time this winter.", True),
        ("It is the first time since 1947 that the port has closed.", False),
        ("It is the first time the route has been cut.", False),
    ],
)
def test_reconstruct_text_an_ordinal_time_points_back_unless_a_clause_follows(text: str, back: bool) -> None:
    assert points_back(text) is back


@pytest.mark.parametrize(
    "text",
    [
        '"Yes." Ola Lee, the mayor of Bergen, told the board.',
        '"We will sail." Lee said last week.',
        '"We will sail." Lee said of the plan.',
    ],
)
def test_reconstruct_text_a_plain_verb_of_saying_keeps_its_speaker_whatever_follows(text: str) -> None:
    assert len(split_after_quotations(text, [(0, len(text))])) == 1


@pytest.mark.parametrize(
    "text",
    [
        "It was the first time in years that the council had met.",
        "It was the first time ever that Bergen lost a vote.",
        "It was the first time in history a woman led the harbour board.",
    ],
)
def test_reconstruct_text_an_ordinal_time_with_its_clause_after_a_phrase_of_time_names_its_subject(
    text: str,
) -> None:
    assert not points_back(text)


@pytest.mark.parametrize(
    ("sentence", "personal"),
    [
        ("First, we must help the harbour towns as well as the banks.", True),
        ("Our crews will not rest until the quay is open again.", True),
        ("The storm has taught us that the old sea wall is not enough.", True),
        ("We're going to rebuild the bridge, and we'll do it by spring.", True),
        ("US officials said the ferry would sail on Friday.", False),
        ("The U.S. coast guard towed the ferry to Bergen.", False),
        ('"We will rebuild the bridge," the mayor said on Monday.', False),
        ("The council said its crews would rebuild the bridge.", False),
    ],
)
def test_reconstruct_text_a_speakers_or_writers_we_is_no_report(sentence: str, personal: bool) -> None:
    assert speaks_as_we(sentence) is personal


ROUND_TABLE = (
    "Three reporters met on Friday to talk about the ferry strike.\n\n"
    "HOLM: The strike began in March. It has cost the port dearly.\n\n"
    "The crews will not sail before the summer.\n\n"
    "MR. BERG: I agree with that. The owners misjudged the unions.\n\n"
    "HOLM: They did. The talks broke down twice.\n\n"
    "MR. BERG: And they may break down again.\n\n"
)


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        (ROUND_TABLE, ROUND_TABLE.index("HOLM:")),
        ("The mayor spoke first.\n\nQ: Will the ferry sail?\n\nA: Not yet.\n\nQ: When?\n\nA: In May.\n", 24),
        (
            "Talks ended.\n\nLEE: We agree.\n\nMAYOR OLA BERG: So do we.\n\nLEE: Good.\n\nMAYOR OLA BERG: Yes.",
            14,
        ),
        ("UPDATE: The ferry sailed.\n\nUPDATE: It docked at noon.\n\nUPDATE: All safe.", None),
        ("Norway: 4 cases, 1 death.\nSweden: 2 cases.\nDenmark: 1 case.\nFinland: no cases.", None),
        ("NOTE: The ferry sailed.\n\nBERG: We are glad.\n\nThe crews were cheered on the quay.", None),
        ("The minister said: the ferry will sail. Crews agreed: it would sail on Friday.", None),
    ],
)
def test_reconstruct_text_a_transcripts_turns_begin_at_its_first_speaker(
    text: str, turns: int | None
) -> None:
    assert transcript_start(text) == turns


def test_reconstruct_text_sentences_after_a_transcripts_first_turn_are_spoken() -> None:
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.", ROUND_TABLE))
    told = sentences_of([Article("a1", "a1.txt", ROUND_TABLE)], {"a1": Analysis("a1", sentences=spans)})
    assert [(s.text, s.spoken) for s in told][:3] == [
        ("Three reporters met on Friday to talk about the ferry strike.", False),
        ("HOLM: The strike began in March.", True),
        ("It has cost the port dearly.", True),
    ]


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        ("If the fever spreads to the islands, the ferries will stop, officials said.", True),
        ("Unless the talks resume, the dock workers will strike on Monday.", True),
        ("Should the sea wall fail, the quay would flood within hours.", True),
        ("If confirmed, the case would be the first on the islands.", True),
        ("Had the crew not acted, the ferry would have sunk.", True),
        ("The council asked if the ferry could sail on Friday.", False),
        ("Officials had closed the quay by noon.", False),
        ("Iffley lock was closed to boats on Monday.", False),
    ],
)
def test_reconstruct_text_a_condition_tells_what_may_be(sentence: str, condition: bool) -> None:
    assert conditional(sentence) is condition


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("The opening of a new bridge over the river in May.", False),
        ("Crowds on the quay at Bergen for the last night crossing.", False),
        ("A storm warning for the north coast of the island.", False),
        ("On May 7 the ferry company cut the crossings.", True),
        ("The council voted to build a new bridge.", True),
        ("Crews put the quay back together within a week.", True),
        ("Ferry fares rise again in the islands.", True),
    ],
)
def test_reconstruct_text_a_noun_phrase_states_nothing(sentence: str, stated: bool) -> None:
    assert states(sentence) is stated


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The search goes on.\n\nThe coast guard said it would go on.\n\nUPDATE: Two more were found.\n\n"
        "CORRECTION: The boat is the Vega.\n\nCORRECTION: The port is Arlen.",
        "UK: Four cases.\n\nUS: Ten cases.\n\nUK: Five cases.\n\nUS: Twelve cases.",
    ],
)
def test_reconstruct_text_a_pages_repeated_labels_make_no_transcript(text: str) -> None:
    assert transcript_start(text) is None


@pytest.mark.parametrize(
    ("sentence", "we"),
    [
        ("Our correspondent in Arlen says 40 people were taken to hospital.", False),
        ("A spokesman told us the plant had been shut since Monday.", False),
        ("We have faced the worst storm since the war.", True),
    ],
)
def test_reconstruct_text_the_newsrooms_we_reports(sentence: str, we: bool) -> None:
    assert speaks_as_we(sentence) is we


def test_reconstruct_text_if_anything_is_no_condition() -> None:
    assert not conditional("If anything, the storm has grown stronger since Monday.")


def test_reconstruct_text_an_articles_sentences_read_again_follow_the_words_around() -> None:
    """An article's sentences are remembered and given again, but found anew where the texts around answer a word
    they asked differently: a split at a middle initial is joined while the surname reads as a name, and kept
    among texts that write it in lower case."""
    first, second = "The new bakery was opened by Ola K.", "Baker said the ovens were lit at dawn on Monday."
    text = f"{first} {second}"
    trade = "the baker met the baker, and one baker told a baker that every baker and each baker was tired."
    article, other = Article("a-1", "a.txt", text), Article("a-2", "b.txt", trade)
    analyses = {
        "a-1": Analysis("a-1", sentences=(Span(0, len(first)), Span(len(first) + 1, len(text)))),
        "a-2": Analysis("a-2", sentences=(Span(0, len(trade)),)),
    }

    def told(articles: list[Article]) -> list[str]:
        return [s.text for s in sentences_of(articles, analyses) if s.article == "a-1"]

    assert told([article]) == [text]
    assert told([article, other]) == [first, second]
    assert told([article]) == [text]
    assert told([Article("a-1", "a.txt", text, outlet="harbour.example")]) == [text]


def test_reconstruct_text_a_remembered_article_read_under_another_outlet_or_day_is_read_again() -> None:
    from dataclasses import replace as changed

    from storyline.models import Published
    from storyline.reconstruct.text import sentences_of

    text = "The harbour board met on Monday to vote on the plan for a new quay in the old port."
    article = Article("m1", "m1.txt", text, outlet="Harbour News", published=Published("2013-05-07"))
    analysis = Analysis("m1", sentences=(Span(0, len(text)),))
    first = sentences_of([article], {"m1": analysis})
    moved = changed(article, outlet="Coast Post", published=Published("2013-05-09"))
    again = sentences_of([moved], {"m1": analysis})
    assert (first[0].outlet, first[0].published) == ("Harbour News", "2013-05-07")
    assert (again[0].outlet, again[0].published) == ("Coast Post", "2013-05-09")


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("She told the crowd the crossings would stop.", True),
        ("She's been named chair of the harbour board.", True),
        ("They’re back on the quay after a week at sea.", True),
        ("He, too, said the ferry would sail.", True),
        ('"He is a liar," the mayor said of the ferry chief.', False),
        ("Heavy rain closed the coast road.", False),
        ("They Might Be Giants played the harbour festival.", False),
    ],
)
def test_reconstruct_text_a_personal_pronoun_subject_is_read(text: str, pronoun: bool) -> None:
    assert opens_on_a_pronoun(text) is pronoun
