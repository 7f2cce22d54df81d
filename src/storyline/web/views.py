"""Page models: the API's story and article documents reshaped into what the templates lay out.

Pure functions over the documents' dicts (the contract's JSON shapes), so every page shows exactly what the API
answers and can be tested with hand-made documents. Text stays raw here; the templates escape it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from . import charts
from .highlight import Mark, pieces

MAX_FACTS = 15
"""Rows of the coverage matrix shown at first; the rest sit behind a "show all" fold."""
MAX_ENTITIES = 40
SHOWN_QUOTES = 3
"""Quotes shown per speaker before the rest fold away."""
MAX_SPEAKER_QUOTES = 20
MAX_SPEAKERS = 40
"""Bounds on the quotes section of a very large story (the API still has every quote)."""
METHODS = {
    "metadata": "from the page's metadata",
    "url": "from its web address",
    "byline": "from its byline",
    "text": "from its text",
    "inferred": "inferred from the dates of related articles",
    "unknown": "not found",
}
MAX_BADGES = 3
"""Citation badges shown after a sentence; the rest fold behind "+N more" (a sentence may cite 40 articles)."""
KIND_NOTES = {"direct": "direct quote", "indirect": "reported speech", "mixed": "partly quoted"}


def article_href(article_id: str, span: tuple[int, int] | None = None) -> str:
    """The article page, with the cited words highlighted and scrolled to when ``span`` is given."""
    href = f"/articles/{quote(article_id, safe='')}"
    return f"{href}?hl={span[0]}-{span[1]}#cited" if span else href


def story_href(story_id: str) -> str:
    return f"/stories/{quote(story_id, safe='')}"


def storyline_href(storyline_id: str) -> str:
    return f"/storylines/{quote(storyline_id, safe='')}"


def pretty_day(value: str | None) -> str:
    d = charts.day(value)
    return charts.short_day(d, with_year=True) if d else (value or "undated")


def published_text(published: Mapping[str, Any]) -> str:
    """When an article appeared, hedged when the day was inferred within an interval."""
    p = published or {}
    if not p.get("date"):
        return "undated"
    text = pretty_day(p["date"])
    if p.get("method") == "inferred":
        text = "about " + text
        if p.get("earliest") and p.get("latest") and p["earliest"] != p["latest"]:
            text += f" (between {pretty_day(p['earliest'])} and {pretty_day(p['latest'])})"
    return text


def span_text(first: str | None, last: str | None) -> str:
    if first and last and first != last:
        return f"{pretty_day(first)} – {pretty_day(last)}"
    return pretty_day(first or last)


class _Sources:
    """The story's articles numbered by date, so a citation reads "[3]" and points at source 3."""

    def __init__(self, articles: Sequence[Mapping[str, Any]], colours: Mapping[str, str]) -> None:
        ordered = sorted(articles, key=lambda a: ((a.get("published") or {}).get("date") or "9999", a["id"]))
        self.by_id = {a["id"]: a for a in ordered}
        self.number = {a["id"]: n for n, a in enumerate(ordered, start=1)}
        self.colours = colours
        self.rows = [
            {
                "n": self.number[a["id"]],
                "id": a["id"],
                "href": article_href(a["id"]),
                "title": a.get("title") or "(untitled)",
                "outlet": outlet_of(a),
                "colour": colours.get(outlet_of(a), charts.PALETTE[-1]),
                "when": published_text(a.get("published") or {}),
                "duplicate": bool(a.get("duplicate_of")),
            }
            for a in ordered
        ]

    def cite(self, c: Mapping[str, Any]) -> dict[str, Any] | None:
        a = self.by_id.get(c.get("article", ""))
        if a is None:
            return None
        start, end = int(c["start"]), int(c["end"])
        return {
            "n": self.number[a["id"]],
            "href": article_href(a["id"], (start, end)),
            "words": a["text"][start:end],
            "outlet": outlet_of(a),
            "source": f"{outlet_of(a)}, {published_text(a.get('published') or {})}",
            "colour": self.colours.get(outlet_of(a), charts.PALETTE[-1]),
        }

    def cited(self, sentence: Mapping[str, Any]) -> dict[str, Any]:
        found = [c for c in (self.cite(c) for c in sentence.get("citations", ())) if c]
        return {"text": sentence.get("text", ""), "citations": found[:MAX_BADGES], "more": found[MAX_BADGES:]}


def outlet_of(article: Mapping[str, Any]) -> str:
    return article.get("outlet") or "unknown outlet"


def story_page(doc: Mapping[str, Any], changes: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """Everything the story page lays out, from the API's story document and the changes following recorded
    in the story (``/api/changes``)."""
    articles = doc.get("articles", [])
    colours = charts.outlet_colours([outlet_of(a) for a in articles])
    sources = _Sources(articles, colours)
    originals = [a for a in articles if not a.get("duplicate_of")]
    counts: dict[str, int] = defaultdict(int)
    for a in originals:
        counts[outlet_of(a)] += 1
    timeline = [
        {
            "number": n,
            "anchor": f"t{n}",
            "when": _entry_when(e),
            "sentences": [sources.cited(s) for s in e.get("sentences", ())],
        }
        for n, e in enumerate(doc.get("timeline", []), start=1)
    ]
    article_days = [
        (
            (a.get("published") or {}).get("date"),
            colours[outlet_of(a)],
            f"{outlet_of(a)}: {a.get('title') or ''}",
        )
        for a in originals
    ]
    line = doc.get("storyline")
    return {
        "id": doc["id"],
        "kind": "Storyline" if "stories" in doc else "Story",
        "storyline": {"href": storyline_href(line["id"]), "title": line["title"]} if line else None,
        "stories": [
            {
                "href": story_href(s["id"]),
                "title": s.get("title") or "(untitled story)",
                "span": span_text(s.get("first"), s.get("last")),
                "n": len(s.get("articles", ())),
            }
            for s in doc.get("stories", ())
        ],
        "title": doc.get("title") or "(untitled story)",
        "span": span_text(doc.get("first"), doc.get("last")),
        "outlets": [{"name": o, "count": n, "colour": colours[o]} for o, n in sorted(counts.items())],
        "n_articles": len(originals),
        "n_copies": len(articles) - len(originals),
        "sources": sources.rows,
        "summary": [sources.cited(s) for s in doc.get("summary", [])],
        "timeline": timeline,
        "timeline_axis": charts.timeline_axis(doc.get("timeline", []), article_days),
        "figures": figure_views(doc, sources, colours),
        "speakers": speakers(doc.get("quotes", []), sources),
        "coverage": coverage_matrix(doc.get("coverage") or {}, sources, colours),
        "entities": entity_groups(doc.get("entities", [])),
        "changes": [
            {"when": _moment(c["at"]), "kind": c["kind"], "sentence": sources.cited(c)} for c in changes
        ],
        "feed": story_href(doc["id"]) + "/feed.atom" if "stories" not in doc else None,
    }


def _moment(at: str) -> str:
    """A recorded time as a reader reads it: "5 Dec 2026, 08:15 UTC"."""
    day = pretty_day(at[:10])
    return f"{day}, {at[11:16]} UTC" if len(at) >= 16 else day


def _entry_when(entry: Mapping[str, Any]) -> str:
    value, first, last = entry.get("date"), entry.get("earliest"), entry.get("latest")
    if charts.day(value):
        return pretty_day(value)
    month = charts.day(f"{value}-01") if isinstance(value, str) and len(value) == 7 else None
    if month:
        return f"{month:%B %Y}"
    if isinstance(value, str) and len(value) == 4 and value.isdigit():
        return value
    if first and last and first != last:
        return f"{value} ({pretty_day(first)} – {pretty_day(last)})"
    return str(value or "undated")


def figure_points(figure: Mapping[str, Any], doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A figure's points: as the figure lists them, else built from its claims and their articles."""
    if figure.get("points"):
        return [dict(p) for p in figure["points"]]
    claims = {c["id"]: c for c in doc.get("claims", [])}
    articles = {a["id"]: a for a in doc.get("articles", [])}
    out = []
    for cid in figure.get("claims", ()):
        c = claims.get(cid)
        a = articles.get(c["article"]) if c else None
        if c is None or a is None:
            continue
        out.append(
            {
                **c,
                "claim": cid,
                "outlet": outlet_of(a),
                "published": (a.get("published") or {}).get("date"),
                "citation": {"article": c["article"], "start": c["start"], "end": c["end"]},
            }
        )
    return sorted(out, key=lambda p: (p.get("published") or "9999", p["citation"]["start"]))


def figure_views(
    doc: Mapping[str, Any], sources: _Sources, colours: Mapping[str, str]
) -> list[dict[str, Any]]:
    out = []
    for f in doc.get("figures", []):
        points = figure_points(f, doc)
        conflicts = [tuple(pair) for pair in f.get("conflicts", ())]
        cites = [sources.cite(p["citation"]) if p.get("citation") else None for p in points]
        chart = charts.figure_chart(points, conflicts, colours, [c["href"] if c else "" for c in cites])
        clashing = {i for pair in conflicts for i in pair[:2]}
        rows = [
            {
                "when": pretty_day(p.get("published")),
                "outlet": p.get("outlet") or "unknown outlet",
                "colour": colours.get(p.get("outlet") or "", charts.PALETTE[-1]),
                "says": p.get("text", ""),
                "who": p.get("attributed_to"),
                "cite": cites[i],
                "conflict": i in clashing,
            }
            for i, p in enumerate(points)
        ]
        out.append(
            {
                "charted": len(rows) > 1 or bool(f.get("disagreement")),
                "id": f["id"],
                "label": f.get("label") or "figure",
                "unit": f.get("unit"),
                "disagreement": bool(f.get("disagreement")),
                "changed": bool(f.get("changed")),
                "chart": chart,
                "rows": rows,
            }
        )
    return out


def speakers(quotes: Sequence[Mapping[str, Any]], sources: _Sources) -> list[dict[str, Any]]:
    """Quotes grouped by who said them, the most quoted first; each with every outlet that carried it.

    Within a speaker, quotes carried by more outlets come first, then direct words before reported speech.
    """
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    named: set[str] = set()
    for q in quotes:
        speaker = q.get("speaker") or {}
        name = speaker.get("name") or "Unattributed"
        if speaker.get("entity"):
            named.add(name)
        carried: dict[str, dict[str, Any]] = {}
        for o in q.get("occurrences", ()):
            c = sources.cite(o)
            if c:
                carried.setdefault(c["outlet"], {"outlet": c["outlet"], "cite": c})
        grouped[name].append(
            {
                "text": q.get("text", ""),
                "kind": KIND_NOTES.get(q.get("kind", ""), ""),
                "direct": q.get("kind") == "direct",
                "outlets": list(carried.values()),
            }
        )
    out = []
    order = sorted(grouped, key=lambda k: (k == "Unattributed", k not in named, -len(grouped[k]), k))
    for name in order[:MAX_SPEAKERS]:
        ranked = sorted(grouped[name], key=lambda q: (-len(q["outlets"]), not q["direct"]))
        out.append(
            {
                "name": name,
                "named": name in named,
                "count": len(ranked),
                "quotes": ranked[:SHOWN_QUOTES],
                "more": ranked[SHOWN_QUOTES:MAX_SPEAKER_QUOTES],
            }
        )
    return out


def coverage_matrix(
    coverage: Mapping[str, Any], sources: _Sources, colours: Mapping[str, str]
) -> dict[str, Any]:
    """Outlets as columns, facts as rows; a cell links to where that outlet reports the fact."""
    outlets = [o["outlet"] for o in coverage.get("outlets", ())]
    rows = []
    for f in coverage.get("facts", ()):
        cells: dict[str, dict[str, Any]] = {}
        for c in f.get("citations", ()):
            cited = sources.cite(c)
            if cited:
                cells.setdefault(cited["outlet"], cited)
        rows.append(
            {
                "text": f.get("text", ""),
                "cells": [cells.get(o) for o in outlets],
                "only": len(f.get("outlets", ())) == 1,
            }
        )
    return {
        "outlets": [{"name": o, "colour": colours.get(o, charts.PALETTE[-1])} for o in outlets],
        "rows": rows[:MAX_FACTS],
        "more": rows[MAX_FACTS:],
    }


def entity_groups(entities: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The most mentioned entities, grouped by type (people first)."""
    top = sorted(entities, key=lambda e: (-len(e.get("mentions", ())), e.get("name", "")))[:MAX_ENTITIES]
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in top:
        aliases = [x for x in e.get("aliases", ()) if x != e.get("name")]
        groups[e.get("type") or "OTHER"].append(
            {"name": e.get("name", ""), "aliases": aliases, "mentions": len(e.get("mentions", ()))}
        )
    order = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"]
    return [
        {"type": t, "entities": groups[t]}
        for t in sorted(groups, key=lambda t: (order.index(t) if t in order else len(order), t))
    ]


def article_page(doc: Mapping[str, Any], cited: tuple[int, int] | None = None) -> dict[str, Any]:
    """The article's text cut into highlighted pieces, its debris, and how its date was found."""
    text = doc.get("text", "")
    marks = [Mark(m["start"], m["end"], "entity", m.get("type", "")) for m in doc.get("mentions", ())]
    marks += [
        Mark(d["start"], d["end"], "date", d.get("value") or "unresolved date") for d in doc.get("dates", ())
    ]
    for q in doc.get("quotes", ()):
        who = f" by {q['speaker']}" if q.get("speaker") else ""
        marks.append(
            Mark(q["start"], q["end"], "quote", f"{KIND_NOTES.get(q.get('kind', ''), 'quote')}{who}")
        )
        if q.get("speaker_start") is not None and q.get("speaker_end") is not None:
            # the words the text attributes the quote to ("he", "a spokesman"), named as whom they resolve to
            marks.append(Mark(q["speaker_start"], q["speaker_end"], "speaker", f"the speaker{who}"))
    for c in doc.get("claims", ()):
        marks.append(Mark(c["start"], c["end"], "claim", _claim_note(c)))
    if cited:
        marks.append(Mark(cited[0], cited[1], "cited", "cited words"))
    published = doc.get("published") or {}
    return {
        "id": doc["id"],
        "title": doc.get("title") or "(untitled)",
        "outlet": outlet_of(doc),
        "author": doc.get("author"),
        "source": doc.get("source"),
        "url": doc.get("url"),
        "when": published_text(published),
        "method": METHODS.get(published.get("method", "unknown"), "not found"),
        "pieces": pieces(text, marks),
        "cited": cited is not None and any(m.kind == "cited" for m in marks) and cited[0] < len(text),
        "boilerplate": list(doc.get("boilerplate", ())),
        "story": story_href(doc["story"]) if doc.get("story") else None,
        "duplicate_of": article_href(doc["duplicate_of"]) if doc.get("duplicate_of") else None,
        "counts": {
            "entity": len(doc.get("mentions", ())),
            "date": len(doc.get("dates", ())),
            "quote": len(doc.get("quotes", ())),
            "claim": len(doc.get("claims", ())),
        },
    }


def _claim_note(c: Mapping[str, Any]) -> str:
    value = c.get("value")
    shown = charts.number(float(value)) if isinstance(value, int | float) else str(value)
    if c.get("qualifier") == "range" and isinstance(c.get("upper"), int | float):
        shown += f"–{charts.number(float(c['upper']))}"
    q = {"~": "about ", ">=": "at least ", "<=": "at most ", "up": "up ", "down": "down "}.get(
        c.get("qualifier", ""), ""
    )
    who = f", per {c['attributed_to']}" if c.get("attributed_to") else ""
    return f"claim: {q}{shown} {c.get('unit') or ''}".rstrip() + who
