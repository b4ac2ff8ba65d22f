"""What every write route of the simulator does before and around its own work: find the resource, refuse it
while another operation holds it (one at a time per resource), honour `If-Match` (412 on a stale etag), read the
JSON body, and start the long-running operation that carries the change (ending Failed when a fault says so).

Compute's concurrent-write refusal is 409 `Conflict` ("The request failed due to conflict with a concurrent
request."); Network's is 429 `RetryableError` with a `RetryableErrorDueToAnotherOperation` detail and a
`Retry-After`, as Azure answers them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.sim.estate import SimEstate
from planner.sim.faults import FailOperations
from planner.sim.operations import COMPUTE_NS, NETWORK_NS, Operation, Operations
from planner.sim.options import SimOptions
from planner.sim.refusals import Refusals
from planner.sim.state import SimRecords
from planner.sim.wire import SimRequest, SimResponse, arm_error

Doc = dict[str, Any]


@dataclass
class WriteContext:
    """Everything the write routes share (one per simulator)."""

    estate: SimEstate
    operations: Operations
    refusals: Refusals
    records: SimRecords
    options: SimOptions
    failures: list[FailOperations] = field(default_factory=list)


def resource_id(params: Mapping[str, str], provider_path: str) -> str:
    return (
        f"/subscriptions/{params['subscription']}/resourceGroups/{params['resource_group']}"
        f"/providers/{provider_path}"
    )


class Writes:
    def __init__(self, ctx: WriteContext) -> None:
        self.ctx = ctx

    @property
    def estate(self) -> SimEstate:
        return self.ctx.estate

    def not_found(self, rid: str) -> SimResponse:
        rtype, name = rid.split("/providers/", 1)[1].rsplit("/", 1)
        group = rid.split("/resourceGroups/", 1)[1].split("/", 1)[0]
        return arm_error(
            404,
            "ResourceNotFound",
            f"The Resource '{rtype}/{name}' under resource group '{group}' was not found. "
            "For more details please go to https://aka.ms/ARMResourceNotFoundFix",
        )

    def busy(self, keys: Iterable[str], namespace: str) -> SimResponse | None:
        for k in keys:
            op = self.ctx.operations.holding(k.lower())
            if op is None:
                continue
            if namespace == NETWORK_NS:
                wait = max(1, math.ceil(self.ctx.operations.remaining(op)))
                return arm_error(
                    429,
                    "RetryableError",
                    "A retryable error occurred.",
                    {"Retry-After": str(wait)},
                    [
                        {
                            "code": "RetryableErrorDueToAnotherOperation",
                            "message": f"Operation {op.kind} ({op.id}) is updating resource {k}. "
                            f"The call can be retried in {wait} seconds.",
                        }
                    ],
                )
            return arm_error(
                409,
                "Conflict",
                "The request failed due to conflict with a concurrent request. To resolve it, please refer to "
                "https://aka.ms/activitylog to get more details on the conflicting requests.",
            )
        return None

    def precondition(self, request: SimRequest, doc: Doc) -> SimResponse | None:
        wanted = request.headers.get("if-match")
        if wanted is None or wanted.strip() == "*":
            return None
        if wanted.strip() != str(doc.get("etag", "")):
            return arm_error(
                412,
                "PreconditionFailed",
                f"The condition specified using HTTP conditional header(s) is not met: If-Match {wanted} does not "
                f"match the resource's current etag {doc.get('etag')}.",
            )
        return None

    def body(self, request: SimRequest) -> Doc | SimResponse:
        if not request.body:
            return {}
        try:
            value = json.loads(request.body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return arm_error(400, "InvalidRequestContent", "The request content was invalid and could not be deserialized.")
        if not isinstance(value, dict):
            return arm_error(400, "InvalidRequestContent", "The request content must be a JSON object.")
        return value

    def begin(
        self,
        *,
        kind: str,
        rid: str,
        doc: Doc,
        subscription: str,
        holds: Iterable[str],
        on_success: Callable[[], None],
        on_failure: Callable[[], None] | None = None,
        network: bool = False,
    ) -> Operation:
        error = None
        for failure in self.ctx.failures:
            error = error or failure.error_for(kind, rid)
        return self.ctx.operations.begin(
            kind=kind,
            namespace=NETWORK_NS if network else COMPUTE_NS,
            subscription=subscription,
            location=str(doc.get("location") or ""),
            holds=[h.lower() for h in holds],
            seconds=self.ctx.options.duration(kind),
            on_success=on_success,
            on_failure=on_failure,
            error=error,
        )

    def lro_headers(self, op: Operation, request: SimRequest, *, location: bool) -> dict[str, str]:
        return self.ctx.operations.headers(op, request, self.ctx.options.lro_retry_after, location=location)


def merge(into: Doc, patch: Mapping[str, Any]) -> None:
    """JSON merge: objects merge key by key, anything else (arrays included) replaces."""
    for k, v in patch.items():
        if isinstance(v, Mapping) and isinstance(into.get(k), dict):
            merge(into[k], v)
        else:
            into[k] = v
