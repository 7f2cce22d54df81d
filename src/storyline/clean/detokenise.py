"""Text that arrives tokenised (Penn Treebank style, as scraped corpora and NLP pipelines write it) made plain.

Tokenised text writes brackets as ``-LRB-``/``-RRB-``, opening quotes as two backticks and closing ones as two
apostrophes, escapes slashes with a backslash, and puts a space before every comma, full stop and clitic ("Mexico 's",
"does n't", "19 ,000").
Read as it is, it shows through in every quote, title and summary sentence, and a number like "19 ,000" is two
numbers. A text is treated as tokenised only when it carries the tokeniser's own marks (a bracket token, a
backtick pair, or spaces before most of its commas and full stops), so ordinary text is never touched.
"""

from __future__ import annotations

import operator
import re

BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET_TOKEN = re.compile(r"-[LR][RSC]B-")
_SPACED_MARK = re.compile(r"\w [,.;:?!](?=\s|$)")
_ATTACHED_MARK = re.compile(r"\w[,.;:?!](?=\s|$)")
_CLITIC = re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m|')(?=\s|$)", re.IGNORECASE)
_DOUBLED_STOP = re.compile(r"(?<=\.)\s+\.(?=\s|$)")  # "in the U.S. ." ends the sentence once
_BEFORE_CLOSER = re.compile(r"\s+([,.;:?!%)\]}]|\.\.\.)")
_AFTER_OPENER = re.compile(r"([(\[{$#])\s+")
_ORPHAN_CLOSE = re.compile(r"^\s*''\s*")  # a quote closed at the start of a line closed the sentence before
_DOUBLE_OPEN = re.compile(r"``")
_DOUBLE_CLOSE = re.compile(r"''")
_SINGLE_QUOTED = re.compile(r"`\s*([^`'\n]{1,200}?)\s*'(?=\W|$)")
_CENT_BULLET = re.compile(r"(?:^|\s+)cents\s+(?=[A-Z0-9])")
_AMOUNT = re.compile(
    r"(?:\d|\b(?:a|few|several|many|some|no|of|in|the|and|or|to|half|dozen|[a-z]+teen|[a-z]+ty))\W*$"
)
"""The tokeniser writes a cent sign as "cents"; one that follows no amount and opens a capitalised phrase stood for a
bullet (a list mark decoded as a cent sign): it starts a new line. English puts an amount before "cents", so the
rule holds for text that carries no other tokeniser mark too."""
_GROUP = operator.itemgetter(1)
"""A match's first group: what the patterns above keep (a template read per match costs more)."""
_MIN_MARKS = 2
_SPACED_SHARE = 0.6


def is_tokenised(text: str) -> bool:
    """Whether a text carries a tokeniser's marks: bracket tokens, backtick quotes, or spaced punctuation."""
    if _BRACKET_TOKEN.search(text) or ("``" in text and "''" in text):
        return True
    spaced = len(_SPACED_MARK.findall(text))
    attached = len(_ATTACHED_MARK.findall(text))
    return spaced >= _MIN_MARKS and spaced >= _SPACED_SHARE * (spaced + attached)


def detokenise_line(line: str) -> str:
    """One line of tokenised text as a writer would have written it (each step skipped on a line without the
    characters every match of it holds: most lines have no bracket token, escape or quotation mark)."""
    if "B-" in line:  # every bracket token ends so
        for token, char in BRACKETS.items():
            line = line.replace(token, char)
    if "\\" in line:
        line = line.replace("\\/", "/").replace("\\*", "*")
    if "''" in line:
        line = _ORPHAN_CLOSE.sub("", line)
    marked = "``" in line or "''" in line
    if marked:
        line = _DOUBLE_OPEN.sub(_OPEN, line)
        line = _DOUBLE_CLOSE.sub(_CLOSE, line)
    if "`" in line:
        line = _SINGLE_QUOTED.sub(lambda m: f"'{m.group(1)}'", line)
    if "'" in line:
        line = _CLITIC.sub(_GROUP, line)
    line = _DOUBLED_STOP.sub("", line)
    line = _BEFORE_CLOSER.sub(_GROUP, line)
    line = _AFTER_OPENER.sub(_GROUP, line)
    return _placed_marks(line) if marked else _tidy_double_quotes(line)


_OPEN, _CLOSE = "\x01", "\x02"
"""Stand-ins for the tokeniser's two opening and two closing marks until their side is known."""


def _placed_marks(line: str) -> str:
    """A tokenised line's quotation marks as straight quotes, each on its side: two backticks open; two closing
    marks close after a stop, at the end of the line or when a quotation is open, and otherwise open one ("fell
    ill with '' ferry fever ''": a page that wrote both marks the same). Read from mark to mark: the spaces
    after an opening mark and before a closing one go."""
    parts = _MARK.split(line)  # the text before the first mark, then each mark and the text after it
    out = [parts[0]]
    last = parts[0].rstrip()[-1:]  # the last character written that is no blank
    open_ = False
    for k in range(1, len(parts), 2):
        mark, after = parts[k], parts[k + 1]
        at_end = k == len(parts) - 2 and not after.strip()
        if mark == _CLOSE and (open_ or at_end or last in ".,!?;:"):
            while out and out[-1].endswith(" "):
                out[-1] = out[-1].rstrip(" ")
                if out[-1]:
                    break
                out.pop()
            open_ = False
        else:
            open_ = True
            after = after.lstrip(" ")
        out += ['"', after]
        last = after.rstrip()[-1:] or '"'
    return "".join(out)


_MARK = re.compile(f"([{_OPEN}{_CLOSE}])")


def _tidy_double_quotes(line: str) -> str:
    """Straight double quotes alternate open and close: no space inside an open one or before a close one."""
    parts = line.split('"')
    out = parts[0]
    for k, part in enumerate(parts[1:], start=1):
        out = out + '"' + part.lstrip(" ") if k % 2 else out.rstrip(" ") + '"' + part
    return out


def detokenise(text: str) -> str:
    """``text`` made plain when it is tokenised, line by line (a line never runs into the next); else as is, but
    for a cent sign standing for a bullet, which starts a line in any text."""
    text = _CENT_BULLET.sub(
        lambda m: m.group(0) if _AMOUNT.search(text[max(0, m.start() - 40) : m.start()]) else "\n", text
    )
    if not is_tokenised(text):
        return text
    return "\n".join(detokenise_line(line) for line in text.split("\n"))
