"""Renders a story as a readable Markdown report (``storyline show``, ``export --format md``)."""

from __future__ import annotations

from collections import defaultdict

from .corpus import StoryBundle
from .models import Article


def _day(a: Article) -> str:
    p = a.published
    if p.date and p.method == "inferred" and p.earliest != p.latest:
        return f"~{p.date} ({p.earliest}..{p.latest}, inferred)"
    if p.date:
        return p.date if p.method != "inferred" else f"~{p.date} (inferred)"
    return "undated"


def _md(text: str) -> str:
    """Article text made safe inside Markdown (no accidental emphasis, links or HTML)."""
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


def render_markdown(b: StoryBundle) -> str:
    """The story report: articles, figures, quotes by speaker, people and coverage."""
    s = b.story
    by_id = {a.id: a for a in b.articles}
    out = [f"# {_md(s.title)}", ""]
    span = f"{s.first} to {s.last}" if s.first and s.first != s.last else (s.first or "undated")
    outlets = sorted({a.outlet for a in b.originals if a.outlet})
    out += [
        f"Story `{s.id}`: {len(b.originals)} articles"
        + (
            f" ({len(b.articles) - len(b.originals)} near-duplicate copies)"
            if len(b.articles) > len(b.originals)
            else ""
        )
        + f", {span}, from {', '.join(outlets) if outlets else 'unknown outlets'}.",
        "",
        "## Articles",
        "",
    ]
    for a in sorted(b.articles, key=lambda a: (a.published.date or "9999", a.id)):
        dup = f" (copy of `{a.duplicate_of}`)" if a.duplicate_of else ""
        out.append(
            f"- {_day(a)} · {_md(a.outlet or 'unknown outlet')} · {_md(a.title or '(untitled)')} `{a.id}`{dup}"
        )
    claims = [(a, c) for a in b.originals for c in b.analyses.get(a.id, _EMPTY).claims]
    if claims:
        out += ["", "## Figures", ""]
        for a, c in sorted(claims, key=lambda ac: (ac[0].published.date or "9999", ac[1].start)):
            who = f", according to {_md(c.attributed_to)}" if c.attributed_to else ""
            out.append(f"- {_day(a)} · {_md(a.outlet or a.id)}: \u201c{_md(c.text)}\u201d{who}")
    if b.quotes:
        out += ["", "## Quotes by speaker", ""]
        grouped: dict[str, list] = defaultdict(list)
        for q in b.quotes:
            grouped[q.speaker or "unattributed"].append(q)
        for speaker in sorted(grouped, key=lambda k: (-len(grouped[k]), k)):
            out.append(f"### {_md(speaker)}")
            out.append("")
            for q in grouped[speaker]:
                where = ", ".join(
                    sorted(
                        {by_id[o.article].outlet or o.article for o in q.occurrences if o.article in by_id}
                    )
                )
                out.append(f"- ({q.kind}) \u201c{_md(q.text)}\u201d — {_md(where)}")
            out.append("")
    people = sorted(b.entities, key=lambda e: (-len(e.mentions), e.name))[:15]
    if people:
        out += ["", "## Who and what", ""]
        for e in people:
            aliases = [x for x in e.aliases if x != e.name]
            also = f" (also {', '.join(_md(x) for x in aliases)})" if aliases else ""
            out.append(f"- **{_md(e.name)}** {e.type}{also}: {len(e.mentions)} mentions")
    if outlets:
        out += ["", "## Coverage", ""]
        for o in outlets:
            n = sum(1 for a in b.originals if a.outlet == o)
            out.append(f"- {_md(o)}: {n} article{'s' if n != 1 else ''}")
    return "\n".join(out).rstrip() + "\n"


class _Empty:
    claims = ()


_EMPTY = _Empty()
