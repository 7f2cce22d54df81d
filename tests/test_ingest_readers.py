"""Each reader on a small hand-made input of its format, through the one ``read(source)`` entry point."""

from __future__ import annotations

import gzip
import io
import json
import threading
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler
from pathlib import Path

import pytest

from storyline.readers import RawArticle, Skipped, path_date, read

BODY = (
    "The river authority said on Tuesday that water levels at the Harlow weir had fallen for a third day, "
    "easing fears of a second flood in the valley. Engineers will inspect the embankment on Friday, the "
    "authority said, and residents who left their homes last week may return once the inspection is done."
)

HTML_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Water levels fall at Harlow weir | Valley Courier</title>
<meta property="og:title" content="Water levels fall at Harlow weir">
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2025-03-04T09:30:00Z">
<meta name="author" content="Ines Marlow">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Water levels fall at Harlow weir</h1>
<p>{BODY}</p>
<p>The authority's chief engineer, Tomas Reyne, said crews had worked through the night to shore up the bank.
"We are not out of the woods, but the worst is behind us," he said.</p>
</article>
<footer>Copyright Valley Courier. All rights reserved.</footer></body></html>"""


def articles(items) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def skipped(items) -> list[Skipped]:
    return [i for i in items if isinstance(i, Skipped)]


def test_ingest_text_file_gives_whole_body(tmp_path: Path) -> None:
    f = tmp_path / "weir.txt"
    f.write_text(f"Water levels fall at Harlow weir\n\n{BODY}\n", encoding="utf-8")
    (item,) = list(read(f))
    assert isinstance(item, RawArticle) and BODY in item.text


def test_ingest_html_page_reads_body_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "weir.html"
    f.write_text(HTML_PAGE, encoding="utf-8")
    (item,) = articles(read(f))
    assert (item.title, item.outlet, item.published) == (
        "Water levels fall at Harlow weir",
        "Valley Courier",
        "2025-03-04",
    )
    assert "shore up the bank" in item.text and "Home" not in item.text


def test_ingest_jsonl_keeps_fields_and_unknown_metadata(tmp_path: Path) -> None:
    rec = {
        "id": "x1",
        "title": "Weir",
        "text": BODY,
        "published": "2025-03-04",
        "outlet": "Courier",
        "desk": "local",
    }
    f = tmp_path / "dump.jsonl"
    f.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (item,) = list(read(f))
    assert (item.title, item.outlet, item.published, item.metadata["desk"]) == (
        "Weir",
        "Courier",
        "2025-03-04",
        "local",
    )


def test_ingest_jsonl_gz_with_html_records(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl.gz"
    f.write_bytes(gzip.compress((json.dumps({"id": 1, "html": HTML_PAGE}) + "\n").encode()))
    (item,) = articles(read(f))
    assert "shore up the bank" in item.text


def test_ingest_jsonl_broken_line_is_skipped_by_number_and_rest_kept(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    f.write_text(json.dumps({"text": BODY}) + "\n{not json\n" + json.dumps({"text": BODY + " More."}) + "\n")
    items = list(read(f))
    assert len(articles(items)) == 2 and skipped(items)[0].source.endswith("dump.jsonl:2")


def test_ingest_feed_entries_become_articles(tmp_path: Path) -> None:
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Courier</title>
<item><title>Water levels fall</title><link>https://courier.example/2025/03/04/weir</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate><author>Ines Marlow</author>
<content:encoded><![CDATA[<p>{BODY}</p><p>Second paragraph of the report.</p>]]></content:encoded></item>
</channel></rss>"""
    f = tmp_path / "feed.xml"
    f.write_text(feed, encoding="utf-8")
    (item,) = list(read(f))
    assert (item.title, item.outlet, item.published) == ("Water levels fall", "Valley Courier", "2025-03-04")
    assert item.text.endswith("Second paragraph of the report.")


def test_ingest_warc_html_responses_become_articles(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "crawl.warc.gz"
    with f.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "https://courier.example/2025/03/04/weir",
            "response",
            payload=io.BytesIO(HTML_PAGE.encode()),
            http_headers=headers,
        )
        writer.write_record(record)
    (item,) = articles(read(f))
    assert item.url == "https://courier.example/2025/03/04/weir" and "shore up the bank" in item.text


def test_ingest_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("A title\n\n" + BODY)
    (tmp_path / "b" / "c" / "d.txt").write_text("D title\n\n" + BODY + " Later.")
    sources = [i.source for i in read(tmp_path)]
    assert [Path(s).name for s in sources] == ["a.txt", "d.txt"]


def test_ingest_path_date_from_archive_folder() -> None:
    assert path_date("corpus/InputDocs/2009-04-25/12.htm.txt") == "2009-04-25"


@pytest.fixture
def local_site(tmp_path: Path):
    (tmp_path / "weir.html").write_text(HTML_PAGE, encoding="utf-8")
    server = HTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_ingest_url_is_fetched_and_read(local_site: str) -> None:
    (item,) = articles(read(f"{local_site}/weir.html"))
    assert item.title == "Water levels fall at Harlow weir"


def test_ingest_url_http_error_is_skipped_with_status(local_site: str) -> None:
    (item,) = list(read(f"{local_site}/missing.html"))
    assert isinstance(item, Skipped) and "HTTP 404" in item.reason
