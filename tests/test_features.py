"""The rules of issue 9 ("analysis Azure will not refuse"), each on the recorded base estate of estate_helpers,
edited only in the fields the rule reads (the field names are the REST API's; shapes are tested in
test_inventory_files). Sources of each rule: DOMAIN.md, "Added rules".
"""

from __future__ import annotations

import copy
from typing import Any

from estate_helpers import (
    BASELINE,
    NIC_ID,
    REALDATA,
    RESIZE,
    RESTART,
    SIM,
    SUB,
    SUBNET_ID,
    VM_ID,
    VNET_ID,
    base,
    codes,
    read_json,
    run,
    set_an,
    set_size,
    vm_of,
    vnet_of,
)

from planner.analysis.analyzer import analyze
from planner.analysis.decisions import Decisions
from planner.inventory.arm_json import load_documents
from planner.model import key

ENABLED = {"enabled": True, "enforcement": "AllowUnencrypted"}
HOST = f"{SUB}/resourceGroups/rg-hosts/providers/Microsoft.Compute/hostGroups/hg1/hosts/host1"
CRG = f"{SUB}/resourceGroups/rg746731/providers/Microsoft.Compute/capacityReservationGroups/myCapacityReservationGroup"


def props(docs: dict[str, Any], name: str = "vm") -> dict[str, Any]:
    p: dict[str, Any] = docs[name]["properties"]
    return p


def rejected(r: Any) -> dict[str, str]:
    return {x.size: x.code for x in r.rejected}


# --- item 2: vnetEncryptionSupported ----------------------------------------------------------------------------


def test_nic_reporting_encryption_unsupported_in_an_encrypted_vnet_needs_a_restart() -> None:
    docs = base()
    set_size(docs, "Standard_D2as_v4")
    set_an(docs, True)
    props(docs, "vnet")["encryption"] = ENABLED
    props(docs, "nic")["vnetEncryptionSupported"] = False  # as the REST example NetworkInterfaceGet reports it
    r = vm_of(run(docs))
    assert r.verdict == "needs-changes" and r.actions == [RESTART]
    (warning,) = [w for w in r.warnings if w.code == "encryption-not-active"]
    assert warning.resources == [NIC_ID]
    props(docs, "nic")["vnetEncryptionSupported"] = True
    r = vm_of(run(docs))
    assert r.verdict == "compliant" and codes(r.warnings) == ["restart-unverified"]


# --- item 3: ephemeral OS disks ----------------------------------------------------------------------------------


def test_ephemeral_os_disk_blocks_a_vm_that_needs_a_cycle_and_explains_the_path() -> None:
    docs = base()
    set_size(docs, "Standard_D2as_v4")
    set_an(docs, True)
    # The VirtualMachine_Create_WithADiffOsDisk example's osDisk settings.
    props(docs)["storageProfile"]["osDisk"]["diffDiskSettings"] = {"option": "Local", "placement": "CacheDisk"}
    r = vm_of(run(docs))
    assert r.verdict == "blocked" and codes(r.blockers) == ["ephemeral-os-disk"]
    assert "re-create" in r.blockers[0].message and "scale set" in r.blockers[0].message
    props(docs, "vnet")["encryption"] = ENABLED  # nothing to cycle: the VM is ready as it is
    assert vm_of(run(docs)).verdict == "compliant"


# --- item 4: accelerators -----------------------------------------------------------------------------------------


def test_gpu_vm_only_moves_to_the_same_gpu_model_with_as_many_gpus() -> None:
    docs = base()
    props(docs)["hardwareProfile"]["vmSize"] = "Standard_NC24ads_A100_v4"  # not in the supported list
    r = vm_of(run(docs))
    assert r.verdict == "blocked" and codes(r.blockers) == ["no-eligible-size"]
    # The supported GPU series (NC-H100 v5) has another GPU model; plain sizes have none.
    assert r.rejected_counts["accelerator"] >= 1  # NC40ads_H100_v5 among them (not listed: 40 vCPUs, not 24)
    assert {"architecture", "accelerator"} >= {x.code for x in r.rejected if x.size.startswith("Standard_NC")}


def test_rdma_vm_only_moves_to_an_rdma_size() -> None:
    docs = base()
    set_size(docs, "Standard_HC44rs")
    r = vm_of(run(docs))
    assert codes(r.blockers) == ["no-eligible-size"]
    assert "accelerator" in r.rejected_counts and "Standard_HC44rs" not in rejected(r)


# --- item 5: local NVMe -------------------------------------------------------------------------------------------


def test_l_series_vm_keeps_at_least_its_local_nvme_storage() -> None:
    docs = base()
    set_size(docs, "Standard_L8s_v2")  # SCSI temp disk and one 1.92 TB NVMe disk; Lsv2 is not supported
    props(docs)["instanceView"]["hyperVGeneration"] = "V2"
    r = vm_of(run(docs))
    assert r.target_size == "Standard_L8s_v3" and RESIZE in r.actions
    assert rejected(r)["Standard_E8ds_v5"] == "local-nvme"  # temp disk kept, NVMe disk lost


# --- item 6: Write Accelerator -------------------------------------------------------------------------------------


def test_write_accelerator_disks_only_move_to_sizes_that_take_as_many() -> None:
    docs = base()
    set_size(docs, "Standard_M64s")  # M-series v1: not supported; 8 Write Accelerator disks
    props(docs)["instanceView"]["hyperVGeneration"] = "V2"  # the M v2 sizes are Gen2-only
    disk = props(docs)["storageProfile"]["osDisk"]
    disk["managedDisk"]["storageAccountType"] = "Premium_LRS"
    data = [dict(copy.deepcopy(disk), lun=i, name=f"log{i}", writeAcceleratorEnabled=True) for i in range(9)]
    props(docs)["storageProfile"]["dataDisks"] = data
    r = vm_of(run(docs))
    # Only the M128 sizes take 9 Write Accelerator disks (16); M64 v2 sizes take 8.
    assert r.target_size is not None and "M128" in r.target_size
    assert rejected(r)["Standard_M64ds_v2"] == "write-accelerator"
    set_size(docs, "Standard_E64s_v3")  # an E VM with Write Accelerator disks can only go to an M size
    r = vm_of(run(docs))
    assert r.target_size is not None and r.target_size.startswith("Standard_M")
    assert rejected(r)["Standard_E64ds_v5"] == "write-accelerator"


# --- item 7: Ultra disks -------------------------------------------------------------------------------------------


def _sku(name: str, location: str, **caps: str) -> dict[str, Any]:
    """The recorded eastus2 Standard_D2s_v3 Resource SKUs row as the shape, renamed, moved to `location`, with the
    capabilities the size rules read set to the size page's facts of `name` (vm-sizes.csv), and `caps` added."""
    from sku_catalog import load_catalog

    rows = read_json(REALDATA / "java-recordings/resourceskus-list-eastus2-2019-04-01.json")["value"]
    row: dict[str, Any] = copy.deepcopy(next(r for r in rows if r["name"] == "Standard_D2s_v3"))
    facts = load_catalog().size(name)
    row["name"], row["size"] = name, name.removeprefix("Standard_")
    row["locations"] = [location]
    row["locationInfo"] = [{"location": location, "zones": ["1", "2", "3"], "zoneDetails": []}]
    page = {
        "vCPUs": str(facts.vcpus),
        "MemoryGB": f"{facts.memory_gib:g}",
        "MaxResourceVolumeMB": str(int(facts.temp_disk_gib * 1024)),
        "HyperVGenerations": ",".join(facts.hyperv_generations),
        "AcceleratedNetworkingEnabled": str(facts.accelerated_networking),
        "PremiumIO": str(facts.premium_io),
        **caps,
    }
    kept = [c for c in row["capabilities"] if c["name"] not in page]
    row["capabilities"] = kept + [{"name": k, "value": v} for k, v in page.items()]
    return row


def test_ultra_disk_vm_only_moves_to_a_size_with_ultra_ssd_available() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    props(docs)["additionalCapabilities"] = {"ultraSSDEnabled": True}
    r = vm_of(run(docs))  # no Resource SKUs data: Ultra support cannot be shown for any size
    assert codes(r.blockers) == ["no-eligible-size"] and rejected(r)["Standard_D2ds_v5"] == "ultra-ssd"
    skus = [
        _sku("Standard_D2ds_v5", "eastus"),
        _sku("Standard_D2ds_v4", "eastus", UltraSSDAvailable="True"),  # a regional VM: the top-level capability
        _sku("Standard_D2s_v3", "eastus"),
    ]
    r = vm_of(run(docs, extra=[{"value": skus}]))
    assert r.target_size == "Standard_D2ds_v4" and rejected(r)["Standard_D2ds_v5"] == "ultra-ssd"


# --- item 8: capacity reservations ---------------------------------------------------------------------------------


def _reservation(size: str) -> tuple[dict[str, Any], dict[str, Any]]:
    group = read_json(SIM / "capacityreservationgroup-get.json")
    reservation = read_json(SIM / "capacityreservation-get.json")
    group["id"] = CRG
    reservation["id"] = f"{CRG}/capacityReservations/myCapacityReservation"
    group["properties"]["capacityReservations"] = [{"id": reservation["id"]}]
    reservation["sku"]["name"] = size
    return group, reservation


def test_vm_in_a_capacity_reservation_group_only_moves_to_a_reserved_size() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    props(docs)["capacityReservation"] = {"capacityReservationGroup": {"id": CRG}}
    group, reservation = _reservation("Standard_D4ds_v5")
    r = vm_of(run(docs, extra=[group, reservation]))
    assert r.target_size == "Standard_D4ds_v5"
    assert rejected(r)["Standard_D2ds_v5"] == "capacity-reservation"
    # The group is loaded but not its reservation: the size cannot be checked, so it is said, not refused.
    r = vm_of(run(docs, extra=[group]))
    assert r.target_size == "Standard_D2ds_v5"
    assert "capacity-reservation-not-loaded" in codes(r.warnings)


# --- item 9: dedicated hosts ---------------------------------------------------------------------------------------


def test_vm_on_a_dedicated_host_that_needs_a_resize_is_blocked_naming_the_host() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    props(docs)["host"] = {"id": HOST}
    r = vm_of(run(docs))
    assert codes(r.blockers) == ["dedicated-host"] and HOST in r.blockers[0].resources
    assert "host1" in r.blockers[0].message
    set_size(docs, "Standard_D2as_v4")  # supported: a deallocate/start on the same host is fine
    assert vm_of(run(docs)).verdict == "needs-changes"


# --- item 10: Spot VMs ---------------------------------------------------------------------------------------------


def _usages(**left: int) -> dict[str, Any]:
    """The recorded eastus usage list with the named quotas (case-folded names) set to `left` vCPUs free."""
    usages: dict[str, Any] = read_json(REALDATA / "java-recordings/compute-usages-list-eastus.json")
    for row in usages["value"]:
        if row["name"]["value"].lower() in left:
            row["currentValue"], row["limit"] = 0, left[row["name"]["value"].lower()]
    for name, n in left.items():
        if not any(r["name"]["value"].lower() == name for r in usages["value"]):
            usages["value"].append({"limit": n, "unit": "Count", "currentValue": 0, "name": {"value": name}})
    return usages


def test_spot_vms_draw_on_the_regional_low_priority_quota_only() -> None:
    docs = base()
    set_size(docs, "Standard_A1_v2")  # 1 vCPU: every target needs one more vCPU of quota
    props(docs)["priority"] = "Spot"

    def analysed(usages: dict[str, Any]) -> Any:
        documents = [*((f"{n}.json", d) for n, d in docs.items()), ("usages-eastus.json", usages)]
        return analyze(load_documents(documents)).vms[key(VM_ID)]

    assert analysed(_usages(cores=0, lowprioritycores=100)).target_size is not None  # `cores` does not apply
    r = analysed(_usages(cores=100, lowprioritycores=0))
    assert codes(r.blockers) == ["quota"] and "lowPriorityCores" in r.blockers[0].message
    props(docs)["priority"] = "Regular"
    assert codes(analysed(_usages(cores=0, lowprioritycores=100)).blockers) == ["quota"]


# --- item 11: unknown sizes ----------------------------------------------------------------------------------------


def test_a_size_in_neither_the_catalog_nor_resource_skus_is_blocked_and_never_a_target() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v7")  # parses, but no page or SKU row knows it
    r = vm_of(run(docs))
    assert codes(r.blockers) == ["size-unknown"]
    set_size(docs, "Standard_D2s_v3")
    d = Decisions()
    d.pin(VM_ID, "Standard_D2ds_v7")
    r = vm_of(run(docs, d))
    assert codes(r.blockers) == ["pin-refused"] and "size-unknown" in r.blockers[0].message
    # A SKU row with no vCPUs or memory leaves a size estimated: it is never proposed.
    row = _sku("Standard_D2ds_v9", "eastus")
    row["capabilities"] = [c for c in row["capabilities"] if c["name"] not in ("vCPUs", "MemoryGB")]
    r = vm_of(run(docs, extra=[{"value": [row, _sku("Standard_D2ds_v5", "eastus")]}]))
    assert r.target_size == "Standard_D2ds_v5" and "Standard_D2ds_v9" not in rejected(r)


# --- item 12: scale-set models -------------------------------------------------------------------------------------


def test_scale_set_model_is_judged_on_its_own_disks_and_controller() -> None:
    example = read_json(REALDATA / "rest-api-specs/compute-2024-11-01/VirtualMachineScaleSet_Get_WithDiskControllerType.json")
    vmss = copy.deepcopy(example["responses"]["200"]["body"])  # Premium_LRS OS disk, NVMe controller
    vmss["id"] = vmss["id"].replace("{subscription-id}", SUB.rsplit("/", 1)[1])
    vmss["sku"]["name"] = "Standard_B2s_v2"  # not supported, no temp disk (D2s_v3 is SCSI-only: no NVMe model)
    del vmss["properties"]["hostGroup"]  # a dedicated host group would block the resize (tested below)
    (r,) = analyze(load_documents([("vmss.json", vmss)])).scale_sets.values()
    assert r.target_size is not None
    from sku_catalog import load_catalog

    target = load_catalog().size(r.target_size)
    assert target.premium_io and ("NVMe" in target.disk_controllers or "_v6" in target.name)
    assert rejected(r)["Standard_D2s_v5"] == "disk-controller"  # SCSI-only: refused for an NVMe model
    vmss = copy.deepcopy(example["responses"]["200"]["body"])
    vmss["sku"]["name"] = "Standard_B2s_v2"
    (blocked,) = analyze(load_documents([("vmss.json", vmss)])).scale_sets.values()
    assert codes(blocked.blockers) == ["dedicated-host"]


# --- item 13: warnings before a deallocation ------------------------------------------------------------------------


def test_vm_in_a_proximity_placement_group_is_warned_when_resized() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    ppg = read_json(SIM / "vm-get-zoned-with-ppg.json")["properties"]["proximityPlacementGroup"]
    props(docs)["proximityPlacementGroup"] = ppg
    r = vm_of(run(docs))
    assert RESIZE in r.actions and "proximity-placement-group" in codes(r.warnings)
    set_size(docs, "Standard_D2as_v4")  # no resize, no warning
    assert "proximity-placement-group" not in codes(vm_of(run(docs)).warnings)


def test_dynamic_public_ip_on_a_vm_the_plan_deallocates_is_warned() -> None:
    docs = base()
    set_size(docs, "Standard_D2as_v4")
    set_an(docs, True)
    pip = read_json(SIM / "publicipaddress-pip21716807.json")  # publicIPAllocationMethod Dynamic
    config = props(docs, "nic")["ipConfigurations"][0]
    config["properties"]["publicIPAddress"] = {"id": pip["id"]}
    a = run(docs)
    assert "dynamic-public-ip" not in codes(vm_of(a).warnings)
    assert codes(a.notes) == ["quota-unknown", "public-ips-not-loaded"]
    a = run(docs, extra=[pip])
    (warning,) = [w for w in vm_of(a).warnings if w.code == "dynamic-public-ip"]
    assert warning.resources == [pip["id"]] and "public-ips-not-loaded" not in codes(a.notes)
    pip["properties"]["publicIPAllocationMethod"] = "Static"
    assert "dynamic-public-ip" not in codes(vm_of(run(docs, extra=[pip])).warnings)


def test_vnet_the_plan_enables_names_the_vms_left_unencrypted() -> None:
    docs = base()
    set_size(docs, "Standard_D2as_v4")
    a = run(docs, Decisions(exclude_vms={key(VM_ID)}))
    (note,) = [w for w in vnet_of(a).warnings if w.code == "vms-left-unencrypted"]
    assert note.resources == [VM_ID]
    assert "vms-left-unencrypted" not in codes(vnet_of(run(docs)).warnings)
    props(docs, "vnet")["encryption"] = ENABLED  # not enabled by the plan: no note
    assert "vms-left-unencrypted" not in codes(vnet_of(run(docs, Decisions(exclude_vms={key(VM_ID)}))).warnings)


# --- item 1: compliant scale sets ---------------------------------------------------------------------------------


def compliant_scale_set() -> dict[str, Any]:
    """The recorded scale set on a supported size with AN on, in the base estate's subnet."""
    vmss: dict[str, Any] = read_json(SIM / "vmss-get.json")
    vmss["sku"]["name"] = "Standard_D2ds_v5"
    (config,) = vmss["properties"]["virtualMachineProfile"]["networkProfile"]["networkInterfaceConfigurations"]
    config["properties"]["enableAcceleratedNetworking"] = True
    config["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"] = SUBNET_ID
    return vmss


def test_compliant_uniform_scale_set_in_a_vnet_the_plan_enables_needs_a_restart() -> None:
    docs = base()
    a = run(docs, extra=[compliant_scale_set()])
    (r,) = a.scale_sets.values()
    assert r.verdict == "needs-changes" and r.actions == [RESTART]
    props(docs, "vnet")["encryption"] = ENABLED
    (r,) = run(docs, extra=[compliant_scale_set()]).scale_sets.values()
    assert r.verdict == "compliant" and codes(r.warnings) == ["restart-unverified"]


def test_flexible_scale_set_is_not_restarted_through_its_model() -> None:
    vmss = compliant_scale_set()
    vmss["properties"]["orchestrationMode"] = "Flexible"
    (r,) = run(base(), extra=[vmss]).scale_sets.values()
    assert r.actions == [] and r.verdict == "compliant"


def test_baseline_is_still_selectable() -> None:
    docs = base()
    set_size(docs, "Standard_D2ps_v5")
    assert vm_of(run(docs)).target_size is None
    assert codes(vm_of(run(docs, BASELINE)).blockers) == ["no-eligible-size"]
    assert vnet_of(run(docs)).id == VNET_ID


def test_scale_set_with_an_ephemeral_os_disk_that_needs_a_restart_is_blocked() -> None:
    vmss = compliant_scale_set()
    os_disk = vmss["properties"]["virtualMachineProfile"]["storageProfile"]["osDisk"]
    os_disk["diffDiskSettings"] = {"option": "Local"}
    (r,) = run(base(), extra=[vmss]).scale_sets.values()
    assert codes(r.blockers) == ["ephemeral-os-disk"] and "replace them" in r.blockers[0].message


def test_incremental_update_keeps_the_left_unencrypted_note_as_a_full_run_gives_it() -> None:
    from planner.analysis.analyzer import Analyzer
    from planner.commands.render.analysis import analysis_json

    docs = base()
    set_size(docs, "Standard_D2as_v4")
    documents = [(f"{n}.json", d) for n, d in docs.items()] + [("vmss.json", compliant_scale_set())]
    inv = load_documents(documents)
    live = Analyzer(inv)
    first = live.run(Decisions())
    assert "vms-left-unencrypted" not in codes(first.vnets[key(VNET_ID)].warnings)
    d = Decisions(exclude_vms={key(VM_ID)})
    second = live.update(d)
    assert analysis_json(second) == analysis_json(Analyzer(inv).run(d))
    (note,) = [w for w in second.vnets[key(VNET_ID)].warnings if w.code == "vms-left-unencrypted"]
    assert note.resources == [VM_ID]
    assert "vms-left-unencrypted" not in codes(first.vnets[key(VNET_ID)].warnings)  # the earlier result is untouched
    third = live.update(Decisions())
    assert analysis_json(third) == analysis_json(first)
