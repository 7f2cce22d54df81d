"""The web UI and JSON API over one store (``storyline serve``): FastAPI, Jinja2 pages, a little plain JS.

Handlers are thin: they validate the request, open the store read-only for that request, call ``data`` (what
the API answers) and ``views`` (how a page lays it out). Everything from an article is untrusted: templates
autoescape, the search words go to SQLite as a parameter, and a Content-Security-Policy forbids inline script.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from ..corpus import Corpus
from ..errors import NotFound
from ..store import Store
from . import data, views
from .schema import ArticleDocument, ArticleList, SearchResult, StoryDocument, StoryList

HERE = Path(__file__).parent
MAX_QUERY = 200
"""Characters of search input accepted."""
PAGE_SIZE = 30
"""Stories per page of the list."""
MAX_API_LIMIT = 500
SEARCH_HITS = 50
CACHED_STORIES = 16
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
    documents = _StoryCache(path)

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc), page)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return _error(request, 422, problems or "malformed request", page)

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
    def story_page(story_id: str, reader: Reader):
        doc = documents.get(reader, story_id)
        return page("story.html", q="", s=views.story_page(doc))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str, reader: Reader, hl: Span_ = None):
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
    def api_story(story_id: str, reader: Reader) -> StoryDocument:
        """One story as in the JSON export, with its articles, quotes, figures and claims inlined."""
        return documents.get(reader, story_id)

    @app.get("/api/articles", response_model=ArticleList, tags=["articles"])
    def api_articles(
        reader: Reader,
        limit: Annotated[int, Query(ge=1, le=MAX_API_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> dict[str, Any]:
        """Articles in the order they were ingested."""
        return data.article_rows(reader.store, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(article_id: str, reader: Reader) -> ArticleDocument:
        """One article as in the JSON export, with its annotations."""
        return data.article_document(reader, article_id)

    @app.get("/api/search", response_model=SearchResult, tags=["search"])
    def api_search(
        reader: Reader, q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY)]
    ) -> dict[str, Any]:
        """Articles matching every word (full text), best first, and the stories that hold them."""
        return data.search(reader, q, limit=SEARCH_HITS)

    return app


def _span(hl: str | None) -> tuple[int, int] | None:
    if not hl:
        return None
    start, end = (int(x) for x in hl.split("-"))
    return (start, end) if start < end else None


def _error(request: Request, status: int, message: str, page: Callable[..., HTMLResponse]) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"detail": message}, status_code=status)
    return page("error.html", status=status, q="", status_code=status, message=message)


class _StoryCache:
    """Recently built story documents, dropped whenever the store file changes (a new ingest)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.items: OrderedDict[tuple[str, tuple[int, ...]], dict[str, Any]] = OrderedDict()

    def _version(self) -> tuple[int, ...]:
        files = [self.path, self.path.with_name(self.path.name + "-wal")]
        return tuple(n for f in files if f.exists() for n in (f.stat().st_mtime_ns, f.stat().st_size))

    def get(self, corpus: Corpus, story_id: str) -> dict[str, Any]:
        key = (story_id, self._version())
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        doc = data.story_document(corpus, story_id)
        with self.lock:
            self.items[key] = doc
            while len(self.items) > CACHED_STORIES:
                self.items.popitem(last=False)
        return doc


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Runs the app with uvicorn until interrupted; binds to the loopback interface unless told otherwise."""
    import uvicorn

    uvicorn.run(create_app(db_path), host=host, port=port, log_level="info")
