"""`planner demo`: the built-in demo estate, analysed; or its raw ARM files written out to try other commands on."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from planner.analysis.analyzer import Analyzer
from planner.analysis.decisions import Decisions
from planner.commands.analyze import print_report
from planner.commands.inventory import print_problems, print_summary
from planner.commands.show import print_totals
from planner.demo_estate import Estate, generate_estate, write_estate
from planner.errors import ExitCode
from planner.inventory.arm_json import load_documents
from planner.plan.policy import Policy
from planner.sequencing.assemble import build_plan


def estate_documents(estate: Estate) -> Iterator[tuple[str, Any]]:
    """The estate as the documents a folder export would hold (usage lists named by region, as files are)."""
    yield "demo/virtualMachines.json", {"value": estate.vms}
    yield "demo/networkInterfaces.json", {"value": estate.nics}
    yield "demo/resources.json", {"value": estate.resources}
    for region, rows in sorted(estate.skus.items()):
        yield f"demo/skus-{region}.json", {"value": rows}
    for region, rows in sorted(estate.usages.items()):
        yield f"demo/usages-{region}.json", {"value": rows}


def run(*, vms: int, seed: int, write: Path | None) -> ExitCode:
    estate = generate_estate(vms=vms, seed=seed)
    if write is not None:
        try:
            files = write_estate(estate, write)
        except OSError as exc:
            print(f"{write}: cannot write the demo estate: {exc.strerror or exc}", file=sys.stderr)
            return ExitCode.INPUT
        print(f"wrote {len(files)} files to {write}; try: planner inventory {write}")
        return ExitCode.OK
    inv = load_documents(estate_documents(estate))
    print_summary(inv, sys.stdout, origin=f"the built-in demo estate ({vms} VMs, seed {seed})")
    print_problems(inv.problems, sys.stdout)
    print()
    analysis = Analyzer(inv).run(Decisions())
    print_report(inv, analysis, sys.stdout)
    plan = build_plan(inv, analysis, Policy(), generated_at="demo", inventory_digest="demo")
    print("\nPlan with the default policy", end="", file=sys.stdout)
    print_totals(plan, sys.stdout)
    # Name the command as it was run (`make demo` runs .venv/bin/planner, which is not on PATH).
    me = sys.argv[0] if Path(sys.argv[0]).name == "planner" else "planner"
    print(
        f"\nTo review it wave by wave: {me} demo --write estate/ && {me} plan estate/ --out plan.toml "
        f"&& {me} show plan.toml"
    )
    return ExitCode.OK
