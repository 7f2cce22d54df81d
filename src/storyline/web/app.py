"""The web UI and JSON API over one store (``storyline serve``): FastAPI, Jinja2 pages, a little plain JS.

Handlers are thin: they validate the request, open the store read-only for that request, call ``data`` (what
the API answers) and ``views`` (how a page lays it out). Everything from an article is untrusted: templates
autoescape, the search words go to SQLite as a parameter, and a Content-Security-Policy forbids inline script.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import unquote_to_bytes

import jinja2
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from ..corpus import Corpus
from ..errors import NotFound
from ..render.atom import CONTENT_TYPE
from ..store import Store
from . import data, feeds, views
from .schema import ArticleDocument, ArticleList, SearchResult, StoryDocument, StorylineList, StoryList

HERE = Path(__file__).parent
MAX_QUERY = 200
"""Characters of search input accepted."""
PAGE_SIZE = 30
"""Stories per page of the list."""
MAX_API_LIMIT = 500
SEARCH_HITS = 50
CACHED_STORIES = 16
MAX_ID = 100
"""Characters of an article or story id accepted (ids are ``a-``/``s-`` and 16 hex digits)."""
MAX_PATH = 1024
MAX_QUERY_STRING = 4096
"""Bytes of a request's path and raw query string accepted (414 above)."""
MAX_BODY = 1024
"""Bytes of request body accepted: every route is a GET, so a larger body is refused (413) unread."""
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

Query_ = Annotated[str | None, Query(max_length=MAX_QUERY, description="Words to search for")]


def _corpus(request: Request) -> Iterator[Corpus]:
    """The store opened read-only for one request (SQLite connections stay with the thread that uses them)."""
    store = Store(request.app.state.db_path, readonly=True)
    try:
        yield Corpus(store)
    finally:
        store.close()


Reader = Annotated[Corpus, Depends(_corpus)]
Id_ = Annotated[str, PathParam(max_length=MAX_ID)]
Span_ = Annotated[str | None, Query(pattern=r"^\d{1,9}-\d{1,9}$", description="Cited words: START-END")]


def create_app(db_path: str | Path) -> FastAPI:
    """The app serving ``db_path``, which must exist (it is opened read-only, once per request)."""
    path = Path(db_path)
    if not path.is_file():
        raise NotFound(f"{path}: no such store (run `storyline ingest` first)")
    app = FastAPI(
        title="storyline",
        summary="Stories reconstructed from news articles, with citations (format storyline/1).",
        docs_url=None,
        redoc_url=None,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    app.state.db_path = path
    cache = _Cache(path)

    def story_document(reader: Corpus, story_id: str) -> dict[str, Any]:
        return cache.get("document", story_id, lambda: data.story_document(reader, story_id))

    def storyline_document(reader: Corpus, storyline_id: str) -> dict[str, Any]:
        return cache.get("storyline", storyline_id, lambda: data.storyline_document(reader, storyline_id))

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    def error(path: str, status: int, message: str) -> Response:
        if path.startswith("/api/") or path == "/openapi.json":
            return JSONResponse({"detail": message}, status_code=status)
        return page("error.html", status=status, q="", status_code=status, message=message)

    app.add_middleware(_Guard, error=error)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request.url.path, 404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return error(request.url.path, 422, problems or "malformed request")

    # --- pages ----------------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(
        reader: Reader, q: Query_ = None, page_no: Annotated[int, Query(alias="page", ge=1, le=10**6)] = 1
    ):
        query = (q or "").strip()
        if query:
            found = data.search(reader, query, limit=SEARCH_HITS)
            return page("search.html", q=query, found=found, views=views)
        rows, total = data.story_rows(reader, PAGE_SIZE, (page_no - 1) * PAGE_SIZE)
        pages = max(1, -(-total // PAGE_SIZE))
        return page(
            "index.html",
            q="",
            rows=rows,
            total=total,
            page_no=page_no,
            pages=pages,
            articles=reader.store.count(),
            views=views,
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: Id_, reader: Reader):
        def build() -> str:
            doc = story_document(reader, story_id)
            changes = data.story_changes(reader, doc)
            layout = views.story_page(doc, changes)
            return env.get_template("story.html").render(q="", s=layout)

        return HTMLResponse(cache.get("page", story_id, build))

    @app.get("/watches", response_class=HTMLResponse, include_in_schema=False)
    def watches_page(reader: Reader):
        return page("watches.html", q="", watches=data.watches(reader))

    # --- feeds ----------------------------------------------------------------------------------------------

    @app.get("/feed.atom", include_in_schema=False)
    def store_feed(request: Request, reader: Reader) -> Response:
        return Response(feeds.store_feed(reader, _base(request)), media_type=CONTENT_TYPE)

    @app.get("/stories/{story_id}/feed.atom", include_in_schema=False)
    def story_feed(story_id: Id_, request: Request, reader: Reader) -> Response:
        return Response(feeds.story_feed(reader, story_id, _base(request)), media_type=CONTENT_TYPE)

    @app.get("/watches/{watch_id}/feed.atom", include_in_schema=False)
    def watch_feed(watch_id: Id_, request: Request, reader: Reader) -> Response:
        watch = reader.store.follow.watch(watch_id)
        if watch is None:
            raise NotFound(f"no saved search with id {watch_id!r}")
        return Response(feeds.watch_feed(reader, watch, _base(request)), media_type=CONTENT_TYPE)

    @app.get("/storylines/{storyline_id}", response_class=HTMLResponse, include_in_schema=False)
    def storyline_page(storyline_id: Id_, reader: Reader):
        def build() -> str:
            layout = views.story_page(storyline_document(reader, storyline_id))
            return env.get_template("story.html").render(q="", s=layout)

        return HTMLResponse(cache.get("storyline-page", storyline_id, build))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: Id_, reader: Reader, hl: Span_ = None):
        doc = data.article_document(reader, article_id)
        return page("article.html", q="", a=views.article_page(doc, _span(hl)))

    # --- API ------------------------------------------------------------------------------------------------

    @app.get("/api/stories", response_model=StoryList, tags=["stories"])
    def api_stories(
        reader: Reader,
        limit: Annotated[int, Query(ge=1, le=MAX_API_LIMIT)] = MAX_API_LIMIT,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> dict[str, Any]:
        """The stories, newest first."""
        return data.story_list(reader, limit, offset)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def api_story(story_id: Id_, reader: Reader) -> StoryDocument:
        """One story as in the JSON export, with its articles, quotes, figures and claims inlined."""
        return story_document(reader, story_id)

    @app.get("/api/storylines", response_model=StorylineList, tags=["storylines"])
    def api_storylines(
        reader: Reader,
        limit: Annotated[int, Query(ge=1, le=MAX_API_LIMIT)] = MAX_API_LIMIT,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> dict[str, Any]:
        """The storylines (stories that continue one another), newest first."""
        return data.storyline_list(reader, limit, offset)

    @app.get("/api/storylines/{storyline_id}", tags=["storylines"])
    def api_storyline(storyline_id: Id_, reader: Reader) -> StoryDocument:
        """One storyline as one story of all its stories' articles, with the list of its stories."""
        return storyline_document(reader, storyline_id)

    @app.get("/api/articles", response_model=ArticleList, tags=["articles"])
    def api_articles(
        reader: Reader,
        limit: Annotated[int, Query(ge=1, le=MAX_API_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> dict[str, Any]:
        """Articles in the order they were ingested."""
        return data.article_rows(reader.store, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(article_id: Id_, reader: Reader) -> ArticleDocument:
        """One article as in the JSON export, with its annotations."""
        return data.article_document(reader, article_id)

    @app.get("/api/changes", tags=["changes"])
    def api_changes(
        reader: Reader,
        since: Annotated[
            str | None, Query(max_length=40, description="ISO time: changes at or after it")
        ] = None,
        story: Annotated[
            str | None, Query(max_length=MAX_ID, description="Only this story's changes")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_API_LIMIT)] = MAX_API_LIMIT,
    ) -> dict[str, Any]:
        """What following feeds changed (new stories, articles, figure values, disagreements, quotes, moved
        dates), newest first, each citing its words."""
        return data.changes(reader, since=since, story_id=story, limit=limit)

    @app.get("/api/search", response_model=SearchResult, tags=["search"])
    def api_search(
        reader: Reader, q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY)]
    ) -> dict[str, Any]:
        """Articles matching every word (full text), best first, and the stories that hold them."""
        return data.search(reader, q, limit=SEARCH_HITS)

    return app


def _base(request: Request) -> str:
    """The address the app is served at, without a trailing slash (feeds link absolutely)."""
    return str(request.base_url).rstrip("/")


def _span(hl: str | None) -> tuple[int, int] | None:
    if not hl:
        return None
    start, end = (int(x) for x in hl.split("-"))
    return (start, end) if start < end else None


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
_BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class _Guard:
    """ASGI middleware in front of every route: refuses oversized and malformed requests with a 4xx before any
    handler (or the store) sees them, and adds the security headers to every response."""

    def __init__(self, app: Callable, error: Callable[[str, int, str], Response]) -> None:
        self.app = app
        self.error = error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    *((k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()),
                ]
            await send(message)

        problem = _problem(scope)
        if problem:
            status, message = problem
            await self.error(scope["path"], status, message)(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


def _problem(scope: Scope) -> tuple[int, str] | None:
    """Why a request is refused (status, message), or None when it may go on to its route."""
    path: str = scope["path"]
    query: bytes = scope.get("query_string", b"")
    if len(path) > MAX_PATH or len(query) > MAX_QUERY_STRING:
        return 414, f"request address over the limit ({MAX_PATH} path, {MAX_QUERY_STRING} query characters)"
    if _CONTROL.search(path):
        return 400, "control characters in the request path"
    headers = dict(scope.get("headers", []))
    length = headers.get(b"content-length", b"0")
    if b"transfer-encoding" in headers or not length.isdigit() or int(length) > MAX_BODY:
        return 413, f"request body over the {MAX_BODY}-byte limit (every route is a GET)"
    if _BAD_ESCAPE.search(query):
        return 400, "malformed percent-escape in the query string"
    for part in query.split(b"&"):
        try:
            text = unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            return 400, "query string is not valid UTF-8"
        if _CONTROL.search(text):
            return 400, "control characters in the query string"
    return None


class _Cache:
    """Recently built story documents and pages, dropped whenever the store file changes (a new ingest).

    A value is built once per key and store version: requests that ask for it while it is being built wait for
    that build instead of starting their own (many clients opening one story, or all of them after an ingest).
    """

    def __init__(self, path: Path, size: int = 2 * CACHED_STORIES) -> None:
        self.path = path
        self.size = size
        self.lock = threading.Lock()
        self.items: OrderedDict[tuple[str, ...], Any] = OrderedDict()
        self.building: dict[tuple[str, ...], threading.Lock] = {}

    def _version(self) -> tuple[str, ...]:
        files = [self.path, self.path.with_name(self.path.name + "-wal")]
        return tuple(str(n) for f in files if f.exists() for n in (f.stat().st_mtime_ns, f.stat().st_size))

    def get(self, kind: str, key: str, build: Callable[[], Any]) -> Any:
        full = (kind, key, *self._version())
        with self.lock:
            if full in self.items:
                self.items.move_to_end(full)
                return self.items[full]
            gate = self.building.setdefault(full, threading.Lock())
        with gate:
            with self.lock:
                if full in self.items:
                    return self.items[full]
            try:
                value = build()
            finally:
                with self.lock:
                    self.building.pop(full, None)
            with self.lock:
                self.items[full] = value
                while len(self.items) > self.size:
                    self.items.popitem(last=False)
        return value


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Runs the app with uvicorn until interrupted; binds to the loopback interface unless told otherwise."""
    import uvicorn

    uvicorn.run(create_app(db_path), host=host, port=port, log_level="info")
