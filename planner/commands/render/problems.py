"""Printing problems: the loader's (inventory problems) and a plan file's (with file and line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from planner.model import Problem, Severity
from planner.plan.types import PlanProblem
from planner.text import printable

# How many problems of one code the text report lists before summarising the rest (--json lists all).
PROBLEMS_SHOWN_PER_CODE = 10
# A plan broken everywhere would print a problem per step; past this many, the rest are counted.
PLAN_PROBLEMS_SHOWN = 200


def problem_to_json(p: Problem) -> dict[str, Any]:
    return {
        "severity": p.severity.value,
        "code": p.code,
        "message": p.message,
        "source": p.source,
        "resource_id": p.resource_id,
    }


def print_problems(problems: list[Problem], out: TextIO) -> None:
    if not problems:
        return
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    print(f"\nProblems: {errors} error(s), {len(problems) - errors} warning(s)", file=out)
    by_code: dict[tuple[Severity, str], list[Problem]] = {}
    for p in problems:
        by_code.setdefault((p.severity, p.code), []).append(p)
    for (_, code), group in sorted(
        by_code.items(), key=lambda kv: (kv[0][0] is not Severity.ERROR, kv[0][1])
    ):
        for p in group[:PROBLEMS_SHOWN_PER_CODE]:
            print(f"  {p}", file=out)
        if len(group) > PROBLEMS_SHOWN_PER_CODE:
            more = len(group) - PROBLEMS_SHOWN_PER_CODE
            print(f"  ... and {more} more {code} problem(s) (--json lists all)", file=out)


# Loader warnings printed in full by commands other than `planner inventory` (which lists them all).
SUMMARY_SHOWN = 3


def print_problem_summary(problems: list[Problem], inventory: Path, out: TextIO) -> None:
    """A short account of what the loader worked around: counts by code, the first few in full, where to see all."""
    if not problems:
        return
    counts: dict[str, int] = {}
    for p in problems:
        counts[p.code] = counts.get(p.code, 0) + 1
    by = ", ".join(f"{n} {code}" for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"{inventory}: {len(problems)} warning(s) while loading: {by}", file=out)
    for p in problems[:SUMMARY_SHOWN]:
        print(f"  {printable(str(p))}", file=out)
    if len(problems) > SUMMARY_SHOWN:
        print(f"  ... `planner inventory {inventory}` lists all {len(problems)}", file=out)


def print_plan_problems(path: Path, problems: list[PlanProblem], out: TextIO) -> None:
    for p in problems[:PLAN_PROBLEMS_SHOWN]:
        at = f"{path}:{p.line}" if p.line else str(path)
        print(f"{at}: {p.where}: {p.message}", file=out)
    if len(problems) > PLAN_PROBLEMS_SHOWN:
        print(f"{path}: ... and {len(problems) - PLAN_PROBLEMS_SHOWN} more problem(s)", file=out)
