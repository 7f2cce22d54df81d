"""Sentences of the analysis: a blank line always ends one."""

from __future__ import annotations

import pytest

from storyline.analyse.nlp import load_nlp
from storyline.analyse.run import analyse_doc


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Ferry strike enters its third day", "Crews walked off the boats at dawn on Monday."),
        ("The harbour master says the quay stays shut until Friday", "Hundreds of cars queued at the port."),
        ("Photo: the ferry aground off Bergen", "Two tugs pulled it free on the evening tide."),
    ],
)
def test_analysis_a_paragraph_without_a_stop_is_a_sentence_of_its_own(paragraphs: tuple[str, str]) -> None:
    text = "\n\n".join(paragraphs)
    analysis = analyse_doc(load_nlp()(text), "a", None)
    told = [text[s.start : s.end].strip() for s in analysis.sentences]
    assert told == list(paragraphs)
