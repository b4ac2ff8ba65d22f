"""Each fault Azure has, met by `apply` through the real SDK against the simulator: 5xx answers (some after the change
was made), a storm of 429s, an operation that fails, drift between plan and apply, a pause. Each leaves a
consistent journal and a resumable state: nothing done twice, nothing lost, no VM down unreported."""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path

from execute_helpers import Recorder, arm_for, executor, make_plan, planned_starts, vm_states

from planner.execute.dryrun import dry_run
from planner.execute.events import Outcome, RunStatus, StepFinished, StepRetrying, StepStarted
from planner.execute.journal import read_journal
from planner.plan.ops import Op
from planner.plan.types import Plan, Step
from planner.sim.faults import FailOperations, ServerErrors, ThrottleStorm
from planner.sim.limits import Throttling
from planner.sim.options import Bucket, Limits
from planner.sim.server import SimHandle


def journal_of(plan_path: Path) -> Path:
    return plan_path.with_name("plan.journal.jsonl")


def assert_consistent(plan: Plan, plan_path: Path, handle: SimHandle) -> None:
    """Every step finished once in the journal, every VM deallocated at most once, every planned start done and
    encrypted."""
    state = read_journal(journal_of(plan_path))
    assert all(state.steps[s.id].finished for _, s in plan.steps())
    vms = vm_states(handle)
    assert all(v["deallocations"] <= 1 and v["starts"] <= 1 for v in vms.values())
    assert {k for k, v in vms.items() if v["encryption"]} == planned_starts(plan)


def test_server_errors_before_and_after_the_change_are_retried_without_doing_anything_twice(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    lost = ServerErrors(every=5, applied=True)  # the change is made, the answer lost
    refused = ServerErrors(every=7, status=503)
    polls = ServerErrors(every=9, methods=["GET"], routes=["operation_status"])  # a poller's status read fails
    reads = ServerErrors(every=13, methods=["GET"], routes=["get_resource"])
    for fault in (lost, refused, polls, reads):
        small_sim.simulator.add_fault(fault)
    events = Recorder()
    finished = executor(small_sim, plan, path, on_event=events).run()
    assert finished.status is RunStatus.COMPLETED, finished
    assert lost.fired > 5 and refused.fired > 5 and polls.fired > 5 and reads.fired > 5
    assert len(events.of(StepRetrying)) >= refused.fired
    assert_consistent(plan, path, small_sim)


def test_a_resource_deleted_since_the_plan_is_drift(small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    vnet_step = next(s for s in plan.waves[0].steps if s.op is Op.VNET_ENABLE_ENCRYPTION)
    assert small_sim.store.delete(vnet_step.target)  # gone, out of band
    review = dry_run(plan, arm_for(small_sim))
    assert [(d.step, d.mismatches[0].field) for d in review.drifted] == [(vnet_step.id, "exists")]
    finished = executor(small_sim, plan, path).run()
    assert finished.status is RunStatus.DRIFT
    (drift,) = finished.drifted
    assert drift.step == vnet_step.id and [(m.field, m.expected, m.found) for m in drift.mismatches] == [("exists", True, False)]


def test_a_throttle_storm_and_tight_limits_are_waited_out(small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    storm = ThrottleStorm(count=25, retry_after=1, skip=20)
    small_sim.simulator.add_fault(storm)
    small_sim.simulator.throttling = Throttling(Limits(subscription_writes=Bucket(40, 40)))
    events = Recorder()
    finished = executor(small_sim, plan, path, on_event=events).run()
    assert finished.status is RunStatus.COMPLETED
    assert storm.fired == 25
    reasons = [e.reason for e in events.of(StepRetrying)]
    assert any("SubscriptionRequestsThrottled" in r for r in reasons)
    assert_consistent(plan, path, small_sim)


def test_a_failed_operation_stops_new_work_brings_back_what_is_down_and_resumes(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    wave2 = plan.waves[1]
    victim = next(s.target for s in wave2.steps if s.op is Op.VM_START)
    small_sim.simulator.add_fault(FailOperations(["start"], name_contains=victim.rsplit("/", 1)[1] + "", count=1))
    first = executor(small_sim, plan, path).run()
    assert first.status is RunStatus.FAILED
    assert [f.target for f in first.failed] == [victim] and "AllocationFailed" in first.failed[0].detail
    assert [d.id for d in first.down] == [victim]  # the one VM left down is reported, by id and start step
    vms = vm_states(small_sim)
    later = {s.target.lower() for w in plan.waves[2:] for s in w.steps if s.op is Op.VM_DEALLOCATE}
    assert all(vms[k]["deallocations"] == 0 for k in later)  # no later wave started
    down_now = {k for k, v in vms.items() if v["power_state"] == "deallocated" and v["deallocations"] == 1}
    assert down_now & planned_starts(plan) == {victim.lower()}  # every other VM the wave took down came back up
    state = read_journal(journal_of(path))
    failed_step = next(s for s in wave2.steps if s.op is Op.VM_START and s.target == victim)
    assert state.steps[failed_step.id].status == "failed" and "AllocationFailed" in state.steps[failed_step.id].error

    resumed = executor(small_sim, plan, path).run()  # the fault fired once: the retry finds capacity
    assert resumed.status is RunStatus.COMPLETED and not resumed.down
    assert_consistent(plan, path, small_sim)


def test_drift_between_plan_and_apply_writes_nothing_to_that_resource_and_exits_drift(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    wave2 = plan.waves[1]

    def own(s: Step, x: Step) -> bool:
        return s.target in (x.target, x.params.get("vm"))

    deallocate = next(  # a VM cycled on its own (no other VM's step waits for it), with a resize
        s
        for s in wave2.steps
        if s.op is Op.VM_DEALLOCATE
        and any(x.op is Op.VM_RESIZE and x.target == s.target for x in wave2.steps)
        and all(own(s, x) for x in wave2.steps if s.id in x.after)
    )
    vm_id = deallocate.target
    store = small_sim.store
    changed = copy.deepcopy(store.get(vm_id))
    assert changed is not None
    original_size = changed["properties"]["hardwareProfile"]["vmSize"]
    changed["properties"]["hardwareProfile"]["vmSize"] = "Standard_D16s_v3"  # someone resized it meanwhile
    store.put(changed)
    events = Recorder()
    finished = executor(small_sim, plan, path, on_event=events).run()
    assert finished.status is RunStatus.DRIFT
    (drift,) = finished.drifted
    assert drift.step == deallocate.id and drift.target == vm_id
    assert [(m.field, m.expected, m.found) for m in drift.mismatches] == [("size", original_size, "Standard_D16s_v3")]
    touched = [r for r in small_sim.simulator.requests if r.method != "GET" and r.path.lower().startswith(vm_id.lower())]
    assert touched == []  # nothing was written to the drifted VM
    skipped = [e.step for e in events.of(StepFinished) if e.outcome is Outcome.SKIPPED]
    vm_name = vm_id.rsplit("/", 1)[1]
    assert skipped and all(vm_name in s for s in skipped)  # only that VM's own cycle
    assert not finished.down  # the rest of the wave finished and came back up
    assert all(not isinstance(e, StepStarted) or e.wave <= 2 for e in events.events)  # no later wave
    state = read_journal(journal_of(path))
    assert state.steps[deallocate.id].status == "drift"

    changed["properties"]["hardwareProfile"]["vmSize"] = original_size  # the operator puts it back
    small_sim.store.put(changed)
    resumed = executor(small_sim, plan, path).run()
    assert resumed.status is RunStatus.COMPLETED
    assert_consistent(plan, path, small_sim)


def test_pause_finishes_what_is_down_and_a_resume_completes(small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    holder: list[object] = []

    def pause_in_wave_two(event: object) -> None:
        if isinstance(event, StepFinished) and event.wave == 2 and event.op == Op.VM_DEALLOCATE and holder:
            ex = holder[0]
            ex.pause()  # type: ignore[attr-defined]

    ex = executor(small_sim, plan, path, on_event=pause_in_wave_two)
    holder.append(ex)
    paused = ex.run()
    assert paused.status is RunStatus.PAUSED and not paused.down
    vms = vm_states(small_sim)
    down = {k for k, v in vms.items() if v["deallocations"] and v["power_state"] == "deallocated"}
    assert down & planned_starts(plan) == set()  # every VM the plan took down is up again
    state = read_journal(journal_of(path))
    unfinished = [s.id for _, s in plan.steps() if not (s.id in state.steps and state.steps[s.id].finished)]
    assert unfinished  # there is work left for the resume
    resumed = executor(small_sim, plan, path).run()
    assert resumed.status is RunStatus.COMPLETED
    assert Counter(resumed.outcomes).total() == len(unfinished)
    assert_consistent(plan, path, small_sim)
