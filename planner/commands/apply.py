"""`planner apply`: run a plan against Azure (or rehearse it with `--dry-run`), journalled and resumable.

The plan is validated first (the same checks as `validate`) and its digest printed; `--expect-digest` refuses any
other plan (exit 6). Without `--yes` the summary is shown and confirmed on a terminal; without a terminal the apply
is refused (exit 2). Before the confirmation, one read checks Azure is reachable and the permissions pre-flight
(`planner.execute.permissions`) that the caller holds every action the plan needs (exit 5 naming each missing one).
Exit codes: 0 completed, 4 drift, 5 a step failed (or a read failed in a dry run), 130
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
    check_permissions: bool = True  # the permissions pre-flight (`--skip-permissions-check` turns it off)

    def resume_command(self, journal: Path) -> str:
        words = ["planner", "apply", str(self.plan), "--journal", str(journal)]
        words += self.azure.words()
        if self.parallel:
            words += ["--parallel", str(self.parallel)]
        if self.poll_interval != 10.0:
            words += ["--poll-interval", f"{self.poll_interval:g}"]
        if self.writes_per_second != 8.0:
            words += ["--writes-per-second", f"{self.writes_per_second:g}"]
        if not self.check_permissions:
            words += ["--skip-permissions-check"]
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
        can_confirm(args)  # off a terminal without --yes: refused before anything is read
    from planner.commands import apply_run

    return apply_run.execute(args, plan, journal)


def can_confirm(args: ApplyArgs) -> None:
    if not args.yes and not sys.stdin.isatty():
        raise UsageError("not on a terminal: review the plan (`planner show`, `planner apply --dry-run`) and pass --yes")


def confirm(args: ApplyArgs, digest: str) -> None:
    """Asked after the pre-flights (Azure reachable, permissions granted), before anything is written."""
    if args.yes:
        return
    can_confirm(args)
    answer = input(f"\nApply plan {digest} to Azure? Type 'yes' to go on: ")
    if answer.strip().lower() != "yes":
        raise UsageError("not confirmed: nothing done")
