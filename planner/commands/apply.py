"""`planner apply`: run a plan against Azure (or rehearse it with `--dry-run`), journalled and resumable.

The plan is validated first (the same checks as `validate`) and its digest printed; `--expect-digest` refuses any
other plan (exit 6). Without `--yes` the summary is shown and confirmed on a terminal; without a terminal the apply
is refused (exit 2). Exit codes: 0 completed, 4 drift, 5 a step failed (or a read failed in a dry run), 130
interrupted; a second apply of the same plan while one runs is refused (exit 2) and writes nothing.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path

from planner.commands.azure_target import AzureTarget
from planner.commands.render.plan import print_totals
from planner.errors import ExitCode, PlannerError, UsageError
from planner.session import Session


class DigestMismatch(PlannerError):
    """The plan is not the one that was approved (`--expect-digest`)."""

    exit_code = ExitCode.PLAN_INVALID


@dataclass(frozen=True)
class ApplyArgs:
    plan: Path
    azure: AzureTarget = field(default_factory=AzureTarget)
    dry_run: bool = False
    journal: Path | None = None
    parallel: int | None = None
    yes: bool = False
    expect_digest: str | None = None
    poll_interval: float = 10.0
    writes_per_second: float = 8.0

    def resume_command(self, journal: Path) -> str:
        words = ["planner", "apply", str(self.plan), "--journal", str(journal)]
        words += self.azure.words()
        if self.parallel:
            words += ["--parallel", str(self.parallel)]
        if self.poll_interval != 10.0:
            words += ["--poll-interval", f"{self.poll_interval:g}"]
        if self.writes_per_second != 8.0:
            words += ["--writes-per-second", f"{self.writes_per_second:g}"]
        return " ".join(shlex.quote(w) for w in words)


def run(args: ApplyArgs) -> ExitCode:
    plan = Session.read_plan(args.plan)
    steps = sum(len(w.steps) for w in plan.waves)
    print(f"{args.plan}: valid: {len(plan.waves)} wave(s), {steps} step(s); digest {plan.digest}")
    if args.expect_digest is not None and args.expect_digest != plan.digest:
        raise DigestMismatch(f"{args.plan} has digest {plan.digest}, not the approved {args.expect_digest}: nothing done")
    if args.parallel is not None and args.parallel < 1:
        raise UsageError("--parallel must be at least 1")
    if args.writes_per_second <= 0 or args.poll_interval <= 0:
        raise UsageError("--writes-per-second and --poll-interval must be positive")
    from planner.execute.journal import default_path

    journal = args.journal or default_path(args.plan)
    if journal.resolve() == args.plan.resolve():
        raise UsageError(f"--journal {journal} is the plan itself: the journal needs a file of its own")
    args.azure.check()  # an unknown host refused before the confirmation
    if not args.dry_run:
        print_totals(plan, sys.stdout)
        confirm(args, plan.digest)
    from planner.commands import apply_run

    return apply_run.execute(args, plan, journal)


def confirm(args: ApplyArgs, digest: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError("not on a terminal: review the plan (`planner show`, `planner apply --dry-run`) and pass --yes")
    answer = input(f"\nApply plan {digest} to Azure? Type 'yes' to go on: ")
    if answer.strip().lower() != "yes":
        raise UsageError("not confirmed: nothing done")
