"""Size proposals: which supported sizes a VM may move to, the best one, and why every other candidate lost.

The hard constraints are DOMAIN.md's "Resizing" rules; each violated one is a refusal Azure would give, named by a
stable rejection code. Candidates are judged per *profile* (everything about a VM that the constraints read), so an
estate of 100,000 VMs with a few hundred distinct profiles ranks each profile once. Quota is the only constraint that
depends on other VMs: `QuotaLedger` hands out vCPUs in a deterministic VM order, so the same inputs always give the
same proposals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from planner.model import Usage, VirtualMachine
from sku_catalog import Catalog, SizeInfo
from sku_catalog.names import parse_size_name

# Rejection codes, in the order the constraints are checked (the first one violated is reported).
UNSUPPORTED_SERIES = "unsupported-series"
CONFIDENTIAL = "confidential"
ARCHITECTURE = "architecture"
TEMP_DISK = "temp-disk"
GENERATION = "generation"
DISK_CONTROLLER = "disk-controller"
ACCELERATED_NETWORKING = "accelerated-networking"
PREMIUM_IO = "premium-io"
CAPACITY = "capacity"
DATA_DISKS = "data-disks"
NICS = "nics"
RESTRICTED = "restricted"
QUOTA = "quota"

REJECTION_MESSAGES = {
    UNSUPPORTED_SERIES: "the size's series does not support VNet encryption",
    CONFIDENTIAL: "confidential and non-confidential sizes cannot be swapped",
    ARCHITECTURE: "CPU architecture differs (x64 / Arm64)",
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
}

PREMIUM_PREFIXES = ("premium", "ultrassd")


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
    )


def nvme_only(info: SizeInfo) -> bool:
    # DOMAIN.md: the v6 size pages are NVMe-only unless the data lists SCSI as well.
    return info.nvme_only or (_version(info.name) >= 6 and "SCSI" not in info.disk_controllers)


def supports_nvme(info: SizeInfo) -> bool:
    return "NVMe" in info.disk_controllers or _version(info.name) >= 6


def _version(name: str) -> int:
    return _shape(name)[2]


def check(profile: Profile, current: SizeInfo, target: SizeInfo, catalog: Catalog) -> str | None:
    """The first hard constraint `target` violates for a VM of `profile` now on `current`, or None."""
    return _check_size(profile, current, target, catalog) or _check_placement(profile, target, catalog)


def _check_size(profile: Profile, current: SizeInfo, target: SizeInfo, catalog: Catalog) -> str | None:
    """The constraints that depend only on the sizes and the VM's generation, controller and disks' tier."""
    if not catalog.is_supported(target.name):
        return UNSUPPORTED_SERIES
    if (current.confidential != "none") != (target.confidential != "none"):
        return CONFIDENTIAL
    if current.cpu_arch.lower() != target.cpu_arch.lower():
        return ARCHITECTURE
    if current.has_temp_disk != target.has_temp_disk:
        return TEMP_DISK
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
    if not profile.allow_smaller and (target.vcpus < current.vcpus or target.memory_gib < current.memory_gib):
        return CAPACITY
    return None


def _check_placement(profile: Profile, target: SizeInfo, catalog: Catalog) -> str | None:
    """The constraints that depend on the VM's disk and NIC counts and its region and zone."""
    if target.max_data_disks is not None and profile.data_disks > target.max_data_disks:
        return DATA_DISKS
    if target.max_nics is not None and profile.nics > target.max_nics:
        return NICS
    if catalog.restriction(target.name, profile.location, profile.zone):
        return RESTRICTED
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
        self.quota_keys = [(t.vcpus, _family(t)) for t in self.valid]


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

    def __init__(self, catalog: Catalog, preferred: Sequence[str] = ()) -> None:
        self.catalog = catalog
        self.preferred = tuple(preferred)
        self._candidates = [s for s in catalog.sizes() if catalog.is_supported(s.name)]
        self._cache: dict[Profile, Ranking] = {}
        self._shapes: dict[Profile, _Shape] = {}

    def _by_shape(self, profile: Profile) -> _Shape:
        shape = Profile(
            profile.size,
            "",
            None,
            profile.generation,
            profile.nvme,
            profile.trusted_launch,
            profile.premium,
            0,
            1,
            profile.allow_smaller,
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
            code = _check_placement(profile, target, self.catalog)
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
        return check(profile, self.catalog.size(profile.size), self.catalog.size(size), self.catalog)


def _worth_showing(current: SizeInfo, target: SizeInfo) -> bool:
    # Listing every one of hundreds of sizes for every VM would drown the reader (and a 100k-VM report): show the
    # candidates an operator would consider, those of the VM's vCPU count, and every candidate of its series.
    return target.vcpus == current.vcpus or target.series.lower() == current.series.lower()


class QuotaLedger:
    """vCPU quota left per (subscription, region, family) and per region (`cores`), consumed as targets are chosen.

    Quota is per subscription; a usage list loaded without a subscription applies to every subscription in its
    region. A family or region with no usage row is not limited (analysis notes that quota was not checked there).
    """

    def __init__(self, usages: Iterable[Usage]) -> None:
        # (subscription, region) -> quota name (`cores` or a family, case-folded) -> vCPUs left
        self.left: dict[tuple[str, str], dict[str, int]] = {}
        self.regions: set[str] = set()
        self._unscoped: dict[str, dict[str, int]] = {}  # region -> rows of usage lists naming no subscription
        for u in usages:
            sub, loc = (u.subscription or "").lower(), u.location.lower()
            rows = self.left.setdefault((sub, loc), {}) if sub else self._unscoped.setdefault(loc, {})
            rows[u.name.lower()] = u.limit - u.current
            self.regions.add(loc)
        self._scope_cache: dict[tuple[str, str], tuple[str, str]] = {}

    def scope(self, subscription: str, location: str) -> tuple[str, str]:
        """The (subscription, region) whose quota governs a VM. A usage list that names no subscription applies to
        every subscription in its region, each with its own headroom (quota is per subscription): its rows are
        copied for each subscription that draws on them. A region without rows is not limited."""
        k = (subscription.lower(), location.lower())
        hit = self._scope_cache.get(k)
        if hit is None:
            if k in self.left:
                hit = k
            elif k[1] in self._unscoped:
                self.left[k] = dict(self._unscoped[k[1]])
                hit = k
            else:
                hit = ("", k[1])
            self._scope_cache[k] = hit
        return hit

    def knows(self, location: str) -> bool:
        return location.lower() in self.regions

    def fits(self, scope: tuple[str, str], current: SizeInfo, target: SizeInfo) -> bool:
        # Asked for every candidate tried against quota (tens of thousands per re-analysis): kept lean.
        left = self.left.get(scope)
        if left is None:
            return True
        delta = target.vcpus - current.vcpus
        if delta > 0:
            cores = left.get("cores")
            if cores is not None and cores < delta:
                return False
        fam = _FAMILY_KEYS.get(target.name) or _family(target)
        if fam:
            room = left.get(fam)
            if room is not None:
                need = delta if fam == _family(current) else target.vcpus
                if need > 0 and room < need:
                    return False
        return True

    def first_fit(self, scope: tuple[str, str], current: SizeInfo, ranking: Ranking, start: int) -> int:
        """The index of the first of `ranking.valid[start:]` that fits the quota left (`fits`, for a whole
        ranking at once: the hottest loop of re-analysis); len(valid) when none does."""
        keys = ranking.quota_keys
        left = self.left.get(scope)
        if left is None:
            return start if start < len(keys) else len(keys)
        cores = left.get("cores")
        own_family = _family(current)
        have = current.vcpus
        for index in range(start, len(keys)):
            vcpus, fam = keys[index]
            delta = vcpus - have
            if delta > 0 and cores is not None and cores < delta:
                continue
            if fam:
                room = left.get(fam)
                if room is not None:
                    need = delta if fam == own_family else vcpus
                    if need > 0 and room < need:
                        continue
            return index
        return len(keys)

    def draw(self, scope: tuple[str, str], current: SizeInfo, target: SizeInfo) -> dict[str, int]:
        """What moving from `current` to `target` takes from the scope's quotas (a smaller size of the same family
        gives vCPUs back to it): quota name -> vCPUs. Quotas the scope has no row for are not counted."""
        left = self.left.get(scope)
        if left is None:
            return {}
        out: dict[str, int] = {}
        delta = target.vcpus - current.vcpus
        if delta > 0 and "cores" in left:
            out["cores"] = delta
        fam = _family(target)
        if fam and fam in left:
            out[fam] = delta if fam == _family(current) else target.vcpus
        return out

    def take(self, scope: tuple[str, str], current: SizeInfo, target: SizeInfo) -> None:
        left = self.left.get(scope)
        for name, n in self.draw(scope, current, target).items():
            left[name] -= n  # type: ignore[index]  # draw is empty when the scope has no rows


_FAMILY_KEYS: dict[str, str] = {}


def _family(info: SizeInfo) -> str:
    """The case-folded quota family of a size (asked for every candidate tried against quota)."""
    fam = _FAMILY_KEYS.get(info.name)
    if fam is None:
        fam = _FAMILY_KEYS[info.name] = (info.family_quota_name or "").lower()
    return fam
