"""Rewrites the ``--help`` blocks of ``docs/cli.md`` from the commands themselves (as sqlite-utils does with cog).

A block sits between ``<!-- help COMMAND -->`` and ``<!-- end help -->`` (``COMMAND`` empty for the top level);
everything else in the file is written by hand. ``tests/test_docs.py`` fails when a block is stale.

    .venv/bin/python scripts/make_cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/make_cli_docs.py --check  # exit 1 if it is stale
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
WIDTH = 100
BLOCK = re.compile(r"(<!-- help(?P<name>(?: [a-z-]+)?) -->\n)(?P<body>.*?)(<!-- end help -->)", re.S)


def help_text(name: str) -> str:
    """What ``storyline NAME --help`` prints (the top level's help when ``name`` is empty)."""
    args = [*name.split(), "--help"]
    result = CliRunner().invoke(cli, args, prog_name="storyline", terminal_width=WIDTH)
    if result.exit_code != 0:
        raise SystemExit(f"storyline {name} --help failed: {result.output}")
    return result.output


def render(markdown: str) -> str:
    """``markdown`` with every help block filled from the command it names."""

    def fill(m: re.Match[str]) -> str:
        return f"{m.group(1)}```text\n{help_text(m.group('name').strip())}```\n{m.group(4)}"

    return BLOCK.sub(fill, markdown)


def main() -> int:
    current = DOC.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in sys.argv[1:]:
        if fresh != current:
            print(f"{DOC} is stale: run scripts/make_cli_docs.py")
            return 1
        return 0
    DOC.write_text(fresh, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
