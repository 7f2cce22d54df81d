"""Headlines cut from leads keep a list whole, an opening clause past its subject's apposition, and a name or a
weekday with the sentence it goes on."""

from __future__ import annotations

import pytest

from storyline.clean.asides import closes_a_list, list_goes_on, without_asides
from storyline.clean.headline import glued_headline, headline


@pytest.mark.parametrize(
    ("lead", "not_expected"),
    [
        (
            "Staff writers Ann Lee, Bo Berg and Ola Dahl were online on Tuesday at noon to answer readers' "
            "questions about the harbour plan and its cost.",
            "Staff writers Ann Lee",
        ),
        (
            "Careless skippers, sleepy pilots, lax inspectors and tired crews have all been blamed for the "
            "collision in the fjord, and there is agreement that the port was slow to act.",
            "Careless skippers sleepy pilots",
        ),
        (
            "So far the council has left it to the ferry lines, the port and the fishermen to pay for the new "
            "breakwater.",
            "So far the council has left it to the ferry lines",
        ),
    ],
)
def test_headline_never_cuts_inside_a_list(lead: str, not_expected: str) -> None:
    cut = headline(lead)
    assert cut is not None
    assert cut != not_expected
    assert len(cut.split()) > len(not_expected.split())


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The old ferry, built in a yard near Bergen in 1960 for the island route, sank and its crew swam "
            "to the rocks.",
            "The old ferry sank and its crew swam to the rocks",
        ),
        (
            "Stocks fell sharply across the region on Monday, with banks and insurers leading the decline "
            "after the rate rise.",
            "Stocks fell sharply across the region on Monday",
        ),
    ],
)
def test_headline_still_cuts_asides_and_phrases_that_are_no_list(lead: str, expected: str) -> None:
    assert headline(lead) == expected


def test_without_asides_keeps_the_items_of_a_list() -> None:
    lead = "Careless skippers, sleepy pilots, lax inspectors and tired crews have all been blamed"
    assert without_asides(lead) == lead


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("Bo Berg and Ola Dahl were online", True),
        ("lax inspectors and tired crews have been blamed", True),
        ("sank and its crew swam ashore", False),
        ("with banks and insurers leading", False),
        ("leading the decline and the fall", False),
        ("the mayor said and left", False),
    ],
)
def test_list_goes_on_reads_a_lists_last_items(after: str, expected: bool) -> None:
    assert list_goes_on(after) is expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("They sailed in May, June", True),
        ("Prices rose on the island, the coast", True),
        ("Stocks fell, oil sank", False),
        ("The mayor resigned on Monday, citing his health", False),
        ("The ferry sank in May", False),
    ],
)
def test_closes_a_list_tells_a_list_from_a_second_clause(head: str, expected: bool) -> None:
    assert closes_a_list(head) is expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "When Ann Lee, a radio presenter, came back to Oslo after working in Lima, her neighbours avoided her "
            "as if she had the fever.",
            "Her neighbours avoided her as if she had the fever",
        ),
        (
            "Because Bo Berg, the harbour master, refused to sign the permit in time, the new ferry stayed in "
            "dock for a whole week.",
            "The new ferry stayed in dock for a whole week",
        ),
    ],
)
def test_headline_an_opening_clause_runs_past_its_subjects_apposition(lead: str, expected: str) -> None:
    assert headline(lead) == expected


def test_headline_an_opening_clause_is_not_run_past_a_place_whose_apposition_a_plural_noun_follows() -> None:
    lead = (
        "When the ferry reached Oslo, the capital of the country, crowds cheered on the quay for hours as the crew "
        "waved from the deck."
    )
    cut = headline(lead)
    assert cut is not None and not cut.startswith(("When", "Crowds"))


@pytest.mark.parametrize(
    "line",
    [
        "The port authority unveiled a plan Thursday to rebuild the harbour wall before the winter storms come.",
        "Lawmakers approved the ferry loan Monday and sent it to the governor for a signature this week.",
        "The talks were opened by the visiting finance chief Ana Paula da Costa, who told the bankers to cut rates.",
        "The inspectors said the skipper had been at 60-year-old Bo Berg's house when the storm struck on the coast.",
        "The mayor said the island would pay for tiny Arctic shrimp to be counted in the fjord every spring.",
    ],
)
def test_glued_headline_leaves_a_name_a_weekday_or_a_noun_with_its_sentence(line: str) -> None:
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Ferry strike ends after two weeks Crews returned to the boats on Monday after the union agreed a deal.",
            "Ferry strike ends after two weeks",
        ),
        (
            "Police appeal for calm in the harbour town Residents were told to stay indoors as the crowds grew.",
            "Police appeal for calm in the harbour town",
        ),
    ],
)
def test_glued_headline_still_parts_a_headline_from_its_standfirst(line: str, head: str) -> None:
    assert glued_headline(line) == head


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "After the team returned to Lisbon, the players, tired but happy, went straight to the town hall to "
            "show the cup to the fans.",
            "The players went straight to the town hall to show the cup to the fans",
        ),
        (
            "When Ann Lee, the harbour master, visits Bergen next month, crowds are expected to line the quay all "
            "day long.",
            "Crowds are expected to line the quay all day long",
        ),
        (
            "The minister thanked doctors, nurses and firefighters for their work after the fire at the station in "
            "the old town.",
            "The minister thanked doctors, nurses and firefighters for their work after the fire",
        ),
        (
            "The mayor held talks with envoys from Oslo, Beijing and Reading on Monday about the new ferry route.",
            "The mayor held talks with envoys from Oslo, Beijing and Reading",
        ),
    ],
)
def test_headline_keeps_a_subject_after_its_clause_and_every_item_of_a_list(lead: str, expected: str) -> None:
    assert headline(lead) == expected


def test_list_goes_on_steps_over_the_items_before_the_last() -> None:
    assert list_goes_on("pears, plums, cherries and grapes are left to rot")


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Bank chief quits over losses Ana de Souza stepped down on Friday after the bank reported its worst year.",
            "Bank chief quits over losses",
        ),
        (
            "Prime minister calls snap election Sunday voters will choose a new parliament for the first time.",
            "Prime minister calls snap election",
        ),
        (
            "Schools and shops open as usual Parents said they were relieved that the long strike had ended.",
            "Schools and shops open as usual",
        ),
        (
            "Budget deficit to shrink in 2024-25 The minister said the public finances were improving faster.",
            "Budget deficit to shrink in 2024-25",
        ),
    ],
)
def test_glued_headline_parts_a_standfirst_opening_on_a_name_a_weekday_or_after_an_idiom(
    line: str, head: str
) -> None:
    assert glued_headline(line) == head


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The fire, which started in a kitchen, spread to three floors and forced hundreds of residents to flee "
            "the block in Oslo.",
            "The fire spread to three floors",
        ),
        (
            "The quake, felt as far away as Bergen, shut schools and offices across the region for three days "
            "after it struck.",
            "The quake shut schools and offices across the region for three days",
        ),
        (
            "The port, the airport, the railway and the main roads were closed on Monday as the storm hit the "
            "coast.",
            "The port, the airport, the railway and the main roads were closed",
        ),
        (
            "If Ola Dahl, the finance minister, cuts taxes again this year, the deficit will grow beyond the limit "
            "set by parliament.",
            "The deficit will grow beyond the limit set by parliament",
        ),
    ],
)
def test_headline_drops_an_aside_before_a_bare_past_verb_and_keeps_a_list_of_subjects(
    lead: str, expected: str
) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Storm batters the coast Sunday brought winds of 100 mph to the islands and cut power to many homes.",
            "Storm batters the coast",
        ),
        (
            "Markets slump again Friday marked the worst week for shares since the crash, traders said.",
            "Markets slump again",
        ),
    ],
)
def test_glued_headline_parts_a_standfirst_whose_subject_is_a_weekday(line: str, head: str) -> None:
    assert glued_headline(line) == head


def test_glued_headline_leaves_a_score_with_the_noun_it_counts() -> None:
    assert (
        glued_headline(
            "Fans celebrate after 2-1 Arsenal win over Chelsea at Wembley as the title race goes on."
        )
        is None
    )


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Doctors, nurses, teachers at the school and parents of pupils joined the protest outside the town hall.",
            "Doctors, nurses, teachers at the school and parents of pupils joined the protest outside the town hall",
        ),
        (
            "The bridge, opened in 1990, the tunnel and the ferry link were all closed on Monday as the storm hit.",
            "The bridge, the tunnel and the ferry link were all closed on Monday as the storm hit",
        ),
        (
            "The storm, the worst in a decade, the floods and the fires have cost insurers more than a billion.",
            "The storm, the floods and the fires have cost insurers more than a billion",
        ),
    ],
)
def test_without_asides_keeps_a_lists_items_and_commas(lead: str, expected: str) -> None:
    assert without_asides(lead).rstrip(".") == expected


def test_headline_an_including_list_goes_whole() -> None:
    lead = (
        "The minister promised to involve other firms with a stake in the project, including the big banks, the "
        "pension funds and the port."
    )
    assert headline(lead) == "The minister promised to involve other firms with a stake in the project"


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Traffic halted on I-95 Police closed the motorway after a lorry overturned near the city on Monday.",
            "Traffic halted on I-95",
        ),
        (
            "Workers who walked out Monday returned to work Rail services resumed across the region after the strike.",
            "Workers who walked out Monday returned to work",
        ),
    ],
)
def test_glued_headline_a_code_ends_a_headline_and_a_weekday_stays_in_its_relative_clause(
    line: str, head: str
) -> None:
    assert glued_headline(line) == head


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The new timetable, seems to suit nobody, or so the letters to the paper suggest, and the council "
            "is to review it in the spring.",
            "The new timetable, seems to suit nobody",
        ),
        (
            "The old ferry, appears sound enough from the quay, but its engines are worn out after forty years of "
            "service.",
            "The old ferry, appears sound enough from the quay",
        ),
        (
            "The shipyard, happens to be the largest employer, and its closure would hit every family in the "
            "valley hard.",
            "The shipyard, happens to be the largest employer",
        ),
        (
            "The plan, seems a sensible one, and the council is to vote on it in the spring after the hearing.",
            "The plan, seems a sensible one",
        ),
        (
            "The old ferry, seems sound enough, family groups say, and its engines were replaced in the spring.",
            "The old ferry, seems sound enough",
        ),
    ],
)
def test_headline_keeps_a_predicate_set_off_by_commas(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The plan, says the mayor, was never costed by the council or by its advisers.",
            "The plan was never costed by the council or by its advisers",
        ),
        (
            "The bank, admits its chief executive, never recovered from the losses on its shipping loans.",
            "The bank never recovered from the losses on its shipping loans",
        ),
        (
            "The harbour, believes Ann Lee, probably cannot survive another winter of storms.",
            "The harbour probably cannot survive another winter of storms",
        ),
        (
            "The museum, which opened in 1990, belongs to the town and has drawn visitors ever since.",
            "The museum belongs to the town and has drawn visitors ever since",
        ),
        (
            "The fever, known locally as harbour cough, spreads fast in the damp winter months.",
            "The fever spreads fast in the damp winter months",
        ),
        (
            "Yesterday the mayor, who was elected in May, opened the new library on the quay.",
            "Yesterday the mayor opened the new library on the quay",
        ),
    ],
)
def test_without_asides_still_drops_an_aside_before_the_verb(lead: str, expected: str) -> None:
    assert without_asides(lead).rstrip(".") == expected
