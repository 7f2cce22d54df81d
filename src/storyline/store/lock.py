"""One ingest at a time per store: an advisory lock file beside the database."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def ingest_lock(db: str, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Holds ``<db>.lock`` for the duration; if another ingest holds it, calls ``on_wait`` and waits.

    The lock is ``flock`` on an open file, so the kernel releases it when its holder dies, even by SIGKILL.
    """
    if db == ":memory:":
        yield
        return
    real = Path(db).resolve()  # one lock however the store is named (relative path, symlink)
    path = real.with_name(real.name + ".lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
