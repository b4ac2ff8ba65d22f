"""Scale-set batches (issue 14; DOMAIN.md "Added rules": scale-set instances are cycled, not just upgraded): each
batch of a Uniform scale set is one cycle per instance, like a VM's: the batch's instances deallocated -> given the
model -> started (a compliant set: deallocated -> started), in one wave. The plans of the demo estate and a generated
estate show it, `validate` refuses a batch out of order, and `apply` against the simulator (which keeps AN pending on
an instance upgraded while running: `test_sim_writes`) leaves every instance encrypted, reports instances a failure
left down, and resumes on the same instances."""

from __future__ import annotations

import io
import itertools
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from execute_helpers import executor, make_plan

from planner.analysis.analyzer import Analyzer
from planner.analysis.decisions import Decisions
from planner.commands.render import plan as show
from planner.demo.estate import estate_documents, generate_estate
from planner.errors import UsageError
from planner.execute.events import RunStatus
from planner.execute.journal import read_journal
from planner.execute.rollback import rollback_plan
from planner.inventory.arm_json import load_documents
from planner.plan import check as plan_check
from planner.plan import read as plan_read
from planner.plan import write as plan_write
from planner.plan.ops import Op, batch_of
from planner.plan.policy import Policy
from planner.plan.types import Plan, Step
from planner.sequencing.assemble import PlanMaker, build_plan
from planner.session import Session
from planner.sim.faults import FailOperations
from planner.sim.server import SimHandle
from planner.tui.details import vm_detail

PLANS = Path(__file__).parent.parent / "plans"
BATCH_OPS = (Op.VMSS_DEALLOCATE_INSTANCES, Op.VMSS_UPGRADE_INSTANCES, Op.VMSS_START_INSTANCES)


def batches(plan: Plan) -> dict[str, list[tuple[int, int, Step]]]:
    """Per scale-set batch (`batch_of`), its steps as (wave, place in the wave, step), in plan order."""
    out: dict[str, list[tuple[int, int, Step]]] = {}
    for w in plan.waves:
        for pos, s in enumerate(w.steps):
            b = batch_of(s.op, s.target, s.params)
            if b is not None:
                out.setdefault(b, []).append((w.index, pos, s))
    return out


def assert_cycles(plan: Plan, *, upgraded: bool) -> None:
    """Every batch: deallocate -> (upgrade) -> start, in one wave, in that order, each step `after` the one before."""
    found = batches(plan)
    assert found
    want = list(BATCH_OPS) if upgraded else [Op.VMSS_DEALLOCATE_INSTANCES, Op.VMSS_START_INSTANCES]
    for b, steps in found.items():
        assert [s.op for _, _, s in steps] == want, b
        assert len({w for w, _, _ in steps}) == 1, b  # one wave
        assert [p for _, p, _ in steps] == sorted(p for _, p, _ in steps)
        for (_, _, prev), (_, _, nxt) in itertools.pairwise(steps):
            assert nxt.after == [prev.id]
        assert len({(s.params["batch"], s.params["batch_size"]) for _, _, s in steps}) == 1  # one set of instances


def generated(vms: int, policy: Policy, edit: Any = None) -> Plan:
    estate = generate_estate(vms=vms)
    if edit is not None:
        for doc in [*estate.resources, *estate.nics]:
            edit(doc)
    inv = load_documents(estate_documents(estate))
    plan = build_plan(
        inv, Analyzer(inv).run(Decisions()), policy, generated_at="2025-06-01T00:00:00Z", inventory_digest="sha256:t"
    )
    again, shape = plan_read.loads(plan_write.dumps(plan))
    assert shape == [] and again is not None
    assert [str(p) for p in plan_check.check(again)] == []
    return again


def compliant(doc: dict[str, Any]) -> None:
    """vmss-batch on a supported size with AN on (model and instance NICs): a compliant set."""
    if doc.get("type", "").lower() == "microsoft.compute/virtualmachinescalesets" and doc["name"] == "vmss-batch":
        doc["sku"]["name"] = "Standard_D4s_v5"
        for config in doc["properties"]["virtualMachineProfile"]["networkProfile"]["networkInterfaceConfigurations"]:
            config["properties"]["enableAcceleratedNetworking"] = True
    elif "/virtualmachinescalesets/vmss-batch/" in doc.get("id", "").lower():
        doc["properties"]["enableAcceleratedNetworking"] = True


# --- plans ------------------------------------------------------------------------------------------------------


def test_the_demo_plan_cycles_each_scale_set_batch_deallocate_upgrade_start_and_show_says_so() -> None:
    plan = Session.read_plan(PLANS / "demo-plan.toml")
    assert_cycles(plan, upgraded=True)
    (model,) = [(w, s) for w, s in plan.steps() if s.op is Op.VMSS_UPDATE_MODEL]
    first = min(batches(plan).values(), key=lambda steps: steps[0][0])
    assert first[0][0] == model[0].index and first[0][2].after == [model[1].id]  # the model first, in batch 1's wave
    assert Counter(s.op for _, s in plan.steps() if s.op in BATCH_OPS) == dict.fromkeys(BATCH_OPS, 4)
    out = io.StringIO()
    show.print_review(plan, PLANS / "demo-plan.toml", out)
    text = out.getvalue()
    assert text.count("up to 1 instance(s): deallocate -> apply the model -> start") == 4
    assert "4 scale-set batch(es) (deallocate -> upgrade -> start), 0 scale-set restart batch(es)" in text


@pytest.mark.parametrize("budget", [1, 2])
def test_a_generated_estate_cycles_its_scale_set_in_budget_sized_batches(budget: int) -> None:
    plan = generated(300, Policy(max_unavailable=budget))
    assert_cycles(plan, upgraded=True)
    deallocs = [s for _, s in plan.steps() if s.op is Op.VMSS_DEALLOCATE_INSTANCES]
    assert {s.params["batch_size"] for s in deallocs} == {budget}
    assert len(deallocs) == 4 // budget  # vmss-batch has 4 instances


def test_a_compliant_scale_set_in_a_vnet_the_plan_enables_gets_the_same_batches_without_the_model_step() -> None:
    plan = generated(300, Policy(max_unavailable=2), compliant)
    assert_cycles(plan, upgraded=False)
    assert not any(s.op in (Op.VMSS_UPDATE_MODEL, Op.VMSS_UPGRADE_INSTANCES) for _, s in plan.steps())
    (entry,) = [e for e in plan.vms if e.name == "vmss-batch"]
    assert entry.disposition == "restart"
    out = io.StringIO()
    show.print_review(plan, Path("plan.toml"), out)
    assert out.getvalue().count("instance(s): deallocate -> start") == 2  # 4 instances, 2 at a time


def test_the_tui_detail_of_a_restarted_scale_set_says_what_its_batches_do() -> None:
    estate = generate_estate(vms=300)
    for doc in [*estate.resources, *estate.nics]:
        compliant(doc)
    inv = load_documents(estate_documents(estate))
    analysis = Analyzer(inv).run(Decisions())
    maker = PlanMaker(inv)
    schedule = maker.schedule(analysis, Policy())
    (k,) = [k for k, ss in inv.scale_sets.items() if ss.name == "vmss-batch"]
    assert schedule.disposition[k] == "restart"
    text = vm_detail(inv, maker.topology, analysis, schedule, k, analysis.scale_sets[k], None).plain
    assert "its instances cycled in batches: deallocate, start" in text


# --- validate ---------------------------------------------------------------------------------------------------


def problems(plan: Plan) -> list[str]:
    again, shape = plan_read.loads(plan_write.dumps(plan))
    assert shape == [] and again is not None
    return [str(p) for p in plan_check.check(again, verify_digest=False)]


def demo() -> Plan:
    return Session.read_plan(PLANS / "demo-plan.toml")


def step(plan: Plan, op: Op, batch: int) -> tuple[list[Step], Step]:
    for w in plan.waves:
        for s in w.steps:
            if s.op is op and s.params.get("batch") == batch:
                return w.steps, s
    raise AssertionError(f"no {op} of batch {batch}")


def test_validate_refuses_an_upgrade_or_start_of_instances_its_batch_did_not_deallocate() -> None:
    plan = demo()
    steps, dealloc = step(plan, Op.VMSS_DEALLOCATE_INSTANCES, 2)
    steps.remove(dealloc)
    found = problems(plan)
    assert any("gives the model to batch 2's instances, which no deallocation of the scale set took" in p for p in found)
    assert any("starts batch 2's instances, which no deallocation of the scale set took" in p for p in found)

    plan = demo()
    _, start = step(plan, Op.VMSS_START_INSTANCES, 3)
    _, upgrade = step(plan, Op.VMSS_UPGRADE_INSTANCES, 3)
    upgrade.after = []  # no longer waits for the batch's deallocation
    start.after = []
    found = problems(plan)
    assert any(f"step {upgrade.id}: does not wait for" in p and "deallocated first, in the same wave" in p for p in found)
    assert any(f"step {start.id}: does not wait for {upgrade.id} (after)" in p for p in found)

    plan = demo()  # the start of batch 2 moved to the wave of batch 3: not the instances that wave deallocated
    steps2, start2 = step(plan, Op.VMSS_START_INSTANCES, 2)
    steps3, _ = step(plan, Op.VMSS_START_INSTANCES, 3)
    steps2.remove(start2)
    start2.after = []
    steps3.append(start2)
    found = problems(plan)
    assert any("deallocates batch 2's instances and never starts them in its wave: they would stay down" in p for p in found)
    assert any(f"step {start2.id}: does not wait for" in p for p in found)


def test_validate_refuses_an_instance_cycled_twice() -> None:
    plan = demo()
    steps, dealloc = step(plan, Op.VMSS_DEALLOCATE_INSTANCES, 2)
    again = Step(dealloc.id + "-again", dealloc.op, dealloc.target, {}, dict(dealloc.params), {}, [], dealloc.az)
    steps.append(again)
    assert any(
        f"step {again.id}: batch 2 of the scale set is deallocated twice: its instances would be cycled twice" in p
        for p in problems(plan)
    )
    plan = demo()
    steps, start = step(plan, Op.VMSS_START_INSTANCES, 1)
    twice = Step(start.id + "-again", start.op, start.target, {}, dict(start.params), {}, [start.id], start.az)
    steps.insert(steps.index(start) + 1, twice)
    assert any("batch 1's instances are started twice" in p for p in problems(plan))


def test_the_plan_file_has_each_batch_op_with_its_az_line_expect_and_rollback() -> None:
    plan = demo()
    _, dealloc = step(plan, Op.VMSS_DEALLOCATE_INSTANCES, 2)
    _, upgrade = step(plan, Op.VMSS_UPGRADE_INSTANCES, 2)
    _, start = step(plan, Op.VMSS_START_INSTANCES, 2)
    assert "az vmss list-instances" in dealloc.az and "az vmss deallocate" in dealloc.az
    assert "--instance-ids $ids" in dealloc.az and "planner_batch_take" in dealloc.az
    assert "az vmss update-instances" in upgrade.az and "planner_batch_ids" in upgrade.az
    assert "az vmss start" in start.az and upgrade.az.split()[1] == start.az.split()[1]  # the same batch's ids
    for s in (dealloc, upgrade, start):
        assert s.expect == {"size": "Standard_D4lds_v5", "accelerated_networking": True}
    assert dealloc.rollback == {"power_state": "running"}  # a deallocation is undone by a start
    assert upgrade.rollback == {"size": "Standard_F4s_v2", "accelerated_networking": False}  # the model restore
    assert start.rollback == {}


# --- apply against the simulator -------------------------------------------------------------------------------


def test_apply_leaves_every_instance_encrypted_each_batch_acting_on_the_instances_its_deallocation_took(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    finished = executor(small_sim, plan, path).run()
    assert finished.status is RunStatus.COMPLETED and not finished.down
    journal = read_journal(path.with_name("plan.journal.jsonl"))
    state = small_sim.simulator.state()["scale_sets"]
    instances = next(v for k, v in state.items() if k.endswith("/vmss-batch"))["instances"]
    assert all(
        i["encryption"] and i["accelerated_networking"] and not i["accelerated_networking_pending"]
        and i["deallocations"] == 1 and i["starts"] == 1 and i["latest_model"]
        for i in instances.values()
    )
    chosen = []
    for b, steps in batches(plan).items():
        if "vmss-batch" not in b:
            continue
        dealloc = journal.steps[steps[0][2].id]
        chosen += dealloc.instances
        assert dealloc.chosen and len(dealloc.instances) == steps[0][2].params["batch_size"]
        assert all(journal.steps[s.id].status == "done" for _, _, s in steps)
    assert sorted(chosen) == sorted(instances)  # every instance in exactly one batch


def test_a_batch_failing_after_its_deallocation_reports_the_instances_down_and_resumes_on_them(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    small_sim.simulator.add_fault(FailOperations(["vmss_upgrade"], name_contains="vmss-batch", count=1))
    first = executor(small_sim, plan, path).run()
    assert first.status is RunStatus.FAILED
    _, dealloc = step(plan, Op.VMSS_DEALLOCATE_INSTANCES, 1)
    _, start = step(plan, Op.VMSS_START_INSTANCES, 1)
    journal = read_journal(path.with_name("plan.journal.jsonl"))
    taken = journal.steps[dealloc.id].instances
    assert len(taken) == 1
    assert [(d.id, d.step) for d in first.down if "/virtualMachines/" in d.id] == [
        (f"{dealloc.target}/virtualMachines/{taken[0]}", start.id)
    ]
    with pytest.raises(UsageError, match="left 1 scale-set instance"):  # a rollback plan cannot name them
        rollback_plan(plan, journal, generated_at="2025-06-01T00:00:00Z", source="test")

    again = executor(small_sim, plan, path).run()
    assert again.status is RunStatus.COMPLETED and not again.down
    state = small_sim.simulator.state()["scale_sets"]
    instances = next(v for k, v in state.items() if k.endswith("/vmss-batch"))["instances"]
    assert instances[taken[0]]["deallocations"] == 1 and instances[taken[0]]["encryption"]  # resumed on it, once
    assert all(i["deallocations"] == 1 and i["encryption"] for i in instances.values())


def test_a_rollback_restores_the_model_and_cycles_every_instance_onto_it(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    assert executor(small_sim, plan, path).run().status is RunStatus.COMPLETED
    journal = read_journal(path.with_name("plan.journal.jsonl"))
    back = rollback_plan(plan, journal, generated_at="2025-06-01T00:00:00Z", source="test")
    assert [str(p) for p in plan_check.check(back, verify_digest=False)] == []
    restore = [s for _, s in back.steps() if "vmss-batch" in s.target]
    assert restore[0].op is Op.VMSS_RESTORE_MODEL
    assert_cycles(Plan(back.meta, back.policy, back.groups, back.vnets, back.vms, back.waves), upgraded=True)
