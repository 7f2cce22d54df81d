"""Mentions cleaned from spaCy's NER, and roles linked to the person the text gives them to."""

from __future__ import annotations

from storyline.analyse.entities import find_mentions, find_roles


def _texts(doc, label: str) -> list[str]:
    return [m.text for m in find_mentions(doc) if m.label == label]


def test_entities_honorific_and_possessive_kept_out_of_the_span(nlp):
    doc = nlp("Mr Holm's plan was welcomed in Oslo on Tuesday.")
    mentions = find_mentions(doc)
    holm = next(m for m in mentions if "Holm" in m.text)
    assert (holm.text, doc.text[holm.start : holm.end]) == ("Holm", "Holm")


def test_entities_leading_article_stripped(nlp):
    doc = nlp("The plan was discussed at the United Nations in New York on Monday.")
    assert "United Nations" in _texts(doc, "ORG")


def test_entities_offsets_point_into_the_text(nlp):
    doc = nlp("Anna Olsen met Jon Holm in Oslo, and the U.S. and Norway agreed to talk.")
    assert all(doc.text[m.start : m.end] == m.text for m in find_mentions(doc))


def test_entities_mention_never_crosses_a_line_break(nlp):
    doc = nlp("Photo: Ida Strand\nAnna Olsen arrived in Oslo.")
    assert all("\n" not in m.text for m in find_mentions(doc))


def test_entities_title_before_name_is_a_role(nlp):
    doc = nlp("Icelandic Foreign Minister Jon Holm arrived in Bergen on Monday.")
    roles = find_roles(doc, find_mentions(doc))
    assert [(r.text, r.person.text) for r in roles] == [("Icelandic Foreign Minister", "Jon Holm")]


def test_entities_apposition_is_a_role(nlp):
    doc = nlp("He met Jon Holm, the Icelandic foreign minister, in Bergen.")
    roles = find_roles(doc, find_mentions(doc))
    assert [(r.text, r.person.text) for r in roles] == [("Icelandic foreign minister", "Jon Holm")]
