"""``python -m storyline.web --db FILE [--host H] [--port P]``: the server without the full CLI."""

from __future__ import annotations

import argparse

from .app import serve


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m storyline.web", description="Serve a storyline store.")
    parser.add_argument("--db", default="storyline.db", help="SQLite store (default: storyline.db)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    args = parser.parse_args()
    serve(args.db, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
