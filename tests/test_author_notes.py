"""An author's note glued to the lead under it is parted from the lead, kept out of the title and the text."""

from __future__ import annotations

import pytest

from storyline.clean.author_notes import author_note_opening
from storyline.clean.cleaner import clean
from storyline.models import RawArticle


@pytest.mark.parametrize(
    ("paragraph", "note"),
    [
        (
            "Prof Ann Lee is Director of the Harbour Research Institute Fishermen along the coast have reported "
            "record catches this spring.",
            "Prof Ann Lee is Director of the Harbour Research Institute",
        ),
        (
            "Jon Berg is a Visiting Fellow at the Nordic Policy Centre Ministers meeting last night agreed to cut "
            "fuel duty.",
            "Jon Berg is a Visiting Fellow at the Nordic Policy Centre",
        ),
        (
            "Prof Ann Lee is Former Director of the Harbour Institute Fishermen along the coast have reported "
            "record catches.",
            "Prof Ann Lee is Former Director of the Harbour Institute",
        ),
        (
            "Ms Dahl is Chair of the BMA Doctors in training are threatening to strike over rotas next month.",
            "Ms Dahl is Chair of the BMA",
        ),
        (
            "Dr Nygaard is Head of Surgery at Bergen University Hospital Patients across the region have waited "
            "months for operations.",
            "Dr Nygaard is Head of Surgery at Bergen University Hospital",
        ),
    ],
)
def test_author_note_opening_finds_the_note_before_a_lead(paragraph: str, note: str) -> None:
    assert author_note_opening(paragraph) == note


@pytest.mark.parametrize(
    "paragraph",
    [
        "Dr Ann Lee is Director of the Institute for Marine Studies and has studied the fjord for twenty years.",
        "Ann Lee is Professor of Law at Oslo University, where she teaches maritime law to first-year students.",
        "Jon Berg is Head of Research at the Nordic Policy Centre.",
        "The ferry is Pride of Bergen Crews worked through the night to free her from the sandbank.",
        "Oslo is Capital of Culture in the Year Ahead Residents of the city are planning a festival in June.",
        "Ann Lee is Director of Education at the University of Tromso Research Council in Norway.",
        "The council said Ms Dahl is Chair of the Harbour Board and would stand down when her term ends.",
        "Prof Ann Lee is Director of the Harbour Research Institute Police Chief Per Olsen said on Monday that "
        "the harbour would close.",
        "Bergen is Champion of Norway Fans danced in the streets until dawn after the final whistle.",
        "Ann Lee is New Chief of Harbour Police Officers across the city welcomed the choice on Monday.",
        "Per Olsen is the New Head of Harbour Bank Shares in the bank rose by a tenth after the board named him.",
        "Mayor Ann Lee was Head of the Harbour Police Documents seen by this newspaper show that she ordered it.",
    ],
)
def test_author_note_opening_leaves_other_sentences(paragraph: str) -> None:
    assert author_note_opening(paragraph) is None


def test_clean_keeps_an_author_note_out_of_the_title_and_the_text() -> None:
    lead = (
        "Prof Ann Lee is Director of the Harbour Research Institute Fishermen along the coast have reported "
        "record catches this spring, and prices at the quayside auctions have fallen by a third."
    )
    more = "The institute counts the catch landed at each port every week from April to October."
    a = clean(RawArticle(source="t.txt", text=f"{lead}\n\n{more}"))
    assert (
        a.title.startswith("Fishermen along the coast"),
        a.text.startswith("Fishermen"),
        a.boilerplate,
    ) == (
        True,
        True,
        ("Prof Ann Lee is Director of the Harbour Research Institute",),
    )
