"""`planner rollback JOURNAL --out ROLLBACK.toml`: from an apply's journal, a new plan that restores the
before-values of the steps the apply completed (reviewable with `show`, checked by `validate`, run by `apply`).

The plan the journal belongs to is read from the path the journal records (or `--plan`), and must be the plan of
that journal (same digest). The output is written atomically and never over the journal or the plan."""

from __future__ import annotations

from pathlib import Path

from planner.commands.render.plan import print_written
from planner.errors import ExitCode, InputError, UsageError
from planner.execute.journal import read_journal
from planner.execute.rollback import NothingToRollBack, rollback_plan
from planner.plan import check as plan_check
from planner.plan import write as plan_write
from planner.plan.policy import format_time
from planner.plan.types import PlanInvalid
from planner.session import Session


def run(journal_path: Path, *, out: Path, plan_path: Path | None) -> ExitCode:
    state = read_journal(journal_path)
    if state.digest is None:
        raise InputError(f"{journal_path}: not a journal of planner apply (no run record)")
    source = plan_path or (Path(state.plan) if state.plan else None)
    if source is None:
        raise UsageError(f"{journal_path} does not name its plan: pass --plan PLAN.toml")
    for path in (journal_path, source):
        if out.resolve() == path.resolve():
            raise UsageError(f"--out {out} is an input ({path}): write the rollback plan to a file of its own")
    plan = Session.read_plan(source)
    if plan.digest != state.digest:
        raise InputError(f"{source} has digest {plan.digest}, but {journal_path} is the journal of {state.digest}")
    from datetime import UTC, datetime

    try:
        rollback = rollback_plan(plan, state, generated_at=format_time(datetime.now(UTC)), source=f"rollback of {plan.digest} from {journal_path}")
    except NothingToRollBack as exc:
        print(str(exc))
        return ExitCode.OK
    rollback.digest = plan_write.content_digest(rollback)
    problems = plan_check.check(rollback)
    if problems:  # a bug, not the user's input: refuse to write a plan that would not validate
        raise PlanInvalid(problems, out)
    try:
        plan_write.write(rollback, out)
    except OSError as exc:
        raise InputError(f"{out}: cannot write the rollback plan: {exc.strerror or exc}") from exc
    print_written(rollback, out)
    return ExitCode.OK
