"""The compute resources of the inventory model: VMs (with their disks and NIC references), availability sets,
scale sets, managed disks, capacity reservation groups and AKS clusters, plus `PowerState`, the VM's run state.

Plain dataclasses; `planner.model` re-exports every name, and that is where the rest of the planner imports them
from. The field order of `VirtualMachine`, `Disk` and `NicRef` is load-bearing: the normalisers build them
positionally for speed (pinned by tests/test_inventory_files.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PowerState(StrEnum):
    RUNNING = "running"
    STOPPED = "stopped"
    DEALLOCATED = "deallocated"
    STARTING = "starting"
    STOPPING = "stopping"
    DEALLOCATING = "deallocating"
    UNKNOWN = "unknown"

    @staticmethod
    def parse(text: str | None) -> PowerState:
        """From a `PowerState/running` status code or an `az vm list -d` string such as `VM running`."""
        if not text:
            return PowerState.UNKNOWN
        word = text.split("/", 1)[1] if "/" in text else text.split()[-1]
        try:
            return PowerState(word.lower())
        except ValueError:
            return PowerState.UNKNOWN


@dataclass(slots=True)
class Disk:
    """An OS or data disk as the VM references it."""

    name: str | None
    storage_type: str | None = None  # Premium_LRS, StandardSSD_LRS, PremiumV2_LRS, ...
    size_gb: int | None = None
    lun: int | None = None
    managed_disk_id: str | None = None
    write_accelerator: bool | None = None  # writeAcceleratorEnabled (M-series only)
    ephemeral: str | None = None  # diffDiskSettings.option: "Local" is an ephemeral OS disk


@dataclass(slots=True)
class NicRef:
    id: str
    primary: bool | None = None  # None: the reference carried no properties


@dataclass(slots=True)
class VirtualMachine:
    id: str
    name: str
    location: str
    size: str
    power_state: PowerState = PowerState.UNKNOWN
    zones: list[str] = field(default_factory=list)
    availability_set_id: str | None = None
    scale_set_id: str | None = None
    proximity_placement_group_id: str | None = None
    hyper_v_generation: str | None = None  # V1 / V2, from the instance view or the OS disk
    disk_controller: str | None = None  # SCSI / NVMe
    security_type: str | None = None  # TrustedLaunch / ConfidentialVM
    os_type: str | None = None
    image: str | None = None  # publisher:offer:sku:version, or an image/gallery id
    os_disk: Disk | None = None
    data_disks: list[Disk] = field(default_factory=list)
    nics: list[NicRef] = field(default_factory=list)
    platform_update_domain: int | None = None
    platform_fault_domain: int | None = None
    provisioning_state: str | None = None
    etag: str | None = None
    tags: dict[str, str] = field(default_factory=dict)
    host_id: str | None = None  # a dedicated host (`host.id`)
    host_group_id: str | None = None  # a dedicated host group, automatic placement (`hostGroup.id`)
    priority: str | None = None  # Regular / Low / Spot
    ultra_ssd_enabled: bool | None = None  # additionalCapabilities.ultraSSDEnabled
    capacity_reservation_group_id: str | None = None  # capacityReservation.capacityReservationGroup.id

    @property
    def ephemeral_os_disk(self) -> bool:
        return self.os_disk is not None and (self.os_disk.ephemeral or "").lower() == "local"

    @property
    def spot(self) -> bool:
        # `Low` is the older name of the same priority (scale sets still report it).
        return (self.priority or "").lower() in ("spot", "low")

    @property
    def primary_nic_id(self) -> str | None:
        if len(self.nics) == 1:
            return self.nics[0].id
        for n in self.nics:
            if n.primary:
                return n.id
        return None


@dataclass(slots=True)
class AvailabilitySet:
    id: str
    name: str
    location: str
    update_domain_count: int | None = None
    fault_domain_count: int | None = None
    member_ids: list[str] = field(default_factory=list)
    sku: str | None = None  # Aligned (managed disks) / Classic


@dataclass(slots=True)
class ScaleSet:
    id: str
    name: str
    location: str
    size: str | None
    capacity: int | None = None
    accelerated_networking: bool = False  # every NIC configuration of the model has it
    upgrade_mode: str | None = None  # Automatic / Manual / Rolling
    orchestration_mode: str | None = None  # Uniform / Flexible
    zones: list[str] = field(default_factory=list)
    subnet_ids: list[str] = field(default_factory=list)
    aks_managed: bool = False
    max_unavailable_percent: int | None = None  # rollingUpgradePolicy.maxBatchInstancePercent
    etag: str | None = None
    tags: dict[str, str] = field(default_factory=dict)
    # The model's own facts (virtualMachineProfile), judged like a VM's when a size is proposed for it.
    os_disk: Disk | None = None
    data_disks: list[Disk] = field(default_factory=list)
    disk_controller: str | None = None  # SCSI / NVMe
    security_type: str | None = None  # TrustedLaunch / ConfidentialVM
    nic_count: int = 0  # NIC configurations of the model
    priority: str | None = None
    ultra_ssd_enabled: bool | None = None
    capacity_reservation_group_id: str | None = None
    host_group_id: str | None = None
    proximity_placement_group_id: str | None = None

    @property
    def ephemeral_os_disk(self) -> bool:
        return self.os_disk is not None and (self.os_disk.ephemeral or "").lower() == "local"

    @property
    def spot(self) -> bool:
        return (self.priority or "").lower() in ("spot", "low")


@dataclass(slots=True)
class ManagedDisk:
    """A managed disk (`az disk list`): carries the image's generation and capabilities."""

    id: str
    name: str
    location: str
    managed_by: str | None = None  # the VM id
    storage_type: str | None = None
    size_gb: int | None = None
    os_type: str | None = None
    hyper_v_generation: str | None = None
    accelerated_networking: bool | None = None  # supportedCapabilities.acceleratedNetwork
    architecture: str | None = None  # x64 / Arm64
    disk_controllers: list[str] = field(default_factory=list)  # supportedCapabilities.diskControllerTypes


@dataclass(slots=True)
class CapacityReservation:
    """One reservation of a capacity reservation group: `sku.name` is the size it reserves."""

    id: str
    name: str
    size: str | None = None
    capacity: int | None = None
    zones: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CapacityReservationGroup:
    """A capacity reservation group; a VM associated with it can only take a size reserved in it."""

    id: str
    name: str
    location: str
    reservation_ids: list[str] = field(default_factory=list)  # properties.capacityReservations[].id
    reservations: list[CapacityReservation] = field(default_factory=list)  # those loaded (a child type)
    zones: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AksNodePool:
    name: str
    vm_size: str | None
    vnet_subnet_id: str | None = None
    pod_subnet_id: str | None = None  # Azure CNI dynamic pod IP: only node traffic is encrypted


@dataclass(slots=True)
class AksCluster:
    id: str
    name: str
    location: str
    node_resource_group: str | None = None
    pools: list[AksNodePool] = field(default_factory=list)
