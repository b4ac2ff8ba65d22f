"""`planner validate`: check a plan file's shape and rules (and, given an inventory, its targets and expectations).

Also owns `load_for`, how every command that reads a plan refuses an invalid one with the precise places.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from planner.commands.inventory import load_usable
from planner.commands.plan import inventory_digest
from planner.errors import ExitCode
from planner.plan import check as plan_check
from planner.plan import read as plan_read
from planner.plan.types import Plan, PlanInvalid, PlanProblem, PlanReadError, locate

# A plan broken everywhere would print a problem per step; past this many, the rest are counted.
PROBLEMS_SHOWN = 200


def print_plan_problems(path: Path, problems: list[PlanProblem], out: TextIO) -> None:
    for p in problems[:PROBLEMS_SHOWN]:
        at = f"{path}:{p.line}" if p.line else str(path)
        print(f"{at}: {p.where}: {p.message}", file=out)
    if len(problems) > PROBLEMS_SHOWN:
        print(f"{path}: ... and {len(problems) - PROBLEMS_SHOWN} more problem(s)", file=out)


def load_for(command: str, path: Path) -> Plan | ExitCode:
    """The plan at `path` if it is valid; otherwise its problems are printed and the exit code is returned."""
    try:
        return plan_check.load_valid(path)
    except PlanReadError as exc:
        print(f"planner {command}: {exc}", file=sys.stderr)
        return ExitCode.INPUT
    except PlanInvalid as exc:
        print_plan_problems(path, exc.problems, sys.stderr)
        print(
            f"planner {command}: {path} is not a valid plan ({len(exc.problems)} problem(s))", file=sys.stderr
        )
        return ExitCode.PLAN_INVALID


def run(path: Path, *, inventory: Path | None, usage_location: str | None) -> ExitCode:
    try:
        plan, problems, text = plan_read.read(path)
    except PlanReadError as exc:
        print(f"planner validate: {exc}", file=sys.stderr)
        return ExitCode.INPUT
    if plan is not None and not problems:
        problems = plan_check.check(plan)
        if inventory is not None:
            inv = load_usable(
                inventory, usage_location=usage_location, otherwise="the plan was not checked against it"
            )
            if inv is None:
                return ExitCode.INPUT
            problems += plan_check.check_against(plan, inv)
            if inventory_digest(inventory, inv) != plan.meta.inventory_digest:
                print(
                    f"note: {inventory} is not the inventory the plan was made from "
                    "(its digest differs); each step's expectations were compared with it"
                )
        locate(text, problems)
    if problems or plan is None:
        print_plan_problems(path, problems, sys.stdout)
        print(f"{path}: INVALID: {len(problems)} problem(s)")
        return ExitCode.PLAN_INVALID
    steps = sum(len(w.steps) for w in plan.waves)
    against = f", checked against {inventory}" if inventory is not None else ""
    print(f"{path}: valid: {len(plan.waves)} wave(s), {steps} step(s){against}; digest {plan.digest}")
    return ExitCode.OK
