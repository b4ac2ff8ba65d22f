"""The catalog inputs of the inventory model: Resource SKUs rows (per-location size availability and
restrictions) and Compute quota usage rows, which `sku_catalog` and the quota checks read.

Plain dataclasses; `planner.model` re-exports every name, and that is where the rest of the planner imports them
from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class SkuRestriction:
    type: str  # Location / Zone
    locations: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)
    reason: str | None = None  # NotAvailableForSubscription / QuotaId


@dataclass(slots=True)
class SkuZoneDetails:
    """`locationInfo[].zoneDetails[]`: capabilities a size has only in some zones (`UltraSSDAvailable`)."""

    zones: list[str] = field(default_factory=list)  # `Name` in real data (capitalised), `name` in the SDK's
    capabilities: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ResourceSku:
    """One `virtualMachines` row of the Resource SKUs API (`az vm list-skus`) for one location."""

    name: str
    location: str
    family: str | None = None
    tier: str | None = None
    zones: list[str] = field(default_factory=list)
    capabilities: dict[str, str] = field(default_factory=dict)  # values are strings as Azure sends them
    restrictions: list[SkuRestriction] = field(default_factory=list)
    zone_details: list[SkuZoneDetails] = field(default_factory=list)


@dataclass(slots=True)
class Usage:
    """One Compute usage row (quota): `name` is `cores` or a family such as `standardDSv5Family`."""

    location: str
    name: str
    current: int
    limit: int
    unit: str = "Count"
    display_name: str | None = None
    subscription: str | None = None  # quota is per subscription; None: applies to every subscription loaded
