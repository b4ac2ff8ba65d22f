"""The disruption policy of a plan: wave size, group budgets, outages, start rules, op durations, windows.

Plain data with a TOML form, read from `planner plan --policy FILE` and written into every plan's `[policy]` table.
Reading validates the shape and names the file (or plan table) and key on error. The sequencer (`planner.sequencing`)
obeys it and the plan validator (`planner.plan.check`) re-checks a plan file against the copy the plan carries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from planner.errors import InputError
from planner.tomlfile import read_toml

DEFAULT_MAX_PARALLEL = 50
# A group's default budget: max(1, floor(GROUP_FRACTION * members)).
GROUP_FRACTION = 0.2

# Seconds per operation, keyed as in the `[durations]` table (each op names its key in `planner.plan.ops`).
DEFAULT_DURATIONS: dict[str, int] = {
    "deallocate": 180,
    "resize": 60,
    "enable_accelerated_networking": 30,
    "start": 120,
    "enable_encryption": 30,
    "vmss_update_model": 60,
    # A batch of a scale set's instances: deallocated, given the model (when it changes), started.
    "vmss_deallocate_batch": 180,
    "vmss_upgrade_batch": 60,
    "vmss_start_batch": 120,
    "manual": 0,
}

class PolicyError(InputError):
    """A policy that cannot be used; the message names the file (or plan table) and the key."""


@dataclass(frozen=True, slots=True)
class Window:
    """A maintenance window: waves are assigned to windows in order and never split across two."""

    start: datetime  # timezone-aware
    duration_minutes: int

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)

    def start_text(self) -> str:
        return format_time(self.start)


@dataclass(slots=True)
class Policy:
    max_parallel: int = DEFAULT_MAX_PARALLEL  # VMs (and scale-set instances) in one wave
    max_unavailable: int | None = None  # per group; None: max(1, 20% of the group rounded down)
    allow_set_outage: bool = True  # availability sets that need AN may be taken down whole
    # A resize inside an availability set takes the whole set down too. Azure demands it when the target size is not
    # on the set's current hardware cluster, which an offline plan cannot see; off, resizes walk update domains.
    resize_set_outage: bool = False
    drop_unencrypted: bool = False  # after every VM of a VNet is ready, switch it to DropUnencrypted
    start_deallocated: bool = False  # start VMs that were deallocated before the plan once changed
    durations: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_DURATIONS))
    windows: list[Window] = field(default_factory=list)

    def budget(self, members: int) -> int:
        """How many members of a group of `members` may be down at once."""
        if self.max_unavailable is not None:
            return self.max_unavailable
        return max(1, int(GROUP_FRACTION * members))

    def to_dict(self) -> dict[str, Any]:
        """The `[policy]` table (TOML has no null: an unset max_unavailable is left out)."""
        out: dict[str, Any] = {"max_parallel": self.max_parallel}
        if self.max_unavailable is not None:
            out["max_unavailable"] = self.max_unavailable
        out.update(
            allow_set_outage=self.allow_set_outage,
            resize_set_outage=self.resize_set_outage,
            drop_unencrypted=self.drop_unencrypted,
            start_deallocated=self.start_deallocated,
            durations=dict(self.durations),
        )
        if self.windows:
            out["windows"] = [
                {"start": w.start_text(), "duration_minutes": w.duration_minutes} for w in self.windows
            ]
        return out


def format_time(t: datetime) -> str:
    """RFC 3339 in UTC with a `Z`, to the second."""
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: Any, where: str) -> datetime:
    """A timezone-aware instant from a TOML offset date-time or an RFC 3339 string."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise PolicyError(f"{where}: {value!r} is not an RFC 3339 date-time") from None
    if not isinstance(value, datetime):
        raise PolicyError(f"{where}: expected an RFC 3339 date-time, got {type(value).__name__}")
    if value.tzinfo is None:
        raise PolicyError(f"{where}: {value.isoformat()} has no time zone offset (add Z or +hh:mm)")
    return value


# The largest integer a policy value may be: TOML allows 64-bit integers, and nothing here needs more.
INT_MAX = 2**63 - 1


def _int(value: Any, where: str, minimum: int) -> int:
    # bool is an int subclass: `max_parallel = true` must not read as 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise PolicyError(f"{where}: expected an integer, got {type(value).__name__}")
    if value < minimum:
        raise PolicyError(f"{where}: must be at least {minimum}, not {value}")
    if value > INT_MAX:
        raise PolicyError(f"{where}: {str(value)[:24]}... is beyond a 64-bit integer")
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise PolicyError(f"{where}: expected true or false, got {type(value).__name__}")
    return value


KNOWN_KEYS = (
    "max_parallel",
    "max_unavailable",
    "allow_set_outage",
    "resize_set_outage",
    "drop_unencrypted",
    "start_deallocated",
    "durations",
    "windows",
)


def parse(doc: Any, where: str) -> Policy:
    """A Policy from a parsed TOML table; `where` prefixes every error (a file name or a plan table)."""
    if not isinstance(doc, dict):
        raise PolicyError(f"{where}: expected a table, got {type(doc).__name__}")
    unknown = sorted(set(doc) - set(KNOWN_KEYS))
    if unknown:
        raise PolicyError(f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(KNOWN_KEYS)}")
    p = Policy()
    if "max_parallel" in doc:
        p.max_parallel = _int(doc["max_parallel"], f"{where}: max_parallel", 1)
    if "max_unavailable" in doc:
        p.max_unavailable = _int(doc["max_unavailable"], f"{where}: max_unavailable", 1)
    if "allow_set_outage" in doc:
        p.allow_set_outage = _bool(doc["allow_set_outage"], f"{where}: allow_set_outage")
    if "resize_set_outage" in doc:
        p.resize_set_outage = _bool(doc["resize_set_outage"], f"{where}: resize_set_outage")
    if "drop_unencrypted" in doc:
        p.drop_unencrypted = _bool(doc["drop_unencrypted"], f"{where}: drop_unencrypted")
    if "start_deallocated" in doc:
        p.start_deallocated = _bool(doc["start_deallocated"], f"{where}: start_deallocated")
    if "durations" in doc:
        durations = doc["durations"]
        if not isinstance(durations, dict):
            raise PolicyError(f"{where}: durations: expected a table, got {type(durations).__name__}")
        bad = sorted(set(durations) - set(DEFAULT_DURATIONS))
        if bad:
            raise PolicyError(
                f"{where}: durations: unknown key(s) {', '.join(bad)}; known: {', '.join(DEFAULT_DURATIONS)}"
            )
        for k, v in durations.items():
            p.durations[k] = _int(v, f"{where}: durations.{k}", 0)
    if "windows" in doc:
        windows = doc["windows"]
        if not isinstance(windows, list):
            raise PolicyError(f"{where}: windows: expected an array of tables, got {type(windows).__name__}")
        for i, w in enumerate(windows):
            at = f"{where}: windows[{i}]"
            if not isinstance(w, dict):
                raise PolicyError(f"{at}: expected a table with start and duration_minutes")
            extra = sorted(set(w) - {"start", "duration_minutes"})
            if extra:
                raise PolicyError(f"{at}: unknown key(s) {', '.join(extra)}; known: start, duration_minutes")
            for k in ("start", "duration_minutes"):
                if k not in w:
                    raise PolicyError(f"{at}: missing {k}")
            p.windows.append(
                Window(
                    parse_time(w["start"], f"{at}.start"),
                    _int(w["duration_minutes"], f"{at}.duration_minutes", 1),
                )
            )
        for i in range(1, len(p.windows)):
            if p.windows[i].start < p.windows[i - 1].end:
                raise PolicyError(
                    f"{where}: windows[{i}] starts before windows[{i - 1}] ends: list windows in time order"
                )
    return p


def load(path: Path) -> Policy:
    return parse(read_toml(path, PolicyError), str(path))
