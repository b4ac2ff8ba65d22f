"""`planner rbac`: the plan's review and apply roles as `az role definition create` reads them: their actions (all
from the verified table), their scopes (subscriptions, or resource groups), output to stdout or files, bad input."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.errors import ExitCode
from planner.model import ResourceId
from planner.plan import roles
from planner.plan.ops import Op, spec
from planner.plan.permissions import WHY, apply_actions, review_actions
from planner.plan.types import Plan
from planner.session import Session

ROOT = Path(__file__).resolve().parent.parent
DEMO_PLAN = ROOT / "plans" / "demo-plan.toml"
AZ_KEYS = ["Name", "IsCustom", "Description", "Actions", "NotActions", "DataActions", "NotDataActions", "AssignableScopes"]


def role_of(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["rbac", str(DEMO_PLAN), *args]) == ExitCode.OK
    doc = json.loads(capsys.readouterr().out)
    assert isinstance(doc, dict)
    return doc


def test_the_demo_plans_roles_are_az_definitions_from_the_verified_table(capsys: pytest.CaptureFixture[str]) -> None:
    plan = Session.read_plan(DEMO_PLAN)
    review = role_of(["--role", "review"], capsys)
    apply = role_of(["--role", "apply"], capsys)
    for doc, kind in ((review, "review"), (apply, "apply")):
        assert list(doc) == AZ_KEYS and doc["IsCustom"] is True
        assert doc["Name"] == f"planner-{plan.digest[7:19]}-{kind}"
        assert doc["NotActions"] == doc["NotDataActions"] == []
        assert doc["DataActions"] == ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"]
        assert doc["AssignableScopes"] == [f"/subscriptions/{s}" for s in sorted(plan.meta.subscriptions)]
        actions = doc["Actions"]
        assert isinstance(actions, list) and actions == sorted(set(actions), key=str.lower)
        assert all(a in WHY for a in actions)  # each checked against Microsoft's operations pages
    assert isinstance(review["Actions"], list) and isinstance(apply["Actions"], list)
    assert set(review["Actions"]) < set(apply["Actions"])
    assert all(a.endswith("/read") for a in review["Actions"])  # the review role only reads
    assert {"Microsoft.Compute/virtualMachines/deallocate/action", "Microsoft.Network/networkInterfaces/write",
            "Microsoft.Network/virtualNetworks/subnets/join/action",
            "Microsoft.Compute/virtualMachineScaleSets/manualUpgrade/action"} <= set(apply["Actions"])


def test_both_roles_on_stdout_each_under_its_az_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rbac", str(DEMO_PLAN), "--name", "vnet-enc"]) == ExitCode.OK
    out = capsys.readouterr().out
    heads = [line for line in out.splitlines() if line.startswith("#")]
    assert heads == [
        "# vnet-enc-review.json (review role): az role definition create --role-definition @vnet-enc-review.json",
        "# vnet-enc-apply.json (apply role): az role definition create --role-definition @vnet-enc-apply.json",
    ]
    bodies = [json.loads(b) for b in out.split("# ")[1:] for b in [b.split("\n", 1)[1]]]
    assert [b["Name"] for b in bodies] == ["vnet-enc-review", "vnet-enc-apply"]


def without(plan: Plan, drop: set[Op]) -> Plan:
    small = copy.deepcopy(plan)
    for wave in small.waves:
        wave.steps = [s for s in wave.steps if s.op not in drop]
    return small


def test_write_actions_follow_the_plans_ops() -> None:
    plan = Session.read_plan(DEMO_PLAN)
    scale_set_ops = {op for op in Op if spec(op).scale_set_step}
    vms_only = without(plan, scale_set_ops | {Op.VNET_ENABLE_ENCRYPTION})
    assert {s.op for _, s in vms_only.steps()} == {Op.VM_DEALLOCATE, Op.VM_RESIZE, Op.NIC_ENABLE_AN, Op.VM_START, Op.MANUAL}
    actions = apply_actions(vms_only)
    assert not [a for a in actions if "virtualMachineScaleSets/" in a and not a.endswith("/read")]
    assert "Microsoft.Compute/virtualMachineScaleSets/virtualMachines/read" not in actions  # no batch to list
    assert "Microsoft.Network/virtualNetworks/write" not in actions
    assert "Microsoft.Network/routeTables/join/action" not in actions  # a VNet PUT's join
    assert "Microsoft.Network/virtualNetworks/subnets/join/action" in actions  # a NIC PUT's
    starts = without(plan, set(Op) - {Op.VM_START})
    extra = set(apply_actions(starts)) - set(review_actions(starts))
    assert extra == {"Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/locations/operations/read"}


def test_resource_group_scope_covers_every_group_the_plan_names(capsys: pytest.CaptureFixture[str]) -> None:
    plan = Session.read_plan(DEMO_PLAN)
    doc = role_of(["--role", "apply", "--scope", "resource-groups"], capsys)
    scopes = doc["AssignableScopes"]
    assert isinstance(scopes, list)
    assert all(len(s.split("/")) == 5 and s.split("/")[3] == "resourceGroups" for s in scopes)
    for raw in roles.plan_ids(plan):
        rid = ResourceId.parse(raw)
        assert rid is not None and roles.within(raw, scopes), raw
    targets = {ResourceId.parse(s.target) for _, s in plan.steps()}
    assert {f"/subscriptions/{r.subscription}/resourceGroups/{r.resource_group}".lower() for r in targets if r} <= {
        s.lower() for s in scopes
    }


def test_resource_group_scope_with_the_inventory_adds_what_the_nics_reference(
    demo_estate_dir: Path, tmp_path: Path
) -> None:
    session = Session.load(demo_estate_dir)
    path = tmp_path / "plan.toml"
    session.write_plan(path)
    plan = Session.read_plan(path)
    inv = session.inventory
    scopes = roles.group_scopes(plan, inv)
    assert set(roles.group_scopes(plan)) <= set(scopes)
    for _, s in plan.steps():
        nic = inv.nics.get(s.target.lower())
        for config in nic.ip_configurations if nic is not None else []:
            for ref in (config.subnet_id, config.public_ip_id, *config.backend_pool_ids):
                assert ref is None or roles.within(ref, scopes), ref


def test_out_dir_writes_both_and_never_replaces_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "roles"
    args = ["rbac", str(DEMO_PLAN), "--name", "enc", "--out-dir", str(out)]
    assert main(args) == ExitCode.OK
    printed = capsys.readouterr().out
    review, apply = out / "enc-review.json", out / "enc-apply.json"
    assert json.loads(review.read_text())["Name"] == "enc-review"
    assert json.loads(apply.read_text())["Name"] == "enc-apply"
    assert f"az role definition create --role-definition @{apply}" in printed
    assert "az role assignment create --assignee OPERATOR --role enc-apply --scope /subscriptions/" in printed
    apply.write_text("{}")
    assert main(args) == ExitCode.USAGE
    assert "--force" in capsys.readouterr().err and apply.read_text() == "{}"  # nothing replaced
    assert main([*args, "--force"]) == ExitCode.OK
    assert json.loads(apply.read_text())["Name"] == "enc-apply"


def test_bad_input_is_a_clear_message_naming_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.toml"
    assert main(["rbac", str(missing)]) == ExitCode.INPUT
    err = capsys.readouterr().err
    assert str(missing) in err and "Traceback" not in err
    assert main(["rbac", str(DEMO_PLAN), "--role", "apply", "--out-dir", str(tmp_path)]) == ExitCode.USAGE
    plan_copy = tmp_path / "plan.toml"
    plan_copy.write_text(DEMO_PLAN.read_text())
    assert main(["rbac", str(plan_copy), "--name", "plan", "--out-dir", str(tmp_path)]) == ExitCode.OK
    assert plan_copy.read_text() == DEMO_PLAN.read_text()  # NAME-review.json, never the plan itself


def test_a_role_file_is_read_as_az_writes_it_and_bad_ones_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "role.json"
    good.write_text(json.dumps({"properties": {"roleName": "r", "permissions": [{"actions": ["Microsoft.Compute/*/read"],
                                "notActions": ["Microsoft.Compute/disks/read"]}], "assignableScopes": ["/subscriptions/s"]}}))
    role = roles.read_role(good)
    assert role.name == "r" and role.scopes == ("/subscriptions/s",)
    assert roles.permitted("microsoft.compute/VIRTUALMACHINES/read", role.permissions)  # wildcards, any case
    assert not roles.permitted("Microsoft.Compute/disks/read", role.permissions)  # taken away by NotActions
    assert not roles.permitted("Microsoft.Compute/virtualMachines/write", role.permissions)
    assert roles.permitted("Microsoft.Network/virtualNetworks/write", [roles.Permission(("*",))])
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["sim", "--estate", str(tmp_path), "--role", str(bad)]) == ExitCode.INPUT
    err = capsys.readouterr().err
    assert str(bad) in err and "Traceback" not in err
    bad.write_text(json.dumps({"Actions": "Microsoft.Compute/*"}))
    with pytest.raises(Exception, match="Actions must be a list"):
        roles.read_role(bad)
