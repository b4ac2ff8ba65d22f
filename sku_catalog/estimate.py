"""Best-effort facts about a VM size from its name alone, for sizes neither the shipped data nor the Resource
SKUs rows know; every one is flagged `estimated`.

Owns the rules of thumb (memory per vCPU by family, temp disk, generations, confidential kind...);
`estimate_size` is re-exported by `catalog` and the package.
"""

from __future__ import annotations

from .facts import SizeInfo
from .names import ParsedName, parse_size_name, quota_family_name


def estimate_size(name: str) -> SizeInfo:
    """Best-effort facts from the name alone, every one flagged `estimated=True`.

    vCPUs from the name; memory from the family's GiB per vCPU (D 4, E 8, F 2; `l` 2, `m` more); a temp
    disk iff `d` (a local NVMe disk instead for v6 and newer), and for the older lines that always had one (pre-v4 sizes, Dav4/Eav4, Mv2); premium iff `s`;
    Arm64 iff `p`; confidential for DC/EC (SGX before v5, then TDX for `e`, SNP otherwise); accelerated
    networking True for v4+ (False for confidential v5+, as the size pages list it); Gen2-only for v6+, Arm64,
    confidential and M v2+, Gen1-only for pre-v4 sizes without `s`; NVMe-only for AMD (`a`) v6+ as vm-sizes.md
    notes, and L v4+; RDMA iff `r`; Write Accelerator unknown for M sizes, none otherwise. Accelerators are never guessed.
    """
    parsed = parse_size_name(name)
    if parsed is None:
        return SizeInfo(
            name=name.strip(),
            series="",
            vcpus=0,
            memory_gib=0.0,
            temp_disk_gib=0.0,
            max_data_disks=None,
            max_nics=None,
            premium_io=None,
            accelerated_networking=None,
            hyperv_generations=(),
            disk_controllers=(),
            cpu_arch="x64",
            confidential="none",
            family_quota_name=None,
            source="unparsable size name",
            estimated=True,
        )
    f = parsed.features
    confidential = _estimated_confidential(parsed)
    local = parsed.vcpus * _TEMP_GIB_PER_VCPU if _estimated_temp_disk(parsed) else 0.0
    # v6 "d" sizes have local NVMe disks instead of a SCSI temp disk (ACD converting-scsi-to-nvme-storage.md).
    nvme_local = parsed.version >= 6 and parsed.explicit_version
    return SizeInfo(
        name=parsed.name,
        series=parsed.series,
        vcpus=parsed.vcpus,
        memory_gib=round(parsed.vcpus * _gib_per_vcpu(parsed), 2),
        temp_disk_gib=0.0 if nvme_local else local,
        max_data_disks=None,
        max_nics=None,
        premium_io="s" in f,
        accelerated_networking=_estimated_an(parsed, confidential),
        hyperv_generations=_estimated_generations(parsed, confidential),
        disk_controllers=("NVMe",) if _nvme_only(parsed) else (),
        cpu_arch="Arm64" if "p" in f or _grace(parsed) else "x64",
        confidential=confidential,
        family_quota_name=quota_family_name(parsed.name),
        source="parsed from name",
        estimated=True,
        local_nvme_gib=local if nvme_local else 0.0,
        infiniband="r" in f,
        max_write_accelerator_disks=None if parsed.family == "M" else 0,
    )


# Ddsv5 has 37.5 GiB of temp disk per vCPU; only presence matters to the planner, the amount is a guess.
_TEMP_GIB_PER_VCPU = 37.5
_GIB_PER_VCPU = {"D": 4.0, "DC": 4.0, "E": 8.0, "EC": 8.0, "F": 2.0, "B": 4.0, "A": 2.0, "L": 8.0, "M": 14.0}


def _gib_per_vcpu(parsed: ParsedName) -> float:
    base = _GIB_PER_VCPU.get(parsed.family, 8.0 if parsed.family.startswith("N") else 4.0)
    if "m" in parsed.features and parsed.family != "B":
        return base * 2 if parsed.family == "M" else max(base, 8.0)
    if "l" in parsed.features and parsed.family != "M":
        return 2.0
    return base


def _estimated_temp_disk(parsed: ParsedName) -> bool:
    if "d" in parsed.features:
        return True
    if parsed.family in ("HB", "HC", "HX"):
        return True  # every HPC size page lists a temp disk
    if parsed.family == "L" and parsed.version >= 4:
        return False  # L v4 and newer: local NVMe disks only (lsv4-series.md: "no SCSI local temp disk")
    # Before v4 every size had a temp disk, bar the B v2 and M v2/v3 medium-memory lines; Dav4/Eav4 kept one.
    if parsed.family in ("B", "M") and parsed.explicit_version:
        return parsed.series == "Mv2"
    return parsed.version < 4 or (parsed.version == 4 and "a" in parsed.features)


def _nvme_only(parsed: ParsedName) -> bool:
    # AMD v6 (vm-sizes.md) and L v4+ (lsv4-series.md: "only work on OS images that support NVMe").
    v = parsed.version if parsed.explicit_version else 0
    return (v >= 6 and "a" in parsed.features) or (parsed.family == "L" and v >= 4)


def _grace(parsed: ParsedName) -> bool:
    # GB200/GB300 sizes pair Blackwell GPUs with an Nvidia Grace (Arm) CPU (nd-gb200-v6-series-specs.md).
    return (parsed.accelerator or "").startswith("GB")


def _estimated_confidential(parsed: ParsedName) -> str:
    if "C" not in parsed.features:
        return "none"
    if parsed.family in ("DC", "EC") and parsed.version < 5:
        return "SGX"
    return "TDX" if "e" in parsed.features else "SNP"


def _estimated_an(parsed: ParsedName, confidential: str) -> bool | None:
    if parsed.version < 4:
        return None
    return confidential == "none" or parsed.version < 5


def _estimated_generations(parsed: ParsedName, confidential: str) -> tuple[str, ...]:
    gen2_only = (
        parsed.version >= 6
        or (parsed.family == "L" and parsed.version >= 4)
        or "p" in parsed.features
        or confidential != "none"
        or (parsed.family == "M" and parsed.version >= 2)
    )
    if gen2_only:
        return ("V2",)
    if parsed.version < 4 and "s" not in parsed.features:
        return ("V1",)
    return ("V1", "V2")
