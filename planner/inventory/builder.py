"""InventoryBuilder: assembles normalised resources, document by document, into one finished Inventory.

Owns what only makes sense across files: merging the same resource read from several exports (richer wins,
differing values are `conflict` warnings, the later file's value is kept), attaching sub-resources exported on
their own (subnets, peerings, backend pools) to their parents, back-links (NIC <-> VM, availability-set members,
pool <-> ipconfig), a VM's Hyper-V generation from its OS disk, the region of usage lists, and dangling-reference
warnings. It is incremental so a huge folder is processed one file at a time; `finish` is called once.

The merge rule is `merge`'s, the back-links and dangling-reference checks are `links`' (`_BackLinks`, the base
class of `InventoryBuilder`), and how usage lists are placed and merged is `usages`'; this module owns the input
side, attaching sub-resources, deciding the region of usage lists and `finish`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from planner.inventory.links import _BackLinks
from planner.inventory.merge import _merge, _show
from planner.inventory.usages import (
    PendingUsage,
    UsageMerge,
    conflict_message,
    looks_like_region,
    region_candidates,
    subscription_of,
)
from planner.model import (
    KEYED_TABLES,
    BackendPool,
    CapacityReservation,
    Inventory,
    LoadBalancer,
    Peering,
    ResourceId,
    ResourceSku,
    Severity,
    Subnet,
    Usage,
    key,
)

TABLES = KEYED_TABLES


class InventoryBuilder(_BackLinks):
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
        self._reservations: list[tuple[str, CapacityReservation, str]] = []
        self._usages: list[PendingUsage] = []
        self._skus: dict[tuple[str, str], ResourceSku] = {}
        self._finished = False

    # --- input --------------------------------------------------------------------------------------------

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

    def add_capacity_reservation(self, item: CapacityReservation, source: str) -> None:
        # The parent is the id's first type/name pair (the REST examples spell the child segment differently).
        parsed = ResourceId.parse(item.id)
        parent = key(parsed.ancestor(1)) if parsed is not None and parsed.parts else key(item.id)
        self._reservations.append((parent, item, source))

    def add_skus(self, skus: Iterable[ResourceSku]) -> None:
        for sku in skus:
            self._skus[(sku.name.lower(), sku.location)] = sku

    def add_usages(self, source: str, rows: list[Usage]) -> None:
        """A usage list from one file; its region is decided in `finish` (it may come from the whole estate)."""
        self._usages.append(PendingUsage(source, region_candidates(source), rows))

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
        self._check_ids()
        self._check_not_empty()
        return self.inv

    def _check_ids(self) -> None:
        """Ids a plan's commands name resources by must parse: a resource group or name holding `/` cannot be
        addressed by `az` or ARM. Checked for the resources named by their parts (scale sets, AKS clusters);
        VMs, NICs and VNets are addressed by their whole id."""
        tables = (("scale set", self.inv.scale_sets), ("AKS cluster", self.inv.aks_clusters))
        for what, table in tables:
            for resource in table.values():
                rid = ResourceId.parse(resource.id)
                if rid is None or len(rid.parts) != 1 or not rid.namespace:
                    self.problem(
                        "bad-resource-id",
                        f"{what} id {resource.id!r} is not /subscriptions/S/resourceGroups/G/providers/NS/type/name "
                        "(a name or resource group holding '/'?): it cannot be addressed; fix the export",
                        Severity.ERROR,
                        None,
                        resource.id,
                    )

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
        for parent_key, reservation, source in self._reservations:
            group = inv.capacity_reservation_groups.get(parent_key)
            if group is None:
                self._orphan("capacity reservation", reservation.id, "capacity reservation group", source)
            else:
                self._put_child(group.reservations, reservation, group.id, source)

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
        merged = UsageMerge()
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
            merged.add(pending.source, region, subscription_of(pending.source), pending.rows)
        inv.usages = merged.usages()
        for conflict in merged.conflicts():
            self.problem("conflict", conflict_message(conflict), Severity.WARNING, conflict.second)

    def _check_not_empty(self) -> None:
        inv = self.inv
        if sum(inv.counts().values()) == 0 and not inv.errors():
            self.problem(
                "no-resources",
                "the input holds no resources the planner can use (virtual machines, NICs, networks, SKUs, usages...)",
                Severity.ERROR,
            )
