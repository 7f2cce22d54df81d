"""Article vectors for story clustering, on hand-written sentences."""

from __future__ import annotations

import math

from storyline.across.stories.features import (
    article_vectors,
    idf,
    name_terms,
    number_terms,
    similarity,
    term_weights,
    weighted,
    word_terms,
)

KLEV = (
    "Boxer Ivo Klev stopped Dan Ostrow in the seventh round at the Varna Arena on Saturday to keep his belt."
)
KLEV_AGAIN = "Ivo Klev kept his belt on Saturday, stopping Dan Ostrow in round seven at the Varna Arena."
KLEV_OTHER = (
    "Boxer Ivo Klev stopped Pim Rasko in the sixth round at the Sola Stadium on Saturday to keep his belt."
)


def test_story_features_common_words_weigh_less_than_rare_ones() -> None:
    assert idf("the") < idf("boxer") < idf("ostrow") == term_weights()[1]


def test_story_features_words_are_lowercased_content_words() -> None:
    assert word_terms("The Boxers stopped at the Arena") == ["boxer", "stopped", "arena"]


def test_story_features_plurals_are_one_term_with_their_singular() -> None:
    plural = word_terms("ferries stranded, losses mounting, churches shut, agencies warned")
    singular = word_terms("ferry stranded, loss mounting, church shut, agency warned")
    assert plural == singular


def test_story_features_a_word_commoner_than_its_would_be_singular_is_kept_whole() -> None:
    assert word_terms("a new series of species in the news") == ["series", "species"]


def test_story_features_names_skip_capitalised_common_words_and_add_years() -> None:
    text = "Police said Ivo Klev won. Police arrived, as police do, in 2013."
    assert name_terms(text) == ["@ivo", "@klev", "#2013"]


def test_story_features_numbers_leave_years_to_names() -> None:
    assert number_terms("He won 52 of 55 fights between 2001 and 2013, 3.5 a year.") == ["#52", "#55", "#3.5"]


def test_story_features_vectors_have_unit_length() -> None:
    vec = weighted(["klev", "klev", "arena", "belt"])
    assert math.isclose(math.sqrt(sum(v * v for v in vec.values())), 1.0)


def test_story_features_same_event_is_closer_than_same_kind_of_event() -> None:
    a, b, c = (article_vectors(None, t) for t in (KLEV, KLEV_AGAIN, KLEV_OTHER))
    assert similarity(a, b) > similarity(a, c)
