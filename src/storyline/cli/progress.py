"""Progress on long work: a live line on a terminal, a line every few seconds otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressPrinter:
    """A ``pipeline.Progress`` callback that prints to stderr (quiet=True prints nothing)."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False, every_s: float = 5.0) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.tty = self.stream.isatty()
        self.every_s = every_s
        self.last = 0.0
        self.started = time.perf_counter()
        self.counts: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        self.counts[stage] = done
        if self.quiet:
            return
        now = time.perf_counter()
        if not self.tty and now - self.last < self.every_s:
            return
        self.last = now
        rate = self.counts.get("stored", 0) / max(now - self.started, 1e-9)
        parts = [f"{k} {v}" for k, v in self.counts.items()]
        line = f"ingest: {', '.join(parts)} ({rate:.1f} articles/s)"
        if self.tty:
            self.stream.write("\r\033[K" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def done(self) -> None:
        if self.tty and not self.quiet and self.last:
            self.stream.write("\r\033[K")
            self.stream.flush()
