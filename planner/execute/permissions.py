"""The permissions pre-flight of `apply` (and its dry run): before anything is written (before the confirmation),
read the caller's effective permissions at each resource group the plan's steps act on, through Azure's permissions
API (`GET .../resourceGroups/{rg}/providers/Microsoft.Authorization/permissions`, Permissions - List For Resource
Group, through the executor's own authenticated pipeline), and check every action the plan needs
(`planner.plan.permissions`, the same actions `planner rbac` puts in its roles) against them, wildcards and
NotActions evaluated as Azure does.

- an action missing: `PermissionsMissing` (exit 5) naming every missing action and where; nothing was done;
- the read refused (403): `AzureError` naming `Microsoft.Authorization/permissions/read` (skip the check with
  `--skip-permissions-check`: a refusal then stops the run at Azure's first 403, which names the action);
- the API not there (404, 400, 405, 501: an endpoint that does not serve it): the check is skipped and the result
  says why (the run relies on Azure's 403s).

A dry run needs the review role's actions; it also reports which of the apply role's actions are missing (what an
apply would be refused for), without failing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from azure.core.exceptions import HttpResponseError
from azure.core.rest import HttpRequest

from planner.errors import AzureError
from planner.execute.arm import ArmClients
from planner.execute.backoff import Backoff, GaveUp, RetryPolicy, describe
from planner.model import ResourceId
from planner.plan import roles
from planner.plan.permissions import PERMISSIONS_READ, apply_actions, review_actions
from planner.plan.roles import Permission
from planner.plan.types import Plan

API_VERSION = "2022-04-01"
_UNSUPPORTED = (400, 404, 405, 501)


class PermissionsMissing(AzureError):
    """The caller lacks actions the plan needs: nothing was done."""

    def __init__(self, message: str, missing: dict[str, list[str]]) -> None:
        super().__init__(message)
        self.missing = missing


@dataclass(frozen=True)
class PermissionCheck:
    scopes: tuple[str, ...] = ()  # where the permissions were read
    needed: int = 0  # actions checked at each
    unsupported: str = ""  # why the check could not be made (the run relies on Azure's 403s)
    apply_missing: tuple[str, ...] = ()  # a dry run: the apply role's actions the caller lacks


def plan_groups(plan: Plan) -> list[tuple[str, str]]:
    """(subscription, resource group) of every step target, in plan order, once each."""
    out: dict[tuple[str, str], None] = {}
    for _, s in plan.steps():
        rid = ResourceId.parse(s.target)
        if rid is not None:
            out.setdefault((rid.subscription, rid.resource_group), None)
    return list(out)


def _entries(body: Any) -> tuple[list[Permission], str | None]:
    if not isinstance(body, dict) or not isinstance(body.get("value", []), list):
        raise ValueError("the answer is not a permissions list (an object with a `value` list)")
    perms = [
        Permission(tuple(e.get("actions") or []), tuple(e.get("notActions") or []))
        for e in body.get("value") or []
        if isinstance(e, dict)
    ]
    link = body.get("nextLink")
    return perms, link if isinstance(link, str) and link else None


def read_permissions(arm: ArmClients, subscription: str, group: str) -> list[Permission]:
    """The caller's permission entries at a resource group (every page); HttpResponseError as Azure answered."""
    client = arm.network(subscription)
    path = f"/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Authorization/permissions"
    request: HttpRequest | None = HttpRequest("GET", path, params={"api-version": API_VERSION})
    out: list[Permission] = []
    while request is not None:
        response = client.send_request(request)
        if response.status_code != 200:
            raise HttpResponseError(response=response)
        perms, link = _entries(response.json())
        out += perms
        request = HttpRequest("GET", link) if link else None
    return out


def _status(exc: BaseException) -> int:
    return int(getattr(exc, "status_code", 0) or 0)


def check_permissions(plan: Plan, arm: ArmClients, *, dry_run: bool, retry: RetryPolicy | None = None) -> PermissionCheck:
    """Raise PermissionsMissing / AzureError as above; else what was checked."""
    needed = review_actions(plan) if dry_run else apply_actions(plan)
    wanted_apply = apply_actions(plan) if dry_run else []
    backoff = Backoff(retry or RetryPolicy(max_total=60))
    missing: dict[str, list[str]] = {}
    apply_missing: dict[str, None] = {}
    scopes: list[str] = []
    for sub, group in plan_groups(plan):
        scope = f"/subscriptions/{sub}/resourceGroups/{group}"
        def read(sub: str = sub, group: str = group) -> list[Permission]:
            return read_permissions(arm, sub, group)

        try:
            perms = backoff.call(read, what=f"reading permissions at {scope}")
        except GaveUp as exc:
            raise AzureError(f"cannot read your permissions at {scope}: {exc}; nothing was done") from exc
        except HttpResponseError as exc:
            if _status(exc) in _UNSUPPORTED:
                return PermissionCheck(tuple(scopes), len(needed), f"the permissions API answered {describe(exc)}")
            hint = (
                f"the pre-flight needs '{PERMISSIONS_READ}' (the roles `planner rbac` prints have it), or pass "
                "--skip-permissions-check to go on without it (a refusal then stops the run at Azure's first 403)"
                if _status(exc) == 403
                else "try again, or pass --skip-permissions-check"
            )
            raise AzureError(f"cannot read your permissions at {scope}: {describe(exc)}; {hint}; nothing was done") from exc
        except ValueError as exc:
            raise AzureError(f"cannot read your permissions at {scope}: {exc}; nothing was done") from exc
        scopes.append(scope)
        for action in roles.missing(needed, perms):
            missing.setdefault(action, []).append(scope)
        for action in roles.missing(wanted_apply, perms):
            apply_missing.setdefault(action, None)
    if missing:
        raise PermissionsMissing(_message(missing, len(scopes), dry_run), missing)
    return PermissionCheck(tuple(scopes), len(needed), apply_missing=tuple(apply_missing))


def _message(missing: dict[str, list[str]], checked: int, dry_run: bool) -> str:
    role = "review" if dry_run else "apply"
    lines = [
        f"your permissions lack {len(missing)} action(s) the plan needs (read through Azure's permissions API at "
        f"{checked} resource group(s)); nothing was done:"
    ]
    for action, where in sorted(missing.items(), key=lambda kv: kv[0].lower()):
        more = f" (and {len(where) - 1} more resource group(s))" if len(where) > 1 else ""
        lines.append(f"  {action} at {where[0]}{more}")
    lines.append(f"grant them: `planner rbac PLAN --role {role}` prints the role that has exactly what the plan needs")
    return "\n".join(lines)


def summary(check: PermissionCheck) -> Sequence[str]:
    """What the pre-flight found, for a face to show."""
    if check.unsupported:
        return [f"permissions: not checked ({check.unsupported}): a refusal will stop the run at Azure's first 403"]
    out = [f"permissions: the {check.needed} action(s) the plan needs are granted at {len(check.scopes)} resource group(s)"]
    if check.apply_missing:
        out.append(
            f"  an apply would be refused: {len(check.apply_missing)} action(s) missing: " + ", ".join(check.apply_missing)
        )
    return out
