"""`planner snapshot`: normalise exported files into one planner snapshot (faster to load, one file to share)."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.commands.inventory import load_with_progress, print_problems
from planner.errors import ExitCode
from planner.inventory import snapshot
from planner.model import Inventory


def run(path: Path, out: Path, *, usage_location: str | None) -> ExitCode:
    inv = load_with_progress(path, usage_location=usage_location)
    print_problems(inv.problems, sys.stderr)
    if inv.errors():
        print(f"{path}: input has errors; no snapshot written", file=sys.stderr)
        return ExitCode.INPUT
    return write_and_say(inv, out, source=str(path))


def write_and_say(inv: Inventory, out: Path, *, source: str) -> ExitCode:
    """Write the snapshot and say what it holds; a file that cannot be written is named (exit 3)."""
    try:
        snapshot.write(inv, out, source=source)
    except OSError as exc:
        print(f"{out}: cannot write the snapshot: {exc.strerror or exc}", file=sys.stderr)
        return ExitCode.INPUT
    counts = inv.counts()
    print(
        f"wrote {out}: {counts['virtual_machines']} VMs, {counts['network_interfaces']} NICs, "
        f"{counts['virtual_networks']} VNets, {counts['skus']} SKUs"
    )
    return ExitCode.OK
