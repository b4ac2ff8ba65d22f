"""Loading exported files: every export shape gives the same model, records merge, and bad input is reported.

Fixtures: tests/fixtures/shapes (each derived from a realdata record, see its SOURCES.md) and
tests/fixtures/realdata. Bad inputs are written to tmp_path by the tests themselves.
"""

from __future__ import annotations

import copy
import dataclasses
import gc
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import model
from planner.inventory.arm_json import load_documents, load_path
from planner.model import Inventory, PowerState, Problem, Severity, key

FIXTURES = Path(__file__).parent / "fixtures"
REAL = FIXTURES / "realdata"
SHAPES = FIXTURES / "shapes"
SUB = "/subscriptions/00000000-0000-0000-0000-000000000000"
WINDOWS_VM = "java-recordings/vm-get-instanceview-running-windows.json"


def read(path: Path) -> Any:
    return json.loads(path.read_text())


def only(inv: Inventory, code: str) -> Problem:
    found = [p for p in inv.problems if p.code == code]
    assert len(found) == 1, [str(p) for p in inv.problems]
    return found[0]


def codes(inv: Inventory) -> list[str]:
    return [p.code for p in inv.problems]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return path


def vm_rest() -> dict[str, Any]:
    return read(REAL / WINDOWS_VM)  # type: ignore[no-any-return]


# --- the same VM and NICs in every shape --------------------------------------------------------------------


def the_vm(inv: Inventory) -> model.VirtualMachine:
    [vm] = inv.vms.values()
    return vm


def test_sdk_as_dict_and_az_instance_view_give_the_same_vm_as_rest() -> None:
    rest = the_vm(load_path(REAL / WINDOWS_VM))
    assert the_vm(load_path(SHAPES / "sdk/vm-as-dict.json")) == rest
    assert the_vm(load_path(SHAPES / "az/vm-get-instance-view.json")) == rest


@pytest.mark.parametrize(
    ("rel", "power"),
    [
        ("az/vm-list.json", PowerState.UNKNOWN),
        ("az/vm-list-d.json", PowerState.RUNNING),
        ("graph/vm-query.json", PowerState.RUNNING),
    ],
)
def test_list_shapes_give_the_same_vm_without_the_instance_view_fields(rel: str, power: PowerState) -> None:
    rest = the_vm(load_path(REAL / WINDOWS_VM))
    listed = the_vm(load_path(SHAPES / rel))
    assert listed.power_state is power
    assert listed.hyper_v_generation is None  # only the instance view carries it
    assert dataclasses.replace(listed, power_state=rest.power_state, hyper_v_generation="V1") == rest


def test_sdk_az_and_graph_nic_lists_give_the_same_nics_as_rest() -> None:
    rest = load_documents(
        [
            (
                "a",
                read(REAL / "rest-api-specs/network-2024-07-01/NetworkInterfaceGet.json")["responses"]["200"][
                    "body"
                ],
            ),
            ("b", read(REAL / "java-recordings/nic-get-in-lb-backend-pool.json")),
        ]
    ).nics
    assert len(rest) == 2
    for rel in ("sdk/nic-as-dict.json", "az/nic-list.json", "graph/nic-query.json"):
        assert load_path(SHAPES / rel).nics == rest, rel


def test_az_and_sdk_sku_lists_match_the_rest_rows() -> None:
    rest_rows = {
        r["name"]: r
        for r in read(REAL / "java-recordings/resourceskus-list-eastus2-2019-04-01.json")["value"]
    }
    for rel in ("az/vm-list-skus-eastus2.json", "sdk/resource-skus-as-dict.json"):
        inv = load_path(SHAPES / rel)
        assert [s.name for s in inv.skus] == [
            "Standard_D2s_v3",
            "Standard_NC6s_v3",
            "Standard_D2_v2_Promo",
        ], rel
        expected = load_documents([("rest", [rest_rows[s.name] for s in inv.skus])]).skus
        assert inv.skus == expected, rel
        assert inv.problems == []  # the disks row is fine and not counted


@pytest.mark.parametrize("rel", ["az/vm-list-usage-eastus.json", "sdk/usages.json"])
def test_usage_lists_in_az_and_sdk_shapes(rel: str) -> None:
    inv = load_path(SHAPES / rel, usage_location="East US")
    rows = {u.name: u for u in inv.usages}
    assert (rows["cores"].current, rows["cores"].limit, rows["cores"].display_name) == (
        0,
        100,
        "Total Regional vCPUs",
    )
    assert {u.location for u in inv.usages} == {"eastus"}
    assert len(inv.usages) == 6


def test_model_field_order_the_positional_constructors_rely_on() -> None:
    # normalise builds these positionally for speed; a field inserted mid-class must fail here, not shift values
    names = {
        cls.__name__: [f.name for f in dataclasses.fields(cls)] for cls in (model.VirtualMachine, model.Disk)
    }
    assert names["VirtualMachine"][:27] == [
        "id", "name", "location", "size", "power_state", "zones", "availability_set_id", "scale_set_id",
        "proximity_placement_group_id", "hyper_v_generation", "disk_controller", "security_type", "os_type", "image",
        "os_disk", "data_disks", "nics", "platform_update_domain", "platform_fault_domain", "provisioning_state",
        "etag", "tags", "host_id", "host_group_id", "priority", "ultra_ssd_enabled", "capacity_reservation_group_id",
    ]  # fmt: skip
    assert names["Disk"][:7] == [
        "name", "storage_type", "size_gb", "lun", "managed_disk_id", "write_accelerator", "ephemeral",
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(model.NetworkInterface)][:11] == [
        "id", "name", "location", "accelerated_networking", "vm_id", "ip_configurations", "primary",
        "vnet_encryption_supported", "mac_address", "etag", "tags",
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(model.IpConfiguration)][:7] == [
        "id", "name", "primary", "private_ip", "subnet_id", "backend_pool_ids", "public_ip_id",
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(model.NicRef)][:2] == ["id", "primary"]


# --- merging ------------------------------------------------------------------------------------------------


def test_merge_fills_the_instance_view_fields_from_the_richer_record_without_conflicts() -> None:
    inv = load_documents(
        [
            ("list.json", read(SHAPES / "az/vm-list-d.json")),
            ("view.json", read(SHAPES / "sdk/vm-as-dict.json")),
        ]
    )
    vm = the_vm(inv)
    assert (vm.power_state, vm.hyper_v_generation) == (PowerState.RUNNING, "V1")
    assert codes(inv) == ["dangling-reference"]  # its NIC is not loaded; no conflict


def test_differing_sizes_are_a_conflict_naming_both_values_and_sources_and_the_later_file_wins() -> None:
    older = vm_rest()
    newer = copy.deepcopy(older)
    newer["properties"]["hardwareProfile"]["vmSize"] = "Standard_D4as_v4"
    inv = load_documents([("monday.json", older), ("tuesday.json", newer)])
    vm = the_vm(inv)
    assert vm.size == "Standard_D4as_v4"
    conflict = only(inv, "conflict")
    assert conflict.severity is Severity.WARNING and conflict.resource_id == vm.id
    for part in ("size", "'Standard_D2a_v4'", "'Standard_D4as_v4'", "monday.json", "tuesday.json"):
        assert part in conflict.message


def test_lists_come_from_the_record_that_has_them_and_are_not_concatenated() -> None:
    with_disks = vm_rest()
    without = copy.deepcopy(with_disks)
    without["properties"]["storageProfile"]["dataDisks"] = []
    inv = load_documents([("a", with_disks), ("b", without), ("c", with_disks)])
    assert [d.lun for d in the_vm(inv).data_disks] == [1, 2, 3]
    assert "conflict" not in codes(inv)


def test_the_same_id_in_another_case_is_the_same_resource() -> None:
    upper = vm_rest()
    upper["id"] = upper["id"].upper()
    inv = load_documents([("a", vm_rest()), ("b", upper)])
    assert len(inv.vms) == 1
    assert the_vm(inv).id == vm_rest()["id"]  # the first spelling is kept for display
    assert "conflict" not in codes(inv)


# --- back-links and dangling references ---------------------------------------------------------------------


def test_nic_and_vm_link_both_ways() -> None:
    vm = read(REAL / "java-recordings/vm-get-in-availabilityset.json")
    nic = read(REAL / "java-recordings/nic-get-in-lb-backend-pool.json")
    del nic["properties"]["virtualMachine"]  # the VM's network profile alone links them
    inv = load_documents([("vm", vm), ("nic", nic)])
    [loaded_nic] = inv.nics.values()
    assert loaded_nic.vm_id == vm["id"]
    vm_without_nics = copy.deepcopy(vm)
    vm_without_nics["properties"]["networkProfile"]["networkInterfaces"] = []
    inv = load_documents(
        [("vm", vm_without_nics), ("nic", read(REAL / "java-recordings/nic-get-in-lb-backend-pool.json"))]
    )
    assert [(r.id, r.primary) for r in the_vm(inv).nics] == [(nic["id"], True)]


def test_availability_set_members_come_from_the_set_and_from_the_vms() -> None:
    inv = load_documents(
        [
            ("as", read(SHAPES / "rest/availability-set-as746731.json")),
            ("vm", read(REAL / "java-recordings/vm-get-in-availabilityset.json")),
        ]
    )
    [avset] = inv.availability_sets.values()
    assert (avset.update_domain_count, avset.fault_domain_count, avset.sku) == (5, 2, "Aligned")
    assert [key(m) for m in avset.member_ids] == [
        key(f"{SUB}/resourceGroups/rg746731/providers/Microsoft.Compute/virtualMachines/vm7da9066942")
    ]
    assert not any("availability set" in p.message for p in inv.problems)  # AS746731 is as746731


def test_backend_pool_and_nic_ipconfig_agree_and_only_the_missing_nic_dangles() -> None:
    inv = load_path(REAL / "java-recordings/lb-get-with-nic-backends.json")
    nic_only = load_documents(
        [
            ("lb", read(REAL / "java-recordings/lb-get-with-nic-backends.json")),
            ("nic", read(REAL / "java-recordings/nic-get-in-lb-backend-pool.json")),
            ("vnet", read(SHAPES / "rest/vnet-net746731.json")),
        ]
    )
    [pool] = next(iter(nic_only.load_balancers.values())).backend_pools
    [cfg] = next(iter(nic_only.nics.values())).ip_configurations
    assert cfg.id in pool.ip_configuration_ids and pool.id in cfg.backend_pool_ids
    pool_problems = [p for p in nic_only.problems if p.resource_id == pool.id]
    assert len(pool_problems) == 1 and "nic192698f890d" in pool_problems[0].message
    assert "nic476817ce723" not in pool_problems[0].message
    assert len([p for p in inv.problems if p.code == "dangling-reference"]) == 1


def test_dangling_references_name_the_referencing_resource_and_the_missing_id() -> None:
    inv = load_documents(
        [
            ("vm.json", read(REAL / "java-recordings/vm-get-in-availabilityset.json")),
            ("nics.json", read(REAL / "java-recordings/nic-list-subscription-incl-unattached.json")),
        ]
    )
    dangling = [p for p in inv.problems if p.code == "dangling-reference"]
    assert all(p.severity is Severity.WARNING for p in dangling)

    def about(name: str) -> list[str]:
        return [
            f"{p.source}: {p.message}"
            for p in dangling
            if p.resource_id and p.resource_id.endswith("/" + name)
        ]

    assert any(
        "vm.json: VM vm7da9066942 references 1 network interface(s)" in m and "nic476817ce723" in m
        for m in about("vm7da9066942")
    )
    assert any("availability set" in m and "AS746731" in m for m in about("vm7da9066942"))
    assert any(
        "nics.json: NIC nic35837c15dfc references 1 virtual machine" in m and "vm5fb23675f7" in m
        for m in about("nic35837c15dfc")
    )
    assert any("virtual network(s)" in m and "/virtualNetworks/net49107b" in m for m in about("nic49107b"))


def test_hyper_v_generation_comes_from_the_os_disk_by_id_or_by_managed_by() -> None:
    vms = read(REAL / "java-recordings/vm-list-subscription-multinic.json")
    disks = read(SHAPES / "az/disk-list.json")
    inv = load_documents([("vms", vms), ("disks", disks)])
    assert {vm.name: vm.hyper_v_generation for vm in inv.vms.values()} == {
        "vm422648": "V1",
        "cxvio2u3sdf": "V1",
    }
    disk = inv.disks[key(disks[0]["id"])]
    assert (disk.os_type, disk.accelerated_networking, disk.architecture, disk.size_gb) == (
        "Linux",
        True,
        "x64",
        30,
    )
    no_disk_id = copy.deepcopy(vms)
    for vm in no_disk_id["value"]:
        del vm["properties"]["storageProfile"]["osDisk"]["managedDisk"]["id"]
    by_owner = load_documents([("vms", no_disk_id), ("disks", disks)])
    assert {vm.hyper_v_generation for vm in by_owner.vms.values()} == {"V1"}


def test_disk_controller_types_string_is_split() -> None:
    disk = read(SHAPES / "rest/disk-get.json")
    disk["properties"]["supportedCapabilities"]["diskControllerTypes"] = "SCSI, NVMe"
    [loaded] = load_documents([("disk", disk)]).disks.values()
    assert (loaded.disk_controllers, loaded.managed_by is not None, loaded.hyper_v_generation) == (
        ["SCSI", "NVMe"],
        True,
        "V1",
    )
    assert loaded.storage_type == "Standard_LRS" and loaded.size_gb == 10


# --- other kinds --------------------------------------------------------------------------------------------


def test_aks_cluster_in_rest_and_az_shapes() -> None:
    rest = load_path(SHAPES / "rest/managed-cluster-get.json")
    [cluster] = rest.aks_clusters.values()
    assert (cluster.node_resource_group, [(p.name, p.vm_size) for p in cluster.pools]) == (
        "MC_rg1_clustername1_location1",
        [("nodepool1", "Standard_DS1_v2")],
    )
    [az] = load_path(SHAPES / "az/aks-show.json").aks_clusters.values()
    [pool] = az.pools
    assert pool.vnet_subnet_id is not None and pool.vnet_subnet_id.endswith("/subnet1")
    assert pool.pod_subnet_id is not None and pool.pod_subnet_id.endswith("/subnet2")


def test_scale_sets_managed_by_aks_are_marked_by_tag_or_node_resource_group() -> None:
    plain = read(REAL / "java-recordings/vmss-get.json")
    tagged = copy.deepcopy(plain)
    tagged["id"] = tagged["id"].replace("/vmss24105", "/aks-nodepool1-vmss")
    tagged["tags"] = {"aks-managed-poolName": "nodepool1", "aks-managed-createOperationID": "0"}
    in_mc = copy.deepcopy(plain)
    in_mc["id"] = in_mc["id"].replace("/javacsmrg21574/", "/mc_rg1_clustername1_location1/")
    inv = load_documents([("plain", plain), ("tagged", tagged), ("mc", in_mc)])
    flags = {s.id.split("/", 4)[4]: s.aks_managed for s in inv.scale_sets.values()}
    assert flags == {
        "javacsmrg21574/providers/Microsoft.Compute/virtualMachineScaleSets/vmss24105": False,
        "javacsmrg21574/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool1-vmss": True,
        "mc_rg1_clustername1_location1/providers/Microsoft.Compute/virtualMachineScaleSets/vmss24105": True,
    }


def test_private_link_service_and_dns_resolver_examples() -> None:
    inv = load_path(SHAPES / "rest")
    [pls] = inv.private_link_services.values()
    assert pls.subnet_ids == [
        "/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/vnetlb/subnets/subnetlb"
    ]
    [resolver] = inv.dns_resolvers.values()
    assert resolver.vnet_id is not None and resolver.vnet_id.endswith("/virtualNetworks/sampleVirtualNetwork")


def test_standalone_subnet_attaches_to_its_vnet() -> None:
    vnet = read(REAL / "java-recordings/vnet-get-with-peering.json")
    extra = copy.deepcopy(vnet["properties"]["subnets"][1])
    extra["id"] = extra["id"].replace("subnet2", "subnet3")
    extra["name"] = "subnet3"
    extra["properties"]["addressPrefix"] = "10.0.0.32/28"
    inv = load_documents([("subnet.json", {"value": [extra]}), ("vnet.json", vnet)])
    [loaded] = inv.vnets.values()
    assert [s.name for s in loaded.subnets] == ["subnet1", "subnet2", "subnet3"]
    orphan = load_documents([("subnet.json", extra)])
    assert only(orphan, "orphan-subresource").resource_id == extra["id"]


def test_unmodelled_types_are_one_warning_per_file_and_type() -> None:
    pip = {
        "id": f"{SUB}/resourceGroups/rg/providers/Microsoft.Network/natGateways/nat",
        "type": "Microsoft.Network/natGateways",
    }
    nsg = {
        "id": f"{SUB}/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg",
        "type": "Microsoft.Network/networkSecurityGroups",
    }
    inv = load_documents([("mixed.json", [pip, pip, nsg, vm_rest()])])
    skipped = sorted(p.message for p in inv.problems if p.code == "skipped-type")
    assert skipped == [
        "mixed.json: skipped 1 resource of type Microsoft.Network/networkSecurityGroups (not used by the planner)",
        "mixed.json: skipped 2 resources of type Microsoft.Network/natGateways (not used by the planner)",
    ]
    assert len(inv.vms) == 1


# --- usage regions ------------------------------------------------------------------------------------------


def usage_rows() -> Any:
    return read(REAL / "java-recordings/compute-usages-list-eastus.json")


@pytest.mark.parametrize(
    "name", ["usages-eastus2.json", "usage_eastus2.json", "compute-usages-list-eastus2.json"]
)
def test_usage_region_from_the_file_name(tmp_path: Path, name: str) -> None:
    write(tmp_path / name, json.dumps(usage_rows()))
    inv = load_path(tmp_path, usage_location="westus")
    assert {u.location for u in inv.usages} == {"eastus2"}
    assert "file name" in only(inv, "usage-location").message


def test_usage_region_from_the_option_then_from_the_only_vm_region(tmp_path: Path) -> None:
    write(tmp_path / "quota.json", json.dumps(usage_rows()))
    from_option = load_path(tmp_path, usage_location="westus")
    assert {u.location for u in from_option.usages} == {"westus"}
    assert "--usage-location" in only(from_option, "usage-location").message
    shutil.copy(REAL / WINDOWS_VM, tmp_path / "vm.json")
    from_estate = load_path(tmp_path)
    assert {u.location for u in from_estate.usages} == {"westus"}
    warning = only(from_estate, "usage-location")
    assert warning.severity is Severity.WARNING and "only region" in warning.message


def test_usage_region_is_refused_between_several_vm_regions(tmp_path: Path) -> None:
    write(tmp_path / "quota.json", json.dumps(usage_rows()))
    shutil.copy(REAL / "java-recordings/vm-list-subscription-multinic.json", tmp_path / "vms.json")
    inv = load_path(tmp_path)
    error = only(inv, "usage-location")
    assert error.severity is Severity.ERROR and error.source == str(tmp_path / "quota.json")
    assert error.message == (
        f"cannot tell the region of usage list {tmp_path / 'quota.json'}: name it usages-<region>.json "
        "or pass --usage-location"
    )
    assert inv.usages == []


def test_live_usage_label_carries_the_region() -> None:
    inv = load_documents([("live:sub/usages-westeurope.json", usage_rows())])
    assert {u.location for u in inv.usages} == {"westeurope"}
    assert not [p for p in inv.problems if p.code == "usage-location"]  # the fetch asked for that region


SUB_A = "00000000-0000-0000-0000-000000000000"
SUB_B = "11111111-2222-3333-4444-555555555555"


def test_usage_lists_of_two_subscriptions_in_one_region_are_both_kept(tmp_path: Path) -> None:
    write(tmp_path / SUB_A / "usages-eastus.json", json.dumps(usage_rows()))
    tighter = usage_rows()
    for row in tighter["value"]:
        row["currentValue"] = row["limit"]
    write(tmp_path / SUB_B / "usages-eastus.json", json.dumps(tighter))
    inv = load_path(tmp_path)
    cores = {u.subscription: u for u in inv.usages if u.name == "cores"}
    assert set(cores) == {SUB_A, SUB_B}
    assert cores[SUB_B].current == cores[SUB_B].limit and cores[SUB_A].current == 0


def test_live_usages_carry_their_subscription() -> None:
    inv = load_documents(
        [
            (f"live:{SUB_A}/usages-eastus.json", usage_rows()),
            (f"live:{SUB_B}/usages-eastus.json", usage_rows()),
        ]
    )
    assert {u.subscription for u in inv.usages} == {SUB_A, SUB_B}


# --- page envelopes -----------------------------------------------------------------------------------------


def test_next_link_left_in_a_page_is_an_error_naming_the_file_unless_allowed(tmp_path: Path) -> None:
    page = read(REAL / "java-recordings/nic-list-subscription-incl-unattached.json")
    page["nextLink"] = (
        "https://management.azure.com/subscriptions/x/providers/Microsoft.Network/networkInterfaces?$skiptoken=abc"
    )
    path = write(tmp_path / "nics-page1.json", json.dumps(page, indent=2))
    inv = load_path(path)
    error = only(inv, "incomplete-page")
    assert error.severity is Severity.ERROR and str(path) in error.message
    assert "page has nextLink" in error.message and "--allow-incomplete" in error.message
    allowed = load_path(path, allow_incomplete=True)
    warning = only(allowed, "incomplete-page")
    assert warning.severity is Severity.WARNING and len(allowed.nics) == 3


def test_graph_envelope_with_a_skip_token_is_loaded_and_flagged(tmp_path: Path) -> None:
    envelope = read(SHAPES / "graph/nic-query.json")
    envelope["skip_token"] = "ew0KICAiJGlkIjogIjEiLA0K"
    inv = load_path(write(tmp_path / "graph.json", json.dumps(envelope)))
    assert len(inv.nics) == 2 and "skip_token" in only(inv, "incomplete-page").message


# --- bad input ----------------------------------------------------------------------------------------------


def error(inv: Inventory, code: str) -> Problem:
    problem = only(inv, code)
    assert problem.severity is Severity.ERROR
    return problem


def test_missing_path(tmp_path: Path) -> None:
    problem = error(load_path(tmp_path / "nope"), "missing-input")
    assert problem.source == str(tmp_path / "nope")


def test_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "gone.json").symlink_to(tmp_path / "missing-target.json")
    problem = error(load_path(tmp_path), "unreadable")
    assert problem.source == str(tmp_path / "gone.json") and "cannot read" in problem.message


def test_not_utf8_names_the_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.json", b'[\n{"name": "caf' + b"\xe9" + b'"}\n]')
    problem = error(load_path(path), "not-utf8")
    assert problem.source == f"{path}:2" and "0xe9" in problem.message


def test_byte_order_marks_are_accepted(tmp_path: Path) -> None:
    text = (REAL / WINDOWS_VM).read_text()
    write(tmp_path / "utf8.json", b"\xef\xbb\xbf" + text.encode())
    write(tmp_path / "utf16.json", text.encode("utf-16"))  # Windows PowerShell 5 `>` redirection
    for name in ("utf8.json", "utf16.json"):
        inv = load_path(tmp_path / name)
        assert len(inv.vms) == 1 and inv.errors() == [], name


def test_malformed_json_names_file_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.json", '{\n  "value": [\n    {"id": "x",, "type": "y"}\n  ]\n}\n')
    problem = error(load_path(path), "invalid-json")
    assert problem.source == f"{path}:3"
    assert problem.message.startswith(f"{path}:3:16: invalid JSON: ")


def test_malformed_element_of_a_page_names_its_own_line(tmp_path: Path) -> None:
    page = {"value": [vm_rest(), vm_rest()]}
    text = json.dumps(page, indent=2)
    bad = text.replace('"vmSize": "Standard_D2a_v4"', '"vmSize": Standard_D2a_v4', 2)
    line = bad.splitlines().index(next(x for x in bad.splitlines() if "vmSize" in x)) + 1
    problem = error(load_path(write(tmp_path / "page.json", bad)), "invalid-json")
    assert problem.source == f"{tmp_path / 'page.json'}:{line}"


def test_truncated_json_is_reported_as_truncated(tmp_path: Path) -> None:
    text = json.dumps({"value": [vm_rest(), vm_rest()]}, indent=2)
    for cut in (len(text) // 2, len(text) - 3):
        path = write(tmp_path / f"cut{cut}.json", text[:cut])
        problem = error(load_path(path), "truncated")
        assert "truncated" in problem.message and problem.source is not None
        assert problem.source.startswith(f"{path}:")


def test_empty_and_blank_files(tmp_path: Path) -> None:
    for name, content in (("empty.json", ""), ("blank.json", "  \n\t\n")):
        problem = error(load_path(write(tmp_path / name, content)), "empty-file")
        assert problem.source == str(tmp_path / name)


def test_folder_without_json_files(tmp_path: Path) -> None:
    write(tmp_path / "notes.txt", "vm list")
    problem = error(load_path(tmp_path), "empty-input")
    assert problem.source == str(tmp_path)


@pytest.mark.parametrize(
    ("content", "what"), [('{"hello": 1}', "keys: hello"), ("42", "a number"), ('"vm"', "a string")]
)
def test_top_level_recognisable_as_nothing(tmp_path: Path, content: str, what: str) -> None:
    path = write(tmp_path / "odd.json", content)
    problem = error(load_path(path), "unknown-shape")
    assert problem.source == str(path) and what in problem.message


def test_input_with_zero_resources_is_an_error(tmp_path: Path) -> None:
    inv = load_path(write(tmp_path / "empty-list.json", "[]"))
    assert error(inv, "no-resources").severity is Severity.ERROR


def test_objects_of_unknown_shape_inside_a_list_are_counted_once(tmp_path: Path) -> None:
    inv = load_path(write(tmp_path / "list.json", json.dumps([vm_rest(), {"hello": 1}, 7])))
    warning = only(inv, "unknown-object")
    assert warning.severity is Severity.WARNING and "skipped 2 objects" in warning.message
    assert len(inv.vms) == 1


def test_unreadable_record_is_skipped_with_a_warning_naming_it(tmp_path: Path) -> None:
    broken = vm_rest()
    broken["properties"]["storageProfile"] = "not an object"
    no_id = vm_rest()
    del no_id["id"]
    inv = load_path(
        write(
            tmp_path / "vms.json",
            json.dumps([broken, no_id, read(REAL / "java-recordings/vm-get-zoned-with-ppg.json")]),
        )
    )
    assert [vm.name for vm in inv.vms.values()] == ["javavm"]
    problems = [p for p in inv.problems if p.code == "unreadable-resource"]
    assert len(problems) == 2 and all(p.severity is Severity.WARNING for p in problems)
    assert any(p.resource_id == broken["id"] for p in problems)
    assert any("no resource id" in p.message for p in problems)


def test_json_lines_load_and_a_bad_line_is_an_error_naming_its_line(tmp_path: Path) -> None:
    lines = [
        json.dumps(vm_rest()),
        "",
        "{not json",
        json.dumps(read(REAL / "java-recordings/vm-get-zoned-with-ppg.json")),
    ]
    for name in ("vms.jsonl", "vms.ndjson"):
        path = write(tmp_path / name, "\n".join(lines) + "\n")
        inv = load_path(path)
        assert len(inv.vms) == 2
        problem = error(inv, "invalid-json")
        assert problem.source == f"{path}:3"


def test_ndjson_saved_as_json_is_read_line_by_line(tmp_path: Path) -> None:
    flow = (REAL / "flowlogs/vnet-v4-elastic-pipeline-test-record.json").read_text().strip()
    inv = load_path(write(tmp_path / "two-records.json", flow + "\n" + flow + "\n"))
    assert codes(inv) == ["flow-log", "no-resources"]


def test_collector_state_is_restored() -> None:
    assert gc.isenabled()
    load_path(REAL / WINDOWS_VM)
    assert gc.isenabled()
    gc.disable()
    try:
        load_path(REAL / WINDOWS_VM)
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- folders ------------------------------------------------------------------------------------------------


def snapshot_of(root: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()}


def test_loading_never_modifies_the_input() -> None:
    before = snapshot_of(FIXTURES)
    load_path(REAL)
    load_path(SHAPES)
    assert snapshot_of(FIXTURES) == before


def test_a_folder_of_mixed_shapes(tmp_path: Path) -> None:
    for rel in (
        "az/vm-list-d.json",
        "sdk/vm-as-dict.json",
        "graph/nic-query.json",
        "az/vm-list-skus-eastus2.json",
        "az/disk-list.json",
    ):
        shutil.copy(SHAPES / rel, tmp_path / rel.replace("/", "-"))
    write(tmp_path / "nested" / "usages-eastus.json", (SHAPES / "az/vm-list-usage-eastus.json").read_text())
    shutil.copy(REAL / "java-recordings/vnet-get-with-peering.json", tmp_path / "vnet.json")
    shutil.copy(REAL / "flowlogs/vnet-v4-docs-overview-2022-09-14.json", tmp_path / "flow.json")
    inv = load_path(tmp_path)
    assert inv.errors() == []
    counts = inv.counts()
    assert (counts["virtual_machines"], counts["network_interfaces"], counts["virtual_networks"]) == (1, 2, 1)
    assert (counts["skus"], counts["disks"], counts["usages"]) == (3, 2, 6)
    vm = the_vm(inv)
    assert (vm.power_state, vm.hyper_v_generation) == (PowerState.RUNNING, "V1")
    assert "flow-log" in codes(inv)
    assert len(inv.sources) == 8


def test_discovery_order_does_not_change_the_inventory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for rel in ("java-recordings/lro-resize-patch-flow.json",):
        flow = read(REAL / rel)["networkCallRecords"]
        bodies = [
            json.loads(r["Response"]["Body"])
            for r in flow
            if r["Method"] == "GET" and "/operations/" not in r["Uri"]
        ]
        write(tmp_path / "a" / "before.json", json.dumps(bodies[0]))
        write(tmp_path / "b" / "after.json", json.dumps(bodies[-1]))
    shutil.copytree(REAL / "java-recordings", tmp_path / "c")
    forward = load_path(tmp_path)
    real_walk = os.walk

    def backwards(top: Any, *args: Any, **kwargs: Any) -> Any:
        entries = list(real_walk(top, *args, **kwargs))
        for _dirpath, dirs, names in reversed(entries):
            names.reverse()
            dirs.reverse()
        return reversed(entries)

    monkeypatch.setattr(os, "walk", backwards)  # arm_json lists folders with os.walk
    backward = load_path(tmp_path)
    assert backward == forward
    assert list(backward.vms) == list(forward.vms) and backward.problems == forward.problems
    [resized] = [vm for vm in forward.vms.values() if vm.name == "vm177083"]
    assert resized.size == "Standard_B1ms"  # a/before.json then b/after.json, whatever the disk says


# --- garbage never escapes as an exception ------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
RECORDS = [
    WINDOWS_VM,
    "java-recordings/nic-get-in-lb-backend-pool.json",
    "java-recordings/lb-get-with-nic-backends.json",
    "java-recordings/vnet-get-with-peering.json",
    "java-recordings/vmss-get.json",
    "java-recordings/vm-list-subscription-multinic.json",
    "java-recordings/compute-usages-list-eastus.json",
]


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            out += paths(v, (*prefix, i))
    return out


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(RECORDS), st.data())
def test_any_value_anywhere_in_a_real_record_gives_problems_not_exceptions(
    rel: str, data: st.DataObject
) -> None:
    record = read(REAL / rel)
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(paths(record)))
        replacement = data.draw(JSON_VALUES)
        if not where:
            record = replacement
            continue
        parent = record
        for step in where[:-1]:
            parent = parent[step]
        parent[where[-1]] = replacement
    inv = load_documents([("mutated.json", record), ("original.json", read(REAL / rel))])
    assert isinstance(inv, Inventory)
    assert all(isinstance(p, Problem) for p in inv.problems)


def test_scale_set_instance_ipconfigs_in_a_pool_are_not_dangling_when_the_scale_set_is_loaded() -> None:
    lb = read(REAL / "java-recordings/lb-get-with-vmss-backends.json")
    vmss = read(REAL / "java-recordings/vmss-get.json")
    alone = load_documents([("lb.json", lb)])
    assert [p for p in alone.problems if p.code == "dangling-reference"]
    both = load_documents([("lb.json", lb), ("vmss.json", vmss)])
    assert not [p for p in both.problems if p.code == "dangling-reference"]


def test_vm_record_without_size_or_location_is_kept_with_a_warning(tmp_path: Path) -> None:
    vm = read(REAL / WINDOWS_VM)
    del vm["properties"]["hardwareProfile"]
    del vm["location"]
    inv = load_documents([("vm.json", vm)])
    (problem,) = [p for p in inv.problems if p.code == "incomplete-resource"]
    assert problem.severity is Severity.WARNING
    assert "no size and no location" in problem.message and problem.resource_id == vm["id"]
    assert problem.source == "vm.json"


def test_loading_a_folder_reports_progress_file_by_file(tmp_path: Path) -> None:
    shutil.copy(REAL / WINDOWS_VM, tmp_path / "a.json")
    shutil.copy(REAL / "java-recordings/nic-get-primary-with-pip.json", tmp_path / "b.json")
    seen: list[tuple[str, int]] = []
    load_path(tmp_path, progress=lambda what, n: seen.append((what, n)))
    assert [n for _, n in seen] == [1, 2]
    assert all(what.startswith("files read of 2") for what, _ in seen)


# --- the VM features issue 9 reads, in every export shape ---------------------------------------------------

HOST = f"{SUB}/resourceGroups/rg-hosts/providers/Microsoft.Compute/hostGroups/hg1/hosts/host1"
HOST_GROUP = f"{SUB}/resourceGroups/rg-hosts/providers/Microsoft.Compute/hostGroups/hg1"
CRG = f"{SUB}/resourceGroups/rg-cr/providers/Microsoft.Compute/capacityReservationGroups/crg1"
PIP = f"{SUB}/resourceGroups/rg-net/providers/Microsoft.Network/publicIPAddresses/pip1"


def _vm_with_features(rel: str, spell: dict[str, str]) -> model.VirtualMachine:
    """A shape fixture's VM with the fields issue 9 reads added in that shape's own spelling (`spell`)."""
    doc = read(SHAPES / rel) if rel != "rest" else vm_rest()
    rows = doc["data"] if isinstance(doc, dict) and "data" in doc else doc if isinstance(doc, list) else [doc]
    vm = rows[0]
    p = vm.get("properties", vm)
    storage = p[spell["storageProfile"]]
    p["host"] = {"id": HOST}
    p[spell["hostGroup"]] = {"id": HOST_GROUP}
    p["priority"] = "Spot"
    p[spell["additionalCapabilities"]] = {spell["ultraSSDEnabled"]: True}
    p[spell["capacityReservation"]] = {spell["capacityReservationGroup"]: {"id": CRG}}
    storage[spell["osDisk"]][spell["diffDiskSettings"]] = {"option": "Local", "placement": "CacheDisk"}
    storage[spell["osDisk"]][spell["writeAcceleratorEnabled"]] = True
    return the_vm(load_documents([(rel, doc)]))


REST_SPELLING = {
    "storageProfile": "storageProfile",
    "hostGroup": "hostGroup",
    "additionalCapabilities": "additionalCapabilities",
    "ultraSSDEnabled": "ultraSSDEnabled",
    "capacityReservation": "capacityReservation",
    "capacityReservationGroup": "capacityReservationGroup",
    "osDisk": "osDisk",
    "diffDiskSettings": "diffDiskSettings",
    "writeAcceleratorEnabled": "writeAcceleratorEnabled",
}
AZ_SPELLING = {
    **REST_SPELLING,
    "ultraSSDEnabled": "ultraSsdEnabled",
}  # az camelCases the SDK's ultra_ssd_enabled
SDK_SPELLING = {
    "storageProfile": "storage_profile",
    "hostGroup": "host_group",
    "additionalCapabilities": "additional_capabilities",
    "ultraSSDEnabled": "ultra_ssd_enabled",
    "capacityReservation": "capacity_reservation",
    "capacityReservationGroup": "capacity_reservation_group",
    "osDisk": "os_disk",
    "diffDiskSettings": "diff_disk_settings",
    "writeAcceleratorEnabled": "write_accelerator_enabled",
}


@pytest.mark.parametrize(
    ("rel", "spell"),
    [
        ("rest", REST_SPELLING),
        ("az/vm-list.json", AZ_SPELLING),
        ("sdk/vm-as-dict.json", SDK_SPELLING),
        ("graph/vm-query.json", REST_SPELLING),
    ],
)
def test_dedicated_host_spot_ultra_capacity_reservation_and_disk_features_are_read_in_every_shape(
    rel: str, spell: dict[str, str]
) -> None:
    vm = _vm_with_features(rel, spell)
    assert (vm.host_id, vm.host_group_id, vm.capacity_reservation_group_id) == (HOST, HOST_GROUP, CRG)
    assert vm.priority == "Spot" and vm.spot
    assert vm.ultra_ssd_enabled is True
    assert vm.os_disk is not None and vm.os_disk.ephemeral == "Local" and vm.ephemeral_os_disk
    assert vm.os_disk.write_accelerator is True


def test_the_recorded_vm_has_none_of_the_features() -> None:
    vm = the_vm(load_path(REAL / WINDOWS_VM))
    assert (vm.host_id, vm.host_group_id, vm.priority, vm.ultra_ssd_enabled) == (None, None, None, None)
    assert vm.os_disk is not None and not vm.ephemeral_os_disk and vm.os_disk.write_accelerator is None


@pytest.mark.parametrize(
    ("rel", "field"),
    [
        ("sdk/nic-as-dict.json", "public_ip_address"),
        ("az/nic-list.json", "publicIpAddress"),
        ("graph/nic-query.json", "publicIPAddress"),
    ],
)
def test_a_nic_ipconfig_names_its_public_ip_in_every_shape(rel: str, field: str) -> None:
    doc = read(SHAPES / rel)
    rows = doc["data"] if isinstance(doc, dict) and "data" in doc else doc
    nic = rows[0]
    config = nic.get("properties", nic)[
        field.replace("public_ip_address", "ip_configurations")
        .replace("publicIpAddress", "ipConfigurations")
        .replace("publicIPAddress", "ipConfigurations")
    ][0]
    config.get("properties", config)[field] = {"id": PIP}
    inv = load_documents([(rel, doc)])
    assert inv.nics[key(nic["id"])].ip_configurations[0].public_ip_id == PIP


def test_public_ip_addresses_are_loaded_in_rest_and_az_shapes() -> None:
    body = read(SHAPES / "rest/public-ip-get.json")
    az = {k: v for k, v in body.items() if k != "properties"} | {
        "publicIpAllocationMethod": "Dynamic",
        "ipConfiguration": body["properties"]["ipConfiguration"],
        "resourceGroup": "rg1",
    }
    for shape in (body, az):
        (pip,) = load_documents([("pip.json", shape)]).public_ips.values()
        assert (pip.allocation_method, pip.ip_configuration_id) == (
            "Dynamic",
            body["properties"]["ipConfiguration"]["id"],
        )


def test_scale_set_model_disks_controller_security_and_placement_are_read() -> None:
    example = read(
        REAL / "rest-api-specs/compute-2024-11-01/VirtualMachineScaleSet_Get_WithDiskControllerType.json"
    )
    ss_doc = example["responses"]["200"]["body"]
    (ss,) = load_documents([("vmss.json", ss_doc)]).scale_sets.values()
    assert ss.disk_controller == "NVMe" and ss.nic_count == 1
    assert ss.os_disk is not None and ss.os_disk.storage_type == "Premium_LRS"
    assert ss.host_group_id is not None and ss.host_group_id.endswith("/hostGroups/myHostGroup")
    assert (ss.security_type, ss.priority, ss.ultra_ssd_enabled) == (None, None, None)
    recorded = read(REAL / "java-recordings/vmss-get.json")
    (old,) = load_documents([("vmss.json", recorded)]).scale_sets.values()
    assert old.nic_count == 1 and old.disk_controller is None


def test_capacity_reservations_attach_to_their_group_and_orphans_are_reported() -> None:
    sim = FIXTURES / "sim"
    group, reservation = (
        read(sim / "capacityreservationgroup-get.json"),
        read(sim / "capacityreservation-get.json"),
    )
    inv = load_documents([("g.json", group), ("r.json", reservation)])
    (g,) = inv.capacity_reservation_groups.values()
    assert [r.size for r in g.reservations] == ["Standard_DS1_v2"]
    assert g.reservation_ids == [reservation["id"]]  # listed without the leading slash in the group
    alone = load_documents([("r.json", reservation)])
    assert "orphan-subresource" in codes(alone) and alone.capacity_reservation_groups == {}
