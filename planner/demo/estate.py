"""The built-in demo estate: generate it (deterministically), write it as raw ARM REST value pages, or hand it to the
loader as the documents a folder export would hold.

Owns what `planner demo` and `make bench` run on. The estate uses the real resource shapes recorded in
shared/realdata (fields nested under `properties`, instance views inside VMs, `{"value": [...]}` pages). At its
default size (300 VMs, seed 7) it exercises every rule in DOMAIN.md through twelve themed VNets (see
`planner.demo.scenarios`); larger estates add ordinary VNets of about 50 VMs each, so 100,000 VMs give 2,000 VNets
and about 1.2 NICs per VM. Two subscriptions, three regions, one resource group per application.

Generation runs VNet by VNet, each with its own seeded RNG, so `write_estate_streaming` writes a 100,000-VM estate
page by page without holding it, and its files are byte-identical to `write_estate(generate_estate(...))` for the
same (vms, seed, page_size).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.demo.blueprint import REGIONS, SUBSCRIPTIONS, Block, Doc, Tally
from planner.demo.render import render_block
from planner.demo.scenarios import VMS_PER_VNET, new_block, plan_block, vnet_count
from planner.demo.skus import LOCATION_RESTRICTED, TIGHT_FAMILY, ZONE_RESTRICTED, sku_rows, usage_rows

__all__ = [
    "DEFAULT_SEED",
    "DEFAULT_VMS",
    "LOCATION_RESTRICTED",
    "REGIONS",
    "SUBSCRIPTIONS",
    "TIGHT_FAMILY",
    "VMS_PER_VNET",
    "ZONE_RESTRICTED",
    "Doc",
    "Estate",
    "estate_documents",
    "generate_estate",
    "vnet_count",
    "write_estate",
    "write_estate_streaming",
]

DEFAULT_VMS = 300
DEFAULT_SEED = 7
# File name stems this module writes; files of these names are replaced when an estate is written again.
OUTPUT_STEMS = ("virtualMachines", "networkInterfaces", "resources", "skus", "usages")


@dataclass(slots=True)
class Estate:
    """Raw ARM REST documents. `resources` holds every kind other than VMs and NICs, in a fixed order."""

    vms: list[Doc] = field(default_factory=list)
    nics: list[Doc] = field(default_factory=list)
    resources: list[Doc] = field(default_factory=list)
    skus: dict[str, list[Doc]] = field(default_factory=dict)  # region -> Resource SKUs rows (virtualMachines)
    usages: dict[str, list[Doc]] = field(default_factory=dict)  # region -> Compute usage rows

    def of_type(self, resource_type: str) -> list[Doc]:
        """Documents of one ARM type (case-insensitive); a record without `type` is classified by its id."""
        want = resource_type.lower()
        return [d for d in (*self.vms, *self.nics, *self.resources) if _doc_type(d) == want]


def _doc_type(doc: Doc) -> str:
    declared = doc.get("type")
    if isinstance(declared, str):
        return declared.lower()
    segs = str(doc.get("id", "")).strip("/").split("/")
    return "/".join([segs[5], *segs[6::2]]).lower() if len(segs) > 7 else ""


def generate_estate(vms: int = DEFAULT_VMS, seed: int = DEFAULT_SEED) -> Estate:
    """The whole estate in memory (`write_estate_streaming` writes a large one without holding it)."""
    gen = _Generator(vms, seed)
    estate = Estate()
    for block in gen.blocks():
        estate.vms += block.vm_docs
        estate.nics += block.nic_docs
        estate.resources += block.resource_docs
    estate.skus = gen.skus()
    estate.usages = gen.usages()
    return estate


def write_estate(estate: Estate, out_dir: Path, page_size: int = 1000) -> list[Path]:
    """Write value pages per kind; returns the files written, in order.

    `virtualMachines-0001.json`..., `networkInterfaces-0001.json`..., `resources-0001.json`... (every other kind),
    `skus-<region>.json` and `usages-<region>.json` (a usage list carries no location: the file name gives it).
    Files of those names already in `out_dir` are removed first, so a smaller estate never mixes with a larger one.
    """
    writer = _EstateWriter(out_dir, page_size)
    for doc in estate.vms:
        writer.vms.add(doc)
    for doc in estate.nics:
        writer.nics.add(doc)
    for doc in estate.resources:
        writer.resources.add(doc)
    return writer.close(estate.skus, estate.usages)


def write_estate_streaming(
    out_dir: Path, vms: int = DEFAULT_VMS, seed: int = DEFAULT_SEED, page_size: int = 1000
) -> list[Path]:
    """`write_estate(generate_estate(vms, seed), out_dir, page_size)` holding one VNet block at a time."""
    gen = _Generator(vms, seed)
    writer = _EstateWriter(out_dir, page_size)
    for block in gen.blocks():
        for doc in block.vm_docs:
            writer.vms.add(doc)
        for doc in block.nic_docs:
            writer.nics.add(doc)
        for doc in block.resource_docs:
            writer.resources.add(doc)
    return writer.close(gen.skus(), gen.usages())


class _Generator:
    def __init__(self, vms: int, seed: int) -> None:
        if vms < 1:
            raise ValueError("an estate needs at least one VM")
        self.vms = vms
        self.seed = seed
        self.vnets = vnet_count(vms)
        self.tally = Tally()

    def blocks(self) -> Iterator[Block]:
        """Each VNet block planned and rendered in turn; the VNets share the VMs out evenly, in order."""
        for v in range(self.vnets):
            block = new_block(v, self.seed, self.tally)
            plan_block(block, (v + 1) * self.vms // self.vnets - v * self.vms // self.vnets, self.vnets)
            render_block(block)
            yield block

    def skus(self) -> dict[str, list[Doc]]:
        return {region: sku_rows(region) for region in REGIONS}

    def usages(self) -> dict[str, list[Doc]]:
        """Only meaningful once every block has been generated: usage is what the estate consumes."""
        return {region: usage_rows(self.tally, region) for region in REGIONS}


class _PageWriter:
    """`{"value": [...]}` pages of at most `page_size` documents, one document per line."""

    def __init__(self, out_dir: Path, stem: str, page_size: int) -> None:
        self._out_dir = out_dir
        self._stem = stem
        self._page_size = page_size
        self._items: list[str] = []
        self.paths: list[Path] = []

    def add(self, doc: Doc) -> None:
        self._items.append(json.dumps(doc, separators=(",", ":")))
        if len(self._items) >= self._page_size:
            self.flush()

    def flush(self) -> None:
        if not self._items:
            return
        path = self._out_dir / f"{self._stem}-{len(self.paths) + 1:04d}.json"
        _write_page(path, self._items)
        self._items = []
        self.paths.append(path)


def _write_page(path: Path, items: list[str]) -> None:
    path.write_text('{"value":[\n' + ",\n".join(items) + "\n]}\n", encoding="utf-8")


class _EstateWriter:
    def __init__(self, out_dir: Path, page_size: int) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        out_dir.mkdir(parents=True, exist_ok=True)
        for stem in OUTPUT_STEMS:
            for stale in out_dir.glob(f"{stem}-*.json"):
                stale.unlink()
        self._out_dir = out_dir
        self.vms = _PageWriter(out_dir, "virtualMachines", page_size)
        self.nics = _PageWriter(out_dir, "networkInterfaces", page_size)
        self.resources = _PageWriter(out_dir, "resources", page_size)

    def close(self, skus: dict[str, list[Doc]], usages: dict[str, list[Doc]]) -> list[Path]:
        paths: list[Path] = []
        for pages in (self.vms, self.nics, self.resources):
            pages.flush()
            paths += pages.paths
        for stem, per_region in (("skus", skus), ("usages", usages)):
            for region, rows in per_region.items():
                path = self._out_dir / f"{stem}-{region}.json"
                _write_page(path, [json.dumps(row, separators=(",", ":")) for row in rows])
                paths.append(path)
        return paths


def estate_documents(estate: Estate) -> Iterator[tuple[str, Any]]:
    """The estate as the documents a folder export would hold (usage lists named by region, as files are)."""
    yield "demo/virtualMachines.json", {"value": estate.vms}
    yield "demo/networkInterfaces.json", {"value": estate.nics}
    yield "demo/resources.json", {"value": estate.resources}
    for region, rows in sorted(estate.skus.items()):
        yield f"demo/skus-{region}.json", {"value": rows}
    for region, rows in sorted(estate.usages.items()):
        yield f"demo/usages-{region}.json", {"value": rows}
