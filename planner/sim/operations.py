"""Long-running operations: what ARM answers while a deallocate, start, resize or PUT is under way, and when it ends.

Owns the operation table and its status endpoints, in the shapes recorded from Azure
(realdata `java-recordings/lro-*`): a Compute action answers 202 with `Azure-AsyncOperation`
(`.../providers/Microsoft.Compute/locations/<region>/operations/<id>`) and `Location` (the same with
`monitor=true`); its status is `{"startTime", "status": "InProgress"|"Succeeded"|"Failed", "name", "endTime"?,
"error"?}`. Network's status is `{"status", "error"?}` under `Microsoft.Network/locations/<region>/operations/<id>`.

An operation ends `duration` seconds after it began; its effect (a VM deallocated, a NIC's provisioning state back to
Succeeded) is applied when the simulator next handles any request (`advance`), so every observation is consistent
with the clock. While one runs, it holds its resources: a second write to them is refused (409 for Compute, 429
`RetryableErrorDueToAnotherOperation` for Network), one operation at a time per resource as in Azure.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from planner.sim.wire import SEG, SUB, SimRequest, SimResponse, arm_error

COMPUTE_NS = "Microsoft.Compute"
NETWORK_NS = "Microsoft.Network"


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass
class Operation:
    id: str
    kind: str
    namespace: str
    subscription: str
    location: str
    holds: tuple[str, ...]  # case-folded ids of the resources it holds
    ends: float  # monotonic clock
    on_success: Callable[[], None]
    on_failure: Callable[[], None] | None = None
    error: dict[str, Any] | None = None  # set at the start when the operation is going to fail
    status: str = "InProgress"
    start_time: str = field(default_factory=_now_text)
    end_time: str | None = None


class Operations:
    """The operations under way and ended. Used under the simulator's lock."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._ops: dict[str, Operation] = {}
        self._running: list[Operation] = []
        self._lock = threading.RLock()

    def begin(
        self,
        *,
        kind: str,
        namespace: str,
        subscription: str,
        location: str,
        holds: Iterable[str],
        seconds: float,
        on_success: Callable[[], None],
        on_failure: Callable[[], None] | None = None,
        error: dict[str, Any] | None = None,
    ) -> Operation:
        op = Operation(
            id=str(uuid.uuid4()),
            kind=kind,
            namespace=namespace,
            subscription=subscription,
            location=(location or "eastus").replace(" ", "").lower(),
            holds=tuple(holds),
            ends=self.clock() + max(0.0, seconds),
            on_success=on_success,
            on_failure=on_failure,
            error=error,
        )
        with self._lock:
            self._ops[op.id] = op
            self._running.append(op)
        return op

    def advance(self) -> None:
        """End every operation whose time has come, in the order they end, applying its effect."""
        with self._lock:
            now = self.clock()
            due = sorted((op for op in self._running if op.ends <= now), key=lambda op: op.ends)
            for op in due:
                self._running.remove(op)
                op.end_time = _now_text()
                if op.error is None:
                    op.status = "Succeeded"
                    op.on_success()
                else:
                    op.status = "Failed"
                    if op.on_failure is not None:
                        op.on_failure()

    def holding(self, resource_key: str) -> Operation | None:
        with self._lock:
            return next((op for op in self._running if resource_key in op.holds), None)

    def remaining(self, op: Operation) -> float:
        return max(0.0, op.ends - self.clock())

    def running(self) -> list[Operation]:
        with self._lock:
            return list(self._running)

    # --- wire ------------------------------------------------------------------------------------------------

    @staticmethod
    def status_url(op: Operation, base_url: str, api_version: str) -> str:
        return (
            f"{base_url}/subscriptions/{op.subscription}/providers/{op.namespace}/locations/{op.location}"
            f"/operations/{op.id}?api-version={api_version}"
        )

    def accepted(self, op: Operation, request: SimRequest, retry_after: int) -> SimResponse:
        """202 Accepted for a Compute action, with both polling headers."""
        return SimResponse(202, None, self.headers(op, request, retry_after, location=True))

    def headers(self, op: Operation, request: SimRequest, retry_after: int, *, location: bool) -> dict[str, str]:
        api = request.query.get("api-version", "")
        url = self.status_url(op, request.base_url, api)
        out = {"Azure-AsyncOperation": url, "Retry-After": str(retry_after)}
        if location:
            out["Location"] = url.replace("?api-version=", "?monitor=true&api-version=")
        return out

    def register(self, add: Callable[[str, str, str, Callable[[SimRequest, Mapping[str, str]], SimResponse]], None]) -> None:
        base = SUB + r"/providers/(?P<namespace>Microsoft\.(?:Compute|Network))/locations/" + SEG.format("location")
        add("GET", base + r"/operations/" + SEG.format("operation") + r"/?$", "operation_status", self.status)
        add("GET", base + r"/operationResults/" + SEG.format("operation") + r"/?$", "operation_result", self.result)

    def _find(self, params: Mapping[str, str]) -> Operation | None:
        with self._lock:
            return self._ops.get(params["operation"].lower())

    def status(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        if request.query.get("monitor", "").lower() == "true":
            return self.result(request, params)
        op = self._find(params)
        if op is None:
            return arm_error(404, "NotFound", f"The operation '{params['operation']}' was not found.")
        body: dict[str, Any] = {"status": op.status}
        if op.namespace == COMPUTE_NS:
            body = {"startTime": op.start_time, "status": op.status, "name": op.id}
            if op.end_time is not None:
                body["endTime"] = op.end_time
        if op.status == "Failed" and op.error is not None:
            body["error"] = op.error
        return SimResponse(200, body, {"Retry-After": "0"})

    def result(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        op = self._find(params)
        if op is None:
            return arm_error(404, "NotFound", f"The operation '{params['operation']}' was not found.")
        if op.status == "InProgress":
            return SimResponse(202, None, {"Location": f"{request.base_url}{request.path}?{_query(request)}"})
        if op.status == "Failed" and op.error is not None:
            return SimResponse(400, {"error": op.error})
        return SimResponse(200, None)


def _query(request: SimRequest) -> str:
    return "&".join(f"{k}={v}" for k, v in request.query_pairs)
