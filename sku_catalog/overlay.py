"""The Resource SKUs overlay: a size's facts updated with the capabilities a live `virtualMachines` SKU row
carries (`planner.model.ResourceSku`), for one location; what the row lacks keeps the base (CSV or estimated) value.
A row without any capability (old API versions return such rows) says where a size is offered, not what it is: it
leaves the facts as they are.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from planner.model import ResourceSku

from .estimate import estimate_size
from .facts import _CONFIDENTIAL_KINDS, SizeInfo, _location_key
from .shipped_data import _split_list

_T = TypeVar("_T")


def _overlay(base: SizeInfo | None, sku: ResourceSku) -> SizeInfo:
    """`base` (CSV facts, or None) with every capability the SKU row carries; missing ones keep `base`."""
    origin = f"resource-skus:{_location_key(sku.location)}"
    if not sku.capabilities:
        return _without_capabilities(base, sku, origin)
    caps = {k.casefold(): v for k, v in sku.capabilities.items()}
    start = base
    if start is None:
        guess = estimate_size(sku.name)
        has_core = "vcpus" in caps and "memorygb" in caps
        start = replace(
            guess,
            name=sku.name.strip(),
            max_data_disks=None,
            max_nics=None,
            premium_io=None,
            accelerated_networking=None,
            hyperv_generations=(),
            disk_controllers=(),
            source=origin if has_core else f"{origin}; parsed from name",
            estimated=not has_core,
            # A Resource SKUs row lists the capabilities a size has: one it does not list, it lacks.
            local_nvme_gib=0.0,
            gpu_count=0.0,
            infiniband=False,
            max_write_accelerator_disks=0,
        )
    elif origin not in start.source:
        start = replace(start, source=f"{start.source}; {origin}")
    return replace(
        start,
        vcpus=_or(_cap_int(caps, "vcpus"), start.vcpus),
        memory_gib=_cap_float(caps, "memorygb", start.memory_gib),
        temp_disk_gib=_temp_disk(caps, start.temp_disk_gib),
        max_data_disks=_or(_cap_int(caps, "maxdatadiskcount"), start.max_data_disks),
        max_nics=_or(_cap_int(caps, "maxnetworkinterfaces"), start.max_nics),
        premium_io=_cap_bool(caps, "premiumio", start.premium_io),
        accelerated_networking=_cap_bool(caps, "acceleratednetworkingenabled", start.accelerated_networking),
        hyperv_generations=_cap_list(caps, "hypervgenerations", start.hyperv_generations),
        disk_controllers=_cap_list(caps, "diskcontrollertypes", start.disk_controllers),
        cpu_arch=caps.get("cpuarchitecturetype", "").strip() or start.cpu_arch,
        confidential=_confidential(caps, start.confidential),
        family_quota_name=(sku.family or "").strip() or start.family_quota_name,
        local_nvme_gib=_nvme(caps, start.local_nvme_gib),
        # The size pages count partitioned GPUs in fractions (NVv4 1/8) where Resource SKUs round them to whole
        # GPUs: a count the pages give is kept.
        gpu_count=start.gpu_count or _cap_float(caps, "gpus", 0.0),
        infiniband=_cap_bool(caps, "rdmaenabled", start.infiniband),
        max_write_accelerator_disks=_or(
            _cap_int(caps, "maxwriteacceleratordisksallowed"), start.max_write_accelerator_disks
        ),
    )


def _without_capabilities(base: SizeInfo | None, sku: ResourceSku, origin: str) -> SizeInfo:
    """The facts of a size whose row lists no capabilities: the catalog's (or the estimate from its name), never
    zeros or "not supported" for what the row does not say; only a quota family the row names is taken."""
    start = base if base is not None else estimate_size(sku.name)
    family = (sku.family or "").strip()
    if not family or family == start.family_quota_name:
        return start
    return replace(start, family_quota_name=family, source=f"{start.source}; family from {origin}")


def _cap_int(caps: dict[str, str], key: str) -> int | None:
    try:
        return int(float(caps[key]))
    except (KeyError, ValueError):
        return None


def _or(value: int | None, default: _T) -> int | _T:
    return value if value is not None else default


def _cap_float(caps: dict[str, str], key: str, default: float) -> float:
    try:
        return float(caps[key])
    except (KeyError, ValueError):
        return default


def _temp_disk(caps: dict[str, str], default: float) -> float:
    try:
        return float(caps["maxresourcevolumemb"]) / 1024
    except (KeyError, ValueError):
        return default


def _nvme(caps: dict[str, str], default: float) -> float:
    # `NvmeDiskSizeInMiB` (some clients spell it NVMeDiskSizeInMiB; capabilities compare case-folded here).
    try:
        return float(caps["nvmedisksizeinmib"]) / 1024
    except (KeyError, ValueError):
        return default


def _cap_bool(caps: dict[str, str], key: str, default: bool | None) -> bool | None:
    folded = caps.get(key, "").strip().casefold()
    if folded in ("true", "false"):
        return folded == "true"
    return default


def _cap_list(caps: dict[str, str], key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    values = _split_list(caps.get(key, ""))
    return values or default


def _confidential(caps: dict[str, str], default: str) -> str:
    raw = caps.get("confidentialcomputingtype", "").strip()
    if not raw:
        return default
    for kind in _CONFIDENTIAL_KINDS:
        if raw.casefold() == kind.casefold():
            return kind
    return raw
