"""The ARM simulator: an HTTPS server on 127.0.0.1 that answers Azure Resource Manager REST calls from an ArmStore.

Owns the wire behaviour the real SDK clients see and the order in which a request meets the simulated Azure:
bearer-token check (401 with an ARM error body), the mandatory `api-version` query parameter
(400 `MissingApiVersionParameter`), the role in force (403, `planner.sim.authz`), the route table, fault injection,
the scope check (404 `SubscriptionNotFound` /
`ResourceGroupNotFound`), throttling of writes (`planner.sim.limits`), then the route. Every request first lets due
long-running operations end (`planner.sim.operations`), so what a client reads is consistent with the clock.

Requests are matched against a route table of (method, path pattern) -> handler, tried in order; ARM paths are
case-insensitive, and so are the patterns. The parts, by job: `reads` (lists, GETs, SKUs, usages), `compute` (VM
actions and PATCH), `network` (NIC and VNet PUT), `scalesets` (model, instances, instance actions), `refusals`
(Azure's refusals), `limits` (throttling), `faults` (injected failures), `operations` (LRO status), `state` (what
happened, at `GET /_sim/state`).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import re
import shutil
import socket
import ssl
import tempfile
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from planner.sim import tls
from planner.sim.authz import RoleEnforcement
from planner.sim.blobs import BlobService
from planner.sim.compute import VmWrites
from planner.sim.estate import SimEstate
from planner.sim.faults import FailOperations, Throttle
from planner.sim.limits import Throttling
from planner.sim.network import NetworkWrites
from planner.sim.operations import Operations
from planner.sim.options import SimOptions
from planner.sim.reads import ReadRoutes
from planner.sim.refusals import Refusals
from planner.sim.scalesets import ScaleSets
from planner.sim.state import SimRecords, state_document
from planner.sim.store import ArmStore
from planner.sim.wire import Fault, Handler, LoggedRequest, Route, SimRequest, SimResponse, arm_error
from planner.sim.writes import WriteContext

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "ArmSimulator",
    "Fault",
    "LoggedRequest",
    "SimHandle",
    "SimRequest",
    "SimResponse",
    "Throttle",
    "arm_error",
]

_log = logging.getLogger("planner.sim")

DEFAULT_PAGE_SIZE = 50
STATE_PATH = "/_sim/state"


@dataclass(frozen=True)
class SimHandle:
    url: str  # https://127.0.0.1:PORT, no trailing slash
    ca_bundle_path: Path
    store: ArmStore
    simulator: ArmSimulator


class ArmSimulator:
    def __init__(
        self,
        store: ArmStore,
        *,
        token: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        host: str = "127.0.0.1",
        port: int = 0,
        tls_dir: Path | None = None,
        options: SimOptions | None = None,
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.store = store
        self.token = token
        self.page_size = page_size
        self.host = host
        self.port = port
        self.tls_dir = tls_dir
        self.options = options or SimOptions()
        self.faults: list[Fault] = []
        self.routes: list[Route] = []
        self.estate = SimEstate(store)
        self.operations = Operations()
        self.records = SimRecords()
        self.throttling = Throttling(self.options.limits) if self.options.limits is not None else None
        self.context = WriteContext(self.estate, self.operations, Refusals(self.estate), self.records, self.options)
        self.reads = ReadRoutes(store, page_size)
        self.vms = VmWrites(self.context)
        self.network = NetworkWrites(self.context)
        self.scale_sets = ScaleSets(self.context, page_size=page_size)
        self.blobs = BlobService()
        self.authz = RoleEnforcement(self.options.role)
        self._log: list[LoggedRequest] = []
        self._log_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._temp_dir: Path | None = None
        self.base_url = ""
        # Specific routes first: the generic GET of a resource would match a scale set's instance too.
        for part in (self.authz, self.operations, self.vms, self.network, self.scale_sets, self.reads):
            part.register(self.add_route)

    # --- routes ------------------------------------------------------------------------------------------

    def add_route(self, method: str, pattern: str, name: str, handler: Handler, *, first: bool = False) -> None:
        """Serve `method` on paths matching `pattern` (a case-insensitive regex with named groups)."""
        route = Route(method.upper(), re.compile(pattern, re.IGNORECASE), name, handler)
        if first:
            self.routes.insert(0, route)
        else:
            self.routes.append(route)

    # --- dispatch ----------------------------------------------------------------------------------------

    def add_fault(self, fault: Fault | FailOperations) -> None:
        if isinstance(fault, FailOperations):
            self.context.failures.append(fault)
        else:
            self.faults.append(fault)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._log_lock:
            return list(self._log)

    def state(self) -> dict[str, Any]:
        """What happened so far (the document `GET /_sim/state` serves)."""
        with self.estate.lock:
            self.operations.advance()
            return state_document(self.estate, self.records, self.scale_sets.state())

    def handle(self, request: SimRequest) -> SimResponse:
        """Answer one request (the HTTP layer calls this; tests may too)."""
        route_name: str | None = None
        try:
            response, route_name = self._dispatch(request)
        except Exception:
            _log.exception("simulator error on %s %s", request.method, request.path)
            response = arm_error(500, "InternalServerError", "The simulator failed on this request.")
        self.records.request(request.method, route_name)
        with self._log_lock:
            self._log.append(
                LoggedRequest(request.method, request.path, dict(request.query), route_name, response.status)
            )
        return response

    def _dispatch(self, request: SimRequest) -> tuple[SimResponse, str | None]:
        refused = self._check_token(request.headers.get("authorization"))
        if refused is not None:
            return refused, None
        if request.path.lower() == STATE_PATH and request.method == "GET":
            return SimResponse(200, self.state()), "sim_state"
        served = self.blobs.serve(
            request,
            lambda account: self.authz.role is None
            or self.authz.blob_reads_allowed(self.blobs.account_id(account, self.store)),
        )
        if served is not None:
            return served, "blob"
        if not request.query.get("api-version"):
            return arm_error(
                400,
                "MissingApiVersionParameter",
                "The api-version query parameter (?api-version=) is required for all requests.",
            ), None
        path_matched = False
        with self.estate.lock:
            self.operations.advance()
            refused = self.authz.check(request, self.estate)
            if refused is not None:
                return refused, None
            for route in self.routes:
                match = route.pattern.match(request.path)
                if match is None:
                    continue
                path_matched = True
                if route.method != request.method:
                    continue
                return self._serve(request, route, {k: v for k, v in match.groupdict().items() if v is not None})
        if path_matched:
            return arm_error(
                405, "MethodNotAllowed", f"The simulator serves no {request.method} route for {request.path}."
            ), None
        return arm_error(
            404, "NotFound", f"The simulator has no route for {request.method} {request.path}."
        ), None

    def _serve(self, request: SimRequest, route: Route, params: dict[str, str]) -> tuple[SimResponse, str]:
        for fault in self.faults:
            injected = fault.intercept(request, route.name)
            if injected is not None:
                return injected, route.name
        missing = self._check_scope(params)
        if missing is not None:
            return missing, route.name
        if self.throttling is not None:
            throttled = self.throttling.check(request, route.name, params)
            if throttled is not None:
                return throttled, route.name
        response = route.handler(request, params)
        for fault in self.faults:
            replaced = fault.answer(request, route.name, response)
            if replaced is not None:
                return replaced, route.name
        return response, route.name

    def _check_token(self, header: str | None) -> SimResponse | None:
        challenge = {
            "WWW-Authenticate": 'Bearer authorization_uri="https://login.microsoftonline.com/common", '
            'error="invalid_token", error_description="The access token is missing or invalid."'
        }
        if not header:
            return arm_error(
                401,
                "AuthenticationFailed",
                "Authentication failed. The 'Authorization' header is missing.",
                challenge,
            )
        scheme, _, token = header.partition(" ")
        token = token.strip()
        valid = scheme.lower() == "bearer" and bool(token)
        if valid and self.token is not None:
            valid = hmac.compare_digest(token.encode(), self.token.encode())
        if not valid:
            return arm_error(401, "InvalidAuthenticationToken", "The access token is invalid.", challenge)
        return None

    def _check_scope(self, params: dict[str, str]) -> SimResponse | None:
        sub = params.get("subscription")
        if sub is not None and not self.store.has_subscription(sub):
            return arm_error(404, "SubscriptionNotFound", f"The subscription '{sub}' could not be found.")
        group = params.get("resource_group")
        if sub is not None and group is not None and not self.store.has_resource_group(sub, group):
            return arm_error(404, "ResourceGroupNotFound", f"Resource group '{group}' could not be found.")
        return None

    # --- lifecycle ---------------------------------------------------------------------------------------

    def start(self) -> SimHandle:
        if self._server is not None:
            raise RuntimeError("the simulator is already running")
        if self.tls_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="planner-sim-"))
        files = tls.generate(self.tls_dir or self._temp_dir or Path("."), hosts=(self.host, "localhost"))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(files.certificate, files.private_key)
        server = _Server((self.host, self.port), self, context)
        self._server = server
        self.base_url = f"https://{self.host}:{server.server_address[1]}"
        self.blobs.base_url = self.base_url
        self.blobs.point_accounts(self.store)
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.05,), name="planner-arm-sim", daemon=True
        )
        self._thread.start()
        _log.info("ARM simulator listening on %s", self.base_url)
        return SimHandle(self.base_url, files.ca_bundle, self.store, self)

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.close_connections()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    @contextlib.contextmanager
    def running(self) -> Iterator[SimHandle]:
        handle = self.start()
        try:
            yield handle
        finally:
            self.stop()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], simulator: ArmSimulator, context: ssl.SSLContext) -> None:
        self.simulator = simulator
        self.ssl_context = context
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The TLS handshake runs here, in the connection's own thread, so a slow client cannot stall accept().
        request.settimeout(30)
        try:
            conn = self.ssl_context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            _log.debug("TLS handshake with %s failed: %s", client_address, exc)
            return
        with self._connections_lock:
            self._connections.add(conn)
        try:
            super().finish_request(conn, client_address)
        finally:
            with self._connections_lock:
                self._connections.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        _log.debug("connection from %s ended with an error", client_address, exc_info=True)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the SDK reuses its connections
    disable_nagle_algorithm = True  # headers and body go out in two writes: do not wait for an ACK between
    timeout = 30  # idle keep-alive connections are closed after this many seconds
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        parts = urlsplit(self.path)
        pairs = tuple(parse_qsl(parts.query, keep_blank_values=True))
        simulator = self.server.simulator
        request = SimRequest(
            method=self.command,
            path=unquote(parts.path).rstrip("/") or "/",
            query={k.lower(): v for k, v in pairs},
            query_pairs=pairs,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            base_url=simulator.base_url,
        )
        response = simulator.handle(request)
        body = response.body
        payload = b"" if body is None else body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(response.status)
        headers = {"Content-Type": "application/json; charset=utf-8", **response.headers}
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("x-ms-request-id", str(uuid.uuid4()))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    do_GET = _serve
    do_PUT = _serve
    do_PATCH = _serve
    do_POST = _serve
    do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        # The request line has no credentials (the token travels in a header, which is never logged).
        _log.debug("%s %s", self.address_string(), format % args)
