"""Every real Azure record under tests/fixtures/realdata loads, and loads to what it really says.

One test per file (a final test checks none is forgotten). The REST API specification examples wrap the body in
`responses."200".body` and the Java LRO recordings keep REST bodies as strings: those are unwrapped here, in the
test, and handed to `load_documents`, as the brief for the loader says.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.inventory.arm_json import load_documents, load_path
from planner.model import Inventory, PowerState, Problem, Severity, key

REAL = Path(__file__).parent / "fixtures" / "realdata"
SUB = "/subscriptions/00000000-0000-0000-0000-000000000000"
COVERED: set[str] = set()


def covers(rel: str) -> Callable[[Callable[[], None]], Callable[[], None]]:
    def register(test: Callable[[], None]) -> Callable[[], None]:
        COVERED.add(rel)
        return test

    return register


def load(*rels: str) -> Inventory:
    if len(rels) == 1:
        return load_path(REAL / rels[0])
    return load_documents((rel, json.loads((REAL / rel).read_text())) for rel in rels)


def spec_body(rel: str) -> Any:
    return json.loads((REAL / rel).read_text())["responses"]["200"]["body"]


def spec(rel: str) -> Inventory:
    return load_documents([(rel, spec_body(rel))])


def recorded_vm_gets(rel: str) -> list[dict[str, Any]]:
    """The 200 bodies of the recorded GETs of a VM (not of its operation status)."""
    records = json.loads((REAL / rel).read_text())["networkCallRecords"]
    return [
        json.loads(r["Response"]["Body"])
        for r in records
        if r["Method"] == "GET"
        and "/virtualMachines/" in r["Uri"]
        and "/operations/" not in r["Uri"]
        and r["Response"]["StatusCode"] == "200"
    ]


def codes(inv: Inventory, severity: Severity | None = None) -> list[str]:
    return [p.code for p in inv.problems if severity is None or p.severity is severity]


def only(inv: Inventory, code: str) -> Problem:
    found = [p for p in inv.problems if p.code == code]
    assert len(found) == 1, [str(p) for p in inv.problems]
    return found[0]


# --- java-recordings ----------------------------------------------------------------------------------------


@covers("java-recordings/compute-usages-list-eastus.json")
def test_usage_list_takes_its_region_from_the_file_name() -> None:
    inv = load("java-recordings/compute-usages-list-eastus.json")
    assert len(inv.usages) == 77
    assert {u.location for u in inv.usages} == {"eastus"}
    cores = next(u for u in inv.usages if u.name == "cores")
    assert (cores.current, cores.limit, cores.unit, cores.display_name) == (
        0,
        100,
        "Count",
        "Total Regional vCPUs",
    )
    assert next(u for u in inv.usages if u.name == "standardDSFamily").limit == 100
    note = only(inv, "usage-location")
    assert note.severity is Severity.WARNING and "eastus" in note.message and "file name" in note.message
    assert inv.errors() == []


@covers("java-recordings/lb-get-with-nic-backends.json")
def test_public_basic_load_balancer_with_nic_backend_pool() -> None:
    inv = load("java-recordings/lb-get-with-nic-backends.json")
    lb = inv.load_balancers[
        key(f"{SUB}/resourceGroups/rg746731/providers/Microsoft.Network/loadBalancers/lb746731")
    ]
    assert (lb.name, lb.sku, lb.internal, lb.frontend_subnet_ids) == ("lb746731", "Basic", False, [])
    [pool] = lb.backend_pools
    assert pool.name == "backend9630659432"
    assert [c.rsplit("/", 3)[-3] for c in pool.ip_configuration_ids] == ["nic192698f890d", "nic476817ce723"]
    dangling = only(inv, "dangling-reference")
    assert dangling.resource_id == pool.id and "nic192698f890d" in dangling.message


@covers("java-recordings/lb-get-with-vmss-backends.json")
def test_load_balancer_pools_of_scale_set_instance_ipconfigs() -> None:
    inv = load("java-recordings/lb-get-with-vmss-backends.json")
    [lb] = inv.load_balancers.values()
    assert (lb.name, lb.sku, lb.internal) == ("extlb1-d49219094", "Basic", False)
    assert [p.name for p in lb.backend_pools] == ["extlb1-d49219094-BAP1", "extlb1-d49219094-BAP2"]
    for pool in lb.backend_pools:
        assert len(pool.ip_configuration_ids) == 2
        assert all(
            "/virtualMachineScaleSets/vmss24105/virtualMachines/" in i for i in pool.ip_configuration_ids
        )


@covers("java-recordings/lro-deallocate-409-patch-start-flow.json")
def test_recorded_vm_gets_of_the_deallocate_flow_load_as_one_vm() -> None:
    rel = "java-recordings/lro-deallocate-409-patch-start-flow.json"
    raw = load(rel)
    assert only(raw, "unknown-shape").severity is Severity.WARNING
    assert "networkCallRecords" in only(raw, "unknown-shape").message
    bodies = recorded_vm_gets(rel)
    assert len(bodies) == 2
    inv = load_documents((f"{rel}#{i}", b) for i, b in enumerate(bodies))
    [vm] = inv.vms.values()
    assert (vm.name, vm.size, vm.location, vm.provisioning_state) == (
        "javavm",
        "Standard_D2a_v4",
        "eastus",
        "Succeeded",
    )
    assert "conflict" not in codes(inv)


@covers("java-recordings/lro-poweroff-deallocate-flow.json")
def test_recorded_vm_get_matches_the_listed_vm_despite_resource_group_case() -> None:
    rel = "java-recordings/lro-poweroff-deallocate-flow.json"
    bodies = recorded_vm_gets(rel)
    listed = json.loads((REAL / "java-recordings/vm-list-subscription-multinic.json").read_text())
    inv = load_documents([("list", listed), *((f"{rel}#{i}", b) for i, b in enumerate(bodies))])
    assert len(inv.vms) == 2  # the GETs (rg422648) and the list entry (RG422648) are one VM
    vm = inv.vms[key(f"{SUB}/resourceGroups/rg422648/providers/Microsoft.Compute/virtualMachines/vm422648")]
    assert vm.size == "Standard_D8a_v4" and len(vm.nics) == 3
    assert "conflict" not in codes(inv)


@covers("java-recordings/lro-resize-patch-flow.json")
def test_resize_recorded_before_and_after_is_a_size_conflict_and_the_later_wins() -> None:
    rel = "java-recordings/lro-resize-patch-flow.json"
    before, after = recorded_vm_gets(rel)
    inv = load_documents([("before.json", before), ("after.json", after)])
    [vm] = inv.vms.values()
    assert vm.size == "Standard_B1ms"
    conflict = only(inv, "conflict")
    assert conflict.resource_id == vm.id and conflict.severity is Severity.WARNING
    for part in ("size", "Standard_B1ls", "Standard_B1ms", "before.json", "after.json"):
        assert part in conflict.message


@covers("java-recordings/nic-get-in-lb-backend-pool.json")
def test_nic_in_a_backend_pool() -> None:
    inv = load("java-recordings/nic-get-in-lb-backend-pool.json")
    [nic] = inv.nics.values()
    assert (nic.name, nic.accelerated_networking, nic.primary, nic.mac_address) == (
        "nic476817ce723",
        False,
        True,
        "00-22-48-1D-9A-9F",
    )
    assert (
        nic.vm_id == f"{SUB}/resourceGroups/rg746731/providers/Microsoft.Compute/virtualMachines/vm7da9066942"
    )
    [cfg] = nic.ip_configurations
    assert (cfg.name, cfg.primary, cfg.private_ip) == ("primary", True, "10.0.0.4")
    assert cfg.subnet_id is not None and cfg.subnet_id.endswith("/virtualNetworks/net746731/subnets/subnet1")
    assert [p.rsplit("/", 1)[-1] for p in cfg.backend_pool_ids] == ["backend9630659432"]
    assert nic.vnet_encryption_supported is None  # API 2019-11-01 predates the field


@covers("java-recordings/nic-get-primary-with-pip.json")
def test_nic_resolves_to_the_listed_vm_whose_resource_group_is_upper_case() -> None:
    inv = load(
        "java-recordings/nic-get-primary-with-pip.json", "java-recordings/vm-list-subscription-multinic.json"
    )
    nic = inv.nics[
        key(
            f"{SUB}/resourceGroups/rg422648/providers/Microsoft.Network/networkInterfaces/nicvm42264882a59622"
        )
    ]
    vm = inv.vms[key(f"{SUB}/resourceGroups/RG422648/providers/Microsoft.Compute/virtualMachines/vm422648")]
    assert list(inv.vm_nics(vm)) == [nic]
    assert vm.primary_nic_id is not None and key(vm.primary_nic_id) == key(nic.id)
    assert not any(
        p.resource_id == nic.id and p.code == "dangling-reference" and "machine" in p.message
        for p in inv.problems
    )


@covers("java-recordings/nic-list-subscription-incl-unattached.json")
def test_nic_list_with_an_unattached_nic_that_has_accelerated_networking() -> None:
    inv = load("java-recordings/nic-list-subscription-incl-unattached.json")
    by_name = {n.name: n for n in inv.nics.values()}
    assert set(by_name) == {"nic49107b", "nic35837c15dfc", "tynet"}
    unattached = by_name["nic49107b"]
    assert (unattached.vm_id, unattached.accelerated_networking, unattached.mac_address) == (None, True, None)
    assert by_name["tynet"].location == "japaneast" and not by_name["tynet"].accelerated_networking
    assert by_name["nic35837c15dfc"].vm_id is not None and by_name["nic35837c15dfc"].vm_id.endswith(
        "vm5fb23675f7"
    )


@covers("java-recordings/nic-put-response-multi-ipconfig.json")
def test_nic_with_a_secondary_ip_configuration() -> None:
    inv = load("java-recordings/nic-put-response-multi-ipconfig.json")
    [nic] = inv.nics.values()
    assert [(c.name, c.primary, c.private_ip) for c in nic.ip_configurations] == [
        ("primary", True, "10.0.0.6"),
        ("nicip3", False, "10.0.0.7"),
    ]
    assert nic.vm_id is None
    assert len(set(nic.subnet_ids)) == 1


@covers("java-recordings/resourceskus-list-eastus2-2019-04-01.json")
def test_resource_sku_list_keeps_vm_rows_with_capabilities_zones_and_restrictions() -> None:
    inv = load("java-recordings/resourceskus-list-eastus2-2019-04-01.json")
    assert len(inv.skus) == 243  # the 49 disks/hostGroups/snapshots/availabilitySets rows are not VM sizes
    assert inv.problems == []
    skus = {s.name: s for s in inv.skus}
    d2s = skus["Standard_D2s_v3"]
    assert (d2s.location, d2s.family, d2s.tier) == ("eastus2", "standardDSv3Family", "Standard")
    assert d2s.capabilities["vCPUs"] == "2" and d2s.capabilities["MemoryGB"] == "8"
    assert d2s.capabilities["AcceleratedNetworkingEnabled"] == "False"
    assert sorted(skus["Standard_B1ls"].zones) == ["1", "2", "3"]
    restricted = skus["Standard_NC6s_v3"].restrictions
    assert [(r.type, r.locations, r.zones, r.reason) for r in restricted] == [
        ("Location", ["eastus2"], [], "NotAvailableForSubscription"),
        ("Zone", ["eastus2"], ["1", "2", "3"], "NotAvailableForSubscription"),
    ]


@covers("java-recordings/vm-available-sizes-for-resize.json")
def test_sizes_available_for_resize_are_skipped_with_a_warning() -> None:
    inv = load("java-recordings/vm-available-sizes-for-resize.json")
    warning = only(inv, "sizes-list")
    assert warning.severity is Severity.WARNING and "without the VM it belongs to" in warning.message
    assert "vm-available-sizes-for-resize.json" in warning.message
    assert codes(inv, Severity.ERROR) == ["no-resources"]


@covers("java-recordings/vm-get-in-availabilityset.json")
def test_vm_in_an_availability_set_that_was_not_exported() -> None:
    inv = load("java-recordings/vm-get-in-availabilityset.json")
    [vm] = inv.vms.values()
    assert (
        vm.availability_set_id
        == f"{SUB}/resourceGroups/rg746731/providers/Microsoft.Compute/availabilitySets/AS746731"
    )
    assert (vm.power_state, vm.hyper_v_generation) == (
        PowerState.UNKNOWN,
        None,
    )  # no instance view in a plain GET
    dangling = [p for p in inv.problems if p.code == "dangling-reference"]
    assert {p.resource_id for p in dangling} == {vm.id}
    assert any("AS746731" in p.message for p in dangling) and any(
        "nic476817ce723" in p.message for p in dangling
    )


@covers("java-recordings/vm-get-instanceview-deallocated.json")
def test_deallocated_vm_with_unmanaged_disks() -> None:
    inv = load("java-recordings/vm-get-instanceview-deallocated.json")
    [vm] = inv.vms.values()
    assert (vm.power_state, vm.hyper_v_generation, vm.os_type) == (PowerState.DEALLOCATED, "V1", "Linux")
    assert vm.os_disk is not None and (vm.os_disk.managed_disk_id, vm.os_disk.storage_type) == (None, None)
    assert [(d.lun, d.size_gb, d.name) for d in vm.data_disks] == [(1, 100, "disk-1"), (2, 50, "disk-2")]
    assert vm.image == "Canonical:UbuntuServer:16.04.0-LTS:latest"


@covers("java-recordings/vm-get-instanceview-ppg-osprovisioning.json")
def test_running_vm_in_a_proximity_placement_group_still_provisioning_its_os() -> None:
    inv = load("java-recordings/vm-get-instanceview-ppg-osprovisioning.json")
    [vm] = inv.vms.values()
    assert vm.power_state is PowerState.RUNNING
    assert vm.proximity_placement_group_id is not None and vm.proximity_placement_group_id.endswith(
        "testproxgroup1"
    )
    assert (vm.os_type, vm.os_disk and vm.os_disk.size_gb) == ("Windows", 127)


@covers("java-recordings/vm-get-instanceview-running-windows.json")
def test_running_windows_vm_with_instance_view_and_three_data_disks() -> None:
    inv = load("java-recordings/vm-get-instanceview-running-windows.json")
    [vm] = inv.vms.values()
    assert (vm.name, vm.size, vm.location) == ("wvm6a1891317e90e23c7", "Standard_D2a_v4", "westus")
    assert (vm.power_state, vm.hyper_v_generation) == (PowerState.RUNNING, "V1")
    assert vm.tags == {"who-rocks": "java", "where": "on azure"}
    assert [(d.lun, d.size_gb, d.storage_type) for d in vm.data_disks] == [
        (1, 50, "Standard_LRS"),
        (2, 10, "Standard_LRS"),
        (3, 10, "Standard_LRS"),
    ]
    assert vm.image == "MicrosoftWindowsServer:WindowsServer:2012-R2-Datacenter:latest"
    assert [(n.id.rsplit("/", 1)[-1], n.primary) for n in vm.nics] == [("nic9007571ac17", True)]


@covers("java-recordings/vm-get-zoned-with-ppg.json")
def test_zonal_vm() -> None:
    inv = load("java-recordings/vm-get-zoned-with-ppg.json")
    [vm] = inv.vms.values()
    assert (vm.zones, vm.location, vm.availability_set_id) == (["1"], "eastus2", None)
    assert vm.os_disk is not None and vm.os_disk.managed_disk_id is not None


@covers("java-recordings/vm-list-subscription-multinic.json")
def test_vm_list_with_a_three_nic_vm_and_mixed_case_resource_groups() -> None:
    inv = load("java-recordings/vm-list-subscription-multinic.json")
    vm = inv.vms[key(f"{SUB}/resourceGroups/rg422648/providers/Microsoft.Compute/virtualMachines/VM422648")]
    assert vm.id.startswith(f"{SUB}/resourceGroups/RG422648/")  # the original spelling is kept for display
    assert [(n.id.rsplit("/", 1)[-1], n.primary) for n in vm.nics] == [
        ("nicvm42264882a59622", True),
        ("nic422648", False),
        ("nic2422648", False),
    ]
    other = next(v for v in inv.vms.values() if v.name == "cxvio2u3sdf")
    assert (other.size, other.location) == ("Standard_F2s_v2", "japaneast")
    assert [(d.lun, d.name) for d in other.data_disks] == [(0, "ocvuoiweur")]
    assert inv.locations == ["eastus", "japaneast"]


@covers("java-recordings/vmss-get.json")
def test_scale_set_model() -> None:
    inv = load("java-recordings/vmss-get.json")
    [vmss] = inv.scale_sets.values()
    assert (vmss.name, vmss.size, vmss.capacity, vmss.upgrade_mode) == (
        "vmss24105",
        "Standard_A0",
        2,
        "Automatic",
    )
    assert (vmss.accelerated_networking, vmss.aks_managed, vmss.orchestration_mode) == (False, False, None)
    assert [s.rsplit("/", 3)[-3] for s in vmss.subnet_ids] == ["vmssvnet"]


@covers("java-recordings/vmss-networkinterfaces-list.json")
def test_scale_set_instance_nics_without_a_type_are_loaded_by_their_id() -> None:
    inv = load("java-recordings/vmss-networkinterfaces-list.json")
    assert len(inv.nics) == 2
    for nic in inv.nics.values():
        assert "/Microsoft.Compute/virtualMachineScaleSets/vmss24105/virtualMachines/" in nic.id
        assert nic.vm_id is not None and nic.name == "primary-nic-cfg" and not nic.accelerated_networking
        assert len(nic.ip_configurations[0].backend_pool_ids) == 4
    # their VM is a scale-set instance, which the inventory does not model: not a dangling reference
    assert not any("virtual machine" in p.message for p in inv.problems)


@covers("java-recordings/vnet-get-with-peering.json")
def test_vnet_with_subnets_and_a_peering() -> None:
    inv = load("java-recordings/vnet-get-with-peering.json")
    [vnet] = inv.vnets.values()
    assert (vnet.name, vnet.address_prefixes, vnet.encryption_enabled) == (
        "netaaf66187b4",
        ["10.0.0.0/27"],
        False,
    )
    assert [(s.name, s.address_prefixes) for s in vnet.subnets] == [
        ("subnet1", ["10.0.0.0/28"]),
        ("subnet2", ["10.0.0.16/28"]),
    ]
    [peer] = vnet.peerings
    assert (peer.name, peer.state) == ("peer0", "Connected")
    assert peer.remote_vnet_id is not None and peer.remote_vnet_id.endswith("/netbc189338d6")


@covers("java-recordings/vnet-peerings-list.json")
def test_peering_list_attaches_to_its_vnet_or_warns_without_it() -> None:
    alone = load("java-recordings/vnet-peerings-list.json")
    orphan = only(alone, "orphan-subresource")
    assert orphan.severity is Severity.WARNING and orphan.resource_id is not None
    assert orphan.resource_id.endswith("/virtualNetworkPeerings/peer0")
    both = load("java-recordings/vnet-peerings-list.json", "java-recordings/vnet-get-with-peering.json")
    [vnet] = both.vnets.values()
    assert [p.name for p in vnet.peerings] == ["peer0"]  # the same peering, not a second copy
    assert both.problems == []


# --- rest-api-specs -----------------------------------------------------------------------------------------


@covers("rest-api-specs/compute-2024-11-01/VirtualMachineScaleSet_Get_WithDiskControllerType.json")
def test_scale_set_example_without_accelerated_networking_flag() -> None:
    inv = spec("rest-api-specs/compute-2024-11-01/VirtualMachineScaleSet_Get_WithDiskControllerType.json")
    [vmss] = inv.scale_sets.values()
    assert (vmss.size, vmss.capacity, vmss.upgrade_mode, vmss.location) == (
        "Standard_D2s_v3",
        4,
        "Automatic",
        "westus",
    )
    assert vmss.accelerated_networking is False  # the NIC configuration does not set it
    assert vmss.subnet_ids == [
        "/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/providers/Microsoft.Network/virtualNetworks/myVNet/subnets/mySubnet"
    ]
    assert vmss.tags == {"myTag1": "tagValue1"}


@covers("rest-api-specs/compute-2024-11-01/VirtualMachine_Create_WithUefiSettings.json")
def test_trusted_launch_vm() -> None:
    inv = spec("rest-api-specs/compute-2024-11-01/VirtualMachine_Create_WithUefiSettings.json")
    [vm] = inv.vms.values()
    assert (vm.security_type, vm.size, vm.provisioning_state) == (
        "TrustedLaunch",
        "Standard_D2s_v3",
        "Creating",
    )
    assert vm.os_disk is not None and vm.os_disk.storage_type == "StandardSSD_LRS"
    assert (
        vm.image
        == "MicrosoftWindowsServer:windowsserver-gen2preview-preview:windows10-tvm:18363.592.2001092016"
    )


@covers("rest-api-specs/compute-2024-11-01/VirtualMachine_Deallocate_MinimumSet_Gen.json")
def test_deallocate_example_has_no_resource_and_the_raw_example_is_recognised() -> None:
    rel = "rest-api-specs/compute-2024-11-01/VirtualMachine_Deallocate_MinimumSet_Gen.json"
    assert "body" not in json.loads((REAL / rel).read_text())["responses"]["200"]
    inv = load(rel)
    warning = only(inv, "unknown-shape")
    assert warning.severity is Severity.WARNING and "specification example" in warning.message


@covers("rest-api-specs/compute-2024-11-01/VirtualMachine_Get.json")
def test_vm_example_with_display_name_location_and_nic_reference_without_properties() -> None:
    inv = spec("rest-api-specs/compute-2024-11-01/VirtualMachine_Get.json")
    [vm] = inv.vms.values()
    assert vm.location == "westus"  # "West US" in the example
    assert (vm.size, vm.etag) == ("Standard_DS3_v2", '"1"')
    assert vm.availability_set_id is not None and vm.availability_set_id.endswith("/my-AvailabilitySet")
    assert [n.primary for n in vm.nics] == [None] and vm.primary_nic_id == vm.nics[0].id
    assert [(d.lun, d.size_gb, d.storage_type) for d in vm.data_disks] == [
        (0, 30, "Premium_LRS"),
        (1, 100, "Premium_LRS"),
    ]
    assert (vm.power_state, vm.disk_controller) == (PowerState.UNKNOWN, None)


@covers("rest-api-specs/compute-2024-11-01/VirtualMachine_Get_InstanceView.json")
def test_bare_instance_view_cannot_be_attached_to_a_vm() -> None:
    inv = spec("rest-api-specs/compute-2024-11-01/VirtualMachine_Get_InstanceView.json")
    warning = only(inv, "instance-view-without-id")
    assert warning.severity is Severity.WARNING and "az vm get-instance-view" in warning.message
    assert inv.vms == {}


@covers("rest-api-specs/compute-2024-11-01/VirtualMachine_Get_WithDiskControllerType.json")
def test_vm_with_nvme_disk_controller() -> None:
    inv = spec("rest-api-specs/compute-2024-11-01/VirtualMachine_Get_WithDiskControllerType.json")
    [vm] = inv.vms.values()
    assert (vm.disk_controller, vm.size, vm.os_type) == ("NVMe", "Standard_DS3_v2", "Windows")


@covers("rest-api-specs/network-2024-07-01/LBBackendAddressPoolWithBackendAddressesGet.json")
def test_backend_pool_by_ip_address_is_kept_for_its_load_balancer() -> None:
    inv = spec("rest-api-specs/network-2024-07-01/LBBackendAddressPoolWithBackendAddressesGet.json")
    [lb] = inv.load_balancers.values()
    assert lb.id == "/subscriptions/subid/resourceGroups/testrg/providers/Microsoft.Network/loadBalancers/lb"
    [pool] = lb.backend_pools
    vnet = "/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/vnetlb"
    assert [(a.name, a.ip_address, a.vnet_id) for a in pool.addresses] == [
        ("address1", "10.0.0.4", vnet),
        ("address2", "10.0.0.5", vnet),
    ]
    assert only(inv, "partial-resource").resource_id == lb.id


@covers("rest-api-specs/network-2024-07-01/NetworkInterfaceGet.json")
def test_nic_example_with_cidr_secondary_and_encryption_support_flag() -> None:
    inv = spec("rest-api-specs/network-2024-07-01/NetworkInterfaceGet.json")
    [nic] = inv.nics.values()
    assert (nic.accelerated_networking, nic.vnet_encryption_supported, nic.primary) == (True, False, True)
    assert [(c.name, c.primary, c.private_ip) for c in nic.ip_configurations] == [
        ("ipconfig1", True, "172.20.2.4"),
        ("ipconfig2", False, "172.20.2.16/28"),
    ]


@covers("rest-api-specs/network-2024-07-01/VirtualNetworkCreateWithEncryption.json")
def test_vnet_with_encryption_allow_unencrypted() -> None:
    inv = spec("rest-api-specs/network-2024-07-01/VirtualNetworkCreateWithEncryption.json")
    [vnet] = inv.vnets.values()
    assert (vnet.encryption_enabled, vnet.encryption_enforcement) == (True, "AllowUnencrypted")
    assert [(s.name, s.address_prefixes) for s in vnet.subnets] == [("test-1", ["10.0.0.0/24"])]
    assert vnet.peerings == [] and inv.problems == []


@covers("rest-api-specs/network-2024-07-01/VirtualNetworkPeeringGet.json")
def test_peering_without_a_type_is_classified_by_its_id() -> None:
    inv = spec("rest-api-specs/network-2024-07-01/VirtualNetworkPeeringGet.json")
    orphan = only(inv, "orphan-subresource")
    assert orphan.resource_id == (
        "/subscriptions/subid/resourceGroups/peerTest/providers/Microsoft.Network/virtualNetworks/vnet1"
        "/virtualNetworkPeerings/peer"
    )
    vnet1 = {
        "id": "/subscriptions/subid/resourceGroups/peerTest/providers/Microsoft.Network/virtualNetworks/vnet1",
        "type": "Microsoft.Network/virtualNetworks",
        "location": "eastus",
        "properties": {},
    }
    with_vnet = load_documents(
        [
            ("peer.json", spec_body("rest-api-specs/network-2024-07-01/VirtualNetworkPeeringGet.json")),
            ("vnet.json", vnet1),
        ]
    )
    [vnet] = with_vnet.vnets.values()
    assert [(p.name, p.state) for p in vnet.peerings] == [("peer", "Initiated")]


@covers("rest-api-specs/skus-2021-07-01/ListAvailableResourceSkus.json")
def test_sku_example_with_lower_case_zone_details() -> None:
    inv = spec("rest-api-specs/skus-2021-07-01/ListAvailableResourceSkus.json")
    assert [(s.name, s.location, sorted(s.zones)) for s in inv.skus] == [
        ("Standard_A0", "westus", ["1", "2"]),
        ("Standard_A1", "westus", ["1", "2", "3"]),
    ]
    assert inv.skus[0].capabilities["MemoryGB"] == "0.75" and inv.skus[0].restrictions == []
    assert inv.problems == []  # "nextLink": null is not a truncated export


# --- flowlogs -----------------------------------------------------------------------------------------------

FLOW_LOGS = {
    "flowlogs/nsg-v2-docs-overview-2018-11-13.json": "an NSG flow log (version 2)",
    "flowlogs/nsg-v2-elastic-pipeline-test-record.json": "an NSG flow log (version 2)",
    "flowlogs/vnet-v4-docs-flow-logs-read-single-record-2023-07-09.json": "a VNet flow log (version 4)",
    "flowlogs/vnet-v4-docs-overview-2022-09-14.json": "a VNet flow log (version 4)",
    "flowlogs/vnet-v4-elastic-pipeline-test-record.json": "a VNet flow log (version 4)",
    "flowlogs/vnet-v4-elastic-testdata-compact.json": "a VNet flow log (version 4)",
    "flowlogs/vnet-v4-jagilber-eastus2euap-2023-02-04.json": "a VNet flow log (version 4)",
    "flowlogs/vnet-v4-sumologic-flattened-tuple-2025-01-21.json": "a VNet flow log (version 4)",
}
COVERED.update(FLOW_LOGS)


@pytest.mark.parametrize("rel", sorted(FLOW_LOGS))
def test_flow_logs_are_recognised_and_skipped(rel: str) -> None:
    inv = load(rel)
    warning = only(inv, "flow-log")
    assert warning.severity is Severity.WARNING
    assert warning.message == f"{REAL / rel} is {FLOW_LOGS[rel]}, not an inventory export; skipped"
    assert codes(inv, Severity.ERROR) == ["no-resources"]


# --- the whole folder ---------------------------------------------------------------------------------------


def test_every_realdata_file_has_a_test() -> None:
    on_disk = {p.relative_to(REAL).as_posix() for p in REAL.rglob("*.json")}
    assert on_disk == COVERED


def test_the_whole_realdata_folder_loads_without_errors() -> None:
    inv = load_path(REAL)
    assert inv.errors() == []
    assert inv.counts() == {
        "virtual_machines": 7,
        "network_interfaces": 8,
        "virtual_networks": 1,
        "load_balancers": 2,
        "availability_sets": 0,
        "scale_sets": 1,
        "skus": 243,
        "private_link_services": 0,
        "dns_resolvers": 0,
        "disks": 0,
        "aks_clusters": 0,
        "usages": 77,
        "public_ip_addresses": 0,
        "capacity_reservation_groups": 0,
    }
    assert len(inv.sources) == 41
    # the peering list and the VNet it belongs to are in different files: one peering
    [vnet] = inv.vnets.values()
    assert len(vnet.peerings) == 1
