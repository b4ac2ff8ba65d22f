"""What a plan has taken down and not brought back, from its journal: VMs deallocated whose start has not finished,
and scale-set instances a batch's deallocation took whose batch's start has not. Every end of a run names them (none
is ever left down silently), and a rollback plan refuses to be made over instances it could not name."""

from __future__ import annotations

from planner.execute.events import DownVm
from planner.execute.journal import JournalState
from planner.model import key
from planner.plan.ops import Op, batch_of
from planner.plan.types import Plan, Wave

_NOT_RUNNING = ("deallocated", "deallocating", "stopped", "stopping")


def down_vms(plan: Plan, state: JournalState) -> list[DownVm]:
    """VMs the plan deallocated (or is deallocating) whose start step has not finished, and the instances a
    scale-set batch took down (its deallocation done, in flight, or failed part-way) that its start has not brought
    back: each with the step that starts it."""
    out: list[DownVm] = []
    for wave in plan.waves:
        deallocated: set[str] = set()
        for s in wave.steps:
            rec = state.steps.get(s.id)
            if s.op is Op.VM_DEALLOCATE and rec is not None and rec.status in ("done", "already-done", "started"):
                deallocated.add(key(s.target))
        for s in wave.steps:
            rec = state.steps.get(s.id)
            if s.op is Op.VM_START and key(s.target) in deallocated and not (rec is not None and rec.finished):
                out.append(DownVm(s.target, s.id))
        out += down_instances(wave, state)
    return out


def down_instances(wave: Wave, state: JournalState) -> list[DownVm]:
    """A wave's scale-set instances that were running, taken by a batch's deallocation (done, in flight, or failed
    part-way: some may be down) whose batch's start has not finished."""
    starts = {batch_of(s.op, s.target, s.params): s for s in wave.steps if s.op is Op.VMSS_START_INSTANCES}
    out: list[DownVm] = []
    for s in wave.steps:
        rec = state.steps.get(s.id)
        if s.op is not Op.VMSS_DEALLOCATE_INSTANCES or rec is None or rec.status == "drift" or not rec.instances:
            continue
        start = starts.get(batch_of(s.op, s.target, s.params))
        started = start is not None and (r := state.steps.get(start.id)) is not None and r.finished
        if not started:
            up = start.id if start is not None else s.id
            out += [
                DownVm(f"{s.target}/virtualMachines/{i}", up)
                for i in rec.instances
                if rec.instance_power.get(i) not in _NOT_RUNNING
            ]
    return out


def down_batches(plan: Plan, state: JournalState) -> set[str]:
    """The scale-set batches (`ops.batch_of`) whose instances are down: what a stopping run still brings back."""
    out: set[str] = set()
    for wave in plan.waves:
        steps = {d.step for d in down_instances(wave, state)}
        out |= {batch_of(s.op, s.target, s.params) or "" for s in wave.steps if s.id in steps}
    return out - {""}
