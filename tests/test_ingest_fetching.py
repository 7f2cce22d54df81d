"""Fetching under one ingest's policy, against a local HTTP server: what the user names is fetched wherever it
is; links found in content reach public addresses only; http(s) only; a feed is never read twice; a budget."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyline.models import Analysis
from storyline.pipeline import ingest
from storyline.readers import Fetcher, FetchPolicy, RawArticle, Skipped, read
from storyline.store import Store

BODY = (
    "The river authority said on Tuesday that water levels at the Harlow weir had fallen for a third day, easing "
    "fears of a second flood in the valley. Engineers will inspect the embankment on Friday, the authority said."
)
PAGE = f"<html><head><title>Weir</title></head><body><article><p>{BODY}</p></article></body></html>"


class Site:
    """A local web server: ``routes`` maps a path to (status, headers, body); ``hits`` lists what was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits.append(self.path)
                status, headers, body = site.routes.get(self.path, (404, {}, b"not here"))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port

    def page(self, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> None:
        self.routes[path] = (200, {"Content-Type": content_type}, body.encode())

    def redirect(self, path: str, to: str) -> None:
        self.routes[path] = (302, {"Location": to}, b"")


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    thread = threading.Thread(target=s.server.serve_forever, daemon=True)
    thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


def rss(*items: str, title: str = "Wire") -> str:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{"".join(items)}</channel></rss>'


def item(title: str, link: str | None = None, text: str | None = None) -> str:
    parts = [f"<title>{title}</title>"]
    if link is not None:
        parts.append(f"<link>{link}</link>")
    if text is not None:
        parts.append(f"<description>{text}</description>")
    return f"<item>{''.join(parts)}</item>"


def resolver_for(names: dict[str, str]):
    def resolve(host: str, port: int) -> list[str]:
        if host not in names:
            raise OSError(f"unknown test host {host}")
        return [names[host]]

    return resolve


def items_of(source: str | Path, **policy: object) -> list:
    return list(read(source, Fetcher(FetchPolicy(**policy))))


def test_fetching_a_named_url_is_fetched_wherever_it_is(site: Site) -> None:
    site.page("/weir.html", PAGE)
    (item_,) = items_of(f"http://127.0.0.1:{site.port}/weir.html")
    assert isinstance(item_, RawArticle) and BODY in item_.text


def test_fetching_redirect_to_loopback_is_refused(site: Site) -> None:
    site.redirect("/start", f"http://127.0.0.1:{site.port}/secret")
    site.page("/secret", PAGE)
    (skipped,) = items_of(f"http://localhost:{site.port}/start")
    assert isinstance(skipped, Skipped) and "non-public address (127.0.0.1)" in skipped.reason
    assert site.hits == ["/start"]


def test_fetching_redirect_that_stays_on_the_named_host_is_followed(site: Site) -> None:
    site.redirect("/start", "/weir.html")
    site.page("/weir.html", PAGE)
    (item_,) = items_of(f"http://127.0.0.1:{site.port}/start")
    assert isinstance(item_, RawArticle) and site.hits == ["/start", "/weir.html"]


def test_fetching_redirect_to_a_private_address_is_followed_with_allow_private(site: Site) -> None:
    site.redirect("/start", f"http://127.0.0.1:{site.port}/weir.html")
    site.page("/weir.html", PAGE)
    (item_,) = items_of(f"http://localhost:{site.port}/start", allow_private=True)
    assert isinstance(item_, RawArticle)


def test_fetching_entry_link_resolving_to_a_private_address_is_refused(site: Site, tmp_path: Path) -> None:
    site.page("/page", PAGE)
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(item("Teaser", f"http://intranet.test:{site.port}/page")))
    fetcher = Fetcher(FetchPolicy(links_of_files=True), resolver=resolver_for({"intranet.test": "127.0.0.1"}))
    (skipped,) = list(read(feed, fetcher))
    assert skipped.source == f"{feed}#1" and "resolves to a non-public address" in skipped.reason
    assert site.hits == []


def test_fetching_entry_link_to_a_private_address_is_fetched_with_allow_private(
    site: Site, tmp_path: Path
) -> None:
    site.page("/page", PAGE)
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(item("Teaser", f"http://intranet.test:{site.port}/page")))
    policy = FetchPolicy(links_of_files=True, allow_private=True)
    fetcher = Fetcher(policy, resolver=resolver_for({"intranet.test": "127.0.0.1"}))
    (article,) = list(read(feed, fetcher))
    assert isinstance(article, RawArticle) and BODY in article.text and site.hits == ["/page"]


def test_fetching_file_and_ftp_links_are_never_fetched(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(
        rss(item("Passwords", "file:///etc/passwd"), item("Archive", "ftp://files.example/a.txt"))
    )
    items = items_of(feed, links_of_files=True, allow_private=True)
    assert [type(i) for i in items] == [Skipped, Skipped]
    assert "not an http(s) link (file scheme)" in items[0].reason
    assert "not an http(s) link (ftp scheme)" in items[1].reason


def test_fetching_links_that_are_not_urls_leave_the_entry_its_own_text(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(item("Id", "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6", "Crews walked out.")))
    (article,) = items_of(feed, links_of_files=True)
    assert isinstance(article, RawArticle) and article.text == "Crews walked out."


def test_fetching_local_feed_links_are_not_fetched_by_default(site: Site, tmp_path: Path) -> None:
    site.page("/page", PAGE)
    feed = tmp_path / "wire.rss"
    link = f"http://127.0.0.1:{site.port}/page"
    feed.write_text(rss(item("Short", link, "Crews walked out on Tuesday."), item("Bare", link)))
    short, bare = items_of(feed)
    assert isinstance(short, RawArticle) and short.text == "Crews walked out on Tuesday."
    assert isinstance(bare, Skipped) and "--fetch" in bare.reason
    assert site.hits == []


def test_fetching_short_entry_keeps_its_text_when_its_link_fails(site: Site, tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(item("Short", f"http://127.0.0.1:{site.port}/gone", "Crews walked out on Tuesday.")))
    (article,) = items_of(feed, links_of_files=True, allow_private=True)
    assert isinstance(article, RawArticle) and article.text == "Crews walked out on Tuesday."
    assert site.hits == ["/gone"]


def test_fetching_feed_linking_to_itself_is_read_once(site: Site) -> None:
    url = f"http://127.0.0.1:{site.port}/feed.xml"
    site.page("/feed.xml", rss(item("Loop", url)), "application/rss+xml")
    (skipped,) = items_of(url, allow_private=True)
    assert "is a feed (not read as a feed again)" in skipped.reason and skipped.source.endswith("feed.xml#1")
    assert site.hits == ["/feed.xml", "/feed.xml"]


def test_fetching_stops_when_the_request_budget_is_spent(site: Site, tmp_path: Path) -> None:
    for n in range(5):
        site.page(f"/{n}", PAGE.replace("Weir", f"Weir {n}"))
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(*(item(f"T{n}", f"http://127.0.0.1:{site.port}/{n}") for n in range(5))))
    items = items_of(feed, links_of_files=True, allow_private=True, max_requests=2)
    assert [type(i) for i in items] == [RawArticle, RawArticle, Skipped, Skipped, Skipped]
    assert all("budget of 2 requests is spent" in i.reason for i in items[2:])
    assert site.hits == ["/0", "/1"]


def test_fetching_stops_when_the_byte_budget_is_spent(site: Site) -> None:
    site.page("/weir.html", PAGE)
    (skipped,) = items_of(f"http://127.0.0.1:{site.port}/weir.html", max_bytes=100)
    assert isinstance(skipped, Skipped) and "budget of 100 bytes fetched is spent" in skipped.reason


def test_fetching_opml_list_feeds_are_fetched_as_named(site: Site, tmp_path: Path) -> None:
    site.page("/feed.xml", rss(item("Whole", None, BODY)), "application/rss+xml")
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><body>'
        f'<outline text="Wire" xmlUrl="http://127.0.0.1:{site.port}/feed.xml"/>'
        f'<outline text="Gone" xmlUrl="http://127.0.0.1:{site.port}/gone.xml"/></body></opml>'
    )
    article, skipped = items_of(opml)
    assert isinstance(article, RawArticle) and article.text == BODY
    assert skipped.source == f"{opml}: http://127.0.0.1:{site.port}/gone.xml" and "HTTP 404" in skipped.reason


def test_fetching_budget_holds_across_a_whole_ingest(site: Site, tmp_path: Path) -> None:
    site.page("/a.html", PAGE)
    site.page("/b.html", PAGE.replace("Weir", "Other weir"))
    urls = [f"http://127.0.0.1:{site.port}/a.html", f"http://127.0.0.1:{site.port}/b.html"]
    report = ingest(
        urls,
        Store(tmp_path / "s.db"),
        analyser=lambda arts: [Analysis(a.id) for a in arts],
        fetching=FetchPolicy(max_requests=1),
    )
    assert (report.added, report.requests, len(report.skipped)) == (1, 1, 1)
