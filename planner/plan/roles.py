"""Azure custom role definitions for a plan: their scopes, their JSON (the shape `az role definition create
--role-definition @file` reads), reading one back, and evaluating actions against a role's Actions and NotActions as
Azure does (`*` matches any run of characters, anywhere; case-insensitive; a NotAction removes what an Action
grants within the same permission entry).

Scopes: `/subscriptions/{id}` for each subscription the plan touches (the default), or with `by="resource-groups"`
`/subscriptions/{id}/resourceGroups/{rg}` for each resource group of a resource the plan names (step targets, the VMs
of NIC steps, budget groups, VNets, VMs) and, given the inventory, of what the plan's NICs, VMs and scale sets
reference (subnets and their VNets, load-balancer pools, public IPs): the joins reach them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from planner.errors import InputError
from planner.model import Inventory, ResourceId, key
from planner.plan.permissions import apply_actions, data_actions, review_actions
from planner.plan.types import Plan

SCOPES = ("subscriptions", "resource-groups")


@dataclass(frozen=True)
class Permission:
    """One permission entry: what it grants and takes away (a role has one; the permissions API lists one per
    role assignment in force)."""

    actions: tuple[str, ...]
    not_actions: tuple[str, ...] = ()
    data_actions: tuple[str, ...] = ()
    not_data_actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    name: str
    permissions: tuple[Permission, ...]
    scopes: tuple[str, ...] = ()
    description: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(p) for p in text.split("*")), re.IGNORECASE)


def matches(pattern: str, action: str) -> bool:
    return _pattern(pattern).fullmatch(action) is not None


def permitted(action: str, permissions: Iterable[Permission]) -> bool:
    """Whether any entry grants `action` and does not take it away again."""
    return any(
        any(matches(a, action) for a in p.actions) and not any(matches(n, action) for n in p.not_actions)
        for p in permissions
    )


def data_permitted(action: str, permissions: Iterable[Permission]) -> bool:
    """Whether any entry grants the data action `action` (DataActions / NotDataActions)."""
    return any(
        any(matches(a, action) for a in p.data_actions) and not any(matches(n, action) for n in p.not_data_actions)
        for p in permissions
    )


def missing(actions: Iterable[str], permissions: Sequence[Permission]) -> list[str]:
    return [a for a in actions if not permitted(a, permissions)]


# --- scopes ----------------------------------------------------------------------------------------------------


def plan_ids(plan: Plan) -> list[str]:
    """Every resource id the plan names: step targets, the VMs of NIC steps, groups, VNets and VMs."""
    ids = [s.target for _, s in plan.steps()]
    ids += [str(s.params["vm"]) for _, s in plan.steps() if isinstance(s.params.get("vm"), str)]
    ids += [g.id for g in plan.groups] + [v.id for v in plan.vnets] + [v.id for v in plan.vms]
    return ids


def _referenced(plan: Plan, inv: Inventory) -> list[str]:
    """What the plan's NICs (and the NICs of its VMs) and scale sets reference, per the inventory."""
    out: list[str] = []
    nics = {key(s.target) for _, s in plan.steps()}
    for entry in plan.vms:
        vm = inv.vms.get(key(entry.id))
        if vm is not None:
            nics |= {key(n.id) for n in vm.nics}
        ss = inv.scale_sets.get(key(entry.id))
        if ss is not None:
            out += ss.subnet_ids
    for k in nics:
        nic = inv.nics.get(k)
        if nic is None:
            continue
        out.append(nic.id)
        for config in nic.ip_configurations:
            out += [x for x in (config.subnet_id, config.public_ip_id) if x]
            out += config.backend_pool_ids
    return out


def subscription_scopes(plan: Plan) -> list[str]:
    subs = {s.lower() for s in plan.meta.subscriptions}
    for raw in plan_ids(plan):
        rid = ResourceId.parse(raw)
        if rid is not None:
            subs.add(rid.subscription.lower())
    return [f"/subscriptions/{s}" for s in sorted(subs)]


def group_scopes(plan: Plan, inv: Inventory | None = None) -> list[str]:
    ids = plan_ids(plan) + (_referenced(plan, inv) if inv is not None else [])
    groups: dict[str, str] = {}
    for raw in ids:
        rid = ResourceId.parse(raw)
        if rid is not None:
            scope = f"/subscriptions/{rid.subscription.lower()}/resourceGroups/{rid.resource_group}"
            groups.setdefault(scope.lower(), scope)
    return [groups[k] for k in sorted(groups)]


def scopes(plan: Plan, by: str = "subscriptions", inv: Inventory | None = None) -> list[str]:
    return subscription_scopes(plan) if by == "subscriptions" else group_scopes(plan, inv)


# --- role definitions ------------------------------------------------------------------------------------------


def default_name(plan: Plan) -> str:
    return "planner-" + plan.digest.removeprefix("sha256:")[:12]


def definition(
    name: str,
    description: str,
    actions: Sequence[str],
    assignable: Sequence[str],
    data: Sequence[str] = (),
) -> dict[str, Any]:
    """A role as `az role definition create --role-definition @file` reads it."""
    return {
        "Name": name,
        "IsCustom": True,
        "Description": description,
        "Actions": list(actions),
        "NotActions": [],
        "DataActions": list(data),
        "NotDataActions": [],
        "AssignableScopes": list(assignable),
    }


def plan_roles(
    plan: Plan, name: str | None = None, by: str = "subscriptions", inv: Inventory | None = None
) -> dict[str, dict[str, Any]]:
    """The plan's review and apply roles (`{"review": ..., "apply": ...}`)."""
    base = name or default_name(plan)
    assignable = scopes(plan, by, inv)
    return {
        "review": definition(
            f"{base}-review",
            f"planner: the reads of fetch, verify and apply --dry-run for plan {plan.digest}",
            review_actions(plan),
            assignable,
            data_actions(plan),
        ),
        "apply": definition(
            f"{base}-apply",
            f"planner: apply plan {plan.digest} (its reads, writes and the joins they imply)",
            apply_actions(plan),
            assignable,
            data_actions(plan),
        ),
    }


def _get(doc: Mapping[str, Any], name: str) -> Any:
    return next((v for k, v in doc.items() if k.lower() == name.lower()), None)


def _strings(value: Any, what: str, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise InputError(f"{path}: {what} must be a list of strings")
    return tuple(value)


def role_from_document(doc: Any, path: Path) -> Role:
    """A role definition as `planner rbac` writes it (or `az role definition list` shows it: properties.permissions)."""
    if not isinstance(doc, dict):
        raise InputError(f"{path}: a role definition is a JSON object")
    props = _get(doc, "properties")
    if isinstance(props, dict):
        doc = props
    entries = _get(doc, "permissions")
    if isinstance(entries, list):
        perms = tuple(_permission(e, path) for e in entries if isinstance(e, dict))
    else:
        perms = (_permission(doc, path),)
    name = _get(doc, "name") or _get(doc, "roleName") or path.stem
    return Role(str(name), perms, _strings(_get(doc, "assignableScopes"), "AssignableScopes", path))


def _permission(entry: Mapping[str, Any], path: Path) -> Permission:
    return Permission(
        *(_strings(_get(entry, f), f, path) for f in ("Actions", "NotActions", "DataActions", "NotDataActions"))
    )


def read_role(path: Path) -> Role:
    """Read a role definition file (InputError naming the file when it cannot be read or is not one)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read role definition {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text: {exc}") from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON: {exc}") from exc
    return role_from_document(doc, path)


def within(scope: str, assignable: Iterable[str]) -> bool:
    """Whether a path lies at or under one of the assignable scopes (case-insensitive, on segment boundaries)."""
    s = scope.rstrip("/").lower()
    for a in assignable:
        a = a.rstrip("/").lower()
        if a in ("", "/") or s == a or s.startswith(a + "/"):
            return True
    return False
