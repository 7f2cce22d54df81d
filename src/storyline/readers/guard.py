"""A reader's items with nothing escaping: an exception becomes a Skipped naming the source, and the warnings
libraries give while the reader runs (Python warnings, log records, lines written to stderr) become Notices
attached to the source instead of stray lines on the terminal.

Only the reader's own steps are watched: the capture is on while the next item is produced and off while the
caller works on it, so a warning is attached to the source that caused it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
import warnings
from collections.abc import Iterable, Iterator

from .base import Item, Notice, Skipped

MAX_NOTICES = 5
"""Warnings kept per source: a broken file can warn once per line, and the first few say what is wrong."""

_QUIET = (
    "trafilatura",
    "htmldate",
    "courlan",
    "justext",
    "charset_normalizer",
    "chardet",
    "readability",
)
"""Loggers whose records narrate extraction choices rather than warn about the input."""


_active: list[_Collect] = []
"""The captures in force, innermost last: a record goes to the innermost (the source being read) only."""


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if _active and _active[-1] is not self:
            return
        if record.thread == self.thread and record.name.split(".")[0] not in _QUIET:
            self.messages.append(f"{record.name}: {record.getMessage()}")


@contextlib.contextmanager
def _captured() -> Iterator[list[str]]:
    messages: list[str] = []
    handler = _Collect()
    root = logging.getLogger()
    stderr = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stderr(stderr):
        warnings.simplefilter("always")
        root.addHandler(handler)
        _active.append(handler)
        try:
            yield messages
        finally:
            _active.remove(handler)
            root.removeHandler(handler)
    messages += [f"{w.category.__name__}: {w.message}" for w in caught]
    messages += handler.messages
    if stderr.getvalue().strip():  # one message however many lines a library wrote
        messages.append(stderr.getvalue())


def guarded(items: Iterable[Item], source: str, capture: bool = True) -> Iterator[Item]:
    """``items`` as they come, then a Skipped naming ``source`` if the reader raised, with the warnings given
    while each item was made attached as Notices (at most ``MAX_NOTICES``, repeats once). ``capture`` False:
    exceptions only (around readers that are guarded again inside)."""
    it = iter(items)
    seen: set[str] = set()
    while True:
        failure: BaseException | None = None
        done = False
        with _captured() if capture else contextlib.nullcontext([]) as messages:
            try:
                item = next(it)
            except StopIteration:
                done = True
            except RecursionError:
                failure = RecursionError("nested too deeply to read")
            except Exception as exc:  # a reader's bug or a library's on hostile input: the batch goes on
                failure = exc
        for message in messages:
            if message not in seen and len(seen) < MAX_NOTICES:
                seen.add(message)
                yield Notice(source, message)
        if failure is not None:
            yield Skipped(source, f"could not be read ({type(failure).__name__}: {failure})")
            return
        if done:
            return
        yield item
