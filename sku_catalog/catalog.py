"""The size catalog: facts about every VM size, which sizes VNet encryption supports, where a size is offered.

Owns `Catalog`, the answers planning asks of it, and how it is built (`load_catalog`): the shipped `vm-sizes.csv`
(Microsoft's size pages, `shipped_data`), overlaid by live Resource SKUs rows (`planner.model.ResourceSku`, see
`overlay`) when the inventory has them, plus best-effort facts guessed from the name for sizes neither source
knows (flagged `estimated`, see `estimate`). The supported-series lists come from `supported_series.toml`. The
value types are in `facts`; every public name is re-exported here (see `__all__`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from planner.model import ResourceSku

from .estimate import estimate_size
from .facts import SeriesEntry, SeriesRule, SizeInfo, SupportList, _location_key, _size_key
from .names import parse_size_name
from .overlay import _overlay
from .shipped_data import SERIES_LISTS, CatalogDataError, _csv_sizes, _support_lists

__all__ = [
    "SERIES_LISTS",
    "Catalog",
    "CatalogDataError",
    "SeriesEntry",
    "SeriesRule",
    "SizeInfo",
    "SupportList",
    "estimate_size",
    "load_catalog",
]


@dataclass(slots=True, repr=False)
class Catalog:
    """Size facts, the selected supported-series list and per-location SKU availability."""

    series_list: str
    _sizes: dict[str, SizeInfo]
    _support: SupportList
    _skus: dict[str, dict[str, ResourceSku]] = field(default_factory=dict)  # location -> size key -> row
    # Planning asks the same questions for every candidate of every VM: answer each name once.
    _estimates: dict[str, SizeInfo] = field(default_factory=dict)
    _support_notes: dict[str, str | None] = field(default_factory=dict)
    # Answers by the name exactly as asked: analysis asks about the same few names hundreds of thousands of times.
    _by_name: dict[str, SizeInfo] = field(default_factory=dict)
    _support_by_name: dict[str, str | None] = field(default_factory=dict)

    def size(self, name: str) -> SizeInfo:
        """Facts for a size; never raises: an unknown name gets a best-effort SizeInfo with estimated=True."""
        hit = self._by_name.get(name)
        if hit is None:
            hit = self._by_name[name] = self._size(name)
        return hit

    def _size(self, name: str) -> SizeInfo:
        k = _size_key(name)
        known = self._sizes.get(k)
        if known is not None:
            return known
        guess = self._estimates.get(k)
        if guess is None:
            guess = self._estimates[k] = estimate_size(name)
        return guess

    def known(self, name: str) -> bool:
        return _size_key(name) in self._sizes

    def is_supported(self, name: str) -> bool:
        """Whether the size's series is in the selected supported-series list."""
        return self.support_source(name) is not None

    def support_source(self, name: str) -> str | None:
        """The source note of the list entry (or family rule) that admits the size; None if none does."""
        if name in self._support_by_name:
            return self._support_by_name[name]
        note = self._support_by_name[name] = self._support_source(name)
        return note

    def _support_source(self, name: str) -> str | None:
        k = _size_key(name)
        if k not in self._support_notes:
            self._support_notes[k] = self._find_support(self.size(name))
        return self._support_notes[k]

    def _find_support(self, info: SizeInfo) -> str | None:
        if info.series:
            entry = self._support.entry_for(info.series)
            if entry is not None and entry.admits(info):
                return entry.source
        parsed = parse_size_name(info.name)
        if parsed is None:
            return None
        for rule in self._support.rules:
            if rule.admits(parsed):
                return rule.source
        return None

    def sizes(self) -> Iterable[SizeInfo]:
        """All known sizes, ordered by case-folded name."""
        return list(self._sizes.values())

    def has_sku_data(self, location: str) -> bool:
        return _location_key(location) in self._skus

    def restriction(self, name: str, location: str, zone: str | None = None) -> str | None:
        """Why the size can't be used in `location` (and `zone`); None = usable, or unknown (no SKU data)."""
        rows = self._skus.get(_location_key(location))
        if rows is None:
            return None
        sku = rows.get(_size_key(name))
        if sku is None:
            return f"not offered in {location}"
        loc = _location_key(location)
        for r in sku.restrictions:
            if r.type.casefold() == "location":
                applies = not r.locations or loc in {_location_key(x) for x in r.locations}
                if applies:
                    return f"Location restriction ({r.reason})" if r.reason else "Location restriction"
        if zone is None:
            return None
        for r in sku.restrictions:
            if r.type.casefold() == "zone" and zone in r.zones:
                return f"Zone {zone} restricted"
        if sku.zones and zone not in sku.zones:
            return f"Zone {zone} not offered in {location}"
        return None


    def ultra_ssd(self, name: str, location: str, zone: str | None = None) -> bool | None:
        """Whether the size takes Ultra disks in `location` (and `zone`): the Resource SKUs capability
        `UltraSSDAvailable`, per zone in `locationInfo[].zoneDetails` for a zonal VM, at the top level for a
        regional one (ACD disks-enable-ultra-ssd.md). None: no Resource SKUs data for the location, or a row that
        lists no capabilities at all (old API versions), which says nothing of Ultra."""
        rows = self._skus.get(_location_key(location))
        if rows is None:
            return None
        sku = rows.get(_size_key(name))
        if sku is None:
            return False
        if not sku.capabilities and not any(d.capabilities for d in sku.zone_details):
            return None
        if zone is None:
            return _true(sku.capabilities, "ultrassdavailable")
        return any(zone in d.zones and _true(d.capabilities, "ultrassdavailable") for d in sku.zone_details)


def _true(capabilities: dict[str, str], folded_name: str) -> bool:
    return any(k.casefold() == folded_name and v.strip().casefold() == "true" for k, v in capabilities.items())


def load_catalog(series_list: str = "extended", skus: Sequence[ResourceSku] = ()) -> Catalog:
    """The catalog: CSV facts overlaid by Resource SKUs rows (capabilities, family, restrictions), if any."""
    if series_list not in SERIES_LISTS:
        raise ValueError(
            f"unknown supported-series list {series_list!r}: choose one of {', '.join(SERIES_LISTS)}"
        )
    sizes = dict(_csv_sizes())
    by_location: dict[str, dict[str, ResourceSku]] = {}
    for sku in sorted(skus, key=lambda s: (_location_key(s.location), _size_key(s.name))):
        loc = _location_key(sku.location)
        by_location.setdefault(loc, {})[_size_key(sku.name)] = sku
        sizes[_size_key(sku.name)] = _overlay(sizes.get(_size_key(sku.name)), sku)
    ordered = {k: sizes[k] for k in sorted(sizes)}
    return Catalog(series_list, ordered, _support_lists()[series_list], by_location)
