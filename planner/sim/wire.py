"""What the simulator's parts share about a request and its answer: the request as parsed, the response to send, ARM
error bodies, route patterns and the hooks a fault implements.

ARM error bodies are `{"error": {"code", "message", "details"?}}`; the SDK's `HttpResponseError` reads `code` and
`message` from them, and the executor reads `details` (Network's `RetryableErrorDueToAnotherOperation` sits there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

SEG = r"(?P<{}>[^/]+)"
SUB = r"^/subscriptions/" + SEG.format("subscription")
GROUP = SUB + r"/resourceGroups/" + SEG.format("resource_group")
COMPUTE = GROUP + r"/providers/Microsoft\.Compute"
NETWORK = GROUP + r"/providers/Microsoft\.Network"
WRITE_METHODS = frozenset({"PUT", "PATCH", "POST", "DELETE"})


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
    body: Any = None  # JSON, or bytes sent as they are (a fault's broken body)
    headers: dict[str, str] = field(default_factory=dict)


def arm_error(
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
    details: list[dict[str, Any]] | None = None,
) -> SimResponse:
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    return SimResponse(status, {"error": error}, dict(headers or {}))


Handler = Callable[[SimRequest, Mapping[str, str]], SimResponse]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    name: str
    handler: Handler


class Fault:
    """A hook around a matched request: `intercept` may answer in place of the route (the request is not
    served); `answer` may replace the route's answer after it was served (the change happened, the reply is lost).
    Both return None to let the request through."""

    def intercept(self, request: SimRequest, route: str) -> SimResponse | None:
        return None

    def answer(self, request: SimRequest, route: str, response: SimResponse) -> SimResponse | None:
        return None


@dataclass(frozen=True)
class LoggedRequest:
    """A request as the simulator saw it (never its headers: they carry the token)."""

    method: str
    path: str
    query: Mapping[str, str]
    route: str | None
    status: int
