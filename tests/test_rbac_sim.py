"""The simulator enforcing a role: each request mapped to its action, 403 `AuthorizationFailed` and
`LinkedAuthorizationFailed` with ARM's bodies, and the permissions API, through the real SDK clients."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import requests
from azure.core.exceptions import HttpResponseError
from conftest import SIM_TOKEN
from execute_helpers import arm_for, make_plan

from planner.execute.permissions import read_permissions
from planner.plan.roles import Permission, Role
from planner.sim.authz import SIM_PRINCIPAL, request_action
from planner.sim.server import SimHandle

S = "/subscriptions/s1"
G = S + "/resourceGroups/rg"


@pytest.mark.parametrize(
    ("method", "path", "action", "scope"),
    [
        ("GET", S + "/providers/Microsoft.Compute/virtualMachines", "Microsoft.Compute/virtualMachines/read", None),
        ("GET", G + "/providers/Microsoft.Compute/virtualMachines/vm1/instanceView",
         "Microsoft.Compute/virtualMachines/instanceView/read", None),
        ("PATCH", G + "/providers/Microsoft.Compute/virtualMachines/vm1", "Microsoft.Compute/virtualMachines/write", None),
        ("POST", G + "/providers/Microsoft.Compute/virtualMachines/vm1/deallocate",
         "Microsoft.Compute/virtualMachines/deallocate/action", G + "/providers/Microsoft.Compute/virtualMachines/vm1"),
        ("POST", G + "/providers/Microsoft.Compute/virtualMachineScaleSets/ss/manualupgrade",
         "Microsoft.Compute/virtualMachineScaleSets/manualUpgrade/action",
         G + "/providers/Microsoft.Compute/virtualMachineScaleSets/ss"),
        ("GET", G + "/providers/Microsoft.Compute/virtualMachineScaleSets/ss/virtualMachines",
         "Microsoft.Compute/virtualMachineScaleSets/virtualMachines/read", None),
        ("GET", S + "/providers/Microsoft.Compute/locations/eastus/operations/op1",
         "Microsoft.Compute/locations/operations/read", None),
        ("GET", S + "/providers/Microsoft.Network/locations/eastus/operations/op1",
         "Microsoft.Network/locations/operations/read", None),
        ("GET", S + "/providers/Microsoft.Compute/skus", "Microsoft.Compute/skus/read", None),
        ("GET", S + "/providers/Microsoft.Compute/locations/eastus/usages", "Microsoft.Compute/locations/usages/read", None),
        ("GET", G + "/providers/Microsoft.Authorization/permissions", "Microsoft.Authorization/permissions/read", None),
        ("PUT", G + "/providers/Microsoft.Network/networkInterfaces/nic", "Microsoft.Network/networkInterfaces/write", None),
        ("DELETE", G + "/providers/Microsoft.Network/virtualNetworks/v", "Microsoft.Network/virtualNetworks/delete", None),
    ],
)
def test_each_request_maps_to_its_action(method: str, path: str, action: str, scope: str | None) -> None:
    assert request_action(method, path) == (action, scope or path)


def test_no_action_for_the_simulators_own_state() -> None:
    assert request_action("GET", "/_sim/state") is None


def test_a_request_outside_the_role_gets_azures_403(small_sim: SimHandle) -> None:
    sub = small_sim.store.subscriptions[0]
    small_sim.simulator.authz.role = Role("r", (Permission(("Microsoft.Network/*/read",)),), (f"/subscriptions/{sub}",))
    url = f"{small_sim.url}/subscriptions/{sub}/providers/Microsoft.Compute/virtualMachines?api-version=2024-07-01"
    answer = requests.get(url, headers={"Authorization": f"Bearer {SIM_TOKEN}"}, timeout=30)
    assert answer.status_code == 403
    assert answer.json() == {"error": {"code": "AuthorizationFailed", "message": (
        f"The client '{SIM_PRINCIPAL}' with object id '{SIM_PRINCIPAL}' does not have authorization to perform action "
        f"'Microsoft.Compute/virtualMachines/read' over scope '/subscriptions/{sub}/providers/Microsoft.Compute/"
        "virtualMachines' or the scope is invalid. If access was recently granted, please refresh your credentials."
    )}}
    ok = url.replace("Microsoft.Compute/virtualMachines", "Microsoft.Network/virtualNetworks")
    assert requests.get(ok, headers={"Authorization": f"Bearer {SIM_TOKEN}"}, timeout=30).status_code == 200
    other = Role("r", (Permission(("*",)),), ("/subscriptions/00000000-0000-0000-0000-00000000dead",))
    small_sim.simulator.authz.role = other  # everything, but elsewhere
    assert requests.get(ok, headers={"Authorization": f"Bearer {SIM_TOKEN}"}, timeout=30).status_code == 403


def test_a_nic_put_without_the_subnet_join_gets_linked_authorization_failed(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path
) -> None:
    plan, _ = make_plan(small_estate_dir, tmp_path)
    target = next(s.target for _, s in plan.steps() if s.op == "nic.enable-accelerated-networking")
    sub, group, name = target.split("/")[2], target.split("/")[4], target.split("/")[-1]
    arm = arm_for(small_sim)
    nics = arm.network(sub).network_interfaces
    model = nics.get(group, name)
    subnet = model.ip_configurations[0].subnet.id
    small_sim.simulator.authz.role = Role(
        "r", (Permission(("*",), ("Microsoft.Network/virtualNetworks/subnets/join/action",)),), ()
    )
    changed = copy.deepcopy(model)
    changed.tags = {"touched": "yes"}
    with pytest.raises(HttpResponseError) as caught:
        nics.begin_create_or_update(group, name, changed).result()
    assert caught.value.status_code == 403 and caught.value.error is not None
    assert caught.value.error.code == "LinkedAuthorizationFailed"
    assert caught.value.error.message == (
        f"The client '{SIM_PRINCIPAL}' with object id '{SIM_PRINCIPAL}' has permission to perform action "
        f"'Microsoft.Network/networkInterfaces/write' on scope '{model.id}'; however, it does not have permission to "
        f"perform action 'Microsoft.Network/virtualNetworks/subnets/join/action' on the linked scope(s) '{subnet}' or "
        "the linked scope(s) are invalid."
    )
    assert nics.get(group, name).tags != {"touched": "yes"}  # refused: nothing changed
    arm.close()


def test_the_permissions_api_answers_the_role_at_and_under_its_scopes(small_sim: SimHandle) -> None:
    sub = small_sim.store.subscriptions[0]
    group = next(str(d["id"]).split("/")[4] for d in small_sim.store if str(d["id"]).lower().startswith(f"/subscriptions/{sub}/"))
    arm = arm_for(small_sim)
    assert read_permissions(arm, sub, group) == [Permission(("*",))]  # no role: the simulator's token is an owner
    role = Role("r", (Permission(("Microsoft.Compute/*/read", "Microsoft.Authorization/permissions/read"),
                                 ("Microsoft.Compute/disks/read",)),), (f"/subscriptions/{sub}",))
    small_sim.simulator.authz.role = role
    assert read_permissions(arm, sub, group) == list(role.permissions)
    for elsewhere in (Role("r", role.permissions, (f"/subscriptions/{sub}/resourceGroups/elsewhere",)),
                      Role("r", (Permission(("Microsoft.Compute/*/read",)),), ())):
        small_sim.simulator.authz.role = elsewhere  # assigned in another group only; or without the read itself
        with pytest.raises(HttpResponseError) as caught:
            read_permissions(arm, sub, group)
        assert caught.value.status_code == 403 and "'Microsoft.Authorization/permissions/read'" in str(caught.value)
    arm.close()
