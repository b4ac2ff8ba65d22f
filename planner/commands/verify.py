"""`planner verify INVENTORY | --subscription ID`: per VNet and per VM whether encryption is now in effect; exit 4 while
anything in scope is not (or its restart cannot be proven), 0 when everything is.

With `--plan`, the scope is what the plan covers and the apply's journal beside it (or `--journal`) proves the
restarts; without, every VM and scale set in a VNet with encryption on."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from planner.commands.azure_target import AzureTarget
from planner.commands.common import load_with_progress
from planner.commands.render.problems import print_problems
from planner.commands.render.verify import print_report
from planner.errors import ExitCode, UsageError
from planner.execute.journal import JournalState, default_path, read_journal
from planner.execute.verify import verify
from planner.model import Inventory
from planner.plan.types import Plan
from planner.session import InventoryError, Session


def run(
    inventory: Path | None,
    *,
    subscriptions: Sequence[str],
    plan_path: Path | None,
    journal_path: Path | None,
    series: str | None,
    azure: AzureTarget,
    usage_location: str | None,
) -> ExitCode:
    if (inventory is None) == (not subscriptions):
        raise UsageError("give an INVENTORY, or --subscription to read the estate live (not both)")
    plan: Plan | None = Session.read_plan(plan_path) if plan_path is not None else None
    journal: JournalState | None = None
    if journal_path is not None:
        journal = read_journal(journal_path)
    elif plan_path is not None and default_path(plan_path).exists():
        journal = read_journal(default_path(plan_path))
    if journal is not None and plan is not None and journal.digest != plan.digest:
        raise UsageError(f"{journal.path} is the journal of plan {journal.digest}, not of {plan_path} ({plan.digest})")
    inv = _live(subscriptions, azure) if inventory is None else _load(inventory, usage_location)
    chosen = series or (plan.meta.series if plan is not None else "baseline")
    report = verify(inv, series=chosen, plan=plan, journal=journal)
    print_report(report, sys.stdout)
    counts = Counter(c.status.value for c in report.checks)
    print("\n" + (", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing in scope"))
    if report.failing:
        print(f"{len(report.failing)} in scope not (provably) encrypted: exit 4")
        return ExitCode.DRIFT
    return ExitCode.OK


def _load(path: Path, usage_location: str | None) -> Inventory:
    inv = load_with_progress(path, usage_location=usage_location)
    if inv.errors():
        raise InventoryError(path, inv.problems)
    print_problems(inv.problems, sys.stderr)
    return inv


def _live(subscriptions: Sequence[str], azure: AzureTarget) -> Inventory:
    from planner.inventory import live

    credential = azure.credential()
    return live.fetch_inventory(subscriptions, cloud=azure.cloud, arm_endpoint=azure.arm_endpoint, credential=credential)
