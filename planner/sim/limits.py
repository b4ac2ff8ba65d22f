"""Throttling: Azure's write limits as token buckets, answered with 429 and `Retry-After` like Azure does.

Three buckets (limits in `planner.sim.options.Limits`): Resource Manager's writes per subscription
(`SubscriptionRequestsThrottled`, the message Azure sends: "Number of 'write' requests for subscription ...
exceeded. Please try again after 'N' seconds."); Compute's updates per VM (`OperationNotAllowed` with a
`TooManyRequests` detail naming the operation group, as in Microsoft's Compute throttling troubleshooting page; a
deallocation counts in `DeleteVM3Min`); Network's PUTs per subscription. A refused request takes no token.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable, Mapping

from planner.model import key
from planner.sim.options import Bucket, Limits
from planner.sim.wire import WRITE_METHODS, SimRequest, SimResponse, arm_error


class _Buckets:
    def __init__(self, bucket: Bucket, clock: Callable[[], float]) -> None:
        self.bucket = bucket
        self.clock = clock
        self._level: dict[str, tuple[float, float]] = {}  # name -> (tokens, at)

    def wait(self, name: str) -> float:
        """0 when a token is there (and takes it), else the seconds until one is."""
        now = self.clock()
        tokens, at = self._level.get(name, (self.bucket.capacity, now))
        tokens = min(self.bucket.capacity, tokens + (now - at) * self.bucket.per_second)
        if tokens >= 1:
            self._level[name] = (tokens - 1, now)
            return 0.0
        self._level[name] = (tokens, now)
        return (1 - tokens) / self.bucket.per_second if self.bucket.per_second > 0 else 3600.0


class Throttling:
    """Decides per write request whether a limit refuses it (checked before the route runs)."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self._subscription = _Buckets(limits.subscription_writes, clock)
        self._vm = _Buckets(limits.vm_updates, clock)
        self._network = _Buckets(limits.network_puts, clock)
        self._lock = threading.Lock()
        self.refused = 0

    def check(self, request: SimRequest, route: str, params: Mapping[str, str]) -> SimResponse | None:
        if request.method not in WRITE_METHODS:
            return None
        sub = params.get("subscription", "")
        with self._lock:
            wait = self._subscription.wait(key(sub))
            if wait:
                return self._refuse(_subscription_throttled(sub, wait))
            vm = params.get("vm")
            if vm is not None:
                wait = self._vm.wait(key(f"{sub}/{params.get('resource_group', '')}/{vm}"))
                if wait:
                    group = "DeleteVM3Min" if params.get("action", "").lower() == "deallocate" else "PutVM3Min"
                    return self._refuse(_vm_throttled(group, wait))
            if request.method == "PUT" and "/microsoft.network/" in request.path.lower():
                wait = self._network.wait(key(sub))
                if wait:
                    return self._refuse(_network_throttled(wait))
        return None

    def _refuse(self, response: SimResponse) -> SimResponse:
        self.refused += 1
        return response


def _seconds(wait: float) -> int:
    return max(1, math.ceil(wait))


def _subscription_throttled(sub: str, wait: float) -> SimResponse:
    n = _seconds(wait)
    return arm_error(
        429,
        "SubscriptionRequestsThrottled",
        f"Number of 'write' requests for subscription '{sub}' exceeded. Please try again after '{n}' seconds.",
        {"Retry-After": str(n)},
    )


def _vm_throttled(group: str, wait: float) -> SimResponse:
    n = _seconds(wait)
    detail = {"operationGroup": group, "allowedRequestCount": 12, "measuredRequestCount": 13}
    return arm_error(
        429,
        "OperationNotAllowed",
        "The server rejected the request because too many requests have been received for this subscription.",
        {"Retry-After": str(n)},
        [{"code": "TooManyRequests", "target": group, "message": json.dumps(detail)}],
    )


def _network_throttled(wait: float) -> SimResponse:
    n = _seconds(wait)
    return arm_error(
        429,
        "TooManyRequests",
        f"Too many PUT requests for this subscription in the last 5 minutes. Retry after {n} seconds.",
        {"Retry-After": str(n)},
    )
