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
