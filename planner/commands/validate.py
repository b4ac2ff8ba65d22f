"""`planner validate`: check a plan file's shape and rules (and, given an inventory, its targets and expectations)."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.commands.common import open_session
from planner.commands.render.problems import print_plan_problems
from planner.errors import ExitCode
from planner.plan import check as plan_check
from planner.plan import read as plan_read
from planner.plan.types import PlanProblem, locate


def run(
    path: Path, *, inventory: Path | None, usage_location: str | None, allow_incomplete: bool = False
) -> ExitCode:
    plan, problems, text = plan_read.read(path)
    drift: list[PlanProblem] = []
    if plan is not None and not problems:
        problems = plan_check.check(plan)
        if inventory is not None:
            session = open_session(inventory, usage_location=usage_location, allow_incomplete=allow_incomplete)
            drift = session.check_against(plan)
            if session.inventory_digest != plan.meta.inventory_digest:
                print(
                    f"note: {inventory} is not the inventory the plan was made from "
                    "(its digest differs); each step's expectations were compared with it"
                )
        locate(text, problems + drift)
    if problems or plan is None:
        print_plan_problems(path, problems + drift, sys.stdout)
        print(f"{path}: INVALID: {len(problems)} problem(s)" + (f", {len(drift)} drift(s)" if drift else ""))
        return ExitCode.PLAN_INVALID
    if drift:
        print_plan_problems(path, drift, sys.stdout)
        print(
            f"{path}: DRIFT: {len(drift)} step(s) no longer match {inventory}: the estate changed since the plan "
            "was made; plan again from a fresh inventory"
        )
        return ExitCode.DRIFT
    steps = sum(len(w.steps) for w in plan.waves)
    against = f", checked against {inventory}" if inventory is not None else ""
    print(f"{path}: valid: {len(plan.waves)} wave(s), {steps} step(s){against}; digest {plan.digest}")
    return ExitCode.OK
