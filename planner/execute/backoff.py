"""The executor's own retrying: which Azure answers are worth waiting out, how long to wait, and a write rate limit.

azure-core retries a status only 3 times by default; the executor's clients are built with `retry_total=0` and
every call goes through `Backoff.call` instead, so waiting is one policy with one bound:

- transient: 429 (throttling, and Network's `RetryableError` / `RetryableErrorDueToAnotherOperation`: another
  operation holds the resource), 409 `Conflict` (a concurrent write), 412 `PreconditionFailed` (the resource changed
  between the read and the write: read again), 5xx, and a connection that failed or broke;
- permanent: every other 4xx (Azure refused: `OperationNotAllowed`, `SkuNotAvailable`, ...), and a long-running
  operation that ended `Failed`.

The wait is the answer's `Retry-After` (seconds or an HTTP date), or the seconds a `RetryableErrorDueToAnotherOperation`
message names, else exponential with jitter; all waits of one call together stay under `max_total` seconds.
`WriteLimiter` spaces writes per subscription (a token bucket below Resource Manager's own) so a large wave does
not run into throttling in the first place.
"""

from __future__ import annotations

import email.utils
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from azure.core.exceptions import (
    HttpResponseError,
    ResourceNotFoundError,
    ServiceRequestError,
    ServiceResponseError,
)

from planner.errors import AzureError
from planner.model import ResourceId
from planner.plan.ops import Target, spec
from planner.plan.types import Plan

if TYPE_CHECKING:
    from planner.execute.arm import ArmClients

T = TypeVar("T")
_RETRY_IN = re.compile(r"retried in (\d+) seconds", re.IGNORECASE)
_TRANSIENT_409 = {"conflict", "retryableerror", "anotheroperationinprogress", "operationpreempted"}
# A 409 refusal whose message says another operation holds the resource is worth waiting out whatever its code.
_BUSY = re.compile(r"another operation|in progress|concurrent|conflicting|being (?:updated|deallocated|started)", re.IGNORECASE)


@dataclass(frozen=True)
class RetryPolicy:
    max_total: float = 900.0  # seconds one call may spend waiting, all retries together
    base: float = 1.0
    cap: float = 60.0


class GaveUp(Exception):
    """Retrying a transient failure ran out of time; `last` is the last failure."""

    def __init__(self, what: str, last: BaseException, waited: float) -> None:
        super().__init__(f"{what}: still failing after {waited:.0f}s of retries: {describe(last)}")
        self.last = last


def error_code(exc: BaseException) -> str:
    error = getattr(exc, "error", None)
    code = getattr(error, "code", None)
    return str(code) if code else ""


def describe(exc: BaseException) -> str:
    """An Azure failure in one line: `HTTP 409 OperationNotAllowed: message`."""
    if isinstance(exc, HttpResponseError):
        error = exc.error
        code = getattr(error, "code", None) or ""
        message = getattr(error, "message", None) or (str(exc.message or exc).strip().splitlines() or [""])[0]
        status = f"HTTP {exc.status_code} " if exc.status_code else ""
        return f"{status}{code}: {message}".strip(": ").strip()
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def retry_after(exc: BaseException) -> float | None:
    """The wait an answer asks for: its Retry-After header, or the seconds a retryable error's message names."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is not None:
        value = headers.get("Retry-After") or headers.get("retry-after")
        if value:
            text = str(value).strip()
            if text.replace(".", "", 1).isdigit():
                return float(text)
            try:
                when = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError):
                when = None
            if when is not None:
                return max(0.0, when.timestamp() - time.time())
    match = _RETRY_IN.search(str(exc))
    return float(match.group(1)) if match else None


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, (ServiceRequestError, ServiceResponseError, ConnectionError, TimeoutError)):
        return True
    if not isinstance(exc, HttpResponseError):
        return False
    status = exc.status_code or 0
    if status == 429 or status == 412 or status >= 500:
        return True
    if status == 409:
        return error_code(exc).lower() in _TRANSIENT_409 or not error_code(exc) or bool(_BUSY.search(describe(exc)))
    return False


def operation_failed(exc: BaseException) -> bool:
    """A long-running operation that ended Failed (its status was read fine: 2xx)."""
    return isinstance(exc, HttpResponseError) and 200 <= (exc.status_code or 0) < 300


class Backoff:
    def __init__(self, policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self.sleep = sleep

    def delay(self, attempt: int, exc: BaseException) -> float:
        asked = retry_after(exc)
        if asked is not None:
            return max(0.0, asked) + random.uniform(0, min(1.0, self.policy.base))
        exp = min(self.policy.cap, self.policy.base * (2**attempt))
        return random.uniform(exp / 2, exp)

    def call(
        self,
        fn: Callable[[], T],
        *,
        what: str,
        on_retry: Callable[[str, float], None] | None = None,
        transient: Callable[[BaseException], bool] = is_transient,
    ) -> T:
        waited = 0.0
        attempt = 0
        while True:
            try:
                return fn()
            except Exception as exc:
                if not transient(exc):
                    raise
                wait = self.delay(attempt, exc)
                if waited + wait > self.policy.max_total:
                    raise GaveUp(what, exc, waited) from exc
                if on_retry is not None:
                    on_retry(describe(exc), wait)
                self.sleep(wait)
                waited += wait
                attempt += 1


class WriteLimiter:
    """At most `capacity` writes at once per subscription, refilled at `per_second` (blocks until a token)."""

    def __init__(self, capacity: float = 100.0, per_second: float = 8.0) -> None:
        self.capacity = capacity
        self.per_second = per_second
        self._level: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def acquire(self, subscription: str) -> float:
        """Take a token for a write in this subscription; the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = time.monotonic()
                tokens, at = self._level.get(subscription.lower(), (self.capacity, now))
                tokens = min(self.capacity, tokens + (now - at) * self.per_second)
                if tokens >= 1:
                    self._level[subscription.lower()] = (tokens - 1, now)
                    return waited
                self._level[subscription.lower()] = (tokens, now)
                wait = (1 - tokens) / self.per_second
            time.sleep(wait)
            waited += wait


def preflight(plan: Plan, arm: ArmClients, where: str) -> None:
    """One read, retried for a minute at most, before anything else: a wrong endpoint, trust or credential is
    reported at once (AzureError, exit 5), not through every step."""
    first = next((s for _, s in plan.steps() if spec(s.op).target is not Target.ANY), None)
    rid = ResourceId.parse(first.target) if first is not None else None
    if first is None or rid is None:
        return
    target = spec(first.op).target
    try:
        Backoff(RetryPolicy(max_total=60)).call(lambda: arm.read(target, rid), what=f"reading {first.target}")
    except ResourceNotFoundError:
        return  # reachable and authorised; the step on it reports the missing resource
    except Exception as exc:
        raise AzureError(f"cannot read {first.target} from {where}: {describe(exc)}; nothing was done") from exc
