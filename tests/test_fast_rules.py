"""The attribute rules matched by arrays and the lemmas asked once per word annotate every token as the model's
stock pipeline does."""

from __future__ import annotations

import spacy

from storyline.analyse.attribute_rules import RuleIndex
from storyline.analyse.lemmas import KnownWords
from storyline.analyse.nlp import MODEL, doc_text, load_nlp, remember_text

TEXTS = [
    "Y'all gon na see it , ai n't it ? Let 's go , c'mon !",
    "There is a ferry that gets to Bergen , and there were two that got stuck .",
    "The council's 12 members voted 7-5 on Tuesday; she'd said it wasn't over.\n\nRescuers   searched the harbour.",
    "",
]


def test_attribute_rules_by_arrays_and_kept_lemmas_annotate_tokens_as_the_stock_pipeline_does() -> None:
    stock = spacy.load(MODEL)
    stock.add_pipe("storyline_paragraphs", before="parser")
    ours = load_nlp()
    assert isinstance(getattr(ours.get_pipe("attribute_ruler").match, "__self__", None), RuleIndex)
    assert "storyline_lemmas" in ours.pipe_names and "lemmatizer" in ours.disabled
    for text in TEXTS:
        a, b = stock(text), ours(text)
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in a] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in b
        ]


def test_known_words_answer_in_as_the_list_they_hold_does() -> None:
    words = ["harbour", "ferry", "crossing", "ferry"]
    known = KnownWords(words)
    probes = ["ferry", "Ferry", "harbours", "", "crossing"]
    assert list(known) == words and [p in known for p in probes] == [p in words for p in probes]


def test_a_docs_text_remembered_from_its_string_is_the_text_spacy_joins() -> None:
    nlp = load_nlp()
    for text in TEXTS:
        assert doc_text(remember_text(nlp(text), text)) == nlp(text).text == text


def test_a_string_the_doc_was_not_made_from_is_not_remembered() -> None:
    nlp = load_nlp()
    doc = remember_text(nlp("The ferry sailed."), "The ferry sailed at noon.")
    assert doc_text(doc) == "The ferry sailed."
