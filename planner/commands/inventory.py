"""`planner inventory`: what was loaded, counts by kind, and the problems found."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

from planner.analysis import decisions as decisions_mod
from planner.analysis.decisions import Decisions
from planner.commands.progress import on_terminal
from planner.errors import ExitCode
from planner.inventory import load_inventory
from planner.model import Inventory, Problem, Severity

# How many problems of one code the text report lists before summarising the rest (--json lists all).
PROBLEMS_SHOWN_PER_CODE = 10

JSON_COUNT_KEYS = (
    "virtual_machines",
    "network_interfaces",
    "virtual_networks",
    "load_balancers",
    "availability_sets",
    "scale_sets",
    "skus",
)


def problem_to_json(p: Problem) -> dict[str, Any]:
    return {
        "severity": p.severity.value,
        "code": p.code,
        "message": p.message,
        "source": p.source,
        "resource_id": p.resource_id,
    }


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


def print_problems(problems: list[Problem], out: TextIO) -> None:
    if not problems:
        return
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    print(f"\nProblems: {errors} error(s), {len(problems) - errors} warning(s)", file=out)
    by_code: dict[tuple[Severity, str], list[Problem]] = {}
    for p in problems:
        by_code.setdefault((p.severity, p.code), []).append(p)
    for (_, code), group in sorted(
        by_code.items(), key=lambda kv: (kv[0][0] is not Severity.ERROR, kv[0][1])
    ):
        for p in group[:PROBLEMS_SHOWN_PER_CODE]:
            print(f"  {p}", file=out)
        if len(group) > PROBLEMS_SHOWN_PER_CODE:
            more = len(group) - PROBLEMS_SHOWN_PER_CODE
            print(f"  ... and {more} more {code} problem(s) (--json lists all)", file=out)


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


def load_with_progress(path: Path, *, usage_location: str | None) -> Inventory:
    """`load_inventory`, with files counted on stderr when it is a terminal (a large export takes seconds)."""
    progress = on_terminal()
    inv = load_inventory(path, usage_location=usage_location, progress=progress)
    if progress is not None:
        progress.close()
    return inv


def load_usable(path: Path, *, usage_location: str | None, otherwise: str) -> Inventory | None:
    """The inventory at `path`, or None after reporting its errors on stderr (`otherwise`: what is not done)."""
    inv = load_with_progress(path, usage_location=usage_location)
    if inv.errors():
        print_problems(inv.problems, sys.stderr)
        print(f"{path}: input has errors; {otherwise}", file=sys.stderr)
        return None
    return inv


def load_decisions(command: str, path: Path | None, series: str | None) -> Decisions | None:
    """The operator's decisions (defaults without a file), `--series` applied; None after naming what is wrong."""
    try:
        decisions = decisions_mod.load(path) if path else decisions_mod.Decisions()
    except decisions_mod.DecisionsError as exc:
        print(f"planner {command}: {exc}", file=sys.stderr)
        return None
    if series is not None:
        decisions.series = series
    return decisions


def run(path: Path, *, as_json: bool, usage_location: str | None) -> ExitCode:
    inv = load_with_progress(path, usage_location=usage_location)
    if as_json:
        json.dump(inventory_json(inv), sys.stdout, indent=2)
        print()
    else:
        print_summary(inv, sys.stdout, origin=str(path))
        print_problems(inv.problems, sys.stdout)
    if inv.errors():
        if not as_json:
            print(f"\n{path}: input has errors (see above)", file=sys.stderr)
        return ExitCode.INPUT
    return ExitCode.OK
