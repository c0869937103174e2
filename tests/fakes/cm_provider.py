"""A provider of CM.com's shape on loopback: the JSON business messaging API (`POST
/v1.0/message`) and the voice notification API (`POST /voiceapi/v2/Notification`), with the
faults of `http_provider` to inject.

Shapes as CM documents them: the product token in the body (messaging) or in the
X-CM-PRODUCTTOKEN header (voice); a wrong token gives 400 with errorCode 101 (messaging) or 401
(voice); the reply lists each message with its reference and "Accepted"/"Rejected". It counts
every SMS (by reference) and every call (by instruction-id) it accepted.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fakes.http_provider import ProviderState

MESSAGE_PATH = "/v1.0/message"
VOICE_PATH = "/voiceapi/v2/Notification"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 5
    disable_nagle_algorithm = True  # headers and body go out at once, no delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _reply(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        state = self.server.state
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        if self.path == MESSAGE_PATH:
            self._messages(state, body)
        elif self.path == VOICE_PATH:
            self._voice(state, body)
        else:
            self._reply(404, b"{}")

    def _faulty(self, state: ProviderState, fault: str, reply: bytes) -> None:
        """Sends `reply` (202/200 already decided) or the injected fault after accepting."""
        if fault == "500_after_accept":
            self._reply(500, b'{"details": "internal"}')
        elif fault == "timeout":
            state.stopping.wait(state.sleep_seconds)
            self._reply(200, reply)
        elif fault == "drop":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n{\"deta")
            self.wfile.flush()
            self.close_connection = True
        elif fault == "malformed":
            self._reply(200, b'{"details": "Created 1 message(s)", "messages": [{')
        else:
            self._reply(200, reply)

    def _messages(self, state: ProviderState, body: dict[str, Any]) -> None:
        messages = body["messages"]
        if messages["authentication"]["producttoken"] != state.token:
            self._reply(400, json.dumps({"details": "No account found for the given "
                                         "authentication", "errorCode": 101,
                                         "messages": []}).encode())
            return
        fault = state.take_fault()
        if fault == "429":
            self._reply(429, b"{}", {"Retry-After": state.retry_after})
            return
        results = []
        with state.lock:
            for msg in messages["msg"]:
                reference = msg["reference"]
                number = msg["to"][0]["number"]
                if reference in state.reject:
                    results.append({"to": number, "status": "Rejected", "reference": reference,
                                    "parts": 0, "messageDetails": "Gsm is not a number.",
                                    "messageErrorCode": 303})
                    continue
                state.accepted[reference] += 1
                state.messages[reference] = msg
                results.append({"to": number, "status": "Accepted", "reference": reference,
                                "parts": 1, "messageDetails": None, "messageErrorCode": 0})
        created = sum(1 for r in results if r["status"] == "Accepted")
        reply = json.dumps({"details": f"Created {created} message(s)",
                            "errorCode": 0 if created == len(results) else 201,
                            "messages": results}).encode()
        self._faulty(state, fault, reply)

    def _voice(self, state: ProviderState, body: dict[str, Any]) -> None:
        if self.headers.get("X-CM-PRODUCTTOKEN") != state.token:
            self._reply(401, b'{"message": "unauthorized"}')
            return
        fault = state.take_fault()
        if fault == "429":
            self._reply(429, b"{}", {"Retry-After": state.retry_after})
            return
        reference = body["instruction-id"]
        if not body.get("callee") or not body.get("prompt") or reference in state.reject:
            self._reply(400, b'{"message": "invalid callee"}')
            return
        with state.lock:
            state.accepted[reference] += 1
            state.messages[reference] = body
        self._faulty(state, fault, json.dumps({"call-id": f"call-{reference}"}).encode())


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: ProviderState) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


@contextmanager
def running_cm(state: ProviderState | None = None) -> Iterator[tuple[str, ProviderState]]:
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
