"""The shipped data: `vm-sizes.csv` (size facts from Microsoft's size pages) and `supported_series.toml` (the
supported-series lists and the documents that state them), read once and validated.

Files are read with importlib.resources, so the package works from a wheel; a malformed file is a
`CatalogDataError` naming the file and line.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Mapping
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any

from .facts import _CONFIDENTIAL_KINDS, SeriesEntry, SeriesRule, SizeInfo, SupportList, _size_key
from .names import quota_family_name

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
    "local_nvme_gib",
    "gpu_model",
    "gpu_count",
    "infiniband",
    "max_write_accelerator_disks",
)


class CatalogDataError(ValueError):
    """A shipped catalog data file is malformed; the message names the file and line."""


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
        local_nvme_gib=float(row["local_nvme_gib"] or 0),
        gpu_model=row["gpu_model"].strip() or None,
        gpu_count=_count(row["gpu_count"]),
        infiniband=_optional_bool(row["infiniband"]),
        max_write_accelerator_disks=_optional_int(row["max_write_accelerator_disks"]),
    )


def _count(text: str) -> float:
    """An accelerator count as the size pages write it: `4`, or a share of one GPU such as `1/6`."""
    text = text.strip()
    return float(Fraction(text)) if text else 0.0


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
