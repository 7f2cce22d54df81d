"""How a lead opens where a headline runs into it: on a quotation of a sentence ('Crews plead for help | "We
have no water left," ...'), or on a number that counts ('... off Bergen | One man is missing'), where a quoted
slogan or a number that ends a name ('Harbour One launch') goes on the headline's sentence."""

from __future__ import annotations

import re

from ..analyse.lexicon import has_finite_verb, may_be_finite_verb
from .word_classes import AUXILIARIES, DETERMINERS, JOINING, PREPOSITIONS, SAYING


def quote_open(words: list[str]) -> bool:
    """Whether a quotation is still open at the end of ``words`` (a cut there would end inside a title or a
    quote: 'Author of "Harbour | Tales" ...')."""
    return sum(w.count('"') + w.count("“") + w.count("”") for w in words) % 2 == 1


def quotation_opens(words: list[str], i: int) -> bool:
    """Whether a lead that opens on a quotation starts at ``words[i]``: an opening mark on a capitalised word with
    a lower-case one after it, after a lower-case word that introduces no quotation (a preposition, article,
    auxiliary or a word of naming: 'a campaign called "Safe at Sea"'), with no verb of saying or writing before
    it ('The mayor told the crews yesterday "We will ..."'): 'Crews plead for help | "We have no water left," ...'."""
    before, word, after = words[i - 1], words[i], words[i + 1]
    return (
        re.match(r"[\"“][A-Z][a-z]", word) is not None
        and after[:1].islower()
        and re.fullmatch(r"[a-z]+", before) is not None
        and before not in JOINING | AUXILIARIES
        and not any(w.lower() in _QUOTING for w in words[:i])
        and not quote_open(words[:i])
        and _quotes_a_sentence(words[i:])
    )


def _quotes_a_sentence(words: list[str]) -> bool:
    """Whether the quotation that opens ``words`` quotes a sentence: closed by a stop or a comma inside its mark,
    running to the end of the line, or holding a finite verb; one closed on a bare word is a name, a title or a slogan inside the
    sentence ('branded the plan "Madness from start to finish" at ...', 'banners reading "Save our ferry"')."""
    for k, word in enumerate(words):
        marks = word.count('"') + word.count("”")
        if (k and marks) or (not k and marks > 1):
            closed = k == len(words) - 1 or re.search(r"[,.!?…]['’]?[\"”]", word) is not None
            return closed or has_finite_verb(" ".join(words[: k + 1]))
    return True


_QUOTING = SAYING | frozenset(
    """read reads wrote writes replied replies dubbed titled entitled declared declares explained explains stated
    states noted notes announced announces shouted chanted cried cries called calls named warned warns""".split()
)


def numbers_a_name(words: list[str], i: int) -> bool:
    """Whether a number word after a capitalised one ends a name ("boarding Harbour One launch", "the Formula One
    cars") rather than opening a sentence that counts ("... off Bergen One man is missing", "... Bergen Three were
    killed", "One ferry sank", "One in three", "Four children"): after an article the two are one name; after a
    preposition the capitalised word is a place that ends a headline; a count is followed by a verb, a
    preposition, a plural or a noun for a person, or its noun by a verb."""
    if words[i].lower() not in _NUMBERS:
        return False
    if i >= 2 and words[i - 2].lower() in DETERMINERS:
        return True
    after = words[i + 1].lower().strip(",.;:")
    then = words[i + 2].lower().strip(",.;:") if i + 2 < len(words) else ""
    placed = i >= 2 and words[i - 2].lower() in PREPOSITIONS
    counts = (
        after in _COUNTED_PEOPLE
        or after.endswith("s")
        or after in AUXILIARIES
        or after in PREPOSITIONS
        or may_be_finite_verb(after)
        or then in AUXILIARIES
        or may_be_finite_verb(then)
    )
    return not (placed or counts)


_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
_COUNTED_PEOPLE = frozenset("more other people children men women person man woman child".split())


def unquoted(head: str) -> str:
    """A headline that opens on a quotation, without its opening mark when the quotation is left open (a lead
    quoting a book over two lines, or cut inside its quotation: "The harbour master had one cure for every
    quarrel")."""
    marks = sum(head.count(m) for m in '"“”')
    return head[1:].lstrip() if head[:1] in '"“' and marks % 2 else head
