"""Assessment rules of DOMAIN.md, each on a small estate in real ARM shapes.

The base estate is one recorded deployment (rg746731 of the Java SDK's testLoadBalancersInternetMinimum recording:
VM vm7da9066942 in availability set AS746731, its NIC nic476817ce723 in load balancer lb746731's pool, VNet
net746731). Each test edits the fields its rule reads, the way a real estate would differ, and nothing else.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from estate_helpers import (
    BASELINE,
    ENABLE_AN,
    NIC_ID,
    REALDATA,
    RESIZE,
    RESTART,
    SIM,
    SUBNET_ID,
    UPGRADE_INSTANCES,
    VM_ID,
    VNET_ID,
    base,
    codes,
    make_internal,
    read_json,
    run,
    set_an,
    set_power,
    set_size,
    vm_of,
    vnet_of,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.analysis.analyzer import Analyzer, analyze
from planner.analysis.decisions import Decisions
from planner.inventory.arm_json import load_documents
from planner.model import key

# --- what a VM needs ------------------------------------------------------------------------------------


def test_supported_size_with_an_needs_only_a_restart_when_running() -> None:
    docs = base()
    set_size(docs, "Standard_D2as_v4")
    set_an(docs, True)
    r = vm_of(run(docs))
    assert r.verdict == "needs-changes"
    assert r.actions == [RESTART]
    assert r.target_size is None


def test_nic_without_an_gives_one_enable_action_and_a_restart() -> None:
    docs = base()
    set_size(docs, "Standard_D2as_v4")
    set_an(docs, False)
    r = vm_of(run(docs))
    assert r.actions == [ENABLE_AN, RESTART]
    assert r.nics_without_an == [NIC_ID]


def test_unsupported_size_gets_resize_to_the_best_eligible_size() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")  # has a temp disk, premium capable; recorded VM is Gen1 (V1)
    set_an(docs, True)
    r = vm_of(run(docs))
    assert r.actions == [RESIZE, RESTART]
    assert r.target_size == "Standard_D2ds_v5"
    assert {"size": "Standard_D2s_v5", "code": "temp-disk"} in [
        {"size": x.size, "code": x.code} for x in r.rejected
    ]


def test_deallocated_vm_is_changed_but_not_restarted() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    set_power(docs, "deallocated")
    r = vm_of(run(docs))
    assert r.actions == [RESIZE, ENABLE_AN]
    assert RESTART not in r.actions


def test_compliant_vm_in_an_encrypted_vnet_is_compliant_with_an_unverified_restart_warning() -> None:
    docs = base()
    set_size(docs, "Standard_D2as_v4")
    set_an(docs, True)
    docs["vnet"]["properties"]["encryption"] = {"enabled": True, "enforcement": "AllowUnencrypted"}
    a = run(docs)
    assert vnet_of(a).encryption == "enabled"
    r = vm_of(a)
    assert r.verdict == "compliant"
    assert r.actions == []
    assert "restart-unverified" in codes(r.warnings)


def test_vm_without_instance_view_is_treated_as_running_with_warnings() -> None:
    docs = base()
    del docs["vm"]["properties"]["instanceView"]
    set_size(docs, "Standard_D2as_v4")
    r = vm_of(run(docs))
    assert RESTART in r.actions
    assert {"power-state-unknown", "generation-unknown"} <= set(codes(r.warnings))


def test_gen1_vm_is_never_proposed_a_v2_only_size() -> None:
    docs = base()
    set_size(docs, "Standard_D4as_v5")  # supported, no temp disk; pin a V2-only v6 size without one either
    d = Decisions()
    d.pin(VM_ID, "Standard_D4as_v6")
    r = vm_of(run(docs, d))
    assert r.verdict == "blocked"
    assert codes(r.blockers) == ["pin-refused"]
    assert "generation" in r.blockers[0].message


def test_pin_that_passes_every_constraint_is_used() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    d = Decisions()
    d.pin(VM_ID, "Standard_D4ds_v5")
    r = vm_of(run(docs, d))
    assert r.target_size == "Standard_D4ds_v5"
    assert r.pinned


def test_arm64_vm_with_no_supported_arm_size_in_the_baseline_list_is_blocked() -> None:
    docs = base()
    set_size(docs, "Standard_D2ps_v5")
    r = vm_of(run(docs, BASELINE))
    assert r.verdict == "blocked"
    assert codes(r.blockers) == ["no-eligible-size"]
    assert {x.code for x in r.rejected} >= {"architecture"}


def test_quota_makes_the_next_eligible_size_win_and_blocks_when_nothing_fits() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    usages = read_json(REALDATA / "java-recordings" / "compute-usages-list-eastus.json")
    tight = copy.deepcopy(usages)
    tight["value"].append(
        {
            "limit": 0,
            "unit": "Count",
            "currentValue": 0,
            "name": {"value": "standardDDSv5Family", "localizedValue": "x"},
        }
    )
    inv = load_documents([*((f"{n}.json", d) for n, d in docs.items()), ("usages-eastus.json", tight)])
    r = analyze(inv).vms[key(VM_ID)]
    assert r.target_size is not None and r.target_size != "Standard_D2ds_v5"
    assert r.rejected[0].size == "Standard_D2ds_v5" and r.rejected[0].code == "quota"

    none_left = copy.deepcopy(usages)
    for u in none_left["value"]:
        if u["name"]["value"] == "cores":
            u["currentValue"] = u["limit"]
    set_size(docs, "Standard_A1_v2")  # 1 vCPU: every eligible size needs more regional cores, and none are left
    inv = load_documents([*((f"{n}.json", d) for n, d in docs.items()), ("usages-eastus.json", none_left)])
    r = analyze(inv).vms[key(VM_ID)]
    assert r.verdict == "blocked"
    assert codes(r.blockers) == ["quota"]


def test_analysis_without_usage_data_says_quota_was_not_checked() -> None:
    a = run(base())
    assert codes(a.notes) == ["quota-unknown"]


# --- what blocks a whole VNet ---------------------------------------------------------------------------


def test_dns_private_resolver_blocks_its_vnet_and_the_vms_in_it() -> None:
    docs = base()
    resolver = read_json(SIM / "dnsresolver-get.json")
    resolver["properties"]["virtualNetwork"]["id"] = VNET_ID.upper()  # ids compare case-insensitively
    a = run(docs, extra=[resolver])
    v = vnet_of(a)
    assert v.verdict == "blocked"
    assert codes(v.blockers) == ["dns-private-resolver"]
    assert v.blockers[0].resources == [resolver["id"]]
    r = vm_of(a)
    assert r.verdict == "blocked"
    assert codes(r.blockers) == ["vnet-blocked"]
    assert r.actions == []


def test_confidential_vm_blocks_itself_and_its_vnet() -> None:
    docs = base()
    set_size(docs, "Standard_DC2as_v5")
    a = run(docs)
    assert codes(vnet_of(a).blockers) == ["confidential-vm"]
    assert "confidential-vm" in codes(vm_of(a).blockers)


def test_internal_lb_pool_with_a_secondary_ipconfig_blocks_the_vnet() -> None:
    docs = base()
    make_internal(docs)
    set_size(docs, "Standard_D2as_v4")
    nic = docs["nic"]
    secondary = copy.deepcopy(
        read_json(REALDATA / "java-recordings" / "nic-put-response-multi-ipconfig.json")["properties"][
            "ipConfigurations"
        ][1]
    )
    secondary["id"] = f"{NIC_ID}/ipConfigurations/nicip3"
    secondary["properties"]["subnet"]["id"] = SUBNET_ID
    nic["properties"]["ipConfigurations"].append(secondary)
    pool = docs["lb"]["properties"]["backendAddressPools"][0]["properties"]
    pool["backendIPConfigurations"].append({"id": secondary["id"]})
    v = vnet_of(run(docs))
    assert v.verdict == "blocked"
    assert "ilb-secondary-ipconfig" in codes(v.blockers)
    assert secondary["id"] in next(b for b in v.blockers if b.code == "ilb-secondary-ipconfig").resources


def test_public_lb_with_the_same_pool_does_not_block() -> None:
    docs = base()
    set_size(docs, "Standard_D2ps_v5")  # no eligible size in the baseline list, but the LB is public
    v = vnet_of(run(docs, BASELINE))
    assert "ilb-unsupported-backend" not in codes(v.blockers)


def test_internal_lb_with_a_backend_that_cannot_reach_a_supported_size_blocks_the_vnet() -> None:
    docs = base()
    make_internal(docs)
    set_size(docs, "Standard_D2ps_v5")
    v = vnet_of(run(docs, BASELINE))
    assert codes(v.blockers) == ["ilb-unsupported-backend"]
    assert v.blockers[0].resources == [VM_ID]


def test_internal_lb_backend_that_will_be_resized_does_not_block() -> None:
    docs = base()
    make_internal(docs)
    set_size(docs, "Standard_D2s_v3")
    a = run(docs)
    assert vnet_of(a).verdict == "ready"
    assert vm_of(a).target_size == "Standard_D2ds_v5"


def test_ip_address_backend_pool_members_are_matched_to_nics_by_private_ip() -> None:
    docs = base()
    make_internal(docs)
    set_size(docs, "Standard_D2ps_v5")
    pool = docs["lb"]["properties"]["backendAddressPools"][0]
    pool["properties"]["backendIPConfigurations"] = []
    # The REST example's address shape, pointed at this deployment's VNet and the NIC's IP.
    example = read_json(
        REALDATA
        / "rest-api-specs"
        / "network-2024-07-01"
        / "LBBackendAddressPoolWithBackendAddressesGet.json"
    )
    address = copy.deepcopy(
        example["responses"]["200"]["body"]["properties"]["loadBalancerBackendAddresses"][0]
    )
    address["properties"]["virtualNetwork"]["id"] = VNET_ID
    address["properties"]["ipAddress"] = "10.0.0.4"
    pool["properties"]["loadBalancerBackendAddresses"] = [address]
    docs["nic"]["properties"]["ipConfigurations"][0]["properties"].pop(
        "loadBalancerBackendAddressPools", None
    )
    v = vnet_of(run(docs, BASELINE))
    assert codes(v.blockers) == ["ilb-unsupported-backend"]


@pytest.mark.parametrize(("strict", "blocked"), [(False, False), (True, True)])
def test_private_link_service_warns_unless_policy_is_strict(strict: bool, blocked: bool) -> None:
    docs = base()
    pls_list = read_json(SIM / "privatelinkservices-list.json")
    pls = copy.deepcopy(pls_list["value"][0])
    for cfg in pls["properties"]["ipConfigurations"]:
        cfg["properties"]["subnet"]["id"] = SUBNET_ID
    v = vnet_of(run(docs, Decisions(strict_private_link=strict), extra=[pls]))
    assert ("private-link-service" in codes(v.blockers)) is blocked
    assert ("private-link-service" in codes(v.warnings)) is not blocked
    (finding,) = [f for f in v.blockers + v.warnings if f.code == "private-link-service"]
    assert finding.resources == [pls["id"]]


def test_aks_managed_vm_is_blocked_with_the_node_pool_recommendation() -> None:
    docs = base()
    docs["vm"]["tags"] = {"aks-managed-poolName": "nodepool1"}
    set_size(docs, "Standard_D2s_v3")
    r = vm_of(run(docs))
    assert r.verdict == "blocked"
    assert codes(r.blockers) == ["aks-managed"]
    assert "az aks nodepool add" in r.blockers[0].message
    assert "Standard_D2ds_v5" in r.blockers[0].message
    assert r.actions == []


# --- peerings, exclusions, scale sets ---------------------------------------------------------------------


def test_peered_vnets_report_whether_their_peering_will_be_encrypted() -> None:
    vnet = read_json(SIM / "vnet-get-with-peering.json")
    peerings = vnet["properties"]["virtualNetworkPeerings"]
    assert peerings, "the recorded VNet has a peering"
    remote_id = peerings[0]["properties"]["remoteVirtualNetwork"]["id"]
    inv = load_documents([("vnet.json", vnet)])
    a = analyze(inv)
    (view,) = a.vnets[key(vnet["id"])].peerings
    assert view.remote_encryption == "not-loaded"
    assert view.encrypted_when_enabled is False
    remote = copy.deepcopy(vnet)
    remote["id"] = remote_id
    remote["name"] = remote_id.rsplit("/", 1)[1]
    remote["properties"]["virtualNetworkPeerings"] = []
    a = analyze(load_documents([("vnet.json", vnet), ("remote.json", remote)]))
    (view,) = a.vnets[key(vnet["id"])].peerings
    assert view.remote_encryption == "disabled"
    assert view.encrypted_when_enabled is True


def test_excluded_vm_and_excluded_vnet() -> None:
    docs = base()
    d = Decisions(exclude_vms={key(VM_ID)})
    assert vm_of(run(docs, d)).verdict == "excluded"
    d = Decisions(exclude_vnets={key(VNET_ID)})
    a = run(docs, d)
    assert vnet_of(a).verdict == "excluded"
    assert vm_of(a).verdict == "excluded"


def test_scale_set_gets_a_model_proposal_with_an_instance_upgrade() -> None:
    vmss = read_json(SIM / "vmss-get.json")  # Standard_A0: not in the size catalog, only in Resource SKUs
    (unknown,) = analyze(load_documents([("vmss.json", vmss)])).scale_sets.values()
    assert unknown.verdict == "blocked" and codes(unknown.blockers) == ["size-unknown"]
    a = analyze(load_documents([("vmss.json", vmss), ("skus.json", read_json(SIM / "skus-eastus2.json"))]))
    (r,) = a.scale_sets.values()
    assert r.size == "Standard_A0"
    assert r.target_size is not None
    assert r.actions == [RESIZE, ENABLE_AN, UPGRADE_INSTANCES]


def test_same_inputs_give_the_same_analysis() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    first = run(copy.deepcopy(docs))
    second = run(copy.deepcopy(docs))
    assert first.vms == second.vms and first.vnets == second.vnets


def test_reanalysis_with_new_decisions_reuses_the_indexed_inventory() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    inv = load_documents([(f"{n}.json", d) for n, d in docs.items()])
    analyzer = Analyzer(inv)
    assert analyzer.run(Decisions()).vms[key(VM_ID)].target_size == "Standard_D2ds_v5"
    d = Decisions()
    d.pin(VM_ID, "Standard_D2ads_v5")
    assert analyzer.run(d).vms[key(VM_ID)].target_size == "Standard_D2ads_v5"


# --- incremental re-analysis -------------------------------------------------------------------------------


def _demo_inventory() -> Any:
    from planner.demo.estate import estate_documents, generate_estate

    return load_documents(estate_documents(generate_estate()))


def test_incremental_update_equals_a_full_run_after_each_decision_change() -> None:
    from planner.commands.render.analysis import analysis_json

    inv = _demo_inventory()
    live = Analyzer(inv)
    live.run(Decisions())
    keys = sorted(inv.vms)
    d = Decisions()
    changes: list[Callable[[Decisions], None]] = [
        lambda d: d.pin(
            inv.vms[keys[3]].id, "Standard_E16ds_v5"
        ),  # may be refused: the refusal must match too
        lambda d: d.exclude_vms.add(keys[10]),
        lambda d: d.pin(inv.vms[keys[40]].id, "Standard_D8ds_v5"),
        lambda d: d.unpin(inv.vms[keys[3]].id),
        lambda d: d.exclude_vms.discard(keys[10]),
        lambda d: d.exclude_vms.update(keys[100:130]),
    ]
    for change in changes:
        change(d)
        incremental = analysis_json(live.update(d))
        full = analysis_json(Analyzer(inv).run(d))
        assert incremental == full


def test_incremental_update_leaves_the_previous_analysis_untouched() -> None:
    from planner.commands.render.analysis import analysis_json

    inv = _demo_inventory()
    live = Analyzer(inv)
    first = live.run(Decisions())
    snapshot = analysis_json(first)
    d = Decisions()
    d.exclude_vms.update(sorted(inv.vms)[:50])
    second = live.update(d)
    assert analysis_json(first) == snapshot
    assert analysis_json(second) != snapshot


def test_incremental_pin_that_uses_up_a_family_quota_moves_another_vm_off_it() -> None:
    from planner.commands.render.analysis import analysis_json

    inv = _demo_inventory()
    by_name = {vm.name: k for k, vm in inv.vms.items()}
    live = Analyzer(inv)
    first = live.run(Decisions())
    other = by_name["vm-aks-002"]
    assert first.vms[other].target_size == "Standard_D2ds_v5"  # the demo leaves 4 vCPUs of DDSv5 in eastus2
    d = Decisions()
    d.pin(inv.vms[by_name["vm-aks-009"]].id, "Standard_D4ds_v5")  # pinned VMs draw on quota first
    second = live.update(d)
    assert second.vms[by_name["vm-aks-009"]].target_size == "Standard_D4ds_v5"
    assert second.vms[other].target_size != "Standard_D2ds_v5"
    assert analysis_json(second) == analysis_json(Analyzer(inv).run(d))


def test_vm_whose_vnet_is_not_in_the_inventory_is_blocked_naming_the_vnet() -> None:
    docs = base()
    del docs["vnet"]
    set_size(docs, "Standard_D2as_v4")
    r = vm_of(run(docs))
    assert r.verdict == "blocked"
    assert codes(r.blockers) == ["vnet-not-loaded"]
    assert [k.lower() for k in r.blockers[0].resources] == [VNET_ID.lower()]


def test_vm_without_a_size_is_blocked_not_guessed() -> None:
    docs = base()
    del docs["vm"]["properties"]["hardwareProfile"]
    r = vm_of(run(docs))
    assert r.verdict == "blocked"
    assert codes(r.blockers) == ["size-unknown"]


_SIZES = ("Standard_D8ds_v5", "Standard_E16ds_v5", "Standard_D2s_v5", "Standard_D64ds_v5", "Standard_D4as_v5")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["pin", "unpin", "exclude", "include"]), st.integers(0, 299), st.integers(0, 4)),
        min_size=1,
        max_size=12,
    )
)
def test_incremental_update_equals_a_full_run_for_any_sequence_of_pins_and_exclusions(
    steps: list[tuple[str, int, int]],
) -> None:
    """Quota outcomes are replayed rather than recomputed after a change: any sequence must still give exactly
    what a full run gives (the demo estate's quotas are tight in every region, so outcomes do move)."""
    from planner.commands.render.analysis import analysis_json

    inv = _demo_cached()
    keys = sorted(inv.vms)
    live = Analyzer(inv)
    live.run(Decisions())
    d = Decisions()
    for what, i, s in steps:
        k = keys[i % len(keys)]
        if what == "pin":
            d.pin(inv.vms[k].id, _SIZES[s])
        elif what == "unpin":
            d.unpin(inv.vms[k].id)
        elif what == "exclude":
            d.exclude_vms.add(k)
        else:
            d.exclude_vms.discard(k)
        assert analysis_json(live.update(d)) == analysis_json(Analyzer(inv).run(d))


_DEMO: list[Any] = []


def _demo_cached() -> Any:
    if not _DEMO:
        _DEMO.append(_demo_inventory())
    return _DEMO[0]
@pytest.mark.parametrize("size", ["Standard_D4ds_v6", "Standard_E4s_v6"])
def test_default_series_list_is_the_newest_page_so_v6_sizes_are_not_resized(size: str) -> None:
    docs = base()
    set_size(docs, size)
    set_an(docs, True)
    r = vm_of(run(docs))  # default decisions: the extended list ("all v5 and newer D- and E-series")
    assert r.actions == [RESTART] and r.target_size is None
    r = vm_of(run(docs, BASELINE))  # the 2024 GA list names neither Ddsv6 nor Esv6
    assert RESIZE in r.actions or r.blockers
