"""Bytes to text: the declared charset, then UTF-8, then a guess that judges code pages by the letter frequencies
of the languages written in them, on short texts where a detector has few bytes to go on."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.readers import RawArticle, read
from storyline.readers.decode import decode

SHORT = [
    ("latin-1", "Le sommet de Genève s'ouvre lundi."),
    ("latin-1", "Talks in Genève ended on Monday."),
    ("cp1252", "“Die Schüler aus Zürich” – sagte er… 5 €"),
    ("cp1252", "El niño comió en la estación. ¿Qué pasó?"),
    ("cp1250", "Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("cp1250", "Zażółć gęślą jaźń w Łodzi."),
    ("cp1251", "Министр заявил в четверг."),
    ("cp1251", "Міністр заявив у четвер."),
]


@pytest.mark.parametrize(("encoding", "text"), SHORT)
def test_encoding_short_text_in_a_single_byte_code_page_is_decoded(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["Le sommet de Genève s'ouvre lundi.", "Министр заявил в четверг."])
def test_encoding_utf16_without_a_byte_order_mark_is_decoded(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_encoding_declared_charset_wins() -> None:
    page = '<html><head><meta charset="windows-1250"></head><body>Genève</body></html>'
    assert "Genève" not in decode(page.encode("cp1252")) and "Genčve" in decode(page.encode("cp1252"))


def test_encoding_latin1_label_is_read_as_cp1252_as_browsers_do() -> None:
    page = '<?xml version="1.0" encoding="iso-8859-1"?><p>“Quoted” – Genève</p>'
    assert "“Quoted” – Genève" in decode(page.encode("cp1252"))


def test_encoding_short_latin1_file_keeps_its_accents(tmp_path: Path) -> None:
    f = tmp_path / "geneve.txt"
    f.write_bytes("Sommet de Genève\n\nLes ministres se réunissent à Genève lundi.".encode("latin-1"))
    (item,) = list(read(f))
    assert isinstance(item, RawArticle) and "à Genève lundi" in item.text


def test_encoding_east_asian_multi_byte_text_is_still_detected() -> None:
    text = "日内瓦峰会周一开幕，各国领导人将讨论气候变化和能源安全问题。"
    assert decode(text.encode("gb18030")) == text
