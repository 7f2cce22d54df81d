"""Outlet names across the corpus: a bare site ("themoscowtimes.com") takes the name other articles give it."""

from __future__ import annotations

import re


def squash(name: str) -> str:
    """Letters and digits only, lower case, without a leading "the" (so names and domains compare)."""
    s = re.sub(r"[^a-z0-9]", "", name.lower())
    return s.removeprefix("the") or s


def site_label(site: str) -> str | None:
    """The registered label of a host name ("www.themoscowtimes.com" -> "themoscowtimes"), or None."""
    parts = [p for p in site.lower().split(".") if p and p != "www"]
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "ac", "gov"} and len(parts[-1]) == 2:
        return parts[-3]
    return parts[-2]


def is_site(name: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", name.lower()))


def canonical_names(outlets: list[str]) -> dict[str, str]:
    """For each site-like outlet, the outlet name whose squashed form equals the site's label."""
    by_squash: dict[str, str] = {}
    for name in sorted(o for o in outlets if not is_site(o)):
        by_squash.setdefault(squash(name), name)
    mapping = {}
    for site in outlets:
        if not is_site(site):
            continue
        label = site_label(site)
        if label and squash(label) in by_squash:
            mapping[site] = by_squash[squash(label)]
    return mapping
