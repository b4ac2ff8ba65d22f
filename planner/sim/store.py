"""The simulator's estate: raw ARM REST resource dicts in memory, keyed by case-folded id.

Owns what the simulated Azure "has": resources (exactly the REST bodies it serves, fields nested under
`properties`), VM instance views (kept apart from the VM model, as ARM does: a plain GET leaves them out), Resource
SKU rows and Compute usage rows. Listing is by subscription or resource group and resource type, in insertion
order, so that offset paging stays stable while the estate does not change.

Files are read in the shapes ARM and its exports give: one resource object, a list of them, or a value page
`{"value": [...], "nextLink": ...}` (a left-over nextLink is ignored). Items without an `id` are SKU rows (they have
`resourceType`) or usage rows (`limit` and `name.value`); usage rows carry no region, so it comes from the file name
(`usages-<region>.json`). SKU and usage rows loaded from files apply to every subscription. The store does not
reuse the inventory loaders: it only needs `id` and `type` (derived from the id when missing).

Returned dicts are the stored objects: callers must not mutate them (writes go through `put`, which replaces).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from planner.model import ResourceId, key

VM_TYPE = "microsoft.compute/virtualmachines"
RESOURCE_GROUP_TYPE = "Microsoft.Resources/resourceGroups"
_USAGE_FILE = re.compile(r"usages?[-_]([a-z0-9]+)")


class StoreError(Exception):
    """An estate file that cannot be served; the message names the file (and line for JSON errors)."""


def _default_instance_view(vm: dict[str, Any]) -> dict[str, Any]:
    # A VM recorded without its instance view still has one in Azure; a freshly provisioned VM is running.
    state = str((vm.get("properties") or {}).get("provisioningState") or "Succeeded")
    return {
        "statuses": [
            {
                "code": f"ProvisioningState/{state.lower()}",
                "level": "Info",
                "displayStatus": f"Provisioning {state.lower()}",
            },
            {"code": "PowerState/running", "level": "Info", "displayStatus": "VM running"},
        ]
    }


class ArmStore:
    """Thread-safe: the simulator serves requests from several threads."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._resources: dict[str, dict[str, Any]] = {}
        self._instance_views: dict[str, dict[str, Any]] = {}
        self._by_subscription: dict[tuple[str, str], list[str]] = {}
        self._by_group: dict[tuple[str, str, str], list[str]] = {}
        self._subscriptions: dict[str, str] = {}
        self._groups: dict[tuple[str, str], str] = {}
        self._skus: dict[str | None, list[dict[str, Any]]] = {}
        self._usages: dict[tuple[str | None, str], list[dict[str, Any]]] = {}

    # --- building ----------------------------------------------------------------------------------------

    @classmethod
    def from_path(cls, path: Path) -> ArmStore:
        store = cls()
        store.load_path(path)
        return store

    def add_subscription(self, subscription: str) -> None:
        with self._lock:
            self._subscriptions.setdefault(key(subscription), subscription)

    def add_resource_group(self, subscription: str, resource_group: str) -> None:
        with self._lock:
            self.add_subscription(subscription)
            self._groups.setdefault((key(subscription), key(resource_group)), resource_group)

    def put(self, resource: dict[str, Any]) -> dict[str, Any]:
        """Add or replace a resource; returns the stored body. A VM's `properties.instanceView` is kept apart."""
        raw_id = resource.get("id")
        rid = ResourceId.parse(raw_id) if isinstance(raw_id, str) else None
        if rid is None:
            raise StoreError(f"not an ARM resource id: {raw_id!r}")
        body = dict(resource)
        if not isinstance(body.get("type"), str):
            body["type"] = rid.type if rid.namespace else RESOURCE_GROUP_TYPE
        rtype = key(body["type"])
        k = rid.key
        with self._lock:
            self.add_resource_group(rid.subscription, rid.resource_group)
            if not rid.namespace:
                return body  # a resource group: registering it is all there is to do
            if rtype == VM_TYPE:
                props = body.get("properties")
                if isinstance(props, dict) and "instanceView" in props:
                    props = dict(props)
                    view = props.pop("instanceView")
                    body["properties"] = props
                    if isinstance(view, dict):
                        self._instance_views[k] = view
            if k not in self._resources:
                sub, group = key(rid.subscription), key(rid.resource_group)
                self._by_subscription.setdefault((sub, rtype), []).append(k)
                self._by_group.setdefault((sub, group, rtype), []).append(k)
            self._resources[k] = body
        return body

    def delete(self, resource_id: str) -> bool:
        """Remove a resource (an out-of-band deletion); whether it was there."""
        k = key(resource_id)
        with self._lock:
            body = self._resources.pop(k, None)
            if body is None:
                return False
            self._instance_views.pop(k, None)
            for index in (self._by_subscription, self._by_group):
                for keys in index.values():
                    if k in keys:
                        keys.remove(k)
            return True

    def set_instance_view(self, vm_id: str, view: dict[str, Any]) -> None:
        with self._lock:
            self._instance_views[key(vm_id)] = view

    def add_skus(self, rows: Iterable[dict[str, Any]], subscription: str | None = None) -> None:
        """Resource SKU rows; `subscription=None` serves them to every subscription."""
        with self._lock:
            self._skus.setdefault(key(subscription) if subscription else None, []).extend(rows)

    def set_usages(self, location: str, rows: list[dict[str, Any]], subscription: str | None = None) -> None:
        """Compute usage rows of one region; `subscription=None` serves them to every subscription."""
        with self._lock:
            self._usages[(key(subscription) if subscription else None, key(location))] = rows

    # --- reading -----------------------------------------------------------------------------------------

    @property
    def subscriptions(self) -> list[str]:
        with self._lock:
            return sorted(self._subscriptions.values(), key=str.lower)

    def has_subscription(self, subscription: str) -> bool:
        with self._lock:
            return key(subscription) in self._subscriptions

    def has_resource_group(self, subscription: str, resource_group: str) -> bool:
        with self._lock:
            return (key(subscription), key(resource_group)) in self._groups

    def get(self, resource_id: str) -> dict[str, Any] | None:
        with self._lock:
            return self._resources.get(key(resource_id))

    def __len__(self) -> int:
        with self._lock:
            return len(self._resources)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        with self._lock:
            return iter(list(self._resources.values()))

    def instance_view(self, vm_id: str) -> dict[str, Any] | None:
        """The VM's instance view (a default running one if none was recorded); None if there is no such VM."""
        with self._lock:
            vm = self._resources.get(key(vm_id))
            if vm is None or key(str(vm.get("type"))) != VM_TYPE:
                return None
            return self._instance_views.get(key(vm_id)) or _default_instance_view(vm)

    def page(
        self,
        subscription: str,
        resource_type: str,
        *,
        resource_group: str | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> tuple[list[dict[str, Any]], int]:
        """One slice of the resources of a top-level type, and how many there are in all."""
        with self._lock:
            if resource_group is None:
                keys = self._by_subscription.get((key(subscription), key(resource_type)), [])
            else:
                keys = self._by_group.get((key(subscription), key(resource_group), key(resource_type)), [])
            end = len(keys) if limit is None else offset + limit
            return [self._resources[k] for k in keys[offset:end]], len(keys)

    def skus(self, subscription: str) -> list[dict[str, Any]]:
        with self._lock:
            return self._skus.get(key(subscription), []) + self._skus.get(None, [])

    def usages(self, subscription: str, location: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._usages.get((key(subscription), key(location)))
            return rows if rows is not None else self._usages.get((None, key(location)), [])

    # --- loading files -----------------------------------------------------------------------------------

    def load_path(self, path: Path) -> None:
        """A JSON file, or every `*.json` file under a folder (sorted, so loading is deterministic)."""
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.json") if p.is_file())
            if not files:
                raise StoreError(f"{path}: no .json files in this folder")
        elif path.is_file():
            files = [path]
        else:
            raise StoreError(f"{path}: no such file or folder")
        for file in files:
            self.load_document(str(file), _read_json(file))

    def load_document(self, source: str, document: Any) -> None:
        """One parsed JSON document; `source` names it in errors and may carry the usage region."""
        if isinstance(document, dict) and isinstance(document.get("value"), list):
            items: list[Any] = document["value"]
        elif isinstance(document, list):
            items = document
        else:
            items = [document]
        usage_rows: list[dict[str, Any]] = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise StoreError(f"{source}: item {index} is a {type(item).__name__}, not a JSON object")
            if isinstance(item.get("id"), str):
                try:
                    self.put(item)
                except StoreError as exc:
                    raise StoreError(f"{source}: item {index}: {exc}") from None
            elif "resourceType" in item and "name" in item:
                self.add_skus([item])
            elif "limit" in item and isinstance(item.get("name"), dict):
                usage_rows.append(item)
            else:
                raise StoreError(
                    f"{source}: item {index} is neither an ARM resource (no id), a Resource SKU row nor a usage row"
                )
        if usage_rows:
            match = _USAGE_FILE.search(Path(source).stem.lower())
            if match is None:
                raise StoreError(f"{source}: usage rows carry no region: name the file usages-<region>.json")
            self.set_usages(match.group(1), usage_rows)


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise StoreError(f"{path}: not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
