"""The demo estate from `fetch` to `verify`, through the real SDK against the simulator: a dry run that writes
nothing, an apply that encrypts every VM the plan covers with one deallocation each, a verify that comes out
clean, and re-runs that find everything already done."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from conftest import DEMO_SUBSCRIPTION, SIM_TOKEN
from execute_helpers import arm_for, executor, planned_starts, vm_states, writes

from planner.demo.estate import SUBSCRIPTIONS
from planner.execute.dryrun import dry_run
from planner.execute.events import Outcome, RunStatus
from planner.execute.journal import read_journal
from planner.execute.verify import Status, verify
from planner.inventory import live, snapshot
from planner.plan.ops import Op, spec
from planner.session import Session
from planner.sim.server import SimHandle


def fetch(handle: SimHandle, out: Path) -> None:
    inv = live.fetch_inventory(
        list(SUBSCRIPTIONS), arm_endpoint=handle.url, credential=live.StaticTokenCredential(SIM_TOKEN)
    )
    snapshot.write(inv, out, source="test")


def test_demo_plan_from_fetch_to_verify_clean(demo_sim: SimHandle, tmp_path: Path) -> None:
    snap = tmp_path / "estate.json"
    fetch(demo_sim, snap)
    plan_path = tmp_path / "plan.toml"
    Session.load(snap).write_plan(plan_path)
    plan = Session.read_plan(plan_path)
    assert DEMO_SUBSCRIPTION in plan.meta.subscriptions

    before_writes = writes(demo_sim)
    report = dry_run(plan, arm_for(demo_sim))
    assert writes(demo_sim) == before_writes == Counter()  # the dry run wrote nothing
    assert not report.drifted and not report.unreadable
    manual = sum(1 for _, s in plan.steps() if s.op is Op.MANUAL)
    changes = sum(1 for _ in plan.steps()) - manual
    assert manual == 2 and changes > 500  # the demo's two AKS pools, and every other change
    assert Counter(s.outcome for s in report.steps) == {Outcome.WOULD_DO: changes, Outcome.MANUAL: manual}

    finished = executor(demo_sim, plan, plan_path).run()
    assert finished.status is RunStatus.COMPLETED and not finished.down and not finished.failed
    assert finished.outcomes == {"done": changes, "manual": manual}

    vms = vm_states(demo_sim)
    started = planned_starts(plan)
    assert all(v["deallocations"] <= 1 for v in vms.values())  # one deallocation per VM, never two
    assert {k for k, v in vms.items() if v["encryption"]} == started
    sets = demo_sim.simulator.state()["scale_sets"]
    batch = next(v for k, v in sets.items() if k.endswith("vmss-batch"))
    assert all(  # each instance deallocated, given the model and started once: AN and encryption in effect
        i["encryption"] and i["latest_model"] and i["deallocations"] == 1 and i["starts"] == 1
        and i["accelerated_networking"] and not i["accelerated_networking_pending"]
        for i in batch["instances"].values()
    )
    cycled_sets = {s.target.lower() for _, s in plan.steps() if spec(s.op).instance_batch}
    by_id = {k.lower(): v for k, v in sets.items()}
    for k in cycled_sets:  # upgraded or only restarted: every instance cycled once, under encryption
        assert all(i["encryption"] and i["deallocations"] == 1 for i in by_id[k]["instances"].values()), k

    after = tmp_path / "after.json"
    fetch(demo_sim, after)
    journal = read_journal(plan_path.with_name("plan.journal.jsonl"))
    result = verify(Session.load(after).inventory, series=plan.meta.series, plan=plan, journal=journal)
    statuses = Counter(c.status for c in result.checks)
    assert result.failing == []
    assert statuses[Status.ENCRYPTED] == len(started) + len(cycled_sets)  # every VM started again, every set
    assert statuses[Status.MANUAL] == 2 and all(v.encrypted for v in result.vnets)

    again = dry_run(plan, arm_for(demo_sim), journal=journal)
    assert {s.outcome for s in again.steps} == {Outcome.ALREADY_DONE}
    rerun = executor(demo_sim, plan, plan_path).run()
    assert rerun.status is RunStatus.COMPLETED and rerun.outcomes == {}  # the journal has every step finished
