"""Rollback plans from journals, without Azure: what they restore, that they pass every rule of a plan, and what
they refuse to promise."""

from __future__ import annotations

from pathlib import Path

import pytest
from execute_helpers import make_plan

from planner.execute.journal import JournalState, StepRecord
from planner.execute.rollback import CannotRollBack, NothingToRollBack, rollback_plan
from planner.plan import check as plan_check
from planner.plan import write as plan_write
from planner.plan.ops import Op
from planner.plan.types import Plan


def journal_with(plan: Plan, done: list[str]) -> JournalState:
    """A journal in which the named steps are done, with the before-values their `rollback` tables name."""
    state = JournalState(Path("test.journal.jsonl"), digest=plan.digest)
    steps = {s.id: s for _, s in plan.steps()}
    for sid in done:
        s = steps[sid]
        state.steps[sid] = StepRecord(sid, op=s.op, target=s.target, status="done", before={**s.expect, **s.rollback})
    return state


def test_a_rollback_of_a_whole_wave_restores_each_change_and_is_a_valid_plan(small_estate_dir: Path, tmp_path: Path) -> None:
    plan, _ = make_plan(small_estate_dir, tmp_path)
    done = [s.id for w in plan.waves[:2] for s in w.steps if s.op is not Op.MANUAL]
    rollback = rollback_plan(plan, journal_with(plan, done), generated_at="2026-01-01T00:00:00Z", source="test")
    rollback.digest = plan_write.content_digest(rollback)
    assert plan_check.check(rollback) == []
    ops = [s.op for _, s in rollback.steps()]
    original = [s for w in plan.waves[:2] for s in w.steps]
    assert ops.count(Op.VM_RESIZE) == sum(s.op is Op.VM_RESIZE for s in original)
    assert ops.count(Op.NIC_DISABLE_AN) == sum(s.op is Op.NIC_ENABLE_AN for s in original)
    assert ops.count(Op.VNET_DISABLE_ENCRYPTION) == sum(s.op is Op.VNET_ENABLE_ENCRYPTION for s in original)
    sizes_back = {s.target: s.params["size"] for _, s in rollback.steps() if s.op is Op.VM_RESIZE}
    assert sizes_back == {s.target: s.rollback["size"] for s in original if s.op is Op.VM_RESIZE}
    last = rollback.waves[-1]
    assert {s.op for s in last.steps} == {Op.VNET_DISABLE_ENCRYPTION}  # encryption goes off after every VM


def test_nothing_done_is_nothing_to_roll_back(small_estate_dir: Path, tmp_path: Path) -> None:
    plan, _ = make_plan(small_estate_dir, tmp_path)
    with pytest.raises(NothingToRollBack):
        rollback_plan(plan, journal_with(plan, []), generated_at="x", source="test")


def test_a_rollback_of_a_rollback_that_switched_an_off_is_refused(small_estate_dir: Path, tmp_path: Path) -> None:
    plan, _ = make_plan(small_estate_dir, tmp_path)
    done = [s.id for w in plan.waves[:2] for s in w.steps if s.op is not Op.MANUAL]
    rollback = rollback_plan(plan, journal_with(plan, done), generated_at="x", source="test")
    rollback.digest = plan_write.content_digest(rollback)
    undone = [s.id for _, s in rollback.steps()]
    with pytest.raises(CannotRollBack, match="switched Accelerated Networking off"):
        rollback_plan(rollback, journal_with(rollback, undone), generated_at="x", source="test")
