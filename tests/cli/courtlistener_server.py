"""A local stand-in for CourtListener's REST API v4, serving recorded dockets on 127.0.0.1.

Each recorded docket (``tests/fixtures/dockets/courtlistener``) is served as the API serves
it: the docket without its entries at ``/api/rest/v4/dockets/ID/``, and its entries at
``/api/rest/v4/docket-entries/?docket=ID``, a page of ``page_size`` at a time with a
``next`` link carrying a cursor. Only the token ``GOOD_TOKEN`` is accepted. ``faults`` makes a
path answer given statuses first (429 and 503 with ``Retry-After: 0``, 500 without), in order.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

RECORDED = Path(__file__).parents[1] / "fixtures" / "dockets" / "courtlistener"
GOOD_TOKEN = "s3cret-token-0123456789abcdef"
PREFIX = "/api/rest/v4"


def recorded_dockets() -> dict[int, dict[str, Any]]:
    """Every recorded docket by its id."""
    dockets: dict[int, dict[str, Any]] = {}
    for path in sorted(RECORDED.glob("*.json")):
        for docket in json.loads(path.read_text(encoding="utf-8")):
            dockets[docket["id"]] = docket
    return dockets


@dataclass
class Api:
    """The server's state: what it serves, the faults still to answer, what it was asked."""

    url: str = ""
    page_size: int = 10
    dockets: dict[int, dict[str, Any]] = field(default_factory=recorded_dockets)
    faults: dict[str, list[int]] = field(default_factory=dict)
    requests: list[tuple[str, str | None]] = field(default_factory=list)


def _handler(api: Api) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

        def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            api.requests.append((self.path, self.headers.get("Authorization")))
            queued = api.faults.get(parts.path)
            if queued:
                status = queued.pop(0)
                self._send(
                    status,
                    {"detail": "try later"},
                    {"Retry-After": "0"} if status in (429, 503) else {},
                )
                return
            if self.headers.get("Authorization") != f"Token {GOOD_TOKEN}":
                self._send(401, {"detail": "Invalid token."})
                return
            if parts.path.startswith(f"{PREFIX}/dockets/"):
                docket_id = int(parts.path.rstrip("/").rsplit("/", 1)[-1])
                docket = api.dockets.get(docket_id)
                if docket is None:
                    self._send(404, {"detail": "No Docket matches the given query."})
                    return
                self._send(200, {k: v for k, v in docket.items() if k != "docket_entries"})
                return
            if parts.path == f"{PREFIX}/docket-entries/":
                query = parse_qs(parts.query)
                docket = api.dockets.get(int(query["docket"][0]))
                entries = docket["docket_entries"] if docket else []
                start = int(query.get("cursor", ["0"])[0])
                end = start + api.page_size
                following = (
                    f"{api.url}/docket-entries/?docket={query['docket'][0]}&cursor={end}"
                    if end < len(entries)
                    else None
                )
                self._send(
                    200, {"next": following, "previous": None, "results": entries[start:end]}
                )
                return
            self._send(404, {"detail": "Not found."})

    return Handler


@contextmanager
def serving_on_loopback(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 (a free port) in a thread until the block ends; the
    block gets the server's ``http://127.0.0.1:PORT``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@contextmanager
def serving(api: Api | None = None) -> Iterator[Api]:
    """Serve ``api`` on 127.0.0.1 (a free port) in a thread until the block ends."""
    api = api or Api()
    with serving_on_loopback(_handler(api)) as origin:
        api.url = f"{origin}{PREFIX}"
        yield api
