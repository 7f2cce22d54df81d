"""The JSON API's response shapes, so ``/openapi.json`` describes what each route answers."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Published(BaseModel):
    date: str | None = Field(description="Best single day, ISO YYYY-MM-DD")
    earliest: str | None
    latest: str | None
    method: str = Field(description="metadata, url, byline, text, inferred or unknown")


class ArticleRow(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: Published
    source: str


class ArticleList(BaseModel):
    articles: list[ArticleRow]
    total: int


class StoryRow(BaseModel):
    id: str
    title: str
    articles: list[str]
    first: str | None
    last: str | None


class StoryList(BaseModel):
    stories: list[StoryRow]
    total: int


class StorylineRow(BaseModel):
    id: str
    title: str
    stories: list[str]
    articles: int = Field(description="How many articles its stories hold")
    first: str | None
    last: str | None


class StorylineList(BaseModel):
    storylines: list[StorylineRow]
    total: int


class SearchHit(ArticleRow):
    snippet: str
    """The words around the match as HTML: the article's text escaped, each matched word in <mark>."""


class SearchResult(BaseModel):
    articles: list[SearchHit]
    stories: list[StoryRow]


StoryDocument = dict[str, Any]
"""A story as in the JSON export (format storyline/1) with its articles, quotes, figures, claims inlined."""
ArticleDocument = dict[str, Any]
"""An article as in the JSON export, with its mentions, dates, quotes and claims."""
