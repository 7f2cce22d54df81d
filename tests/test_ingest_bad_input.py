"""Bad input is named and skipped, never raised, and the rest of the batch goes on."""

from __future__ import annotations

import gzip
from pathlib import Path

from storyline.ingest import RawArticle, Skipped, read, read_all

RUSSIAN = "Министр иностранных дел заявил в четверг, что конференция состоится в июне. " * 3
FRENCH = "Le ministre a déclaré jeudi que la conférence aurait lieu à Genève en juin, après l'été. " * 3


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
