"""Validating a plan: every rule the sequencer is meant to obey, re-checked from the plan alone.

`check` re-checks every rule (`check_steps`: tables, step shapes, params and `az` lines, each VM's one cycle, each
scale set's batches; `check_waves`: encryption before cycles, budgets per wave, availability-set outages,
update-domain order, windows) and the digest, without calling the sequencer. `check_live.check_against` compares
each step's target and `expect` with an inventory. `load_valid` reads a plan file and returns the plan only when it
passes every check.
"""

from __future__ import annotations

from pathlib import Path

from planner.plan.check_live import check_against
from planner.plan.check_waves import PlanRules
from planner.plan.read import read
from planner.plan.types import Plan, PlanInvalid, PlanProblem, locate
from planner.plan.write import content_digest

__all__ = ["check", "check_against", "load_valid"]


def check(plan: Plan, *, verify_digest: bool = True) -> list[PlanProblem]:
    """Every rule of a plan file, without the sequencer; empty when the plan is valid."""
    problems = PlanRules(plan).run()
    if verify_digest:
        actual = content_digest(plan)
        if plan.digest != actual:
            problems.append(
                PlanProblem(
                    "digest",
                    f"the content does not match the digest {plan.digest or '(none)'}: the plan was changed after "
                    "planner wrote it; plan again instead of editing",
                )
            )
    return problems


def load_valid(path: Path) -> Plan:
    """A plan that passes every check; PlanReadError if unreadable, PlanInvalid with the problems otherwise."""
    plan, problems, text = read(path)
    if plan is not None and not problems:
        problems = check(plan)
        locate(text, problems)
    if problems or plan is None:
        raise PlanInvalid(problems, path)
    return plan
