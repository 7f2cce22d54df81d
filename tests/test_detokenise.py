"""Tokenised (Penn Treebank style) text made plain, and ordinary text left alone."""

from __future__ import annotations

import pytest

from storyline.clean.detokenise import detokenise, detokenise_line, is_tokenised

TOKENISED = (
    "PARIS -LRB- AFP -RRB- - Officials said 12 ,500 homes were flooded .\n"
    "`` We are doing what we can , '' the mayor 's aide said .\n"
    "Farmers ' groups say it does n't add up ; losses reached 8 % ."
)


def test_detokenise_brackets_quotes_clitics_and_split_numbers():
    assert detokenise(TOKENISED).split("\n") == [
        "PARIS (AFP) - Officials said 12,500 homes were flooded.",
        '"We are doing what we can," the mayor\'s aide said.',
        "Farmers' groups say it doesn't add up; losses reached 8%.",
    ]


def test_detokenise_escaped_slashes():
    assert detokenise_line(r"Photo : Ann Lee\/Harbour Gazette") == "Photo: Ann Lee/Harbour Gazette"


def test_detokenise_single_quotes_and_money():
    assert detokenise_line("He called it ` historic ' and paid $ 40 for it .") == (
        "He called it 'historic' and paid $40 for it."
    )


def test_detokenise_an_abbreviation_ending_a_sentence_keeps_one_stop():
    assert detokenise_line("Cases rose in the U.S. .") == "Cases rose in the U.S."


def test_detokenise_ordinary_text_is_untouched():
    plain = 'The minister said so, and left. "Yes," she said (twice). It cost $1bn, or 5% more.'
    assert (is_tokenised(plain), detokenise(plain)) == (False, plain)


def test_detokenise_spaced_punctuation_alone_marks_tokenised_text():
    spaced = "One , two . Three , four . Five , six ."
    assert is_tokenised(spaced) and detokenise(spaced) == "One, two. Three, four. Five, six."


def test_detokenise_a_quote_closed_at_the_start_of_a_line_is_dropped():
    assert (
        detokenise_line("'' In Geneva on Saturday , talks failed .") == "In Geneva on Saturday, talks failed."
    )


def test_detokenise_a_short_tokenised_text_is_recognised():
    text = "Rescuers reached the quay in Bergen , after Tuesday 's storm ."
    assert detokenise(text) == "Rescuers reached the quay in Bergen, after Tuesday's storm."


def test_detokenise_an_ordinary_sentence_with_one_spaced_mark_is_left_alone():
    text = "The score was 3 : 1 at half time. Fans left early."
    assert detokenise(text) == text


def test_detokenise_a_cent_sign_standing_for_a_bullet_starts_a_line():
    text = "Ferry services resume cents Harbour reopens after the storm .\nTickets cost 40 cents More buses run ."
    lines = detokenise(text).split("\n")
    assert lines == [
        "Ferry services resume",
        "Harbour reopens after the storm.",
        "Tickets cost 40 cents More buses run.",
    ]


def test_detokenise_a_cent_bullet_in_untokenised_text_starts_a_line_too():
    assert detokenise("Gallery of the week cents 120 photographs of the harbour") == (
        "Gallery of the week\n120 photographs of the harbour"
    )


def test_detokenise_two_closing_marks_used_to_open_a_quotation_keep_the_space_before_it():
    assert detokenise_line("a crew member fell ill with '' ferry fever '' on Monday .") == (
        'a crew member fell ill with "ferry fever" on Monday.'
    )
    assert (
        detokenise_line("the mayor called it '' a disgrace '' and left .")
        == 'the mayor called it "a disgrace" and left.'
    )
    assert (
        detokenise_line("`` We sail at dawn , '' the captain said .")
        == '"We sail at dawn," the captain said.'
    )


def test_detokenise_a_quotation_opened_on_an_earlier_line_closes_on_its_own():
    assert (
        detokenise("`` We sail at dawn .\nThe crew is ready . ''") == '"We sail at dawn.\nThe crew is ready."'
    )
    assert detokenise("`` The crew is ready , '' the captain said . He said `` go . ''") == (
        '"The crew is ready," the captain said. He said "go."'
    )


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        (
            "The mayor said `` we will rebuild the pier '' on Monday .",
            'The mayor said "we will rebuild the pier" on Monday.',
        ),
        ("'' Too late , '' she said `` and '' cold .", 'Too late," she said "and" cold.'),
        ("It was '' a long night '' for the crew .", 'It was "a long night" for the crew.'),
        ("`` Is it over ? ''   ", '"Is it over?"   '),
        ("rang at 6 .  ``  Hello '' ", 'rang at 6.  "Hello" '),
    ],
)
def test_detokenise_marks_placed_mark_by_mark(line: str, plain: str) -> None:
    """Each quotation mark on its side, the blanks inside a quotation dropped and the others kept."""
    assert detokenise_line(line) == plain
