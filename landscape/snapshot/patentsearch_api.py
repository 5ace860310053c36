"""A loopback stand-in for the PatentsView PatentSearch API, for the offline demo and the tests.

It implements what the pipeline relies on, the way the live API behaves (research/sources.md §3.2):
the ``X-Api-Key`` check (403 with ``X-Status-Reason`` when wrong), ``q`` with ``_gte``/``_lte``/``_and``
on ``patent_date``, the (patent_date, patent_id) sort, ``f`` field selection (``assignees.…`` keeps the
nested list), ``o.size`` and the ``o.after`` cursor, the POST form (the same parameters as a JSON body),
429 with ``Retry-After`` on scripted request numbers, and ``X-Status-Reason`` on refused requests.
Its data is a list of patents in the API's JSON shape (``patents.json`` of the snapshot, or a fixture).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from landscape.snapshot.loopback import LoopbackApiServer

API_PATH = "/api/v1/patent/"
# The key the demo's settings carry; the stand-in accepts only it (or the one a test chooses).
DEMO_API_KEY = "demo-offline-patentsearch-key"


@dataclass
class PatentSearchApi:
    patents: list[dict[str, Any]]
    api_key: str = DEMO_API_KEY
    requests: list[dict[str, Any]] = field(default_factory=list)
    # Request numbers (1-based) answered with 429 + Retry-After: 1 instead of data.
    throttle: set[int] = field(default_factory=set)
    status_reason: str | None = None  # answer every request 400 with this X-Status-Reason
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, path: str, query: dict[str, str], headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.requests.append({"path": path, "query": query, "headers": headers})
            number = len(self.requests)
        if path != API_PATH:
            return 404, {}, b'{"detail":"Not Found"}'
        if headers.get("x-api-key") != self.api_key:
            return 403, {"X-Status-Reason": "Invalid API key"}, b""
        if number in self.throttle:
            return 429, {"Retry-After": "1"}, b""
        if self.status_reason:
            return 400, {"X-Status-Reason": self.status_reason}, b""
        try:
            q, s, o, f = (json.loads(query[name]) for name in ("q", "s", "o", "f"))
        except (KeyError, json.JSONDecodeError):
            return 400, {"X-Status-Reason": "Invalid query parameters"}, b""
        if s != [{"patent_date": "asc"}, {"patent_id": "asc"}]:
            return 400, {"X-Status-Reason": f"Unsupported sort {s}"}, b""
        conditions = q.get("_and", [q])
        rows = [p for p in self.patents if all(_matches(p, c) for c in conditions)]
        rows.sort(key=lambda p: (p["patent_date"], p["patent_id"]))
        total = len(rows)
        if "after" in o:
            rows = [p for p in rows if (p["patent_date"], p["patent_id"]) > tuple(o["after"])]
        rows = [_select(p, f) for p in rows[: o["size"]]]
        body = {"error": False, "count": len(rows), "total_hits": total, "patents": rows}
        return 200, {"Content-Type": "application/json"}, json.dumps(body, ensure_ascii=False).encode()


def _matches(patent: dict[str, Any], condition: dict[str, Any]) -> bool:
    ((operator, operand),) = condition.items()
    ((name, value),) = operand.items()
    if operator == "_gte":
        return bool(patent[name] >= value)
    if operator == "_lte":
        return bool(patent[name] <= value)
    raise ValueError(f"the stand-in API does not know {operator}")


def _select(patent: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """The requested fields; a nested list (``assignees``) keeps only its requested sub-fields."""
    selected: dict[str, Any] = {}
    for name, value in patent.items():
        if name in fields:
            selected[name] = value
            continue
        wanted = [f.split(".", 1)[1] for f in fields if f.startswith(name + ".")]
        if wanted and isinstance(value, list):
            selected[name] = [{k: v for k, v in item.items() if k in wanted} for item in value]
    return selected


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, the body waits for a delayed ACK (40 ms a request).
    disable_nagle_algorithm = True
    server: Any

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self._answer(parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()})

    def do_POST(self) -> None:
        document = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self._answer(urlsplit(self.path).path, {k: json.dumps(v) for k, v in document.items()})

    def _answer(self, path: str, query: dict[str, str]) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        headers[":method"] = self.command
        status, extra, body = self.server.api.answer(path, query, headers)
        self.send_response(status)
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class PatentSearchServer(LoopbackApiServer):
    """Serves a PatentSearchApi on 127.0.0.1; ``url`` is the base URL (``…/api/v1``)."""

    api_root = "/api/v1"
    api: PatentSearchApi

    def __init__(self, api: PatentSearchApi) -> None:
        super().__init__(api, _Handler)

    @classmethod
    def from_file(cls, path: Path, api_key: str = DEMO_API_KEY) -> PatentSearchServer:
        document = json.loads(path.read_text(encoding="utf-8"))
        return cls(PatentSearchApi(document["patents"], api_key=api_key))
