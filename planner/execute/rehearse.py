"""Run a plan from a face (the TUI): against the built-in simulator serving a copy of the estate, or against Azure.

A `Rehearsal` owns one target's clients for as long as the face shows it: `dry_run` reads only; `apply` runs the
executor with its journal (a second `apply` on the same journal resumes where a pause or a failure left it);
`pause` asks the running executor, from any thread, to finish what is in flight and start nothing new; `verify`
reads the target's estate again and judges, with the journal as the evidence of restarts, whether encryption is
in effect. Events go to the one callback the face gave (the executor serialises them). Never prints.

The simulator's operations take the plan's own durations times `SimulatorTarget.scale` (0.02: a 3-minute
deallocation takes 3.6 s), with Azure's throttling off and the executor's write rate and polling scaled alike, so a
rehearsal of the demo plan takes about a minute: long enough to watch it, short enough to wait for.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.execute.arm import ArmClients
from planner.execute.dryrun import DryRunReport, dry_run
from planner.execute.events import EventSink, RunFinished, ignore
from planner.execute.journal import read_journal
from planner.execute.permissions import check_permissions
from planner.execute.runner import ExecuteOptions, Executor
from planner.execute.step import RunSettings
from planner.execute.verify import VerifyReport, verify
from planner.plan.policy import Policy
from planner.plan.types import Plan

if TYPE_CHECKING:
    from azure.core.credentials import TokenCredential

    from planner.sim.server import ArmSimulator, SimHandle
    from planner.sim.store import ArmStore

SIM_SCALE = 0.02  # the simulator's operation times: the plan's durations times this
SIM_POLL = 0.25  # seconds between a poller's status reads against the simulator


def sim_durations(policy_durations: dict[str, int], scale: float) -> dict[str, float]:
    """The simulator's operation times (its kinds) from a policy's `[durations]` (the plan's ops)."""
    d = {k: v * scale for k, v in policy_durations.items()}
    return {
        "deallocate": d["deallocate"],
        "start": d["start"],
        "vm_update": d["resize"],
        "nic_update": d["enable_accelerated_networking"],
        "vnet_update": d["enable_encryption"],
        "vmss_update": d["vmss_update_model"],
        "vmss_deallocate": d["vmss_deallocate_batch"],
        "vmss_upgrade": d["vmss_upgrade_batch"],
        "vmss_start": d["vmss_start_batch"],
    }


@dataclass
class LiveTarget:
    """Azure itself (or any Resource Manager endpoint the credential was checked for)."""

    credential: TokenCredential
    cloud: str = "public"
    arm_endpoint: str | None = None
    simulator: None = None

    def __post_init__(self) -> None:
        self.arm = ArmClients(self.credential, cloud=self.cloud, arm_endpoint=self.arm_endpoint)

    @property
    def name(self) -> str:
        return f"Azure ({self.arm_endpoint or self.cloud})"

    def options(self, policy: Policy) -> ExecuteOptions:
        return ExecuteOptions()

    def close(self) -> None:
        self.arm.close()


class SimulatorTarget:
    """The built-in simulator, in this process, serving `store` (a copy of the estate) over HTTPS on 127.0.0.1."""

    def __init__(self, store: ArmStore, policy: Policy, *, scale: float = SIM_SCALE, poll: float = SIM_POLL) -> None:
        from planner.inventory.live import StaticTokenCredential
        from planner.sim.options import SimOptions
        from planner.sim.server import ArmSimulator

        self.scale = scale
        self.poll = poll
        self._dir = Path(tempfile.mkdtemp(prefix="planner-rehearsal-"))
        token = secrets.token_urlsafe(24)
        options = SimOptions(durations=sim_durations(policy.durations, scale), limits=None)
        self.simulator: ArmSimulator = ArmSimulator(store, token=token, tls_dir=self._dir / "tls", options=options)
        self.handle: SimHandle = self.simulator.start()
        self.cloud = "public"
        self.arm_endpoint: str | None = self.handle.url
        self.credential: TokenCredential = StaticTokenCredential(token)
        self.arm = ArmClients(
            self.credential,
            arm_endpoint=self.handle.url,
            connections=policy.max_parallel + 16,
            ca_bundle=str(self.handle.ca_bundle_path),
        )

    @property
    def name(self) -> str:
        return "the simulator"

    @property
    def workdir(self) -> Path:
        """Where a rehearsal keeps its plan file and journal (removed on close)."""
        return self._dir

    def options(self, policy: Policy) -> ExecuteOptions:
        return ExecuteOptions(settings=RunSettings(poll_interval=self.poll), writes_per_second=8.0 / self.scale)

    def close(self) -> None:
        self.arm.close()
        self.simulator.stop()
        shutil.rmtree(self._dir, ignore_errors=True)


Target = LiveTarget | SimulatorTarget


class Rehearsal:
    """Runs of one plan against one target. Used from one worker thread at a time; `pause` from any thread."""

    def __init__(self, target: Target, *, on_event: EventSink = ignore, options: ExecuteOptions | None = None) -> None:
        self.target = target
        self.on_event = on_event
        self._options = options
        self._executor: Executor | None = None
        self._lock = threading.Lock()

    def options(self, plan: Plan) -> ExecuteOptions:
        return self._options or self.target.options(plan.policy)

    def dry_run(self, plan: Plan, journal_path: Path | None = None) -> DryRunReport:
        """Read every target and say per step would-do / already-done / drift; writes nothing."""
        journal = read_journal(journal_path) if journal_path is not None and journal_path.exists() else None
        self._check_permissions(plan, dry_run=True)
        return dry_run(plan, self.target.arm, on_event=self.on_event, journal=journal)

    def _check_permissions(self, plan: Plan, *, dry_run: bool) -> None:
        """Against Azure, `planner apply`'s pre-flight: an action the plan needs and the caller lacks is refused
        before anything is read or written (PermissionsMissing naming each); the simulator grants everything."""
        if isinstance(self.target, LiveTarget):
            check_permissions(plan, self.target.arm, dry_run=dry_run)

    def apply(self, plan: Plan, plan_path: Path, journal_path: Path) -> RunFinished:
        """Run the plan with its journal (resuming what the journal has); returns when done, paused or stopped."""
        self._check_permissions(plan, dry_run=False)
        executor = Executor(
            plan, self.target.arm, journal_path, plan_path=plan_path, options=self.options(plan), on_event=self.on_event
        )
        with self._lock:
            self._executor = executor
        try:
            return executor.run()
        finally:
            with self._lock:
                self._executor = None

    def pause(self) -> bool:
        """Ask the running apply to finish what is in flight and start nothing new; False when nothing runs."""
        with self._lock:
            if self._executor is None:
                return False
            self._executor.pause()
            return True

    def verify(self, plan: Plan, journal_path: Path | None) -> VerifyReport:
        """Read the plan's subscriptions from the target again and judge encryption (the journal proves restarts)."""
        from planner.inventory.live import fetch_inventory

        options = {"connection_verify": self.target.arm.ca_bundle} if self.target.arm.ca_bundle else None
        inv = fetch_inventory(
            plan.meta.subscriptions,
            cloud=self.target.cloud,
            arm_endpoint=self.target.arm_endpoint,
            credential=self.target.credential,
            client_options=options,
        )
        journal = read_journal(journal_path) if journal_path is not None and journal_path.exists() else None
        return verify(inv, series=plan.meta.series, plan=plan, journal=journal)

    def close(self) -> None:
        self.target.close()
