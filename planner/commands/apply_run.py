"""The part of `planner apply` that talks to Azure: the credential, the SDK clients, the executor or the dry run, and
the exit code of what happened. Imported only once the plan is valid and confirmed (it loads the Azure SDK)."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType

from planner.commands.apply import ApplyArgs, confirm
from planner.commands.render.apply import ApplyPrinter, print_dry_run, print_end
from planner.errors import ExitCode
from planner.execute.arm import ArmClients
from planner.execute.backoff import preflight
from planner.execute.dryrun import dry_run
from planner.execute.events import RunStatus
from planner.execute.journal import read_journal
from planner.execute.permissions import check_permissions, summary
from planner.execute.runner import ExecuteOptions, Executor
from planner.execute.step import RunSettings
from planner.plan.types import Plan

EXIT = {
    RunStatus.COMPLETED: ExitCode.OK,
    RunStatus.DRIFT: ExitCode.DRIFT,
    RunStatus.FAILED: ExitCode.AZURE,
    RunStatus.PAUSED: ExitCode.INTERRUPTED,
    RunStatus.INTERRUPTED: ExitCode.INTERRUPTED,
}


class _Stopping:
    """Ctrl-C (or SIGTERM, a cancelled pipeline): the first stops the run gently (steps in flight and the cycles of
    VMs already down finish, nothing new starts); a second stops the process now (the journal resumes it)."""

    def __init__(self, executor: Executor) -> None:
        self.executor = executor
        self.count = 0

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.count += 1
        if self.count > 1:
            raise KeyboardInterrupt
        print("\nstopping: the steps in flight and the VMs already down finish; Ctrl-C again to stop at once", file=sys.stderr)
        self.executor.interrupt()


def execute(args: ApplyArgs, plan: Plan, journal: Path) -> ExitCode:
    azure = args.azure
    credential = azure.credential()
    parallel = args.parallel or plan.policy.max_parallel
    arm = ArmClients(credential, cloud=azure.cloud, arm_endpoint=azure.arm_endpoint, connections=parallel + 8)
    printer = ApplyPrinter(sys.stdout, live=sys.stdout.isatty())
    try:
        preflight(plan, arm, azure.arm_endpoint or azure.cloud)  # a wrong endpoint or credential: exit 5 at once
        if args.check_permissions:  # an action missing: exit 5 naming it, before the confirmation and any write
            for line in summary(check_permissions(plan, arm, dry_run=args.dry_run)):
                print(line)
        else:
            print("permissions: not checked (--skip-permissions-check): a refusal stops the run at Azure's first 403")
        if args.dry_run:
            state = read_journal(journal) if journal.exists() else None
            report = dry_run(plan, arm, parallel=min(parallel, 32), on_event=printer, journal=state)
            print_dry_run(report, sys.stdout)
            if report.drifted:
                print(f"\n{len(report.drifted)} step(s) drifted: the plan no longer matches Azure (exit 4)")
                return ExitCode.DRIFT
            if report.unreadable:
                return ExitCode.AZURE
            return ExitCode.OK
        confirm(args, plan.digest)
        options = ExecuteOptions(
            parallel=parallel,
            settings=RunSettings(poll_interval=args.poll_interval),
            writes_per_second=args.writes_per_second,
        )
        executor = Executor(plan, arm, journal, plan_path=args.plan, options=options, on_event=printer)
        stopping = _Stopping(executor)
        previous = {sig: signal.signal(sig, stopping) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            finished = executor.run()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        print_end(finished, sys.stdout, resume=args.resume_command(journal))
        return EXIT[finished.status]
    finally:
        arm.close()
