"""Property-based tests: no exception escapes the readers or the cleaner on arbitrary input, text survives
decoding, and re-ingesting the same input changes nothing."""

from __future__ import annotations

import json
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storyline.clean import clean
from storyline.models import Analysis
from storyline.pipeline import ingest
from storyline.readers import Notice, RawArticle, Skipped, read
from storyline.readers.decode import decode
from storyline.readers.jsonl import read_jsonl
from storyline.store import Store

SUFFIXES = [".txt", ".html", ".jsonl", ".xml", ".warc", ".gz", ".jsonl.gz", ""]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUFFIXES))
def test_property_readers_never_raise_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / f"input{suffix}"
        f.write_bytes(data)
        items = list(read(f))
    assert all(isinstance(i, (RawArticle, Skipped, Notice)) for i in items)


@FAST
@given(text=st.text(max_size=3000))
def test_property_jsonl_reader_never_raises_on_arbitrary_text(text: str) -> None:
    assert all(isinstance(i, (RawArticle, Skipped)) for i in read_jsonl(text, "x.jsonl"))


@FAST
@given(text=st.text(max_size=3000), title=st.one_of(st.none(), st.text(max_size=80)))
@example(text="0\\[0", title="0")
def test_property_clean_never_raises_and_keeps_text_within_input(text: str, title: str | None) -> None:
    article = clean(RawArticle(source="x", text=text, title=title))
    text = unicodedata.normalize("NFC", text)  # cleaning composes characters (U+F900 is U+8C48)
    words = set(text.split())
    unescaped = text.replace("\\", "")  # a Markdown escape ("\\[") is read as the character it escapes
    kept = (
        w.strip("*_[]()<>\\`#") in text or w in words or w in unescaped for w in article.text.split()[:50]
    )
    assert all(kept)


PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")


@FAST
@given(text=st.text(PRINTABLE, min_size=1, max_size=2000))
def test_property_utf8_text_decodes_to_itself(text: str) -> None:
    assert decode(text.encode("utf-8")) == text


@FAST
@given(
    records=st.lists(
        st.fixed_dictionaries(
            {"title": st.text(PRINTABLE, max_size=40), "text": st.text(max_size=400)},
            optional={"id": st.integers(0, 3), "language": st.sampled_from(["en", "fr", "EN-gb", ""])},
        ),
        max_size=8,
    )
)
def test_property_reingest_is_idempotent(records: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.jsonl"
        dump.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        with Store(Path(tmp) / "s.db") as store:
            first = ingest([dump], store, analyser=no_analysis)
            before = _snapshot(store)
            second = ingest([dump], store, analyser=no_analysis)
            assert second.added == 0
            assert second.unchanged == first.added + first.unchanged
            assert _snapshot(store) == before


def no_analysis(articles):
    return [Analysis(a.id) for a in articles]


def _snapshot(store: Store) -> list[tuple]:
    articles = [(a.id, a.text, a.title, a.language, a.duplicate_of) for a in store.articles()]
    stories = store.conn.execute(
        "SELECT article_id, story_id FROM story_articles ORDER BY article_id"
    ).fetchall()
    return sorted(articles) + [tuple(s) for s in stories]
