"""`planner verify INVENTORY | --subscription ID`: per VNet and per VM whether encryption is now in effect; exit 4 while
anything in scope is not (or its restart cannot be proven), 0 when everything is.

With `--plan`, the scope is what the plan covers and the apply's journal beside it (or `--journal`) proves the
restarts; without, every VM and scale set in a VNet with encryption on.

With `--flow-logs PATH` (repeatable), also the proof from VNet flow logs (`planner.flowlogs`): per VM pair, or per IP
pair without an inventory; exit 4 while a migrated VM still shows unencrypted traffic after its transient period."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from planner.commands.azure_target import AzureTarget
from planner.commands.common import load_with_progress
from planner.commands.flow_sources import flow_blobs
from planner.commands.render.flowlogs import print_flow_report
from planner.commands.render.problems import print_problems
from planner.commands.render.verify import print_report
from planner.errors import ExitCode, UsageError
from planner.execute.journal import JournalState, default_path, read_journal
from planner.execute.verify import VerifyReport, verify
from planner.flowlogs.flows import Window
from planner.flowlogs.parse import parse_blobs
from planner.flowlogs.report import DEFAULT_TRANSIENT_MINUTES, FlowReport, build_report
from planner.flowlogs.report_json import report_to_json
from planner.model import Inventory
from planner.plan.types import Plan
from planner.session import InventoryError, Session


@dataclass(frozen=True, slots=True)
class FlowArgs:
    """`--flow-logs` and the options that go with it."""

    paths: Sequence[str] = ()  # files or folders of blobs, or flow log resource ids (read live)
    since: str | None = None
    until: str | None = None
    transient: int = DEFAULT_TRANSIENT_MINUTES
    as_json: bool = False
    storage_token_env: str | None = None  # the token for the storage account of a flow log read live


def run(
    inventory: Path | None,
    *,
    subscriptions: Sequence[str],
    plan_path: Path | None,
    journal_path: Path | None,
    series: str | None,
    azure: AzureTarget,
    usage_location: str | None,
    flow: FlowArgs = FlowArgs(),
) -> ExitCode:
    window = _flow_window(flow)
    if not flow.paths:
        if (inventory is None) == (not subscriptions):
            raise UsageError("give an INVENTORY, or --subscription to read the estate live (not both)")
    elif inventory is not None and subscriptions:
        raise UsageError("give an INVENTORY or --subscription, not both")
    elif inventory is None and not subscriptions and (plan_path is not None or journal_path is not None):
        raise UsageError("--plan and --journal with --flow-logs need the INVENTORY (to map addresses to VMs)")
    plan: Plan | None = Session.read_plan(plan_path) if plan_path is not None else None
    journal: JournalState | None = None
    if journal_path is not None:
        journal = read_journal(journal_path)
    elif plan_path is not None and default_path(plan_path).exists():
        journal = read_journal(default_path(plan_path))
    if journal is not None and plan is not None and journal.digest != plan.digest:
        raise UsageError(f"{journal.path} is the journal of plan {journal.digest}, not of {plan_path} ({plan.digest})")
    inv: Inventory | None = None
    if subscriptions:
        inv = _live(subscriptions, azure)
    elif inventory is not None:
        inv = _load(inventory, usage_location)
    chosen = series or (plan.meta.series if plan is not None else "baseline")
    report = verify(inv, series=chosen, plan=plan, journal=journal) if inv is not None else None
    flows: FlowReport | None = None
    if flow.paths:
        blobs = flow_blobs(flow.paths, azure=azure, window=window, storage_token_env=flow.storage_token_env)
        flowset = parse_blobs(blobs, window=window)
        flows = build_report(flowset, inv, plan, journal, window, flow.transient, series=chosen)
    if flow.as_json:
        doc: dict[str, Any] = {"verify": _verify_json(report) if report is not None else None}
        doc["flow_logs"] = report_to_json(flows) if flows is not None else None
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    else:
        _print(report, flows)
    failing = (report is not None and bool(report.failing)) or (flows is not None and bool(flows.failing))
    return ExitCode.DRIFT if failing else ExitCode.OK


def _print(report: VerifyReport | None, flows: FlowReport | None) -> None:
    if report is not None:
        print_report(report, sys.stdout)
        counts = Counter(c.status.value for c in report.checks)
        print("\n" + (", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing in scope"))
        if report.failing:
            print(f"{len(report.failing)} in scope not (provably) encrypted: exit 4")
    if flows is not None:
        if report is not None:
            print()
        print_flow_report(flows, sys.stdout)
        if flows.failing:
            print(f"\n{len(flows.failing)} migrated VM(s) still show unencrypted traffic after the transient period: exit 4")
        else:
            print("\nno migrated VM shows unencrypted traffic after its transient period")


def _verify_json(report: VerifyReport) -> dict[str, Any]:
    return {
        "evidence": report.evidence,
        "vnets": [asdict(v) for v in report.vnets],
        "checks": [{**asdict(c), "status": c.status.value} for c in report.checks],
        "failing": len(report.failing),
    }


def _flow_window(flow: FlowArgs) -> Window:
    if not flow.paths:
        given = [n for n, v in (("--since", flow.since), ("--until", flow.until), ("--json", flow.as_json)) if v]
        if given or flow.transient != DEFAULT_TRANSIENT_MINUTES:
            raise UsageError(f"{', '.join(given) or '--transient'} go(es) with --flow-logs")
        return Window()
    if flow.transient < 0:
        raise UsageError("--transient must be 0 or more minutes")
    window = Window(_time("--since", flow.since), _time("--until", flow.until))
    if window.since_ms is not None and window.until_ms is not None and window.since_ms >= window.until_ms:
        raise UsageError("--since must be before --until")
    return window


def _time(option: str, text: str | None) -> int | None:
    """An ISO-8601 time as epoch milliseconds; a time without a zone is UTC."""
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise UsageError(f"{option} {text!r} is not an ISO-8601 time (e.g. 2026-12-01T10:00:00Z)") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp() * 1000)


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
