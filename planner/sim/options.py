"""How the simulated Azure behaves over time: how long each long-running operation takes, and the throttling limits
it enforces. Set by flags on `planner sim` (`--duration deallocate=2`, `--no-limits`) and by tests.

The default limits are Azure's documented ones (DOMAIN.md, "Operating the change safely"): Resource Manager writes
per subscription, a bucket of 200 refilled at 10 a second; Compute about 4 updates a minute per VM with a burst of
12 (a deallocation counts as a delete); Network 1,000 PUTs per 5 minutes per subscription.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.plan.roles import Role

# Seconds each kind of operation takes by default: long enough to watch a rehearsal, short enough to wait for.
DEFAULT_DURATIONS: dict[str, float] = {
    "deallocate": 6.0,
    "start": 6.0,
    "powerOff": 4.0,
    "restart": 6.0,
    "vm_update": 3.0,
    "nic_update": 1.0,
    "vnet_update": 1.0,
    "vmss_update": 2.0,
    "vmss_deallocate": 6.0,
    "vmss_start": 6.0,
    "vmss_upgrade": 4.0,
}


@dataclass(frozen=True)
class Bucket:
    """A token bucket: `capacity` requests at once, refilled at `per_second`."""

    capacity: float
    per_second: float


@dataclass(frozen=True)
class Limits:
    subscription_writes: Bucket = Bucket(200, 10)
    vm_updates: Bucket = Bucket(12, 4 / 60)
    network_puts: Bucket = Bucket(1000, 1000 / 300)


@dataclass
class SimOptions:
    durations: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_DURATIONS))
    limits: Limits | None = field(default_factory=Limits)  # None: no throttling at all
    # Retry-After on long-running operations' answers; recorded Azure responses send 0, which leaves the poll
    # interval to the client.
    lro_retry_after: int = 0
    # The one custom role the caller holds (`planner sim --role`): requests outside it get 403. None: all allowed.
    role: Role | None = None

    def duration(self, kind: str) -> float:
        return self.durations.get(kind, DEFAULT_DURATIONS.get(kind, 1.0))


def parse_durations(items: list[str]) -> dict[str, float]:
    """`kind=seconds` flags (or `all=seconds`) over the defaults; ValueError naming a bad one."""
    out = dict(DEFAULT_DURATIONS)
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        try:
            seconds = float(value)
        except ValueError:
            seconds = -1.0
        if not sep or seconds < 0:
            raise ValueError(f"--duration {item!r}: expected KIND=SECONDS with SECONDS >= 0")
        if name == "all":
            out = dict.fromkeys(out, seconds)
        elif name in out:
            out[name] = seconds
        else:
            raise ValueError(f"--duration {item!r}: unknown kind {name!r}; kinds: all, {', '.join(sorted(out))}")
    return out
