"""The headless Session: load -> analysis -> decide -> waves -> plan on any inventory, silently, and the same plan
whether decisions arrive one at a time (incremental) or all at once (a fresh Session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_helpers import generated_inventory

from planner.analysis.decisions import Decisions
from planner.errors import ExitCode
from planner.inventory.arm_json import load_documents
from planner.plan import check as plan_check
from planner.plan.ops import seconds
from planner.plan.policy import Policy
from planner.plan.types import Wave
from planner.session import (
    AllowSmaller,
    Change,
    Exclude,
    Include,
    InventoryError,
    Pin,
    PreferSizes,
    Session,
    StrictPrivateLink,
    UnknownResource,
    Unpin,
    UseSeries,
)

AT = "2025-06-01T00:00:00Z"


def test_a_session_goes_from_files_to_a_written_plan_without_printing_a_byte(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from planner.demo.estate import generate_estate, write_estate

    write_estate(generate_estate(vms=120, seed=5), tmp_path / "estate")
    session = Session.load(tmp_path / "estate")
    some_vm = next(iter(session.inventory.vms.values()))
    session.decide(Exclude(some_vm.id))
    assert session.analysis.vms[some_vm.id.lower()].verdict == "excluded"
    assert session.waves().waves
    plan = session.write_plan(tmp_path / "plan.toml")
    assert Session.read_plan(tmp_path / "plan.toml").digest == plan.digest
    assert session.check_against(plan) == []
    assert capfd.readouterr() == ("", "")


def test_an_inventory_with_errors_is_refused_with_its_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    with pytest.raises(InventoryError) as caught:
        Session.load(bad)
    assert caught.value.exit_code is ExitCode.INPUT
    assert any(p.source and "bad.json" in p.source for p in caught.value.problems)


def test_a_decision_naming_nothing_in_the_inventory_is_refused() -> None:
    session = Session(generated_inventory(120, 5))
    missing = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/nope"
    with pytest.raises(UnknownResource):
        session.decide(Pin(missing, "Standard_D2s_v5"))
    with pytest.raises(UnknownResource):
        session.decide(Exclude(missing))


def test_waves_are_made_again_only_after_a_change() -> None:
    session = Session(generated_inventory(120, 5))
    first = session.waves()
    assert session.waves() is first
    session.set_policy(Policy(max_parallel=7))
    second = session.waves()
    assert second is not first
    vm = sorted(session.inventory.vms)[3]
    session.decide(Exclude(vm))
    assert session.waves() is not second


def _changes(session: Session) -> list[Change]:
    inv = session.inventory
    vms = sorted(inv.vms)
    vnet = sorted(inv.vnets)[2]
    return [
        Pin(inv.vms[vms[10]].id, "Standard_D8ds_v5"),
        Exclude(inv.vms[vms[20]].id),
        Pin(inv.vms[vms[30]].id, "Standard_D2s_v5"),
        Exclude(inv.vnets[vnet].id),
        Unpin(inv.vms[vms[10]].id),
        AllowSmaller(True),
        Include(inv.vnets[vnet].id),
        UseSeries("extended"),
        StrictPrivateLink(True),
        PreferSizes(("Standard_D4s_v5",)),
        Exclude(inv.vms[vms[40]].id),
        Include(inv.vms[vms[20]].id),
    ]


@pytest.mark.parametrize(("vms", "seed"), [(300, 7), (900, 3)])
def test_decisions_one_at_a_time_plan_exactly_like_a_fresh_session(vms: int, seed: int) -> None:
    inv = generated_inventory(vms, seed)
    session = Session(inv)
    policy = Policy(max_parallel=13, max_unavailable=2)
    for i, change in enumerate(_changes(session)):
        session.decide(change)
        session.waves()  # made after each change, as a face would
        if i == 5:
            session.set_policy(policy)
        fresh = Session(inv, decisions=session.decisions, policy=session.policy)
        assert session.plan(generated_at=AT).digest == fresh.plan(generated_at=AT).digest, change


def test_decisions_handed_to_a_session_are_copied_not_shared() -> None:
    decisions = Decisions()
    session = Session(generated_inventory(120, 5), decisions=decisions)
    session.decide(AllowSmaller(True))
    assert decisions.allow_smaller is False
    got = session.decisions
    got.allow_smaller = False
    assert session.decisions.allow_smaller is True


def _longest_chain(wave: Wave, policy: Policy) -> int:
    finish: dict[str, int] = {}
    for s in wave.steps:
        finish[s.id] = max((finish.get(d, 0) for d in s.after), default=0) + seconds(policy, s.op)
    return max(finish.values(), default=0)


@pytest.mark.parametrize(
    "policy",
    [Policy(), Policy(max_parallel=9, max_unavailable=1, start_deallocated=True, drop_unencrypted=True)],
)
def test_each_waves_estimate_is_the_longest_chain_of_its_steps(policy: Policy) -> None:
    policy.durations.update(deallocate=170, resize=61, enable_accelerated_networking=33, start=111)
    session = Session(generated_inventory(300, 7), policy=policy)
    plan = session.plan(generated_at=AT)
    assert plan_check.check(plan) == []
    assert [w.estimated_seconds for w in plan.waves] == [_longest_chain(w, policy) for w in plan.waves]


def test_a_session_on_documents_in_memory_has_a_stable_inventory_digest() -> None:
    from planner.demo.estate import estate_documents, generate_estate

    docs = list(estate_documents(generate_estate(vms=40, seed=2)))
    assert Session(load_documents(docs)).inventory_digest == Session(load_documents(docs)).inventory_digest
