"""The attribute rules matched by arrays annotate every token as the model's stock pipeline does."""

from __future__ import annotations

import spacy

from storyline.analyse.attribute_rules import RuleIndex
from storyline.analyse.nlp import MODEL, load_nlp

TEXTS = [
    "Y'all gon na see it , ai n't it ? Let 's go , c'mon !",
    "There is a ferry that gets to Bergen , and there were two that got stuck .",
    "The council's 12 members voted 7-5 on Tuesday; she'd said it wasn't over.\n\nRescuers   searched the harbour.",
    "",
]


def test_attribute_rules_by_arrays_annotate_tokens_as_the_stock_pipeline_does() -> None:
    stock = spacy.load(MODEL)
    stock.add_pipe("storyline_paragraphs", before="parser")
    ours = load_nlp()
    assert isinstance(getattr(ours.get_pipe("attribute_ruler").match, "__self__", None), RuleIndex)
    for text in TEXTS:
        a, b = stock(text), ours(text)
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in a] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_) for t in b
        ]
