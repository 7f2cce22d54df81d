"""The web app through FastAPI's test client: the JSON API's shapes, errors and limits, and safe rendering.

The store is built once per module from a few hand-made articles (one of them hostile) through the real
pipeline; page-layout tests that need a full reconstruction use a hand-made story document instead.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from storyline.errors import NotFound
from storyline.pipeline import ingest
from storyline.store import Store
from storyline.web import app as web_app
from storyline.web import charts, create_app, views
from storyline.web.highlight import Mark, pieces

HOSTILE_TITLE = '<script>alert("title")</script> Dam "warning" <b>bold</b>'
HOSTILE_OUTLET = 'Evil" onmouseover="alert(1)'
LONG_WORD = "x" * 6000

ARTICLES = [
    {
        "id": "r1",
        "title": "Ferry service across the Lake Ambry halted after hull crack",
        "outlet": "The Ambry Gazette",
        "published": "2024-09-02",
        "url": "https://gazette.example/ferry-halted",
        "text": (
            "The ferry service across Lake Ambry was halted on Monday after inspectors found a crack in the "
            "hull of the Marta Lind, the operator said.\n\n"
            "About 1,200 passengers a day use the crossing between Pellham and Ostry. "
            '"We will not sail until the hull is safe," said Jonas Brekke, the operator\'s director.\n\n'
            "Repairs are expected to take two weeks, according to the harbour authority."
        ),
    },
    {
        "id": "r2",
        "title": "Lake Ambry ferry stays in dock as hull repairs begin",
        "outlet": "Ostry Evening News",
        "published": "2024-09-05",
        "url": "https://evening.example/ferry-dock",
        "text": (
            "The Marta Lind ferry stayed in dock at Pellham on Thursday as repairs to the cracked hull began, "
            "three days after the crossing to Ostry was halted.\n\n"
            "About 1,500 passengers a day normally use the Lake Ambry crossing, the harbour authority said. "
            '"We will not sail until the hull is safe," Jonas Brekke said on Monday.\n\n'
            "The operator said the ferry service would resume on September 16."
        ),
    },
    {
        "id": "h1",
        "title": HOSTILE_TITLE,
        "outlet": HOSTILE_OUTLET,
        "published": "2024-10-01",
        "url": 'https://evil.example/a?x="><script>alert(3)</script>',
        "text": (
            "Residents of Quillmoor said the <script>alert('body')</script> dam report was late. "
            'A note read <img src=x onerror="alert(2)"> and "quoted" words with \'single\' quotes.\n\n'
            f"{LONG_WORD}\n\n"
            "The council said 40 homes near the Quillmoor dam were checked on Tuesday."
        ),
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web_api")
    dump = folder / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    path = folder / "web.db"
    with Store(path) as store:
        report = ingest([dump], store)
    assert report.added == len(ARTICLES), report.skipped
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def _hostile_id(client: TestClient) -> str:
    rows = client.get("/api/articles", params={"limit": 50}).json()["articles"]
    return next(r["id"] for r in rows if r["outlet"] == HOSTILE_OUTLET)


class _Tags(HTMLParser):
    """Every start tag with its attributes, to check what a page would run."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _tags(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def _assert_inert(html: str) -> None:
    tags = _tags(html)
    scripts = [dict(attrs).get("src") for tag, attrs in tags if tag == "script"]
    assert scripts == ["/static/site.js"]
    handlers = [(tag, name) for tag, attrs in tags for name, _ in attrs if name.startswith("on")]
    assert handlers == []
    assert not any(tag in ("img", "b") for tag, _ in tags)


# --- the JSON API -------------------------------------------------------------------------------------------


def test_web_api_stories_follow_the_contract(client: TestClient) -> None:
    body = client.get("/api/stories").json()
    assert body["total"] == len(body["stories"]) >= 2
    assert all(set(s) == {"id", "title", "articles", "first", "last"} for s in body["stories"])
    lasts = [s["last"] or "" for s in body["stories"]]
    assert lasts == sorted(lasts, reverse=True)


def test_web_api_story_inlines_what_it_refers_to(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["stories"]
    ferry = next(s for s in stories if len(s["articles"]) == 2)
    doc = client.get(f"/api/stories/{ferry['id']}").json()
    assert doc["format"] == "storyline/1"
    assert [a["id"] for a in doc["articles"]] == ferry["articles"]
    assert {"text", "published", "boilerplate"} <= set(doc["articles"][0])
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for claim in doc["claims"]:
        assert texts[claim["article"]][claim["start"] : claim["end"]] == claim["text"]
    assert any("hull is safe" in q["text"] for q in doc["quotes"])
    assert {"outlets", "facts"} <= set(doc["coverage"])


def test_web_api_articles_page_with_limit_and_offset(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == len(ARTICLES)
    assert len(first["articles"]) == 2 and len(rest["articles"]) == 1
    assert set(first["articles"][0]) == {"id", "title", "outlet", "published", "source"}


def test_web_api_article_annotations_point_into_its_text(client: TestClient) -> None:
    row = client.get("/api/articles", params={"limit": 1}).json()["articles"][0]
    doc = client.get(f"/api/articles/{row['id']}").json()
    assert doc["mentions"] and doc["dates"]
    for span in (*doc["mentions"], *doc["dates"], *doc["claims"], *doc["quotes"]):
        assert doc["text"][span["start"] : span["end"]] == span["text"]


def test_web_api_search_finds_articles_and_their_stories(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "Marta Lind hull"}).json()
    assert {a["outlet"] for a in found["articles"]} == {"The Ambry Gazette", "Ostry Evening News"}
    assert len(found["stories"]) == 1


def test_web_api_search_hits_carry_an_escaped_snippet_with_the_words_marked(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "Quillmoor dam"}).json()["articles"]
    snippet = next(a["snippet"] for a in found if "script" in a["snippet"])
    assert "<mark>Quillmoor</mark>" in snippet or "<mark>dam</mark>" in snippet
    assert "&lt;script&gt;" in snippet and "<script>" not in snippet


def test_web_api_search_input_is_only_data(client: TestClient, db: Path) -> None:
    for q in ("'); DROP TABLE articles; --", 'hull" OR 1=1 --', "NEAR(ferry", "*"):
        assert client.get("/api/search", params={"q": q}).status_code == 200
        assert client.get("/", params={"q": q}).status_code == 200
    with Store(db, readonly=True) as store:
        assert store.count() == len(ARTICLES)


@pytest.mark.parametrize(
    "path", ["/api/stories/s-nope", "/api/articles/a-nope", "/stories/s-nope", "/articles/a-nope"]
)
def test_web_api_unknown_ids_answer_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "-nope" in response.text


@pytest.mark.parametrize(
    "path, params",
    [
        ("/api/articles", {"limit": 0}),
        ("/api/articles", {"limit": "many"}),
        ("/api/articles", {"limit": 10_000}),
        ("/api/articles", {"offset": -1}),
        ("/api/search", {}),
        ("/api/search", {"q": "w" * 201}),
        ("/", {"q": "w" * 201}),
        ("/", {"page": 0}),
        ("/articles/a-1", {"hl": "10-<script>"}),
    ],
)
def test_web_api_malformed_requests_answer_4xx(client: TestClient, path: str, params: dict) -> None:
    response = client.get(path, params=params)
    assert 400 <= response.status_code < 500
    assert "<script>" not in response.text


@pytest.mark.parametrize(
    "raw, status",
    [
        ("/api/search?q=%ff%fe", 400),
        ("/api/search?q=%00", 400),
        ("/api/search?q=50%zz", 400),
        ("/?q=%ff", 400),
        ("/stories/s-1%00", 400),
        ("/api/stories/" + "s" * 300, 422),
        ("/api/articles?x=" + "y" * 5000, 414),
        ("/" + "p" * 2000, 414),
    ],
)
def test_web_api_malformed_and_oversized_addresses_are_refused(
    client: TestClient, raw: str, status: int
) -> None:
    response = client.get(raw)
    assert response.status_code == status, response.text[:200]
    assert response.headers["x-content-type-options"] == "nosniff"
    if raw.startswith("/api/"):
        assert response.json()["detail"]
    else:
        assert response.headers["content-type"].startswith("text/html")


def test_web_api_request_bodies_are_refused_unread(client: TestClient) -> None:
    big = client.request("GET", "/api/stories", content=b"x" * 100_000)
    chunked = client.request("GET", "/api/stories", content=iter([b"x" * 10]))
    assert (big.status_code, chunked.status_code) == (413, 413)
    assert client.request("POST", "/api/search", content=b"{}").status_code in (405, 413)


def test_web_api_non_ascii_search_within_the_limit_is_answered(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "\U0001f600" * 200})
    assert response.status_code == 200


def test_web_api_cache_builds_a_story_once_for_concurrent_requests(tmp_path: Path) -> None:
    (tmp_path / "s.db").write_bytes(b"")
    cache = web_app._Cache(tmp_path / "s.db")
    builds = []
    gate = threading.Event()

    def build() -> dict:
        builds.append(1)
        gate.wait(5)
        return {"id": "s-1"}

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(cache.get, "document", "s-1", build) for _ in range(8)]
        time.sleep(0.2)
        gate.set()
        docs = [f.result() for f in futures]
    assert builds == [1] and all(d == {"id": "s-1"} for d in docs)
    (tmp_path / "s.db").write_bytes(b"changed")
    cache.get("document", "s-1", build)
    assert len(builds) == 2, "a changed store must be read again"


def test_web_api_openapi_lists_the_contract_routes(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
    } <= set(schema["paths"])
    assert "ArticleRow" in schema["components"]["schemas"]


def test_web_api_pages_carry_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_web_api_store_is_opened_read_only(db: Path) -> None:
    app = create_app(db)
    dependency = web_app._corpus(SimpleNamespace(app=app))
    corpus = next(dependency)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        corpus.store.conn.execute("CREATE TABLE intruder (x)")
    dependency.close()


def test_web_api_missing_store_is_named(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no such store"):
        create_app(tmp_path / "absent.db")


def test_web_api_server_binds_to_loopback_by_default() -> None:
    import inspect

    assert inspect.signature(web_app.serve).parameters["host"].default == "127.0.0.1"


# --- safe rendering -----------------------------------------------------------------------------------------


def test_web_api_hostile_article_renders_inert(client: TestClient) -> None:
    aid = _hostile_id(client)
    doc = client.get(f"/api/articles/{aid}").json()
    html = client.get(f"/articles/{aid}").text
    _assert_inert(html)
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    assert LONG_WORD in doc["text"] and LONG_WORD in html
    assert "alert(&#39;body&#39;)" in html


def test_web_api_hostile_story_and_search_render_inert(client: TestClient) -> None:
    aid = _hostile_id(client)
    story = next(s for s in client.get("/api/stories").json()["stories"] if aid in s["articles"])
    for html in (
        client.get(f"/stories/{story['id']}").text,
        client.get("/", params={"q": "Quillmoor dam"}).text,
        client.get("/").text,
        client.get(f"/articles/{aid}", params={"hl": "0-40"}).text,
    ):
        _assert_inert(html)
        assert "Evil&#34; onmouseover=&#34;alert(1)" in html


def test_web_api_citation_highlights_the_cited_words(client: TestClient) -> None:
    row = client.get("/api/articles", params={"limit": 1}).json()["articles"][0]
    text = client.get(f"/api/articles/{row['id']}").json()["text"]
    start, end = text.index("inspectors"), text.index("inspectors") + len("inspectors found a crack")
    html = client.get(f"/articles/{row['id']}", params={"hl": f"{start}-{end}"}).text
    marked = html.split('<mark class="cited" id="cited">', 1)[1].split("</mark>", 1)[0]
    assert "inspectors" in marked and "Monday" not in marked


# --- pages from a hand-made story document ------------------------------------------------------------------

TEXT_A = "On 3 March the toll was 12 people. Officials said the road was closed."
TEXT_B = "By 5 March the toll had risen to 30 people, the mayor said."
STORY_DOC = {
    "format": "storyline/1",
    "id": "s-hand",
    "title": "Road collapse <i>in</i> Brill",
    "first": "2025-03-03",
    "last": "2025-03-05",
    "articles": [
        {
            "id": "a-one",
            "title": "Toll 12",
            "outlet": "Brill Post",
            "published": {
                "date": "2025-03-03",
                "earliest": "2025-03-03",
                "latest": "2025-03-03",
                "method": "metadata",
            },
            "text": TEXT_A,
            "boilerplate": [],
            "duplicate_of": None,
        },
        {
            "id": "a-two",
            "title": "Toll 30",
            "outlet": "Brill Radio",
            "published": {
                "date": "2025-03-05",
                "earliest": "2025-03-05",
                "latest": "2025-03-05",
                "method": "text",
            },
            "text": TEXT_B,
            "boilerplate": [],
            "duplicate_of": None,
        },
    ],
    "summary": [
        {"text": "The toll rose from 12 to 30.", "citations": [{"article": "a-two", "start": 3, "end": 10}]}
    ],
    "timeline": [
        {
            "date": "2025-03-03",
            "earliest": "2025-03-03",
            "latest": "2025-03-03",
            "sentences": [{"text": TEXT_A[:34], "citations": [{"article": "a-one", "start": 0, "end": 34}]}],
        },
        {"date": "2025-03", "earliest": "2025-03-01", "latest": "2025-03-31", "sentences": []},
    ],
    "claims": [
        {
            "id": "c-1",
            "article": "a-one",
            "start": 13,
            "end": 33,
            "text": TEXT_A[13:33],
            "value": 12,
            "upper": None,
            "unit": "people",
            "qualifier": "=",
            "concept": "toll",
            "attributed_to": None,
        },
        {
            "id": "c-2",
            "article": "a-two",
            "start": 8,
            "end": 41,
            "text": TEXT_B[8:41],
            "value": 30,
            "upper": None,
            "unit": "people",
            "qualifier": "=",
            "concept": "toll",
            "attributed_to": "the mayor",
        },
    ],
    "figures": [
        {
            "id": "f-toll",
            "label": "death toll",
            "unit": "people",
            "claims": ["c-1", "c-2"],
            "disagreement": True,
        },
    ],
    "quotes": [
        {
            "id": "q-1",
            "text": "the road was closed",
            "kind": "indirect",
            "speaker": {"name": "Officials", "entity": None},
            "occurrences": [
                {
                    "article": "a-one",
                    "start": 49,
                    "end": 68,
                    "speaker_start": 35,
                    "speaker_end": 44,
                    "cue": "said",
                }
            ],
        },
    ],
    "entities": [{"id": "e-1", "name": "Brill", "type": "GPE", "aliases": [], "mentions": []}],
    "dates": [],
    "coverage": {
        "outlets": [
            {"outlet": "Brill Post", "articles": ["a-one"]},
            {"outlet": "Brill Radio", "articles": ["a-two"]},
        ],
        "facts": [
            {
                "id": "x-1",
                "text": "toll",
                "citations": [{"article": "a-one", "start": 0, "end": 34}],
                "outlets": ["Brill Post"],
            }
        ],
        "quotes": [],
        "single_outlet": ["x-1"],
    },
}


def test_web_views_figure_points_come_from_claims_when_not_listed() -> None:
    points = views.figure_points(STORY_DOC["figures"][0], STORY_DOC)
    assert [(p["value"], p["outlet"], p["published"]) for p in points] == [
        (12, "Brill Post", "2025-03-03"),
        (30, "Brill Radio", "2025-03-05"),
    ]


def test_web_views_story_page_renders_a_hand_made_story(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web_app.data, "story_document", lambda corpus, story_id: STORY_DOC)
    html = client.get("/stories/s-hand").text
    _assert_inert(html)
    assert "Road collapse &lt;i&gt;in&lt;/i&gt; Brill" in html
    assert 'data-words="5 March"' in html
    assert 'href="/articles/a-two?hl=3-10#cited"' in html
    assert html.count('class="timeline-mark"') == 2
    assert html.count('class="dot dot-exact"') == 2
    assert "Sources disagree" in html


def test_web_charts_figure_joins_disagreeing_points() -> None:
    points = [
        {"published": "2025-03-03", "value": 12, "qualifier": "=", "outlet": "A"},
        {"published": "2025-03-03", "value": 30, "qualifier": ">=", "outlet": "B"},
        {"published": None, "value": 40, "qualifier": "=", "outlet": "A"},
    ]
    chart = charts.figure_chart(points, [(0, 1)], {"A": "#111111", "B": "#222222"}, ["/a", "/b", "/c"])
    assert chart is not None
    assert [d.conflict for d in chart.dots] == [True, True]
    assert len(chart.conflicts) == 1 and chart.undated == 1
    assert chart.dots[1].y < chart.dots[0].y
    assert chart.dots[1].shape == "at-least"


def test_web_charts_planned_dates_plot_as_intervals() -> None:
    points = [
        {
            "published": "2025-03-01",
            "value": "2025-04",
            "earliest": "2025-04-01",
            "latest": "2025-04-30",
            "outlet": "A",
        },
        {
            "published": "2025-03-09",
            "value": "2025-05-12",
            "earliest": "2025-05-12",
            "latest": "2025-05-12",
            "outlet": "A",
        },
    ]
    chart = charts.figure_chart(points, [], {"A": "#111111"}, [])
    assert chart is not None
    assert chart.dots[0].shape == "range" and chart.dots[1].shape == "exact"
    assert chart.dots[1].y < chart.dots[0].y
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2}", t.label) for t in chart.y_ticks)


def test_web_charts_timeline_stacks_crowded_marks() -> None:
    entries = [{"date": "2025-03-03"}, {"date": "2025-03-03"}, {"date": "2025-06-01"}]
    axis = charts.timeline_axis(entries, [("2025-03-04", "#111111", "A")])
    assert axis is not None
    ys = {m.number: m.y for m in axis.marks}
    assert ys[1] != ys[2] and ys[3] == ys[1]
    assert len(axis.articles) == 1


def test_web_charts_nice_ticks_are_round() -> None:
    assert charts.nice_ticks(0, 97) == [0, 25, 50, 75, 100]


def test_web_highlight_pieces_nest_and_keep_the_text() -> None:
    text = "Mayor Ana Kell said 40 people left."
    marks = [
        Mark(0, 35, "quote"),
        Mark(6, 14, "entity", "PERSON"),
        Mark(20, 29, "claim"),
        Mark(-5, 2, "date"),
    ]
    cut = pieces(text, marks)
    assert "".join(p.text for p in cut) == text
    assert next(p for p in cut if p.text == "Ana Kell").kinds == ("quote", "entity")
    assert cut[0].text == "Ma" and cut[0].has("date")
    assert all(p.start < p.end for p in cut)


def test_web_highlight_drops_marks_outside_the_text() -> None:
    cut = pieces("short", [Mark(10, 20, "cited"), Mark(3, 3, "entity")])
    assert [(p.text, p.marks) for p in cut] == [("short", ())]


def test_web_views_quotes_group_by_speaker_widest_carried_first() -> None:
    doc = dict(STORY_DOC)
    occurrence = {"start": 0, "end": 5, "speaker_start": None, "speaker_end": None, "cue": "said"}
    doc["quotes"] = [
        {
            "id": "q-a",
            "text": "alone",
            "kind": "indirect",
            "speaker": {"name": "Mayor", "entity": "e-9"},
            "occurrences": [{**occurrence, "article": "a-one"}],
        },
        {
            "id": "q-b",
            "text": "everywhere",
            "kind": "direct",
            "speaker": {"name": "Mayor", "entity": "e-9"},
            "occurrences": [{**occurrence, "article": "a-one"}, {**occurrence, "article": "a-two"}],
        },
        {
            "id": "q-c",
            "text": "someone",
            "kind": "direct",
            "speaker": {"name": "a resident", "entity": None},
            "occurrences": [{**occurrence, "article": "a-two"}],
        },
    ]
    page = views.story_page(doc)
    mayor, resident = page["speakers"]
    assert (mayor["name"], mayor["named"], resident["named"]) == ("Mayor", True, False)
    assert [q["text"] for q in mayor["quotes"]] == ["everywhere", "alone"]
    assert [o["outlet"] for o in mayor["quotes"][0]["outlets"]] == ["Brill Post", "Brill Radio"]


def test_web_api_article_page_underlines_the_words_a_quote_is_attributed_to(client: TestClient) -> None:
    found = None
    for row in client.get("/api/articles", params={"limit": 50}).json()["articles"]:
        doc = client.get(f"/api/articles/{row['id']}").json()
        quote = next((q for q in doc["quotes"] if q["speaker_start"] is not None), None)
        if quote:
            found = (row["id"], doc["text"][quote["speaker_start"] : quote["speaker_end"]])
            break
    assert found is not None, "the sample holds an attributed quote"
    html = client.get(f"/articles/{found[0]}").text
    spans = [
        part.split(">", 1)[1].split("<", 1)[0]
        for part in html.split('<span class="hl')[1:]
        if "hl-speaker" in part.split(">", 1)[0]
    ]
    assert found[1] in "".join(spans)
