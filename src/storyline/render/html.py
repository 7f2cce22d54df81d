"""The Markdown report as one self-contained HTML page (``storyline export --format html``).

The Markdown already escapes everything that came from an article; the renderer is also told to pass no raw
HTML through, so an article cannot inject markup into the page.
"""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

STYLE = """
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #1d1d1f; max-width: 46rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.9rem; line-height: 1.2; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; } code { font-size: .8em; color: #666; }
li { margin: .25rem 0; } hr { margin: 3rem 0; border: 0; border-top: 3px double #bbb; }
"""


def render_html(markdown: str, title: str) -> str:
    """A standalone page holding ``markdown`` (one or more story reports) rendered as HTML."""
    body = MarkdownIt("commonmark", {"html": False}).render(markdown)
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
