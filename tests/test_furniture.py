"""An article's own furniture: wire datelines, lines above them, glued bylines and page notices."""

from __future__ import annotations

import re

import pytest

from storyline.clean.furniture import is_notice, split_furniture
from storyline.clean.patterns import AnyLine, top_branches


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("OSLO | Mon Mar 2, 2015 4:10pm GMT OSLO (Reuters) - The fjord ferry ran aground.", "Reuters"),
        ("LYON, France (AFP) — The fjord ferry ran aground.", "AFP"),
        ("2015 03 2 08:53 JST OSAKA (Kyodo) - The fjord ferry ran aground.", "Kyodo"),
        ("By Ann Lee, Transport Editor OSLO (Reuters) - The fjord ferry ran aground.", "Reuters"),
        ("BERGEN, March 2 (Reuters) - The fjord ferry ran aground.", "Reuters"),
    ],
)
def test_furniture_dateline_is_cut_and_names_the_agency(lead: str, agency: str) -> None:
    found = split_furniture([lead, "Passengers were taken ashore."])
    assert (found.lines[0], found.agency) == ("The fjord ferry ran aground.", agency)


def test_furniture_lines_above_the_dateline_are_removed() -> None:
    lines = [
        "A tug pulls the ferry off the rocks March 2, 2015.",
        "OSLO (Reuters) - The ferry ran aground.",
        "More.",
    ]
    found = split_furniture(lines)
    assert found.lines == ("The ferry ran aground.", "More.") and found.removed[0] == lines[0]


def test_furniture_a_byline_glued_to_the_lead_is_cut() -> None:
    found = split_furniture(
        ["By Ann Lee and Tom Roe Nevermind that the ferry ran aground, tickets sold out."]
    )
    assert found.lines[0].startswith("Nevermind") and found.removed == ("By Ann Lee and Tom Roe",)


@pytest.mark.parametrize(
    "line",
    [
        "The council (the Assembly) - met on Monday to vote.",
        "By Thursday the floods had receded.",
        "NATO (North Atlantic Treaty Organization) - is an alliance.",
    ],
)
def test_furniture_ordinary_leads_are_kept(line: str) -> None:
    assert split_furniture([line]).lines == (line,)


@pytest.mark.parametrize(
    "line",
    [
        "For more of our ferry coverage, please click here:",
        "Opinions expressed in the comments don't reflect those of the Harbour Gazette.",
        "Our letters desk may edit your comments before they appear in print.",
        "To play this clip, JavaScript must be enabled and a recent Flash player added.",
        "Get the morning briefing delivered to your inbox every day.",
        "(Additional reporting by Ann Lee; Editing by Tom Roe)",
        "Photo credit: Harbour Gazette/Ann Lee",
        "- Ann Lee is a Gazette senior correspondent in Bergen",
        "News From Around The Web BERGEN -- The ferry company said on Monday it would add two crossings a day.",
        "Promoted Stories Ten ferry routes you have to see before you die",
        "You May Also Like: Bergen harbour reopens after the storm",
        "Recommended for you Ferry fares rise again as fuel costs climb",
        "This debate is now closed.",
        "Comments are closed.",
        "The comments on this story have been closed. Thank you for taking part.",
        "Follow our live coverage of the storm",
        "Watch the latest reports from the harbour on Saturday.",
    ],
)
def test_furniture_page_notices_are_recognised(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister's comments were published in full on Monday.",
        "The ferry company said it would click its new booking system into place in May.",
        "Moderators of the talks said the discussions would resume.",
        "Ann Lee is a fisherman in Bergen who lost his boat to the storm.",
        "Around the world, ferry operators face the same rise in fuel costs.",
        "You may also remember the storm of 1953, when the quay was lost.",
        "The debate is closed, the mayor said, and work on the quay will start in May.",
        "The discussion has been closed to the public since the ferry sank.",
        "Fans follow the latest news on the club closely, the manager said.",
    ],
)
def test_furniture_sentences_about_such_things_are_not_notices(line: str) -> None:
    assert not is_notice(line)


def test_furniture_a_stamp_byline_and_note_before_the_dateline_are_cut() -> None:
    leads = [
        "2015 03 02 08:50 JST By Ann Lee and Tom Roe OSAKA (Kyodo) - The ferry ran aground.",
        "(Repeats for more subscribers) BERGEN, March 2 (Reuters) - The ferry ran aground.",
    ]
    assert [split_furniture([lead]).lines[0] for lead in leads] == ["The ferry ran aground."] * 2


def test_furniture_a_credit_or_link_line_glued_to_a_paragraph_is_cut_off_it() -> None:
    found = split_furniture(
        [
            "(Reporting by Ann Lee; Editing by Tom Roe) The port reopened.",
            "For maps, click here: Tugs stood by.",
        ]
    )
    assert found.lines == ("The port reopened.", "Tugs stood by.")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photograph: Ann Lee/AP The ferry ran aground off Bergen.", "Photograph: Ann Lee/AP"),
        (
            "Photograph: Lars de Berg/AFP/Getty Images Tugs stood by all night.",
            "Photograph: Lars de Berg/AFP/Getty Images",
        ),
        ("Photo: PA A crowd gathered on the quay at dawn.", "Photo: PA"),
    ],
)
def test_furniture_a_photographs_credit_run_into_a_paragraph_is_cut_off_it(line: str, credit: str) -> None:
    found = split_furniture(["The port reopened on Monday after the storm.", line])
    assert (found.lines[1], found.removed) == (line[len(credit) :].lstrip(), (credit,))


def test_furniture_a_sentence_about_a_photograph_is_kept() -> None:
    line = "Photo: the ferry at dawn. The crew said the picture was taken from the quay."
    assert split_furniture(["The port reopened.", line]).lines[1] == line


def test_furniture_a_dateline_without_agency_and_a_blog_stamp_are_cut() -> None:
    found = split_furniture(
        [
            "BERGEN, June 24 -- The ferry ran aground.",
            "Ann Lee | 07:41 UK time, Thursday, 6 March 2014 Tugs came.",
        ]
    )
    assert (found.lines, found.agency) == (("The ferry ran aground.", "Tugs came."), None)


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("For updates, please see our live page.", True),
        ("Page last updated at 09:53 GMT, Thursday, 6 March 2014", True),
        ("For details of the vote, see the council's minutes.", False),
    ],
)
def test_furniture_update_notices_but_not_references(line: str, notice: bool) -> None:
    assert is_notice(line) is notice


def test_furniture_highlights_run_into_the_dateline_are_cut_and_the_first_is_a_headline() -> None:
    line = (
        "* Ferry runs aground off Bergen * Passengers taken ashore (Updates with quotes) By Ann Lee BERGEN, "
        "March 2 (Reuters) - A coastal ferry ran aground on Monday."
    )
    found = split_furniture([line])
    assert (found.lines, found.highlight, found.agency) == (
        ("A coastal ferry ran aground on Monday.",),
        "Ferry runs aground off Bergen",
        "Reuters",
    )


def test_furniture_a_dateline_after_a_sentence_is_left_alone() -> None:
    line = "The ferry ran aground on Monday. Officials said BERGEN (Reuters) - had no comment."
    assert split_furniture([line]).lines == (line,)


def test_furniture_an_agency_dateline_without_its_place_is_cut() -> None:
    found = split_furniture(["BERGEN (", "Reuters) - The ferry ran aground on Monday."])
    assert (found.lines, found.agency) == (("The ferry ran aground on Monday.",), "Reuters")


def test_furniture_comment_posting_lines_are_notices() -> None:
    assert is_notice("Posted by: ann_lee | March 2, 2015 4:10 PM Report abuse")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Friday 1 March 2015 21.14 GMT Tugs pulled the ferry free.", "Tugs pulled the ferry free."),
        (
            "2 March 2015 Last updated at 09:36 GMT Help Tugs pulled the ferry free.",
            "Tugs pulled the ferry free.",
        ),
        (
            "This Story: Read + | Watch + | Talk + | BERGEN -- Tugs pulled the ferry free.",
            "Tugs pulled the ferry free.",
        ),
        ("BERGEN -- Tugs pulled the ferry free.", "Tugs pulled the ferry free."),
        (
            "Page last updated at 08:05 GMT, Monday, 2 March 2015 Tugs pulled the ferry free.",
            "Tugs pulled the ferry free.",
        ),
        ("Last updated at 8.05 BST, 2 March 2015 Tugs pulled the ferry free.", "Tugs pulled the ferry free."),
        (
            "Page last updated at 10:02 GMT, Friday, 6 March 2015 (an error occurred while processing this "
            "directive) Tugs pulled the ferry free.",
            "Tugs pulled the ferry free.",
        ),
        (
            "Page last updated at 23:40 GMT, Sunday, 1 March 2015 UK [an error occurred while processing this "
            "directive] Tugs pulled the ferry free.",
            "Tugs pulled the ferry free.",
        ),
        (
            'Anna Berg | 15:22 UK time, Tuesday, 18 November 2014 "Mind the gap," the tug master said.',
            '"Mind the gap," the tug master said.',
        ),
        (
            "UK [an error occurred while processing this directive] Tugs pulled the ferry free.",
            "Tugs pulled the ferry free.",
        ),
        (
            "Last updated: 2 march, 2015 - 08:05 GMT Tugs pulled the ferry free.",
            "Tugs pulled the ferry free.",
        ),
        ("Updated: 2 March 2015, 08:05 Tugs pulled the ferry free.", "Tugs pulled the ferry free."),
        (
            "Page last updated at 09:12 GMT, Tuesday, 3 March 2015 10:12 UK Tugs pulled the ferry free.",
            "Tugs pulled the ferry free.",
        ),
        (
            "Page last updated at 07:12 GMT, Monday, 2 March 2015 08:12 UK UK ports reopened on Monday.",
            "UK ports reopened on Monday.",
        ),
        # "UK" after no second clock is the lead's own
        (
            "Page last updated at 07:12 GMT, Monday, 2 March 2015 UK ports reopened on Monday.",
            "UK ports reopened on Monday.",
        ),
        (
            "Monday 2 March 2015 08:05 UK ministers said the port would reopen.",
            "UK ministers said the port would reopen.",
        ),
        (
            "Monday 2 March 2015 08:05 UK Border Force seized the drugs.",
            "UK Border Force seized the drugs.",
        ),
    ],
)
def test_furniture_posting_stamps_menus_and_bare_datelines_are_cut(line: str, kept: str) -> None:
    assert split_furniture([line]).lines == (kept,)


def test_furniture_a_header_run_into_the_first_paragraph_up_to_a_posting_stamp_is_cut() -> None:
    line = (
        "Harbour closed as storm nears Ferries cancelled and shops shut along the coast "
        "Friday 3 March 2017 09.41 GMT The harbour at Bergen was closed on Friday as the storm approached."
    )
    found = split_furniture([line, "More follows."])
    assert found.lines[0] == "The harbour at Bergen was closed on Friday as the storm approached."
    assert found.header == "Harbour closed as storm nears Ferries cancelled and shops shut along the coast"


def test_furniture_a_date_inside_a_sentence_is_not_a_posting_stamp() -> None:
    line = "The ferry law took effect on 3 March 2017 and Parliament debated it again in the spring."
    assert split_furniture([line]).lines == (line,)


def test_furniture_paragraphs_above_a_posting_stamp_go_with_the_header() -> None:
    lines = [
        "Storm closes Bergen harbour",
        "Ferries cancelled along the coast Friday 3 March 2017 09.41 GMT The harbour at Bergen was closed at dawn.",
    ]
    found = split_furniture(lines)
    assert (found.lines, found.header) == (
        ("The harbour at Bergen was closed at dawn.",),
        "Storm closes Bergen harbour",
    )


def test_furniture_datelined_snippets_under_a_widget_heading_go_with_it() -> None:
    lines = [
        "The ferry company will add two crossings a day from Monday, its chief said.",
        "Passengers had waited for hours at the quay in the storm.",
        "The company said the extra boats would run until the end of the summer.",
        "Harbour staff said the queues had eased by the evening.",
        "Recommended Stories BERGEN -- The port reopened on Monday after the storm.",
        "OSLO -- The ministry said on Tuesday it would review the ferry contracts.",
        "STAVANGER (Reuters) - Fuel prices rose for a third week on Wednesday.",
        "The union welcomed the new crossings.",
        "OSLO -- A later paragraph that opens on a dateline is kept when no widget stands above it.",
    ]
    assert split_furniture(lines).lines == (*lines[:4], *lines[7:])


def test_furniture_readers_comments_go_from_the_posts_closing_stamp() -> None:
    lines = [
        "The ferry company will add two crossings a day from Monday, its chief said.",
        "Passengers had waited for hours at the quay in the storm.",
        "By Ann Lee | June 9, 2015; 10:30 AM ET Great post, but the fares are still too high.",
        "They always are. Posted by: harbourfan | June 9, 2015 6:05 PM | Report abuse I disagree with that.",
        "The boats are fine. Posted by: oslo99 | June 10, 2015 8:13 AM | Report abuse",
    ]
    found = split_furniture(lines)
    assert (found.lines, found.removed) == (tuple(lines[:2]), tuple(lines[2:]))


def test_furniture_readers_comments_go_from_the_first_signature_without_a_stamp() -> None:
    lines = [
        "The ferry company will add two crossings a day from Monday, its chief said.",
        "Passengers had waited for hours at the quay in the storm.",
        "Too little, too late. Posted by: harbourfan | June 9, 2015 6:05 PM | Report abuse Agreed.",
        "Fares are too high.",
    ]
    assert split_furniture(lines).lines == tuple(lines[:2])


@pytest.mark.parametrize(
    "heading",
    [
        "At 8:47 pm on 14 Feb 2012, harbourfan wrote: Great post, but the fares are still too high.",
        "On March 2, 2015 at 4:10 PM, oslo99 wrote: Fares are too high.",
        "Passengers had waited for hours. At 7:05 am on 3 Jun 2015 , quayside_ann wrote : Not true.",
        "Added: Tuesday, 18 November, 2014, 16:20 GMT 16:20 UK The fares are too high.",
        "At 22:41 3rd Jun 2015 , quay_watcher wrote : The fares are too high.",
        "On May 1st, 2015 at 9:02 AM, oslo99 wrote: Fares are too high.",
        "At 6:30 am on 22nd March 2011, ferryfan2 wrote: Not true.",
    ],
)
def test_furniture_readers_comments_go_from_the_first_comments_heading(heading: str) -> None:
    lines = [
        "The ferry company will add two crossings a day from Monday, its chief said.",
        heading,
        "I agree.",
    ]
    found = split_furniture(lines)
    kept = heading.split(" At ")[0] if " At " in heading else None
    assert found.lines == (lines[0], *([kept] if kept else [])) and found.removed[-1] == "I agree."


def test_furniture_readers_comments_go_from_a_handle_over_its_stamp() -> None:
    lines = [
        "The ferry company will add two crossings a day from Monday, its chief said.",
        "harbourfan says:",
        "June 9, 2015 at 6:05 pm",
        "Great post, but the fares are still too high.",
    ]
    assert split_furniture(lines).lines == (lines[0],)


def test_furniture_a_report_of_what_was_said_at_a_stated_time_is_no_comment() -> None:
    lines = [
        "The ferry company will add two crossings a day from Monday, its chief said.",
        "At 3:00 pm on 5 May 2015, officials said: the crossing is safe.",
        "The minister says:",
        "June 9, 2015 at 6:05 pm was the time the ferry left.",
    ]
    assert split_furniture(lines).lines == tuple(lines)


def test_furniture_a_dateline_whose_dash_opens_the_next_line_is_cut_whole() -> None:
    lines = [
        "BERGEN, Norway | Tue Jun 9, 2015 8:37 am EDT BERGEN, Norway (Reuters Life!)",
        "- More than two thousand passengers dressed as sailors to mark the ferry's hundredth year.",
        "The line's chief said the record would stand for years.",
    ]
    found = split_furniture(lines)
    assert (found.lines[0], found.agency) == (
        "More than two thousand passengers dressed as sailors to mark the ferry's hundredth year.",
        "Reuters Life!",
    )


@pytest.mark.parametrize(
    "line",
    [
        "A previous version of this article gave the wrong date for the ferry's launch.",
        "An earlier version of this story misspelled the name of the harbour master.",
        "Correction: The strike was called by the dockers' union, not the drivers'.",
        "This article was amended on 3 March to correct the number of passengers.",
        "(The original version of this edited radio interview misquoted the mayor.)",
    ],
)
def test_furniture_corrections_notes_are_notices(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said the error was corrected on Monday.",
        "A previous version of the bill had capped the fares at ten kroner.",
        "Corrections officers at the prison said they would strike.",
    ],
)
def test_furniture_sentences_about_corrections_are_not_notices(line: str) -> None:
    assert not is_notice(line)


@pytest.mark.parametrize(
    "notice",
    [
        "This debate is now closed.",
        "Comments are closed",
        "The discussion has now been closed. Thanks for writing.",
    ],
)
def test_furniture_readers_comments_go_from_a_closed_debate_notice_with_signatures_under_it(
    notice: str,
) -> None:
    lines = [
        "What do you make of the new ferry timetable?",
        "The ferry company will add two crossings a day from Monday, its chief said.",
        "Fares will rise by 5% in May.",
        "Are you a regular passenger?",
        "Send us your views.",
        notice,
        "The fares are still too high for families.",
        "Ann Lee, Bergen, Norway",
        "Tom Roe, Oslo The new boats are much better.",
    ]
    assert split_furniture(lines).lines == tuple(lines[:5])


def test_furniture_a_closed_debate_notice_without_signatures_goes_alone() -> None:
    lines = [
        "The ferry company will add two crossings a day from Monday, its chief said.",
        "Comments are closed.",
        "Timetables are posted at the quay.",
    ]
    assert split_furniture(lines).lines == (lines[0], lines[2])


@pytest.mark.parametrize(
    ("line", "link"),
    [
        (
            "Follow the latest updates on the storm The ferry company cancelled every crossing on Monday.",
            "Follow the latest updates on the storm",
        ),
        (
            "Read the latest reports and reactions to the strike Passengers waited at the quay for hours.",
            "Read the latest reports and reactions to the strike",
        ),
        (
            'Get live news of the rescue "We have found the boat" was the first message from the coastguard.',
            "Get live news of the rescue",
        ),
    ],
)
def test_furniture_a_link_to_more_coverage_run_into_a_paragraph_is_cut_off_it(line: str, link: str) -> None:
    found = split_furniture(["The ferry company will add two crossings a day, its chief said.", line])
    assert found.lines[1] == line[len(link) :].strip() and found.removed == (link,)


@pytest.mark.parametrize(
    "line",
    [
        "Follow the latest updates as Storm Ciaran hits the coast",
        "Read the latest reports and reactions to the strike Passengers waiting at the quay in Bergen",
        "Read the latest news about the ferry company's trial here",
    ],
)
def test_furniture_a_link_to_more_coverage_with_no_sentence_after_it_goes_whole(line: str) -> None:
    found = split_furniture(["The ferry company will add two crossings a day, its chief said.", line])
    assert found.lines == ("The ferry company will add two crossings a day, its chief said.",)


@pytest.mark.parametrize(
    "line",
    [
        "Follow the latest news and stay indoors, police told residents on Sunday.",
        "Read the full report before you sign anything, the consumer group advised.",
        "Follow the latest updates and the coastguard's advice, the minister urged on Monday.",
    ],
)
def test_furniture_advice_reported_as_someones_is_no_link_notice(line: str) -> None:
    assert split_furniture(["The storm hit the coast on Monday.", line]).lines[1] == line


@pytest.mark.parametrize(
    "later",
    [
        ["Boris Lee, Prime Minister, said the decision was final."],
        ["By Ann Lee, Bergen", "The ferry company will add two crossings a day."],
        [*(f"Line {n} of the report." for n in range(20)), "Ann Lee, Leeds"],
    ],
)
def test_furniture_a_closed_debate_notice_cuts_nothing_without_a_readers_signature_close_under_it(
    later: list[str],
) -> None:
    top = [
        "The council met on Monday to discuss the plan.",
        "It will vote in May.",
        "Residents may object.",
        "Q?",
    ]
    lines = [*top, "The debate is closed.", *later]
    assert split_furniture(lines).lines == (*top, *later)


def test_furniture_a_closed_debate_notice_among_the_pages_opening_lines_cuts_nothing() -> None:
    lines = ["Comments are closed.", "By Ann Lee", "The council met on Monday.", "Ann Lee, Leeds"]
    assert split_furniture(lines).lines == tuple(lines[1:])


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        (
            "Tuesday, March 3, 2015; 4:57 PM The harbour council voted to sell the ferry.",
            "The harbour council",
        ),
        ("Friday, May 1, 2015; Page A01 Crews returned to the quay on Friday.", "Crews returned"),
        ("Sunday, June 7, 2015; 10:02 AM -- Text of the mayor's speech to the council on Sunday.", "Text of"),
    ],
)
def test_furniture_an_american_posting_stamp_opening_the_page_is_cut(line: str, lead: str) -> None:
    assert split_furniture([line, "The ferry sailed at noon."]).lines[0].startswith(lead)


@pytest.mark.parametrize(
    "line",
    [
        "June 7, 2015 was the day the harbour closed for good.",
        "Tuesday, March 3, 2015 will be remembered in Bergen as the day of the storm.",
    ],
)
def test_furniture_a_date_opening_a_sentence_is_no_posting_stamp(line: str) -> None:
    assert split_furniture([line, "The ferry sailed at noon."]).lines[0] == line


@pytest.mark.parametrize(
    ("line", "header", "lead"),
    [
        (
            "Ferry Strike Spreads to Northern Ports BERGEN, Norway, Jan. 5 -- Crews walked off the boats today.",
            "Ferry Strike Spreads to Northern Ports",
            "Crews walked off",
        ),
        (
            "Harbour Town Counts the Cost of the Storm OSLO -- The council met on Monday to weigh the repairs.",
            "Harbour Town Counts the Cost of the Storm",
            "The council met",
        ),
        (
            "In Norway, Fishing Towns Brace for a Hard Winter TROMSO, March 17 -- Boats stayed in port this week.",
            "In Norway, Fishing Towns Brace for a Hard Winter",
            "Boats stayed",
        ),
    ],
)
def test_furniture_a_newspaper_dateline_after_the_headline_parts_them(
    line: str, header: str, lead: str
) -> None:
    found = split_furniture([line, "The ferry sailed at noon."])
    assert (found.header, found.lines[0].startswith(lead)) == (header, True)


def test_furniture_capitals_inside_a_sentence_are_no_dateline() -> None:
    line = "The union said the strike would spread to the NATO -- and the council agreed on Monday."
    assert split_furniture([line]).lines[0] == line


@pytest.mark.parametrize(
    "line",
    [
        "It is just one click to get the Harbour Briefing every morning!",
        "It takes a single click to receive our ferry alerts on your phone.",
        'Send an email to the desk with "Harbour Nights" in the subject line and we will tell you about the next one.',
        "Email us with your questions in the subject line and our editors will answer on Friday.",
    ],
)
def test_furniture_a_newsletter_promotion_is_a_notice(line: str) -> None:
    assert is_notice(line)


def test_furniture_a_reported_email_is_no_notice() -> None:
    assert not is_notice("The mayor sent an email to the council on Monday saying the ferry would be sold.")


def test_furniture_a_dash_after_capitals_in_a_title_case_headline_is_no_dateline() -> None:
    lines = [
        "Lee Rules Out Deal With FIFA — For Now",
        "ZURICH (Reuters) - Ann Lee said on Monday that she would not sign a deal with the league this year.",
        "The talks will go on.",
    ]
    found = split_furniture(lines)
    assert (found.agency, found.header) == ("Reuters", None)


def test_furniture_a_header_before_an_american_posting_stamp_is_kept_as_the_header() -> None:
    line = "Harbour Board Names New Chief Tuesday, June 9, 2015; 3:26 PM The harbour board on Tuesday named a chief."
    found = split_furniture([line, "The ferry sailed at noon."])
    assert (found.header, found.lines[0]) == (
        "Harbour Board Names New Chief",
        "The harbour board on Tuesday named a chief.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "This article misstated the surname of Ann Lee, the head of the port authority.",
        "Earlier versions of this article, online and in print, carried the wrong date.",
        "This article quoted Harbour Board chair Ann B. Lee as saying the port may close next year.",
        "This story referred to the Coast Guard Authority as the Coastal Guard Agency.",
    ],
)
def test_furniture_a_correction_that_names_the_article_is_a_notice(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "This article was reported jointly with Harbour Watch, a non-profit newsroom.",
        "This story was produced in partnership with the Fjord Institute.",
        "This investigation was written in collaboration with reporters at the Coast Herald.",
    ],
)
def test_furniture_a_note_of_shared_reporting_is_a_notice(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "Questions, tips or complaints about our harbour blog?",
        "Questions or comments?",
        "Comments, questions, tips for the harbour desk?",
    ],
)
def test_furniture_an_invitation_to_write_in_is_a_notice(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "This article describes how the old quay was built in 1890.",
        "The article was written by Ann Lee.",
        "Comments and questions about the new ferry timetable poured in after the meeting.",
    ],
)
def test_furniture_sentences_about_an_article_or_comments_are_not_notices(line: str) -> None:
    assert not is_notice(line)


@pytest.mark.parametrize(
    ("lines", "first_kept"),
    [
        # a promotion, and the lines that go on selling it
        (
            [
                "Get the Harbour Brief delivered to your inbox every morning.",
                "It's like reading the paper, only sooner.",
                "Your guide to the week on the quays.",
                "Ferry fares will rise by a tenth from June, the line said on Monday.",
            ],
            "Ferry fares will rise",
        ),
        # a notice, and the instruction that goes with it
        (
            [
                "Your browser settings may be stopping you from commenting on this page.",
                "See our help page for a fix.",
                "Ferry fares will rise by a tenth from June, the line said on Monday.",
            ],
            "Ferry fares will rise",
        ),
        # a correction, and the sentence that explains it, over the headline
        (
            [
                "This article misstated the tonnage of the new ferry.",
                "In fact, the ship weighs 12,000 tonnes.",
                "Ferry Line Orders Two More Ships The line said on Monday it would buy two more ferries.",
            ],
            "Ferry Line Orders",
        ),
        # a partner's note, and the sentence about the partner it names
        (
            [
                "This article was reported jointly with Harbour Watch, a non-profit newsroom.",
                "Harbour Watch is funded by readers and gives its stories away.",
                "In March, the port authority quietly doubled its fees.",
            ],
            "In March",
        ),
    ],
)
def test_furniture_the_line_that_goes_on_a_notice_at_the_top_goes_with_it(
    lines: list[str], first_kept: str
) -> None:
    assert split_furniture(lines).lines[0].startswith(first_kept)


@pytest.mark.parametrize(
    "lines",
    [
        # no promotion above: a lead opening on "It's" stays
        [
            "Your browser settings may be stopping you from commenting on this page.",
            "It's been a year since the ferry sank off the northern islands.",
        ],
        # the article's own line above the notice: nothing at the top goes on it
        [
            "Ferry fares will rise by a tenth from June, the line said on Monday.",
            "Get the Harbour Brief delivered to your inbox every morning.",
            "See the timetable for the new crossings.",
        ],
    ],
)
def test_furniture_a_line_after_a_notice_stays_when_it_goes_on_no_notice(lines: list[str]) -> None:
    assert split_furniture(lines).lines[-1] == lines[-1]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Skip to a day of the week: Ann Lee talks to the ferry's captain.",
            "Ann Lee talks to the ferry's captain.",
        ),
        ("Jump to the comments: The harbour board met on Monday.", "The harbour board met on Monday."),
    ],
)
def test_furniture_a_link_to_the_page_s_own_parts_is_cut_from_the_line(line: str, kept: str) -> None:
    assert split_furniture([line]).lines == (kept,)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Tue Mar 3, 2015 4:12 pm EDT BERGEN Mar 3 (Reuters) - Ferry crews went back to work on Tuesday.",
            "Ferry crews went back to work on Tuesday.",
        ),
        (
            "(Adds quotes) OSLO May 19 (Reuters) - The harbour board cut its fees by a tenth.",
            "The harbour board cut its fees by a tenth.",
        ),
        (
            "BERGEN | Thu May 21, 2015 6:58 am EDT BERGEN May 21 (Reuters) - Shares of ferry lines rose.",
            "Shares of ferry lines rose.",
        ),
    ],
)
def test_furniture_a_wire_dateline_with_its_day_but_no_comma_is_cut(line: str, kept: str) -> None:
    assert split_furniture([line]).lines == (kept,)


def test_furniture_a_correction_in_the_words_the_article_is_a_notice_only_at_the_top() -> None:
    top = split_furniture(
        ["The article incorrectly said that the mayor chairs the harbour board.", "Ferry Fares Rise"]
    )
    below = split_furniture(
        [
            "Ferry fares will rise by a tenth from June, the line said.",
            "The article incorrectly said that the mayor chairs the harbour board, the council complained.",
        ]
    )
    assert (top.lines, len(below.lines)) == (("Ferry Fares Rise",), 2)


@pytest.mark.parametrize(
    "line",
    [
        "The report wrongly blamed the crew for the collision, the union said on Monday.",
        "This report was published with little fanfare on Monday, but its findings on ferry safety are stark.",
        "This report was written with the help of ferry crews who asked not to be named.",
    ],
)
def test_furniture_a_report_about_a_report_is_no_notice(line: str) -> None:
    assert not is_notice(line)


@pytest.mark.parametrize(
    "lines",
    [
        # the article's own line between the notice and the line: the notice has ended
        [
            "Correction: An earlier version of this story gave the wrong date for the vote.",
            "Ferry crews walked off the boats on Monday.",
            "Send in the navy, one protester shouted.",
        ],
        # the lead names who the correction named, and says something new
        [
            "This article misstated the title of Ann Lee, the harbour master.",
            "Lee said on Monday that the port would close for a week because of the storm.",
        ],
        # a partner's note, then the lead opening on a word of the note
        [
            "This story was reported jointly with The Harbour Post.",
            "The ferry strike spread to three more ports on Monday, the union said.",
        ],
    ],
)
def test_furniture_a_line_that_goes_on_no_notice_is_kept(lines: list[str]) -> None:
    assert split_furniture(lines).lines[-1] == lines[-1]


@pytest.mark.parametrize(
    "line",
    [
        "Skip to the end: the ferry never sailed, and the crews went home.",
        "Jump to the conclusion: The mayor resigned on Monday.",
    ],
)
def test_furniture_a_sentence_opening_on_skip_to_is_no_link(line: str) -> None:
    assert split_furniture([line]).lines == (line,)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Born: 1 May 1950, Molde Also known as: The Captain Best known for: Ferry of the Year He told reporters "
            "he would sail again.",
            ("Ferry Captain Retires", "He told reporters he would sail again."),
        ),
        ("Age: 61 Occupation: ferry captain Home: Molde", ("Ferry Captain Retires",)),
        (
            "Founded: 1890 Owner: the Olsen family Fleet: twelve ferries The line said fares would rise.",
            ("Ferry Captain Retires", "The line said fares would rise."),
        ),
    ],
)
def test_furniture_a_profile_box_run_into_the_report_is_cut(line: str, kept: tuple[str, ...]) -> None:
    assert split_furniture(["Ferry Captain Retires", line]).lines == kept


@pytest.mark.parametrize(
    "line",
    [
        "Bergen: 20 confirmed cases Molde: 3 confirmed cases Oslo: 7 suspected cases being tested.",
        "Note: the ferry sails at dawn. Update: it was delayed. Later: it sailed.",
        "Warning: the ferry is late. The mayor said: we will wait.",
    ],
)
def test_furniture_a_tally_or_a_run_of_notes_is_no_profile_box(line: str) -> None:
    assert split_furniture(["Ferry Captain Retires", line]).lines == ("Ferry Captain Retires", line)


_PROMOTION = "Get the Harbour Briefing delivered to your inbox every morning."


@pytest.mark.parametrize(
    "items",
    [
        [
            "Ann Lee of the Institute for Coastal Studies argues that tolls cut traffic less than fares do.",
            "Bo Berg, Cy Dahl and Dag Ek note that rising rents would hurt the old town.",
            "The Regional Transport Task Force proposes savings on the bridge budget.",
        ],
        [
            "Kari Holm and Jens Vik compare the two pension funds.",
            "The Northern Audit Office reviews the cost of the tunnel.",
            "Per Strand writes about what the new stadium did for the east side.",
            "Liv Dahl and Ola Berg explain why the grain price fell.",
        ],
    ],
)
def test_furniture_a_link_list_under_a_promotion_at_the_top_is_cut(items: list[str]) -> None:
    post = [
        "Why Did the Ferry Line Fail?",
        "The ferry line ran out of cash because its boats sailed half empty all winter.",
        "Its owners had borrowed against the boats to pay for the new terminal.",
    ]
    split = split_furniture([_PROMOTION, *items, *post])
    assert list(split.lines) == post


def test_furniture_a_posts_own_opening_under_a_promotion_stays() -> None:
    lines = [
        _PROMOTION,
        "Ann Lee of the Harbour Institute argues that the ferry line ran out of cash.",
        "Bo Berg and Cy Dahl note that the ferry line's boats sailed half empty.",
        "The Harbour Institute proposes that the ferry line's owners sell the boats.",
        "The ferry line ran out of cash because its boats sailed half empty all winter.",
        "Its owners had borrowed against the boats to pay for the new terminal.",
    ]
    assert list(split_furniture(lines).lines) == lines[1:]


def test_furniture_a_link_list_with_no_promotion_above_it_stays() -> None:
    lines = [
        "Ann Lee of the Institute for Coastal Studies argues that tolls cut traffic less than fares do.",
        "Bo Berg, Cy Dahl and Dag Ek note that rising rents would hurt the old town.",
        "The Regional Transport Task Force proposes savings on the bridge budget.",
        "The ferry line ran out of cash because its boats sailed half empty all winter.",
    ]
    assert list(split_furniture(lines).lines) == lines


def test_furniture_reported_news_under_a_promotion_is_no_link_list() -> None:
    lines = [
        _PROMOTION,
        "Police Chief Ann Lee confirms two men were arrested overnight.",
        "Mayor Ola Berg urges residents to stay calm.",
        "Fire Service Spokesman Per Dahl says the blaze is under control.",
        "Kari Holm and Jens Vik were among the firefighters at the scene.",
        "A warehouse in the port district burned for six hours on Sunday before crews put the fire out.",
    ]
    assert list(split_furniture(lines).lines) == lines[1:]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "7.00-9.00 pm HARBOUR RADIO 2 AND HARBOUR FM (simulcast) The ferry quiz returns for a summer of live shows.",
            "The ferry quiz returns for a summer of live shows.",
        ),
        (
            "9pm NEWSNIGHT Kari Holm asks the harbour board about the fares.",
            "Kari Holm asks the harbour board about the fares.",
        ),
        (
            "10.30 pm HARBOUR RADIO 2 HARBOUR Radio's late show comes live from the quay.",
            "HARBOUR Radio's late show comes live from the quay.",
        ),
    ],
)
def test_furniture_a_schedule_slot_opening_a_listing_is_cut(line: str, kept: str) -> None:
    assert list(split_furniture([line, "The crews will join the show from their boats."]).lines)[0] == kept


@pytest.mark.parametrize(
    "line",
    [
        "9pm UK time is when the vote on the ferry fares closes.",
        "At 9pm the ferry left the harbour with 300 passengers on board.",
        "9pm 2 The ferry left the harbour with 300 passengers on board.",
    ],
)
def test_furniture_a_time_opening_a_sentence_is_no_schedule_slot(line: str) -> None:
    assert list(split_furniture([line]).lines) == [line]


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|b", ["a", "b"]),
        (r"^x(?:y|z)|\bw[|(]v", ["^x(?:y|z)", r"\bw[|(]v"]),
        (r"[]|]q|\||[^]|)]r", ["[]|]q", r"\|", "[^]|)]r"]),
        (r"(?i:a|b)(c|d)", ["(?i:a|b)(c|d)"]),
    ],
)
def test_top_branches_splits_only_at_the_top_level(pattern: str, branches: list[str]) -> None:
    assert top_branches(pattern) == branches


def test_any_line_finds_what_one_search_of_all_the_patterns_finds() -> None:
    patterns = [r"^sign up\b|\bnewsletter\b", r"\bclick (?:here|now)\b", r"^\(?reporting by\b.{0,20}\)?$"]
    together = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    either = AnyLine(patterns, re.IGNORECASE)
    lines = [
        "Sign up for alerts",
        "Get our NEWSLETTER today",
        "He said to click now.",
        "(Reporting by Ann Lee)",
        "Reporting by Ann Lee, with more lines than twenty characters",
        "We sign up nobody",
        "clickhere",
        "Newsletters arrive",
    ]
    assert [either.search(line) for line in lines] == [together.search(line) is not None for line in lines]
    assert [either.search(line) for line in lines] == [True, True, True, True, False, False, False, False]


def test_any_line_refuses_a_branch_it_cannot_place() -> None:
    with pytest.raises(ValueError):
        AnyLine([r"^a|b"], 0)


@pytest.mark.parametrize(
    ("correction", "record"),
    [
        (
            "An earlier version of this interview omitted part of Ann Lee's answer on the harbour plan.",
            ['Her full answer was "No, I have not backed it.', 'I have always backed the other plan."'],
        ),
        (
            "Correction: This story gave the wrong number of ferries laid up.",
            ["The correct figure is 14."],
        ),
        (
            "A previous version of this report misquoted the mayor.",
            ['His actual words were "We will rebuild the quay."'],
        ),
        (
            "An earlier version of this interview cut short the mayor's reply on the quay.",
            ['Her full reply was "We will rebuild it.', '"And we will do it this year."'],
        ),
        ("A previous version of this story misspelled the mayor's name.", ["Her correct name is Anne Lee."]),
        (
            "An earlier version of this story misquoted the mayor.",
            ["His full remarks were 'We will rebuild.'"],
        ),
    ],
)
def test_furniture_the_words_a_correction_sets_right_go_with_it(correction: str, record: list[str]) -> None:
    lead = "The harbour board met on Monday to vote on the plan for a new quay."
    kept = split_furniture([correction, *record, lead])
    assert kept.lines == (lead,)


def test_furniture_an_articles_own_line_like_a_corrected_record_stays() -> None:
    lines = [
        "The harbour board met on Monday to vote on the plan for a new quay.",
        'Her full answer was "No, I have not backed it.',
        'I have always backed the other plan."',
    ]
    assert split_furniture(lines).lines == tuple(lines)


@pytest.mark.parametrize(
    "after",
    [
        ["The full report is due in May."],
        ["The actual cost was higher than first thought, the council said."],
        ['"We will rebuild the harbour.', 'The mayor said it on Monday."'],
    ],
)
def test_furniture_the_articles_own_lines_after_a_correction_stay(after: list[str]) -> None:
    correction = 'Correction: An earlier version of this story misstated the size of the 6" pipe.'
    lead = "The harbour board met on Monday to vote on the plan for a new quay."
    assert split_furniture([correction, *after, lead]).lines == (*after, lead)
