"""Size proposals: which supported sizes a VM may move to, the best one, and why every other candidate lost.

The hard constraints are DOMAIN.md's "Resizing" and "Added rules"; each violated one is a refusal Azure would give
(or, for accelerators and local disks, a loss of the hardware the VM was chosen for), named by a stable rejection
code. Candidates are judged per *profile* (everything about a VM that the constraints read), so an estate of 100,000
VMs with a few hundred distinct profiles ranks each profile once. Quota is the only constraint that depends on other
VMs: `planner.analysis.quota.QuotaLedger` hands out vCPUs in a deterministic VM order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from planner.analysis.quota import family_key
from planner.model import VirtualMachine
from sku_catalog import Catalog, SizeInfo
from sku_catalog.names import parse_size_name

# Rejection codes, in the order the constraints are checked (the first one violated is reported).
UNSUPPORTED_SERIES = "unsupported-series"
CONFIDENTIAL = "confidential"
ARCHITECTURE = "architecture"
ACCELERATOR = "accelerator"
TEMP_DISK = "temp-disk"
LOCAL_NVME = "local-nvme"
GENERATION = "generation"
DISK_CONTROLLER = "disk-controller"
ACCELERATED_NETWORKING = "accelerated-networking"
PREMIUM_IO = "premium-io"
WRITE_ACCELERATOR = "write-accelerator"
CAPACITY = "capacity"
DATA_DISKS = "data-disks"
NICS = "nics"
RESTRICTED = "restricted"
ULTRA_SSD = "ultra-ssd"
CAPACITY_RESERVATION = "capacity-reservation"
QUOTA = "quota"
SIZE_UNKNOWN = "size-unknown"  # a pinned size in neither the size catalog nor the inventory's Resource SKUs

REJECTION_MESSAGES = {
    UNSUPPORTED_SERIES: "the size's series does not support VNet encryption",
    CONFIDENTIAL: "confidential and non-confidential sizes cannot be swapped",
    ARCHITECTURE: "CPU architecture differs (x64 / Arm64)",
    ACCELERATOR: "the GPU/FPGA model or count, or the RDMA (InfiniBand) network, differs: accelerated sizes only to "
    "sizes with the same accelerator model and at least as many, RDMA only to RDMA, and plain sizes only to plain ones",
    LOCAL_NVME: "the size has less local NVMe storage than the VM's",
    WRITE_ACCELERATOR: "the VM has Write Accelerator disks and the size does not support as many (M-series only)",
    ULTRA_SSD: "the VM has Ultra disks enabled and Resource SKUs data does not show UltraSSDAvailable for the size "
    "in its zone (or region)",
    CAPACITY_RESERVATION: "the VM is associated with a capacity reservation group that reserves no capacity of the size",
    TEMP_DISK: "a size with a local temp disk only resizes to one with a temp disk, and without to without",
    GENERATION: "the size does not support the VM's Hyper-V generation",
    DISK_CONTROLLER: "the size needs a disk controller the VM does not have (NVMe / SCSI), or the VM is Trusted Launch",
    ACCELERATED_NETWORKING: "the size does not support Accelerated Networking",
    PREMIUM_IO: "the VM has premium disks and the size has no premium storage",
    DATA_DISKS: "the VM has more data disks than the size allows",
    NICS: "the VM has more NICs than the size allows",
    RESTRICTED: "the size is restricted or not offered in the VM's region or zone",
    CAPACITY: "fewer vCPUs or less memory than the current size",
    QUOTA: "not enough family or regional vCPU quota left",
    SIZE_UNKNOWN: "the size is in neither the size catalog nor the inventory's Resource SKUs",
}

PREMIUM_PREFIXES = ("premium", "ultrassd")
# Local NVMe sizes are compared with a 2% allowance: the size pages mix TB, TiB and GiB for the same disks.
NVME_ALLOWANCE = 0.98
NO_RESERVATIONS: Mapping[str, frozenset[str]] = {}


class Profile(NamedTuple):
    """Everything about a VM that the per-size constraints read; VMs with equal profiles get equal rankings.

    A named tuple: it is a dictionary key on the hot path, and tuples hash and compare in C.
    """

    size: str
    location: str
    zone: str | None
    generation: str  # V1 / V2 (unknown is treated as V1: a Gen1 VM on a V2-only size is refused by Azure)
    nvme: bool  # the VM boots with the NVMe controller
    trusted_launch: bool
    premium: bool
    data_disks: int
    nics: int
    allow_smaller: bool
    write_accelerator_disks: int = 0  # disks with writeAcceleratorEnabled
    ultra_ssd: bool = False  # additionalCapabilities.ultraSSDEnabled
    capacity_group: str = ""  # the case-folded capacity reservation group id ("": none)
    spot: bool = False  # draws on the regional Spot quota (quota only; no size constraint reads it)


def profile_of(vm: VirtualMachine, *, allow_smaller: bool) -> Profile:
    disks = [vm.os_disk, *vm.data_disks] if vm.os_disk else list(vm.data_disks)
    premium = any(d.storage_type and d.storage_type.lower().startswith(PREMIUM_PREFIXES) for d in disks if d)
    return Profile(
        size=vm.size.lower(),
        location=vm.location.lower(),
        zone=vm.zones[0] if vm.zones else None,
        generation=(vm.hyper_v_generation or "V1").upper(),
        nvme=(vm.disk_controller or "").lower() == "nvme",
        trusted_launch=(vm.security_type or "").lower() == "trustedlaunch",
        premium=premium,
        data_disks=len(vm.data_disks),
        nics=max(1, len(vm.nics)),
        allow_smaller=allow_smaller,
        write_accelerator_disks=sum(1 for d in disks if d.write_accelerator),
        ultra_ssd=vm.ultra_ssd_enabled is True,
        capacity_group=(vm.capacity_reservation_group_id or "").lower(),
        spot=vm.spot,
    )


def nvme_only(info: SizeInfo) -> bool:
    # DOMAIN.md: the v6 size pages are NVMe-only unless the data lists SCSI as well.
    return info.nvme_only or (_version(info.name) >= 6 and "SCSI" not in info.disk_controllers)


def supports_nvme(info: SizeInfo) -> bool:
    return "NVMe" in info.disk_controllers or _version(info.name) >= 6


def _version(name: str) -> int:
    return _shape(name)[2]


def check(
    profile: Profile,
    current: SizeInfo,
    target: SizeInfo,
    catalog: Catalog,
    reservations: Mapping[str, frozenset[str]] = NO_RESERVATIONS,
) -> str | None:
    """The first hard constraint `target` violates for a VM of `profile` now on `current`, or None.

    `reservations`: capacity reservation group key -> the case-folded sizes it reserves, for groups loaded whole."""
    return _check_size(profile, current, target, catalog) or _check_placement(
        profile, target, catalog, reservations
    )


def accelerators_differ(current: SizeInfo, target: SizeInfo) -> bool:
    """GPUs/FPGAs: the same model and at least as many; RDMA (InfiniBand) only to RDMA; without either, only to
    sizes without (DOMAIN.md "Added rules", Accelerators)."""
    if current.has_accelerator or target.has_accelerator:
        if not (current.has_accelerator and target.has_accelerator):
            return True
        if current.gpu_model is None or target.gpu_model is None:
            return True  # a model no source names cannot be shown to be the same
        if current.gpu_model.casefold() != target.gpu_model.casefold() or target.gpu_count < current.gpu_count:
            return True
    return bool(current.infiniband) != bool(target.infiniband)


def _check_size(profile: Profile, current: SizeInfo, target: SizeInfo, catalog: Catalog) -> str | None:
    """The constraints that depend only on the sizes and the VM's generation, controller and disks' tier."""
    if not catalog.is_supported(target.name):
        return UNSUPPORTED_SERIES
    if (current.confidential != "none") != (target.confidential != "none"):
        return CONFIDENTIAL
    if current.cpu_arch.lower() != target.cpu_arch.lower():
        return ARCHITECTURE
    if (current.has_accelerator or target.has_accelerator or current.infiniband or target.infiniband) and (
        accelerators_differ(current, target)
    ):
        return ACCELERATOR
    if current.has_temp_disk != target.has_temp_disk:
        return TEMP_DISK
    if target.local_nvme_gib < current.local_nvme_gib * NVME_ALLOWANCE:
        return LOCAL_NVME
    if target.hyperv_generations and profile.generation not in target.hyperv_generations:
        return GENERATION
    if profile.nvme:
        if not supports_nvme(target):
            return DISK_CONTROLLER
    elif nvme_only(target):  # SCSI VMs, Trusted Launch ones included, cannot move to NVMe-only sizes
        return DISK_CONTROLLER
    if target.accelerated_networking is False:
        return ACCELERATED_NETWORKING
    if profile.premium and target.premium_io is False:
        return PREMIUM_IO
    if profile.write_accelerator_disks and (target.max_write_accelerator_disks or 0) < profile.write_accelerator_disks:
        return WRITE_ACCELERATOR
    if not profile.allow_smaller and (target.vcpus < current.vcpus or target.memory_gib < current.memory_gib):
        return CAPACITY
    return None


def _check_placement(
    profile: Profile, target: SizeInfo, catalog: Catalog, reservations: Mapping[str, frozenset[str]]
) -> str | None:
    """The constraints that depend on the VM's disk and NIC counts, its region and zone, and its reservations."""
    if target.max_data_disks is not None and profile.data_disks > target.max_data_disks:
        return DATA_DISKS
    if target.max_nics is not None and profile.nics > target.max_nics:
        return NICS
    if catalog.restriction(target.name, profile.location, profile.zone):
        return RESTRICTED
    # Without Resource SKUs data for the region Ultra support is unknown: refused rather than guessed.
    if profile.ultra_ssd and catalog.ultra_ssd(target.name, profile.location, profile.zone) is not True:
        return ULTRA_SSD
    if profile.capacity_group:
        reserved = reservations.get(profile.capacity_group)
        if reserved is not None and target.name.lower() not in reserved:
            return CAPACITY_RESERVATION
    return None


@cache
def _shape(name: str) -> tuple[str, frozenset[str], int]:
    """Family, the feature letters that matter to a workload (AMD, low memory, premium, Arm), and version.

    `d` (temp disk) is left out: whether a size has a temp disk is a hard constraint, judged on the size's facts.
    """
    parsed = parse_size_name(name)
    if parsed is None:
        return ("", frozenset(), 1)
    return (parsed.family, frozenset(parsed.features & {"a", "l", "s", "p"}), parsed.version)


def rank_key(current: SizeInfo, target: SizeInfo, preferred: Sequence[str]) -> tuple[object, ...]:
    """DOMAIN.md ranking: same vCPU and memory, same letters, newest generation, then the operator's order.

    A different family (D -> L) counts as one letter of difference. When no candidate has the same shape, the
    smallest that fits comes before a newer generation: a resize should not double a VM's cost to gain a version.
    """
    cur_family, cur_letters, _ = _shape(current.name)
    family, letters, version = _shape(target.name)
    same_shape = target.vcpus == current.vcpus and target.memory_gib == current.memory_gib
    distance = len(cur_letters ^ letters) + (family != cur_family)
    lowered = [p.lower() for p in preferred]
    pref = lowered.index(target.name.lower()) if target.name.lower() in lowered else len(lowered)
    return (
        not same_shape,
        distance,
        target.vcpus,
        target.memory_gib,
        -version,
        pref,
        target.name.lower(),
    )


@dataclass(frozen=True, slots=True)
class Rejection:
    size: str
    code: str


@dataclass(slots=True)
class Ranking:
    """The outcome for one profile: valid targets best first, and the candidates shown as rejected."""

    valid: list[SizeInfo] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    rejected_counts: dict[str, int] = field(default_factory=dict)  # every candidate that lost, by code
    quota_rejections: list[Rejection] = field(default_factory=list)  # valid[i] refused for quota, shared
    # valid[i]'s vCPUs and case-folded quota family, for the quota search (`QuotaLedger.first_fit`)
    quota_keys: list[tuple[int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.quota_rejections = [Rejection(t.name, QUOTA) for t in self.valid]
        self.quota_keys = [(t.vcpus, family_key(t)) for t in self.valid]


@dataclass(slots=True)
class _Shape:
    """The size-only outcome shared by every profile of one shape."""

    valid: list[SizeInfo]
    shown: list[tuple[tuple[object, ...], Rejection]]
    keys: dict[str, tuple[object, ...]]
    counts: dict[str, int]


# Rejected candidates named per VM, best-ranked first (the rest are counted by code in `rejected_counts`).
REJECTIONS_KEPT = 12


class Proposer:
    """Ranks candidate sizes per profile, caching each profile's ranking.

    Two levels, because estates have few size shapes but many placements: the size-only constraints and the
    ordering are worked out once per *shape* (size, generation, controller, disk tier); each profile then only
    filters that list by its disk and NIC counts, region and zone.
    """

    def __init__(
        self,
        catalog: Catalog,
        preferred: Sequence[str] = (),
        reservations: Mapping[str, frozenset[str]] = NO_RESERVATIONS,
    ) -> None:
        self.catalog = catalog
        self.preferred = tuple(preferred)
        self.reservations = reservations
        # A size whose facts were only read from its name is never proposed (issue 9, item 11).
        self._candidates = [s for s in catalog.sizes() if catalog.is_supported(s.name) and not s.estimated]
        self._cache: dict[Profile, Ranking] = {}
        self._shapes: dict[Profile, _Shape] = {}

    def _by_shape(self, profile: Profile) -> _Shape:
        shape = profile._replace(
            location="", zone=None, data_disks=0, nics=1, ultra_ssd=False, capacity_group="", spot=False
        )
        hit = self._shapes.get(shape)
        if hit is not None:
            return hit
        current = self.catalog.size(profile.size)
        valid: list[SizeInfo] = []
        shown: list[tuple[tuple[object, ...], Rejection]] = []
        keys: dict[str, tuple[object, ...]] = {}
        counts: dict[str, int] = {}
        for target in self._candidates:
            if target.name.lower() == profile.size:
                continue
            code = _check_size(shape, current, target, self.catalog)
            rk = keys[target.name] = rank_key(current, target, self.preferred)
            if code is None:
                valid.append(target)
                continue
            counts[code] = counts.get(code, 0) + 1
            if _worth_showing(current, target):
                shown.append((rk, Rejection(target.name, code)))
        valid.sort(key=lambda t: keys[t.name])
        hit = self._shapes[shape] = _Shape(valid, shown, keys, counts)
        return hit

    def ranking(self, profile: Profile) -> Ranking:
        cached = self._cache.get(profile)
        if cached is not None:
            return cached
        base = self._by_shape(profile)
        current = self.catalog.size(profile.size)
        valid: list[SizeInfo] = []
        shown = list(base.shown)
        counts = dict(base.counts)
        for target in base.valid:
            code = _check_placement(profile, target, self.catalog, self.reservations)
            if code is None:
                valid.append(target)
                continue
            counts[code] = counts.get(code, 0) + 1
            if _worth_showing(current, target):
                shown.append((base.keys[target.name], Rejection(target.name, code)))
        shown.sort(key=lambda pair: pair[0])
        ranking = Ranking(valid, [r for _, r in shown][:REJECTIONS_KEPT], dict(sorted(counts.items())))
        self._cache[profile] = ranking
        return ranking

    def judge_pin(self, profile: Profile, size: str) -> str | None:
        """Why a pinned size is refused for a VM of this profile, or None when it passes every hard constraint."""
        target = self.catalog.size(size)
        if target.estimated:
            return SIZE_UNKNOWN
        return check(profile, self.catalog.size(profile.size), target, self.catalog, self.reservations)


def _worth_showing(current: SizeInfo, target: SizeInfo) -> bool:
    # Listing every one of hundreds of sizes for every VM would drown the reader (and a 100k-VM report): show the
    # candidates an operator would consider, those of the VM's vCPU count, and every candidate of its series.
    return target.vcpus == current.vcpus or target.series.lower() == current.series.lower()
