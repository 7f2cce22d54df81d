"""Bad input is named and skipped, never raised, and the rest of the batch goes on."""

from __future__ import annotations

import gzip
import json
import socket
import time
import tracemalloc
from pathlib import Path

import pytest

import storyline.readers.fetch as fetching
from storyline.models import Analysis
from storyline.pipeline import ingest
from storyline.readers import Fetcher, FetchPolicy, RawArticle, Skipped, read, read_all
from storyline.readers.limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, MAX_LINE_CHARS
from storyline.store import Store

RUSSIAN = "Министр иностранных дел заявил в четверг, что конференция состоится в июне. " * 3
ENGLISH = (
    "Ferry crews walked out on Tuesday over pay, stranding hundreds of passengers at the harbour, the union "
    "said. The strike is expected to last until 14 March 2025, officials said. "
) * 2
FRENCH = "Le ministre a déclaré jeudi que la conférence aurait lieu à Genève en juin, après l'été. " * 3


def no_analysis(articles):
    return [Analysis(a.id) for a in articles]


def only(items) -> RawArticle | Skipped:
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_bad_input_empty_file_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("  \n")
    item = only(read(f))
    assert isinstance(item, Skipped) and item.reason == "empty file"


def test_bad_input_binary_file_named_txt_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    item = only(read(f))
    assert isinstance(item, Skipped) and "binary" in item.reason


def test_bad_input_cp1251_text_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "ru.txt"
    f.write_bytes(RUSSIAN.encode("cp1251"))
    item = only(read(f))
    assert isinstance(item, RawArticle) and "конференция" in item.text


def test_bad_input_latin1_text_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "fr.txt"
    f.write_bytes(FRENCH.encode("latin-1"))
    item = only(read(f))
    assert isinstance(item, RawArticle) and "déclaré" in item.text


def test_bad_input_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "fr16.txt"
    f.write_bytes(FRENCH.encode("utf-16"))
    item = only(read(f))
    assert isinstance(item, RawArticle) and "Genève" in item.text


def test_bad_input_declared_html_charset_is_used(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><article><p>{RUSSIAN}</p></article></body></html>'
    f = tmp_path / "ru.html"
    f.write_bytes(page.encode("cp1251"))
    item = only(read(f))
    assert isinstance(item, RawArticle) and "конференция" in item.text


def test_bad_input_truncated_gzip_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl.gz"
    f.write_bytes(gzip.compress(b'{"text": "' + b"word " * 2000 + b'"}\n')[:60])
    item = only(read(f))
    assert isinstance(item, Skipped) and "gzip" in item.reason


def test_bad_input_malformed_feed_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "feed.xml"
    f.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>broken')
    item = only(read(f))
    assert isinstance(item, Skipped) and "feed" in item.reason


def test_bad_input_feed_with_entity_declarations_is_refused(tmp_path: Path) -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    f = tmp_path / "bomb.rss"
    f.write_text(bomb + "<rss><channel><item><title>&b;</title></item></channel></rss>")
    item = only(read(f))
    assert isinstance(item, Skipped) and "entit" in item.reason


def test_bad_input_html_without_article_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "nav.html"
    f.write_text("<html><body><nav><a href='/'>Home</a> | <a href='/a'>About</a></nav></body></html>")
    item = only(read(f))
    assert isinstance(item, Skipped) and "no article text" in item.reason


def test_bad_input_missing_path_is_skipped_and_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Title\n\n" + FRENCH)
    items = list(read_all([tmp_path / "nope.txt", good]))
    assert [type(i).__name__ for i in items] == ["Skipped", "RawArticle"]


# --- encodings, size limits and hostile markup ----------------------------------------------------------------


def test_bad_input_mixed_utf8_and_cp1252_file_keeps_both_parts(tmp_path: Path) -> None:
    f = tmp_path / "joined.txt"
    f.write_bytes(("Title\n\n" + FRENCH + " “quoted” ").encode() + "Un café fermé à Genève.".encode("cp1252"))
    item = only(read(f))
    assert isinstance(item, RawArticle)
    assert (
        "Genève en juin" in item.text and "“quoted”" in item.text and "Un café fermé à Genève." in item.text
    )


def test_bad_input_file_over_the_size_limit_is_skipped_unread(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: the size is what counts, nothing is written
    item = only(read(f))
    assert isinstance(item, Skipped) and f"over the {MAX_FILE_BYTES:,}-byte limit" in item.reason


def test_bad_input_100000_line_jsonl_is_read_in_bounded_memory(tmp_path: Path) -> None:
    f = tmp_path / "many.jsonl"
    with f.open("w", encoding="utf-8") as out:
        for i in range(100_000):
            out.write(
                json.dumps({"id": i, "title": f"Report {i}", "text": f"Crews walked out on day {i}."}) + "\n"
            )
    size = f.stat().st_size
    tracemalloc.start()
    try:
        kept = sum(isinstance(item, RawArticle) for item in read(f))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert kept == 100_000
    assert peak < 2.5 * size, f"peak {peak:,} bytes for a {size:,}-byte file"


def test_bad_input_100000_line_text_file_is_refused_by_the_article_limit(tmp_path: Path) -> None:
    f = tmp_path / "log.txt"
    f.write_text("Title\n\n" + "".join(f"Line {i} of the council log.\n" for i in range(100_000)))
    report = ingest([f], Store(tmp_path / "s.db"), analyser=no_analysis)
    assert report.added == 0
    assert f"over the {MAX_ARTICLE_CHARS:,} limit" in only(report.skipped).reason


def test_bad_input_gzip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    f = tmp_path / "bomb.jsonl.gz"
    f.write_bytes(gzip.compress(b"\0" * (MAX_FILE_BYTES + (1 << 20)), compresslevel=9))
    assert f.stat().st_size < 200_000
    item = only(read(f))
    assert isinstance(item, Skipped) and "decompresses to over the" in item.reason


def test_bad_input_deeply_nested_html_is_skipped_not_raised(tmp_path: Path) -> None:
    f = tmp_path / "deep.html"
    f.write_text(
        "<html><body>" + "<div>" * 100_000 + f"<p>{FRENCH}</p>" + "</div>" * 100_000 + "</body></html>"
    )
    item = only(read(f))
    assert isinstance(item, Skipped) and "no article text" in item.reason


def test_bad_input_deeply_nested_feed_is_read_without_error(tmp_path: Path) -> None:
    nested = "<x>" * 50_000 + "</x>" * 50_000
    f = tmp_path / "deep.rss"
    f.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Deep</title><description>{ENGLISH}</description>{nested}</item></channel></rss>"
    )
    item = only(read(f))
    assert isinstance(item, RawArticle) and item.title == "Deep"


def test_bad_input_entity_declarations_after_a_long_prolog_are_refused(tmp_path: Path) -> None:
    levels = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 6))
    bomb = f'<?xml version="1.0"?><!--{"x" * 100_000}--><!DOCTYPE rss [<!ENTITY e0 "aaaaaaaaaa">{levels}]>'
    f = tmp_path / "padded.xml"
    f.write_text(bomb + f"<rss><channel><item><title>&e5;</title><description>{ENGLISH}</description></item>")
    item = only(read(f))
    assert isinstance(item, Skipped) and "entit" in item.reason


def test_bad_input_entities_declared_in_html_are_not_expanded(tmp_path: Path) -> None:
    f = tmp_path / "ent.html"
    f.write_text(
        '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"<html><body><article><p>&b; &x; {ENGLISH}</p></article></body></html>"
    )
    item = only(read(f))
    assert isinstance(item, RawArticle)
    assert "aaaaaaaaaa" not in item.text and "root:" not in item.text


# --- feeds whose links cannot be fetched ----------------------------------------------------------------------


def local_links() -> Fetcher:
    return Fetcher(FetchPolicy(links_of_files=True, allow_private=True))


def _feed(links: list[str]) -> str:
    items = "".join(f"<item><title>Teaser {i}</title><link>{u}</link></item>" for i, u in enumerate(links))
    whole = f"<item><title>Whole</title><description>{ENGLISH}</description></item>"
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}{whole}</channel></rss>'
    )


def test_bad_input_feed_links_to_a_refusing_host_are_skipped_and_the_rest_kept(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again on leaving: connections are refused
    f = tmp_path / "wire.rss"
    f.write_text(_feed([f"http://127.0.0.1:{port}/a", f"http://127.0.0.1:{port}/b"]))
    items = list(read(f, local_links()))
    assert [type(i).__name__ for i in items] == ["Skipped", "Skipped", "RawArticle"]
    assert "ConnectError" in items[0].reason and "unreachable earlier" in items[1].reason
    assert [i.source.rsplit("/", 1)[1] for i in items[:2]] == ["wire.rss#1", "wire.rss#2"]
    assert items[2].title == "Whole"


def test_bad_input_feed_links_to_a_silent_host_cost_one_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetching, "HTTP_TIMEOUT_S", 0.5)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # the kernel completes connections that nobody ever answers
        base = f"http://127.0.0.1:{silent.getsockname()[1]}"
        f = tmp_path / "wire.rss"
        f.write_text(_feed([f"{base}/{n}" for n in range(6)]))
        started = time.monotonic()
        items = list(read(f, local_links()))
    assert time.monotonic() - started < 3
    assert [type(i).__name__ for i in items] == ["Skipped"] * 6 + ["RawArticle"]
    assert "Timeout" in items[0].reason


# --- JSONL, duplicate ids, other languages --------------------------------------------------------------------


def test_bad_input_jsonl_broken_lines_are_skipped_by_number_and_good_lines_kept(tmp_path: Path) -> None:
    good = {"id": "g1", "title": "Ferry", "text": "Line one\u2028still the same record. " + ENGLISH}
    lines = [
        json.dumps(good).encode(),
        b'{"id": "t", "text": "truncated',
        b'{"id": "bad-utf8", "text": "caf\xe9 ' + ENGLISH.encode() + b'"}',
        b"[1, 2, 3]",
        b'{"id": "n", "text": null}',
        b'{"id": "big", "text": "' + b"x" * (MAX_LINE_CHARS + 1) + b'"}',
        json.dumps({"id": "g2", "title": "Bridge", "text": FRENCH}, ensure_ascii=False).encode(),
    ]
    f = tmp_path / "dump.jsonl"
    f.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read(f))
    kept = [i for i in items if isinstance(i, RawArticle)]
    assert [i.metadata["record_id"] for i in kept] == ["g1", "bad-utf8", "g2"]
    assert (
        "\u2028still the same record" in kept[0].text and "café" in kept[1].text and "Genève" in kept[2].text
    )
    assert sorted(i.source.rsplit(":", 1)[1] for i in items if isinstance(i, Skipped)) == ["2", "4", "5", "6"]


def test_bad_input_duplicate_ids_with_different_content_are_both_kept(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    records = [
        {"id": "42", "title": "Ferry strike", "text": ENGLISH},
        {"id": "42", "title": "Ferry strike", "text": ENGLISH.replace("Tuesday", "Wednesday")},
        {"id": "42", "title": "Ferry strike", "text": ENGLISH},
    ]
    f.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    store = Store(tmp_path / "s.db")
    report = ingest([f], store, analyser=no_analysis)
    assert (report.added, report.unchanged, store.count()) == (2, 1, 2)
    stored = store.articles()
    assert {a.metadata["record_id"] for a in stored} == {"42"}
    assert {"Tuesday" in a.text for a in stored} == {True, False}


def test_bad_input_declared_language_tags_are_normalised(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    tags = ["en-GB", "EN", "fr_FR", "not a language", 7]
    f.write_text("\n".join(json.dumps({"text": ENGLISH, "language": t, "title": str(t)}) for t in tags))
    assert [i.language for i in read(f)] == ["en", "en", "fr", None, None]


def test_bad_input_other_languages_are_marked_and_not_analysed_as_english(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in [("en", ENGLISH), ("fr", FRENCH), ("ru", RUSSIAN)]:
        (folder / f"{name}.txt").write_text(f"{name.upper()} title\n\n{text}", encoding="utf-8")
    store = Store(tmp_path / "s.db")
    ingest([folder], store)
    articles = {a.language: a for a in store.articles()}
    assert set(articles) == {"en", "fr", "ru"}
    analyses = store.analyses([a.id for a in articles.values()])
    english = analyses[articles["en"].id]
    assert english.sentences and english.dates
    for lang in ("fr", "ru"):
        other = analyses[articles[lang].id]
        assert not (other.sentences or other.mentions or other.dates or other.quotes or other.claims), lang
