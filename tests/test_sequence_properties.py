"""Property tests of sequencing: any estate under any policy gives a plan the validator accepts.

Estates come from the demo generator (every DOMAIN rule's shape: availability sets needing AN, load-balancer pools,
scale sets, AKS, blocked VNets, deallocated and stopped VMs) at random sizes and seeds, and from clones of one
recorded deployment with random power states and AN flags; policies and decisions are drawn at random. The
validator (`plan_check`) restates the rules from the plan alone, so a sequencing bug shows as a problem here.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_helpers import generated_inventory, plan_for
from test_sequence import cluster

from planner.analysis.decisions import Decisions
from planner.inventory.arm_json import load_documents
from planner.model import key
from planner.plan import check as plan_check
from planner.plan.policy import Policy
from planner.plan.types import Plan

policies = st.builds(
    Policy,
    max_parallel=st.integers(1, 60),
    max_unavailable=st.one_of(st.none(), st.integers(1, 6)),
    allow_set_outage=st.booleans(),
    resize_set_outage=st.booleans(),
    drop_unencrypted=st.booleans(),
    start_deallocated=st.booleans(),
)


def _assert_sound(plan: Plan) -> None:
    assert [str(p) for p in plan_check.check(plan)] == []
    assert plan.meta.lower_bound_waves <= plan.meta.wave_count
    deallocations = Counter(key(s.target) for _, s in plan.steps() if s.op == "vm.deallocate")
    assert not deallocations or max(deallocations.values()) == 1
    for e in plan.vms:
        if e.disposition in ("cycle", "outage"):
            assert e.wave is not None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    vms=st.integers(1, 160),
    seed=st.integers(0, 50),
    policy=policies,
    excluded=st.lists(st.integers(0, 10_000), max_size=6),
    series=st.sampled_from(["baseline", "extended"]),
    allow_smaller=st.booleans(),
)
def test_generated_estates_under_any_policy_plan_validly_and_never_beat_the_lower_bound(
    vms: int, seed: int, policy: Policy, excluded: list[int], series: str, allow_smaller: bool
) -> None:
    inv = generated_inventory(vms, seed)
    keys = sorted(inv.vms)
    decisions = Decisions(
        series=series,
        allow_smaller=allow_smaller,
        exclude_vms={keys[i % len(keys)] for i in excluded},
    )
    _assert_sound(plan_for(inv, policy, decisions))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    n=st.integers(1, 14),
    avset=st.booleans(),
    pool=st.booleans(),
    policy=policies,
)
def test_availability_sets_and_pools_with_mixed_states_plan_validly(
    data: st.DataObject, n: int, avset: bool, pool: bool, policy: Policy
) -> None:
    power = data.draw(
        st.lists(st.sampled_from(["running", "deallocated", "stopped"]), min_size=n, max_size=n)
    )
    an = data.draw(st.booleans())
    inv = load_documents(cluster(n, an=an, power=power, avset=avset, pool=pool))
    assert not inv.errors()
    _assert_sound(plan_for(inv, policy))
