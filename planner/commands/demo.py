"""`planner demo`: the built-in demo estate, analysed and planned; or its raw ARM files written out to try other
commands on."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.commands.render.analysis import print_report
from planner.commands.render.inventory import print_summary
from planner.commands.render.plan import print_totals
from planner.commands.render.problems import print_problems
from planner.demo.estate import estate_documents, generate_estate, write_estate
from planner.errors import ExitCode, InputError
from planner.inventory.arm_json import load_documents
from planner.session import Session


def run(*, vms: int, seed: int, write: Path | None) -> ExitCode:
    estate = generate_estate(vms=vms, seed=seed)
    if write is not None:
        try:
            files = write_estate(estate, write)
        except OSError as exc:
            raise InputError(f"{write}: cannot write the demo estate: {exc.strerror or exc}") from exc
        print(f"wrote {len(files)} files to {write}; try: planner inventory {write}")
        return ExitCode.OK
    session = Session(load_documents(estate_documents(estate)))
    inv = session.inventory
    print_summary(inv, sys.stdout, origin=f"the built-in demo estate ({vms} VMs, seed {seed})")
    print_problems(inv.problems, sys.stdout)
    print()
    print_report(inv, session.analysis, sys.stdout)
    plan = session.plan(generated_at="demo")
    print("\nPlan with the default policy", end="", file=sys.stdout)
    print_totals(plan, sys.stdout)
    # Name the command as it was run (`make demo` runs .venv/bin/planner, which is not on PATH).
    me = sys.argv[0] if Path(sys.argv[0]).name == "planner" else "planner"
    print(
        f"\nTo review it wave by wave: {me} demo --write estate/ && {me} plan estate/ --out plan.toml "
        f"&& {me} show plan.toml"
    )
    return ExitCode.OK
