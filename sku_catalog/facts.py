"""The catalog's value types: `SizeInfo` (what is known about one VM size) and a supported-series list
(`SupportList` of `SeriesEntry` and family-wide `SeriesRule`), plus how size names and locations compare.

Plain frozen dataclasses shared by the shipped data (`shipped_data`), the name-based estimates (`estimate`), the
Resource SKUs overlay (`overlay`) and `Catalog`; `catalog` re-exports the public ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from .names import ParsedName

_CONFIDENTIAL_KINDS = ("none", "SGX", "SNP", "TDX")


@dataclass(frozen=True, slots=True)
class SizeInfo:
    """What is known about one VM size. Optional fields are None where no source says."""

    name: str  # canonical casing from the data; lookups are case-insensitive
    series: str
    vcpus: int
    memory_gib: float
    temp_disk_gib: float  # 0 = no local temp disk
    max_data_disks: int | None
    max_nics: int | None
    premium_io: bool | None
    accelerated_networking: bool | None
    hyperv_generations: tuple[str, ...]  # ("V1", "V2"); () = unknown
    disk_controllers: tuple[str, ...]  # () = unknown/SCSI per data; ("NVMe",) NVMe-only; ("SCSI", "NVMe")
    cpu_arch: str  # x64 / Arm64
    confidential: str  # none / SGX / SNP / TDX
    family_quota_name: str | None  # Resource SKUs `family` when known, else derived from the name
    source: str  # the page(s) the facts came from, "resource-skus:<location>" or "parsed from name"
    estimated: bool  # True when the facts were guessed from the name alone
    # Local NVMe disks, kept apart from the SCSI temp (resource) disk: Azure reports `NvmeDiskSizeInMiB` and
    # `MaxResourceVolumeMB` separately, and v6 "d" sizes have the first but not the second.
    local_nvme_gib: float = 0.0
    gpu_model: str | None = None  # GPU or FPGA model as the size page names it; None: no accelerator, or unknown
    gpu_count: float = 0.0  # accelerators per VM; fractions for partitioned GPUs (NVv4: 1/8)
    infiniband: bool | None = False  # an RDMA (InfiniBand) backend network; None: unknown
    max_write_accelerator_disks: int | None = 0  # None: unknown (an M-series size the Write Accelerator page omits)

    @property
    def has_temp_disk(self) -> bool:
        return self.temp_disk_gib > 0

    @property
    def has_local_nvme(self) -> bool:
        return self.local_nvme_gib > 0

    @property
    def has_accelerator(self) -> bool:
        return self.gpu_count > 0

    @property
    def nvme_only(self) -> bool:
        return self.disk_controllers == ("NVMe",)


@dataclass(frozen=True, slots=True)
class SeriesEntry:
    """One supported series with the document that states it."""

    series: str
    source: str  # the full note: document and the words in it that admit the series
    max_vcpus: int | None = None  # the entry names only the smaller sizes of the series (Msv3 Medium Memory)

    def admits(self, info: SizeInfo) -> bool:
        return self.max_vcpus is None or info.vcpus <= self.max_vcpus


@dataclass(frozen=True, slots=True)
class SeriesRule:
    """A family-wide statement such as "all v5 and newer D- and E-series" (confidential families excluded)."""

    families: tuple[str, ...]
    min_version: int
    source: str

    def admits(self, parsed: ParsedName) -> bool:
        return (
            parsed.family in self.families
            and parsed.explicit_version
            and parsed.version >= self.min_version
            and "C" not in parsed.features
        )


@dataclass(frozen=True, slots=True)
class SupportList:
    name: str
    entries: tuple[SeriesEntry, ...]
    rules: tuple[SeriesRule, ...] = ()

    def entry_for(self, series: str) -> SeriesEntry | None:
        folded = series.casefold()
        for entry in self.entries:
            if entry.series.casefold() == folded:
                return entry
        return None


def _size_key(name: str) -> str:
    """Sizes compare case-insensitively; a bare `D4s_v5` means `Standard_D4s_v5`."""
    folded = name.strip().casefold()
    if not folded.startswith(("standard_", "basic_")):
        folded = "standard_" + folded
    return folded


def _location_key(location: str) -> str:
    return location.replace(" ", "").casefold()
