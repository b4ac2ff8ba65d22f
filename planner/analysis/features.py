"""VM and scale-set features that decide whether a cycle is possible at all, and what an operator must hear before
a deallocation: ephemeral OS disks, dedicated hosts, proximity placement groups, dynamic public IPs, capacity
reservations, and NICs on which encryption is not active yet (DOMAIN.md "Added rules").

Owns the per-resource facts analysis derives once per inventory (`Features`, `vm_features`, `scale_set_features`),
the reserved sizes of every capacity reservation group loaded whole (`reservations_of`), the scale-set model's
`Profile` (`scale_set_profile`), and the findings these rules give. `planner.analysis.resources` applies them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from planner.analysis.propose import PREMIUM_PREFIXES, Profile
from planner.analysis.results import Finding
from planner.model import Inventory, NetworkInterface, ScaleSet, VirtualMachine, key

# Blocker and warning codes (the README's rule tables list each).
EPHEMERAL_OS_DISK = "ephemeral-os-disk"
DEDICATED_HOST = "dedicated-host"
PROXIMITY_PLACEMENT_GROUP = "proximity-placement-group"
DYNAMIC_PUBLIC_IP = "dynamic-public-ip"
CAPACITY_RESERVATION_NOT_LOADED = "capacity-reservation-not-loaded"
ENCRYPTION_NOT_ACTIVE = "encryption-not-active"


@dataclass(slots=True)
class Features:
    """What the issue-9 rules read of one VM or scale set, derived once per inventory."""

    ephemeral: bool = False
    host: str | None = None  # the dedicated host, or host group, it is placed on
    ppg: str | None = None
    capacity_group: str | None = None  # as read (original casing)
    capacity_group_loaded: bool = True  # the group and every reservation it lists are in the inventory
    dynamic_ips: list[str] = field(default_factory=list)  # dynamic public IPs on its NICs (loaded ones)
    inactive_nics: list[str] = field(default_factory=list)  # NICs reporting vnetEncryptionSupported false


NONE = Features()  # shared by every resource with none of the features (never mutated)


def reservations_of(inv: Inventory) -> dict[str, frozenset[str]]:
    """Capacity reservation group key -> the case-folded sizes it reserves, for groups loaded with every
    reservation they list (a group with a reservation missing cannot say which sizes it lacks)."""
    out: dict[str, frozenset[str]] = {}
    for gk, group in inv.capacity_reservation_groups.items():
        if _loaded_whole(inv, gk):
            out[gk] = frozenset(r.size.lower() for r in group.reservations if r.size)
    return out


def _loaded_whole(inv: Inventory, group_key: str) -> bool:
    group = inv.capacity_reservation_groups.get(group_key)
    if group is None:
        return False
    loaded = {key(r.id) for r in group.reservations}
    return all(key(rid) in loaded for rid in group.reservation_ids)


def vm_features(inv: Inventory, vm: VirtualMachine, nics: Sequence[NetworkInterface]) -> Features:
    host = vm.host_id or vm.host_group_id
    dynamic: list[str] = []
    inactive: list[str] = []
    for nic in nics:
        if nic.vnet_encryption_supported is False:
            inactive.append(nic.id)
        if inv.public_ips:
            for c in nic.ip_configurations:
                pip = inv.public_ips.get(key(c.public_ip_id)) if c.public_ip_id else None
                if pip is not None and (pip.allocation_method or "").lower() == "dynamic":
                    dynamic.append(pip.id)
    placed = vm.ephemeral_os_disk or host or vm.proximity_placement_group_id or vm.capacity_reservation_group_id
    if not (placed or dynamic or inactive):
        return NONE
    group = vm.capacity_reservation_group_id
    return Features(
        ephemeral=vm.ephemeral_os_disk,
        host=host,
        ppg=vm.proximity_placement_group_id,
        capacity_group=group,
        capacity_group_loaded=group is None or _loaded_whole(inv, key(group)),
        dynamic_ips=dynamic,
        inactive_nics=inactive,
    )


def scale_set_features(inv: Inventory, ss: ScaleSet) -> Features:
    group = ss.capacity_reservation_group_id
    return Features(
        ephemeral=ss.ephemeral_os_disk,
        host=ss.host_group_id,
        ppg=ss.proximity_placement_group_id,
        capacity_group=group,
        capacity_group_loaded=group is None or _loaded_whole(inv, key(group)),
    )


def scale_set_profile(ss: ScaleSet, size: str, allow_smaller: bool) -> Profile:
    """The scale-set model judged on its own disks, controller and security type (issue 9, item 12).

    The Hyper-V generation is not in a scale set's model: Trusted Launch, confidential and NVMe models are Gen2
    (those need it); any other is taken as Gen1, the strictest assumption."""
    disks = [d for d in (ss.os_disk, *ss.data_disks) if d is not None]
    nvme = (ss.disk_controller or "").lower() == "nvme"
    security = (ss.security_type or "").lower()
    gen2 = nvme or security in ("trustedlaunch", "confidentialvm")
    return Profile(
        size=size.lower(),
        location=ss.location.lower(),
        zone=None,  # a scale set may span zones: each instance's zone is not in the model
        generation="V2" if gen2 else "V1",
        nvme=nvme,
        trusted_launch=security == "trustedlaunch",
        premium=any((d.storage_type or "").lower().startswith(PREMIUM_PREFIXES) for d in disks),
        data_disks=len(ss.data_disks),
        nics=max(1, ss.nic_count),
        allow_smaller=allow_smaller,
        write_accelerator_disks=sum(1 for d in disks if d.write_accelerator),
        ultra_ssd=ss.ultra_ssd_enabled is True,
        capacity_group=(ss.capacity_reservation_group_id or "").lower(),
        spot=ss.spot,
    )


# --- findings -----------------------------------------------------------------------------------------------


def ephemeral_blocker(resource_id: str, scale_set: bool) -> Finding:
    if scale_set:
        how = (
            "its instances cannot be deallocated and started: replace them instead (after the VNet is enabled, "
            "scale out with new instances, then delete the old ones)"
        )
    else:
        how = (
            "it cannot be cycled: re-create it on a supported size after the VNet is enabled, or move the "
            "workload to a scale set and replace its instances"
        )
    return Finding(
        EPHEMERAL_OS_DISK,
        f"ephemeral OS disk (diffDiskSettings.option Local): stop-deallocate is not supported, so {how}",
        [resource_id],
    )


def dedicated_host_blocker(resource_id: str, host: str, size: str) -> Finding:
    return Finding(
        DEDICATED_HOST,
        f"placed on dedicated host (group) {host.rstrip('/').rsplit('/', 1)[-1]}, whose host type fixes the "
        f"series of {size}: a new host of a supported type is needed before it can be resized",
        [resource_id, host],
    )


def ppg_warning(ppg: str) -> Finding:
    return Finding(
        PROXIMITY_PLACEMENT_GROUP,
        f"in proximity placement group {ppg.rstrip('/').rsplit('/', 1)[-1]}: a resize to a size its datacenter "
        "lacks fails with OverconstrainedAllocationRequest",
        [ppg],
    )


def dynamic_ip_warning(ips: list[str]) -> Finding:
    return Finding(
        DYNAMIC_PUBLIC_IP,
        "a dynamic public IP address is released by the deallocation: the address changes when the VM starts "
        "(make it static first if anything depends on it)",
        list(ips),
    )


def capacity_reservation_warning(group: str) -> Finding:
    return Finding(
        CAPACITY_RESERVATION_NOT_LOADED,
        f"associated with capacity reservation group {group.rstrip('/').rsplit('/', 1)[-1]}, which is not loaded "
        "with all its reservations: whether the proposed size is reserved there was not checked (export "
        "`az capacity reservation group list` and each group's `az capacity reservation list`)",
        [group],
    )


def inactive_warning(nics: list[str]) -> Finding:
    return Finding(
        ENCRYPTION_NOT_ACTIVE,
        "the NIC reports vnetEncryptionSupported false in an encrypted VNet: Accelerated Networking is not "
        "effective until the VM is deallocated and started",
        list(nics),
    )
