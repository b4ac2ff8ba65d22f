"""Normalisers of the catalog inputs: Resource SKUs rows (`az vm list-skus`), Compute usage (quota) rows, and the
recognition of those rows and of size lists, which carry no resource type or id.
"""

from __future__ import annotations

from typing import Any

from planner.inventory.normalise_fields import (
    _EMPTY,
    REST,
    SNAKE,
    Obj,
    ShapeError,
    _int,
    _str,
    _strs,
    location,
)
from planner.model import ResourceSku, SkuRestriction, SkuZoneDetails, Usage


def resource_type_of_sku(r: Obj) -> str | None:
    """The `resourceType` of a Resource SKUs row (`virtualMachines`, `disks`...), None if it is not one."""
    return _str(r.get("resourceType")) or _str(r.get("resource_type"))


def resource_skus(r: Obj) -> list[ResourceSku]:
    """One `virtualMachines` SKU row as one ResourceSku per location it lists."""
    k = SNAKE if "resource_type" in r else REST
    name = _str(r.get("name"))
    if name is None:
        raise ShapeError("SKU row has no name")
    infos = [i for i in r.get(k["location_info"]) or () if i.__class__ is dict]
    locations = [location(x) for x in _strs(r.get("locations"))] or [
        location(i.get("location")) for i in infos if i.get("location")
    ]
    caps = _capabilities(r.get("capabilities"))
    restrictions = []
    for x in r.get("restrictions") or ():
        info = x.get(k["restriction_info"]) or _EMPTY
        locs = [location(v) for v in _strs(info.get("locations"))] or [
            location(v) for v in _strs(x.get("values"))
        ]
        restrictions.append(
            SkuRestriction(
                type=_str(x.get("type")) or "",
                locations=locs,
                zones=_strs(info.get("zones")),
                reason=_str(x.get(k["reason_code"])),
            )
        )
    out = []
    for loc in locations:
        zones: list[str] = []
        details: list[SkuZoneDetails] = []
        for i in infos:
            if location(i.get("location")) == loc:
                zones = _strs(i.get("zones"))
                details = _zone_details(i.get(k["zone_details"]))
                break
        out.append(
            ResourceSku(
                name=name,
                location=loc,
                family=_str(r.get("family")),
                tier=_str(r.get("tier")),
                zones=zones,
                capabilities=dict(caps),
                restrictions=[
                    SkuRestriction(x.type, list(x.locations), list(x.zones), x.reason)
                    for x in restrictions
                    if not x.locations or loc in x.locations
                ],
                zone_details=details,
            )
        )
    return out


def has_capabilities(r: Obj) -> bool:
    """Whether a SKU row lists any capability: rows of old API versions carry none (missing or empty)."""
    return bool(_capabilities(r.get("capabilities")))


def _capabilities(value: Any) -> dict[str, str]:
    """`[{"name", "value"}]` as a dict; values are strings as Azure sends them."""
    caps: dict[str, str] = {}
    if value.__class__ is not list:
        return caps
    for c in value:
        if c.__class__ is not dict:
            continue
        cname = c.get("name")
        if cname.__class__ is str:
            v = c.get("value")
            caps[cname] = v if v.__class__ is str else ("" if v is None else str(v))
    return caps


def _zone_details(value: Any) -> list[SkuZoneDetails]:
    """`zoneDetails[]`: real responses capitalise the zone list as `Name`; the SDK's models call it `name`."""
    if value.__class__ is not list:
        return []
    out = []
    for d in value:
        if d.__class__ is dict:
            zones = _strs(d.get("Name") if "Name" in d else d.get("name"))
            out.append(SkuZoneDetails(zones=zones, capabilities=_capabilities(d.get("capabilities"))))
    return out


def is_usage_row(r: Obj) -> bool:
    return "limit" in r and "name" in r and ("currentValue" in r or "current_value" in r)


def usage(r: Obj, region: str = "") -> Usage | None:
    """A Compute usage row; the region is set later (usage lists carry none). None if the row is unreadable."""
    k = SNAKE if "current_value" in r else REST
    raw_name = r.get("name")
    display = None
    if raw_name.__class__ is dict:
        value = _str(raw_name.get("value"))
        display = _str(raw_name.get(k["localized_value"]))
    else:
        value = _str(raw_name)
    display = display or _str(r.get(k["local_name"]))
    current = _int(r.get(k["current_value"]))
    limit = _int(r.get("limit"))
    if value is None or current is None or limit is None:
        return None
    return Usage(
        location=region,
        name=value,
        current=current,
        limit=limit,
        unit=_str(r.get("unit")) or "Count",
        display_name=display,
    )


def is_size_row(r: Obj) -> bool:
    """A row of `list_available_sizes` / `az vm list-sizes`: a size without the VM or region it belongs to."""
    return "numberOfCores" in r or "number_of_cores" in r
