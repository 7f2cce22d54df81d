"""Following feeds from a local server that changes between rounds: conditional requests, throttling, gone
feeds, edited entries; the store after the rounds equals a batch ingest of everything served; what changed is
recorded, served as Atom and never told twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import pytest
from fastapi.testclient import TestClient

from storyline.analyse.run import analyse_articles
from storyline.corpus import Corpus
from storyline.export import changes_document
from storyline.follow.follower import duration, follow_round
from storyline.follow.poll import Poller
from storyline.pipeline import ingest
from storyline.readers import Fetcher, FetchPolicy
from storyline.readers.fetch import retry_after
from storyline.store import Store
from storyline.web.app import create_app
from tests.cli_helpers import storyline
from tests.feed_site import EDITED_A1, FeedSite, entry, rss


def analyser(articles: list) -> list:
    return list(analyse_articles(articles))


@pytest.fixture
def site() -> Iterator[FeedSite]:
    s = FeedSite(delay=0.02)
    yield s
    s.close()


def hosts(site: FeedSite) -> tuple[str, str]:
    return f"wire-a.test:{site.port}", f"wire-b.test:{site.port}"


def poller() -> Poller:
    """A poller whose test host names all resolve to the local server."""
    return Poller(
        FetchPolicy(), fetcher_factory=lambda policy: Fetcher(policy, lambda host, port: ["127.0.0.1"])
    )


def round_one(site: FeedSite) -> list[str]:
    a, b = hosts(site)
    site.feed("/a.xml", rss("Valley Courier", entry("a1", a)), "a1")
    site.feed("/b.xml", rss("Northern Wire", entry("b1", b)), "b1")
    site.feed("/c.xml", rss("Marrow Post", entry("c1", a)), "c1")
    site.feed("/d.xml", rss("Kell Herald", entry("d1", b)), "d1")
    return [f"http://{a}/a.xml", f"http://{b}/b.xml", f"http://{a}/c.xml", f"http://{b}/d.xml"]


def round_two(site: FeedSite) -> None:
    a, _ = hosts(site)
    site.feed("/a.xml", rss("Valley Courier", entry("a2", a), entry("a1", a)), "a2")
    site.status("/c.xml", 429, {"Retry-After": "3600"})
    site.status("/d.xml", 410)


def round_three(site: FeedSite) -> None:
    a, b = hosts(site)
    site.feed("/a.xml", rss("Valley Courier", entry("a2", a), entry("a1", a, EDITED_A1)), "a3")
    site.feed("/b.xml", rss("Northern Wire", entry("b2", b), entry("b1", b)), "b2")
    site.feed("/c.xml", rss("Marrow Post", entry("c1", a)), "c1")


@pytest.fixture
def followed(site: FeedSite, tmp_path: Path) -> tuple[Store, list[str]]:
    """A store after three rounds over four feeds on two hosts."""
    store = Store(tmp_path / "followed.db")
    urls = round_one(site)
    follow_round(urls, store, analyser, poller=poller())
    round_two(site)
    follow_round(urls, store, analyser, poller=poller())
    round_three(site)
    follow_round(urls, store, analyser, poller=poller())
    return store, urls


def without_sources(value: Any) -> Any:
    """An export with the fields that name where an article was read from dropped (a URL when followed, a
    file in the batch) and its lists in one order (the export lists records in the order they arrived, which
    following and a batch of files cannot share): everything else must be equal."""
    if isinstance(value, dict):
        return {k: without_sources(v) for k, v in value.items() if k not in ("source", "feed")}
    if isinstance(value, list):
        return sorted((without_sources(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def test_follow_three_rounds_store_equals_a_batch_ingest_of_everything_served(
    site: FeedSite, followed: tuple[Store, list[str]], tmp_path: Path
) -> None:
    store, _ = followed
    served = tmp_path / "served"
    served.mkdir()
    for n, (path, body) in enumerate(site.served):
        (served / f"{n:02d}{path.replace('/', '_')}").write_bytes(body)
    batch = Store(tmp_path / "batch.db")
    ingest([served], batch, analyser=analyser)
    assert without_sources(Corpus(store).export()) == without_sources(Corpus(batch).export())


def test_follow_conditional_requests_throttling_and_gone_feeds(
    site: FeedSite, followed: tuple[Store, list[str]]
) -> None:
    asked = [(h.path, h.status) for h in site.hits]
    assert ("/b.xml", 304) in asked  # round two: unchanged since round one
    throttled = asked.index(("/c.xml", 429))
    assert "/c.xml" not in [p for p, _ in asked[throttled + 1 :]]  # Retry-After honoured
    assert [p for p, _ in asked].count("/d.xml") == 2  # gone in round two, left alone in round three
    assert site.overlapping() == []


def test_follow_records_new_articles_figure_values_and_no_edit_as_news(
    followed: tuple[Store, list[str]],
) -> None:
    store, _ = followed
    changes = Corpus(store).changes()
    kinds = [c.kind for c in changes]
    assert kinds.count("story") == 1
    told = {c.text for c in changes if c.kind == "article"}
    assert any("rises to 30" in t for t in told) and any("45 now confirmed" in t for t in told)
    assert not any("Floods kill 12" in t for t in told)  # the edited entry is the same report
    assert any(c.kind == "figure" and "to 30" in c.text for c in changes)
    assert all(c.citations for c in changes)


def test_follow_round_without_changes_records_nothing_new(
    site: FeedSite, followed: tuple[Store, list[str]]
) -> None:
    store, urls = followed
    before = [c.id for c in Corpus(store).changes()]
    report = follow_round(urls, store, analyser, poller=poller())
    assert (report.ingest.added, report.changes) == (0, 0)
    assert [c.id for c in Corpus(store).changes()] == before


def atom(client: TestClient, path: str) -> feedparser.FeedParserDict:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_follow_atom_feeds_parse_cleanly_and_tell_each_change_once(
    site: FeedSite, followed: tuple[Store, list[str]]
) -> None:
    store, urls = followed
    from storyline.ids import watch_id
    from storyline.models import Watch

    with store.write():
        store.follow.add_watch(Watch(watch_id("Ossel"), "Ossel", "2026-03-01T00:00:00+00:00", 0))
    story = Corpus(store).stories()[0].id
    client = TestClient(create_app(store.path))
    story_feed = atom(client, f"/stories/{story}/feed.atom")
    titles = [e.title for e in story_feed.entries]
    assert any(t.startswith("New article") and "rises to 30" in t for t in titles)
    assert any(t.startswith("Figure") and "to 30" in t for t in titles)
    assert all(e.link.endswith(f"/stories/{story}#changes") for e in story_feed.entries)
    assert atom(client, "/feed.atom").entries
    assert len(atom(client, f"/watches/{watch_id('Ossel')}/feed.atom").entries) == store.count()
    ids = [e.id for e in story_feed.entries]
    follow_round(urls, store, analyser, poller=poller())
    again = [e.id for e in atom(client, f"/stories/{story}/feed.atom").entries]
    assert len(set(ids)) == len(ids) and again == ids


def test_follow_api_changes_filters_by_time_and_story(followed: tuple[Store, list[str]]) -> None:
    store, _ = followed
    client = TestClient(create_app(store.path))
    everything = client.get("/api/changes").json()["changes"]
    story = everything[0]["story"]
    assert client.get("/api/changes", params={"story": story}).json()["changes"] == everything
    assert client.get("/api/changes", params={"since": "2999-01-01"}).json()["changes"] == []
    assert {"id", "at", "kind", "story", "article", "text", "citations"} <= set(everything[0])


def test_follow_changes_command_prints_the_changes_as_json_and_refuses_a_bad_time(
    followed: tuple[Store, list[str]], tmp_path: Path
) -> None:
    store, _ = followed
    printed = storyline("changes", "--db", store.path, "--json", cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout) == changes_document(Corpus(store).changes())
    bad = storyline("changes", "--db", store.path, "--since", "last week", cwd=tmp_path)
    assert bad.returncode == 1 and "not an ISO 8601 date or time" in bad.stderr


def test_follow_interval_words_are_read_as_seconds() -> None:
    assert [duration(t) for t in ("90", "30s", "15m", "2h", "1d")] == [90, 30, 900, 7200, 86400]
    with pytest.raises(ValueError):
        duration("soon")


def test_follow_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after("120") == 120
    assert retry_after("Thu, 01 Jan 1970 00:02:00 GMT", now=60.0) == 60.0
    assert retry_after("whenever") is None and retry_after(None) is None


def test_follow_a_feed_failing_again_waits_twice_as_long(site: FeedSite, tmp_path: Path) -> None:
    a, _ = hosts(site)
    url = f"http://{a}/missing.xml"
    store = Store(tmp_path / "s.db")
    clock = [1000.0]
    p = Poller(
        FetchPolicy(),
        now=lambda: clock[0],
        fetcher_factory=lambda pol: Fetcher(pol, lambda h, port: ["127.0.0.1"]),
    )
    waits = []
    for _ in range(3):
        follow_round([url], store, analyser, poller=p)
        state = store.follow.feed(url)
        waits.append(state.not_before - clock[0])
        clock[0] = state.not_before + 1
    assert waits == [60.0, 120.0, 240.0]


def test_follow_refuses_a_local_file_that_is_not_an_opml_list(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Hello</p></body></html>")
    result = storyline("follow", str(page), "--once", "--db", str(tmp_path / "s.db"), cwd=tmp_path)
    assert result.returncode == 1
    assert f"skipped {page}: not a feed URL or an OPML list" in result.stderr


def test_follow_reads_the_feeds_of_a_local_opml_list(site: FeedSite, tmp_path: Path) -> None:
    site.feed("/a.xml", rss("Valley Courier", entry("a1", f"127.0.0.1:{site.port}")), "a1")
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline text="Courier" xmlUrl="http://127.0.0.1:{site.port}/a.xml"/>'
        "</body></opml>"
    )
    result = storyline("follow", str(opml), "--once", "-j", "1", "--db", str(tmp_path / "s.db"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 articles added" in result.stdout


def test_follow_polls_the_feeds_of_a_fetched_opml_list_in_the_same_round(
    site: FeedSite, tmp_path: Path
) -> None:
    a, b = hosts(site)
    site.feed("/a.xml", rss("Valley Courier", entry("a1", a)), "a1")
    site.feed("/b.xml", rss("Northern Wire", entry("b1", b)), "b1")
    listing = f'<opml version="2.0"><body><outline xmlUrl="http://{a}/a.xml"/><outline xmlUrl="http://{b}/b.xml"/></body></opml>'
    site.routes["/list.opml"] = (200, {"Content-Type": "text/x-opml"}, listing.encode())
    store = Store(tmp_path / "s.db")
    report = follow_round([f"http://{a}/list.opml"], store, analyser, poller=poller())
    assert [p.outcome for p in report.polls] == ["list", "read", "read"]
    assert report.ingest.added == 2


def test_follow_the_example_opml_list_names_its_feeds() -> None:
    from storyline.follow.follower import feeds_of

    example = Path(__file__).resolve().parents[1] / "docs" / "examples" / "follow.opml"
    urls, refused = feeds_of([str(example)])
    assert len(urls) == 3 and refused == []


def test_follow_watch_add_list_and_remove(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    added = storyline("watch", "add", "Ossel  flood", "--db", db, cwd=tmp_path)
    assert added.returncode == 0 and "Ossel flood" in added.stdout
    watch = added.stdout.split()[0]
    assert watch in storyline("watch", "list", "--db", db, cwd=tmp_path).stdout
    assert storyline("watch", "remove", watch, "--db", db, cwd=tmp_path).returncode == 0
    assert storyline("watch", "remove", watch, "--db", db, cwd=tmp_path).returncode == 1


def _follow_command(db: Path, urls: list[str], *extra: str) -> list[str]:
    return [sys.executable, "-m", "storyline", "follow", *urls, "--db", str(db), "-j", "1", *extra]


def test_follow_stopped_by_sigterm_mid_poll_then_once_equals_an_uninterrupted_run(
    site: FeedSite, tmp_path: Path
) -> None:
    host = f"127.0.0.1:{site.port}"
    keys = ["a1", "b1", "c1", "d1", "a2", "b2"]
    urls = []
    for n, key in enumerate(keys):
        site.feed(f"/f{n}.xml", rss(f"Outlet {n}", entry(key, host)), f"e{n}")
        urls.append(f"http://{host}/f{n}.xml")
    site.delay = 0.5
    stopped = tmp_path / "stopped.db"
    proc = subprocess.Popen(
        _follow_command(stopped, urls, "--every", "1h"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while len(site.hits) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "stopped:" in out
    site.delay = 0.0
    assert storyline("follow", *urls, "--once", "-j", "1", "--db", str(stopped), cwd=tmp_path).returncode == 0
    whole = tmp_path / "whole.db"
    assert storyline("follow", *urls, "--once", "-j", "1", "--db", str(whole), cwd=tmp_path).returncode == 0
    with Store(stopped, readonly=True) as a, Store(whole, readonly=True) as b:
        assert a.integrity_ok()
        assert Corpus(a).export() == Corpus(b).export()
