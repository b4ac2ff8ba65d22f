"""The planner snapshot round-trips the model exactly and refuses what it cannot read, naming the file."""

from __future__ import annotations

import json
from pathlib import Path

from planner.inventory import load_inventory, snapshot
from planner.model import (
    CapacityReservation,
    CapacityReservationGroup,
    Disk,
    Inventory,
    IpConfiguration,
    NetworkInterface,
    NicRef,
    PowerState,
    Problem,
    PublicIpAddress,
    ResourceSku,
    ScaleSet,
    Severity,
    SkuRestriction,
    SkuZoneDetails,
    Usage,
    VirtualMachine,
    key,
)

VM_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/RG422648/providers/Microsoft.Compute/virtualMachines/vm422648"
NIC_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg422648/providers/Microsoft.Network/networkInterfaces/nic422648"


def _inventory() -> Inventory:
    vm = VirtualMachine(
        id=VM_ID,
        name="vm422648",
        location="eastus",
        size="Standard_D8a_v4",
        power_state=PowerState.DEALLOCATED,
        zones=["1"],
        hyper_v_generation="V1",
        os_disk=Disk(name="osdisk", storage_type="Premium_LRS", size_gb=30),
        data_disks=[Disk(name="d0", storage_type="Standard_LRS", lun=0, size_gb=100)],
        nics=[NicRef(NIC_ID, primary=True)],
        tags={"env": "prod"},
    )
    nic = NetworkInterface(
        id=NIC_ID,
        name="nic422648",
        location="eastus",
        accelerated_networking=True,
        vm_id=VM_ID.lower(),
        ip_configurations=[
            IpConfiguration(id=NIC_ID + "/ipConfigurations/primary", name="primary", primary=True)
        ],
    )
    return Inventory(
        vms={key(VM_ID): vm},
        nics={key(NIC_ID): nic},
        skus=[
            ResourceSku(
                name="Standard_D2s_v5",
                location="eastus",
                capabilities={"vCPUs": "2", "PremiumIO": "True"},
                restrictions=[SkuRestriction(type="Zone", locations=["eastus"], zones=["2"])],
            )
        ],
        usages=[Usage(location="eastus", name="cores", current=10, limit=100)],
        problems=[Problem("dangling-reference", "NIC points at a VM not loaded", Severity.WARNING, "a.json")],
    )


def test_snapshot_round_trip_keeps_every_field_and_original_id_casing(tmp_path: Path) -> None:
    inv = _inventory()
    out = tmp_path / "snap.json"
    snapshot.write(inv, out, source="unit")
    back = load_inventory(out)
    assert back.vms == inv.vms
    assert back.nics == inv.nics
    assert back.skus == inv.skus
    assert back.usages == inv.usages
    assert back.problems == inv.problems
    assert back.vms[key(VM_ID)].id == VM_ID  # original casing kept for display
    assert back.vms[key(VM_ID)].power_state is PowerState.DEALLOCATED


def test_snapshot_is_recognised_by_its_first_bytes(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    snapshot.write(_inventory(), out)
    assert snapshot.looks_like_snapshot(out)
    assert json.loads(out.read_text())["version"] == snapshot.VERSION


def test_snapshot_of_a_newer_version_is_refused_with_the_file_named(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    snapshot.write(_inventory(), out)
    doc = json.loads(out.read_text())
    doc["version"] = 99
    out.write_text(json.dumps(doc))
    inv = snapshot.read(out)
    (problem,) = inv.errors()
    assert problem.code == "invalid-snapshot"
    assert str(out) in problem.message and "99" in problem.message


def test_snapshot_with_a_wrong_field_type_is_refused_naming_the_field(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    snapshot.write(_inventory(), out)
    doc = json.loads(out.read_text())
    doc["inventory"]["vms"][0]["size"] = 5
    out.write_text(json.dumps(doc))
    (problem,) = snapshot.read(out).errors()
    assert "size" in problem.message


def test_truncated_snapshot_reports_the_line(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    snapshot.write(_inventory(), out)
    out.write_text(out.read_text()[:100])
    (problem,) = snapshot.read(out).errors()
    assert problem.code == "invalid-json"
    assert problem.source == f"{out}:1"


def test_missing_inventory_path_is_an_input_error(tmp_path: Path) -> None:
    inv = load_inventory(tmp_path / "nope")
    (problem,) = inv.errors()
    assert problem.code == "missing-input"


def test_snapshot_round_trips_the_issue_9_fields(tmp_path: Path) -> None:
    """Dedicated hosts, spot, Ultra disks, capacity reservations, ephemeral and Write Accelerator disks, public
    IPs, scale-set models and SKU zone details all survive a snapshot."""
    inv = _inventory()
    sub = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
    vm = inv.vms[key(VM_ID)]
    vm.host_id = f"{sub}/providers/Microsoft.Compute/hostGroups/hg/hosts/h1"
    vm.priority, vm.ultra_ssd_enabled = "Spot", True
    vm.capacity_reservation_group_id = f"{sub}/providers/Microsoft.Compute/capacityReservationGroups/crg"
    vm.os_disk = Disk(name="os", storage_type="Premium_LRS", write_accelerator=True, ephemeral="Local")
    inv.nics[key(NIC_ID)].ip_configurations[
        0
    ].public_ip_id = f"{sub}/providers/Microsoft.Network/publicIPAddresses/p"
    pip = PublicIpAddress(
        id=f"{sub}/providers/Microsoft.Network/publicIPAddresses/p",
        name="p",
        location="eastus",
        allocation_method="Dynamic",
    )
    group = CapacityReservationGroup(
        id=vm.capacity_reservation_group_id,
        name="crg",
        location="eastus",
        reservation_ids=["r"],
        reservations=[CapacityReservation(id="r", name="r", size="Standard_D4s_v5", capacity=2)],
    )
    ss = ScaleSet(
        id=f"{sub}/providers/Microsoft.Compute/virtualMachineScaleSets/ss",
        name="ss",
        location="eastus",
        size="Standard_D2s_v3",
        os_disk=Disk(name=None, storage_type="Premium_LRS"),
        disk_controller="NVMe",
        security_type="TrustedLaunch",
        nic_count=2,
        priority="Low",
    )
    inv.public_ips = {key(pip.id): pip}
    inv.capacity_reservation_groups = {key(group.id): group}
    inv.scale_sets = {key(ss.id): ss}
    inv.skus[0].zone_details = [SkuZoneDetails(zones=["2"], capabilities={"UltraSSDAvailable": "True"})]
    out = tmp_path / "snap.json"
    snapshot.write(inv, out, source="unit")
    back = load_inventory(out)
    assert (back.vms, back.nics, back.skus) == (inv.vms, inv.nics, inv.skus)
    assert (back.public_ips, back.capacity_reservation_groups, back.scale_sets) == (
        inv.public_ips,
        inv.capacity_reservation_groups,
        inv.scale_sets,
    )
