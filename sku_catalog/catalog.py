"""The size catalog: facts about every VM size, which sizes VNet encryption supports, where a size is offered.

Owns `SizeInfo` and `Catalog` and how they are built: the shipped `vm-sizes.csv` (Microsoft's size
pages), overlaid by live Resource SKUs rows (`planner.model.ResourceSku`) when the inventory has them, plus
best-effort facts guessed from the name for sizes neither source knows (flagged `estimated`). The
supported-series lists come from `supported_series.toml`. Data files are read with importlib.resources, so
the package works from a wheel.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from planner.model import ResourceSku

from .names import ParsedName, parse_size_name, quota_family_name

_T = TypeVar("_T")
SERIES_LISTS = ("baseline", "extended")
_CSV_FILE = "vm-sizes.csv"
_SERIES_FILE = "supported_series.toml"
_CSV_COLUMNS = (
    "name",
    "series",
    "family_quota_name",
    "vcpus",
    "memory_gib",
    "temp_disk_gib",
    "max_data_disks",
    "max_nics",
    "premium_io",
    "accelerated_networking",
    "hyperv_generations",
    "disk_controllers",
    "cpu_arch",
    "confidential",
    "source",
)
_CONFIDENTIAL_KINDS = ("none", "SGX", "SNP", "TDX")


class CatalogDataError(ValueError):
    """A shipped catalog data file is malformed; the message names the file and line."""


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

    @property
    def has_temp_disk(self) -> bool:
        return self.temp_disk_gib > 0

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


@dataclass(slots=True, repr=False)
class Catalog:
    """Size facts, the selected supported-series list and per-location SKU availability."""

    series_list: str
    _sizes: dict[str, SizeInfo]
    _support: SupportList
    _skus: dict[str, dict[str, ResourceSku]] = field(default_factory=dict)  # location -> size key -> row
    # Planning asks the same questions for every candidate of every VM: answer each name once.
    _estimates: dict[str, SizeInfo] = field(default_factory=dict)
    _support_notes: dict[str, str | None] = field(default_factory=dict)
    # Answers by the name exactly as asked: analysis asks about the same few names hundreds of thousands of times.
    _by_name: dict[str, SizeInfo] = field(default_factory=dict)
    _support_by_name: dict[str, str | None] = field(default_factory=dict)

    def size(self, name: str) -> SizeInfo:
        """Facts for a size; never raises: an unknown name gets a best-effort SizeInfo with estimated=True."""
        hit = self._by_name.get(name)
        if hit is None:
            hit = self._by_name[name] = self._size(name)
        return hit

    def _size(self, name: str) -> SizeInfo:
        k = _size_key(name)
        known = self._sizes.get(k)
        if known is not None:
            return known
        guess = self._estimates.get(k)
        if guess is None:
            guess = self._estimates[k] = estimate_size(name)
        return guess

    def known(self, name: str) -> bool:
        return _size_key(name) in self._sizes

    def is_supported(self, name: str) -> bool:
        """Whether the size's series is in the selected supported-series list."""
        return self.support_source(name) is not None

    def support_source(self, name: str) -> str | None:
        """The source note of the list entry (or family rule) that admits the size; None if none does."""
        if name in self._support_by_name:
            return self._support_by_name[name]
        note = self._support_by_name[name] = self._support_source(name)
        return note

    def _support_source(self, name: str) -> str | None:
        k = _size_key(name)
        if k not in self._support_notes:
            self._support_notes[k] = self._find_support(self.size(name))
        return self._support_notes[k]

    def _find_support(self, info: SizeInfo) -> str | None:
        if info.series:
            entry = self._support.entry_for(info.series)
            if entry is not None and entry.admits(info):
                return entry.source
        parsed = parse_size_name(info.name)
        if parsed is None:
            return None
        for rule in self._support.rules:
            if rule.admits(parsed):
                return rule.source
        return None

    def sizes(self) -> Iterable[SizeInfo]:
        """All known sizes, ordered by case-folded name."""
        return list(self._sizes.values())

    def has_sku_data(self, location: str) -> bool:
        return _location_key(location) in self._skus

    def restriction(self, name: str, location: str, zone: str | None = None) -> str | None:
        """Why the size can't be used in `location` (and `zone`); None = usable, or unknown (no SKU data)."""
        rows = self._skus.get(_location_key(location))
        if rows is None:
            return None
        sku = rows.get(_size_key(name))
        if sku is None:
            return f"not offered in {location}"
        loc = _location_key(location)
        for r in sku.restrictions:
            if r.type.casefold() == "location":
                applies = not r.locations or loc in {_location_key(x) for x in r.locations}
                if applies:
                    return f"Location restriction ({r.reason})" if r.reason else "Location restriction"
        if zone is None:
            return None
        for r in sku.restrictions:
            if r.type.casefold() == "zone" and zone in r.zones:
                return f"Zone {zone} restricted"
        if sku.zones and zone not in sku.zones:
            return f"Zone {zone} not offered in {location}"
        return None


def load_catalog(series_list: str = "baseline", skus: Sequence[ResourceSku] = ()) -> Catalog:
    """The catalog: CSV facts overlaid by Resource SKUs rows (capabilities, family, restrictions), if any."""
    if series_list not in SERIES_LISTS:
        raise ValueError(
            f"unknown supported-series list {series_list!r}: choose one of {', '.join(SERIES_LISTS)}"
        )
    sizes = dict(_csv_sizes())
    by_location: dict[str, dict[str, ResourceSku]] = {}
    for sku in sorted(skus, key=lambda s: (_location_key(s.location), _size_key(s.name))):
        loc = _location_key(sku.location)
        by_location.setdefault(loc, {})[_size_key(sku.name)] = sku
        sizes[_size_key(sku.name)] = _overlay(sizes.get(_size_key(sku.name)), sku)
    ordered = {k: sizes[k] for k in sorted(sizes)}
    return Catalog(series_list, ordered, _support_lists()[series_list], by_location)


def estimate_size(name: str) -> SizeInfo:
    """Best-effort facts from the name alone, every one flagged `estimated=True`.

    vCPUs from the name; memory from the family's GiB per vCPU (D 4, E 8, F 2; `l` 2, `m` more); a temp
    disk iff `d`, and for the older lines that always had one (pre-v4 sizes, Dav4/Eav4, Mv2); premium iff `s`;
    Arm64 iff `p`; confidential for DC/EC (SGX before v5, then TDX for `e`, SNP otherwise); accelerated
    networking True for v4+ (False for confidential v5+, as the size pages list it); Gen2-only for v6+, Arm64,
    confidential and M v2+, Gen1-only for pre-v4 sizes without `s`; NVMe-only for AMD (`a`) v6+ as vm-sizes.md
    notes.
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
    return SizeInfo(
        name=parsed.name,
        series=parsed.series,
        vcpus=parsed.vcpus,
        memory_gib=round(parsed.vcpus * _gib_per_vcpu(parsed), 2),
        temp_disk_gib=parsed.vcpus * _TEMP_GIB_PER_VCPU if _estimated_temp_disk(parsed) else 0.0,
        max_data_disks=None,
        max_nics=None,
        premium_io="s" in f,
        accelerated_networking=_estimated_an(parsed, confidential),
        hyperv_generations=_estimated_generations(parsed, confidential),
        disk_controllers=("NVMe",) if parsed.version >= 6 and "a" in f else (),
        cpu_arch="Arm64" if "p" in f else "x64",
        confidential=confidential,
        family_quota_name=quota_family_name(parsed.name),
        source="parsed from name",
        estimated=True,
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
    # Before v4 every size had a temp disk, bar the B v2 and M v2/v3 medium-memory lines; Dav4/Eav4 kept one.
    if parsed.family in ("B", "M") and parsed.explicit_version:
        return parsed.series == "Mv2"
    return parsed.version < 4 or (parsed.version == 4 and "a" in parsed.features)


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
        or "p" in parsed.features
        or confidential != "none"
        or (parsed.family == "M" and parsed.version >= 2)
    )
    if gen2_only:
        return ("V2",)
    if parsed.version < 4 and "s" not in parsed.features:
        return ("V1",)
    return ("V1", "V2")


def _size_key(name: str) -> str:
    """Sizes compare case-insensitively; a bare `D4s_v5` means `Standard_D4s_v5`."""
    folded = name.strip().casefold()
    if not folded.startswith(("standard_", "basic_")):
        folded = "standard_" + folded
    return folded


def _location_key(location: str) -> str:
    return location.replace(" ", "").casefold()


# --- the shipped data --------------------------------------------------------------------------------------


def _read_text(filename: str) -> str:
    return resources.files("sku_catalog").joinpath(filename).read_text(encoding="utf-8")


@cache
def _csv_sizes() -> Mapping[str, SizeInfo]:
    reader = csv.DictReader(io.StringIO(_read_text(_CSV_FILE)))
    if tuple(reader.fieldnames or ()) != _CSV_COLUMNS:
        raise CatalogDataError(f"{_CSV_FILE}:1: expected columns {', '.join(_CSV_COLUMNS)}")
    out: dict[str, SizeInfo] = {}
    for row in reader:
        where = f"{_CSV_FILE}:{reader.line_num}"
        try:
            info = _row_to_size(row)
        except (KeyError, TypeError, ValueError) as exc:
            raise CatalogDataError(f"{where}: {exc}") from exc
        if _size_key(info.name) in out:
            raise CatalogDataError(f"{where}: duplicate size {info.name}")
        out[_size_key(info.name)] = info
    return out


def _row_to_size(row: dict[str, str]) -> SizeInfo:
    name = row["name"].strip()
    confidential = row["confidential"].strip()
    if confidential not in _CONFIDENTIAL_KINDS:
        raise ValueError(
            f"confidential must be one of {', '.join(_CONFIDENTIAL_KINDS)}, not {confidential!r}"
        )
    return SizeInfo(
        name=name,
        series=row["series"].strip(),
        vcpus=int(row["vcpus"]),
        memory_gib=float(row["memory_gib"]),
        temp_disk_gib=float(row["temp_disk_gib"]),
        max_data_disks=_optional_int(row["max_data_disks"]),
        max_nics=_optional_int(row["max_nics"]),
        premium_io=_optional_bool(row["premium_io"]),
        accelerated_networking=_optional_bool(row["accelerated_networking"]),
        hyperv_generations=_split_list(row["hyperv_generations"]),
        disk_controllers=_split_list(row["disk_controllers"]),
        cpu_arch=row["cpu_arch"].strip() or "x64",
        confidential=confidential,
        family_quota_name=row["family_quota_name"].strip() or quota_family_name(name),
        source=row["source"].strip(),
        estimated=False,
    )


def _optional_int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text else None


def _optional_bool(text: str) -> bool | None:
    folded = text.strip().casefold()
    if not folded:
        return None
    if folded in ("true", "false"):
        return folded == "true"
    raise ValueError(f"expected true/false, not {text!r}")


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


@cache
def _support_lists() -> Mapping[str, SupportList]:
    try:
        data = tomllib.loads(_read_text(_SERIES_FILE))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogDataError(f"{_SERIES_FILE}: {exc}") from exc
    try:
        return _parse_support_lists(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise CatalogDataError(f"{_SERIES_FILE}: {exc}") from exc


def _parse_support_lists(data: dict[str, Any]) -> dict[str, SupportList]:
    documents: dict[str, str] = dict(data["sources"])
    out: dict[str, SupportList] = {}
    for list_name in SERIES_LISTS:
        table = data[list_name]
        entries: list[SeriesEntry] = []
        rules: list[SeriesRule] = []
        for included in table.get("includes", []):
            entries.extend(out[included].entries)
            rules.extend(out[included].rules)
        for item in table.get("series", []):
            note = f"{documents[item['source']]}: {item['says']}"
            max_vcpus = item.get("max_vcpus")
            entries.append(SeriesEntry(str(item["series"]), note, int(max_vcpus) if max_vcpus else None))
        for item in table.get("rules", []):
            note = f"{documents[item['source']]}: {item['says']}"
            rules.append(SeriesRule(tuple(item["families"]), int(item["min_version"]), note))
        out[list_name] = SupportList(list_name, tuple(entries), tuple(rules))
    return out


# --- the Resource SKUs overlay -----------------------------------------------------------------------------


def _overlay(base: SizeInfo | None, sku: ResourceSku) -> SizeInfo:
    """`base` (CSV facts, or None) with every capability the SKU row carries; missing ones keep `base`."""
    caps = {k.casefold(): v for k, v in sku.capabilities.items()}
    origin = f"resource-skus:{_location_key(sku.location)}"
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
    )


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
