"""Headlines made from lead sentences, cut only where an editor would cut them."""

from __future__ import annotations

import re

import pytest

from storyline.clean.cleaner import clean
from storyline.clean.headline import (
    glued_headline,
    headline,
    main_news,
    named_after_title_case,
    plausible,
    without_ellipsis,
)
from storyline.clean.junction import names_in, run_in_opening, run_on_start
from storyline.clean.named_lead import lead_on_a_name, same_person_again, title_again_after_title_case
from storyline.clean.run_on_leads import caption_after_labelled_headline, glued_caption
from storyline.models import RawArticle


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "A rockslide has closed the coastal road north of Bergen for at least two weeks, where three villages "
            "depend on it, road officials said on Friday.",
            "A rockslide has closed the coastal road north of Bergen",
        ),
        (
            "The harbour strike, which has idled 40 ships, could spread to the rail yards and the airport cargo "
            "terminal next week, union leaders warned.",
            "The harbour strike could spread to the rail yards",
        ),
        (
            "Ferry traffic resumed on Saturday but operators warned that the timetable would stay thin for a month.",
            "Ferry traffic resumed on Saturday",
        ),
        (
            "The council on Tuesday approved a $40 million loan to rebuild the old bridge and widen the ring road "
            "before the winter.",
            "The council on Tuesday approved a $40 million loan to rebuild the old bridge",
        ),
    ],
)
def test_headline_keeps_the_news_and_drops_attribution_and_asides(lead: str, expected: str) -> None:
    assert headline(lead) == expected


def test_headline_a_short_lead_is_its_own_headline() -> None:
    assert headline("Ferries resume after the storm.") == "Ferries resume after the storm"


def test_headline_never_leaves_only_a_subject() -> None:
    lead = "Ann Lee, the harbour master, said on Monday that repairs would take three more weeks at least."
    assert headline(lead) == "Ann Lee said on Monday that repairs would take three more weeks at least"


def test_headline_a_leading_subordinate_clause_gives_way_to_the_main_clause() -> None:
    lead = "Amid fears that the strike could spread to the rail yards, the port authority hired 200 extra dockers."
    assert headline(lead) == "The port authority hired 200 extra dockers"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Ferries stranded after storm Hundreds of passengers spent the night on board at the harbour.",
            "Ferries stranded after storm",
        ),
        (
            "Port strike spreads WHO warns that medicine shipments are held up at the docks.",
            "Port strike spreads",
        ),
        (
            "The lessons of 1953 The great flood of that winter still shapes the dykes of the coast.",
            "The lessons of 1953",
        ),
    ],
)
def test_headline_glued_to_its_standfirst_is_found(line: str, expected: str) -> None:
    assert glued_headline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said Brenek was right to close the bridge before the storm reached the town.",
        "Officials in Bergen Harbour closed the quay as the storm reached the coast on Monday night.",
        "He met Lee on Tuesday and the two discussed the strike for an hour at the town hall.",
        "The ferry captain Anna Olsen praised her crew after the rescue off the coast on Monday night.",
        "Captain Olsen's lawyer denied Olsen ignored the storm warning before the ferry left Bergen.",
    ],
)
def test_headline_an_ordinary_first_sentence_is_not_split(line: str) -> None:
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'Harbour master: "We were lucky" Crews worked through the night to free the ferry from the rocks.',
            'Harbour master: "We were lucky"',
        ),
        (
            "Stranded passengers reach the Faroes The ferry company says all of them will be flown home today.",
            "Stranded passengers reach the Faroes",
        ),
        (
            "Ferry rescue ends in joy for Bergen A crowd of families waited on the quay until the last boat came in.",
            "Ferry rescue ends in joy for Bergen",
        ),
        (
            "Widow keeps vigil at the quay in grief Ingrid Dahl believes her husband is still on the ferry.",
            "Widow keeps vigil at the quay in grief",
        ),
        (
            "Three crew missing after ferry fire Olav Berg was on duty in the engine room when it started.",
            "Three crew missing after ferry fire",
        ),
        (
            "Sailor Anna Olsen rescues two from the sea off Bergen Anna Olsen swam out to them in the storm.",
            "Sailor Anna Olsen rescues two from the sea off Bergen",
        ),
    ],
)
def test_headline_glued_after_a_name_a_quote_or_before_a_named_subject(line: str, expected: str) -> None:
    assert glued_headline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The veteran harbour pilot Ingrid Dahl steered the ferry into the port on Monday night.",
        "Storm hits Bergen Port workers were sent home early as the waves rose over the quay.",
        "Police helped rescue Red Cross volunteers trapped by the flood in the old town on Monday.",
        "On Monday in Bergen, ferry icon Olav Berg retired after forty years at the helm of the night boat.",
        "Defence lawyers said on Monday, saying Anna Olsen was not on the bridge when the ferry struck.",
        "The union backed Anna Olsen in her dispute with the ferry company over the night shifts.",
        "Divers who worked for The Hague were thanked by the mayor of Bergen on Monday evening.",
    ],
)
def test_headline_a_name_inside_a_sentence_is_no_junction(line: str) -> None:
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Port workers warned of longer delays from faulty scanners HX4 makes for the harbour on Monday.",
            {"HX4"},
        ),
        (
            "The Norwegian coast guard NORCO plans to close two stations along the northern coast this year.",
            {"NORCO"},
        ),
        (
            "Ferry crews in fishing village Tromsdal voted on Monday to join the strike called by the union.",
            {"Tromsdal"},
        ),
    ],
)
def test_headline_a_lead_goes_on_through_a_name_the_text_writes_as_one(line: str, names: set[str]) -> None:
    assert glued_headline(line) is not None  # the loose junction alone would cut the lead before the name
    assert glued_headline(line, names=frozenset(names)) is None


def test_headline_glued_before_a_named_subject_with_its_auxiliary() -> None:
    line = "Harbour strike closes quays Tromsdal is sending its ferries north while the strike lasts."
    assert glued_headline(line, names=frozenset({"Tromsdal"})) == "Harbour strike closes quays"


def test_headline_names_in_a_text_are_capitalised_inside_sentences_and_never_lower_case() -> None:
    text = (
        "Ferry crews in Tromsdal voted to strike. Officials said NORCO would send boats to Tromsdal. "
        "Rescuers reached the quay. Later, the rescuers said NORCO had helped. Divers from Bergen came once."
    )
    assert names_in(text) == {"Tromsdal", "NORCO"}


def test_headline_glued_where_the_standfirst_names_again_whom_the_headline_named() -> None:
    line = "Captain Olsen praised for ferry rescue Anna Olsen steered the ferry through the storm to Bergen."
    assert glued_headline(line) == "Captain Olsen praised for ferry rescue"


def test_headline_glued_after_a_name_when_a_sentence_opener_follows() -> None:
    line = "First ferry strike in Norway More than 700 passengers were stranded in Bergen on Monday night."
    assert glued_headline(line) == "First ferry strike in Norway"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Bergen's harbour master, the longest serving in the country, closed the quay on Monday as the storm "
            "reached the coast.",
            "Bergen's harbour master closed the quay on Monday as the storm reached the coast",
        ),
        (
            "The Port Authority (PA) raised its estimate of the damage on Monday to 12,000 tonnes of lost cargo "
            "across the western quays.",
            "The Port Authority raised its estimate of the damage",
        ),
        (
            "Using a new sonar, divers from the navy said on Monday that they had found the wreck of the ferry off "
            "the coast.",
            "Divers from the navy said on Monday that they had found the wreck of the ferry off the coast",
        ),
    ],
)
def test_headline_asides_and_openers_give_way_to_the_statement(lead: str, expected: str) -> None:
    assert headline(lead) == expected


def test_headline_keeps_the_stop_of_a_closing_abbreviation() -> None:
    assert headline("Ferry traffic doubled in the U.S.") == "Ferry traffic doubled in the U.S."


def test_headline_a_posting_stamp_marks_where_the_headline_ends() -> None:
    line = "Ferry freed from rocks off Bergen Monday 2 March 2015 09.10 GMT Tugs worked through the night"
    assert glued_headline(line, whole_sentence=False) == "Ferry freed from rocks off Bergen"


def test_headline_a_title_line_running_into_its_standfirst_is_split() -> None:
    line = "Bergen ferry strike spreads to Oslo The union said crews in Oslo would walk out on Friday too"
    assert glued_headline(line, whole_sentence=False) == "Bergen ferry strike spreads to Oslo"


@pytest.mark.parametrize(
    ("title", "reads"),
    [
        ("Ferry service resumes after storm", True),
        ("Harbour board names new chief (interim)", True),
        ("Anna Berg | 16:59", False),
        ("Port authority (Bergen", False),
        ("Ferry operator says crossings will resume next...", False),
        ("Ferry", False),
        ("By Anna Berg Harbour News, Bergen The ferry sailed", False),
        ("Ferry sails again * Agency is not responsible", False),
        ("the ferry sailed on", False),
        ("Please tap the button below to enable sound", False),
        ("Copy the link and share it with friends", False),
        ("Download the app to follow the match live", False),
        ("Download speeds double in rural homes", True),
        ("Nh n d n t i c ng v o s ng", False),
        ("Ferry crews say talks are going well", True),
        ("Bergen harbour board's", False),
        ("Ferry crews' union", True),
        ("Harbour pilots 'working without a break'", True),
        ("Ferry strike hits the crews'", False),
        ("Ferry strike spreads to the", False),
    ],
)
def test_headline_plausible_tells_a_headline_from_a_stamp_a_fragment_or_a_cut(
    title: str, reads: bool
) -> None:
    assert plausible(title) is reads


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Pilot lands safely on the beach A crowd gathered to watch", "Pilot lands safely on the beach"),
        ("Talks end without a deal The ministers left early", "Talks end without a deal"),
        (
            'Mayor calls the plan "a good start" An aide said more was needed',
            'Mayor calls the plan "a good start"',
        ),
        ("Ferry Strike Hits A Busy Weekend", None),
        ("Crews say the bridge will open soon", None),
        ("Flood warning for the coast", None),
    ],
)
def test_headline_a_title_running_into_a_caption_that_opens_on_an_article_is_cut(
    title: str, expected: str | None
) -> None:
    assert glued_caption(title) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The last ferry of the night sailed two hours ago A crowd still waits on the quay for news of it.",
            "The last ferry of the night sailed two hours ago",
        ),
        (
            "Ferry strike spreads to the western ports Up to 4,000 passengers a day face delays, the union says.",
            "Ferry strike spreads to the western ports",
        ),
        (
            "Divers at work on the wreck of the ferry In the harbour, the water is too cold for long dives.",
            "Divers at work on the wreck of the ferry",
        ),
        (
            "The lifeboat crew had aimed to raise £300 A boy of ten has raised £2,000 for the station.",
            "The lifeboat crew had aimed to raise £300",
        ),
        (
            "Ferry ticket sales in the first week reached $12m The line says bookings for the summer are high.",
            "Ferry ticket sales in the first week reached $12m",
        ),
    ],
)
def test_headline_a_caption_running_into_a_paragraph_is_found(paragraph: str, expected: str) -> None:
    assert run_in_opening(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The trouble with type A fever is that it spreads fast among the crews of the ferries.",
        "Harbour staff watched Alice In Wonderland at the Bergen cinema on Monday night after the strike.",
        "The mayor said the ferry company had left Bergen The Hague and Oslo without a night boat.",
        "The union leader said Anna Olsen would meet the ferry company on Monday to end the strike.",
    ],
)
def test_headline_a_sentence_with_names_inside_is_not_parted(paragraph: str) -> None:
    assert run_in_opening(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "NATO ships to escort the night ferry NATO ships are to escort the ferry to Bergen until the strike ends.",
            "NATO ships to escort the night ferry",
        ),
        (
            "UK divers join the search for the wreck UK teams have begun diving off Norway where the night ferry sank.",
            "UK divers join the search for the wreck",
        ),
        (
            "EU ferry rules blamed for Bergen delays EU officials say the new checks add an hour to each crossing.",
            "EU ferry rules blamed for Bergen delays",
        ),
    ],
)
def test_headline_a_lead_naming_again_an_acronym_of_its_headline_is_parted(
    paragraph: str, expected: str
) -> None:
    assert run_in_opening(paragraph, names=True) == expected


def test_headline_an_acronym_after_a_joining_word_stays_in_its_sentence() -> None:
    paragraph = (
        "UK divers said the search for the ferry would go on with UK teams working off Norway until Friday."
    )
    assert run_in_opening(paragraph, names=True) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "FERRY STRIKE ENDS - CREWS BACK AT WORK Crews returned to the boats in Bergen on Monday after a deal.",
            "FERRY STRIKE ENDS - CREWS BACK AT WORK",
        ),
        (
            "NIGHT BOAT SAILS AGAIN Anna Olsen steered the night ferry out of Bergen for the first time in weeks.",
            "NIGHT BOAT SAILS AGAIN",
        ),
        (
            "UK FERRY FARES TO RISE Operators said on Monday that fares would rise by a tenth from June onwards.",
            "UK FERRY FARES TO RISE",
        ),
    ],
)
def test_headline_set_in_capitals_is_cut_where_sentence_case_begins(line: str, expected: str) -> None:
    assert glued_headline(line) == expected


def test_headline_an_acronym_opening_a_sentence_is_no_headline_in_capitals() -> None:
    line = "NATO ships escorted the night ferry out of Bergen on Monday after the strike ended."
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ferry strike: your stories Monday 3 March The queues at the quay grew longer through the night.",
            "Ferry strike: your stories Monday 3 March",
        ),
        (
            "Night ferry diary Friday 15 March Up to 700 passengers spent the night on the quay in Bergen.",
            "Night ferry diary Friday 15 March",
        ),
        (
            "Harbour notes Monday 3 to Friday 7 June This week the harbour master answers your questions.",
            "Harbour notes Monday 3 to Friday 7 June",
        ),
    ],
)
def test_headline_a_heading_ending_on_a_days_date_is_parted_from_its_sentence(
    paragraph: str, expected: str
) -> None:
    assert run_in_opening(paragraph) == expected


def test_headline_a_date_followed_by_a_name_stays_in_its_sentence() -> None:
    paragraph = (
        "The ferry strike began on 17 January The Times reported, and crews walked out across the coast."
    )
    assert run_in_opening(paragraph) is None


def test_headline_a_name_after_a_possessive_belongs_to_its_noun() -> None:
    line = (
        "Bergen rescue team's Norway ferry mission Crews from around the coast were part of the rescue of the "
        "night ferry."
    )
    assert glued_headline(line) == "Bergen rescue team's Norway ferry mission"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Now that the strike at the port has ended, shippers are asking what role the new rota played in "
            "getting the ferry, known locally as the night boat, back to sea.",
            "Now that the strike at the port has ended",
        ),
        (
            "Grilled or smoked, Norwegians can't get enough of Bergen salmon, and the long strike has proved a "
            "boon for smokehouses and exporters along the coast.",
            "Grilled or smoked, Norwegians can't get enough of Bergen salmon",
        ),
        (
            "Late on Friday, crews had cleared the quay, and the first ferry sailed at dawn with 300 passengers "
            "aboard for the islands and the north.",
            "Crews had cleared the quay",  # the opening phrase of time left out
        ),
    ],
)
def test_headline_a_clause_between_commas_is_not_dropped_as_an_aside(lead: str, expected: str) -> None:
    assert headline(lead) == expected


def test_headline_an_aside_holding_a_relative_clause_is_still_an_aside() -> None:
    lead = (
        "The four divers, two of whom were trained by the navy, recovered the ferry's bell from the wreck off "
        "Bergen on Monday, the coastguard said."
    )
    assert headline(lead) == "The four divers recovered the ferry's bell from the wreck off Bergen on Monday"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Divers find survivors in ferry wreck Rescue teams are still searching the hull of the night ferry.",
            "Divers find survivors in ferry wreck",
        ),
        (
            "Looting in Bergen after the storm Violence has broken out near the harbour, the police said tonight.",
            "Looting in Bergen after the storm",
        ),
        (
            "Ferry strike spreads to the north Public anger is growing as the strike reaches a second week.",
            "Ferry strike spreads to the north",
        ),
    ],
)
def test_headline_a_common_word_capitalised_after_the_headline_opens_the_lead(
    paragraph: str, expected: str
) -> None:
    common = frozenset(paragraph.lower().split()) | {"rescue", "violence", "public"}
    assert run_in_opening(paragraph, names=True, common=common) == expected


def test_headline_a_name_after_a_verb_stays_in_its_sentence() -> None:
    paragraph = (
        "The ferry company is counting on a captain who is People magazine's sailor of the year this spring."
    )
    common = frozenset(paragraph.lower().split()) | {"people"}
    assert run_in_opening(paragraph, names=True, common=common) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Mayor appeals for ferry strike aid The Harbour Trust has asked its members to help the crews' families.",
            "Mayor appeals for ferry strike aid",
        ),
        (
            "Bergen charity sends tents to the islands A Stavanger-based charity is flying shelters to the coast.",
            "Bergen charity sends tents to the islands",
        ),
        (
            "Crews spend second night on the quay The BBC's Anna Olsen was with them as the tide came in tonight.",
            "Crews spend second night on the quay",
        ),
    ],
)
def test_headline_an_article_before_a_name_opens_the_lead_after_a_headline(
    paragraph: str, expected: str
) -> None:
    assert run_in_opening(paragraph, names=True) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The skipper who runs the online blog The Harbour Post was in Bergen when the storm struck the quay.",
        "Ferry crews on strike read the newspaper The Bergen Times on the quay while they waited for news.",
        "Passengers stuck in Bergen watched the film The Night Ferry on the quay while the storm went on.",
    ],
)
def test_headline_a_title_after_the_noun_of_a_work_stays_in_its_sentence(paragraph: str) -> None:
    assert run_in_opening(paragraph, names=True) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Bergen ferry toll 'may reach 40' Divers have searched the hull of the night ferry since dawn today.",
            "Bergen ferry toll 'may reach 40'",
        ),
        (
            'Captain urges crews to "hold the line" Striking sailors have kept the quay closed for a second week.',
            'Captain urges crews to "hold the line"',
        ),
        (
            "Singer on the ferry 'tragedy' Former members of the band have played a concert for the crews' families.",
            "Singer on the ferry 'tragedy'",
        ),
    ],
)
def test_headline_a_quotation_closing_the_headline_ends_it(paragraph: str, expected: str) -> None:
    assert run_in_opening(paragraph) == expected


def test_headline_a_quotation_followed_by_its_speaker_stays_in_its_sentence() -> None:
    paragraph = (
        "The crews shouted 'we will sail tonight' Olsen said on Monday as the strike entered its third week."
    )
    assert run_in_opening(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ferry services halted in Bergen Hundreds of passengers spent the night on board the stranded boats.",
            "Ferry services halted in Bergen",
        ),
        (
            "Troops sent to the quay in Oslo More than 300 soldiers are helping to clear the wreckage of the pier.",
            "Troops sent to the quay in Oslo",
        ),
        (
            "Strike spreads to the ports of Stavanger Many passengers say they have waited for a week for a boat.",
            "Strike spreads to the ports of Stavanger",
        ),
    ],
)
def test_headline_a_quantity_after_a_place_opens_the_lead(paragraph: str, expected: str) -> None:
    assert run_in_opening(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Aerial view of the ferry wreck off Bergen Aerial footage shows the hull lying on its side in the bay.",
            "Aerial view of the ferry wreck off Bergen",
        ),
        (
            "Storm damage caught on harbour camera Pictures have surfaced showing the moment the pier gave way.",
            "Storm damage caught on harbour camera",
        ),
        (
            "Survivors pulled from the ferry off Oslo Rescuers have begun lifting passengers from the upturned hull.",
            "Survivors pulled from the ferry off Oslo",
        ),
    ],
)
def test_headline_a_common_word_after_a_place_opens_the_lead(paragraph: str, expected: str) -> None:
    assert run_in_opening(paragraph, names=True, common=frozenset({"aerial"})) == expected


@pytest.mark.parametrize(
    ("paragraph", "named"),
    [
        (
            "Students at Bergen University have been told to stay at home until the ferry strike is over.",
            "Bergen University",
        ),
        (
            "Cafes in Oslo City have been told to serve only takeaway food until the strike on the quay ends.",
            "Oslo City",
        ),
        ("The strike is Operations Chief for the port Anna Olsen's first test since she took the job.", "-"),
    ],
)
def test_headline_a_name_of_two_words_is_not_parted(paragraph: str, named: str) -> None:
    common = frozenset({"university", "city", "chief", "operations"})
    assert run_in_opening(paragraph, names=True, common=common, named=frozenset({named})) is None


def test_headline_a_statement_is_no_role_before_a_name() -> None:
    paragraph = "Anna Olsen makes ferry strike statement Mayor Anna Olsen has promised the crews a new deal."
    assert run_in_opening(paragraph, names=True) == "Anna Olsen makes ferry strike statement"


@pytest.mark.parametrize(
    "paragraph",
    [
        'The smuggler Kristoffer "Big Kris" Amundsen and his crew ran the docks of Bergen for twenty years.',
        "The ferry key is a copy of the “Skerry” Anchor from the old saga, the museum said on Monday night.",
        'The ferry line is branded "the night boat." It sails from Bergen to the islands twice a week.',
    ],
)
def test_headline_a_quoted_name_or_a_quotation_ending_a_sentence_is_no_junction(paragraph: str) -> None:
    assert run_in_opening(paragraph, names=True) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ferry search called off A 31-year-old sailor was found alive on the rocks off Bergen today.",
            "Ferry search called off",
        ),
        (
            "Storm damage to the quay is cleared up The harbour master says the ferries will sail on Friday.",
            "Storm damage to the quay is cleared up",
        ),
        (
            "Striking ferry crews are called back in The union says most members will return on Monday.",
            "Striking ferry crews are called back in",
        ),
    ],
)
def test_headline_an_article_before_a_lower_case_word_opens_a_sentence_after_any_word(
    paragraph: str, expected: str
) -> None:
    assert run_in_opening(paragraph) == expected


def test_headline_a_range_from_a_to_b_is_no_junction() -> None:
    paragraph = (
        "The ferry timetable lists every crossing from A to Z for the islands north of Bergen this summer."
    )
    assert run_in_opening(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ferry strike spreads to ports in the UK Two more ports closed their gates on Monday after talks failed.",
            "Ferry strike spreads to ports in the UK",
        ),
        (
            "First ferry death in the EU For the first time a passenger has died on a crossing of the North Sea.",
            "First ferry death in the EU",
        ),
        (
            "Crews stranded after storm in Bergen Three of the ferries were still at sea when the harbour closed.",
            "Crews stranded after storm in Bergen",
        ),
    ],
)
def test_headline_a_count_or_for_opens_a_sentence_after_a_name_or_an_acronym(
    paragraph: str, expected: str
) -> None:
    assert run_in_opening(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The crew watched the match on Channel Four last night before the ferry left the quay at Bergen.",
        "The captain told BBC Two viewers on Monday that the ferry would not sail again until the spring.",
        "Passengers on the ferry were shown the film Ocean's Eleven during the long crossing to Bergen.",
    ],
)
def test_headline_a_number_in_a_name_opens_no_sentence(paragraph: str) -> None:
    assert run_in_opening(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Storm damage reported along the coast of Norway As the wind dropped, crews began to clear the roads.",
            "Storm damage reported along the coast of Norway",
        ),
        (
            "Police are guarding the quay where the ferry docked About 300 passengers were kept on board overnight.",
            "Police are guarding the quay where the ferry docked",
        ),
        (
            "Ferry talks resume in Bergen While the union met, passengers waited for news at the terminal.",
            "Ferry talks resume in Bergen",
        ),
    ],
)
def test_headline_a_subordinator_or_an_approximate_count_opens_a_sentence(
    paragraph: str, expected: str
) -> None:
    assert run_in_opening(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The crew had watched As Good as It Gets on the long crossing before the ferry reached Bergen.",
        "The harbour choir sang When the Saints Go Marching In as the last ferry left the quay that night.",
        "Passengers said the film was All About Eve and that the crossing to Bergen had been calm.",
    ],
)
def test_headline_a_subordinator_inside_a_title_case_name_opens_no_sentence(paragraph: str) -> None:
    assert run_in_opening(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ferry Strike Spreads to Northern Ports In a statement, the union said crews would stay out until Friday.",
            "Ferry Strike Spreads to Northern Ports",
        ),
        (
            "Harbour Chief Steps Down After Ferry Inquiry The harbour master resigned on Monday after the report.",
            "Harbour Chief Steps Down After Ferry Inquiry",
        ),
        (
            "Photo: Anna Olsen Berg The ferry left the quay at dawn with three hundred passengers on board.",
            "Photo: Anna Olsen Berg",
        ),
    ],
)
def test_headline_a_sentence_opens_after_a_title_case_headline(paragraph: str, expected: str) -> None:
    assert run_in_opening(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ferry Strike Poses Threat to Shipping In The North Sea, the union warned on Monday after the talks.",
        "THREE CREW HAVE DIED IN A FIRE that broke out on the night ferry near Bergen on Monday evening.",
        "Crews Sang (This Land Is Their Land) together as the ferry docked in Bergen on Monday night.",
        "Passengers Heard Harbour Lights And The Bergen Ramblers perform on deck during the whole crossing.",
    ],
)
def test_headline_a_title_case_stretch_runs_on_through_its_own_small_words(paragraph: str) -> None:
    assert run_in_opening(paragraph) is None


@pytest.mark.parametrize(
    ("stretch", "sentence"),
    [
        (
            "It was caused by a strain of fever type A With the town confirming two cases, how serious is it?",
            "With the town confirming two cases, how serious is it?",
        ),
        (
            "Samples from the ferry were typed as influenza B With the clinic in Molde now open, who is at risk?",
            "With the clinic in Molde now open, who is at risk?",
        ),
        (
            "Most cases were of hepatitis A The clinic in Leeds has treated forty people since May.",
            "The clinic in Leeds has treated forty people since May.",
        ),
        (
            "The fares are set out in appendix B In the storm, ferries stayed in the harbour all day.",
            "In the storm, ferries stayed in the harbour all day.",
        ),
    ],
)
def test_headline_a_sentence_opens_after_a_letter_naming_a_kind(stretch: str, sentence: str) -> None:
    assert stretch[run_on_start(stretch, frozenset()) :] == sentence


def test_headline_a_letter_naming_a_kind_inside_a_sentence_opens_none() -> None:
    stretch = "The council chose plan B on Monday and work will start in May, officials said."
    assert run_on_start(stretch, frozenset()) == 0


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Schools close after outbreak of swine flu A spokesman for the council said three pupils were ill.",
            "Schools close after outbreak of swine flu",
        ),
        (
            "Ferries halted at the airport terminal A spokeswoman for the port said the crossings would resume.",
            "Ferries halted at the airport terminal",
        ),
        ("Rapper Plan B The Defamation of Ann Lee tops the album chart for a second week running.", None),
    ],
)
def test_headline_an_article_after_a_noun_is_no_letter_naming_a_kind(
    paragraph: str, expected: str | None
) -> None:
    assert run_in_opening(paragraph, names=True) == expected


_BODY = (
    "\nThe council met on Monday and the chairman said the crisis would deepen before spring, and that the "
    "harbour would need help.\nOfficials said the ferry company had lost money for years, and the fleet was old."
    "\nCrews said the strike would go on, and that the talks had failed again.\nAnn Lee spoke to reporters in "
    "Bergen, and Olsen Shipping said the fares would rise. Later, Harbour Line said the losses were large, and "
    "Anna Olsen told the council that investors feared more losses at Harbour Line and at Olsen Shipping. "
    "The committee heard from Ann Lee again, and the company's pilots, and Anna Olsen said the meeting was hard."
    "\nThe decision to sell was a hard one, and the talks could collapse in the night, the pilots said."
)


@pytest.mark.parametrize(
    ("first_line", "title", "lead"),
    [
        (
            "Ferry Crisis Deepens as Harbour Talks Fail Olsen Shipping chief Ann Lee said on Monday that the "
            "fleet would stay in port.",
            "Ferry Crisis Deepens as Harbour Talks Fail",
            "Olsen Shipping chief Ann Lee said",
        ),
        (
            "Council Weighs Help for Ailing Harbour Hoping for a deal, crews gathered outside the hall on Monday "
            "night.",
            "Council Weighs Help for Ailing Harbour",
            "Hoping for a deal",
        ),
        (
            "Strike Talks Fail Again Over Pay Investors fled the ferry company's shares after the talks broke "
            "down.",
            "Strike Talks Fail Again Over Pay",
            "Investors fled",
        ),
        (
            "Ferry Losses Mount for the Coastal Fleet It was the worst year for the company since the war, its "
            "chairman said.",
            "Ferry Losses Mount for the Coastal Fleet",
            "It was the worst year",
        ),
        (
            "Ferry Talks Collapse in the Night Both Ann Lee and Olsen Shipping blamed the weather on Monday.",
            "Ferry Talks Collapse in the Night",
            "Both Ann Lee",
        ),
        (
            "Behind the Decision to Sell the Fleet Anna Olsen's choice came after months of losses at the company.",
            "Behind the Decision to Sell the Fleet",
            "Anna Olsen's choice",
        ),
    ],
)
def test_headline_a_title_case_headline_is_parted_from_the_lead_run_into_it(
    first_line: str, title: str, lead: str
) -> None:
    article = clean(RawArticle(source="t.txt", text=first_line + _BODY))
    assert (article.title, article.text.startswith(lead)) == (title, True)


_SPARSE_BODY = (
    "\nThe quotas were cut again this year, and Ola Berg said the boats would stay in port for weeks. On Monday, "
    "Nordvik Fisheries told the council that prices had fallen, and the crews of Nordvik Fisheries agreed. "
    "Later, Ola Berg met the mayor.\nThe council said it would meet again in the spring."
)


@pytest.mark.parametrize(
    ("first_line", "title", "lead"),
    [
        (
            "Fishermen Brace for a Hard Season Nordvik Fisheries chief Ola Berg warned that catches would fall.",
            "Fishermen Brace for a Hard Season",
            "Nordvik Fisheries chief Ola Berg",
        ),
        (
            "Exporters Struggle to Regain Their Footing Ola Berg, who runs the largest fleet, said prices fell.",
            "Exporters Struggle to Regain Their Footing",
            "Ola Berg, who runs",
        ),
        (
            "Ports Shrink as Quotas Tighten Nordvik Fisheries director Ola Berg closed two plants on Friday.",
            "Ports Shrink as Quotas Tighten",
            "Nordvik Fisheries director",
        ),
    ],
)
def test_headline_a_title_case_headline_of_words_the_article_never_writes_is_parted_by_the_word_list(
    first_line: str, title: str, lead: str
) -> None:
    article = clean(RawArticle(source="t.txt", text=first_line + _SPARSE_BODY))
    assert (article.title, article.text.startswith(lead)) == (title, True)


@pytest.mark.parametrize(
    "first_line",
    [
        # a byline: its names are verbs of the list ("Peter"), no headline
        "By Peter Bowes Coastal News Ola Berg said on Monday that catches would fall again.",
        # the word before the name is a name of the article: the name goes on
        "Fishing Crews Idle Across Nordvik Ola Berg said on Monday that catches would fall again.",
    ],
)
def test_headline_a_word_list_headline_is_not_parted_after_a_byline_or_a_name(first_line: str) -> None:
    article = clean(RawArticle(source="t.txt", text=first_line + _SPARSE_BODY))
    assert not article.text.startswith("Ola Berg said")


@pytest.mark.parametrize(
    "first_line",
    [
        # a name made of common words, then its verb: one sentence
        "The Harbour Line Council said on Monday that the ferry company would sell its oldest ships this year.",
        # a preposition a Title Case headline capitalises, before names: still the headline
        "Ferry Chief to Meet With Ann Lee and Anna Olsen Crews said on Monday the talks would go on.",
        # a word that stands before titles: where the lead starts is not shown
        "Harbour Crisis Comes First Chairman Olsen told the council on Monday that the fleet was old.",
    ],
)
def test_headline_a_title_case_run_is_not_parted_where_a_name_or_title_may_go_on(first_line: str) -> None:
    article = clean(RawArticle(source="t.txt", text=first_line + _BODY))
    assert article.text.startswith(first_line.split()[0] + " " + first_line.split()[1])


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Harbour Mills, the town's largest employer whose looms ran for more than a century in the valley, "
            "yesterday closed its last factory, citing debts of more than $2 billion.",
            "Harbour Mills yesterday closed its last factory, citing debts of more than $2 billion",
        ),
        (
            "The ferry, the oldest in a fleet that has served the islands since the war, ran aground off the coast "
            "of Bergen early on Sunday morning with 200 people aboard.",
            "The ferry ran aground off the coast of Bergen early on Sunday morning",
        ),
        (
            "Nordvik Bank, a lender that grew from one branch on the quay into the largest bank of the coast, "
            "yesterday asked the state for a loan of 3 billion crowns to keep its doors open.",
            "Nordvik Bank yesterday asked the state for a loan of 3 billion crowns to keep its doors open",
        ),
    ],
)
def test_headline_a_long_description_of_the_subject_is_left_out(lead: str, expected: str) -> None:
    assert headline(lead) == expected


def test_headline_a_list_after_the_subject_is_no_description_of_it() -> None:
    lead = (
        "Ann Lee, Bo Berg, the two pilots of the morning ferry and the whole crew of the night boat, despite the "
        "storm warning that had closed the harbour on Sunday, sailed for Bergen at dawn."
    )
    assert not headline(lead).startswith("Ann Lee despite")


@pytest.mark.parametrize(
    "line",
    [
        "Ferry crews in northern Tromsdal voted on Monday to join the strike called by the union.",
        "Storms flooded farms across southern Vestland overnight, forcing hundreds of families to leave.",
        "The fleet sailed from central Oslo at dawn, carrying the last of the season's catch north.",
    ],
)
def test_headline_a_place_goes_on_after_its_compass_adjective(line: str) -> None:
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ferry Line Wins Award for Safest Crossing ...", "Ferry Line Wins Award for Safest Crossing"),
        ("Harbour Trust Warns of Rising Costs at the…", "Harbour Trust Warns of Rising Costs"),
        (
            "Nordvik Bank Gave Early Warning of Coastal 'Storm...",
            "Nordvik Bank Gave Early Warning of Coastal",
        ),
        ("Ferry sinks...", "Ferry sinks..."),
    ],
)
def test_headline_a_title_the_source_cut_short_keeps_its_whole_words(title: str, expected: str) -> None:
    assert without_ellipsis(title) == expected


def test_headline_a_quoted_title_case_word_counts_as_capitalised() -> None:
    paragraph = (
        "Mayor to Bergen: 'Ferries Sail Again' In case anyone doubted it, the first boat left the quay today."
    )
    assert run_in_opening(paragraph) == "Mayor to Bergen: 'Ferries Sail Again'"


@pytest.mark.parametrize(
    "lead",
    [
        "The harbour lab has built the first test fast enough to identify EU travellers carrying the new virus.",
        "The Bergen Singers have postponed Sunday's concerts in Oslo to July because of the ferry strike.",
        "The council's decision to ignore UN advice on the quarantine angered farmers across the valley.",
    ],
)
def test_headline_a_verb_goes_on_to_its_capitalised_object(lead: str) -> None:
    assert glued_headline(lead) is None


def test_headline_a_sentence_opening_on_a_preposition_after_a_participle_is_parted() -> None:
    line = "Harbour rescue: How crews are trained To see how the divers work, we spent a week on the quay."
    assert glued_headline(line) == "Harbour rescue: How crews are trained"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Ferry strike has ended Crews returned to the boats on Monday after a week of talks with the owners.",
            "Ferry strike has ended",
        ),
        (
            "Rail talks have collapsed Union leaders walked out of the meeting late on Tuesday night, a spokesman "
            "said.",
            "Rail talks have collapsed",
        ),
    ],
)
def test_headline_may_end_on_a_verb_without_an_object(line: str, expected: str) -> None:
    assert glued_headline(line) == expected


@pytest.mark.parametrize(
    ("lead", "start"),
    [
        (
            "Yesterday, the town council approved a budget for the coming year with deep cuts to libraries and "
            "parks, which residents say will hurt families.",
            "Yesterday, the town council approved",
        ),
        (
            "On Monday, the city council voted to close three libraries in the northern suburbs to save money, a "
            "move residents say will hurt families with young children.",
            "The city council voted",  # the opening phrase of time left out, the subject kept
        ),
    ],
)
def test_headline_a_phrase_of_time_is_no_subject_whose_description_goes(lead: str, start: str) -> None:
    assert headline(lead).startswith(start)


def test_headline_a_decade_is_no_quotation_left_open() -> None:
    title = "Designers Bring Back the Bold Colours of the '90s With a New Spring Collection..."
    assert without_ellipsis(title) == title[:-3]


def test_headline_a_participle_before_a_full_name_does_not_open_the_lead() -> None:
    first = (
        "Storm Leaves Island Villages Waiting Lee Okafor, the harbour master, said on Monday that the ferries would "
        "not sail until the wind dropped."
    )
    article = clean(RawArticle(source="t.txt", text=first + _BODY + "\nThe island villages waited for news."))
    assert not article.text.startswith("Waiting Lee")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Two boats were lost at sea Olsen has asked the navy to search the coast for the missing crews since "
            "dawn.",
            "Two boats were lost at sea",
        ),
        (
            "Crews are stranded or missing off Bergen Olsen Line has sent two boats to search the coast for "
            "them since dawn.",
            "Crews are stranded or missing off Bergen",
        ),
        (
            "The pictures have been taken down from the website Ann Lee, 41, was sacked by the council on "
            "Monday for posting them.",
            "The pictures have been taken down from the website",
        ),
    ],
)
def test_headline_a_second_clause_run_on_after_a_headline_clause_opens_the_lead(
    paragraph: str, expected: str
) -> None:
    assert run_in_opening(paragraph, names=True, proper=frozenset({"Bergen", "Olsen", "Lee"})) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # a clause after a word that takes one with no "that"
        "Officials in the port are confident Olsen Line has enough boats to carry everyone home before the storm.",
        # a clause joined by "and", and a role before the name
        "The ferries are late again and Olsen Line has apologised to the passengers waiting on the quay today.",
        "The storm is over for now said the ferry captain Ann Lee who has sailed the route for thirty years.",
        # two capitalised words the article writes together: one name
        "Crews are waiting at Olsen Line Ferry Terminal has been closed since the storm began on Monday night.",
        # a conjunction before the name opens its clause inside the sentence
        "Talks have stalled because Olsen has refused to sign the deal with the union this week.",
        "Crews had worked all night so Lee was able to sail at dawn with the first passengers.",
        "The port was closed before Lee had a chance to move the boats out of the harbour.",
        # "so" or "enough" before a clause with no "that"
        "The wind was so strong Olsen had to turn the ferry back to port before noon today.",
        "The vote was close enough Lee has asked for a recount of every ballot in the county.",
    ],
)
def test_headline_a_clause_that_may_follow_its_word_opens_no_lead(paragraph: str) -> None:
    found = run_in_opening(
        paragraph,
        names=True,
        named=frozenset({"Olsen Line", "Line Ferry"}),
        proper=frozenset({"Olsen", "Lee"}),
    )
    assert found is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The government on Friday chose a new director for the National Institute for Marine Research to lead "
            "the work of its scientists along the whole northern coast",
            "The government on Friday chose a new director",
        ),
        (
            "The university said on Monday it would close its research station at the Centre for Coastal Studies "
            "to save money after a year of heavy losses across every department",
            "The university said on Monday it would close its research station",
        ),
        # no cut outside the name: a cut inside it does rather than none
        (
            "Two former ministers on Tuesday joined the board of the Nordic Council on Foreign Trade to help the "
            "region sell more of its fish to buyers across the whole of Asia",
            "Two former ministers on Tuesday joined the board of the Nordic Council",
        ),
    ],
)
def test_headline_a_lead_is_not_cut_inside_a_name_that_holds_a_preposition(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Nearly a week after the storm, families living on the northern islands are still waiting for the "
            "ferries to run again between the ports",
            "Families living on the northern islands are still waiting",
        ),
        (
            "Two days into the strike, the pilots' union said it would not return to talks unless the company "
            "withdrew its offer of a pay freeze for two years",
            "The pilots' union said it would not return to talks unless the company withdrew its offer of a pay "
            "freeze for two years",
        ),
        (
            "Late on Sunday night in the old harbour, crews worked by torchlight to pull the last of the fishing "
            "boats clear of the rocks before the tide turned",
            "Crews worked by torchlight to pull the last of the fishing boats clear of the rocks before the tide "
            "turned",
        ),
    ],
)
def test_headline_an_opening_phrase_of_time_or_place_is_left_out(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a subject and its apposition: no opening phrase
        (
            "The ferry's captain, Ann Lee, said on Monday that the crossing had been the worst of her thirty "
            "years at sea and that the crew had done well",
            "The ferry's captain said on Monday that the crossing had been the worst of her thirty years at sea",
        ),
        (
            "About 40 fishermen on the northern islands, the region's poorest, have been told to stay in port "
            "until the storm has passed the coast later this week",
            "About 40 fishermen",
        ),
    ],
)
def test_headline_a_subject_before_a_comma_is_no_opening_phrase(lead: str, expected: str) -> None:
    assert headline(lead).startswith(expected)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Families on the northern islands, many of whom lost their boats in the storm, are still waiting for "
            "help from the ferry company",
            "Families on the northern islands",
        ),
        (
            "Travellers in Bergen, Molde and Alesund waited for hours on the quays as the ferries stayed in port "
            "for a third day",
            "Travellers in Bergen",
        ),
    ],
)
def test_headline_a_subject_with_a_phrase_of_place_before_a_comma_is_no_opening_phrase(
    lead: str, expected: str
) -> None:
    assert headline(lead).startswith(expected)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Hundreds of workers from the shipyard and their families marched in Bergen on Saturday to protest "
            "against the closure of the yard next year",
            "Hundreds of workers from the shipyard and their families marched in Bergen",
        ),
        (
            "The captain of the ferry and two of her crew were given medals by the king on Monday for bringing "
            "the boat home through the worst storm in years",
            "The captain of the ferry and two of her crew were given medals",
        ),
        (
            "Fishermen from the northern islands and their families have marched on the parliament in Oslo to "
            "protest against the new quotas for cod and herring",
            "Fishermen from the northern islands and their families have marched on the parliament",
        ),
        # a clause before "and": cut there
        (
            "The harbour authority closed the port to all traffic on Monday and the coastguard sent two boats to "
            "search for a fishing vessel missing since the weekend",
            "The harbour authority closed the port to all traffic on Monday",
        ),
    ],
)
def test_headline_a_lead_is_cut_at_and_only_after_a_verb(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("stretch", "word", "sentence"),
    [
        (
            "Divers search the wreck in the bay Rescue teams have found two more survivors on the island.",
            "rescue",
            "Rescue teams have found two more survivors on the island.",
        ),
        (
            "Power cuts hit homes across the region Engineers said supplies would return by the weekend.",
            "engineers",
            "Engineers said supplies would return by the weekend.",
        ),
        (
            "Schools close as snow keeps falling Parents were told to keep children at home until Friday.",
            "parents",
            "Parents were told to keep children at home until Friday.",
        ),
    ],
)
def test_headline_a_run_on_start_depends_on_the_words_around_each_time_it_is_asked(
    stretch: str, word: str, sentence: str
) -> None:
    for _ in range(2):  # asked again (remembered), with other words around
        assert stretch[run_on_start(stretch, frozenset({word})) :] == sentence
        assert run_on_start(stretch, frozenset({"other"})) == 0
        assert run_on_start(stretch, frozenset()) == 0


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ann Lee and her crew sail for charity in Bergen Lee (left) and the crew set off from the quay on a "
            "wet Monday morning.",
            "Ann Lee and her crew sail for charity in Bergen",
        ),
        (
            "On patrol with UN medics in Tromsdal UN medics are among hundreds of doctors helping in the valley "
            "this week.",
            "On patrol with UN medics in Tromsdal",
        ),
        (
            "Olsen Shipping cuts routes to the islands of Bergen Olsen said on Monday it would stop two of its "
            "ferries in the spring.",
            "Olsen Shipping cuts routes to the islands of Bergen",
        ),
    ],
)
def test_headline_a_name_said_again_after_a_place_opens_the_caption(paragraph: str, expected: str) -> None:
    proper = frozenset({"Bergen", "Tromsdal", "Lee", "UN", "Olsen"})
    assert run_in_opening(paragraph, names=True, proper=proper) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # after a first name, which the article does not write alone: one name
        "Ann Lee tribute concert: Bo Lee to sing her songs at the hall in the old harbour on Monday night.",
        # a name the article writes with the word before it: one name
        "Crews of the Olsen fleet stay in port as Bergen Olsen (the owner) waits for the storm to pass tonight.",
    ],
)
def test_headline_a_surname_after_another_name_goes_on_with_it(paragraph: str) -> None:
    proper = frozenset({"Bergen", "Lee", "Olsen"})
    found = run_in_opening(paragraph, names=True, named=frozenset({"Bergen Olsen"}), proper=proper)
    assert found is None or not found.endswith(("Bo", "Bergen"))


@pytest.mark.parametrize(
    ("lead", "fragment"),
    [
        # an opening phrase alone, with no comma closing it
        (
            "Over the last three winters, the ferry company has cut its crossings to the northern islands by half "
            "and raised its fares twice",
            "Over the last three winters",
        ),
        (
            "In a long interview with the harbour's own radio station that aired on Sunday, the mayor admitted "
            "that the new quay would open a year late",
            "In a long interview with the harbour's own radio station that aired on Sunday",
        ),
        # a subordinate clause alone
        (
            "When the newly elected mayor of the coastal town of Molde tried to close the old fish market in the "
            "spring of last year, traders marched on the town hall for a week",
            "When the newly elected mayor",
        ),
    ],
)
def test_headline_a_cut_never_leaves_an_opening_phrase_or_a_subordinate_clause_alone(
    lead: str, fragment: str
) -> None:
    assert not headline(lead).startswith(fragment)


@pytest.mark.parametrize(
    ("lead", "bad_end"),
    [
        # a clause opened by "that" cut before its verb
        (
            "The head of the coastguard told the committee on Tuesday that overcrowding on the older ferries "
            "sailing between the islands, not the weather, is the main danger this winter",
            "that overcrowding",
        ),
        # a word that takes its preposition
        (
            "Much of the criticism levelled at the harbour board over the last months has been based on figures "
            "that the board itself never published in full",
            "based",
        ),
        # an infinitive cut before its preposition
        (
            "The transport minister has widened the coastguard's powers to deal with ferries that sail without "
            "enough crew on board in the winter months",
            "to deal",
        ),
    ],
)
def test_headline_a_cut_never_leaves_a_clause_wanting_its_next_words(lead: str, bad_end: str) -> None:
    assert not headline(lead).endswith(bad_end)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a gerund subject with its verb is the sentence, not an opening phrase
        (
            "Checking whether a ferry is safe to sail is not simple and it can take a week to test every "
            "engine, an inspector said on Monday",
            "Checking whether a ferry is safe to sail is not simple",
        ),
        # a participial opening phrase is left out
        (
            "Looking out from the bridge of his old trawler at the empty quays along the harbour, Ole Berg said "
            "the fleet had never been so small",
            "Ole Berg said the fleet had never been so small",
        ),
    ],
)
def test_headline_an_opening_on_ing_is_left_out_only_when_it_is_no_subject(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a number's thousands comma is no apposition after the phrase
        (
            "On a cold evening last week, more than 2,000 people gathered outside the town hall in Molde to "
            "protest against the closing of the old hospital",
            "More than 2,000 people gathered outside the town hall",
        ),
        (
            "Over the last two winters, we have faced the worst season for the fishing fleet since the war ended",
            "We have faced the worst season for the fishing fleet since the war ended",
        ),
    ],
)
def test_headline_an_opening_phrase_before_a_count_or_a_pronoun_is_left_out(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Harbour Board Backs New Ferry Agency Sen. Ann Lee (D-Maine) chairs the panel",
            "Harbour Board Backs New Ferry Agency",
        ),
        ("Smoke Clears on Ferry Merger Rep. Ola B. Berg questions the board", "Smoke Clears on Ferry Merger"),
        ("Fate of Crossing Unclear As Union Resists Call to Delay Gov. Kari Holm, speaking in Molde", None),
    ],
)
def test_headline_a_title_case_headline_ends_where_a_person_is_named_by_title_and_full_name(
    title: str, expected: str | None
) -> None:
    assert named_after_title_case(title) == (expected or title.split(" Gov.")[0])


def test_headline_a_person_named_by_title_inside_a_sentence_case_headline_stays() -> None:
    assert named_after_title_case("Ferry line meets Sen. Ann Lee over the fares") is None


@pytest.mark.parametrize(
    "line",
    [
        "The mayor and the harbour master pressed Parliament yesterday to pay for the new quay before winter.",
        "Ann Lee and her husband visited Bergen last week to see the ferries that carried their grandparents.",
        "The head of the coastguard warned Norway's ferry lines on Monday that older ships must be retired.",
    ],
)
def test_headline_a_lead_is_not_cut_between_a_verb_in_the_past_and_its_object(line: str) -> None:
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a range of examples opening the sentence is left out, like an opening phrase
        (
            "From ferry lines that have cut their crossings to shipyards that have laid off welders, businesses "
            "along the coast are shrinking with startling speed to survive the slump",
            "Businesses along the coast are shrinking with startling speed to survive the slump",
        ),
        # no cut after a word of degree that wants its clause
        (
            "Ferry passengers on the northern routes may finally learn exactly whom they have to thank for the "
            "new timetable and for everything that has followed from it",
            "Ferry passengers on the northern routes may finally learn exactly whom they have to thank for the "
            "new timetable",
        ),
        # a quotation left open by the cut loses its opening mark
        (
            '"The harbour master had only one cure for every quarrel, great or small, and it was never kind',
            "The harbour master had only one cure for every quarrel",
        ),
    ],
)
def test_headline_a_range_opening_is_left_out_a_word_of_degree_keeps_its_clause_and_no_quote_is_left_open(
    lead: str, expected: str
) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Leaflets with advice about the new H7N3 strain are to be posted to every home on the islands this week.",
        "Ferry lines could face an even rougher winter than during the 2009 SARS scare if the strike goes on.",
        "A top adviser to the incoming Berg government unveiled a plan on Thursday to rebuild the old quays.",
    ],
)
def test_headline_a_lead_is_not_cut_between_an_adjective_and_the_name_that_opens_its_noun(line: str) -> None:
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The death toll from the fire at the ferry depot in the north of Bergen rose to 12 on Tuesday with "
            "at least 30 more in hospital",
            "The death toll from the fire at the ferry depot in the north of Bergen rose to 12",
        ),
        (
            "The spread of a new and troubling kind of fish disease in the northern fjords may be far milder "
            "than it first seemed, scientists said",
            "The spread of a new and troubling kind of fish disease in the northern fjords may be far milder "
            "than it first seemed",
        ),
    ],
)
def test_headline_a_cut_never_parts_the_subject_from_its_verb(lead: str, expected: str) -> None:
    assert headline(lead).startswith(expected)


@pytest.mark.parametrize(
    "line",
    [
        'Author of "Harbour Tales" and "The Long Crossing," novelist Ann Lee has made a name for herself at sea.',
        'Ole Berg, host of the "Morning Ferry" show, took questions from listeners on the new timetable today.',
    ],
)
def test_headline_no_cut_inside_a_quotation(line: str) -> None:
    head = glued_headline(line)
    assert head is None or head.count('"') % 2 == 0


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the verb of a relative clause is not the sentence's
        (
            "Many tired passengers who sailed to Bergen on the night ferry took pills to calm their stomachs, "
            "leading to a row over the crossing",
            "Many tired passengers who sailed to Bergen on the night ferry took pills to calm their stomachs",
        ),
        # a plural after a determiner is no verb
        (
            "Nearly all cases of the commonest disease of wild salmon spreading in the northern fjords now resist "
            "the main treatment used against it",
            "Nearly all cases of the commonest disease of wild salmon spreading in the northern fjords now resist "
            "the main treatment",
        ),
    ],
)
def test_headline_a_cut_keeps_the_main_verb_not_one_of_a_relative_clause_or_a_plural(
    lead: str, expected: str
) -> None:
    assert headline(lead).startswith(expected)


def test_headline_a_from_with_a_clause_before_its_to_is_no_range() -> None:
    lead = (
        "From the start the mayor has refused to talk to the union, and the strike has now entered its third week "
        "with no end in sight at the port."
    )
    assert headline(lead) == "From the start the mayor has refused to talk to the union"


def test_headline_a_participle_headline_before_a_standfirst_with_its_own_verb_is_parted() -> None:
    line = "Dozens of ferry passengers injured Rescue teams worked through the night to reach the ship."
    assert glued_headline(line) == "Dozens of ferry passengers injured"


@pytest.mark.parametrize(
    "title",
    [
        "Ferry Line Names Capt. Ann Lee As New Fleet Chief",
        "Harbour Board Thanks Dr. Ola Berg For Years of Service",
    ],
)
def test_headline_a_title_case_headline_may_name_a_person_by_title_and_full_name(title: str) -> None:
    assert named_after_title_case(title) is None


def test_headline_the_verb_of_a_that_clause_is_not_the_sentence_s() -> None:
    lead = (
        "The three winters that followed the collapse of the fishing industry in the northern towns were the "
        "hardest the coast had known in a century of records"
    )
    assert "were the hardest" in headline(lead)


_LEAD_BODY = (
    "The ferry line said the new boats would sail from the spring. Fares will rise by a tenth, and the harbour "
    "board expects the crossing to carry more passengers than ever. Crews welcomed the news, the union said. A "
    "single agency would run the crossing, and the fares crisis would end, the board's plan says."
)


def _title_of(first_line: str) -> str | None:
    return clean(RawArticle(source="t.txt", text=f"{first_line}\n\n{_LEAD_BODY}")).title


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "Harbour Board Backs New Ferry Agency Former Transport Secretary Ola B. Berg proposed a single "
            "ferry authority last spring, and the board agreed.",
            "Harbour Board Backs New Ferry Agency",
        ),
        (
            "Harbour Probe Into Ferry Fares Widens Bergen-based Nordlys Marine said it would cooperate fully with "
            "the inquiry.",
            "Harbour Probe Into Ferry Fares Widens",
        ),
        (
            "Many Reasons to Doubt the Crossing Plan Kari Nordby file photo",
            "Many Reasons to Doubt the Crossing Plan",
        ),
        (
            "Ferry Crews Weigh Strike Over Fares Norway's Transport Minister Jens Kvale walks with union leaders "
            "after the talks in Molde.",
            "Ferry Crews Weigh Strike Over Fares",
        ),
        (
            "The Ferry Fares Crisis and You Liv Dahl and Per Strand wonder whether they should sell their car and take "
            "the boat every day.",
            "The Ferry Fares Crisis and You",
        ),
    ],
)
def test_headline_a_title_case_headline_ends_where_a_lead_on_a_person_named_in_full_begins(
    first_line: str, expected: str
) -> None:
    assert _title_of(first_line) == expected


@pytest.mark.parametrize(
    "first_line",
    [
        "Ferry Line Names Ann Lee to Lead the Board",  # a name inside the headline, no lead after it
        "Markets Rally As Ferry Stocks Climb Shares rose sharply on the news from the harbour board.",
        "The harbour board's chief, Ann Lee, said the new boats would sail from the spring on every route.",
        # a preposition a Title Case headline keeps in lower case is no predicate
        "Angry Ferry Passengers Turn Against Mayor Ann Lee after Fare Rise",
        "Harbour Board Stands Firm Behind Chairman Ola Berg amid Fare Protests",
        # a name of three words, or with a particle, is not cut inside
        "Ferry Talks Resume Gholam Reza Karimi said on Friday that the talks would go on.",
        "Ferry Fares Rise Again Mary Ann Evans wrote about the sea in her novels.",
        "Ferry Fares Rise Again Ludwig van Beethoven once wrote a piece about the sea.",
        # a role named by its ending after another capitalised word may be one compound role
        "Ferry Fare Protest Turns Violent Police Officer Ola Berg was hurt in the clash.",
    ],
)
def test_headline_no_cut_before_words_that_are_no_lead_on_a_person(first_line: str) -> None:
    common = frozenset(re.findall(r"\b[a-z]{3,}\b", f"{first_line} {_LEAD_BODY}"))
    assert lead_on_a_name(first_line, common, frozenset(), frozenset()) is None


def test_headline_a_department_before_a_title_stays_with_the_lead_only_before_the_name() -> None:
    line = "Harbour Line Reports Record Profit Chief Executive Ola Berg said the demand for crossings was strong."
    assert _title_of(line) == "Harbour Line Reports Record Profit"


def test_headline_a_contracted_pronoun_opens_the_text_after_a_title_case_headline() -> None:
    line = (
        "Ferry Strike Ends After Nine Days We've waited long enough for this deal, the crews said on Monday."
    )
    assert _title_of(line) == "Ferry Strike Ends After Nine Days"


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "Ferry Line Caught on the Defensive Ann Lee, left, chair of the harbour board, answered questions "
            "from the crews.",
            "Ferry Line Caught on the Defensive",
        ),
        (
            "Harbour Board Takes Decisive Steps Ola Berg, right, signed the new ferry contract on Monday.",
            "Harbour Board Takes Decisive Steps",
        ),
    ],
)
def test_headline_an_adjective_in_ive_ends_a_title_case_headline_before_a_named_lead(
    first_line: str, expected: str
) -> None:
    assert _title_of(first_line) == expected


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "What Ferry Towns Can Learn From Bergen How do we keep the boats running through the winter?",
            "What Ferry Towns Can Learn From Bergen",
        ),
        (
            "The Harbour Strike Explained Why are the crews walking out again after the last deal?",
            "The Harbour Strike Explained",
        ),
    ],
)
def test_headline_a_question_opens_after_a_title_case_headline(first_line: str, expected: str) -> None:
    assert _title_of(first_line) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "For those carrying on the celebrations into the small hours of Sunday, Harbour Radio and Harbour FM "
            "broadcast live from this year's Quay Awards, with sets from the biggest names.",
            "Harbour Radio and Harbour FM broadcast live from this year's Quay Awards",
        ),
        (
            "For fans staying up past midnight on Friday, the harbour choir sings live from the quay until dawn "
            "with guests from every island.",
            "The harbour choir sings live from the quay until dawn with guests",
        ),
        (
            "For anyone heading out to the islands over the long weekend, the ferry line has added two extra "
            "crossings a day on the northern route.",
            "The ferry line has added two extra crossings a day on the northern route",
        ),
    ],
)
def test_headline_an_opening_naming_the_audience_is_left_out(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "Lee has a cold, not the new flu Harbour Secretary of Transport Ann Lee has twice been to Bergen in "
            "recent weeks.",
            "Lee has a cold, not the new flu",
        ),
        (
            "Berg denies any plan to quit the board Harbour Line Chairman Ola Berg told the crews on Monday that "
            "he would stay.",
            "Berg denies any plan to quit the board",
        ),
        (
            "Holm keeps her seat after the recount Councillor Kari Holm won by 12 votes when the ballots were "
            "counted again.",
            "Holm keeps her seat after the recount",
        ),
    ],
)
def test_headline_a_sentence_case_headline_ends_where_a_lead_names_its_person_again_in_full(
    first_line: str, expected: str
) -> None:
    assert _title_of(first_line) == expected


@pytest.mark.parametrize(
    "first_line",
    [
        "Ferry chief praised Lee as Harbour Secretary Ann Lee was sworn in at the quay on Monday morning.",
        "Lee returns to the harbour Hollywood actor Ann Lee has flown in supplies for the island crews.",
    ],
)
def test_headline_no_cut_before_a_name_after_a_preposition_or_a_role(first_line: str) -> None:
    common = frozenset(re.findall(r"\b[a-z]{3,}\b", f"{first_line} {_LEAD_BODY}"))
    assert same_person_again(first_line, common) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Nordlys Sjø collapsed yesterday as a new audit by the port board revealed that the ferry line's "
            "owners had hidden its mounting losses from the islands' councils for three years",
            "Nordlys Sjø collapsed yesterday",
        ),
        (
            "Shares in the Bergen shipyard fell sharply in early trading on the Oslo exchange yesterday after the "
            "yard's largest customer cancelled its order for four new ferries",
            "Shares in the Bergen shipyard fell sharply in early trading on the Oslo exchange yesterday",
        ),
        (
            'Lighthouse keeper and author of "The Long Night" and "Salt and Stone," Ann Lee has spent forty '
            "winters alone on the rock by choosing the night shifts that no other keeper wanted",
            'Lighthouse keeper and author of "The Long Night" and "Salt and Stone," Ann Lee has spent forty '
            "winters alone on the rock",
        ),
        (
            "The harbour board has asked the court to let it set aside two million kroner of its reserves for the "
            "families of the crews who lost their boats in the winter storm off the northern coast",
            "The harbour board has asked the court to let it set aside two million kroner of its reserves",
        ),
    ],
)
def test_main_news_cuts_a_lead_too_long_for_a_title_to_its_news(title: str, expected: str) -> None:
    assert main_news(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "The port board asked the harbour master to close the northern quay to all ferries and fishing boats "
            "until the council puts in place a plan to repair the storm damage",
            "The port board asked the harbour master to close the northern quay to all ferries and fishing boats",
        ),
        (
            "A hearing opened in Bergen on Monday to decide whether the pilot who steered the ferry onto the rocks "
            "near the harbour mouth should stand trial for negligence next spring",
            "A hearing opened in Bergen on Monday to decide whether the pilot who steered the ferry onto the rocks "
            "near the harbour mouth should stand trial for negligence next spring",
        ),
        (
            "The ferry line said the crossings would run as usual on the northern route while the new quay is built "
            "and the old one repaired over the coming winter months",
            "The ferry line said the crossings would run as usual on the northern route",
        ),
        (
            "The islanders want to know when the ferry line will restore the crossings to the outer islands that it "
            "cut by half last winter and whether the fares will come down again next year",
            "The islanders want to know when the ferry line will restore the crossings to the outer islands that it "
            "cut by half last winter and whether the fares will come down again next year",
        ),
    ],
)
def test_main_news_cuts_no_lead_after_a_verb_inside_its_clause_or_its_object(
    title: str, expected: str
) -> None:
    assert main_news(title) == expected


def test_main_news_leaves_a_title_short_enough_alone() -> None:
    title = "Nordlys Sjø collapsed yesterday as auditors found hidden losses"
    assert main_news(title) == title


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            'Ferry crews plead for fuel on the islands "We have two days of diesel left and then the boats stop," '
            "one skipper said.",
            "Ferry crews plead for fuel on the islands",
        ),
        (
            'Bergen quay flooded by the storm surge "The water came over the wall in seconds and we ran," said a '
            "harbour worker.",
            "Bergen quay flooded by the storm surge",
        ),
        (
            'Keeper of the northern light retires after forty winters "Nobody else wanted the night shifts, so I '
            'kept them," she said.',
            "Keeper of the northern light retires after forty winters",
        ),
    ],
)
def test_headline_ends_where_a_lead_opens_on_a_quotation(first_line: str, expected: str) -> None:
    assert glued_headline(first_line) == expected


@pytest.mark.parametrize(
    "first_line",
    [
        'The harbour master told the crews on the quay yesterday "We will not sail until the storm has passed," '
        "and the ferries stayed in port.",
        'The port board has launched a campaign called "Safe at Sea" across all of the islands this winter, with '
        "posters in every harbour.",
        'The skipper wrote in his log that night "Wind rising from the north and the swell is growing," before the '
        "radio went silent.",
    ],
)
def test_headline_no_cut_where_a_quotation_is_introduced(first_line: str) -> None:
    assert glued_headline(first_line) is None


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "Ola 'Stormy' Berg to skipper the new island ferry Ola \"Stormy\" Berg sailed the old route for twenty "
            "years before the yard closed.",
            "Ola 'Stormy' Berg to skipper the new island ferry",
        ),
        (
            'Harbour choir welcomes Kari "Songbird" Holm back Kari "Songbird" Holm sang at the quay every summer '
            "until her voice failed.",
            'Harbour choir welcomes Kari "Songbird" Holm back',
        ),
        (
            "Anna 'The Anchor' Olsen retires from the lifeboat crew Anna \"The Anchor\" Olsen joined the crew at "
            "sixteen and never missed a launch.",
            "Anna 'The Anchor' Olsen retires from the lifeboat crew",
        ),
    ],
)
def test_headline_a_nickname_in_quotation_marks_stays_inside_a_name_said_again(
    first_line: str, expected: str
) -> None:
    assert _title_of(first_line) == expected


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "The Ferry Crisis and You Anna Olsen and Per Lund wonder whether they should sell their island cabin "
            "this winter.",
            "The Ferry Crisis and You",
        ),
        (
            "The Fuel Shock and You Ann Berg and Per Lund wonder whether to keep their old car this winter.",
            "The Fuel Shock and You",
        ),
        (
            "Island Ferry Diaries Ola Nilsen spent a week on the night ferry with its crew and passengers.",
            "Island Ferry Diaries",
        ),
    ],
)
def test_headline_a_short_title_case_headline_ends_before_a_lead_on_a_person_named_in_full(
    first_line: str, expected: str
) -> None:
    assert _title_of(first_line) == expected


@pytest.mark.parametrize(
    "first_line",
    [
        "The harbour master salutes before boarding Harbour One launch at the northern quay in Bergen on Friday "
        "morning.",
        "Crowds cheer as the Formula One cars pass the old harbour wall in Bergen during the summer race weekend.",
        "Pilots train on the Falcon Two simulator at the harbour base in Bergen before the winter rescue season.",
    ],
)
def test_headline_a_number_word_after_a_name_is_part_of_the_name(first_line: str) -> None:
    title = _title_of(first_line)
    assert title is not None and not title.endswith(("Harbour", "Formula", "Falcon")), title


def test_headline_a_number_word_after_a_name_opens_a_lead_when_it_counts_people() -> None:
    first_line = (
        "Fever spreads at the harbour school in Bergen Four children and one teacher have been sent home with "
        "the virus this week."
    )
    assert _title_of(first_line) == "Fever spreads at the harbour school in Bergen"


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "The mayor finds a friend in Bergen Just wondering why the ferry page never answers my questions.",
            "The mayor finds a friend in Bergen",
        ),
        (
            "Ferry fares rise again in Molde Just what the islanders feared when the new contract was signed.",
            "Ferry fares rise again in Molde",
        ),
        (
            "Harbour board backs the new quay in Oslo Just days after the storm, work on the sea wall begins.",
            "Harbour board backs the new quay in Oslo",
        ),
    ],
)
def test_headline_a_capitalised_just_after_a_name_opens_the_text(first_line: str, expected: str) -> None:
    assert glued_headline(first_line) == expected


@pytest.mark.parametrize(
    "line",
    [
        'The smuggler Arne "Big Arne" Dahl and his crew were arrested in the harbour at Bergen on Monday night.',
        'Ferry captain Kari "Little Kari" Holm and her crew rescued nine fishermen off the coast near Molde.',
        'The skipper Ola "Old Ola" Berg and two deckhands were questioned by the harbour police on Tuesday.',
    ],
)
def test_run_in_opening_a_nickname_repeating_the_first_name_is_no_junction(line: str) -> None:
    assert run_in_opening(line, names=True) is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Sales of winter gear, including boots, coats and gloves, are expected to double along the coast "
            "this season, the traders' guild said.",
            "Sales of winter gear are expected to double along the coast this season",
        ),
        (
            "Repairs to the old quay, such as the sea wall, the cranes or the ferry ramp, will take most of the "
            "summer, the harbour board said on Monday.",
            "Repairs to the old quay will take most of the summer",
        ),
        (
            "Fares on every route, including the island loops, the night boats and the fjord cruises, will rise "
            "by a tenth in April, the ferry line said.",
            "Fares on every route will rise by a tenth in April",
        ),
    ],
)
def test_headline_a_list_of_examples_between_commas_is_left_out_whole(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The harbour board advised against all but essential sailing in the northern fjords on Tuesday, as "
            "the storm warnings for the coast were raised to red.",
            "The harbour board advised against all but essential sailing in the northern fjords",
        ),
        (
            "The ferry crews have done nothing but wait for the new contract since the spring, and the union says "
            "patience is running out on every route.",
            "The ferry crews have done nothing but wait for the new contract",
        ),
    ],
)
def test_headline_no_cut_where_but_means_except(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The next time you board a ferry in a storm, there is good reason to stay below deck.",
            "There is good reason to stay below deck",
        ),
        (
            "Every time the northern route closes for a storm, the island shops run out of fresh milk within days.",
            "The island shops run out of fresh milk within days",
        ),
        (
            "By the time the rescue boat reached the stranded ferry off the coast, the crew had already patched "
            "the hull.",
            "The crew had already patched the hull",
        ),
    ],
)
def test_headline_an_opening_clause_of_time_is_left_out(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Determined to keep the northern route open all winter, the ferry line added two boats and hired "
            "forty crew members on Monday.",
            "The ferry line added two boats and hired forty crew members on Monday",
        ),
        (
            "Without a deal to end the strike at the harbour, ferries stayed in port across the whole coast for a "
            "third day on Tuesday.",
            "Ferries stayed in port across the whole coast for a third day on Tuesday",
        ),
        (
            "Of all the ferries that sail the northern fjords, the oldest is the one the islanders love the most, "
            "a survey said.",
            "The oldest is the one the islanders love the most",
        ),
    ],
)
def test_headline_an_opening_participle_or_phrase_without_its_clause_is_left_out(
    lead: str, expected: str
) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "Without a new contract for the crews at the harbour Monday, ferries stayed in port, fares rose and "
            "shops ran short of milk.",
            None,
        ),
        (
            "After a week of storms along the northern coast Friday, boats returned, nets went out and the "
            "markets opened again.",
            None,
        ),
    ],
)
def test_glued_headline_no_junction_at_a_weekday_inside_the_sentence(first_line: str, expected: None) -> None:
    assert glued_headline(first_line) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Ferries stayed in port across the coast on Monday, fares rose, shops ran short of milk and the "
            "islands waited for news of the talks.",
            "Ferries stayed in port across the coast on Monday",
        ),
        (
            "The storm closed the harbour for three days this week, boats stayed home, nets rotted and the fish "
            "market shut its doors on Friday.",
            "The storm closed the harbour for three days this week",
        ),
    ],
)
def test_headline_a_list_of_clauses_is_no_aside(lead: str, expected: str) -> None:
    assert headline(lead) == expected


@pytest.mark.parametrize(
    "first_line",
    [
        'The mayor branded the ferry plan "Madness from start to finish" at a packed meeting in Bergen on Monday '
        "night.",
        'Passengers held banners reading "Save our ferry" outside the town hall in Bergen on Monday morning.',
        'Singer Kari Holm names her new album "Holm" after the family farm on the island where she grew up.',
    ],
)
def test_glued_headline_a_quoted_name_or_slogan_is_no_lead(first_line: str) -> None:
    assert glued_headline(first_line) is None


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            'Union calls fare rise "Robbery" Ferry crews walked out in Bergen on Monday over the new fares.',
            'Union calls fare rise "Robbery"',
        ),
        (
            'Minister says ferry plan is "Dead" Islanders cheered the news at the quay in Vik on Monday.',
            'Minister says ferry plan is "Dead"',
        ),
        (
            'Ferry named "Nordlys" Passengers will board the new boat in Bergen for the first time in May.',
            'Ferry named "Nordlys"',
        ),
    ],
)
def test_headline_a_quoted_word_ends_a_headline_before_its_lead(first_line: str, expected: str) -> None:
    assert _title_of(first_line) == expected


@pytest.mark.parametrize(
    "first_line",
    [
        "Fellow Board Members Ann Lee and Per Dahl voted against the plan at the meeting on Monday.",
        "Island Ferry Heroes Ann Lee and Per Dahl were given medals by the king in Oslo on Monday.",
        "Island Ferry Workers Ann Lee and Per Dahl have sailed the route for thirty years between them.",
    ],
)
def test_headline_a_plural_describing_people_stays_with_their_names(first_line: str) -> None:
    title = _title_of(first_line)
    assert title is not None and "Ann Lee" in title, title


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "Ferry sinks off Bergen One man is still missing after the storm, police said on Monday night.",
            "Ferry sinks off Bergen",
        ),
        (
            "Storm lashes Bergen Three were killed and dozens hurt when the roof of the ferry terminal fell in.",
            "Storm lashes Bergen",
        ),
        (
            "Gales batter Bergen One ferry sank and another ran aground on Monday night, the coastguard said.",
            "Gales batter Bergen",
        ),
        (
            "Ferry fares rise in Molde One in three islanders now pays more than a tenth of their wage on the "
            "crossing.",
            "Ferry fares rise in Molde",
        ),
    ],
)
def test_headline_a_number_that_counts_opens_the_lead_after_a_place(first_line: str, expected: str) -> None:
    assert _title_of(first_line) == expected


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "A Conversation With Ann Lee, Planner Poor towns have argued about it.",
            "A Conversation With Ann Lee, Planner",
        ),
        ("Storm Shuts the Northern Ports Heavy rain kept ferries in.", "Storm Shuts the Northern Ports"),
        (
            "Talks Collapse Over Harbour Fees at the Port Angry dockers walked out.",
            "Talks Collapse Over Harbour Fees at the Port",
        ),
        (
            "Ferry Line Chief Resigns After a Week of Strikes Several directors have left.",
            "Ferry Line Chief Resigns After a Week of Strikes",
        ),
        ("Fares Rise on the Northern Routes The increase is modest.", "Fares Rise on the Northern Routes"),
    ],
)
def test_headline_a_short_sentence_run_on_after_a_title_case_headline_is_parted(line: str, head: str) -> None:
    assert glued_headline(line) == head


@pytest.mark.parametrize(
    "line",
    [
        "The Northern Coast Ferry Authority declared an emergency on Thursday.",  # a name's end, then its verb
        "Harbour Board Meets in Bergen Over Fees Holm chairs the board.",  # a name the text writes
        "New Bridge Opens to Traffic in the Old Town Quarter Local Council said.",  # a name, then its verb
        "Ferry Strike Ends in Bergen as Crews Return Home Safe at last.",  # no verb after it
    ],
)
def test_headline_a_title_case_line_without_a_short_sentence_after_it_is_not_cut(line: str) -> None:
    assert glued_headline(line, names=frozenset({"Holm"})) is None


@pytest.mark.parametrize(
    "lead",
    [
        "Ola Berg and his wife Kari sailed the old ferry from Bergen to the islands every summer for thirty years.",
        "The harbour master and her husband Sven took the last boat out before the storm closed the port on Monday.",
        "Dock workers and their spokesman Ingrid walked out of the talks in Arlen after the board refused a raise.",
    ],
)
def test_headline_a_name_in_apposition_after_a_role_is_no_junction(lead: str) -> None:
    assert glued_headline(lead) is None


@pytest.mark.parametrize(
    "line",
    [
        "Norway Plans $40 Billion in Port Spending; Ferry Fares Frozen for a Year",
        "Ann Lee bought a $2 million Italianate villa in the hills above the harbour two years ago and sold it.",
        "The council spent 40 Norwegian crowns a head on the festival in the square last summer, its report said.",
    ],
)
def test_headline_a_number_keeps_its_number_word_and_modifiers(line: str) -> None:
    assert glued_headline(line, whole_sentence=False) is None


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Ferry deaths rise to 17 Officials in Bergen have closed the northern route for a week.",
            "Ferry deaths rise to 17",
        ),
        (
            "Ferry deaths rise to 17 The harbour's deputy master said the route would stay closed for a week.",
            "Ferry deaths rise to 17",
        ),
    ],
)
def test_headline_a_sentence_may_start_after_a_number(line: str, head: str) -> None:
    assert glued_headline(line) == head


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The ferry line now expects the sharpest and longest slump in traffic since the bridge "
            "opened in the spring of the year before last.",
            "and longest",
        ),
        (
            "The town council has approved a new and larger budget for the harbour, the bridge and the schools of "
            "the northern districts after a long debate.",
            "and larger",
        ),
    ],
)
def test_headline_adjectives_sharing_one_noun_are_not_parted(lead: str, expected: str) -> None:
    assert expected in headline(lead)


@pytest.mark.parametrize(
    "lead",
    [
        "Before Ann Lee and her husband, Bo, bought a house on the quay in Bergen two years ago, they had never "
        "owned a boat of any kind.",
        "When the mayor and her deputy, Nils Dahl, met the dock workers in the town hall last spring, they agreed "
        "on a new contract.",
        "After Ola Berg and his brother, Tor, sold the family's ferry line to a rival in the autumn, they opened a "
        "small boatyard.",
    ],
)
def test_headline_an_opening_clause_ends_past_a_name_set_off_in_commas(lead: str) -> None:
    title = headline(lead)
    assert title is not None and title.split()[0] == "They"


@pytest.mark.parametrize(
    ("lead", "subject"),
    [
        ("After the storm, Lee, the harbour master, said the port would reopen within a week or two.", "Lee"),
        (
            "When the ferry docked in Oslo, Lee, who had been at sea for a month, went straight to see her son.",
            "Lee",
        ),
    ],
)
def test_headline_a_name_after_an_opening_clause_is_its_sentences_subject(lead: str, subject: str) -> None:
    title = headline(lead)
    assert title is not None and title.split()[0] == subject


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Norway Could Lead the Region by First Fixing the Ferries on Its Own Northern Coast Its ministers have "
            "said so for years.",
            "Norway Could Lead the Region by First Fixing the Ferries on Its Own Northern Coast",
        ),
        (
            "Why the Ferry Line Lost Its Way on the Northern Route and What the Board Plans Now The line has lost "
            "money for years.",
            "Why the Ferry Line Lost Its Way on the Northern Route and What the Board Plans Now",
        ),
    ],
)
def test_headline_a_long_title_case_headline_is_parted_whole(line: str, head: str) -> None:
    assert glued_headline(line) == head


@pytest.mark.parametrize(
    ("title", "head"),
    [
        (
            "Lee Says Ferry Line Comes First Mayor Lee said on Monday that the port would reopen",
            "Lee Says Ferry Line Comes First",
        ),
        (
            "Berg Backs Harbour Deal Despite Doubts Prime Minister Berg told parliament the deal was sound",
            "Berg Backs Harbour Deal Despite Doubts",
        ),
        (
            "Holm Vows to Rebuild the Quay Sen. Holm promised voters a new harbour",
            "Holm Vows to Rebuild the Quay",
        ),
    ],
)
def test_title_again_after_title_case_parts_a_lead_naming_the_person_by_title(title: str, head: str) -> None:
    assert title_again_after_title_case(title) == head


@pytest.mark.parametrize(
    "title",
    [
        "Berg Named Police Chief Berg will start work at the harbour station in May",  # the title ends the headline
        "Lee Says Ferry Line Comes First President Berg said on Monday",  # another person
        "Ferry line chief says Mayor Lee agreed to the plan",  # no Title Case headline before it
    ],
)
def test_title_again_after_title_case_leaves_other_titles(title: str) -> None:
    assert title_again_after_title_case(title) is None


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Ferry Line Looms Large Over the Northern Coast What will the board decide about the routes next year?",
            "Ferry Line Looms Large Over the Northern Coast",
        ),
        (
            "Bergen Harbour Plans Face a Long Review Where does that leave the dock workers of the northern quay?",
            "Bergen Harbour Plans Face a Long Review",
        ),
    ],
)
def test_headline_a_question_run_on_after_a_title_case_headline_is_parted(line: str, head: str) -> None:
    assert glued_headline(line, whole_sentence=False) == head


def test_headline_a_surname_after_its_particle_goes_on_the_name() -> None:
    line = "The former president of the port authority Ana Maria da Costa told the board on Monday that fees would rise."
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Ferry crew rescued off the northern coast Ann Lee (c) and her crew spent a night in the water before "
            "help came.",
            "Ferry crew rescued off the northern coast",
        ),
        (
            "New bridge opens to traffic in the old town Ola Berg (left) cuts the ribbon with the mayor on Monday.",
            "New bridge opens to traffic in the old town",
        ),
        (
            "Harbour master to face an inquiry over the collision Nils Holm (r) denies any blame for the crash.",
            "Harbour master to face an inquiry over the collision",
        ),
    ],
)
def test_headline_a_caption_placing_its_people_in_the_picture_is_parted(line: str, head: str) -> None:
    assert glued_headline(line) == head


def test_headline_names_placed_in_a_picture_after_a_noun_for_people_are_that_nouns() -> None:
    line = "The mayor's children Ann (l) and Bo (r) opened the new harbour bath in Arlen on a cold Monday morning."
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Ferry line 'did not cut corners' Dr Berg is doing all she can to help the inquiry, her office says.",
            "Ferry line 'did not cut corners'",
        ),
        (
            "Harbour bath closed after the storm Mrs Holm said the repairs would take most of the summer.",
            "Harbour bath closed after the storm",
        ),
        (
            "Council to vote on the new quay plan Mr Dahl has asked for a delay until the spring.",
            "Council to vote on the new quay plan",
        ),
    ],
)
def test_headline_a_sentence_on_a_person_named_by_courtesy_title_is_parted(line: str, head: str) -> None:
    assert glued_headline(line) == head


@pytest.mark.parametrize(
    "line",
    [
        "The ferry line's chief testified that Dr Berg had said the crossing was safe on the night of the storm.",
        "The harbour master told reporters Mr Holm was not to blame for the collision with the old pier.",
        "The council heard from its deputy Dr Dahl, who said the quay would reopen in the spring after repairs.",
    ],
)
def test_headline_a_courtesy_title_inside_a_clause_opens_no_sentence(line: str) -> None:
    assert glued_headline(line) is None


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Port hires a new chief Lindqvist will start work at the harbour in May after a long search.",
            "Port hires a new chief",
        ),
        ("Ferry Strike in Bergen: What we know so far about the talks and the fares", None),
        ("Ferry Line Sacks Chief Executive Ann Young and two aides quit.", None),
        ("Port Authority Names Interim Director Tom Little and staff welcomed him.", None),
        (
            "The harbour master and her son Mark took the last boat out before the storm closed the port.",
            None,
        ),
        ("Firefighters thanked neighbours Ann Lee (left) and Bo Dahl for their help on Monday night.", None),
        (
            "The council praised volunteers Ann Lee (left) and Bo Dahl for their work in the storm on Friday.",
            None,
        ),
    ],
)
def test_headline_junctions_a_review_found_misread(line: str, head: str | None) -> None:
    assert glued_headline(line, whole_sentence=False) == head


@pytest.mark.parametrize(
    ("line", "head"),
    [
        # a name of no word list after a role, a preposition after it
        ("Singer visits his wife Mette in hospital after the crash on the coast road near Bergen.", None),
        ("Fisherman rescues his brother Tomas from icy water as the storm hits the northern coast.", None),
        # a plural that names no people before placed names
        (
            "Storm halts ferry crossings Ann Lee (left) and her son Bo wait at the quay for the first boat.",
            "Storm halts ferry crossings",
        ),
        # participles of a headline, before their noun or with no object after them
        (
            "Stranded passengers wait at the quay Ann Lee (left) and her son Bo sleep on the benches overnight.",
            "Stranded passengers wait at the quay",
        ),
        (
            "Crew feared lost at sea Ann Lee (left) waits for news of her son at the harbour office.",
            "Crew feared lost at sea",
        ),
        (
            "Floods Hit Leith and the Coast Again Heavy rain kept the ferries in.",
            "Floods Hit Leith and the Coast Again",
        ),
        ("Storm Hits Oslo Hard Many of the ferries stayed in port.", "Storm Hits Oslo Hard"),
    ],
)
def test_headline_junctions_a_second_review_found_misread(line: str, head: str | None) -> None:
    assert glued_headline(line, whole_sentence=False) == head


@pytest.mark.parametrize(
    "lead",
    [
        "After the storms, Lee, the harbour master, said the port would reopen within a week or two.",
        "After years of delays, Lee, the harbour master, said the port would reopen within a week or two.",
    ],
)
def test_headline_a_name_after_an_opening_clause_on_a_plural_is_its_subject(lead: str) -> None:
    title = headline(lead)
    assert title is not None and title.startswith("Lee said")


@pytest.mark.parametrize(
    "title",
    [
        "Council Backs Mayor Lee Over Port Plan Mayor Lee has said the vote was fair",
        "Council Backs Mayor Lee Over Port Plan Mayor Lee confirmed the vote was fair",
    ],
)
def test_title_again_after_title_case_takes_speech_after_its_auxiliary_and_more_verbs(title: str) -> None:
    assert title_again_after_title_case(title) == "Council Backs Mayor Lee Over Port Plan"


def test_headline_a_name_set_off_after_a_noun_for_a_person_in_ee_stays_in_the_clause() -> None:
    lead = "When the refugee, Amal Haddad, reached Oslo in 2015, she spoke no Norwegian at all, she said."
    assert headline(lead) == "She spoke no Norwegian at all"


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "Flood alert: Families wait for news Residents queuing at the bridge hoped for word of the missing.",
            "Flood alert: Families wait for news",
        ),
        (
            "Port strike: Crews stay out for a third week Dockers gathering at the gate on Monday heard the plan.",
            "Port strike: Crews stay out for a third week",
        ),
        (
            "Ferry sinking: Islanders mourn their neighbours Norwegians living in the town lit candles by the quay.",
            "Ferry sinking: Islanders mourn their neighbours",
        ),
        (
            "Drought: Farmers fear for the harvest Growers inspecting parched fields say it will be the worst yet.",
            "Drought: Farmers fear for the harvest",
        ),
    ],
)
def test_headline_a_caption_on_a_group_runs_on_after_a_labelled_headline(line: str, head: str) -> None:
    assert glued_headline(line, names=names_in(line + " " + line)) == head


@pytest.mark.parametrize(
    ("line", "plural"),
    [
        ("Visa rules: new limits for Americans living abroad take effect on Monday, officials said.", 5),
        ("Budget: the deal angers Republicans seeking deeper cuts in spending this year.", 4),
        ("Health: young Norwegians living longer than ever, a new study of the census finds.", 2),
        ("Norway: Norwegians living abroad may vote by post from next year, the ministry said.", 1),
        ("Ferry row: the crew and Islanders agree to talks on the timetable next week.", 4),
        ("Port strike: dockers walk out, Crews gathered at the gate on Monday to hear the plan.", 5),
        ("Weather: rain spreads east Winds gusts of up to ninety miles an hour are forecast.", 4),
        (
            "Energy: Bills for the homes Britons heat with oil will rise sharply this winter, the regulator warns.",
            5,
        ),
        (
            "Port strike: Crews stay out for a third week Dockers gathered at the gate on Monday to hear it.",
            9,
        ),
    ],
)
def test_headline_no_caption_after_a_labelled_headline_where_the_plural_belongs_to_it(
    line: str, plural: int
) -> None:
    words = line.split()
    assert caption_after_labelled_headline(words, plural) is False
