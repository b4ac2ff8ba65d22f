"""The simulator's read routes over its ArmStore: lists by subscription or resource group of any top-level type
(with `statusOnly=true` for VMs), GET of a resource (with `$expand=instanceView` for VMs), GET of a VM's instance
view, Resource SKUs (`$filter=location eq '<region>'`) and Compute usages per region, answered as value pages with
an absolute `nextLink` carrying `$skiptoken`.

`statusOnly=true` answers each VM as `id`, `name`, `type`, `location` and `properties.instanceView` only: real ARM
may send more, and the fetcher must not depend on it, so the simulator sends the least.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

from planner.sim.store import VM_TYPE, ArmStore
from planner.sim.wire import GROUP, SEG, SUB, SimRequest, SimResponse, arm_error

_SKU_FILTER = re.compile(r"^\s*location\s+eq\s+'(?P<location>[^']*)'\s*$", re.IGNORECASE)

Fetch = Callable[[int, int], tuple[list[dict[str, Any]], int]]
AddRoute = Callable[[str, str, str, Callable[[SimRequest, Mapping[str, str]], SimResponse]], None]


def page(request: SimRequest, fetch: Fetch, page_size: int) -> SimResponse:
    """One page of a list: `fetch(offset, limit)` gives the items and the total."""
    token = request.query.get("$skiptoken", "0")
    if not token.isdigit():
        return arm_error(400, "InvalidSkipToken", f"The $skiptoken '{token}' is not valid.")
    offset = int(token)
    items, total = fetch(offset, page_size)
    body: dict[str, Any] = {"value": items}
    if offset + len(items) < total:
        pairs = [(k, v) for k, v in request.query_pairs if k.lower() != "$skiptoken"]
        pairs.append(("$skiptoken", str(offset + len(items))))
        body["nextLink"] = f"{request.base_url}{quote(request.path)}?{urlencode(pairs, quote_via=quote, safe='$')}"
    return SimResponse(200, body)


def slice_of(rows: list[dict[str, Any]]) -> Fetch:
    return lambda offset, limit: (rows[offset : offset + limit], len(rows))


def not_found(params: Mapping[str, str]) -> SimResponse:
    parts = params["rest"].split("/")
    rtype = "/".join([params["namespace"], *parts[0::2]])
    name = "/".join(parts[1::2])
    return arm_error(
        404,
        "ResourceNotFound",
        f"The Resource '{rtype}/{name}' under resource group '{params['resource_group']}' was not found. "
        "For more details please go to https://aka.ms/ARMResourceNotFoundFix",
    )


class ReadRoutes:
    """The generic read handlers; `register` adds them (after any more specific route) to a simulator."""

    def __init__(self, store: ArmStore, page_size: int) -> None:
        self.store = store
        self.page_size = page_size

    def register(self, add: AddRoute) -> None:
        add("GET", SUB + r"/providers/Microsoft\.Compute/skus/?$", "skus", self.skus)
        add(
            "GET",
            SUB + r"/providers/Microsoft\.Compute/locations/" + SEG.format("location") + r"/usages/?$",
            "usages",
            self.usages,
        )
        add(
            "GET",
            GROUP + r"/providers/Microsoft\.Compute/virtualMachines/" + SEG.format("name") + r"/instanceView/?$",
            "vm_instance_view",
            self.vm_instance_view,
        )
        add(
            "GET",
            SUB + r"/providers/" + SEG.format("namespace") + "/" + SEG.format("type") + r"/?$",
            "list_by_subscription",
            self.list,
        )
        add(
            "GET",
            GROUP + r"/providers/" + SEG.format("namespace") + "/" + SEG.format("type") + r"/?$",
            "list_by_resource_group",
            self.list,
        )
        add(
            "GET",
            GROUP + r"/providers/" + SEG.format("namespace") + r"/(?P<rest>[^/]+/[^/]+(?:/[^/]+/[^/]+)*)/?$",
            "get_resource",
            self.get_resource,
        )

    def list(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rtype = f"{params['namespace']}/{params['type']}"
        group = params.get("resource_group")
        status_only = rtype.lower() == VM_TYPE and request.query.get("statusonly", "").lower() == "true"

        def fetch(offset: int, limit: int) -> tuple[list[dict[str, Any]], int]:
            items, total = self.store.page(
                params["subscription"], rtype, resource_group=group, offset=offset, limit=limit
            )
            if status_only:
                items = [self._status_only(vm) for vm in items]
            return items, total

        return page(request, fetch, self.page_size)

    def _status_only(self, vm: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {k: vm[k] for k in ("name", "id", "type", "location") if k in vm}
        out["properties"] = {"instanceView": self.store.instance_view(str(vm["id"]))}
        return out

    def get_resource(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        resource_id = (
            f"/subscriptions/{params['subscription']}/resourceGroups/{params['resource_group']}"
            f"/providers/{params['namespace']}/{params['rest']}"
        )
        resource = self.store.get(resource_id)
        if resource is None:
            return not_found(params)
        if str(resource.get("type", "")).lower() == VM_TYPE and request.query.get("$expand") == "instanceView":
            props = dict(resource.get("properties") or {})
            props["instanceView"] = self.store.instance_view(resource_id)
            resource = {**resource, "properties": props}
        return SimResponse(200, resource)

    def vm_instance_view(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        vm_id = (
            f"/subscriptions/{params['subscription']}/resourceGroups/{params['resource_group']}"
            f"/providers/Microsoft.Compute/virtualMachines/{params['name']}"
        )
        view = self.store.instance_view(vm_id)
        if view is None:
            return not_found({**params, "namespace": "Microsoft.Compute", "rest": f"virtualMachines/{params['name']}"})
        return SimResponse(200, view)

    def skus(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        rows = self.store.skus(params["subscription"])
        text = request.query.get("$filter")
        if text is not None:
            match = _SKU_FILTER.match(text)
            if match is None:
                return arm_error(
                    400, "InvalidParameter", f"The $filter '{text}' is not supported: only location eq '<region>' is."
                )
            region = match.group("location").lower()
            rows = [r for r in rows if region in (str(loc).lower() for loc in r.get("locations") or [])]
        return page(request, slice_of(rows), self.page_size)

    def usages(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        return page(request, slice_of(self.store.usages(params["subscription"], params["location"])), self.page_size)
