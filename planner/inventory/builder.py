"""InventoryBuilder: assembles normalised resources, document by document, into one finished Inventory.

Owns what only makes sense across files: merging the same resource read from several exports (richer wins,
differing values are `conflict` warnings, the later file's value is kept), attaching sub-resources exported on
their own (subnets, peerings, backend pools) to their parents, back-links (NIC <-> VM, availability-set members,
pool <-> ipconfig), a VM's Hyper-V generation from its OS disk, the region of usage lists, and dangling-reference
warnings. It is incremental so a huge folder is processed one file at a time; `finish` is called once.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from enum import Enum
from typing import Any

from planner.model import (
    KEYED_TABLES,
    BackendPool,
    Inventory,
    LoadBalancer,
    NetworkInterface,
    NicRef,
    Peering,
    PowerState,
    Problem,
    ResourceId,
    ResourceSku,
    Severity,
    Subnet,
    Usage,
    key,
)

# A token of a file name that looks like an Azure region: the names are built from these words.
_REGION_WORDS = ("north", "south", "east", "west", "central", "usgov", "usdod", "ussec", "usnat")
_NAME_TOKENS = re.compile(r"[-_. ]+")
_USAGE_PREFIX = re.compile(r"usages?(?=[-_. ]|$)", re.IGNORECASE)
_SHOW_LIMIT = 120


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or value is PowerState.UNKNOWN


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.lower() == b.lower()  # ids and SKU names are case-insensitive in Azure
    return bool(a == b)


def _identity(item: Any) -> Any:
    rid = getattr(item, "id", None)
    if rid:
        return key(rid)
    return (str(getattr(item, "name", "") or "").lower(), getattr(item, "lun", None))


def _show(value: Any) -> str:
    if isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
        text = (
            "["
            + ", ".join(str(getattr(v, "id", None) or getattr(v, "name", None) or "?") for v in value)
            + "]"
        )
    elif isinstance(value, Enum):
        text = str(value.value)
    else:
        text = repr(value)
    return text if len(text) <= _SHOW_LIMIT else text[: _SHOW_LIMIT - 3] + "..."


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _merge(old: Any, new: Any, path: str, conflicts: list[tuple[str, Any, Any]]) -> None:
    """Fill `old` in place from `new`; where both hold different values keep `new`'s and record a conflict."""
    for name in _field_names(type(old)):
        if name == "id":
            continue  # same key; keep the first spelling read
        a = getattr(old, name)
        b = getattr(new, name)
        if _empty(b) or a is b:
            continue
        if _empty(a):
            setattr(old, name, b)
            continue
        if _same(a, b):
            continue
        field_path = f"{path}{name}"
        if dataclasses.is_dataclass(a) and type(a) is type(b):
            _merge(a, b, field_path + ".", conflicts)
        elif (
            isinstance(a, list)
            and isinstance(b, list)
            and len(a) == len(b)
            and all(dataclasses.is_dataclass(x) for x in a + b)
            and [_identity(x) for x in a] == [_identity(x) for x in b]
        ):
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                _merge(x, y, f"{field_path}[{i}].", conflicts)
        else:
            conflicts.append((field_path, a, b))
            setattr(old, name, b)


def region_candidates(label: str) -> list[str]:
    """Region-looking tokens after `usage(s)` in a file name (`usages-eastus2.json`, `usage_eastus2.json`)."""
    base = label.replace("\\", "/").rsplit("/", 1)[-1]
    match = _USAGE_PREFIX.search(base)
    if match is None:
        return []
    rest = base[match.end() :]
    for ext in (".jsonl", ".ndjson", ".json"):
        if rest.lower().endswith(ext):
            rest = rest[: -len(ext)]
            break
    return [t.lower() for t in _NAME_TOKENS.split(rest) if t]


_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def subscription_of(label: str) -> str | None:
    """The subscription a usage list belongs to: a subscription id among the folders of its path, or of a live
    label (`live:<subscription>/usages-eastus2.json`). Quota is per subscription."""
    parts = label.replace("\\", "/").replace(":", "/").split("/")[:-1]
    return next((p for p in reversed(parts) if _GUID.match(p)), None)


def looks_like_region(token: str) -> bool:
    return token.isalnum() and len(token) >= 5 and any(w in token for w in _REGION_WORDS)


TABLES = KEYED_TABLES
_TABLE_OF = {"VM": "vms", "NIC": "nics", "backend pool": "load_balancers"}


@dataclasses.dataclass(slots=True)
class _PendingUsage:
    source: str
    tokens: list[str]
    rows: list[Usage]


class InventoryBuilder:
    """Collects resources from any number of documents; `finish()` links them and returns the Inventory."""

    def __init__(self, *, usage_location: str | None = None) -> None:
        self.inv = Inventory()
        self.usage_location = usage_location.lower().replace(" ", "") if usage_location else None
        self._stores: dict[str, dict[str, Any]] = {name: getattr(self.inv, name) for name in TABLES}
        # Which source each resource was last read from, for conflict and dangling-reference messages.
        self._origins: dict[str, dict[str, str]] = {name: {} for name in TABLES}
        self._subnets: list[tuple[str, Subnet, str]] = []
        self._peerings: list[tuple[str, Peering, str]] = []
        self._pools: list[tuple[str, BackendPool, str]] = []
        self._usages: list[_PendingUsage] = []
        self._skus: dict[tuple[str, str], ResourceSku] = {}
        self._finished = False

    # --- input --------------------------------------------------------------------------------------------

    def problem(
        self,
        code: str,
        message: str,
        severity: Severity = Severity.WARNING,
        source: str | None = None,
        resource_id: str | None = None,
    ) -> None:
        self.inv.problems.append(Problem(code, message, severity, source, resource_id))

    def add_source(self, source: str) -> None:
        self.inv.sources.append(source)

    def add(self, table: str, resource: Any, source: str) -> None:
        """Add a top-level resource to `Inventory.<table>` (vms, nics...), merging with one already read."""
        k = resource.id.lower()
        store = self._stores[table]
        old = store.get(k)
        if old is None:
            store[k] = resource
            self._origins[table][k] = source
            return
        conflicts: list[tuple[str, Any, Any]] = []
        _merge(old, resource, "", conflicts)
        before = self._origins[table][k]
        for field_path, a, b in conflicts:
            self.problem(
                "conflict",
                f"{field_path} differs: {_show(a)} in {before}, {_show(b)} in {source}; kept {_show(b)} from {source}",
                Severity.WARNING,
                source,
                old.id,
            )
        self._origins[table][k] = source

    def add_subnet(self, item: Subnet, source: str) -> None:
        self._subnets.append((self._parent_key(item.id, "/subnets/"), item, source))

    def add_peering(self, item: Peering, source: str) -> None:
        self._peerings.append((self._parent_key(item.id, "/virtualnetworkpeerings/"), item, source))

    def add_backend_pool(self, item: BackendPool, source: str) -> None:
        self._pools.append((self._parent_key(item.id, "/backendaddresspools/"), item, source))

    def add_skus(self, skus: Iterable[ResourceSku]) -> None:
        for sku in skus:
            self._skus[(sku.name.lower(), sku.location)] = sku

    def add_usages(self, source: str, rows: list[Usage]) -> None:
        """A usage list from one file; its region is decided in `finish` (it may come from the whole estate)."""
        self._usages.append(_PendingUsage(source, region_candidates(source), rows))

    @staticmethod
    def _parent_key(rid: str, marker: str) -> str:
        cut = rid.lower().rfind(marker)
        return key(rid[:cut]) if cut >= 0 else key(rid)

    # --- finish -------------------------------------------------------------------------------------------

    def finish(self) -> Inventory:
        if self._finished:
            return self.inv
        self._finished = True
        self._attach_subresources()
        self._link_nics()
        self._link_availability_sets()
        self._link_backend_pools()
        self._generation_from_disks()
        self.inv.skus = list(self._skus.values())
        self._resolve_usages()
        self._check_complete()
        self._check_not_empty()
        return self.inv

    def _check_complete(self) -> None:
        """VMs without the facts every later stage needs: said once per VM, the VM is kept (and blocked later)."""
        for vm in self.inv.vms.values():
            lacking = [what for what, value in (("size", vm.size), ("location", vm.location)) if not value]
            if lacking:
                self.problem(
                    "incomplete-resource",
                    f"VM {vm.name} has no {' and no '.join(lacking)}: export it again with its properties",
                    Severity.WARNING,
                    self._origin_of("VM", vm.id),
                    vm.id,
                )

    def _attach_subresources(self) -> None:
        inv = self.inv
        for parent_key, subnet, source in self._subnets:
            vnet = inv.vnets.get(parent_key)
            if vnet is None:
                self._orphan("subnet", subnet.id, "virtual network", source)
            else:
                self._put_child(vnet.subnets, subnet, vnet.id, source)
        for parent_key, peer, source in self._peerings:
            vnet = inv.vnets.get(parent_key)
            if vnet is None:
                self._orphan("peering", peer.id, "virtual network", source)
            else:
                self._put_child(vnet.peerings, peer, vnet.id, source)
        for parent_key, pool, source in self._pools:
            lb = inv.load_balancers.get(parent_key)
            if lb is None:
                lb_id = pool.id[: pool.id.lower().rfind("/backendaddresspools/")]
                parsed = ResourceId.parse(lb_id)
                lb = LoadBalancer(
                    id=lb_id, name=parsed.name if parsed else lb_id.rsplit("/", 1)[-1], location=""
                )
                inv.load_balancers[parent_key] = lb
                self._origins["load_balancers"][parent_key] = source
                self.problem(
                    "partial-resource",
                    f"load balancer {lb.name} was not loaded; kept its backend pool {pool.name} from {source} "
                    "(export the load balancer for its SKU and frontends)",
                    Severity.WARNING,
                    source,
                    lb_id,
                )
            self._put_child(lb.backend_pools, pool, lb.id, source)

    def _put_child(self, children: list[Any], child: Any, parent_id: str, source: str) -> None:
        k = key(child.id)
        for existing in children:
            if key(existing.id) == k:
                conflicts: list[tuple[str, Any, Any]] = []
                _merge(existing, child, "", conflicts)
                for field_path, a, b in conflicts:
                    self.problem(
                        "conflict",
                        f"{child.id}: {field_path} differs: {_show(a)} in the parent's export, {_show(b)} in {source}; "
                        f"kept {_show(b)}",
                        Severity.WARNING,
                        source,
                        parent_id,
                    )
                return
        children.append(child)

    def _orphan(self, what: str, rid: str, parent: str, source: str) -> None:
        self.problem(
            "orphan-subresource",
            f"{what} {rid} from {source}: its {parent} was not loaded; skipped",
            Severity.WARNING,
            source,
            rid,
        )

    def _dangling(self, what: str, rid: str, missing: list[str], kind: str) -> None:
        shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
        self.problem(
            "dangling-reference",
            f"{what} {rid.rstrip('/').rsplit('/', 1)[-1]} references {len(missing)} {kind} not loaded: {shown}",
            Severity.WARNING,
            self._origin_of(what, rid),
            rid,
        )

    def _origin_of(self, what: str, rid: str) -> str | None:
        k = key(rid)
        if what == "backend pool":
            k = k[: k.rfind("/backendaddresspools/")]
        return self._origins[_TABLE_OF[what]].get(k)

    def _link_nics(self) -> None:
        vms, nics, vnets = self.inv.vms, self.inv.nics, self.inv.vnets
        linked: set[int] = set()  # id() of NICs whose VM lists them: only the others need a closer look
        for vm_key, vm in vms.items():
            missing = []
            for ref in vm.nics:
                nic = nics.get(ref.id.lower())
                if nic is None:
                    missing.append(ref.id)
                elif nic.vm_id is None:
                    nic.vm_id = vm.id
                    linked.add(id(nic))
                elif nic.vm_id == vm.id or nic.vm_id.lower() == vm_key:
                    linked.add(id(nic))
            if missing:
                self._dangling("VM", vm.id, missing, "network interface(s)")
        vnet_known: dict[str, bool] = {}  # subnet id as written -> its VNet is loaded
        for nic in nics.values():
            if nic.vm_id is not None and id(nic) not in linked:
                self._check_nic_owner(nic, nic.vm_id)
            missing_vnets: dict[str, str] = {}
            for cfg in nic.ip_configurations:
                sid = cfg.subnet_id
                if sid is None:
                    continue
                known = vnet_known.get(sid)
                if known is None:
                    low = sid.lower()
                    cut = low.find("/subnets/")
                    known = vnet_known[sid] = (low[:cut] if cut >= 0 else low) in vnets
                if not known:
                    vnet_id = self.inv.vnet_id_of_subnet(sid)
                    missing_vnets.setdefault(vnet_id.lower(), vnet_id)
            if missing_vnets:
                self._dangling("NIC", nic.id, list(missing_vnets.values()), "virtual network(s)")

    def _check_nic_owner(self, nic: NetworkInterface, vm_id: str) -> None:
        """A NIC naming a VM that does not list it: a dangling reference, a VM export without its NICs listed,
        or exports taken at different times."""
        owner = self.inv.vms.get(vm_id.lower())
        if owner is None:
            # A scale-set instance is not modelled as a VM, so its NICs point at nothing loaded by design.
            if "/virtualmachinescalesets/" not in vm_id.lower():
                self._dangling("NIC", nic.id, [vm_id], "virtual machine")
        elif not owner.nics:
            owner.nics.append(NicRef(nic.id, nic.primary))
        else:
            self.problem(
                "inconsistent-reference",
                f"NIC {nic.name} says it is attached to VM {owner.name}, but the VM does not list it "
                "(exports taken at different times?)",
                Severity.WARNING,
                self._origin_of("NIC", nic.id),
                nic.id,
            )

    def _link_availability_sets(self) -> None:
        inv = self.inv
        for avset in inv.availability_sets.values():
            avset.member_ids = list({key(m): m for m in avset.member_ids}.values())
        for vm in inv.vms.values():
            if vm.availability_set_id is None:
                continue
            owner = inv.availability_sets.get(key(vm.availability_set_id))
            if owner is None:
                self._dangling("VM", vm.id, [vm.availability_set_id], "availability set")
            elif not any(key(m) == key(vm.id) for m in owner.member_ids):
                owner.member_ids.append(vm.id)

    def _link_backend_pools(self) -> None:
        inv = self.inv
        pools: dict[str, tuple[BackendPool, set[str]]] = {}
        for lb in inv.load_balancers.values():
            for pool in lb.backend_pools:
                pools[key(pool.id)] = (pool, {key(i) for i in pool.ip_configuration_ids})
        # A NIC ipconfig naming a pool that does not list it (or the other way round): make both sides agree.
        for nic in inv.nics.values():
            for cfg in nic.ip_configurations:
                for pool_id in cfg.backend_pool_ids:
                    entry = pools.get(key(pool_id))
                    if entry is not None and cfg.id and key(cfg.id) not in entry[1]:
                        entry[0].ip_configuration_ids.append(cfg.id)
                        entry[1].add(key(cfg.id))
        if not any(pool.ip_configuration_ids for pool, _ in pools.values()):
            return
        configs = {key(c.id): c for nic in inv.nics.values() for c in nic.ip_configurations if c.id}
        for lb in inv.load_balancers.values():
            for pool in lb.backend_pools:
                missing: dict[str, str] = {}
                for cfg_id in pool.ip_configuration_ids:
                    member = configs.get(key(cfg_id))
                    if member is not None:
                        if not any(key(p) == key(pool.id) for p in member.backend_pool_ids):
                            member.backend_pool_ids.append(pool.id)
                        continue
                    cut = cfg_id.lower().rfind("/ipconfigurations/")
                    nic_id = cfg_id[:cut] if cut >= 0 else cfg_id
                    if key(nic_id) in inv.nics:
                        continue
                    # A scale-set instance's NIC stands for its scale set: enough when the scale set is loaded.
                    vmss = key(nic_id).split("/virtualmachines/")[0]
                    if "/microsoft.compute/virtualmachinescalesets/" in vmss and vmss in inv.scale_sets:
                        continue
                    missing.setdefault(key(nic_id), nic_id)
                if missing:
                    self._dangling("backend pool", pool.id, list(missing.values()), "network interface(s)")

    def _generation_from_disks(self) -> None:
        inv = self.inv
        if not inv.disks:
            return
        by_owner: dict[str, str] = {}
        for disk in inv.disks.values():
            if disk.managed_by and disk.os_type and disk.hyper_v_generation:
                by_owner.setdefault(key(disk.managed_by), disk.hyper_v_generation)
        for vm in inv.vms.values():
            if vm.hyper_v_generation is not None:
                continue
            generation = None
            if vm.os_disk is not None and vm.os_disk.managed_disk_id:
                os_disk = inv.disks.get(key(vm.os_disk.managed_disk_id))
                if os_disk is not None:
                    generation = os_disk.hyper_v_generation
            vm.hyper_v_generation = generation or by_owner.get(key(vm.id))

    def _resolve_usages(self) -> None:
        if not self._usages:
            return
        inv = self.inv
        known = {
            r.location
            for table in (inv.vms, inv.nics, inv.vnets, inv.scale_sets, inv.availability_sets)
            for r in table.values()
            if r.location
        } | {s.location for s in inv.skus}
        vm_regions = sorted({vm.location for vm in inv.vms.values() if vm.location})
        merged: dict[tuple[str, str, str], Usage] = {}
        for pending in self._usages:
            region = next((t for t in pending.tokens if t in known or looks_like_region(t)), None)
            how = "taken from the file name"
            if region is None and self.usage_location:
                region, how = self.usage_location, "taken from --usage-location"
            if region is None and len(vm_regions) == 1:
                region, how = vm_regions[0], "assumed: it is the only region of the estate's VMs"
            if region is None:
                self.problem(
                    "usage-location",
                    f"cannot tell the region of usage list {pending.source}: name it usages-<region>.json "
                    "or pass --usage-location",
                    Severity.ERROR,
                    pending.source,
                )
                continue
            if not pending.source.startswith("live:"):  # a live fetch asked for exactly this region
                self.problem(
                    "usage-location",
                    f"usage list {pending.source}: region {region} {how}",
                    Severity.WARNING,
                    pending.source,
                )
            subscription = subscription_of(pending.source)
            for row in pending.rows:
                row.location = region
                row.subscription = subscription
                merged[((subscription or "").lower(), region, row.name.lower())] = row
        inv.usages = list(merged.values())

    def _check_not_empty(self) -> None:
        inv = self.inv
        if sum(inv.counts().values()) == 0 and not inv.errors():
            self.problem(
                "no-resources",
                "the input holds no resources the planner can use (virtual machines, NICs, networks, SKUs, usages...)",
                Severity.ERROR,
            )
