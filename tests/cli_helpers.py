"""Running storyline as a user does, from tests: the CLI in a subprocess, and `storyline serve` on a free port."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path


def storyline(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``storyline ARGS`` run in ``cwd``, its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "storyline", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_command(db: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)]


def stored(db: Path) -> int:
    """Articles in the store at ``db`` now (0 while it does not exist or cannot be read yet)."""
    from storyline.store import Store

    try:
        with Store(db, readonly=True) as store:
            return store.count()
    except Exception:
        return 0


def kill_once_stored(proc: subprocess.Popen, db: Path, kill_at: int, timeout: float) -> None:
    """SIGKILLs ``proc`` once the store at ``db`` holds ``kill_at`` articles (or it ends, or ``timeout`` passes)."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline and stored(db) < kill_at:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
