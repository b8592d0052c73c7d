"""A small fault-injecting HTTP proxy between a kiosk and the office, for the sync tests.

It sits on loopback in front of the real office and, per request, either relays it or does
one of the things real networks and servers do to a sync: fail before the office saw the
request, fail after the office committed it, answer too late, answer half or garbage, drop
the connection, or deliver the same request twice. Which fault a request gets comes from a
plan (a fixed cycle, or a seeded random draw per request index), so every run of a test
injects the same faults in the same places and a failure can be replayed.

Stdlib only (http.server for the listening side, http.client for the office side), one
thread per connection, one request per connection (the kiosk's urllib client closes after
every request anyway).
"""

from __future__ import annotations

import enum
import http.client
import json
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "host", "content-length", "transfer-encoding",
              "proxy-connection", "te", "upgrade"}


class Fault(enum.Enum):
    """What the proxy does with one request. Comments say what the office ends up with."""

    PASS = "pass"                      # relayed both ways untouched
    ERROR_BEFORE = "error_before"      # 500 at once; the office never saw the request
    ERROR_AFTER = "error_after"        # relayed (office committed), the answer replaced by 500
    STALL_AFTER = "stall_after"        # relayed (committed), answer held past the client timeout
    STALL_BEFORE = "stall_before"      # held past the client timeout, then relayed late
    TRUNCATED = "truncated"            # committed; answer cut short, Content-Length to match
    SHORT_READ = "short_read"          # committed; full Content-Length promised, half sent
    GARBLED = "garbled"                # committed; answer bytes mangled into invalid JSON
    GARBLED_HEAD = "garbled_head"      # committed; the answer is not even HTTP
    RESET_BEFORE = "reset_before"      # connection reset (RST); the office never saw it
    RESET_AFTER = "reset_after"        # relayed (committed), then connection reset, no answer
    TWICE = "twice"                    # relayed twice in a row, the second answer returned
    TWICE_AT_ONCE = "twice_at_once"    # relayed twice concurrently, one answer returned


FAULTS = tuple(fault for fault in Fault if fault is not Fault.PASS)
# Faults after which the office has (or may have) the request although the client saw none.
COMMITTED_UNSEEN = frozenset({Fault.ERROR_AFTER, Fault.STALL_AFTER, Fault.STALL_BEFORE,
                              Fault.TRUNCATED, Fault.SHORT_READ, Fault.GARBLED,
                              Fault.GARBLED_HEAD, Fault.RESET_AFTER})


@dataclass(frozen=True)
class Request:
    index: int                 # 0, 1, 2 … in arrival order at the proxy
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @property
    def kind(self) -> str:
        """'push', 'pull' or 'other', for the figures."""
        if self.method == "POST" and self.path.endswith("/events"):
            return "push"
        return "pull" if self.path.startswith("/v1/changes") else "other"


@dataclass(frozen=True)
class Answer:
    status: int
    reason: str
    content_type: str
    body: bytes


@dataclass(frozen=True)
class Delivery:
    """What happened to one request (the proxy's log, for assertions and figures)."""

    index: int
    kind: str
    fault: Fault
    forwarded: int             # how many times it reached the office (0, 1 or 2)
    office_status: int | None  # the office's own status, when it answered


FaultPlan = Callable[[Request], Fault]


class Cycle:
    """Faults in a fixed repeating order, counted separately for pushes, pulls and other
    requests (so a retried push cannot take every clean turn meant for the pull that
    follows it): reproducible by construction."""

    def __init__(self, faults: Sequence[Fault]) -> None:
        if not faults:
            raise ValueError("a cycle needs at least one fault")
        self.faults = tuple(faults)
        self._seen: Counter[str] = Counter()

    def __call__(self, request: Request) -> Fault:
        turn = self._seen[request.kind]        # the proxy calls plans under its lock
        self._seen[request.kind] += 1
        return self.faults[turn % len(self.faults)]


class RandomPlan:
    """A seeded draw per request index (independent of thread timing): same seed, same
    faults at the same indexes. `weights` maps faults to relative weights."""

    def __init__(self, seed: int, weights: Mapping[Fault, float]) -> None:
        self.seed = seed
        self.faults = list(weights)
        self.weights = [weights[fault] for fault in self.faults]

    def __call__(self, request: Request) -> Fault:
        rng = random.Random(f"{self.seed}:{request.index}")
        return rng.choices(self.faults, self.weights)[0]


class FaultProxy:
    """Listens on 127.0.0.1 and relays to `upstream` (the office's base URL) with faults.

    Use as a context manager; leaving it waits for every connection still open, cutting
    stalls short but still relaying held requests (a late delivery still arrives), so the
    office's state is final when the test looks at it.
    """

    def __init__(self, upstream: str, plan: FaultPlan, stall_s: float = 1.5,
                 seed: int = 0, upstream_timeout_s: float = 30.0) -> None:
        parts = urlsplit(upstream)
        assert parts.hostname is not None and parts.port is not None, upstream
        self.upstream = (parts.hostname, parts.port)
        self.plan = plan
        self.stall_s = stall_s
        self.seed = seed
        self.upstream_timeout_s = upstream_timeout_s
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._next_index = 0
        self.log: list[Delivery] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.proxy = self
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()           # joins every handler thread
        self._thread.join(timeout=30)

    # ---- bookkeeping -------------------------------------------------------------------------

    def admit(self, method: str, path: str, headers: tuple[tuple[str, str], ...],
              body: bytes) -> tuple[Request, Fault]:
        with self._lock:
            request = Request(self._next_index, method, path, headers, body)
            self._next_index += 1
            return request, self.plan(request)

    def record(self, delivery: Delivery) -> None:
        with self._lock:
            self.log.append(delivery)

    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return sorted(self.log, key=lambda d: d.index)

    def injected(self, kind: str | None = None) -> Counter[Fault]:
        """How many requests (of one kind: 'push', 'pull') got each fault."""
        return Counter(d.fault for d in self.deliveries()
                       if d.fault is not Fault.PASS and (kind is None or d.kind == kind))

    # ---- the office side -----------------------------------------------------------------------

    def forward(self, request: Request) -> Answer:
        connection = http.client.HTTPConnection(*self.upstream,
                                                timeout=self.upstream_timeout_s)
        try:
            headers = {name: value for name, value in request.headers
                       if name.lower() not in HOP_BY_HOP}
            body = request.body if request.body or request.method == "POST" else None
            connection.request(request.method, request.path, body=body, headers=headers)
            response = connection.getresponse()
            return Answer(response.status, response.reason,
                          response.getheader("Content-Type", "application/json"),
                          response.read())
        finally:
            connection.close()

    def forward_twice_at_once(self, request: Request) -> Answer:
        answers: list[Answer | BaseException] = [RuntimeError("no answer")] * 2

        def deliver(slot: int) -> None:
            try:
                answers[slot] = self.forward(request)
            except Exception as exc:          # reported through the answer below
                answers[slot] = exc

        threads = [threading.Thread(target=deliver, args=(slot,)) for slot in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for answer in answers:
            if isinstance(answer, BaseException):
                raise answer
        first = answers[0]
        assert isinstance(first, Answer)
        return first

    def garble(self, request: Request, body: bytes) -> bytes:
        """Overwrite a few seeded spans with junk until the body is no longer JSON (an answer
        mangled into another valid answer is beyond what any client can detect)."""
        rng = random.Random(f"{self.seed}:{request.index}:garble")
        data = bytearray(body)
        while True:
            for _ in range(3):
                at = rng.randrange(max(1, len(data)))
                for offset in range(min(4, len(data) - at)):
                    data[at + offset] = rng.choice(b'{}[]",:\xff\xfe\x00#')
            try:
                json.loads(bytes(data))
            except ValueError:
                return bytes(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = False                    # so server_close() waits for them
    block_on_close = True
    proxy: FaultProxy


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the proxy's log is `FaultProxy.log`."""

    def do_GET(self) -> None:
        self._relay()

    def do_POST(self) -> None:
        self._relay()

    def _relay(self) -> None:
        self.close_connection = True
        proxy = self.server.proxy
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request, fault = proxy.admit(self.command, self.path, tuple(self.headers.items()),
                                     body)
        forwarded, status = 0, None
        try:
            forwarded, status = self._apply(proxy, request, fault)
        finally:
            proxy.record(Delivery(request.index, request.kind, fault, forwarded, status))

    def _apply(self, proxy: FaultProxy, request: Request,
               fault: Fault) -> tuple[int, int | None]:
        """Carry out `fault`; returns (times relayed to the office, the office's status)."""
        if fault is Fault.ERROR_BEFORE:
            self._send(Answer(500, "Internal Server Error", "text/plain",
                              b"Internal Server Error"))
            return 0, None
        if fault is Fault.RESET_BEFORE:
            self._reset()
            return 0, None
        if fault is Fault.STALL_BEFORE:
            proxy.stopping.wait(proxy.stall_s)
        if fault is Fault.TWICE:
            proxy.forward(request)
        answer = (proxy.forward_twice_at_once(request) if fault is Fault.TWICE_AT_ONCE
                  else proxy.forward(request))
        times = 2 if fault in (Fault.TWICE, Fault.TWICE_AT_ONCE) else 1
        self._answer_with_fault(proxy, request, fault, answer)
        return times, answer.status

    def _answer_with_fault(self, proxy: FaultProxy, request: Request, fault: Fault,
                           answer: Answer) -> None:
        body = answer.body
        if fault is Fault.ERROR_AFTER:
            self._send(Answer(500, "Internal Server Error", "text/plain",
                              b"Internal Server Error"))
        elif fault is Fault.RESET_AFTER:
            self._reset()
        elif fault is Fault.STALL_AFTER:
            proxy.stopping.wait(proxy.stall_s)
            self._send(answer)                # the client has given up by now
        elif fault is Fault.TRUNCATED:
            self._send(Answer(answer.status, answer.reason, answer.content_type,
                              body[:len(body) // 2]))
        elif fault is Fault.SHORT_READ:
            self._send(answer, promised=len(body), body=body[:len(body) // 2])
        elif fault is Fault.GARBLED:
            self._send(Answer(answer.status, answer.reason, answer.content_type,
                              proxy.garble(request, body)))
        elif fault is Fault.GARBLED_HEAD:
            self._write(b"\xff\xfeHTTQ/9.9 ??? \x00\r\n\r\n" + proxy.garble(request, body))
        else:
            self._send(answer)

    def _send(self, answer: Answer, promised: int | None = None,
              body: bytes | None = None) -> None:
        """Write the answer (with a false Content-Length if `promised`); a client that hung
        up already is no error of the proxy's."""
        payload = answer.body if body is None else body
        head = (f"HTTP/1.1 {answer.status} {answer.reason}\r\n"
                f"Content-Type: {answer.content_type}\r\n"
                f"Content-Length: {len(payload) if promised is None else promised}\r\n"
                "Connection: close\r\n\r\n").encode("latin-1")
        self._write(head + payload)

    def _write(self, data: bytes) -> None:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            pass

    def _reset(self) -> None:
        """Close with SO_LINGER 0: the kernel sends RST instead of an orderly FIN."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                   struct.pack("ii", 1, 0))
        self.connection.close()
