"""How the CLI reports a `PlannerError`: the message, and the problems it carries (an inventory's, a plan's)."""

from __future__ import annotations

from typing import TextIO

from planner.commands.render.problems import print_plan_problems, print_problems
from planner.errors import PlannerError
from planner.plan.types import PlanInvalid
from planner.session import InventoryError

# What a command does not do when its inventory has errors.
NOT_DONE = {
    "analyze": "nothing analysed",
    "plan": "no plan written",
    "validate": "the plan was not checked against it",
    "snapshot": "no snapshot written",
}


def report_error(command: str, exc: PlannerError, out: TextIO) -> None:
    if isinstance(exc, InventoryError):
        print_problems(exc.problems, out)
        print(f"{exc.path}: input has errors; {NOT_DONE.get(command, 'nothing done')}", file=out)
    elif isinstance(exc, PlanInvalid) and exc.path is not None:
        print_plan_problems(exc.path, exc.problems, out)
        print(f"planner {command}: {exc}", file=out)
    else:
        print(f"planner {command}: {exc}", file=out)
