"""What several commands share: reading the operator's decisions and policy, loading an inventory or opening a
Session on one (with files counted on a terminal while a large folder loads), and writing a snapshot."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.analysis import decisions as decisions_mod
from planner.analysis.decisions import Decisions
from planner.commands.progress import on_terminal
from planner.commands.render.problems import print_problem_summary
from planner.errors import InputError
from planner.inventory import load_inventory, snapshot
from planner.model import Inventory
from planner.plan import policy as policy_mod
from planner.plan.policy import Policy
from planner.session import Session


def read_decisions(path: Path | None, series: str | None) -> Decisions:
    """The operator's decisions (defaults without a file), `--series` applied; DecisionsError when unusable."""
    decisions = decisions_mod.load(path) if path else Decisions()
    if series is not None:
        decisions.series = series
    return decisions


def read_policy(path: Path | None) -> Policy:
    return policy_mod.load(path) if path else Policy()


def open_session(
    path: Path,
    *,
    usage_location: str | None,
    allow_incomplete: bool = False,
    decisions: Decisions | None = None,
    policy: Policy | None = None,
) -> Session:
    """A Session on the inventory at `path`; InventoryError (with the problems) when it has errors."""
    progress = on_terminal()
    try:
        session = Session.load(
            path,
            usage_location=usage_location,
            allow_incomplete=allow_incomplete,
            decisions=decisions,
            policy=policy,
            progress=progress,
        )
    finally:
        if progress is not None:
            progress.close()
    print_problem_summary(session.problems, path, sys.stderr)
    return session


def load_with_progress(
    path: Path, *, usage_location: str | None, allow_incomplete: bool = False
) -> Inventory:
    """`load_inventory`, with files counted on stderr when it is a terminal (a large export takes seconds)."""
    progress = on_terminal()
    inv = load_inventory(
        path, usage_location=usage_location, allow_incomplete=allow_incomplete, progress=progress
    )
    if progress is not None:
        progress.close()
    return inv


def write_snapshot(inv: Inventory, out: Path, *, source: str) -> None:
    """Write the snapshot and say what it holds; InputError naming the file when it cannot be written."""
    try:
        snapshot.write(inv, out, source=source)
    except OSError as exc:
        raise InputError(f"{out}: cannot write the snapshot: {exc.strerror or exc}") from exc
    counts = inv.counts()
    print(
        f"wrote {out}: {counts['virtual_machines']} VMs, {counts['network_interfaces']} NICs, "
        f"{counts['virtual_networks']} VNets, {counts['skus']} SKUs"
    )
