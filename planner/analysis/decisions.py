"""The operator's decisions: size pins, exclusions and policy knobs, as plain data with a TOML form.

Analysis is a function of (inventory, catalog, decisions); the TUI edits a Decisions value and re-runs analysis, the
CLI reads one from `--decisions FILE`. Reading validates the file's shape and names the file and key on error; whether a
pin is acceptable for its VM is judged by analysis (it knows the VM), which refuses it with the constraint broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from planner.errors import InputError
from planner.model import Inventory, key
from planner.tomlfile import read_toml

SERIES_LISTS = ("baseline", "extended")


class DecisionsError(InputError):
    """A decisions file that cannot be used; the message names the file and the key."""


@dataclass(slots=True)
class Decisions:
    series: str = "extended"  # which supported-series list (sku_catalog) applies
    strict_private_link: bool = False  # a Private Link service blocks its VNet instead of warning
    allow_smaller: bool = False  # targets may have fewer vCPUs or less memory than the current size
    preferred_sizes: list[str] = field(default_factory=list)  # tie-break order among equally good targets
    pins: dict[str, str] = field(default_factory=dict)  # key(vm id) -> target size
    exclude_vms: set[str] = field(default_factory=set)  # key(vm id)
    exclude_vnets: set[str] = field(default_factory=set)  # key(vnet id)
    # Where each id came from in the file it was read from: key -> (the file's key, the id as written).
    spelled: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict, compare=False)
    source: str | None = field(default=None, compare=False)  # the file

    def pin(self, vm_id: str, size: str) -> None:
        self.pins[key(vm_id)] = size

    def unpin(self, vm_id: str) -> None:
        self.pins.pop(key(vm_id), None)

    def pinned(self, vm_id: str) -> str | None:
        return self.pins.get(key(vm_id))

    def vm_excluded(self, vm_id: str) -> bool:
        return key(vm_id) in self.exclude_vms

    def vnet_excluded(self, vnet_id: str) -> bool:
        return key(vnet_id) in self.exclude_vnets

    def to_toml(self) -> str:
        doc: dict[str, Any] = {
            "series": self.series,
            "strict_private_link": self.strict_private_link,
            "allow_smaller": self.allow_smaller,
            "preferred_sizes": list(self.preferred_sizes),
            "exclude_vnets": sorted(self.exclude_vnets),
            "exclude_vms": sorted(self.exclude_vms),
            "pin": [{"vm": vm, "size": size} for vm, size in sorted(self.pins.items())],
        }
        return tomli_w.dumps(doc)


def _expect(value: Any, kind: type, where: str) -> Any:
    if not isinstance(value, kind):
        raise DecisionsError(f"{where}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _id_list(value: Any, where: str, spelled: dict[tuple[str, str], tuple[str, str]]) -> set[str]:
    out = set()
    field_name = where.rsplit(": ", 1)[-1]
    for i, item in enumerate(_expect(value, list, where)):
        text = _expect(item, str, f"{where}[{i}]")
        if not text.lower().startswith("/subscriptions/"):
            raise DecisionsError(f"{where}[{i}]: {text!r} is not a resource id")
        out.add(key(text))
        spelled[(field_name, key(text))] = (f"{field_name}[{i}]", text)
    return out


def unknown_names(d: Decisions, inv: Inventory) -> list[str]:
    """What the decisions name that the inventory does not hold, as `key: id` (a typo leaves the VM the operator
    meant to protect in the plan, so the caller refuses them)."""
    out = []

    def unknown(k: str, default_field: str, what: str) -> None:
        where, text = d.spelled.get((default_field, k), (default_field, k))
        out.append(f"{where}: {text} is not {what} of the inventory")

    for k in sorted(d.exclude_vms):
        if k not in inv.vms and k not in inv.scale_sets:
            unknown(k, "exclude_vms", "a VM or scale set")
    for k in sorted(d.exclude_vnets):
        if k not in inv.vnets:
            unknown(k, "exclude_vnets", "a VNet")
    for k in sorted(d.pins):
        if k not in inv.vms and k not in inv.scale_sets:
            unknown(k, "pin", "a VM or scale set")
    return out


def parse(doc: dict[str, Any], where: str) -> Decisions:
    known = {
        "series",
        "strict_private_link",
        "allow_smaller",
        "preferred_sizes",
        "exclude_vnets",
        "exclude_vms",
        "pin",
    }
    unknown = sorted(set(doc) - known)
    if unknown:
        raise DecisionsError(
            f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
        )
    d = Decisions()
    if "series" in doc:
        d.series = _expect(doc["series"], str, f"{where}: series")
        if d.series not in SERIES_LISTS:
            raise DecisionsError(
                f"{where}: series must be one of {', '.join(SERIES_LISTS)}, not {d.series!r}"
            )
    if "strict_private_link" in doc:
        d.strict_private_link = _expect(doc["strict_private_link"], bool, f"{where}: strict_private_link")
    if "allow_smaller" in doc:
        d.allow_smaller = _expect(doc["allow_smaller"], bool, f"{where}: allow_smaller")
    if "preferred_sizes" in doc:
        prefs = _expect(doc["preferred_sizes"], list, f"{where}: preferred_sizes")
        d.preferred_sizes = [_expect(s, str, f"{where}: preferred_sizes[{i}]") for i, s in enumerate(prefs)]
    if "exclude_vnets" in doc:
        d.exclude_vnets = _id_list(doc["exclude_vnets"], f"{where}: exclude_vnets", d.spelled)
    if "exclude_vms" in doc:
        d.exclude_vms = _id_list(doc["exclude_vms"], f"{where}: exclude_vms", d.spelled)
    for i, entry in enumerate(_expect(doc.get("pin", []), list, f"{where}: pin")):
        entry = _expect(entry, dict, f"{where}: pin[{i}]")
        vm = _expect(entry.get("vm"), str, f"{where}: pin[{i}].vm")
        size = _expect(entry.get("size"), str, f"{where}: pin[{i}].size")
        if key(vm) in d.pins:
            raise DecisionsError(f"{where}: pin[{i}]: VM {vm} is pinned twice")
        d.pins[key(vm)] = size
        d.spelled[("pin", key(vm))] = (f"pin[{i}].vm", vm)
    d.source = where
    return d


def load(path: Path) -> Decisions:
    return parse(read_toml(path, DecisionsError), str(path))


def save(decisions: Decisions, path: Path) -> None:
    path.write_text(decisions.to_toml(), encoding="utf-8")
