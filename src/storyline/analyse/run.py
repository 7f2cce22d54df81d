"""Runs the per-article analysis: one spaCy pass per text, then each extractor on the same Doc."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Analysis, Article, Span
from .claims import find_claims
from .dates import find_dates
from .entities import find_mentions
from .nlp import doc_text, load_nlp, remember_text
from .quotes import find_quotes

BATCH_SIZE = 32


def analyse_doc(doc: Doc, article_id: str, reference: date | None) -> Analysis:
    """Every annotation of one article, from its parsed Doc and its publication day (if known)."""
    mentions = find_mentions(doc)
    text = doc_text(doc)
    return Analysis(
        article_id=article_id,
        sentences=tuple(
            Span(s.start_char, s.end_char) for s in doc.sents if text[s.start_char : s.end_char].strip()
        ),
        mentions=tuple(mentions),
        dates=tuple(find_dates(doc, reference)),
        quotes=tuple(find_quotes(doc, mentions)),
        claims=tuple(find_claims(doc)),
    )


def reference_day(article: Article) -> date | None:
    """The day relative dates resolve against: the publication date when it is a single known day."""
    day = article.published.date
    return date.fromisoformat(day) if day else None


def analyse_articles(
    articles: Sequence[Article], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Analysis]:
    """Analyses of ``articles``, in order, streaming (``nlp.pipe`` batches the parsing)."""
    nlp = nlp or load_nlp()
    english = [a for a in articles if is_english(a)]
    docs = iter(nlp.pipe((a.text for a in english), batch_size=batch_size))
    for article in articles:
        if is_english(article):
            yield analyse_doc(remember_text(next(docs), article.text), article.id, reference_day(article))
        else:
            yield Analysis(article_id=article.id)


def is_english(article: Article) -> bool:
    """Only English text goes through the English model; other languages are stored, marked, not analysed."""
    return article.language in (None, "en")
