"""Input from the real web: a reader's failure stays inside its file or record, archives are streamed and read
whatever their records, feeds of every format are read, what is not an article is refused by name, and every
refusal and warning names its file."""

from __future__ import annotations

import gzip
import io
import json
import logging
import tracemalloc
import warnings
from pathlib import Path

import pytest

import storyline.readers.dispatch as dispatch
from storyline.models import Analysis
from storyline.pipeline import ingest
from storyline.readers import Notice, RawArticle, Skipped, read
from storyline.readers.limits import MAX_FILE_BYTES
from storyline.store import Store

BODY = (
    "The river authority said on Tuesday that water levels at the Harlow weir had fallen for a third day, easing "
    "fears of a second flood in the valley. Engineers will inspect the embankment on Friday, the authority said."
)


def page(n: int = 0) -> bytes:
    text = BODY.replace("third", f"{n + 3}th") if n else BODY
    return f"<html><head><title>Weir {n}</title></head><body><article><p>{text}</p></article></body></html>".encode()


def no_analysis(articles):
    return [Analysis(a.id) for a in articles]


def kinds(items) -> list[str]:
    return [type(i).__name__ for i in items]


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]], gzipped: bool = True) -> None:
    """(url, record type, payload, content type) records; response records get HTTP headers."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for url, kind, payload, ctype in records:
            if kind == "response":
                http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=http)
            else:
                record = writer.create_warc_record(
                    url, kind, payload=io.BytesIO(payload), warc_content_type=ctype
                )
            writer.write_record(record)


# --- a reader's failure -----------------------------------------------------------------------------------------


def test_hostile_reader_exception_is_skipped_naming_the_file_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'startswith'")
        yield  # a generator, as readers are

    monkeypatch.setattr(dispatch, "read_html", broken)
    (tmp_path / "a.html").write_bytes(page())
    (tmp_path / "b.txt").write_text(f"Weir\n\n{BODY}")
    items = list(read(tmp_path))
    assert kinds(items) == ["Skipped", "RawArticle"]
    assert items[0].source == str(tmp_path / "a.html") and "AttributeError" in items[0].reason


def test_hostile_library_warnings_are_attached_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def noisy(text, source, path_date=None):
        warnings.warn("odd bytes in the middle", UserWarning, stacklevel=1)
        logging.getLogger("somelib").warning("record %d looks wrong", 3)
        yield RawArticle(source=source, text=text)

    monkeypatch.setattr(dispatch, "read_text", noisy)
    f = tmp_path / "a.txt"
    f.write_text(f"Weir\n\n{BODY}")
    items = list(read(f))
    assert kinds(items) == ["Notice", "Notice", "RawArticle"]
    assert [i.source for i in items[:2]] == [str(f), str(f)]
    assert (
        "UserWarning: odd bytes" in items[0].message and "somelib: record 3 looks wrong" in items[1].message
    )


def test_hostile_multi_line_reasons_are_one_line() -> None:
    assert (
        Skipped("a.warc", "not readable (\n  ERROR: one\n\n  two\n)").reason
        == "not readable ( ERROR: one two )"
    )


# --- archives ---------------------------------------------------------------------------------------------------


def test_hostile_warc_cut_short_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    whole = tmp_path / "crawl.warc.gz"
    write_warc(whole, [(f"https://news.example/{n}", "response", page(n), "text/html") for n in range(40)])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    items = list(read(cut))
    articles = [i for i in items if isinstance(i, RawArticle)]
    assert 10 < len(articles) < 40 and articles[0].url == "https://news.example/0"
    assert items[-1].source == str(cut) and "archive cut short" in items[-1].reason


def test_hostile_warc_cut_inside_a_header_is_refused_by_name(tmp_path: Path) -> None:
    whole = tmp_path / "crawl.warc"
    write_warc(whole, [("https://news.example/0", "response", page(), "text/html")], gzipped=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:40])
    (item,) = list(read(cut))
    assert isinstance(item, Skipped) and item.source == str(cut)


def test_hostile_warc_resource_records_are_read(tmp_path: Path) -> None:
    f = tmp_path / "resources.warc.gz"
    write_warc(f, [("https://news.example/weir", "resource", page(), "text/html; charset=utf-8")])
    (article,) = list(read(f))
    assert isinstance(article, RawArticle) and article.url == "https://news.example/weir"


def test_hostile_arc_records_keep_their_url(tmp_path: Path) -> None:
    body = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page()
    header = b"filedesc://crawl.arc 0.0.0.0 20140101000000 text/plain 75\n"
    version = b"1 0 Storyline\nURL IP-address Archive-date Content-type Archive-length\n\n"
    record = f"http://news.example/weir 93.184.216.34 20140102000000 text/html {len(body)}\n".encode()
    f = tmp_path / "crawl.arc"
    f.write_bytes(header.replace(b"75", str(len(version)).encode()) + version + b"\n" + record + body + b"\n")
    (article,) = [i for i in read(f) if isinstance(i, RawArticle)]
    assert article.url == "http://news.example/weir" and article.source.endswith("#http://news.example/weir")


def test_hostile_warc_whose_gzip_is_one_member_is_read(tmp_path: Path) -> None:
    plain = tmp_path / "plain.warc"
    write_warc(
        plain, [(f"https://news.example/{n}", "response", page(n), "text/html") for n in range(3)], False
    )
    f = tmp_path / "single-member.warc.gz"
    f.write_bytes(gzip.compress(plain.read_bytes()))
    assert kinds(read(f)) == ["RawArticle"] * 3


def test_hostile_warc_over_the_file_limit_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    f = tmp_path / "big.warc"
    filler = b"\0" * (MAX_FILE_BYTES + 1024)
    write_warc(
        f,
        [
            ("https://news.example/photo.jpg", "response", filler, "image/jpeg"),
            ("https://news.example/weir", "response", page(), "text/html"),
        ],
        gzipped=False,
    )
    del filler
    tracemalloc.start()
    try:
        items = list(read(f))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert kinds(items) == ["RawArticle"] and f.stat().st_size > MAX_FILE_BYTES
    assert peak < 16 * 1024 * 1024, f"peak {peak:,} bytes"


# --- feeds of every format, and what is not an article --------------------------------------------------------


def test_hostile_json_feed_is_read_as_a_feed(tmp_path: Path) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Valley Courier",
        "items": [
            {
                "id": "1",
                "title": "Weir",
                "content_html": f"<p>{BODY}</p>",
                "date_published": "2025-03-04T09:00:00Z",
            },
            {
                "id": "2",
                "title": "Bridge",
                "content_text": "Crews closed the bridge.",
                "authors": [{"name": "Ana"}],
            },
        ],
    }
    f = tmp_path / "feed.json"
    f.write_text(json.dumps(feed))
    weir, bridge = list(read(f))
    assert (weir.title, weir.outlet, weir.published, weir.source) == (
        "Weir",
        "Valley Courier",
        "2025-03-04",
        f"{f}#1",
    )
    assert (bridge.text, bridge.author) == ("Crews closed the bridge.", "Ana")


def test_hostile_json_document_that_is_not_a_feed_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "settings.json"
    f.write_text(json.dumps({"title": "Weir", "text": BODY}))
    (item,) = list(read(f))
    assert isinstance(item, Skipped) and "not a JSON Feed" in item.reason


@pytest.mark.parametrize("name", ["setup.cfg", "site.ini", "build.yaml", "tool.py", "data.csv"])
def test_hostile_configuration_code_and_data_files_are_refused_by_name(tmp_path: Path, name: str) -> None:
    f = tmp_path / name
    f.write_text(f"[metadata]\nname = weir\ndescription = {BODY}\n")
    (item,) = list(read(f))
    assert isinstance(item, Skipped) and "configuration, code or data, not an article" in item.reason


def test_hostile_empty_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (item,) = list(read(tmp_path / "empty"))
    assert isinstance(item, Skipped) and item.reason == "folder holds no files to read"


def test_hostile_feed_entry_refusals_name_the_file_and_the_entry(tmp_path: Path) -> None:
    f = tmp_path / "wire.rss"
    f.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Only a title</title></item></channel></rss>'
    )
    (item,) = list(read(f))
    assert item.source == f"{f}#1" and item.reason == "feed entry has no text and no link"


def test_hostile_analysis_failure_skips_the_article_not_the_batch(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"Weir\n\n{BODY}")
    (tmp_path / "in" / "b.txt").write_text(f"Bridge\n\nCrews closed the bridge on Monday. {BODY}")

    def fragile(articles):
        if any("bridge" in a.text for a in articles):
            raise ValueError("the model choked")
        return no_analysis(articles)

    report = ingest([tmp_path / "in"], Store(tmp_path / "s.db"), analyser=fragile)
    assert (
        report.added == 1
        and "could not be analysed (ValueError: the model choked)" in report.skipped[0].reason
    )


def test_hostile_warnings_reach_the_report_with_their_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def noisy(text, source, path_date=None):
        warnings.warn("odd bytes", UserWarning, stacklevel=1)
        yield RawArticle(source=source, text=text)

    monkeypatch.setattr(dispatch, "read_text", noisy)
    f = tmp_path / "a.txt"
    f.write_text(f"Weir\n\n{BODY}")
    report = ingest([f], Store(tmp_path / "s.db"), analyser=no_analysis)
    assert [str(n) for n in report.warnings] == [f"{f}: UserWarning: odd bytes"] and report.added == 1
    assert isinstance(report.warnings[0], Notice)


def test_hostile_reader_exception_on_one_archive_record_keeps_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.readers.warc as warc

    real = warc.read_html

    def fragile(html, source, url=None, path_date=None):
        if url.endswith("/1"):
            raise AttributeError("'NoneType' object has no attribute 'startswith'")
        yield from real(html, source, url=url)

    monkeypatch.setattr(warc, "read_html", fragile)
    f = tmp_path / "crawl.warc.gz"
    write_warc(f, [(f"https://news.example/{n}", "response", page(n), "text/html") for n in range(3)])
    items = list(read(f))
    assert kinds(items) == ["RawArticle", "Skipped", "RawArticle"]
    assert items[1].source == f"{f}#https://news.example/1" and "AttributeError" in items[1].reason
