"""Property-based tests: no exception escapes the readers or the cleaner on arbitrary input."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.clean import clean
from storyline.ingest import RawArticle, Skipped, read
from storyline.ingest.jsonl import read_jsonl

SUFFIXES = [".txt", ".html", ".jsonl", ".xml", ".warc", ".gz", ".jsonl.gz", ""]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUFFIXES))
def test_property_readers_never_raise_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / f"input{suffix}"
        f.write_bytes(data)
        items = list(read(f))
    assert all(isinstance(i, (RawArticle, Skipped)) for i in items)


@FAST
@given(text=st.text(max_size=3000))
def test_property_jsonl_reader_never_raises_on_arbitrary_text(text: str) -> None:
    assert all(isinstance(i, (RawArticle, Skipped)) for i in read_jsonl(text, "x.jsonl"))


@FAST
@given(text=st.text(max_size=3000), title=st.one_of(st.none(), st.text(max_size=80)))
def test_property_clean_never_raises_and_keeps_text_within_input(text: str, title: str | None) -> None:
    article = clean(RawArticle(source="x", text=text, title=title))
    words = set(text.split())
    assert all(w.strip("*_[]()<>\\`#") in text or w in words for w in article.text.split()[:50])
