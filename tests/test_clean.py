"""Cleaning: debris removed and kept aside, metadata taken from the page's furniture, on hand-made pages."""

from __future__ import annotations

from storyline.clean import clean, line_key
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
    a = clean(raw(f"Bridge closed\nOctober 7, 2013, 10:55 am\n\n{P1}"))
    assert a.published.date == "2013-10-07"


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


def test_clean_repeated_caption_removed() -> None:
    caption = "Engineers inspect the north pier of the bridge on Monday"
    a = clean(raw(f"Bridge closed\n\n{caption}\n\n{caption}\n\n{P1}"))
    assert a.text == P1 and a.boilerplate == (caption, caption)


def test_clean_caption_with_agency_credit_removed() -> None:
    a = clean(raw(f"Bridge closed\n\nThe bridge at dawn [AP]\n\n{P1}"))
    assert a.text == P1


def test_clean_recurring_outlet_line_removed_only_with_evidence() -> None:
    line = "Get our morning briefing"
    text = f"Bridge closed\n\n{P1}\n\n{line}\n\n{P3}"
    assert line in clean(raw(text)).text
    assert line not in clean(raw(text), recurring=frozenset({line_key(line)})).text


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


def test_clean_language_detected() -> None:
    assert clean(raw(f"Bridge closed\n\n{P1} {P2}")).language == "en"
