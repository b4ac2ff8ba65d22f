"""Sequencing rules (DOMAIN.md "Enabling Accelerated Networking", "Resizing", "Operating the change safely").

Small estates are clones of one recorded deployment (the Java SDK's testLoadBalancersInternetMinimum: VM
vm7da9066942 in availability set AS746731, its NIC in load balancer lb746731's pool, VNet net746731), N members
instead of one, each edited only in the fields a rule reads. The demo and generated estates check the whole
planner on many shapes at once.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from planner.analysis.analyzer import Analyzer
from planner.analysis.decisions import Decisions
from planner.demo.estate import estate_documents, generate_estate
from planner.inventory.arm_json import load_documents
from planner.model import Inventory, key
from planner.plan import check as plan_check
from planner.plan import read as plan_read
from planner.plan import write as plan_write
from planner.plan.ops import Op, az_line
from planner.plan.policy import Policy, Window
from planner.plan.types import Plan, Step
from planner.sequencing.assemble import build_plan

SIM = Path(__file__).parent / "fixtures" / "sim"
SUB = "/subscriptions/00000000-0000-0000-0000-000000000000"
RG = f"{SUB}/resourceGroups/rg746731"
VM_ID = f"{RG}/providers/Microsoft.Compute/virtualMachines/vm7da9066942"
NIC_ID = f"{RG}/providers/Microsoft.Network/networkInterfaces/nic476817ce723"
AVSET_ID = f"{SUB}/resourceGroups/rg746731/providers/Microsoft.Compute/availabilitySets/as746731"


def _read(name: str) -> Any:
    return json.loads((SIM / name).read_text())


def cluster(
    n: int,
    *,
    an: bool = False,
    power: str | list[str] = "running",
    avset: bool = True,
    pool: bool = True,
    rg: str = "rg746731",
    name: str = "vm{i:02d}",
) -> list[tuple[str, Any]]:
    """n clones of the recorded VM and NIC: update domain i % 5, in the availability set and the LB pool."""
    vm0 = _read("vm-get-in-availabilityset.json")
    vm0["properties"]["instanceView"] = _read("vm-get-instanceview-running-windows.json")["properties"][
        "instanceView"
    ]
    nic0 = _read("nic-get-in-lb-backend-pool.json")
    lb = _read("lb-get-with-nic-backends.json")
    docs: list[tuple[str, Any]] = [
        ("avset.json", _read("availabilityset-as746731.json")),
        ("vnet.json", _read("vnet-net746731.json")),
    ]
    members = []
    for i in range(n):
        vm_name = name.format(i=i)
        vm_id = VM_ID.replace("rg746731", rg).replace("vm7da9066942", vm_name)
        nic_id = NIC_ID.replace("rg746731", rg).replace("nic476817ce723", f"{vm_name}-nic")
        vm = json.loads(json.dumps(vm0).replace(VM_ID, vm_id).replace(NIC_ID, nic_id))
        vm["name"] = vm_name
        iv = vm["properties"]["instanceView"]
        iv["platformUpdateDomain"] = i % 5
        state = power if isinstance(power, str) else power[i]
        for status in iv["statuses"]:
            if status["code"].startswith("PowerState/"):
                status["code"] = f"PowerState/{state}"
        if not avset:
            del vm["properties"]["availabilitySet"]
        nic = json.loads(json.dumps(nic0).replace(NIC_ID, nic_id).replace(VM_ID, vm_id))
        nic["name"] = f"{vm_name}-nic"
        nic["properties"]["enableAcceleratedNetworking"] = an
        nic["properties"]["ipConfigurations"][0]["properties"]["privateIPAddress"] = (
            f"10.0.{i // 200}.{4 + i % 200}"
        )
        if not pool:
            del nic["properties"]["ipConfigurations"][0]["properties"]["loadBalancerBackendAddressPools"]
        members.append({"id": f"{nic_id}/ipConfigurations/primary"})
        docs += [(f"vm-{i}.json", vm), (f"nic-{i}.json", nic)]
    if pool:
        lb["properties"]["backendAddressPools"][0]["properties"]["backendIPConfigurations"] = members
        docs.append(("lb.json", lb))
    return docs


def plan_of(
    docs: list[tuple[str, Any]], policy: Policy | None = None, decisions: Decisions | None = None
) -> tuple[Plan, Inventory]:
    inv = load_documents(docs)
    assert not inv.errors()
    analysis = Analyzer(inv).run(decisions or Decisions())
    plan = build_plan(
        inv, analysis, policy or Policy(), generated_at="2025-06-01T00:00:00Z", inventory_digest="sha256:test"
    )
    return plan, inv


def valid(plan: Plan) -> Plan:
    """The plan, after asserting it passes every file rule once written and read back."""
    text = plan_write.dumps(plan)
    again, problems = plan_read.loads(text)
    assert problems == []
    assert again is not None
    assert [str(p) for p in plan_check.check(again)] == []
    return again


def steps_of(plan: Plan, op: str) -> list[tuple[int, Step]]:
    return [(w.index, s) for w, s in plan.steps() if s.op == op]


def vm_wave(plan: Plan, name: str) -> int:
    waves = {w.index for w, s in plan.steps() if s.target.endswith(f"/{name}") and s.op.startswith("vm.")}
    assert len(waves) == 1, f"{name} is in waves {waves}"
    return waves.pop()


# --- cycles and power states ------------------------------------------------------------------------------


def test_a_vm_needing_everything_gets_one_cycle_deallocate_resize_an_start_after_its_vnet_is_encrypted() -> (
    None
):
    docs = cluster(1, avset=False, pool=False)
    docs[2][1]["properties"]["hardwareProfile"]["vmSize"] = "Standard_DS2_v2"
    plan = valid(plan_of(docs)[0])
    assert [s.op for s in plan.waves[0].steps] == ["vnet.enable-encryption"]
    cycle = plan.waves[1].steps
    assert [s.op for s in cycle] == [
        "vm.deallocate",
        "vm.resize",
        "nic.enable-accelerated-networking",
        "vm.start",
    ]
    assert [s.after for s in cycle] == [[], [cycle[0].id], [cycle[1].id], [cycle[2].id]]
    assert cycle[0].expect == {"power_state": "running", "size": "Standard_DS2_v2"}
    assert cycle[1].expect == {"power_state": "deallocated", "size": "Standard_DS2_v2"}
    assert cycle[3].expect == {"power_state": "deallocated", "size": cycle[1].params["size"]}
    assert cycle[1].rollback == {"size": "Standard_DS2_v2"}
    assert cycle[2].expect["etag"] == 'W/"0603842c-96b2-44c7-8598-d6fc8c2d2162"'
    assert cycle[0].id == "w002-vm-vm00-deallocate"


def test_deallocated_vm_is_changed_without_a_deallocation_and_left_deallocated() -> None:
    plan = valid(plan_of(cluster(1, power="deallocated", avset=False, pool=False))[0])
    ops = [s.op for w in plan.waves[1:] for s in w.steps]
    assert ops == ["nic.enable-accelerated-networking"]
    entry = next(e for e in plan.vms if e.name == "vm00")
    assert any("left deallocated (start_deallocated = false)" in r for r in entry.reasons)


def test_start_deallocated_policy_starts_a_deallocated_vm_once_changed() -> None:
    docs = cluster(1, power="deallocated", avset=False, pool=False)
    plan = valid(plan_of(docs, Policy(start_deallocated=True))[0])
    assert [s.op for s in plan.waves[1].steps] == ["nic.enable-accelerated-networking", "vm.start"]


def test_stopped_vm_is_deallocated_and_left_deallocated_and_the_plan_says_so() -> None:
    plan = valid(plan_of(cluster(1, power="stopped", avset=False, pool=False))[0])
    assert [s.op for s in plan.waves[1].steps] == ["vm.deallocate", "nic.enable-accelerated-networking"]
    entry = next(e for e in plan.vms if e.name == "vm00")
    assert any(r.startswith("stopped (not deallocated) before the plan") for r in entry.reasons)


# --- budgets ----------------------------------------------------------------------------------------------


def test_max_parallel_caps_every_wave() -> None:
    plan = valid(plan_of(cluster(12, an=True, avset=False, pool=False), Policy(max_parallel=5))[0])
    per_wave = [len({s.target for s in w.steps if s.op == "vm.deallocate"}) for w in plan.waves[1:]]
    assert per_wave == [5, 5, 2]
    assert plan.meta.lower_bound_waves == plan.meta.wave_count == 4


def test_load_balancer_pool_loses_at_most_twenty_percent_of_its_members_per_wave() -> None:
    plan = valid(plan_of(cluster(10, an=True, avset=False))[0])
    group = next(g for g in plan.groups if g.kind == "load-balancer-pool")
    assert (group.members, group.budget) == (10, 2)
    assert [len([s for s in w.steps if s.op == "vm.deallocate"]) for w in plan.waves[1:]] == [2, 2, 2, 2, 2]


def test_max_unavailable_sets_every_group_budget() -> None:
    plan = valid(plan_of(cluster(10, an=True, avset=False), Policy(max_unavailable=5))[0])
    assert [len([s for s in w.steps if s.op == "vm.deallocate"]) for w in plan.waves[1:]] == [5, 5]


def test_small_group_budget_is_one_member() -> None:
    plan = valid(plan_of(cluster(4, an=True, avset=False))[0])
    assert {g.budget for g in plan.groups} == {1}
    assert len(plan.waves) == 1 + 4


# --- availability sets ------------------------------------------------------------------------------------


def test_availability_set_needing_an_goes_down_whole_in_one_named_outage_wave() -> None:
    plan = valid(plan_of(cluster(4, pool=False))[0])
    outage = [w for w in plan.waves if w.outage]
    assert len(outage) == 1
    wave = outage[0]
    assert [key(o) for o in wave.outage] == [key(AVSET_ID)]
    ops = [s.op for s in wave.steps]
    # every member down, then every NIC change, then every start
    assert ops == ["vm.deallocate"] * 4 + ["nic.enable-accelerated-networking"] * 4 + ["vm.start"] * 4
    deallocs = {s.id for s in wave.steps if s.op == "vm.deallocate"}
    nics = {s.id for s in wave.steps if s.op == "nic.enable-accelerated-networking"}
    assert all(set(s.after) == deallocs for s in wave.steps if s.op == "nic.enable-accelerated-networking")
    assert all(set(s.after) == nics for s in wave.steps if s.op == "vm.start")
    assert "OUTAGE of availability set as746731" in wave.title


def test_compliant_member_of_a_set_with_an_outage_is_deallocated_and_started_in_the_outage() -> None:
    docs = cluster(3, pool=False)
    docs[3][1]["properties"]["enableAcceleratedNetworking"] = True  # nic of vm00: already accelerated
    docs[5][1]["properties"]["enableAcceleratedNetworking"] = True  # vm01
    plan = valid(plan_of(docs, decisions=None)[0])
    wave = next(w for w in plan.waves if w.outage)
    assert sorted(s.target.rsplit("/", 1)[1] for s in wave.steps if s.op == "vm.deallocate") == [
        "vm00",
        "vm01",
        "vm02",
    ]
    assert len([s for s in wave.steps if s.op == "vm.start"]) == 3


def test_policy_refusing_set_outages_leaves_an_members_out_with_the_reason() -> None:
    docs = cluster(3, pool=False)
    docs[3][1]["properties"]["enableAcceleratedNetworking"] = True  # vm00 needs only a restart
    plan = valid(plan_of(docs, Policy(allow_set_outage=False))[0])
    assert not any(w.outage for w in plan.waves)
    left = {e.name: e for e in plan.vms if e.disposition == "left-out"}
    assert sorted(left) == ["vm01", "vm02"]
    assert any("allow_set_outage = false" in r for r in left["vm01"].reasons)
    assert vm_wave(plan, "vm00") == 2


def test_outage_is_refused_when_a_member_must_not_be_touched() -> None:
    docs = cluster(3, pool=False)
    plan = valid(
        plan_of(docs, decisions=Decisions(exclude_vms={key(VM_ID.replace("vm7da9066942", "vm02"))}))[0]
    )
    assert not any(w.outage for w in plan.waves)
    reasons = next(e for e in plan.vms if e.name == "vm00").reasons
    assert any("must not touch vm02 (excluded)" in r for r in reasons)


def test_resizes_in_an_availability_set_walk_update_domains_unless_the_policy_takes_the_set_down() -> None:
    docs = cluster(4, an=True, pool=False)
    for _, doc in docs:
        if doc.get("type") == "Microsoft.Compute/virtualMachines":
            doc["properties"]["hardwareProfile"]["vmSize"] = (
                "Standard_D2s_v3"  # unsupported: every member resizes
            )
    walked = valid(plan_of(docs)[0])
    assert not any(w.outage for w in walked.waves)
    assert len({vm_wave(walked, e.name) for e in walked.vms if e.disposition == "cycle"}) == 4
    whole = valid(plan_of(docs, Policy(resize_set_outage=True))[0])
    (wave,) = [w for w in whole.waves if w.outage]
    assert [s.op for s in wave.steps].count(Op.VM_RESIZE) == 4
    assert all(e.disposition == "outage" for e in whole.vms)


def test_encryption_only_restarts_in_an_availability_set_walk_update_domains_in_order() -> None:
    plan = valid(plan_of(cluster(10, an=True, pool=False), Policy(max_unavailable=4))[0])
    waves_by_ud: dict[int, set[int]] = {}
    for e in plan.vms:
        if e.update_domain is not None:
            waves_by_ud.setdefault(e.update_domain, set()).add(vm_wave(plan, e.name))
    uds = sorted(waves_by_ud)
    assert uds == [0, 1, 2, 3, 4]
    for lower, higher in itertools.pairwise(uds):
        assert max(waves_by_ud[lower]) < min(waves_by_ud[higher])


def test_an_outage_wider_than_another_groups_budget_takes_that_group_alone_explicitly() -> None:
    """The set and the LB pool hold the same members: the set's outage necessarily downs the whole pool."""
    plan = valid(plan_of(cluster(4))[0])
    wave = next(w for w in plan.waves if w.outage)
    assert len([s for s in wave.steps if s.op == "vm.deallocate"]) == 4


# --- VNets ------------------------------------------------------------------------------------------------


def test_every_vnet_is_encrypted_in_wave_one_before_any_cycle() -> None:
    plan = valid(plan_of(cluster(3, an=True, avset=False, pool=False))[0])
    assert plan.waves[0].title.startswith("Enable encryption")
    assert [s.op for s in plan.waves[0].steps] == ["vnet.enable-encryption"]
    enable = plan.waves[0].steps[0]
    assert enable.params == {"enforcement": "AllowUnencrypted"}
    assert enable.expect == {"encryption": "disabled", "etag": 'W/"38f421b9-585e-4e58-9ca0-cf71775db906"'}
    assert all(s.op != "vnet.enable-encryption" for w in plan.waves[1:] for s in w.steps)


def test_drop_unencrypted_needs_the_policy_and_comes_last_once_every_vm_is_ready() -> None:
    docs = cluster(3, an=True, avset=False, pool=False)
    assert not steps_of(valid(plan_of(docs)[0]), "vnet.enable-encryption")[1:]
    plan = valid(plan_of(docs, Policy(drop_unencrypted=True))[0])
    enables = steps_of(plan, "vnet.enable-encryption")
    assert [(w, s.params["enforcement"]) for w, s in enables] == [
        (1, "AllowUnencrypted"),
        (3, "DropUnencrypted"),
    ]
    assert plan.waves[-1].title == "Enforce encryption (DropUnencrypted)"


def test_drop_unencrypted_is_not_planned_while_a_vm_of_the_vnet_stays_unready() -> None:
    docs = cluster(3, an=True, avset=False, pool=False)
    excluded = Decisions(exclude_vms={key(VM_ID.replace("vm7da9066942", "vm01"))})
    plan = valid(plan_of(docs, Policy(drop_unencrypted=True), excluded)[0])
    assert [s.params["enforcement"] for _, s in steps_of(plan, "vnet.enable-encryption")] == [
        "AllowUnencrypted"
    ]


# --- ids, durations, windows ------------------------------------------------------------------------------


def test_vms_of_the_same_name_get_step_ids_told_apart_by_a_hash() -> None:
    docs = cluster(1, avset=False, pool=False, name="app")
    other = cluster(1, avset=False, pool=False, name="app", rg="rg-other")
    plan = valid(plan_of(docs + [(f"other-{n}", d) for n, d in other[2:]])[0])
    ids = [s.id for _, s in steps_of(plan, "vm.deallocate")]
    assert len(ids) == len(set(ids)) == 2
    assert all(i.startswith("w002-vm-app-") and len(i.split("-")) == 5 for i in ids)


def test_wave_estimate_is_its_longest_cycle() -> None:
    docs = cluster(2, avset=False, pool=False)
    docs[2][1]["properties"]["hardwareProfile"]["vmSize"] = "Standard_DS2_v2"  # vm00: + resize
    plan = valid(plan_of(docs, Policy(max_parallel=5))[0])
    durations = Policy().durations
    longest = durations["deallocate"] + durations["resize"] + durations["enable_accelerated_networking"]
    assert plan.waves[1].estimated_seconds == longest + durations["start"]
    assert plan.waves[0].estimated_seconds == durations["enable_encryption"]


def test_maintenance_windows_hold_whole_waves_in_order_and_the_rest_is_reported() -> None:
    start = datetime(2025, 6, 7, 22, 0, tzinfo=UTC)
    policy = Policy(max_parallel=2, windows=[Window(start, 10), Window(start.replace(day=8), 7)])
    plan = valid(plan_of(cluster(6, an=True, avset=False, pool=False), policy)[0])
    # wave 1 (30 s) and wave 2 (5.5 min) fill window 1; wave 3 fits window 2; wave 4 fits nowhere
    assert [w.window for w in plan.waves] == [1, 1, 2, None]
    assert plan.meta.unscheduled_waves == [4]


# --- whole estates ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> tuple[Plan, Inventory]:
    inv = load_documents(estate_documents(generate_estate()))
    analysis = Analyzer(inv).run(Decisions())
    plan = build_plan(
        inv, analysis, Policy(), generated_at="2025-06-01T00:00:00Z", inventory_digest="sha256:x"
    )
    return plan, inv


def test_demo_plan_is_valid_and_within_ten_percent_of_the_lower_bound(demo: tuple[Plan, Inventory]) -> None:
    plan = valid(demo[0])
    assert plan.meta.wave_count <= 1.1 * plan.meta.lower_bound_waves


def test_demo_plan_deallocates_every_vm_at_most_once_and_cycles_every_vm_needing_changes(
    demo: tuple[Plan, Inventory],
) -> None:
    plan, _ = demo
    deallocs = Counter(key(s.target) for _, s in steps_of(plan, "vm.deallocate"))
    assert max(deallocs.values()) == 1
    for e in plan.vms:
        if e.kind == "vm" and e.verdict == "needs-changes" and e.actions:
            assert e.disposition in ("cycle", "outage", "left-out")
            assert e.wave is not None or e.disposition == "left-out"


def test_demo_scale_set_gets_one_model_update_then_one_budget_sized_batch_per_wave(
    demo: tuple[Plan, Inventory],
) -> None:
    plan, _ = demo
    model = steps_of(plan, "vmss.update-model")
    deallocs = steps_of(plan, Op.VMSS_DEALLOCATE_INSTANCES)
    upgrades = steps_of(plan, Op.VMSS_UPGRADE_INSTANCES)
    starts = steps_of(plan, Op.VMSS_START_INSTANCES)
    assert len(model) == 1
    assert model[0][1].params == {"accelerated_networking": True, "size": "Standard_D4lds_v5"}
    for batches in (deallocs, upgrades, starts):
        assert [(s.params["batch"], s.params["batch_size"]) for _, s in batches] == [(1, 1), (2, 1), (3, 1), (4, 1)]
        assert [w for w, _ in batches] == sorted({w for w, _ in batches})
    assert deallocs[0][0] == model[0][0] and deallocs[0][1].after == [model[0][1].id]
    for (wd, d), (wu, u), (ws, st) in zip(deallocs, upgrades, starts, strict=True):
        assert wd == wu == ws and u.after == [d.id] and st.after == [u.id]  # one cycle per batch, in one wave


def test_demo_aks_node_pools_get_manual_steps_and_no_iaas_change(demo: tuple[Plan, Inventory]) -> None:
    plan, _ = demo
    manual = steps_of(plan, "manual")
    assert len(manual) == 2
    for _, s in manual:
        assert "MC_rg-aks" in s.target
        assert any(c.startswith("az aks nodepool add ") for c in s.params["commands"])
        assert s.after == ["w001-vnet-vnet-aks-enable-encryption"]
    touched = {key(s.target) for _, s in plan.steps() if s.op != "manual"}
    assert not any("/mc_rg-aks" in t for t in touched)


def test_same_inputs_give_a_byte_identical_plan_apart_from_generated_at(demo: tuple[Plan, Inventory]) -> None:
    _, inv = demo
    analysis = Analyzer(inv).run(Decisions())
    texts = []
    for at in ("2025-06-01T00:00:00Z", "2025-07-01T12:30:00Z"):
        plan = build_plan(inv, analysis, Policy(), generated_at=at, inventory_digest="sha256:x")
        texts.append(plan_write.dumps(plan).replace(at, "AT"))
    assert texts[0] == texts[1]


@pytest.mark.parametrize(("vms", "seed"), [(1500, 3), (3000, 11)])
def test_generated_estates_plan_validly_within_ten_percent_of_the_lower_bound(vms: int, seed: int) -> None:
    inv = load_documents(estate_documents(generate_estate(vms=vms, seed=seed)))
    analysis = Analyzer(inv).run(Decisions())
    for policy in (Policy(), Policy(max_parallel=20, max_unavailable=1)):
        plan = build_plan(
            inv, analysis, policy, generated_at="2025-06-01T00:00:00Z", inventory_digest="sha256:x"
        )
        assert plan_check.check(plan, verify_digest=False) == []
        assert plan.meta.wave_count <= 1.1 * plan.meta.lower_bound_waves


def test_flexible_scale_set_gets_its_model_update_in_wave_one_and_its_vms_cycle_within_its_budget() -> None:
    ss_id = f"{RG}/providers/Microsoft.Compute/virtualMachineScaleSets/flex1"
    docs = cluster(5, an=True, avset=False, pool=False)
    for _, doc in docs:
        if doc.get("type") == "Microsoft.Compute/virtualMachines":
            doc["properties"]["virtualMachineScaleSet"] = {"id": ss_id}
    ss = _read("vmss-get.json")
    ss.update(id=ss_id, name="flex1", location="eastus")
    ss["sku"] = {"name": "Standard_D2a_v4", "tier": "Standard", "capacity": 5}
    ss["properties"]["orchestrationMode"] = "Flexible"
    nic_cfg = ss["properties"]["virtualMachineProfile"]["networkProfile"]["networkInterfaceConfigurations"][0]
    ip_cfg = nic_cfg["properties"]["ipConfigurations"][0]["properties"]
    ip_cfg["subnet"]["id"] = f"{RG}/providers/Microsoft.Network/virtualNetworks/net746731/subnets/subnet1"
    ip_cfg.pop("loadBalancerBackendAddressPools", None)
    ip_cfg.pop("loadBalancerInboundNatPools", None)
    plan = valid(plan_of([*docs, ("vmss.json", ss)])[0])
    model = steps_of(plan, "vmss.update-model")
    assert [(w, s.params) for w, s in model] == [(1, {"accelerated_networking": True})]
    assert model[0][1].after == [plan.waves[0].steps[0].id]
    assert not steps_of(plan, "vmss.upgrade-instances")
    assert [len([s for s in w.steps if s.op == "vm.deallocate"]) for w in plan.waves[1:]] == [1, 1, 1, 1, 1]


# --- compliant scale sets (issue 9, item 1) ------------------------------------------------------------------------


def compliant_scale_set(capacity: int) -> dict[str, Any]:
    """The recorded scale set on a supported size with AN on, `capacity` instances, in the recorded VNet's subnet."""
    vmss: dict[str, Any] = _read("vmss-get.json")
    vmss["sku"]["name"], vmss["sku"]["capacity"] = "Standard_D2ds_v5", capacity
    (config,) = vmss["properties"]["virtualMachineProfile"]["networkProfile"][
        "networkInterfaceConfigurations"
    ]
    config["properties"]["enableAcceleratedNetworking"] = True
    subnet = _read("vnet-net746731.json")["properties"]["subnets"][0]["id"]
    config["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"] = subnet
    return vmss


def test_compliant_scale_set_is_restarted_in_budget_batches_after_its_vnet_is_encrypted() -> None:
    docs = [*cluster(1, an=True), ("vmss.json", compliant_scale_set(capacity=12))]
    plan, _ = plan_of(docs, Policy(max_unavailable=5))
    plan = valid(plan)
    restarts = steps_of(plan, Op.VMSS_DEALLOCATE_INSTANCES)
    starts = steps_of(plan, Op.VMSS_START_INSTANCES)
    assert [s.params["batch"] for _, s in restarts] == [1, 2, 3]  # 12 instances, 5 at a time
    assert {s.params["batch_size"] for _, s in restarts} == {5}
    assert len({w for w, _ in restarts}) == 3  # one batch per wave
    assert [(w, s.after) for w, s in starts] == [(w, [d.id]) for w, d in restarts]  # deallocate -> start, no upgrade
    (enable,) = steps_of(plan, Op.VNET_ENABLE_ENCRYPTION)
    assert enable[0] < min(w for w, _ in restarts)
    assert steps_of(plan, Op.VMSS_UPDATE_MODEL) == [] and steps_of(plan, Op.VMSS_UPGRADE_INSTANCES) == []
    first = restarts[0][1]
    assert first.expect["capacity"] == 12 and first.expect["size"] == "Standard_D2ds_v5"
    assert "capacity" not in restarts[1][1].expect and "etag" not in starts[0][1].expect
    (entry,) = [e for e in plan.vms if e.kind == "scale-set"]
    assert entry.disposition == "restart" and entry.actions == ["restart"]
    lines = first.az.split("\n")
    assert "az vmss list-instances" in lines[0] and "planner_batch_take" in lines[0] and " 1 5 " in lines[0]
    assert "az vmss deallocate" in lines[1] and "--instance-ids $ids" in lines[1]
    assert "planner_batch_ids" in starts[0][1].az and "az vmss start" in starts[0][1].az


def test_compliant_scale_set_without_a_ready_vnet_is_left_out_with_the_reason() -> None:
    vmss = compliant_scale_set(capacity=2)
    config = vmss["properties"]["virtualMachineProfile"]["networkProfile"]["networkInterfaceConfigurations"][
        0
    ]
    subnet = config["properties"]["ipConfigurations"][0]["properties"]["subnet"]
    subnet["id"] = subnet["id"].replace("net746731", "vnet-not-exported")
    plan, _ = plan_of([*cluster(1, an=True), ("vmss.json", vmss)])
    (entry,) = [e for e in plan.vms if e.kind == "scale-set"]
    assert entry.disposition == "left-out" and any("left out" in r for r in entry.reasons)
    assert steps_of(valid(plan), Op.VMSS_DEALLOCATE_INSTANCES) == []


def _problems(plan: Plan) -> list[str]:
    again, shape = plan_read.loads(plan_write.dumps(plan))
    assert shape == [] and again is not None
    return [str(p) for p in plan_check.check(again)]


def test_validate_refuses_restart_batches_mixed_with_upgrades_or_a_model_update() -> None:
    plan, _ = plan_of(
        [*cluster(1, an=True), ("vmss.json", compliant_scale_set(capacity=4))], Policy(max_unavailable=2)
    )
    wave = next(w for w in plan.waves if any(s.op == Op.VMSS_DEALLOCATE_INSTANCES for s in w.steps))
    dealloc = next(s for s in wave.steps if s.op == Op.VMSS_DEALLOCATE_INSTANCES)
    upgrade = Step("x-upgrade", Op.VMSS_UPGRADE_INSTANCES, dealloc.target, {}, dict(dealloc.params), {}, [dealloc.id],
                   az_line(Op.VMSS_UPGRADE_INSTANCES, dealloc.target, dealloc.params))
    wave.steps.insert(wave.steps.index(dealloc) + 1, upgrade)
    assert any("upgrades instances without a model update in the plan" in p for p in _problems(plan))
    plan, _ = plan_of(
        [*cluster(1, an=True), ("vmss.json", compliant_scale_set(capacity=4))], Policy(max_unavailable=2)
    )
    wave = next(w for w in plan.waves if any(s.op == Op.VMSS_DEALLOCATE_INSTANCES for s in w.steps))
    target = wave.steps[0].target
    params = {"accelerated_networking": True}
    wave.steps.insert(
        0,
        Step(
            "x-model",
            Op.VMSS_UPDATE_MODEL,
            target,
            {},
            params,
            {},
            [],
            az_line(Op.VMSS_UPDATE_MODEL, target, params),
        ),
    )
    assert any("instances are never given the model the plan changes" in p for p in _problems(plan))


def test_validate_counts_restart_batches_against_the_scale_set_budget_and_after_encryption() -> None:
    plan, _ = plan_of(
        [*cluster(1, an=True), ("vmss.json", compliant_scale_set(capacity=4))], Policy(max_unavailable=2)
    )
    (_, first), *_ = steps_of(plan, Op.VMSS_DEALLOCATE_INSTANCES)
    first.params["batch_size"] = 3
    first.az = az_line(first.op, first.target, first.params)
    problems = _problems(plan)
    assert any("over its budget of 2" in p for p in problems)
    assert any("batch_size 2, but the batch's deallocation" in p for p in problems)  # its start acts on those
    plan, _ = plan_of(
        [*cluster(1, an=True), ("vmss.json", compliant_scale_set(capacity=4))], Policy(max_unavailable=2)
    )
    restart_wave = next(w for w in plan.waves if any(s.op == Op.VMSS_DEALLOCATE_INSTANCES for s in w.steps))
    batch = [s for s in restart_wave.steps if s.target == restart_wave.steps[0].target and s.op.startswith("vmss.")]
    for step in batch:
        restart_wave.steps.remove(step)
    plan.waves[0].steps[0:0] = batch  # before the VNet's encryption step
    assert any("runs before its VNet's encryption step" in p for p in _problems(plan))
