"""Furniture known from the corpus: an outlet's recurring off-subject paragraphs are never told; news stays."""

from __future__ import annotations

from storyline.merge.furniture import evidence, furniture_spans, strip_furniture, topical, without
from storyline.models import Analysis, Article, Claim, Span

LEAD = "Ferry crews walked out on Tuesday over pay, stranding hundreds of passengers at the Bergen quay."
MIDDLE = "The union said the strike at the Bergen quay would last until the ferry company raised pay."
PROMO = "Get the Harbour Gazette app"
TEXT = f"{LEAD}\n\n{MIDDLE}\n\n{PROMO}"


def article(text: str = TEXT, outlet: str | None = "Harbour Gazette") -> Article:
    return Article("a-1", "a.txt", text, outlet=outlet)


def test_merge_furniture_evidence_marks_edges_shortness_and_subject() -> None:
    rows = {key: flags for key, *flags in evidence(article())}
    assert rows["get the harbour gazette app"] == [True, True, False]


def test_merge_furniture_a_paragraph_sharing_the_articles_words_is_on_its_subject() -> None:
    assert topical(MIDDLE, LEAD) and not topical(PROMO, LEAD + MIDDLE)


def test_merge_furniture_annotations_inside_furniture_are_left_out() -> None:
    a = article()
    spans = furniture_spans(a, frozenset({"get the harbour gazette app"}))
    start = TEXT.index(PROMO)
    analysis = Analysis(
        "a-1",
        sentences=(Span(0, len(LEAD)), Span(start, len(TEXT))),
        claims=(Claim(start, start + 3, "Get", 1.0),),
    )
    kept = without(analysis, spans)
    assert (kept.sentences, kept.claims) == ((Span(0, len(LEAD)),), ())


def test_merge_furniture_each_outlet_has_its_own_furniture() -> None:
    gazette, other = article(), Article("a-2", "b.txt", TEXT, outlet="Fjord Post")
    analyses = {
        a.id: Analysis(a.id, sentences=(Span(TEXT.index(PROMO), len(TEXT)),)) for a in (gazette, other)
    }
    keys = {"Harbour Gazette": frozenset({"get the harbour gazette app"}), "Fjord Post": frozenset()}
    told = strip_furniture([gazette, other], analyses, keys.__getitem__)
    assert (told["a-1"].sentences, len(told["a-2"].sentences)) == ((), 1)
