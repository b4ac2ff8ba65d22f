"""A plan under its own roles, the simulator enforcing them: fetch and the dry run under the review role, the apply
under the apply role, every request they make mapped to an action of the role; the pre-flight refusing an apply
short of any one action before anything is written; and, without the pre-flight, Azure's first 403 stopping the run
with the action named and every VM left down named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SIM_TOKEN, fast_options
from execute_helpers import arm_for, executor, make_plan, planned_starts, vm_states, writes

from planner.cli import main
from planner.demo.estate import SUBSCRIPTIONS
from planner.errors import ExitCode
from planner.execute.dryrun import dry_run
from planner.execute.events import RunStatus
from planner.execute.permissions import check_permissions
from planner.inventory import live
from planner.plan import roles
from planner.plan.permissions import FLOW_LOGS, apply_actions, review_actions
from planner.plan.roles import Permission, Role
from planner.session import Session
from planner.sim.authz import request_action
from planner.sim.server import ArmSimulator, SimHandle
from planner.sim.store import ArmStore
from planner.sim.wire import Fault, SimRequest, SimResponse, arm_error

DEMO_PLAN = Path(__file__).resolve().parent.parent / "plans" / "demo-plan.toml"
WRITE_METHODS = ("PUT", "PATCH", "POST", "DELETE")


def role(actions: list[str], plan_subscriptions: list[str]) -> Role:
    return Role("test", (Permission(tuple(actions)),), tuple(f"/subscriptions/{s}" for s in plan_subscriptions))


def apply_args(handle: SimHandle, plan: Path, *extra: str) -> list[str]:
    return ["apply", str(plan), "--arm-endpoint", handle.url, "--token-env", "SIM_TOKEN", "--poll-interval", "0.05",
            "--writes-per-second", "1000", *extra]


def fetch(handle: SimHandle) -> None:
    live.fetch_inventory(list(SUBSCRIPTIONS), arm_endpoint=handle.url, credential=live.StaticTokenCredential(SIM_TOKEN))


def actions_of(handle: SimHandle, since: int = 0) -> set[str]:
    found = set()
    for r in handle.simulator.requests[since:]:
        mapped = request_action(r.method, r.path)
        assert mapped is not None, r.path
        found.add(mapped[0])
    return found


def test_the_demo_plan_runs_cleanly_under_its_own_roles(demo_sim: SimHandle, demo_estate_dir: Path, tmp_path: Path) -> None:
    plan, path = make_plan(demo_estate_dir, tmp_path)
    assert apply_actions(plan) == apply_actions(Session.read_plan(DEMO_PLAN))  # the shipped demo plan's roles
    subs = [s.removeprefix("/subscriptions/") for s in roles.subscription_scopes(plan)]
    review, applying = role(review_actions(plan), subs), role(apply_actions(plan), subs)
    sim, arm = demo_sim.simulator, arm_for(demo_sim)

    sim.authz.role = review  # fetch (verify reads the same), the pre-flight, the dry run
    fetch(demo_sim)
    checked = check_permissions(plan, arm, dry_run=True)
    assert checked.scopes and "Microsoft.Compute/virtualMachines/deallocate/action" in checked.apply_missing
    report = dry_run(plan, arm)
    assert not report.unreadable and not report.drifted and writes(demo_sim) == {}
    reviewed = actions_of(demo_sim)
    only_when_needed = {  # fetch reads these only for a VM the power-state list missed, a reservation group found
        "Microsoft.Compute/virtualMachines/instanceView/read",
        "Microsoft.Compute/capacityReservationGroups/capacityReservations/read",
        *FLOW_LOGS,  # verify --flow-logs FLOW_LOG_ID (tests/test_flowlogs_live.py reads them under the review role)
    }
    assert reviewed <= set(review_actions(plan)) and set(review_actions(plan)) - reviewed <= only_when_needed

    sim.authz.role = applying
    before = len(sim.requests)
    assert check_permissions(plan, arm, dry_run=False).apply_missing == ()
    finished = executor(demo_sim, plan, path).run()
    assert finished.status is RunStatus.COMPLETED and not finished.failed and not finished.down
    fetch(demo_sim)  # verify's live read, after
    assert all(r.status != 403 for r in sim.requests)  # nothing was refused, from the first fetch to the last
    applied = actions_of(demo_sim, before)
    assert applied <= set(apply_actions(plan))  # every request the apply made is in its role
    # ... and every write, action and status read of the role was used (the joins are checked on the writes).
    assert {a for a in apply_actions(plan) if "join" not in a.lower()} - applied - reviewed <= only_when_needed
    arm.close()


def test_an_apply_under_the_review_role_is_refused_before_anything_is_written(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    small_sim.simulator.authz.role = role(review_actions(plan), plan.meta.subscriptions)
    assert main(apply_args(small_sim, path, "--dry-run")) == ExitCode.OK
    out = capsys.readouterr().out
    assert "permissions: the" in out and "an apply would be refused" in out
    assert main(apply_args(small_sim, path, "--yes")) == ExitCode.AZURE
    err = capsys.readouterr().err
    for action in sorted(set(apply_actions(plan)) - set(review_actions(plan))):
        assert f"  {action} at /subscriptions/" in err
    assert writes(small_sim) == {} and not path.with_name("plan.journal.jsonl").exists()


# --- each action of the apply role, taken away: one simulator for all ------------------------------------------


@pytest.fixture(scope="module")
def shared_demo(demo_estate_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SimHandle, Path]]:
    simulator = ArmSimulator(ArmStore.from_path(demo_estate_dir), token=SIM_TOKEN, options=fast_options())
    with simulator.running() as handle, pytest.MonkeyPatch.context() as mp:
        mp.setenv("REQUESTS_CA_BUNDLE", str(handle.ca_bundle_path))
        mp.setenv("SIM_TOKEN", SIM_TOKEN)
        _, path = make_plan(demo_estate_dir, tmp_path_factory.mktemp("rbac-each"))
        yield handle, path


@pytest.mark.parametrize("action", apply_actions(Session.read_plan(DEMO_PLAN)))
def test_without_any_one_action_the_apply_stops_before_any_write_naming_it(
    shared_demo: tuple[SimHandle, Path], action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    handle, path = shared_demo
    plan = Session.read_plan(path)
    handle.simulator.authz.role = role([a for a in apply_actions(plan) if a != action], plan.meta.subscriptions)
    before = len(handle.simulator.requests)
    assert main(apply_args(handle, path, "--yes")) == ExitCode.AZURE
    assert f"'{action}'" in capsys.readouterr().err.replace(f"  {action} at", f"  '{action}' at")
    assert not [r for r in handle.simulator.requests[before:] if r.method in WRITE_METHODS]
    assert not path.with_name(path.stem + ".journal.jsonl").exists()


# --- without the pre-flight: Azure's first 403 -----------------------------------------------------------------


def test_skipping_the_check_the_first_403_stops_the_run_naming_the_action(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    lacking = "Microsoft.Compute/virtualMachines/deallocate/action"
    small_sim.simulator.authz.role = role([a for a in apply_actions(plan) if a != lacking], plan.meta.subscriptions)
    assert main(apply_args(small_sim, path, "--yes", "--skip-permissions-check")) == ExitCode.AZURE
    out = capsys.readouterr().out
    assert "permissions: not checked (--skip-permissions-check)" in out
    assert "AuthorizationFailed: The client" in out and f"perform action '{lacking}'" in out
    assert all(v["deallocations"] == 0 for v in vm_states(small_sim).values())  # nothing was taken down
    assert "DOWN" not in out


class _NoPermissionsApi(Fault):
    def intercept(self, request: SimRequest, route: str) -> SimResponse | None:
        return arm_error(404, "NoRegisteredProviderFound", "No registered resource provider found.") if route == "permissions" else None


def test_without_the_permissions_api_a_refused_start_names_the_vms_left_down(
    small_sim: SimHandle, small_estate_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, path = make_plan(small_estate_dir, tmp_path)
    lacking = "Microsoft.Compute/virtualMachines/start/action"
    small_sim.simulator.add_fault(_NoPermissionsApi())
    small_sim.simulator.authz.role = role([a for a in apply_actions(plan) if a != lacking], plan.meta.subscriptions)
    assert main(apply_args(small_sim, path, "--yes")) == ExitCode.AZURE
    out = capsys.readouterr().out
    assert "permissions: not checked (the permissions API answered HTTP 404 NoRegisteredProviderFound" in out
    assert f"perform action '{lacking}'" in out
    down = [k for k, v in vm_states(small_sim).items() if v["deallocations"] and not v["starts"] and k in planned_starts(plan)]
    assert down and "VM(s) are DOWN because of the plan and not started again" in out
    assert [k for k in down if k not in out.lower()] == []  # each one named
