"""`planner apply` as a process: killed with SIGKILL in the middle of a wave and run again, refused while another
apply of the same plan runs, and rolled back after a partial apply. The apply runs as a subprocess against the
simulator in the test's process."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from conftest import SIM_TOKEN
from execute_helpers import Recorder, executor, make_plan, planned_starts, vm_states
from test_apply_faults import assert_consistent, journal_of

from planner.execute.events import RunStatus, StepStarted
from planner.execute.journal import Journal, read_journal
from planner.execute.rollback import rollback_plan
from planner.plan import check as plan_check
from planner.plan import write as plan_write
from planner.plan.ops import Op
from planner.session import Session
from planner.sim.faults import FailOperations
from planner.sim.server import SimHandle
from planner.sim.store import ArmStore

ROOT = Path(__file__).resolve().parent.parent


def apply_process(handle: SimHandle, plan_path: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "REQUESTS_CA_BUNDLE": str(handle.ca_bundle_path), "SIM_TOKEN": SIM_TOKEN}
    cmd = [
        sys.executable, "-m", "planner", "apply", str(plan_path), "--arm-endpoint", handle.url,
        "--token-env", "SIM_TOKEN", "--poll-interval", "0.05", "--writes-per-second", "1000", *extra,
    ]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_journal(
    path: Path, predicate: Callable[[list[dict[str, object]]], bool], timeout: float = 60
) -> list[dict[str, object]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        records = []
        if path.exists():
            for line in path.read_text().splitlines():
                with contextlib.suppress(ValueError):  # the line being written
                    records.append(json.loads(line))
        if predicate(records):
            return records
        time.sleep(0.05)
    raise AssertionError(f"{path} never reached the state waited for")


def test_kill_9_in_the_middle_of_a_wave_then_resume_loses_nothing_and_repeats_nothing(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    small_sim.simulator.options.durations.update(deallocate=1.0, start=1.0, vm_update=0.5, nic_update=0.5)
    plan, path = make_plan(small_estate_dir, tmp_path)
    journal = journal_of(path)
    proc = apply_process(small_sim, path, "--yes")

    def mid_wave_two(records: list[dict[str, object]]) -> bool:
        pollers = [r for r in records if r.get("type") == "step-poller" and str(r.get("step", "")).startswith("w002")]
        return len(pollers) >= 10

    wait_for_journal(journal, mid_wave_two)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    state = read_journal(journal)
    in_flight = [s for s in state.steps.values() if s.in_flight]
    assert in_flight and any(s.tokens for s in in_flight)  # operations were under way when it died
    Journal.open(journal, digest=plan.digest, plan_path=path).close()  # the kernel released the lock

    events = Recorder()
    finished = executor(small_sim, plan, path, on_event=events).run()
    assert finished.status is RunStatus.COMPLETED and not finished.down
    resumed = {e.step for e in events.of(StepStarted) if e.resumed}
    assert resumed == {s.id for s in in_flight}  # every step in flight was picked up again, none started afresh
    assert_consistent(plan, path, small_sim)


def test_ctrl_c_brings_back_what_is_down_exits_130_and_says_how_to_resume(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    small_sim.simulator.options.durations.update(deallocate=0.5, start=0.5, vm_update=0.3)
    plan, path = make_plan(small_estate_dir, tmp_path)
    journal = journal_of(path)
    proc = apply_process(small_sim, path, "--yes")

    def deallocating_in_wave_two(records: list[dict[str, object]]) -> bool:
        return any(r.get("type") == "step-poller" and "w002" in str(r.get("step")) and "deallocate" in str(r.get("step")) for r in records)

    wait_for_journal(journal, deallocating_in_wave_two)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted:" in out and "to resume: planner apply" in out and "--journal" in out
    state = read_journal(journal)
    assert state.last_status == "interrupted"
    vms = vm_states(small_sim)
    down = {k for k, v in vms.items() if v["deallocations"] and v["power_state"] == "deallocated"}
    assert down & planned_starts(plan) == set()  # what the plan had taken down came back up before it stopped
    finished = executor(small_sim, plan, path).run()
    assert finished.status is RunStatus.COMPLETED
    assert_consistent(plan, path, small_sim)


def test_a_second_apply_of_the_same_plan_is_refused_while_one_runs(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    small_sim.simulator.options.durations.update(deallocate=0.5, start=0.5)
    plan, path = make_plan(small_estate_dir, tmp_path)
    journal = journal_of(path)
    first = apply_process(small_sim, path, "--yes")
    wait_for_journal(journal, lambda records: any(r.get("type") == "step-started" for r in records))
    second = apply_process(small_sim, path, "--yes")
    out, err = second.communicate(timeout=60)
    assert second.returncode == 2, (out, err)
    assert "locked" in err and "another apply of this plan is running" in err
    assert "started" not in out  # it stopped at the lock, before its first step
    _, first_err = first.communicate(timeout=120)
    assert first.returncode == 0, first_err
    runs = [json.loads(line) for line in journal.read_text().splitlines() if '"type":"run"' in line]
    assert len(runs) == 1  # the second apply never wrote to the journal
    assert_consistent(plan, path, small_sim)


def test_rollback_of_a_partly_applied_plan_restores_the_before_values(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    original = ArmStore.from_path(small_estate_dir)
    resized = next(s for s in plan.waves[1].steps if s.op is Op.VM_RESIZE)
    small_sim.simulator.add_fault(FailOperations(["vm_update"], name_contains=resized.target.rsplit("/", 1)[1], count=None))
    partial = executor(small_sim, plan, path).run()
    assert partial.status is RunStatus.FAILED  # wave 1 done, wave 2 done but for the one VM whose resize failed
    assert [d.id for d in partial.down] == [resized.target]

    state = read_journal(journal_of(path))
    rollback = rollback_plan(plan, state, generated_at="2026-01-01T00:00:00Z", source="test")
    rollback.digest = plan_write.content_digest(rollback)
    assert plan_check.check(rollback) == []  # a valid plan: show, validate and apply read it like any other
    rb_path = tmp_path / "rollback.toml"
    plan_write.write(rollback, rb_path)
    reread = Session.read_plan(rb_path)
    small_sim.simulator.context.failures.clear()
    finished = executor(small_sim, reread, rb_path).run()
    assert finished.status is RunStatus.COMPLETED, finished

    changed = {s.target.lower() for _, s in plan.steps() if (r := state.steps.get(s.id)) is not None and r.status == "done"}
    assert changed
    vms = vm_states(small_sim)
    for rid in changed:
        before = original.get(rid)
        now = small_sim.store.get(rid)
        assert before is not None and now is not None
        props_before, props_now = before["properties"], now["properties"]
        if "hardwareProfile" in props_before:
            assert props_now["hardwareProfile"]["vmSize"] == props_before["hardwareProfile"]["vmSize"], rid
            view = original.instance_view(rid) or {}
            was = next(s["code"].split("/")[1] for s in view["statuses"] if s["code"].startswith("PowerState/"))
            if was == "running":
                assert vms[rid]["power_state"] == "running", rid
        if "enableAcceleratedNetworking" in props_before:
            assert props_now["enableAcceleratedNetworking"] == props_before["enableAcceleratedNetworking"], rid
        if "subnets" in props_before:
            assert (props_now.get("encryption") or {}).get("enabled", False) == (props_before.get("encryption") or {}).get("enabled", False), rid
    assert planned_starts(plan)  # the plan had VMs to cycle
