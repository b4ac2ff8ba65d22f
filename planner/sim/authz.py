"""Role enforcement: the simulator answers as Azure does for a principal holding one custom role (`planner sim --role
FILE`, or `SimOptions.role`), assigned at the role's AssignableScopes.

Every request is mapped to its action from its method and path (`request_action`): GET -> `.../read`, PUT and PATCH
-> `.../write`, DELETE -> `.../delete`, POST `.../{verb}` -> `.../{verb}/action`, with nested types kept
(`virtualMachineScaleSets/virtualMachines/read`) and provider-level paths too (`locations/operations/read`,
`skus/read`, `Microsoft.Authorization/permissions/read`). A request the role does not grant, or outside its scopes,
gets 403 `AuthorizationFailed` with ARM's message; a write the role grants whose body references a resource it may
not join gets 403 `LinkedAuthorizationFailed` (`linked`: a NIC's subnets, pools, NAT rules, public IPs, ASGs and NSG;
a VNet's subnets' NSGs, route tables, NAT gateways, service endpoint policies and its DDoS plan; a scale-set model's
NIC configurations; a VM's NICs, from the body or, for a PATCH that carries none, the VM as stored).

Simplifications: a long-running operation's status URL (`/subscriptions/S/providers/NS/locations/...`) is allowed
when the role is assigned anywhere in the subscription; a subscription-wide list under a role assigned only to
resource groups is refused (Azure would return what those groups hold). The permissions API
(`.../providers/Microsoft.Authorization/permissions`) answers the role's entry at and under its scopes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from planner.plan.permissions import BLOB_READ, canonical
from planner.plan.roles import Role, data_permitted, permitted, within
from planner.sim.estate import SimEstate, props
from planner.sim.wire import SEG, SUB, SimRequest, SimResponse, arm_error

SIM_PRINCIPAL = "5e1a7c2d-0b9e-4c3f-8d6a-51a051a051a0"
AddRoute = Callable[[str, str, str, Callable[[SimRequest, Mapping[str, str]], SimResponse]], None]
_SUFFIX = {"GET": "read", "HEAD": "read", "PUT": "write", "PATCH": "write", "DELETE": "delete"}


def request_action(method: str, path: str) -> tuple[str, str] | None:
    """(action, scope) of an ARM request; None for a path that is not ARM's (the simulator's own state)."""
    segs = [s for s in path.split("/") if s]
    if len(segs) < 2 or segs[0].lower() != "subscriptions":
        return None
    i = 4 if len(segs) >= 4 and segs[2].lower() == "resourcegroups" else 2
    if len(segs) == i:
        types = ["subscriptions"] + (["resourceGroups"] if i == 4 else [])
        return canonical(f"Microsoft.Resources/{'/'.join(types)}/{_SUFFIX.get(method, 'read')}"), path
    if segs[i].lower() != "providers" or len(segs) < i + 3:
        return None
    namespace, rest = segs[i + 1], segs[i + 2 :]
    if method == "POST" and len(rest) % 2 == 1 and len(rest) > 1:
        verb = rest[-1]
        scope = "/" + "/".join(segs[:-1])
        return canonical(f"{namespace}/{'/'.join(rest[:-1][0::2])}/{verb}/action"), scope
    return canonical(f"{namespace}/{'/'.join(rest[0::2])}/{_SUFFIX.get(method, 'read')}"), path


def _ids(value: Any) -> Iterator[str]:
    """The `id` of a reference, or of each reference in a list."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            yield item["id"]


_IP_CONFIG_JOINS = {
    "subnet": "Microsoft.Network/virtualNetworks/subnets/join/action",
    "loadBalancerBackendAddressPools": "Microsoft.Network/loadBalancers/backendAddressPools/join/action",
    "loadBalancerInboundNatRules": "Microsoft.Network/loadBalancers/inboundNatRules/join/action",
    "loadBalancerInboundNatPools": "Microsoft.Network/loadBalancers/inboundNatPools/join/action",
    "publicIPAddress": "Microsoft.Network/publicIPAddresses/join/action",
    "applicationSecurityGroups": "Microsoft.Network/applicationSecurityGroups/joinIpConfiguration/action",
    "applicationGatewayBackendAddressPools": "Microsoft.Network/applicationGateways/backendAddressPools/join/action",
}
_SUBNET_JOINS = {
    "networkSecurityGroup": "Microsoft.Network/networkSecurityGroups/join/action",
    "routeTable": "Microsoft.Network/routeTables/join/action",
    "natGateway": "Microsoft.Network/natGateways/join/action",
    "serviceEndpointPolicies": "Microsoft.Network/serviceEndpointPolicies/join/action",
}
_NSG_JOIN = "Microsoft.Network/networkSecurityGroups/join/action"


def _nic_like(p: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """A NIC's (or a scale-set NIC configuration's) properties: its NSG and its IP configurations' references."""
    yield from ((_NSG_JOIN, i) for i in _ids(p.get("networkSecurityGroup")))
    for config in p.get("ipConfigurations") or []:
        cp = props(config) if isinstance(config, dict) else {}
        for name, join in _IP_CONFIG_JOINS.items():
            yield from ((join, i) for i in _ids(cp.get(name)))


def linked(action: str, body: Mapping[str, Any], stored: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """(join action, linked resource id) for each resource a write's body references (Azure's linked access check)."""
    p = props(dict(body))
    a = action.lower()
    out: list[tuple[str, str]] = []
    if a == "microsoft.network/networkinterfaces/write":
        out += _nic_like(p)
    elif a == "microsoft.network/virtualnetworks/write":
        out += [("Microsoft.Network/ddosProtectionPlans/join/action", i) for i in _ids(p.get("ddosProtectionPlan"))]
        for subnet in p.get("subnets") or []:
            sp = props(subnet) if isinstance(subnet, dict) else {}
            for name, join in _SUBNET_JOINS.items():
                out += [(join, i) for i in _ids(sp.get(name))]
    elif a == "microsoft.compute/virtualmachines/write":
        profile = p.get("networkProfile") or props(dict(stored or {})).get("networkProfile") or {}
        out += [("Microsoft.Network/networkInterfaces/join/action", i) for i in _ids(profile.get("networkInterfaces"))]
    elif a == "microsoft.compute/virtualmachinescalesets/write":
        network = (p.get("virtualMachineProfile") or {}).get("networkProfile") or {}
        for config in network.get("networkInterfaceConfigurations") or []:
            out += _nic_like(props(config) if isinstance(config, dict) else {})
    return out


class RoleEnforcement:
    """The role in force (None: everything is allowed, as for an Owner) and its checks. Used under the lock."""

    def __init__(self, role: Role | None, principal: str = SIM_PRINCIPAL) -> None:
        self.role = role
        self.principal = principal

    def _in_scope(self, scope: str) -> bool:
        role = self.role
        if role is None or not role.scopes:
            return True
        if within(scope, role.scopes):
            return True
        segs = [s.lower() for s in scope.split("/") if s]
        if len(segs) >= 5 and segs[2] == "providers" and segs[4] == "locations":  # an operation's status URL
            sub = f"/subscriptions/{segs[1]}"
            return any(s.lower() == sub or s.lower().startswith(sub + "/") for s in role.scopes)
        return False

    def allowed(self, action: str, scope: str) -> bool:
        return self.role is None or (permitted(action, self.role.permissions) and self._in_scope(scope))

    def blob_reads_allowed(self, account_id: str | None) -> bool:
        """Whether the role lets the caller list and read blobs of a storage account (its ARM id when the estate
        has it): the data action, within the role's scopes."""
        if self.role is None:
            return True
        if not data_permitted(BLOB_READ, self.role.permissions):
            return False
        return account_id is None or self._in_scope(account_id)

    def check(self, request: SimRequest, estate: SimEstate) -> SimResponse | None:
        if self.role is None:
            return None
        found = request_action(request.method, request.path)
        if found is None:
            return None
        action, scope = found
        who = f"The client '{self.principal}' with object id '{self.principal}'"
        if not self.allowed(action, scope):
            return arm_error(
                403,
                "AuthorizationFailed",
                f"{who} does not have authorization to perform action '{action}' over scope '{scope}' or the scope is "
                "invalid. If access was recently granted, please refresh your credentials.",
            )
        if request.method not in ("PUT", "PATCH"):
            return None
        try:
            body = json.loads(request.body) if request.body else {}
        except (json.JSONDecodeError, UnicodeDecodeError):
            return None  # the route refuses it
        if not isinstance(body, dict):
            return None
        refused = [(join, rid) for join, rid in linked(action, body, estate.get(scope)) if not self.allowed(join, rid)]
        if not refused:
            return None
        join = refused[0][0]
        scopes = ",".join(rid for j, rid in refused if j == join)
        return arm_error(
            403,
            "LinkedAuthorizationFailed",
            f"{who} has permission to perform action '{action}' on scope '{scope}'; however, it does not have "
            f"permission to perform action '{join}' on the linked scope(s) '{scopes}' or the linked scope(s) are "
            "invalid.",
        )

    # --- the permissions API -------------------------------------------------------------------------------------

    def register(self, add: AddRoute) -> None:
        path = SUB + r"(?:/resourceGroups/" + SEG.format("resource_group") + r")?"
        add("GET", path + r"/providers/Microsoft\.Authorization/permissions/?$", "permissions", self.permissions)

    def permissions(self, request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        """Permissions - List For Resource Group / subscription: one entry per role assignment in force."""
        scope = request.path.rsplit("/providers/", 1)[0]
        role = self.role
        if role is None:
            entries: list[dict[str, Any]] = [{"actions": ["*"], "notActions": [], "dataActions": [], "notDataActions": []}]
        elif not role.scopes or within(scope, role.scopes):
            entries = [
                {"actions": list(p.actions), "notActions": list(p.not_actions), "dataActions": [], "notDataActions": []}
                for p in role.permissions
            ]
        else:
            entries = []
        return SimResponse(200, {"value": entries})
