"""Screenshots of a story or storyline page: serves a store, opens the page in Debian's chromium, writes PNGs.

    .venv/bin/python scripts/screenshot_story.py --db g.db [--story s-…|l-…] [--storyline] [--out screenshots/story]

Writes ``OUT-top.png`` (the first screen) and ``OUT-full.png`` (the whole page). Without ``--story`` the story
with the most articles is taken, or with ``--storyline`` the storyline with the most articles. Needs /usr/bin/chromium (``tests/web_setup.sh``) and playwright.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_stories(base: str, seconds: float = 60.0) -> list[dict]:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/stories", timeout=5) as answer:
                return json.load(answer)["stories"]
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--story", default=None, help="a story (s-…) or storyline (l-…) id")
    ap.add_argument("--storyline", action="store_true", help="the largest storyline rather than story")
    ap.add_argument("--out", default="screenshots/story")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "storyline", "serve", "--db", str(args.db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        stories = wait_for_stories(base)
        story = args.story or max(stories, key=lambda s: len(s["articles"]))["id"]
        if args.storyline and not args.story:
            with urllib.request.urlopen(f"{base}/api/storylines", timeout=60) as answer:
                story = max(json.load(answer)["storylines"], key=lambda s: s["articles"])["id"]
        path = "storylines" if story.startswith("l-") else "stories"
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{base}/{path}/{story}")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=f"{args.out}-top.png")
            page.screenshot(path=f"{args.out}-full.png", full_page=True)
            browser.close()
        print(f"wrote {args.out}-top.png and {args.out}-full.png for {story}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
