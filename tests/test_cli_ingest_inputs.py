"""`storyline ingest` on inputs that give nothing, and its fetching flags, run as a user runs it."""

from __future__ import annotations

import threading
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler
from pathlib import Path

from tests.cli_helpers import storyline

BODY = (
    "The river authority said on Tuesday that water levels at the Harlow weir had fallen for a third day, easing "
    "fears of a second flood in the valley. Engineers will inspect the embankment on Friday, the authority said."
)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_cli_ingest_empty_folder_exits_1_naming_it(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = storyline("ingest", "empty", "--db", "s.db", cwd=tmp_path)
    assert result.returncode == 1
    assert "skipped empty: folder holds no files to read" in result.stderr
    assert "error: no article could be read" in result.stderr


def test_cli_ingest_store_in_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Weir\n\n{BODY}")
    result = storyline("ingest", "a.txt", "--db", "nowhere/s.db", cwd=tmp_path)
    assert result.returncode == 1 and "no folder" in result.stderr and "internal error" not in result.stderr


def test_cli_ingest_fetches_local_feed_links_only_with_fetch(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "weir.html").write_text(
        f"<html><body><article><h1>Weir</h1><p>{BODY}</p></article></body></html>"
    )
    server = HTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        link = f"http://127.0.0.1:{server.server_port}/weir.html"
        (tmp_path / "wire.rss").write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Weir</title><link>{link}</link></item></channel></rss>"
        )
        without = storyline("ingest", "wire.rss", "--db", "a.db", "-j", "1", cwd=tmp_path)
        refused = storyline("ingest", "wire.rss", "--db", "b.db", "-j", "1", "--fetch", cwd=tmp_path)
        allowed = storyline(
            "ingest", "wire.rss", "--db", "c.db", "-j", "1", "--fetch", "--allow-private", cwd=tmp_path
        )
    finally:
        server.shutdown()
    assert without.returncode == 1 and "--fetch fetches it" in without.stderr
    assert refused.returncode == 1 and "non-public address" in refused.stderr
    assert allowed.returncode == 0 and "1 added" in allowed.stdout
