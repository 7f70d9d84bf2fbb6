"""A tiny HTTP server on 127.0.0.1 for tests: each path is a scripted response."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# A route answers (status, headers, body); it may sleep first to simulate a slow server.
# A body that is an iterable of chunks is sent chunk by chunk, each flushed (a trickling server).
Body = bytes | Iterable[bytes]
Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], Body]]


def respond(status: int, headers: dict[str, str], body: bytes = b"") -> Route:
    """A route that always answers with these exact headers."""

    def route(_req: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], Body]:
        return status, headers, body

    return route


def trickle(byte: bytes, every: float, count: int) -> Route:
    """A route that sends ``count`` bytes, one every ``every`` seconds."""

    def chunks() -> Iterator[bytes]:
        for _ in range(count):
            time.sleep(every)
            yield byte

    def route(_req: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], Body]:
        return 200, {"Content-Type": "text/plain", "Content-Length": str(count)}, chunks()

    return route


def static(body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200) -> Route:
    """A route that always answers the same thing."""
    data = body.encode() if isinstance(body, str) else body

    def route(_req: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], Body]:
        return status, {"Content-Type": content_type}, data

    return route


def slow(seconds: float) -> Route:
    """A route that answers only after ``seconds``."""

    def route(_req: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], Body]:
        time.sleep(seconds)
        return 200, {"Content-Type": "text/plain"}, b"20:15\nlate"

    return route


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """Serve ``routes`` on an ephemeral loopback port; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path.split("?")[0])
            if route is None:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
            else:
                status, headers, body = route(self)
            headers = dict(headers)
            reason = headers.pop("X-Test-Reason", None)  # a scripted reason phrase, sent raw
            try:
                if reason is None:
                    self.send_response(status)
                else:
                    self.log_request(status)
                    self.send_response_only(status, reason)
                    self.send_header("Date", self.date_time_string())
                for k, v in headers.items():
                    self.send_header(k, v)
                if "Content-Length" not in headers and isinstance(body, bytes):
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    for chunk in [body] if isinstance(body, bytes) else body:
                        self.wfile.write(chunk)
                        self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
