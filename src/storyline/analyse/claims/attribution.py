"""Who a claim is attributed to: the subject of the nearest reporting verb above it ("the FSB estimated that
..."), or "according to X", when that subject names a source: a named entity, a proper noun, or a source
noun ("officials", "a person who has seen it").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import patterns as P
from .words import clean


def attribution(doc: Doc, anchor: Token | None) -> str | None:
    """Who the claim is attributed to: the subject of the nearest reporting verb above it, or "according to X".

    The climb skips a verb the claim is the subject of ("a group of 40 households said") or the addressee of
    ("told a crowd of 400"), and a subject that names no source ("neither side could find ...")."""
    if anchor is None:
        return None
    token = anchor
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "appos") and token is not anchor:
            return None
        child, token = token, token.head
        if token.lemma_ not in P.SPEECH_VERBS or token.pos_ != "VERB":
            continue
        if child.dep_ in ("nsubj", "nsubjpass", "agent") or (
            token.lemma_ in P.ADDRESSEE_VERBS and child.dep_ in ("dobj", "dative")
        ):
            continue
        source = _subject_source(token)
        if source is not None:
            return source
    return _according_to(anchor.sent)


def _subject_source(verb: Token) -> str | None:
    """The source a reporting verb names: its subject, or the agent of its passive ("was estimated by X")."""
    subjects = [t for t in verb.children if t.dep_ == "nsubj"]
    if not subjects:
        agent = next((t for t in verb.children if t.dep_ == "agent"), None)
        subjects = [t for t in agent.children if t.dep_ == "pobj"] if agent is not None else []
    names = [name for name in map(_source_name, subjects) if name is not None]
    return names[-1] if names else None


def _according_to(sentence: Span) -> str | None:
    for token in sentence:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "to"
        ):
            objects = [t for t in token.doc[token.i + 1].children if t.dep_ == "pobj"]
            if objects:
                return _source_name(objects[0])
    return None


def _source_name(token: Token) -> str | None:
    """The source's name: its named entity, a proper noun with its modifiers, or a noun phrase whose noun names
    a source ("officials", "a person who has seen the report"); None for pronouns and anything else."""
    doc = token.doc
    if token.ent_type_ in P.ATTRIBUTION_LABELS:
        start, end = token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":  # the entity holding the token, without doc.ents
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return clean(doc[start:end].text)
    parts = [t for t in token.subtree if not _inside_clause(t, token) and t.dep_ != "det"]
    if (
        token.pos_ == "PROPN"
    ):  # "the pro-opposition Syrian Observatory": the name starts at its first proper noun
        first = min((t.i for t in parts if t.pos_ == "PROPN" and t.i <= token.i), default=token.i)
        return clean(doc[first : parts[-1].i + 1].text)
    if token.pos_ != "NOUN" or token.lemma_.lower() not in P.SOURCE_NOUNS:
        return None
    end = parts[-1].i + 1
    qualifier = next((t for t in token.rights if t.dep_ in ("relcl", "acl", "prep", "amod")), None)
    if qualifier is not None and end == token.i + 1:  # "a person who has seen the report": who it is
        stop = next(
            (t.i for t in doc[qualifier.i : qualifier.right_edge.i + 1] if t.dep_ in ("punct", "cc")), None
        )
        end = min(stop or qualifier.right_edge.i + 1, token.i + 12)
    return clean(doc[parts[0].i : end].text)


def _inside_clause(token: Token, root: Token) -> bool:
    """Whether ``token`` hangs off ``root`` through an apposition, clause or punctuation."""
    while token.i != root.i:
        if token.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj") or token.is_space:
            return True
        token = token.head
    return False
