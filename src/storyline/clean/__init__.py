"""Cleaning: a RawArticle becomes an Article, the body without page debris and the metadata its furniture carries.

``cleaner`` does the work, from general patterns of web furniture (``patterns``), an article's own furniture
(``furniture``) and tokenised text made plain (``detokenise``); ``headline`` cuts a headline from the lead when
a page has none; ``outlets`` makes outlet names canonical and ``language`` tells the language of a text.
"""

from __future__ import annotations

from .cleaner import clean, line_key, site_of

__all__ = ["clean", "line_key", "site_of"]
