"""Parsed JSON documents -> resources: recognising a document's top-level shape and dispatching each resource.

Owns what a parsed value is (a resource, a list, an ARM page, a Resource Graph answer in the object-list or the
table format, SKU and usage rows, size lists, or something that is not inventory, see `not_inventory`), which
normaliser reads each resource (by its type, or its id when the type is missing), and the per-file report that
turns everything skipped into at most one problem per kind. `_DocumentLoader` is the base of the file loader in
`arm_json`, which feeds it documents (or, when streaming, the elements of a top-level list one at a time), or
already-parsed values (`load_documents`).
Nothing here raises for bad input: problems go to the builder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from planner.inventory import normalise
from planner.inventory.builder import InventoryBuilder
from planner.inventory.not_inventory import _bare_instance_view, _describe, _not_inventory
from planner.model import ResourceId, Severity, Usage

Obj = dict[str, Any]

# Resource type (lower case) -> (normaliser, Inventory table).
_TABLES: dict[str, tuple[Callable[[Obj], Any], str]] = {
    "microsoft.compute/virtualmachines": (normalise.virtual_machine, "vms"),
    "microsoft.network/networkinterfaces": (normalise.network_interface, "nics"),
    "microsoft.compute/virtualmachinescalesets/virtualmachines/networkinterfaces": (
        normalise.network_interface,
        "nics",
    ),
    "microsoft.network/virtualnetworks": (normalise.virtual_network, "vnets"),
    "microsoft.network/loadbalancers": (normalise.load_balancer, "load_balancers"),
    "microsoft.compute/availabilitysets": (normalise.availability_set, "availability_sets"),
    "microsoft.compute/virtualmachinescalesets": (normalise.scale_set, "scale_sets"),
    "microsoft.network/privatelinkservices": (normalise.private_link_service, "private_link_services"),
    "microsoft.network/dnsresolvers": (normalise.dns_resolver, "dns_resolvers"),
    "microsoft.compute/disks": (normalise.managed_disk, "disks"),
    "microsoft.containerservice/managedclusters": (normalise.aks_cluster, "aks_clusters"),
    "microsoft.network/publicipaddresses": (normalise.public_ip_address, "public_ips"),
    "microsoft.compute/capacityreservationgroups": (
        normalise.capacity_reservation_group,
        "capacity_reservation_groups",
    ),
}
# The same types as written by ARM and az, so the hot loop finds most records without lower-casing their type.
_TABLES.update(
    {
        t: _TABLES[t.lower()]
        for t in (
            "Microsoft.Compute/virtualMachines",
            "Microsoft.Network/networkInterfaces",
            "Microsoft.Network/virtualNetworks",
            "Microsoft.Network/loadBalancers",
            "Microsoft.Compute/availabilitySets",
            "Microsoft.Compute/virtualMachineScaleSets",
            "Microsoft.Compute/disks",
        )
    }
)
# Sub-resources exported on their own, attached to their parent when the inventory is finished.
_CHILDREN: dict[str, Callable[[InventoryBuilder, Obj, str], None]] = {
    "microsoft.network/virtualnetworks/subnets": lambda b, r, src: b.add_subnet(normalise.subnet(r), src),
    "microsoft.network/virtualnetworks/virtualnetworkpeerings": lambda b, r, src: b.add_peering(
        normalise.peering(r), src
    ),
    "microsoft.network/loadbalancers/backendaddresspools": lambda b, r, src: b.add_backend_pool(
        normalise.backend_pool(r), src
    ),
    "microsoft.compute/capacityreservationgroups/capacityreservations": lambda b, r, src: b.add_capacity_reservation(
        normalise.capacity_reservation(r), src
    ),
    # The REST examples' list of reservations says `"type": "Microsoft.Compute/CapacityReservations"`.
    "microsoft.compute/capacityreservations": lambda b, r, src: b.add_capacity_reservation(
        normalise.capacity_reservation(r), src
    ),
}
_GRAPH_KEYS = ("count", "total_records", "totalRecords")
_SKIP_TOKEN_KEYS = ("skip_token", "skipToken", "$skipToken")


@dataclass(slots=True)
class _FileReport:
    """What one file (or document) held besides resources; turned into at most one problem per kind."""

    source: str
    where: str = ""
    # lower-cased type -> [the type as written, count]
    skipped: dict[str, list[Any]] = field(default_factory=dict)
    # (type, reason) -> [first resource id, count]
    unreadable: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    unknown_objects: int = 0
    size_rows: int = 0
    usages: list[Usage] = field(default_factory=list)
    bad_usage_rows: int = 0
    vm_sku_rows: int = 0
    skus_without_capabilities: int = 0
    bad_table_rows: int = 0
    table_width: int = 0  # columns of the last Resource Graph table read, for the message about its bad rows
    seen: int = 0  # elements handed to `items`
    notes: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.where = self.where or self.source


class _DocumentLoader:
    """Feeds the resources of parsed documents to an InventoryBuilder (`b`)."""

    def __init__(self, builder: InventoryBuilder, *, allow_incomplete: bool = False) -> None:
        self.b = builder
        self.allow_incomplete = allow_incomplete  # a page that says more pages follow is a warning, not an error

    def documents(self, docs: Iterable[tuple[str, Any]]) -> None:
        for label, doc in docs:
            self.b.add_source(label)
            report = _FileReport(label)
            self.document(report, doc)
            self.flush(report)

    def document(self, report: _FileReport, doc: Any) -> None:
        if isinstance(doc, list):
            self.items(report, doc)
            return
        if not isinstance(doc, dict):
            self.b.problem(
                "unknown-shape",
                f"{report.where}: the top level is {_describe(doc)}, not a resource, a list of resources or a page",
                Severity.ERROR,
                report.where,
            )
            return
        value = doc.get("value")
        if isinstance(value, list):
            self.items(report, value)
            self.page_tail(report, doc)
            return
        data = doc.get("data")
        if isinstance(data, list) and any(k in doc for k in _GRAPH_KEYS):
            self.items(report, data)
            self.page_tail(report, doc)
            return
        if isinstance(data, dict) and "columns" in data and "rows" in data:
            if self.graph_table(report, data):
                self.page_tail(report, doc)
            return
        not_inventory = _not_inventory(doc)
        if not_inventory is not None:
            code, message = not_inventory
            if code not in report.notes:
                report.notes.add(code)
                # A snapshot among exports is the estate itself: skipping it would plan on what is left.
                severity = Severity.ERROR if code == "snapshot-in-folder" else Severity.WARNING
                self.b.problem(code, f"{report.source} is {message}", severity, report.where)
            return
        if not self.item(report, doc):
            keys = ", ".join(sorted(str(k) for k in doc)[:6]) or "none"
            self.b.problem(
                "unknown-shape",
                f"{report.where}: not a resource, a list of resources or a page (an object with keys: {keys})",
                Severity.ERROR,
                report.where,
            )

    def page_tail(self, report: _FileReport, envelope: Obj) -> None:
        """A continuation token left in a page means later pages were not exported."""
        token = None
        if isinstance(envelope.get("nextLink"), str) and envelope["nextLink"]:
            token = "nextLink"
        else:
            token = next((k for k in _SKIP_TOKEN_KEYS if envelope.get(k)), None)
            if token is None and str(envelope.get("resultTruncated", "")).lower() == "true":
                token = "resultTruncated"
        if token is not None and "incomplete-page" not in report.notes:
            report.notes.add("incomplete-page")
            if self.allow_incomplete:
                self.b.problem(
                    "incomplete-page",
                    f"{report.source}: page has {token}: later pages were not exported; loaded as it is "
                    "(--allow-incomplete)",
                    Severity.WARNING,
                    report.where,
                )
                return
            self.b.problem(
                "incomplete-page",
                f"{report.source}: page has {token}: the export stopped before its last page, so resources are "
                "missing and a plan from it could deallocate what it cannot see; export every page (az ... "
                "--all / follow nextLink, or `planner fetch`), or accept it with --allow-incomplete",
                Severity.ERROR,
                report.where,
            )

    def graph_table(self, report: _FileReport, table: Obj) -> bool:
        """A Resource Graph answer in the table format (`data: {columns: [{name, type}], rows: [[...]]}`, the
        default at api-version 2019-04-01 and whenever `resultFormat` is `table`): each row, named by the columns,
        is a record like the object-list format's. False (and an error) when the table itself is unusable."""
        names = _column_names(table.get("columns"))
        rows = table.get("rows")
        if names is None or not isinstance(rows, list):
            self.b.problem(
                "unknown-shape",
                f"{report.where}: a Resource Graph table whose columns are not a list of {{name, type}} or whose "
                "rows are not a list; export it again (or with the object-list format: resultFormat objectArray)",
                Severity.ERROR,
                report.where,
            )
            return False
        report.table_width = len(names)
        self.items(report, _table_records(report, names, rows))
        return True

    def items(self, report: _FileReport, items: Iterable[Any]) -> None:
        # The hot loop: one dict lookup by type, then the normaliser. Everything unusual goes to `item`.
        add = self.b.add
        source = report.source
        tables = _TABLES
        report.seen += 1  # at least one element may follow: a later JSON error must not re-read the file
        for obj in items:
            if obj.__class__ is dict:
                rtype = obj.get("type")
                if rtype.__class__ is str:
                    entry = tables.get(rtype) or tables.get(rtype.lower())
                    if entry is not None:
                        try:
                            resource = entry[0](obj)
                        except Exception as exc:
                            self.unreadable(report, obj, rtype, exc)
                            continue
                        add(entry[1], resource, source)
                        continue
            if not self.item(report, obj):
                report.unknown_objects += 1

    def item(self, report: _FileReport, obj: Any) -> bool:
        """One object of any kind; False when it is recognisable as nothing at all."""
        if not isinstance(obj, dict):
            return False
        rtype = obj.get("type")
        rid = obj.get("id")
        if not isinstance(rtype, str) or "/" not in rtype:
            parsed = ResourceId.parse(rid) if isinstance(rid, str) else None
            if parsed is not None and parsed.namespace:
                rtype = parsed.type
            elif (sku_type := normalise.resource_type_of_sku(obj)) is not None:
                if sku_type.lower() == "virtualmachines":
                    report.vm_sku_rows += 1
                    if not normalise.has_capabilities(obj):
                        report.skus_without_capabilities += 1
                    self.call(report, obj, "SKU", lambda: self.b.add_skus(normalise.resource_skus(obj)))
                return True  # other SKU rows (disks, hostGroups...) are fine and not counted
            elif normalise.is_usage_row(obj):
                row = normalise.usage(obj)
                if row is None:
                    report.bad_usage_rows += 1
                else:
                    report.usages.append(row)
                return True
            elif normalise.is_size_row(obj):
                report.size_rows += 1
                return True
            elif _bare_instance_view(obj):
                if "instance-view" not in report.notes:
                    report.notes.add("instance-view")
                    self.b.problem(
                        "instance-view-without-id",
                        f"{report.where}: instance view without a VM id; export it with `az vm get-instance-view` "
                        "(which includes the id)",
                        Severity.WARNING,
                        report.where,
                    )
                return True
            else:
                return False
        lower = rtype.lower()
        entry = _TABLES.get(lower)
        if entry is not None:
            fn, table = entry
            self.call(report, obj, rtype, lambda: self.b.add(table, fn(obj), report.source))
            return True
        add_child = _CHILDREN.get(lower)
        if add_child is not None:
            self.call(report, obj, rtype, lambda: add_child(self.b, obj, report.source))
            return True
        slot = report.skipped.get(lower)
        if slot is None:
            report.skipped[lower] = [rtype, 1]
        else:
            slot[1] += 1
        return True

    def call(self, report: _FileReport, obj: Obj, what: str, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:
            self.unreadable(report, obj, what, exc)

    @staticmethod
    def unreadable(report: _FileReport, obj: Any, what: str, exc: Exception) -> None:
        reason = str(exc) if isinstance(exc, normalise.ShapeError) else f"{type(exc).__name__}: {exc}"
        rid = obj.get("id") if isinstance(obj, dict) else None
        slot = report.unreadable.get((what, reason))
        if slot is None:
            report.unreadable[(what, reason)] = [rid if isinstance(rid, str) else None, 1]
        else:
            slot[1] += 1

    def flush(self, report: _FileReport) -> None:
        src = report.source
        for rtype, count in report.skipped.values():
            self.b.problem(
                "skipped-type",
                f"{src}: skipped {count} resource{'s' if count != 1 else ''} of type {rtype} (not used by the planner)",
                Severity.WARNING,
                src,
            )
        for (what, reason), (rid, count) in report.unreadable.items():
            first = f"; first: {rid}" if rid else ""
            self.b.problem(
                "unreadable-resource",
                f"{src}: skipped {count} {what} record{'s' if count != 1 else ''} that could not be read: {reason}{first}",
                Severity.WARNING,
                src,
                rid,
            )
        if report.unknown_objects:
            n = report.unknown_objects
            self.b.problem(
                "unknown-object",
                f"{src}: skipped {n} object{'s' if n != 1 else ''} of unknown shape (no resource type or id)",
                Severity.WARNING,
                src,
            )
        if report.size_rows:
            self.b.problem(
                "sizes-list",
                f"{src}: list of sizes available for resize without the VM it belongs to; skipped",
                Severity.WARNING,
                src,
            )
        if report.bad_usage_rows:
            self.b.problem(
                "unreadable-resource",
                f"{src}: skipped {report.bad_usage_rows} usage row(s) without a name, currentValue or limit",
                Severity.WARNING,
                src,
            )
        if report.bad_table_rows:
            n = report.bad_table_rows
            self.b.problem(
                "unreadable-resource",
                f"{src}: skipped {n} Resource Graph table row{'s that do not' if n != 1 else ' that does not'} hold "
                f"one value per column ({report.table_width} columns)",
                Severity.WARNING,
                src,
            )
        if report.skus_without_capabilities:
            self.capability_less_skus(report)
        if report.usages:
            self.b.add_usages(src, report.usages)

    def capability_less_skus(self, report: _FileReport) -> None:
        n = report.skus_without_capabilities
        self.b.problem(
            "sku-without-capabilities",
            f"{report.source}: {n} of {report.vm_sku_rows} virtualMachines SKU rows "
            f"{'carry' if n != 1 else 'carries'} no capabilities (an old Resource SKUs API version?): the facts of "
            "their sizes (vCPUs, memory, Accelerated Networking...) come from the size catalog; their locations, "
            "zones and restrictions are used",
            Severity.WARNING,
            report.source,
        )


def _column_names(columns: Any) -> list[str] | None:
    """The names of a Resource Graph table's columns, None unless every column is an object with a name."""
    if not isinstance(columns, list) or not columns:
        return None
    names: list[str] = []
    for column in columns:
        name = column.get("name") if isinstance(column, dict) else None
        if not isinstance(name, str) or not name:
            return None
        names.append(name)
    return names


def _table_records(report: _FileReport, names: list[str], rows: list[Any]) -> Iterator[Any]:
    """Each row of a Resource Graph table as the record it stands for; a row that is not one value per column is
    counted in `report` and skipped."""
    width = len(names)
    for row in rows:
        if row.__class__ is list and len(row) == width:
            yield dict(zip(names, row, strict=True))
        else:
            report.bad_table_rows += 1
