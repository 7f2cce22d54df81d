"""Running storyline as a user does, from tests: the CLI in a subprocess, and `storyline serve` on a free port."""

from __future__ import annotations

import socket
import subprocess
import sys
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
