"""The ARM simulator: its store, and its HTTPS wire behaviour as a plain HTTP client sees it."""

from __future__ import annotations

import copy
import json
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import certifi
import pytest
import requests

from planner.sim.server import ArmSimulator, SimHandle, SimRequest, SimResponse, Throttle
from planner.sim.store import ArmStore, StoreError

ROOT = Path(__file__).resolve().parent.parent
ESTATE = ROOT / "tests" / "fixtures" / "sim"
SUB = "00000000-0000-0000-0000-000000000000"
API = {"api-version": "2024-07-01"}
VM_ID = (
    f"/subscriptions/{SUB}/resourceGroups/rgcomvc56705632b433cf8/providers/Microsoft.Compute/virtualMachines/"
    "wvm6a1891317e90e23c7"
)


def fixture(name: str) -> Any:
    return json.loads((ESTATE / name).read_text())


def get(
    handle: SimHandle, path: str, params: Mapping[str, str] | None = API, **headers: str
) -> requests.Response:
    token = handle.simulator.token or "any"
    sent = {"Authorization": f"Bearer {token}", **headers}
    return requests.get(
        handle.url + path, params=params, headers=sent, verify=str(handle.ca_bundle_path), timeout=10
    )


def get_all(handle: SimHandle, path: str, params: Mapping[str, str] = API) -> tuple[list[Any], list[str]]:
    """Every item of a list, following nextLink; also the next links seen."""
    first = get(handle, path, params)
    assert first.status_code == 200, first.text
    body = first.json()
    items, links = list(body["value"]), []
    while body.get("nextLink"):
        links.append(body["nextLink"])
        response = requests.get(
            body["nextLink"],
            headers={"Authorization": f"Bearer {handle.simulator.token or 'any'}"},
            verify=str(handle.ca_bundle_path),
            timeout=10,
        )
        assert response.status_code == 200, response.text
        body = response.json()
        items.extend(body["value"])
    return items, links


# --- store -----------------------------------------------------------------------------------------------


def test_store_loads_the_fixture_estate_by_subscription_and_type() -> None:
    store = ArmStore.from_path(ESTATE)
    vms, total = store.page(SUB, "Microsoft.Compute/virtualMachines")
    nics, _ = store.page(SUB.upper(), "microsoft.network/NETWORKINTERFACES")
    assert total == 6
    assert {vm["name"] for vm in vms} >= {"vm422648", "wvm6a1891317e90e23c7", "javavm"}
    assert len(nics) == 5
    assert store.subscriptions == [SUB]
    assert store.has_resource_group(SUB, "RG746731")


def test_store_derives_a_missing_type_from_the_id() -> None:
    nic = fixture("nic-get-primary-with-pip.json")
    del nic["type"]
    store = ArmStore()
    stored = store.put(nic)
    assert stored["type"] == "Microsoft.Network/networkInterfaces"
    assert store.page(SUB, "Microsoft.Network/networkInterfaces")[1] == 1


def test_store_keeps_a_vm_instance_view_apart_from_the_vm_model() -> None:
    store = ArmStore()
    store.put(fixture("vm-get-instanceview-running-windows.json"))
    stored = store.get(VM_ID.upper())
    assert stored is not None and "instanceView" not in stored["properties"]
    view = store.instance_view(VM_ID)
    assert view is not None and view["hyperVGeneration"] == "V1"


def test_store_gives_a_running_instance_view_to_a_vm_recorded_without_one() -> None:
    store = ArmStore()
    vm = fixture("vm-get-zoned-with-ppg.json")
    store.put(vm)
    view = store.instance_view(vm["id"])
    assert view is not None
    assert [s["code"] for s in view["statuses"]] == ["ProvisioningState/succeeded", "PowerState/running"]


def test_store_takes_the_usage_region_from_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "usages-japaneast.json").write_text((ESTATE / "usages-eastus.json").read_text())
    store = ArmStore.from_path(tmp_path)
    rows = store.usages(SUB, "JapanEast")
    assert any(r["name"]["value"] == "cores" for r in rows)
    assert store.usages(SUB, "eastus") == []


def test_store_refuses_usage_rows_whose_file_name_has_no_region(tmp_path: Path) -> None:
    bad = tmp_path / "quota.json"
    bad.write_text((ESTATE / "usages-eastus.json").read_text())
    with pytest.raises(StoreError, match=r"quota\.json.*usages-<region>\.json"):
        ArmStore.from_path(bad)


def test_store_names_file_line_and_column_of_invalid_json(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "id": "x",\n  oops\n}')
    with pytest.raises(StoreError, match=r"broken\.json:3:3: invalid JSON"):
        ArmStore.from_path(bad)


def test_store_refuses_an_item_that_is_no_resource_sku_or_usage(tmp_path: Path) -> None:
    bad = tmp_path / "odd.json"
    bad.write_text(json.dumps({"value": [{"hello": 1}]}))
    with pytest.raises(StoreError, match=r"odd\.json: item 0"):
        ArmStore.from_path(bad)


# --- wire behaviour --------------------------------------------------------------------------------------


def test_certificate_is_trusted_through_the_ca_bundle_only(arm_sim: SimHandle) -> None:
    assert (
        get(arm_sim, f"/subscriptions/{SUB}/providers/Microsoft.Compute/virtualMachines").status_code == 200
    )
    with pytest.raises(requests.exceptions.SSLError):
        # The default trust store (REQUESTS_CA_BUNDLE is set by the fixture, so name certifi's explicitly).
        requests.get(arm_sim.url + f"/subscriptions/{SUB}", verify=certifi.where(), timeout=10)


def test_missing_authorization_is_401_with_an_arm_error_body(arm_sim: SimHandle) -> None:
    response = requests.get(
        arm_sim.url + f"/subscriptions/{SUB}/providers/Microsoft.Network/virtualNetworks",
        params=API,
        verify=str(arm_sim.ca_bundle_path),
        timeout=10,
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "AuthenticationFailed"
    assert response.headers["WWW-Authenticate"].startswith("Bearer ")


def test_wrong_token_is_401_invalid_authentication_token(arm_sim: SimHandle) -> None:
    response = requests.get(
        arm_sim.url + f"/subscriptions/{SUB}/providers/Microsoft.Network/virtualNetworks",
        params=API,
        headers={"Authorization": "Bearer not-the-token"},
        verify=str(arm_sim.ca_bundle_path),
        timeout=10,
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "InvalidAuthenticationToken"


def test_any_non_empty_token_is_accepted_when_none_is_configured() -> None:
    with ArmSimulator(ArmStore.from_path(ESTATE)).running() as handle:
        response = get(handle, f"/subscriptions/{SUB}/providers/Microsoft.Network/loadBalancers")
        empty = get(
            handle, f"/subscriptions/{SUB}/providers/Microsoft.Network/loadBalancers", Authorization="Bearer "
        )
    assert response.status_code == 200
    assert empty.status_code == 401


def test_missing_api_version_is_400_like_arm(arm_sim: SimHandle) -> None:
    response = get(arm_sim, f"/subscriptions/{SUB}/providers/Microsoft.Compute/virtualMachines", params=None)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "MissingApiVersionParameter"


def test_unknown_subscription_group_and_resource_are_distinct_404s(arm_sim: SimHandle) -> None:
    other = "11111111-2222-3333-4444-555555555555"
    sub = get(arm_sim, f"/subscriptions/{other}/providers/Microsoft.Compute/virtualMachines")
    group = get(
        arm_sim, f"/subscriptions/{SUB}/resourceGroups/nope/providers/Microsoft.Compute/virtualMachines/x"
    )
    resource = get(
        arm_sim, f"/subscriptions/{SUB}/resourceGroups/rg746731/providers/Microsoft.Compute/virtualMachines/x"
    )
    assert (sub.status_code, sub.json()["error"]["code"]) == (404, "SubscriptionNotFound")
    assert other in sub.json()["error"]["message"]
    assert (group.status_code, group.json()["error"]["code"]) == (404, "ResourceGroupNotFound")
    assert (resource.status_code, resource.json()["error"]["code"]) == (404, "ResourceNotFound")


def test_lists_page_with_absolute_next_links_that_keep_the_query(arm_sim: SimHandle) -> None:
    items, links = get_all(arm_sim, f"/subscriptions/{SUB}/providers/Microsoft.Compute/virtualMachines")
    assert len(items) == 6 and len({vm["id"].lower() for vm in items}) == 6
    assert len(links) == 2
    assert all(link.startswith(arm_sim.url + "/subscriptions/") for link in links)
    assert all("api-version=2024-07-01" in link and "$skiptoken=" in link for link in links)


def test_lists_by_resource_group_hold_only_that_group(arm_sim: SimHandle) -> None:
    items, _ = get_all(
        arm_sim, f"/subscriptions/{SUB}/resourceGroups/RG746731/providers/Microsoft.Network/networkInterfaces"
    )
    assert [nic["name"] for nic in items] == ["nic476817ce723"]


def test_status_only_vm_list_carries_instance_views_and_nothing_of_the_model(arm_sim: SimHandle) -> None:
    items, _ = get_all(
        arm_sim,
        f"/subscriptions/{SUB}/providers/Microsoft.Compute/virtualMachines",
        {**API, "statusOnly": "true"},
    )
    by_name = {vm["name"]: vm for vm in items}
    assert set(by_name["vm1df287789658809b92"]["properties"]) == {"instanceView"}
    codes = [s["code"] for s in by_name["vm1df287789658809b92"]["properties"]["instanceView"]["statuses"]]
    assert "PowerState/deallocated" in codes


def test_vm_get_has_the_instance_view_only_when_expanded(arm_sim: SimHandle) -> None:
    plain = get(arm_sim, VM_ID).json()
    expanded = get(arm_sim, VM_ID, {**API, "$expand": "instanceView"}).json()
    view = get(arm_sim, VM_ID + "/instanceView").json()
    assert "instanceView" not in plain["properties"]
    assert expanded["properties"]["instanceView"]["hyperVGeneration"] == "V1"
    assert view["statuses"][-1]["code"] == "PowerState/running"


def test_resource_skus_are_filtered_by_location(arm_sim: SimHandle) -> None:
    path = f"/subscriptions/{SUB}/providers/Microsoft.Compute/skus"
    westus, _ = get_all(arm_sim, path, {**API, "$filter": "location eq 'westus'"})
    everything, _ = get_all(arm_sim, path)
    bad = get(arm_sim, path, {**API, "$filter": "resourceType eq 'virtualMachines'"})
    assert [s["name"] for s in westus] == ["Standard_A0", "Standard_A1"]
    assert len(everything) == 12
    assert bad.status_code == 400


def test_usages_are_served_per_region(arm_sim: SimHandle) -> None:
    eastus, _ = get_all(arm_sim, f"/subscriptions/{SUB}/providers/Microsoft.Compute/locations/eastus/usages")
    westus, _ = get_all(arm_sim, f"/subscriptions/{SUB}/providers/Microsoft.Compute/locations/westus/usages")
    assert len(eastus) == len(fixture("usages-eastus.json")["value"])
    assert westus == []


def test_throttle_answers_429_with_retry_after_on_the_nth_request_only(arm_sim: SimHandle) -> None:
    throttle = Throttle("list_by_subscription", nth=2, retry_after=3, path_contains="loadBalancers")
    arm_sim.simulator.add_fault(throttle)
    path = f"/subscriptions/{SUB}/providers/Microsoft.Network/loadBalancers"
    statuses = [get(arm_sim, path) for _ in range(3)]
    other = get(arm_sim, f"/subscriptions/{SUB}/providers/Microsoft.Network/virtualNetworks")
    assert [r.status_code for r in statuses] == [200, 429, 200]
    assert statuses[1].headers["Retry-After"] == "3"
    assert statuses[1].json()["error"]["code"] == "TooManyRequests"
    assert other.status_code == 200 and throttle.fired == 1


def test_a_write_without_a_route_is_405_until_one_is_added(arm_sim: SimHandle) -> None:
    lb = fixture("lb-get-with-nic-backends.json")
    url = arm_sim.url + lb["id"]
    auth = {"Authorization": f"Bearer {arm_sim.simulator.token}"}
    ca = str(arm_sim.ca_bundle_path)
    refused = requests.put(url, params=API, json=lb, headers=auth, verify=ca, timeout=10)

    def put_resource(request: SimRequest, params: Mapping[str, str]) -> SimResponse:
        return SimResponse(200, arm_sim.store.put(json.loads(request.body)))

    arm_sim.simulator.add_route(
        "PUT", r"^/subscriptions/[^/]+/resourceGroups/.+/loadBalancers/[^/]+$", "put_lb", put_resource
    )
    changed = copy.deepcopy(lb)
    changed["tags"] = {"owner": "test"}
    accepted = requests.put(url, params=API, json=changed, headers=auth, verify=ca, timeout=10)
    after = get(arm_sim, lb["id"]).json()
    assert refused.status_code == 405 and refused.json()["error"]["code"] == "MethodNotAllowed"
    assert accepted.status_code == 200
    assert after["tags"] == {"owner": "test"}


def test_requests_are_logged_without_the_token(arm_sim: SimHandle, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="planner.sim")
    get(arm_sim, VM_ID)
    logged = arm_sim.simulator.requests[-1]
    assert (logged.route, logged.status) == ("get_resource", 200)
    token = arm_sim.simulator.token
    assert token and token not in caplog.text and token not in repr(arm_sim.simulator.requests)
    assert "wvm6a1891317e90e23c7" in caplog.text


def test_stopped_simulator_refuses_connections() -> None:
    simulator = ArmSimulator(ArmStore.from_path(ESTATE))
    with simulator.running() as handle:
        url, ca = handle.url, handle.ca_bundle_path
        assert get(handle, f"/subscriptions/{SUB}/providers/Microsoft.Compute/disks").status_code == 200
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(url + f"/subscriptions/{SUB}", timeout=5)
    assert not ca.exists()


def test_command_line_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "planner.sim", "--estate", str(ESTATE), "--page-size", "3"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        url_line = process.stdout.readline()
        ca_line = process.stdout.readline()
        url = url_line.split()[2]
        ca = ca_line.split(": ", 1)[1].strip()
        response = requests.get(
            url + f"/subscriptions/{SUB}/providers/Microsoft.Compute/virtualMachines",
            params=API,
            headers={"Authorization": "Bearer x"},
            verify=ca,
            timeout=10,
        )
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert url.startswith("https://127.0.0.1:")
    assert len(response.json()["value"]) == 3
    assert process.returncode == 0
    assert "stopping" in err and "Traceback" not in err


def test_command_line_names_a_bad_estate_file_and_exits_with_the_input_code(tmp_path: Path) -> None:
    bad = tmp_path / "estate.json"
    bad.write_text("[1, 2")
    result = subprocess.run(
        [sys.executable, "-m", "planner.sim", "--estate", str(bad)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 3
    assert "estate.json:1:" in result.stderr and "Traceback" not in result.stderr
