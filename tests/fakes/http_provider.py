"""A provider speaking BIN Desk's http-json protocol, with faults to inject.

It records every message it ACCEPTED per reference, so a test can assert that each reference
reached the provider exactly once whatever the faults were.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULTS = ("none", "401", "429", "503", "500_after_accept", "timeout", "drop", "malformed",
          "reorder_duplicate", "400")


@dataclass
class ProviderState:
    token: str = "test-token"
    fault: str = "none"
    fault_times: int = 1_000_000  # how many POSTs get the fault before it clears
    retry_after: str = "2"
    sleep_seconds: float = 1.0
    delay: float = 0.0  # every POST takes this long: half before accepting, half after
    reject: set[str] = field(default_factory=set)  # references answered "rejected"
    accepted: Counter[str] = field(default_factory=Counter)
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)
    #: per reference, the answers of the next status queries (duplicates, out of order);
    #: once used up the current state is answered again
    status_script: dict[str, list[str]] = field(default_factory=dict)
    asked: Counter[str] = field(default_factory=Counter)  # status queries per reference
    posts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def take_fault(self) -> str:
        with self.lock:
            self.posts += 1
            if self.fault == "none" or self.fault_times <= 0:
                return "none"
            self.fault_times -= 1
            return self.fault


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 5
    disable_nagle_algorithm = True  # headers and body go out at once, no delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return  # quiet: tests print nothing they did not ask for

    def _reply(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _authorised(self) -> bool:
        state = self.server.state
        return self.headers.get("Authorization") == f"Bearer {state.token}"

    def do_POST(self) -> None:
        state = self.server.state
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path != "/messages":
            self._reply(404, b"{}")
            return
        if not self._authorised():
            self._reply(401, b'{"error": "bad token"}')
            return
        fault = state.take_fault()
        if fault in ("429", "503"):
            self._reply(int(fault), b'{"error": "busy"}', {"Retry-After": state.retry_after})
            return
        if fault == "400":
            self._reply(400, b'{"error": "bad request"}')
            return
        if state.delay:
            state.stopping.wait(state.delay / 2)
        results = self._accept(json.loads(body)["messages"])
        if state.delay:
            state.stopping.wait(state.delay / 2)
        if fault == "500_after_accept":
            self._reply(500, b'{"error": "internal"}')
        elif fault == "timeout":
            state.stopping.wait(state.sleep_seconds)
            self._reply(202, json.dumps({"results": results}).encode())
        elif fault == "drop":
            self.wfile.write(b"HTTP/1.1 202 Accepted\r\nContent-Length: 5000\r\n\r\n{\"resu")
            self.wfile.flush()
            self.close_connection = True
        elif fault == "malformed":
            self._reply(202, b'{"results": [{"reference": ')
        elif fault == "reorder_duplicate":
            self._reply(202, json.dumps({"results": results[::-1] + results}).encode())
        else:
            self._reply(202, json.dumps({"results": results}).encode())

    def _accept(self, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
        state = self.server.state
        results = []
        with state.lock:
            for message in messages:
                reference = message["reference"]
                if reference in state.reject:
                    results.append({"reference": reference, "id": None, "status": "rejected",
                                    "error": "invalid number"})
                    continue
                state.accepted[reference] += 1
                state.messages[reference] = message
                state.states.setdefault(reference, "accepted")
                results.append({"reference": reference, "id": f"p-{reference}",
                                "status": "accepted", "error": None})
        return results

    def do_GET(self) -> None:
        state = self.server.state
        if not self._authorised():
            self._reply(401, b"{}")
            return
        reference = self.path.removeprefix("/messages/")
        with state.lock:
            state.asked[reference] += 1
            script = state.status_script.get(reference)
            current = script.pop(0) if script else state.states.get(reference)
        if current is None:
            self._reply(404, b'{"error": "not found"}')
            return
        error = "unreachable" if current == "failed" else None
        self._reply(200, json.dumps({"reference": reference, "id": f"p-{reference}",
                                     "status": current, "error": error}).encode())


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: ProviderState) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client killed mid-request is part of the tests, not noise to print


@contextmanager
def running_provider(state: ProviderState | None = None) -> Iterator[tuple[str, ProviderState]]:
    """Serves until the block ends; yields the base URL and the state to steer and inspect."""
    state = state or ProviderState()
    server = _Server(state)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        state.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
