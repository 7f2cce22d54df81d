"""Cleaning: a RawArticle becomes an Article, the body without page debris and the metadata its furniture carries.

``cleaner`` does the work, from general patterns of web furniture (``patterns``) and evidence across the corpus
(a short line that recurs in one outlet's articles); ``outlets`` makes outlet names canonical and ``language``
tells the language of a text.
"""

from __future__ import annotations

from .cleaner import candidate_lines, clean, line_key, outlet_hint, site_of

__all__ = ["candidate_lines", "clean", "line_key", "outlet_hint", "site_of"]
