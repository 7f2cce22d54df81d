"""Cleaning: debris removed and kept aside, metadata taken from the page's furniture, on hand-made pages."""

from __future__ import annotations

import pytest

from storyline.clean import clean
from storyline.models import RawArticle

P1 = "The council voted on Monday to close the old bridge to lorries after engineers found cracks in two piers."
P2 = "Repairs are expected to take most of the summer, the council's transport chief, Lena Ortt, told reporters."
P3 = "Residents said the closure would add twenty minutes to the school run."


def raw(text: str, **kw) -> RawArticle:
    return RawArticle(source="t.txt", text=text, **kw)


def test_clean_title_byline_and_date_lines_become_metadata() -> None:
    a = clean(raw(f"\nBridge closed to lorries\n\nBy [Ana Pell](#)\n\nMay 07, 2013\n\n{P1}\n\n{P2}"))
    assert (a.title, a.author, a.published.date, a.published.method) == (
        "Bridge closed to lorries",
        "Ana Pell",
        "2013-05-07",
        "byline",
    )
    assert a.text == f"{P1}\n\n{P2}"


def test_clean_date_line_with_time_is_read() -> None:
    a = clean(raw(f"Bridge closed\nMarch 4, 2014, 8:13 am\n\n{P1}"))
    assert a.published.date == "2014-03-04"


def test_clean_banner_and_footer_debris_kept_in_boilerplate() -> None:
    text = f"Support The Harbour Gazette!\n\nBridge closed\n\n{P1}\n\n{P2}\n\nRelated articles:\n\n- [Old story](#)\n\nRead more"
    a = clean(raw(text))
    assert a.text == f"{P1}\n\n{P2}"
    assert a.boilerplate == ("Support The Harbour Gazette!", "Related articles:", "- Old story", "Read more")


def test_clean_credit_line_names_outlet_and_author() -> None:
    a = clean(raw(f"Bridge closed\n\n{P1}\n\nMira Holt with inputs from Agencies for The Harbour Gazette"))
    assert (a.outlet, a.author, a.text) == ("The Harbour Gazette", "Mira Holt", P1)


def test_clean_material_from_line_names_outlet() -> None:
    a = clean(
        raw(f"Bridge closed\n\n{P1}\n\n***Material from The Harbour Gazette is included in this report.***")
    )
    assert a.outlet == "The Harbour Gazette" and "Material" not in a.text


def test_clean_original_url_line_becomes_url_and_dates_article() -> None:
    a = clean(
        raw(f"Bridge closed\n\n{P1}\n\nOriginal url:\n\n<https://www.gazette.example/2013/05/07/bridge-a1>")
    )
    assert (a.url, a.published.date, a.published.method, a.outlet) == (
        "https://www.gazette.example/2013/05/07/bridge-a1",
        "2013-05-07",
        "url",
        "gazette.example",
    )


def test_clean_paragraph_repeated_in_one_article_is_kept() -> None:
    a = clean(raw(f"Bridge closed\n\n{P1}\n\n{P3}\n\n{P2}\n\n{P3}"))
    assert a.text == f"{P1}\n\n{P3}\n\n{P2}\n\n{P3}" and a.boilerplate == ()


def test_clean_caption_with_agency_credit_removed() -> None:
    a = clean(raw(f"Bridge closed\n\nThe bridge at dawn [AP]\n\n{P1}"))
    assert a.text == P1


def test_clean_paragraph_split_mid_sentence_is_rejoined() -> None:
    a = clean(raw(f"Bridge closed\n\nThe council has so far only\n\nclosed the bridge to lorries.\n\n{P3}"))
    assert a.text == f"The council has so far only closed the bridge to lorries.\n\n{P3}"


def test_clean_metadata_title_wins_and_its_line_is_dropped() -> None:
    a = clean(
        raw(f"Bridge closed to lorries\n\n{P1}", title="Bridge closed to lorries", published="2013-05-07")
    )
    assert (a.title, a.text, a.published.method) == ("Bridge closed to lorries", P1, "metadata")


def test_clean_sentence_first_line_is_not_a_title() -> None:
    a = clean(raw(f"{P1}\n{P2}"))
    assert a.text.startswith(P1) and a.title.startswith("The council voted")


def test_clean_a_headline_run_into_the_lead_is_the_title_and_leaves_the_text() -> None:
    lead = "Hundreds of passengers spent the night on board the stranded ferry at Bergen harbour."
    a = clean(raw(f"Ferries stranded after storm {lead}\n\n{P1}"))
    assert (a.title, a.text) == ("Ferries stranded after storm", f"{lead}\n\n{P1}")


def test_clean_a_headline_and_standfirst_run_into_the_lead_are_parted() -> None:
    standfirst = "The harbour master says the quay will stay shut until the storm has passed"
    lead = "Hundreds of passengers spent the night on board the stranded ferry at Bergen harbour."
    a = clean(raw(f"Ferries stranded after storm {standfirst} {lead}\n\n{P1}"))
    assert (a.title, a.text) == ("Ferries stranded after storm", f"{standfirst}\n\n{lead}\n\n{P1}")


@pytest.mark.parametrize(
    "caption",
    [
        "Tugs have pulled the ferry clear of the rocks off Bergen",
        "Passengers were taken ashore by lifeboat to Bergen",
        "Crews waited for the tide at the harbour mouth",
    ],
)
def test_clean_a_caption_run_into_a_later_paragraph_becomes_a_paragraph_of_its_own(caption: str) -> None:
    sentence = "In the harbour, divers checked the hull for damage before the ferry sailed on Tuesday."
    a = clean(raw(f"{P1}\n\n{caption} {sentence}"))
    assert a.text == f"{P1}\n\n{caption}\n\n{sentence}"


def test_clean_a_declared_title_run_into_the_lead_leaves_the_text() -> None:
    lead = "Hundreds of passengers spent the night on board the stranded ferry at Bergen harbour."
    a = clean(raw(f"Ferries stranded after storm {lead}\n\n{P1}", title="Ferries stranded after storm"))
    assert (a.title, a.text) == ("Ferries stranded after storm", f"{lead}\n\n{P1}")


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        (
            "Pilots rescue ferry crew off Bergen",
            "Harbour master Anna Olsen praised the pilots who rescued the crew of the stranded ferry in a storm",
        ),
        (
            "Lorry ban begins on the old bridge at Tarn",
            "Council engineers say the ban on lorries will stay until the piers of the bridge are mended",
        ),
        (
            "Singer flies supplies to Oslo",
            "Rock singer Mara Lind has flown her own plane to deliver supplies to families cut off by the floods",
        ),
    ],
)
def test_clean_a_long_title_whose_standfirst_restates_it_keeps_its_headline(
    headline: str, standfirst: str
) -> None:
    assert clean(raw(f"{P1}\n\n{P2}", title=f"{headline} {standfirst}")).title == headline


def test_clean_title_found_without_one_is_the_first_that_reads_as_a_headline() -> None:
    text = f"Ferry fares to rise * The operator is not responsible for the content of this release.\n\n{P1}"
    assert clean(raw(text)).title == "Ferry fares to rise"


def test_clean_header_cut_at_its_stamp_keeps_the_standfirst_as_content() -> None:
    text = (
        "Ferry freed from the rocks at last Tugs pulled the stranded ferry clear after a night off Bergen "
        "Monday 2 March 2015 09.10 GMT The ferry ran aground on Sunday evening in thick fog near the harbour "
        "mouth, the coastguard said, and its 140 passengers were taken ashore by lifeboat."
    )
    a = clean(raw(text))
    assert a.title == "Ferry freed from the rocks at last"
    assert a.text.startswith("Tugs pulled the stranded ferry clear after a night off Bergen\n\nThe ferry ran")


def test_clean_header_with_a_name_run_across_the_cut_loses_nothing_of_the_body() -> None:
    text = (
        "Steward taken to hospital after flight from Oslo World Health Organisation asks countries to watch for "
        "flu Monday 2 March 2015 09.10 GMT A cabin crew member was taken to hospital on Sunday after a flight "
        "from Oslo, the airline said, and was being tested for flu."
    )
    assert clean(raw(text)).text.startswith("A cabin crew member was taken to hospital")


def test_clean_language_detected() -> None:
    assert clean(raw(f"Bridge closed\n\n{P1} {P2}")).language == "en"


def test_clean_explicit_text_is_never_wholly_dropped() -> None:
    a = clean(raw("Read more", explicit_text=True))
    assert (a.text, a.boilerplate) == ("Read more", ())


def test_clean_explicit_text_still_loses_recognised_debris() -> None:
    a = clean(raw(f"{P1}\n\nRead more", explicit_text=True))
    assert (a.text, a.boilerplate) == (P1, ("Read more",))


def test_clean_sentence_naming_for_the_year_is_not_a_credit_line() -> None:
    a = clean(raw("The firm's revenue for the year came to EUR40m."))
    assert (a.text, a.outlet) == ("The firm's revenue for the year came to EUR40m.", None)


def test_clean_gender_star_inside_a_word_is_kept() -> None:
    a = clean(raw(f"{P1}\n\nAlle Schüler*innen und Lehrer*innen kamen am Montag, **sagte** die Direktorin."))
    assert a.text.endswith("Alle Schüler*innen und Lehrer*innen kamen am Montag, sagte die Direktorin.")


def test_clean_chinese_paragraph_is_body_not_title() -> None:
    text = (
        "日内瓦峰会周一开幕，各国领导人将讨论气候变化和能源安全问题。会议预计持续三天，闭幕时将发表联合声明。"
    )
    a = clean(raw(f"日内瓦峰会开幕\n\n{text}"))
    assert (a.title, a.text, a.language) == ("日内瓦峰会开幕", text, "zh")


def test_clean_japanese_paragraph_without_a_title_line_keeps_a_short_fallback_title() -> None:
    text = "ジュネーブで月曜日に首脳会議が開幕し、各国の首脳が気候変動とエネルギー安全保障について話し合う。"
    a = clean(raw(text))
    assert a.text == text and a.title.endswith("…") and len(a.title) < 30 and a.language == "ja"


def test_clean_a_wire_dateline_names_the_outlet_when_nothing_better_does() -> None:
    a = clean(raw(f"Bridge closed\n\nBERGEN (Reuters) - {P1}"))
    assert (a.outlet, a.text) == ("Reuters", P1)


def test_clean_reporters_credited_are_not_an_outlet() -> None:
    a = clean(
        raw(f"Bridge closed\n\n{P1}\n\nReporting by Ann Lee and Tom Roe in Bergen; Editing by Kim Dahl")
    )
    assert a.outlet is None and a.text == P1


def test_clean_a_sentence_or_question_credited_is_not_an_outlet() -> None:
    a = clean(raw(f"Bridge closed\n\n{P1}\n\nThis article first appeared in Will the bridge ever reopen?"))
    assert a.outlet is None


def test_clean_a_first_line_that_is_no_headline_gives_way_to_one_from_the_text() -> None:
    for furniture in (
        "Copy the link and paste it into your messages",
        "Please tap the button below to turn on sound",
        "Nh n d n t i c ng v o s ng",
    ):
        text = (
            f"{furniture}\n\nThe harbour reopened on Monday after a week of storms closed it to ferries. "
            "Crews worked through the night."
        )
        title = clean(RawArticle(source="t.txt", text=text)).title
        assert title == "The harbour reopened on Monday after a week of storms closed it to ferries", (
            furniture
        )


def test_clean_a_headline_caption_and_lead_run_together_are_three_paragraphs() -> None:
    caption = "The crews picket the quay in Bergen on Monday"
    lead = "Hundreds of passengers spent the night on board the stranded ferry at Bergen harbour."
    a = clean(raw(f"Ferry strike spreads to Oslo {caption} {lead}\n\n{P1}"))
    assert (a.title, a.text) == ("Ferry strike spreads to Oslo", f"{caption}\n\n{lead}\n\n{P1}")


def test_clean_a_line_broken_inside_a_ticker_is_joined_again() -> None:
    raw = RawArticle(
        source="t",
        text="Ferry maker Nordship (NSHIP.\nOL) said on Monday it would cut 300 jobs at its Bergen yard.\n"
        "Shipbuilder Fjordverft (FJV.\nL) said it would hire them.\nThe union welcomed both.",
    )
    text = clean(raw).text
    assert "(NSHIP.OL) said" in text and "(FJV.L) said" in text


def test_clean_a_title_quoting_a_book_over_two_lines_loses_its_open_mark() -> None:
    raw = RawArticle(
        source="t",
        text='"The harbour master had one way of settling every quarrel, great or small.\n'
        "'Off to the brig!'\nSo it goes in the port of Bergen, where the new board has fired half its staff.",
    )
    assert clean(raw).title == "The harbour master had one way of settling every quarrel, great or small"


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        (
            "HARBOUR REOPENS AFTER STORM Crews returned to the boats on Monday as the wind dropped.",
            ["HARBOUR REOPENS AFTER STORM", "Crews returned to the boats on Monday as the wind dropped."],
        ),
        (
            "FOLK FESTIVAL ON NRK RADIO FOLK NRK Radio Folk plays the final concert live on Sunday evening.",
            [
                "FOLK FESTIVAL ON NRK RADIO FOLK",
                "NRK Radio Folk plays the final concert live on Sunday evening.",
            ],
        ),
        (
            "FERRY STRIKE ENDS Crews returned to the boats on Monday after a week on the quay.",
            ["FERRY STRIKE ENDS", "Crews returned to the boats on Monday after a week on the quay."],
        ),
        (
            "STRIKE ENDS AT THE PORT Ann Lee of the harbour union said on Monday that talks were over.",
            ["STRIKE ENDS AT THE PORT", "Ann Lee of the harbour union said on Monday that talks were over."],
        ),
        (
            "STRIKE SHUTS THE NRK Union Leader Ann Lee said on Monday that the talks had failed.",
            ["STRIKE SHUTS THE NRK", "Union Leader Ann Lee said on Monday that the talks had failed."],
        ),
        (
            "FERRY TIMES - WHAT TO KNOW Timetables change from Monday, the operator said on Friday.",
            ["FERRY TIMES - WHAT TO KNOW", "Timetables change from Monday, the operator said on Friday."],
        ),
    ],
)
def test_clean_parts_a_subheading_in_capitals_from_the_sentence_it_runs_into(
    paragraph: str, parts: list[str]
) -> None:
    text = f"{P1}\n\n{paragraph}\n\n{P2}"
    assert clean(raw(text)).text.split("\n\n")[1:3] == parts


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO AND EU LEADERS met on Friday to agree the new harbour defence plan for the north.",
        '"WE ARE NOT AFRAID," Ann Lee told the crowd gathered on the quay on Saturday night.',
        "HELP IS COMING, President Ann Lee promised the islanders cut off by the storm.",
        "US FDA CEO Ann Lee said the new drug was safe for children over twelve.",
        "HARBOUR BOOKS OF THE YEAR The Tides of Bergen and Other Stories By Ann Lee | Fjord Press.",
        "UNICEF UK CEO Ann Lee said the aid had reached the islands by boat on Monday.",
        "PROFESSOR ANN LEE - Tides Of Bergen Unlike most writers of the coast she grew up inland.",
        "WE WILL NOT LEAVE. Ann Lee told the crowd on the quay that the families would stay.",
    ],
)
def test_clean_keeps_a_paragraph_opening_on_capitals_that_is_no_subheading_whole(paragraph: str) -> None:
    assert paragraph in clean(raw(f"{P1}\n\n{paragraph}\n\n{P2}")).text.split("\n\n")
