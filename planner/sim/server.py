"""The ARM simulator: an HTTPS server on 127.0.0.1 that answers Azure Resource Manager REST calls from an ArmStore.

Owns the wire behaviour the real SDK clients see: bearer-token check (401 with an ARM error body), the mandatory
`api-version` query parameter (400 `MissingApiVersionParameter`), ARM error bodies `{"error": {"code", "message"}}`
(404 `SubscriptionNotFound` / `ResourceGroupNotFound` / `ResourceNotFound`), value pages with an absolute `nextLink`
carrying `$skiptoken`, and fault injection (429 with `Retry-After`).

Requests are matched against a route table of (method, path pattern) -> handler, tried in order, so write
operations are added as routes without touching the dispatcher. ARM paths are case-insensitive; so are the
patterns. The read routes are the ones `planner.inventory.live` needs: lists by subscription or resource group of
any top-level type (with `statusOnly=true` for VMs), GET of a resource (with `$expand=instanceView` for VMs), GET of
a VM's instance view, Resource SKUs (`$filter=location eq '<region>'`) and Compute usages per region.

`statusOnly=true` answers each VM as `id`, `name`, `type`, `location` and `properties.instanceView` only: real ARM
may send more, and the fetcher must not depend on it, so the simulator sends the least.
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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from planner.sim import tls
from planner.sim.store import VM_TYPE, ArmStore

_log = logging.getLogger("planner.sim")

DEFAULT_PAGE_SIZE = 50
_SEG = r"(?P<{}>[^/]+)"
_SUB = r"^/subscriptions/" + _SEG.format("subscription")
_GROUP = _SUB + r"/resourceGroups/" + _SEG.format("resource_group")
_SKU_FILTER = re.compile(r"^\s*location\s+eq\s+'(?P<location>[^']*)'\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class SimRequest:
    method: str
    path: str  # percent-decoded, without the query
    query: Mapping[str, str]  # parameter names case-folded; the last value wins
    query_pairs: tuple[tuple[str, str], ...]  # as sent, for building next links
    headers: Mapping[str, str]  # names case-folded
    body: bytes
    base_url: str


@dataclass
class SimResponse:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def arm_error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> SimResponse:
    return SimResponse(status, {"error": {"code": code, "message": message}}, dict(headers or {}))


Handler = Callable[[SimRequest, Mapping[str, str]], SimResponse]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    name: str
    handler: Handler


class Fault(Protocol):
    """A hook that may answer a matched request in place of its route (throttling, outages...)."""

    def intercept(self, request: SimRequest, route: str) -> SimResponse | None: ...


class Throttle:
    """429 `TooManyRequests` with `Retry-After` on the `nth` request (1-based) of a route, once.

    `path_contains` narrows the count to requests whose path contains it (case-insensitive), e.g. one
    resource type among the lists by subscription.
    """

    def __init__(self, route: str, *, nth: int = 1, retry_after: int = 1, path_contains: str | None = None):
        if nth < 1:
            raise ValueError("nth counts from 1")
        self.route = route
        self.nth = nth
        self.retry_after = retry_after
        self.path_contains = path_contains.lower() if path_contains else None
        self.seen = 0
        self.fired = 0
        self._lock = threading.Lock()

    def intercept(self, request: SimRequest, route: str) -> SimResponse | None:
        if route != self.route or (self.path_contains and self.path_contains not in request.path.lower()):
            return None
        with self._lock:
            self.seen += 1
            if self.seen != self.nth:
                return None
            self.fired += 1
        return arm_error(
            429,
            "TooManyRequests",
            "The request is being throttled: the simulator's fault injection refused it; retry after "
            f"{self.retry_after} seconds.",
            {"Retry-After": str(self.retry_after)},
        )


@dataclass(frozen=True)
class LoggedRequest:
    """A request as the simulator saw it (never its headers: they carry the token)."""

    method: str
    path: str
    query: Mapping[str, str]
    route: str | None
    status: int


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
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.store = store
        self.token = token
        self.page_size = page_size
        self.host = host
        self.port = port
        self.tls_dir = tls_dir
        self.faults: list[Fault] = []
        self.routes: list[Route] = []
        self._log: list[LoggedRequest] = []
        self._log_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._temp_dir: Path | None = None
        self.base_url = ""
        self._add_read_routes()

    # --- routes ------------------------------------------------------------------------------------------

    def add_route(
        self, method: str, pattern: str, name: str, handler: Handler, *, first: bool = False
    ) -> None:
        """Serve `method` on paths matching `pattern` (a case-insensitive regex with named groups)."""
        route = Route(method.upper(), re.compile(pattern, re.IGNORECASE), name, handler)
        if first:
            self.routes.insert(0, route)
        else:
            self.routes.append(route)

    def _add_read_routes(self) -> None:
        self.add_route("GET", _SUB + r"/providers/Microsoft\.Compute/skus/?$", "skus", self._skus)
        self.add_route(
            "GET",
            _SUB + r"/providers/Microsoft\.Compute/locations/" + _SEG.format("location") + r"/usages/?$",
            "usages",
            self._usages,
        )
        self.add_route(
            "GET",
            _GROUP
            + r"/providers/Microsoft\.Compute/virtualMachines/"
            + _SEG.format("name")
            + r"/instanceView/?$",
            "vm_instance_view",
            self._vm_instance_view,
        )
        self.add_route(
            "GET",
            _SUB + r"/providers/" + _SEG.format("namespace") + "/" + _SEG.format("type") + r"/?$",
            "list_by_subscription",
            self._list,
        )
        self.add_route(
            "GET",
            _GROUP + r"/providers/" + _SEG.format("namespace") + "/" + _SEG.format("type") + r"/?$",
            "list_by_resource_group",
            self._list,
        )
        self.add_route(
            "GET",
            _GROUP
            + r"/providers/"
            + _SEG.format("namespace")
            + r"/(?P<rest>[^/]+/[^/]+(?:/[^/]+/[^/]+)*)/?$",
            "get_resource",
            self._get_resource,
        )

    # --- dispatch ----------------------------------------------------------------------------------------

    def add_fault(self, fault: Fault) -> None:
        self.faults.append(fault)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._log_lock:
            return list(self._log)

    def handle(self, request: SimRequest) -> SimResponse:
        """Answer one request (the HTTP layer calls this; tests may too)."""
        route_name: str | None = None
        try:
            response, route_name = self._dispatch(request)
        except Exception:
            _log.exception("simulator error on %s %s", request.method, request.path)
            response = arm_error(500, "InternalServerError", "The simulator failed on this request.")
        with self._log_lock:
            self._log.append(
                LoggedRequest(request.method, request.path, dict(request.query), route_name, response.status)
            )
        return response

    def _dispatch(self, request: SimRequest) -> tuple[SimResponse, str | None]:
        refused = self._check_token(request.headers.get("authorization"))
        if refused is not None:
            return refused, None
        if not request.query.get("api-version"):
            return arm_error(
                400,
                "MissingApiVersionParameter",
                "The api-version query parameter (?api-version=) is required for all requests.",
            ), None
        path_matched = False
        for route in self.routes:
            match = route.pattern.match(request.path)
            if match is None:
                continue
            path_matched = True
            if route.method != request.method:
                continue
            params = {k: v for k, v in match.groupdict().items() if v is not None}
            for fault in self.faults:
                injected = fault.intercept(request, route.name)
                if injected is not None:
                    return injected, route.name
            missing = self._check_scope(params)
            if missing is not None:
                return missing, route.name
            return route.handler(request, params), route.name
        if path_matched:
            return arm_error(
                405, "MethodNotAllowed", f"The simulator serves no {request.method} route for {request.path}."
            ), None
        return arm_error(
            404, "NotFound", f"The simulator has no route for {request.method} {request.path}."
        ), None

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

    def _check_scope(self, params: Mapping[str, str]) -> SimResponse | None:
        sub = params.get("subscription")
        if sub is not None and not self.store.has_subscription(sub):
            return arm_error(404, "SubscriptionNotFound", f"The subscription '{sub}' could not be found.")
        group = params.get("resource_group")
        if sub is not None and group is not None and not self.store.has_resource_group(sub, group):
            return arm_error(404, "ResourceGroupNotFound", f"Resource group '{group}' could not be found.")
        return None

    # --- paging ------------------------------------------------------------------------------------------

    def _page(
        self, request: SimRequest, fetch: Callable[[int, int], tuple[list[dict[str, Any]], int]]
    ) -> SimResponse:
        token = request.query.get("$skiptoken", "0")
        if not token.isdigit():
            return arm_error(400, "InvalidSkipToken", f"The $skiptoken '{token}' is not valid.")
        offset = int(token)
        items, total = fetch(offset, self.page_size)
        body: dict[str, Any] = {"value": items}
        if offset + len(items) < total:
            body["nextLink"] = self._next_link(request, offset + len(items))
        return SimResponse(200, body)

    def _next_link(self, request: SimRequest, offset: int) -> str:
        pairs = [(k, v) for k, v in request.query_pairs if k.lower() != "$skiptoken"]
        pairs.append(("$skiptoken", str(offset)))
        return f"{request.base_url}{quote(request.path)}?{urlencode(pairs, quote_via=quote, safe='$')}"

    @staticmethod
    def _slice(rows: list[dict[str, Any]]) -> Callable[[int, int], tuple[list[dict[str, Any]], int]]:
        return lambda offset, limit: (rows[offset : offset + limit], len(rows))

    # --- read handlers -----------------------------------------------------------------------------------

    def _list(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rtype = f"{params['namespace']}/{params['type']}"
        group = params.get("resource_group")
        status_only = rtype.lower() == VM_TYPE and request.query.get("statusonly", "").lower() == "true"

        def fetch(offset: int, limit: int) -> tuple[list[dict[str, Any]], int]:
            items, total = self.store.page(
                params["subscription"], rtype, resource_group=group, offset=offset, limit=limit
            )
            if status_only:
                items = [self._status_only(vm) for vm in items]
            return items, total

        return self._page(request, fetch)

    def _status_only(self, vm: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {k: vm[k] for k in ("name", "id", "type", "location") if k in vm}
        out["properties"] = {"instanceView": self.store.instance_view(str(vm["id"]))}
        return out

    def _get_resource(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        resource_id = (
            f"/subscriptions/{params['subscription']}/resourceGroups/{params['resource_group']}"
            f"/providers/{params['namespace']}/{params['rest']}"
        )
        resource = self.store.get(resource_id)
        if resource is None:
            return _not_found(params)
        if (
            str(resource.get("type", "")).lower() == VM_TYPE
            and request.query.get("$expand") == "instanceView"
        ):
            props = dict(resource.get("properties") or {})
            props["instanceView"] = self.store.instance_view(resource_id)
            resource = {**resource, "properties": props}
        return SimResponse(200, resource)

    def _vm_instance_view(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        vm_id = (
            f"/subscriptions/{params['subscription']}/resourceGroups/{params['resource_group']}"
            f"/providers/Microsoft.Compute/virtualMachines/{params['name']}"
        )
        view = self.store.instance_view(vm_id)
        if view is None:
            return _not_found(
                {**params, "namespace": "Microsoft.Compute", "rest": f"virtualMachines/{params['name']}"}
            )
        return SimResponse(200, view)

    def _skus(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rows = self.store.skus(params["subscription"])
        text = request.query.get("$filter")
        if text is not None:
            match = _SKU_FILTER.match(text)
            if match is None:
                return arm_error(
                    400,
                    "InvalidParameter",
                    f"The $filter '{text}' is not supported: only location eq '<region>' is.",
                )
            region = match.group("location").lower()
            rows = [r for r in rows if region in (str(loc).lower() for loc in r.get("locations") or [])]
        return self._page(request, self._slice(rows))

    def _usages(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        return self._page(request, self._slice(self.store.usages(params["subscription"], params["location"])))

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


def _not_found(params: Mapping[str, str]) -> SimResponse:
    parts = params["rest"].split("/")
    rtype = "/".join([params["namespace"], *parts[0::2]])
    name = "/".join(parts[1::2])
    return arm_error(
        404,
        "ResourceNotFound",
        f"The Resource '{rtype}/{name}' under resource group '{params['resource_group']}' was not found. "
        "For more details please go to https://aka.ms/ARMResourceNotFoundFix",
    )


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
        payload = b"" if response.body is None else json.dumps(response.body).encode()
        self.send_response(response.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("x-ms-request-id", str(uuid.uuid4()))
        for name, value in response.headers.items():
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
