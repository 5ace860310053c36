"""The plumbing the loopback API stand-ins share: a threaded HTTP server on 127.0.0.1 that answers
through an API object, keeps quiet when a client hangs up, and starts and stops as a context manager."""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

log = logging.getLogger("landscape.snapshot")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients closing kept-alive connections (end of a run, timeouts) are normal here.
        log.debug("error while serving %s", client_address, exc_info=True)


class LoopbackApiServer:
    """Serves ``api`` through ``handler`` on 127.0.0.1; ``url`` is the server root plus ``api_root``."""

    api_root = ""

    def __init__(self, api: Any, handler: type[BaseHTTPRequestHandler]) -> None:
        self.api = api
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self._server.api = api  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.api_root}"

    def __enter__(self) -> Any:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
