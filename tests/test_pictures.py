"""A picture's credit and caption left in a page's text are cut; the article's own lines stay."""

from __future__ import annotations

import pytest

from storyline.clean.furniture import split_furniture
from storyline.clean.pictures import credit_end, headline_before_media_notice, signoff_end


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Picture: Olga Berg About 300 homes were flooded overnight.", "Picture: Olga Berg"),
        ("Photo: Sam Idowu I could not reach the bridge.", "Photo: Sam Idowu"),
        ("Photograph: PA The council met on Monday.", "Photograph: PA"),
        ("Photograph: Lena Fisk/Reuters Ferries stayed in port.", "Photograph: Lena Fisk/Reuters"),
        (
            "Photograph: Bureau of Mines/AFP/Getty Images Divers reached the shaft.",
            "Photograph: Bureau of Mines/AFP/Getty Images",
        ),
        ("Picture: Ian Moss, Harbour Trust My brother and I waited.", "Picture: Ian Moss, Harbour Trust"),
        ("Photo: Kai Storm", "Photo: Kai Storm"),
    ],
)
def test_a_credit_ends_where_the_sentence_run_into_it_begins(line: str, credit: str) -> None:
    end = credit_end(line)
    assert end is not None and line[:end].strip() == credit


def test_a_sentence_opening_on_a_name_the_article_repeats_is_not_taken_for_the_credit() -> None:
    line = "Photo: Agence Nord/Pia Lund Port Said reopened its docks."
    end = credit_end(line, frozenset({"Port Said"}))
    assert end is not None and line[end:] == "Port Said reopened its docks."


@pytest.mark.parametrize(
    "line",
    [
        "Photos of the flood are on our page.",
        "Photo: Reuters shows the dam.",
        "Pictures were taken at dawn.",
        "Picture: Prime Minister Ann Lee visits a school in Tarn.",
        "Image: The Starry Night hangs in the museum.",
        "Photo: Ann Lee said she was pleased with the result.",
    ],
)
def test_a_line_that_only_mentions_pictures_is_no_credit(line: str) -> None:
    assert credit_end(line) is None


def test_the_caption_above_a_credit_goes_with_it() -> None:
    lines = [
        "Floods cut the valley road Hundreds were moved to the school hall overnight .",
        "Water reached the first floor of homes in Arlen on Tuesday.",
        "A family waits for a boat outside the church in Arlen.",
        "Photo: Mira Holt The rescue crews worked through the night.",
        "The river fell by a metre on Wednesday morning.",
    ]
    kept = split_furniture(lines)
    assert kept.lines == (lines[0], lines[1], "The rescue crews worked through the night.", lines[4])
    assert "A family waits for a boat outside the church in Arlen." in kept.removed


def test_a_caption_broken_over_two_lines_goes_whole() -> None:
    lines = [
        "Talks resume in Vell after a week of strikes at the port and the rail yard.",
        "Ona Rask, the union's leader.",
        "who spoke to members on Friday.",
        "Picture: Tom Vale Most dockers returned to work on Thursday.",
    ]
    kept = split_furniture(lines)
    assert kept.lines == (lines[0], "Most dockers returned to work on Thursday.")


def test_a_two_sentence_caption_under_the_pages_time_stamp_goes_whole() -> None:
    lines = [
        "Monday 3 May 2010 09.15 BST Empty streets in the centre of Tarn.",
        "The town has shut its schools for a week.",
        "Photograph: Ana Diaz/AP The mayor said the closure would be reviewed on Friday.",
    ]
    kept = split_furniture(lines)
    assert kept.lines == ("The mayor said the closure would be reviewed on Friday.",)


def test_the_pages_top_line_stays_when_a_credit_follows_it() -> None:
    lines = [
        "Strike closes port Dock workers walk out over pay Cranes stand idle at the harbour.",
        "Photograph: PA Dock workers at the port walked out on Monday over pay.",
    ]
    kept = split_furniture(lines)
    assert kept.lines == (lines[0], "Dock workers at the port walked out on Monday over pay.")


@pytest.mark.parametrize(
    "caption",
    [
        "Ferry crew members wave from the deck before leaving the harbour, Friday, June 5, 2020 in Bergen, Norway.",
        "The mayor cuts a ribbon on the new bridge in Arlen, Monday, May 4, 2020.",
        "Students carry banners past the parliament in Tarn, Wednesday, Sept. 9, 2015.",
    ],
)
def test_an_agencys_dated_caption_standing_first_on_the_page_goes_with_its_credit(caption: str) -> None:
    lines = [
        caption,
        "(AP Photo/Ann Lee) (Ann Lee - AP) The council said yesterday that the bridge would open.",
    ]
    kept = split_furniture(lines)
    assert kept.lines == ("The council said yesterday that the bridge would open.",)
    assert caption in kept.removed


def test_a_second_caption_and_credit_after_the_first_go_too() -> None:
    lines = [
        "Ferry crew members wave from the deck, Friday, June 5, 2020 in Bergen, Norway.",
        "(AP Photo/Ann Lee) (Ann Lee - AP) The harbour master, center, walks along the sea wall in Bergen, Saturday, "
        "June 6, 2020. (AP Photo/Per Lund) (Per Lund - AP) The ferry line said yesterday that crossings would resume.",
    ]
    assert split_furniture(lines).lines == ("The ferry line said yesterday that crossings would resume.",)


@pytest.mark.parametrize(
    "top",
    [
        # a headline in Title Case runs into the caption: the top line stays whole for the headline's sake
        "Ferry Strike Ends After a Week Crew members wave from the deck, Friday, June 5, 2020 in Bergen, Norway.",
        # no stop: a headline
        "Ferry crews return to work as the strike ends in Bergen",
        # two sentences: the article's own
        "The strike ended on Friday. Crews returned in Bergen, Friday, June 5, 2020.",
    ],
)
def test_a_top_line_that_is_no_caption_whole_stays_above_a_credit(top: str) -> None:
    lines = [top, "(AP Photo/Ann Lee) The ferry line said yesterday that crossings would resume."]
    assert split_furniture(lines).lines[0] == top


def test_a_long_paragraph_above_a_credit_is_the_articles_own() -> None:
    long = (
        "The council said on Monday that the bridge, closed since the storm in March, would reopen to cars and "
        "buses once engineers had checked the supports and the new railings had been fitted along both sides."
    )
    kept = split_furniture(["Bridge to reopen after storm repairs are checked.", long, "Photo: Kai Storm"])
    assert long in kept.lines


@pytest.mark.parametrize(
    ("layout", "stays"),
    [
        # a credit standing alone: no caption is known to stand above it
        (["Mayor quits", "The mayor of Arlen resigned on Monday.", "Photo: Getty Images", "She ran."], 1),
        (
            [
                "The mayor of Arlen resigned on Monday.",
                "She had been in office for six years.",
                "Picture: AAP",
            ],
            1,
        ),
        # a dateline opens the lead: only the caption's line goes, never the lead above it
        (
            [
                "WASHINGTON — The Senate passed the bill.",
                "The chamber emptied.",
                "Photo: Ann Lee/AP The vote…",
            ],
            0,
        ),
        # a line that quotes or reports speech is no caption
        (
            [
                "Talks resume in Vell.",
                '"We will not give up," said Lee.',
                "Photograph: PA The port stayed shut.",
            ],
            1,
        ),
        (
            [
                "Talks resume in Vell.",
                "The union told members to vote.",
                "Photograph: PA The port stayed shut.",
            ],
            1,
        ),
    ],
)
def test_the_articles_own_lines_stay_above_a_credit(layout: list[str], stays: int) -> None:
    kept = split_furniture(layout).lines
    assert layout[stays] in kept or layout[stays].split("— ")[-1] in kept


@pytest.mark.parametrize(
    ("line", "signoff"),
    [
        (
            "Ann Lee, Harbour News, Bergen The ferry company cancelled every crossing.",
            "Ann Lee, Harbour News, Bergen",
        ),
        ("Tom Roe, City News, Oslo It was the coldest night of the year.", "Tom Roe, City News, Oslo"),
        (
            "Health Reporter, Coast News, Stavanger In the old port, crews worked all night.",
            "Health Reporter, Coast News, Stavanger",
        ),
        (
            "Ann Lee, Channel 4 News, Los Angeles The ferry sailed again on Monday.",
            "Ann Lee, Channel 4 News, Los Angeles",
        ),
    ],
)
def test_a_reporters_signoff_run_into_the_report_ends_where_the_report_begins(
    line: str, signoff: str
) -> None:
    assert signoff_end(line) == len(signoff) + 1


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee, Harbour News, Bergen Harbour staff said the ferry would run.",
        "Ann Lee, the editor of Harbour News, said the ferry would run.",
        "Ann Lee, Harbour News, Bergen",
        "Tom Roe, Harbour News, Bergen Ferry Lines and Oslo Sea are parties to the suit filed this year.",
    ],
)
def test_a_signoff_whose_end_does_not_show_is_left_alone(line: str) -> None:
    assert signoff_end(line) is None


def test_a_reporters_signoff_is_cut_off_the_report_it_runs_into() -> None:
    lines = [
        "Ferry crews return to work",
        "Ann Lee, Harbour News, Bergen The ferry company said it would add two crossings a day.",
    ]
    found = split_furniture(lines)
    assert found.lines[1] == "The ferry company said it would add two crossings a day."
    assert "Ann Lee, Harbour News, Bergen" in found.removed


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (
            [
                "Port Shuts for Repairs",
                "The old quay at dawn.",
                "(By Ann Lee -- Harbour News) The port will close for a week, officials said.",
            ],
            ("Port Shuts for Repairs", "The port will close for a week, officials said."),
        ),
        (
            [
                "Ferry Strike Ends",
                "Crews on the quay.",
                "(Ola Berg - AP) Ferry crews went back to work on Monday.",
            ],
            ("Ferry Strike Ends", "Ferry crews went back to work on Monday."),
        ),
        (
            ["(AP Photo/Ola Berg) (Ola Berg - AP) The strike ended on Monday."],
            ("The strike ended on Monday.",),
        ),
    ],
)
def test_pictures_a_credit_in_brackets_is_cut_with_the_caption_above_it(
    lines: list[str], kept: tuple[str, ...]
) -> None:
    assert split_furniture(lines).lines == kept


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Crews unload supplies on the quay in Bergen, Norway, Monday, May 4, 2020. (AP Photo/Ann Lee) (Ann Lee "
            "- AP) The ferry line said on Monday that crossings would resume within a week.",
            "The ferry line said on Monday that crossings would resume within a week.",
        ),
        (
            "Harbour master Ola Berg, center, and Transport Minister Kari Holm, left, walk along the damaged sea wall "
            "at the northern quay in Bergen on Tuesday, May 5, 2020 in Bergen, Norway. (Per Lund/Getty Images) "
            "Repairs to the sea wall will take most of the summer.",
            "Repairs to the sea wall will take most of the summer.",
        ),
        (
            "A diver checks the hull of the stranded ferry. (Anna Olsen/Getty Images) Divers found no leak.",
            "Divers found no leak.",
        ),
    ],
)
def test_caption_and_credit_run_into_a_line_are_cut(line: str, kept: str) -> None:
    top = "The ferry line expects crossings to resume within a week, its chief said on Monday."
    assert split_furniture([top, line]).lines == (top, kept)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry line said on Monday that crews would return. (AP Photo/Ann Lee) (Ann Lee - AP) Divers found "
        "no leak.",
        "Crews unload supplies on the quay in Bergen. (Ferry Line/Harbour News Poll) Most passengers want a new "
        "boat.",
        "Ferry fares will rise by a tenth from June. (By Ann Lee -- Harbour News) The line's chief blamed the "
        "cost of fuel.",
    ],
)
def test_a_sentence_that_reports_speech_or_a_bracket_naming_no_picture_stays(line: str) -> None:
    top = "The ferry line expects crossings to resume within a week, its chief said on Monday."
    assert split_furniture([top, line]).lines == (top, line)


@pytest.mark.parametrize(
    "top",
    [
        # a headline with no stop: the page's title
        "Ferry strike ends after a week of talks",
        # longer than a caption alone: a headline, a standfirst and a caption may run together in it
        "Port board approves new quay for the ferries after a year of talks with dockers and the town.",
        # a headline in Title Case opens it
        "Ferry Strike Ends Crews wait at the quay.",
        # a report in the past tense: the article's lead
        "The port reopened on Monday after the storm.",
        "Fire broke out at the harbour on Monday.",
        # a short sentence in the present with no time past: as likely a lead
        "Ferry fares rise by a fifth from today.",
        "Three fishermen drown off the northern coast.",
        "The port is closed.",
        "Ferry fares rise by a fifth on Monday.",
        # a future: no caption
        "The mayor will open the new bridge on Monday.",
    ],
)
def test_a_top_line_that_may_hold_a_headline_stays_above_a_credit(top: str) -> None:
    lines = [top, "(By Ann Lee -- Harbour News) The strike at the port ended on Monday after a week."]
    assert split_furniture(lines).lines[0] == top


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Harbour floods: the old quay goes under again You must have Flash Player 9 installed to view this "
            "gallery.",
            "Harbour floods: the old quay goes under again",
        ),
        (
            "Ferry sinks off the northern coast You need JavaScript enabled to watch this video.",
            "Ferry sinks off the northern coast",
        ),
        (
            "Divers reach the wreck in the fjord Your browser does not support the video player.",
            "Divers reach the wreck in the fjord",
        ),
    ],
)
def test_a_headline_run_into_a_players_notice_stays_and_the_notice_and_its_instruction_go(
    line: str, head: str
) -> None:
    kept = split_furniture(
        [line, "Please tap the button under the player to add it.", "The quay flooded at dawn."]
    )
    assert kept.lines == (head, "The quay flooded at dawn.")
    assert "Please tap the button under the player to add it." in kept.removed


@pytest.mark.parametrize(
    "line",
    [
        "You must have Flash Player 9 installed to view this gallery.",
        "The council said the harbour would close. You must have Flash Player installed to view this gallery.",
        "Readers told us that the video player in their browser was slow, and you can tell us too.",
        "Ferry sinks You need JavaScript enabled to watch this video.",
    ],
)
def test_a_players_notice_with_no_short_headline_before_it_is_not_parted(line: str) -> None:
    assert headline_before_media_notice(line) is None


def test_a_plural_picture_label_opens_a_credit() -> None:
    line = "Pictures: Olga Berg The ferry left at dawn."
    end = credit_end(line)
    assert end is not None and line[end:].strip() == "The ferry left at dawn."


@pytest.mark.parametrize(
    "line",
    [
        "Ferry sinks off the coast You need JavaScript enabled to view this video. Twelve people died on Monday.",
        "Software maker drops its player This marks the end of the Flash Player on phones, the company said.",
        "Rival browser launched today This new browser will run JavaScript faster than any other, its makers say.",
    ],
)
def test_a_line_that_goes_on_after_a_notice_or_tells_news_of_a_player_is_not_parted(line: str) -> None:
    assert headline_before_media_notice(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Tap water was cut off to 20,000 homes on Monday after the spill.",
        "Click and collect orders rose by a third over the holiday.",
    ],
)
def test_a_sentence_opening_on_click_or_tap_does_not_go_on_a_notice(line: str) -> None:
    kept = split_furniture(
        ["Ferry sinks off the coast You need JavaScript enabled to view this video.", line]
    )
    assert line in kept.lines
