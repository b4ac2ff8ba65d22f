"""The apply benchmark (a stage of `make bench`): the demo plan applied to the simulator, with Azure's operation times
compressed, against the plan's critical path.

The demo estate (300 VMs, seed 7) is planned with the default policy, then served by `planner sim` in a process of
its own (so the two never share an interpreter), each operation taking its policy duration times `SCALE`
(deallocate 180 s -> 3.6 s; a scale-set batch's deallocation, upgrade and start each their own). Time is
compressed for the write rate limit too: the executor's per-subscription rate is its default times 1 / `SCALE`, and
the simulator's throttling is off. Reported beside the targets:

- the apply's wall time over the critical path (the sum over waves of the slowest chain of `after`-linked steps,
  with the simulator's times): target <= 1.3x;
- the ARM requests the executor itself sent (reads before each write, the writes, scale-set instance lists), per VM
  the plan changes (VMs cycled and scale-set instances), beyond the pollers' own requests (status reads and their
  final read of the result): target <= 6.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SCALE = 0.02  # simulated seconds per planned second
POLL = 0.25  # seconds between a poller's status reads
RATIO_TARGET_X100 = 130
REQUESTS_PER_VM_TARGET_X100 = 600


def prepare(scale: float = SCALE, poll: float = POLL) -> Callable[[], dict[str, int]]:
    """Set up (estate, plan, simulator process, clients); the returned callable runs the apply and reports."""
    from planner.demo.estate import generate_estate, write_estate
    from planner.execute.arm import ArmClients
    from planner.execute.estimate import critical_path
    from planner.execute.rehearse import sim_durations
    from planner.execute.runner import ExecuteOptions, Executor
    from planner.execute.step import RunSettings
    from planner.inventory.live import StaticTokenCredential
    from planner.plan.ops import Op, spec
    from planner.session import Session

    work = Path(tempfile.mkdtemp(prefix="planner-bench-apply-"))
    write_estate(generate_estate(), work / "estate")
    plan_path = work / "plan.toml"
    Session.load(work / "estate").write_plan(plan_path)
    plan = Session.read_plan(plan_path)
    times = sim_durations(plan.policy.durations, scale)
    per_op = {
        Op.VNET_ENABLE_ENCRYPTION: times["vnet_update"],
        Op.VM_DEALLOCATE: times["deallocate"],
        Op.VM_RESIZE: times["vm_update"],
        Op.NIC_ENABLE_AN: times["nic_update"],
        Op.VM_START: times["start"],
        Op.VMSS_UPDATE_MODEL: times["vmss_update"],
        Op.VMSS_DEALLOCATE_INSTANCES: times["vmss_deallocate"],
        Op.VMSS_UPGRADE_INSTANCES: times["vmss_upgrade"],
        Op.VMSS_START_INSTANCES: times["vmss_start"],
    }
    critical = sum(critical_path(w, per_op) for w in plan.waves)
    token = secrets.token_urlsafe(16)
    env = {**os.environ, "PLANNER_BENCH_TOKEN": token}
    flags = [f"--duration={k}={v:.3f}" for k, v in times.items()]
    sim = subprocess.Popen(
        [sys.executable, "-m", "planner", "sim", "--estate", str(work / "estate"), "--token-env", "PLANNER_BENCH_TOKEN",
         "--no-limits", "--tls-dir", str(work / "tls"), *flags],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert sim.stdout is not None
    first = sim.stdout.readline()
    if not first.startswith("ARM simulator:"):
        sim.kill()
        raise SystemExit(f"the simulator did not start: {first or sim.stderr.read() if sim.stderr else ''}")
    url = first.split()[2]
    os.environ["REQUESTS_CA_BUNDLE"] = str(work / "tls" / "ca.pem")
    arm = ArmClients(StaticTokenCredential(token), arm_endpoint=url, connections=plan.policy.max_parallel + 16)
    options = ExecuteOptions(settings=RunSettings(poll_interval=poll), writes_per_second=8.0 / scale)
    executor = Executor(plan, arm, work / "plan.journal.jsonl", plan_path=plan_path, options=options)
    vms = {str(s.params.get("vm", s.target)).lower() for _, s in plan.steps() if s.op.startswith(("vm.", "nic."))}
    instances = sum(
        int(s.params["batch_size"]) for _, s in plan.steps() if spec(s.op).takes_instances_down
    )

    def run() -> dict[str, int]:
        try:
            started = time.perf_counter()
            finished = executor.run()
            wall = time.perf_counter() - started
        finally:
            arm.close()
            sim.terminate()
            sim.wait(timeout=30)
            shutil.rmtree(work, ignore_errors=True)
        ours = sum(arm.counter.executor.values())
        changed = len(vms) + instances
        return {
            "steps": sum(len(w.steps) for w in plan.waves),
            "failed_or_drifted": len(finished.failed) + len(finished.drifted),
            "critical_path_ms": round(critical * 1000),
            "apply_ms": round(wall * 1000),
            "ratio_x100": round(100 * wall / critical),
            "vms_changed": changed,
            "requests": ours,
            "poller_requests": arm.counter.pollers,
            "requests_per_vm_x100": round(100 * ours / changed),
        }

    return run
