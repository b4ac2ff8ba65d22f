"""Printing an inventory: counts by kind, subscriptions, regions, power states (`planner inventory`)."""

from __future__ import annotations

from collections import Counter
from typing import Any, TextIO

from planner.commands.render.problems import problem_to_json
from planner.model import Inventory

JSON_COUNT_KEYS = (
    "virtual_machines",
    "network_interfaces",
    "virtual_networks",
    "load_balancers",
    "availability_sets",
    "scale_sets",
    "skus",
)


def inventory_json(inv: Inventory) -> dict[str, Any]:
    counts = inv.counts()
    ordered = {k: counts[k] for k in JSON_COUNT_KEYS}
    ordered.update({k: v for k, v in counts.items() if k not in ordered})
    return {
        "counts": ordered,
        "subscriptions": inv.subscriptions,
        "locations": inv.locations,
        "sources": len(inv.sources),
        "problems": [problem_to_json(p) for p in inv.problems],
    }


def print_summary(inv: Inventory, out: TextIO, *, origin: str) -> None:
    print(f"Inventory from {origin} ({len(inv.sources)} source(s))", file=out)
    print(f"Subscriptions: {', '.join(inv.subscriptions) or '-'}", file=out)
    print(f"Regions: {', '.join(inv.locations) or '-'}", file=out)
    width = max(len(k) for k in inv.counts())
    for name, n in inv.counts().items():
        print(f"  {name.replace('_', ' '):<{width}}  {n:>8}", file=out)
    if inv.vms:
        states = Counter(vm.power_state.value for vm in inv.vms.values())
        print("Power states: " + ", ".join(f"{s} {n}" for s, n in sorted(states.items())), file=out)
        no_an = sum(
            1 for vm in inv.vms.values() if any(not nic.accelerated_networking for nic in inv.vm_nics(vm))
        )
        print(f"VMs with a NIC lacking Accelerated Networking: {no_an}", file=out)
    if inv.vnets:
        enabled = sum(1 for v in inv.vnets.values() if v.encryption_enabled)
        print(f"VNets with encryption enabled: {enabled} of {len(inv.vnets)}", file=out)
