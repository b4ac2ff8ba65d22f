"""Fault injection: the failures Azure has and a rehearsal or a test wants on purpose.

- `Throttle`: one 429 with `Retry-After` on the nth request of a route (reads included).
- `ThrottleStorm`: a run of consecutive 429s on writes (or any request), each with `Retry-After`.
- `ServerErrors`: 5xx answers on writes, either refused before anything happened or, with `applied`, after the
  change was made (the answer is lost on the way back: the client must find out what happened by reading).
- `BadAnswers`: a 200 whose body is not what Azure sends: cut short, not JSON, or with a resource without its id
  (a proxy in the way, a broken connection, a service bug): a reader must refuse it, never keep half a page.
- `FailOperations`: long-running operations that end `Failed` (a start that finds no capacity answers
  `AllocationFailed`, as Azure does), chosen by kind and resource name.

Counting is per fault and thread-safe; every fault counts what it fired in `fired`.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Collection
from typing import Any

from planner.sim.wire import WRITE_METHODS, Fault, SimRequest, SimResponse, arm_error


class Throttle(Fault):
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


class _Counter(Fault):
    """Fires on matching requests: after `skip` of them, the next `count` (or every `every`-th, forever)."""

    def __init__(
        self,
        *,
        skip: int = 0,
        count: int | None = None,
        every: int | None = None,
        methods: Collection[str] = WRITE_METHODS,
        routes: Collection[str] | None = None,
    ) -> None:
        if every is not None and every < 1:
            raise ValueError("every counts from 1")
        self.skip = skip
        self.count = count
        self.every = every
        self.methods = frozenset(m.upper() for m in methods)
        self.routes = frozenset(routes) if routes is not None else None
        self.seen = 0
        self.fired = 0
        self._lock = threading.Lock()

    def _hit(self, request: SimRequest, route: str) -> bool:
        if request.method not in self.methods or (self.routes is not None and route not in self.routes):
            return False
        with self._lock:
            self.seen += 1
            n = self.seen - self.skip
            if n < 1:
                return False
            fire = n % self.every == 0 if self.every is not None else self.count is None or n <= self.count
            if fire:
                self.fired += 1
            return fire


class ThrottleStorm(_Counter):
    """A storm of 429s: `count` matching requests in a row refused with `Retry-After: retry_after`."""

    def __init__(self, *, count: int, retry_after: int = 1, skip: int = 0, **kwargs: Any) -> None:
        super().__init__(skip=skip, count=count, **kwargs)
        self.retry_after = retry_after

    def intercept(self, request: SimRequest, route: str) -> SimResponse | None:
        if not self._hit(request, route):
            return None
        return arm_error(
            429,
            "SubscriptionRequestsThrottled",
            "Number of 'write' requests for this subscription exceeded. "
            f"Please try again after '{self.retry_after}' seconds.",
            {"Retry-After": str(self.retry_after)},
        )


class ServerErrors(_Counter):
    """5xx answers: 500 `InternalServerError` (or 503 `ServiceUnavailable`). With `applied`, the request is served
    first and its answer replaced: the change is made and the client does not hear of it."""

    def __init__(self, *, status: int = 500, applied: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.status = status
        self.applied = applied

    def _error(self) -> SimResponse:
        if self.status == 503:
            return arm_error(503, "ServiceUnavailable", "The service is temporarily unavailable. Retry later.")
        return arm_error(self.status, "InternalServerError", "Encountered internal server error. Please try again.")

    def intercept(self, request: SimRequest, route: str) -> SimResponse | None:
        if self.applied or not self._hit(request, route):
            return None
        return self._error()

    def answer(self, request: SimRequest, route: str, response: SimResponse) -> SimResponse | None:
        if not self.applied or response.status >= 400 or not self._hit(request, route):
            return None
        return self._error()


_FAILURES = {
    "start": (
        "AllocationFailed",
        "Allocation failed. We do not have sufficient capacity for the requested VM size in this region. "
        "Read more about improving likelihood of allocation success at http://aka.ms/allocation-guidance",
    ),
    "vmss_start": (
        "AllocationFailed",
        "Allocation failed. We do not have sufficient capacity for the requested VM size in this region.",
    ),
}


class FailOperations:
    """Long-running operations that end `Failed`: of the given kinds, on resources whose id contains
    `name_contains` (case-insensitive), the first `count` of them (all when None)."""

    def __init__(self, kinds: Collection[str], *, name_contains: str | None = None, count: int | None = 1) -> None:
        self.kinds = frozenset(kinds)
        self.name_contains = name_contains.lower() if name_contains else None
        self.count = count
        self.fired = 0
        self._lock = threading.Lock()

    def error_for(self, kind: str, resource_id: str) -> dict[str, Any] | None:
        if kind not in self.kinds or (self.name_contains and self.name_contains not in resource_id.lower()):
            return None
        with self._lock:
            if self.count is not None and self.fired >= self.count:
                return None
            self.fired += 1
        code, message = _FAILURES.get(kind, ("InternalExecutionError", "An internal execution error occurred."))
        return {"code": code, "message": message}


BAD_ANSWERS = ("truncated", "not-json", "no-id")


class BadAnswers(Fault):
    """The `nth` successful GET (1-based) whose path contains `path_contains` (case-insensitive) is answered 200
    with a bad body, once: `truncated` (the JSON cut in half), `not-json` (an HTML error page), or `no-id` (the
    first resource of the page without its `id`)."""

    def __init__(self, kind: str, *, path_contains: str, nth: int = 1) -> None:
        if kind not in BAD_ANSWERS:
            raise ValueError(f"kind is one of {', '.join(BAD_ANSWERS)}")
        self.kind = kind
        self.path_contains = path_contains.lower()
        self.nth = nth
        self.seen = 0
        self.fired = 0
        self._lock = threading.Lock()

    def answer(self, request: SimRequest, route: str, response: SimResponse) -> SimResponse | None:
        if request.method != "GET" or response.status != 200 or self.path_contains not in request.path.lower():
            return None
        with self._lock:
            self.seen += 1
            if self.seen != self.nth:
                return None
            self.fired += 1
        if self.kind == "truncated":
            whole = json.dumps(response.body).encode()
            return SimResponse(200, whole[: len(whole) // 2], dict(response.headers))
        if self.kind == "not-json":
            page = b"<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>"
            return SimResponse(200, page, dict(response.headers))
        body = copy.deepcopy(response.body)
        items = body.get("value") if isinstance(body, dict) else None
        if isinstance(items, list) and items and isinstance(items[0], dict):
            items[0].pop("id", None)
        elif isinstance(body, dict):
            body.pop("id", None)
        return SimResponse(200, body, dict(response.headers))
