"""The simulator's writes: Azure's long-running-operation shapes, its refusals with its error codes, one operation at
a time per resource, etags, throttling, injected faults, and encryption taking effect only through a deallocate
and start under an encrypted VNet. Through plain HTTPS for exact shapes, and the real SDK for whole flows."""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from azure.core import MatchConditions
from azure.core.exceptions import HttpResponseError
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.compute import models as cm
from azure.mgmt.network import NetworkManagementClient
from azure.mgmt.network import models as nm
from conftest import DEMO_SUBSCRIPTION, FAST, SIM_TOKEN

from planner.execute.arm import nic_configurations, rest
from planner.inventory.live import StaticTokenCredential
from planner.sim.faults import FailOperations, ServerErrors, ThrottleStorm
from planner.sim.limits import Throttling
from planner.sim.options import Bucket, Limits
from planner.sim.server import SimHandle

SUB = DEMO_SUBSCRIPTION
RG = f"/subscriptions/{SUB}/resourceGroups"
VM = f"{RG}/rg-payments/providers/Microsoft.Compute/virtualMachines"
NIC = f"{RG}/rg-payments/providers/Microsoft.Network/networkInterfaces"
COMPUTE_API = {"api-version": "2024-11-01"}
NETWORK_API = {"api-version": "2024-07-01"}
SCOPE = ["https://management.azure.com/.default"]


def call(handle: SimHandle, method: str, path: str, api: dict[str, str], **kwargs: Any) -> requests.Response:
    headers = {"Authorization": f"Bearer {SIM_TOKEN}", **kwargs.pop("headers", {})}
    return requests.request(
        method, handle.url + path, params=api, headers=headers, verify=str(handle.ca_bundle_path), timeout=10, **kwargs
    )


def clients(handle: SimHandle) -> tuple[ComputeManagementClient, NetworkManagementClient]:
    cred = StaticTokenCredential(SIM_TOKEN)
    opts: dict[str, Any] = {"base_url": handle.url, "credential_scopes": SCOPE, "retry_total": 0}
    return ComputeManagementClient(cred, SUB, **opts), NetworkManagementClient(cred, SUB, **opts)


def power(handle: SimHandle, vm_path: str) -> str:
    view = call(handle, "GET", vm_path + "/instanceView", COMPUTE_API).json()
    return str(next(s["code"].split("/", 1)[1] for s in view["statuses"] if s["code"].startswith("PowerState/")))


def wait_for(handle: SimHandle, vm_path: str, state: str) -> None:
    deadline = time.monotonic() + 5
    while power(handle, vm_path) != state:
        assert time.monotonic() < deadline, f"{vm_path} never became {state}"
        time.sleep(FAST / 4)


def vm_state(handle: SimHandle, name: str) -> dict[str, Any]:
    state = handle.simulator.state()
    return next(v for k, v in state["vms"].items() if k.lower().endswith("/" + name))


# --- shapes of long-running operations ------------------------------------------------------------------------


def test_deallocate_answers_202_with_both_polling_headers_and_a_compute_status_body(demo_sim: SimHandle) -> None:
    demo_sim.simulator.options.durations["deallocate"] = 1.0  # long enough to be seen in progress
    answer = call(demo_sim, "POST", f"{VM}/vm-payments-001/deallocate", COMPUTE_API)
    status_url = answer.headers["Azure-AsyncOperation"]
    assert answer.status_code == 202 and answer.content == b""
    assert "/providers/Microsoft.Compute/locations/eastus2/operations/" in status_url
    assert answer.headers["Location"] == status_url.replace("?api-version=", "?monitor=true&api-version=")
    running = requests.get(status_url, headers={"Authorization": f"Bearer {SIM_TOKEN}"}, verify=str(demo_sim.ca_bundle_path), timeout=10).json()
    assert running["status"] == "InProgress" and {"startTime", "name"} <= running.keys()
    assert power(demo_sim, f"{VM}/vm-payments-001") == "deallocating"
    wait_for(demo_sim, f"{VM}/vm-payments-001", "deallocated")
    done = requests.get(status_url, headers={"Authorization": f"Bearer {SIM_TOKEN}"}, verify=str(demo_sim.ca_bundle_path), timeout=10).json()
    assert done["status"] == "Succeeded" and "endTime" in done


def test_vm_patch_answers_200_updating_then_succeeds(demo_sim: SimHandle) -> None:
    vm_path = f"{VM}/vm-payments-001"
    call(demo_sim, "POST", vm_path + "/deallocate", COMPUTE_API)
    wait_for(demo_sim, vm_path, "deallocated")
    etag = call(demo_sim, "GET", vm_path, COMPUTE_API).json()["etag"]
    answer = call(demo_sim, "PATCH", vm_path, COMPUTE_API, json={"properties": {"hardwareProfile": {"vmSize": "Standard_D8s_v5"}}})
    body = answer.json()
    assert answer.status_code == 200 and "Azure-AsyncOperation" in answer.headers and "Location" not in answer.headers
    assert body["properties"]["provisioningState"] == "Updating"
    assert body["properties"]["hardwareProfile"]["vmSize"] == "Standard_D8s_v5" and body["etag"] != etag
    time.sleep(FAST * 2)
    assert call(demo_sim, "GET", vm_path, COMPUTE_API).json()["properties"]["provisioningState"] == "Succeeded"


def test_nic_put_through_the_sdk_keeps_what_azure_computes(demo_sim: SimHandle) -> None:
    compute, network = clients(demo_sim)
    compute.virtual_machines.begin_deallocate("rg-payments", "vm-payments-005", polling_interval=0.02).result()
    nic = network.network_interfaces.get("rg-payments", "vm-payments-005-nic0")
    old_etag, mac = nic.etag, nic.mac_address
    nic.enable_accelerated_networking = True
    poller = network.network_interfaces.begin_create_or_update(
        "rg-payments", "vm-payments-005-nic0", nic, headers={"If-Match": old_etag}, polling_interval=0.02
    )
    done = poller.result()
    assert done.enable_accelerated_networking is True and done.etag != old_etag
    assert done.mac_address == mac and done.virtual_machine is not None


# --- refusals ---------------------------------------------------------------------------------------------------


def test_a_resize_across_the_temp_disk_line_is_refused_with_azures_code(demo_sim: SimHandle) -> None:
    compute, _ = clients(demo_sim)
    compute.virtual_machines.begin_deallocate("rg-payments", "vm-payments-001", polling_interval=0.02).result()
    with pytest.raises(HttpResponseError) as refused:
        compute.virtual_machines.begin_update(
            "rg-payments",
            "vm-payments-001",
            cm.VirtualMachineUpdate(properties=cm.VirtualMachineProperties(hardware_profile=cm.HardwareProfile(vm_size="Standard_D4ds_v5"))),
        )
    assert refused.value.status_code == 409 and refused.value.error is not None
    assert refused.value.error.code == "OperationNotAllowed" and "temp disk" in str(refused.value.error.message)
    assert vm_state(demo_sim, "vm-payments-001")["size"] == "Standard_D4s_v5"


def test_a_running_vm_only_resizes_within_its_hardware_cluster(demo_sim: SimHandle) -> None:
    orders = f"{RG}/rg-orders/providers/Microsoft.Compute/virtualMachines/vm-orders-001"
    offered = {r["name"] for r in call(demo_sim, "GET", orders + "/vmSizes", COMPUTE_API).json()["value"]}
    newer = call(demo_sim, "PATCH", orders, COMPUTE_API, json={"properties": {"hardwareProfile": {"vmSize": "Standard_D4s_v5"}}})
    older = call(demo_sim, "PATCH", orders, COMPUTE_API, json={"properties": {"hardwareProfile": {"vmSize": "Standard_D8s_v3"}}})
    assert "Standard_D8s_v3" in offered and "Standard_D4s_v5" not in offered
    assert newer.status_code == 409 and "current hardware cluster" in newer.json()["error"]["message"]
    assert older.status_code == 200


def test_accelerated_networking_needs_the_vm_deallocated_and_its_whole_availability_set(demo_sim: SimHandle) -> None:
    compute, network = clients(demo_sim)

    def enable(nic_name: str) -> HttpResponseError | None:
        nic = network.network_interfaces.get("rg-payments", nic_name)
        nic.enable_accelerated_networking = True
        try:
            network.network_interfaces.begin_create_or_update("rg-payments", nic_name, nic, polling_interval=0.02).result()
        except HttpResponseError as exc:
            return exc
        return None

    while_running = enable("vm-payments-003-nic0")
    compute.virtual_machines.begin_deallocate("rg-payments", "vm-payments-003", polling_interval=0.02).result()
    members_up = enable("vm-payments-003-nic0")
    for n in (1, 2, 4):
        compute.virtual_machines.begin_deallocate("rg-payments", f"vm-payments-00{n}", polling_interval=0.02).result()
    all_down = enable("vm-payments-003-nic0")
    assert while_running is not None and while_running.status_code == 400 and "deallocate" in str(while_running.message)
    assert members_up is not None and "availability set" in str(members_up.message)
    assert all_down is None


def test_a_nic_put_without_its_primary_ip_configuration_is_refused(demo_sim: SimHandle) -> None:
    body = call(demo_sim, "GET", f"{NIC}/vm-payments-001-nic0", NETWORK_API).json()
    body["properties"]["ipConfigurations"] = []
    answer = call(demo_sim, "PUT", f"{NIC}/vm-payments-001-nic0", NETWORK_API, json=body)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "IpConfigDeleteNotSupported"


def test_a_vnet_put_that_drops_a_subnet_in_use_is_refused(demo_sim: SimHandle) -> None:
    vnet = f"{RG}/rg-payments/providers/Microsoft.Network/virtualNetworks/vnet-payments"
    body = call(demo_sim, "GET", vnet, NETWORK_API).json()
    body["properties"]["subnets"] = []
    answer = call(demo_sim, "PUT", vnet, NETWORK_API, json=body)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "InUseSubnetCannotBeDeleted"


# --- one operation at a time, etags, throttling ------------------------------------------------------------------


def test_a_second_write_while_an_operation_runs_is_refused_409_for_compute_429_for_network(demo_sim: SimHandle) -> None:
    demo_sim.simulator.options.durations.update(deallocate=1.0, nic_update=2.0)  # long enough to be caught running
    vm_path = f"{VM}/vm-payments-006"
    call(demo_sim, "POST", vm_path + "/deallocate", COMPUTE_API)
    again = call(demo_sim, "POST", vm_path + "/start", COMPUTE_API)
    wait_for(demo_sim, vm_path, "deallocated")
    nic = call(demo_sim, "GET", f"{NIC}/vm-payments-006-nic0", NETWORK_API).json()
    nic["properties"]["enableAcceleratedNetworking"] = True
    first = call(demo_sim, "PUT", f"{NIC}/vm-payments-006-nic0", NETWORK_API, json=nic)
    second = call(demo_sim, "PUT", f"{NIC}/vm-payments-006-nic0", NETWORK_API, json=nic)
    assert again.status_code == 409 and again.json()["error"]["code"] == "Conflict"
    assert first.status_code == 200
    error = second.json()["error"]
    assert second.status_code == 429 and int(second.headers["Retry-After"]) >= 1
    assert error["code"] == "RetryableError" and error["details"][0]["code"] == "RetryableErrorDueToAnotherOperation"


def test_if_match_with_a_stale_etag_is_412_and_changes_nothing(demo_sim: SimHandle) -> None:
    compute, _ = clients(demo_sim)
    with pytest.raises(HttpResponseError) as refused:
        compute.virtual_machines.begin_update(
            "rg-payments",
            "vm-payments-001",
            cm.VirtualMachineUpdate(tags={"x": "y"}),
            etag='"1"',
            match_condition=MatchConditions.IfNotModified,
        )
    assert refused.value.status_code == 412
    assert call(demo_sim, "GET", f"{VM}/vm-payments-001", COMPUTE_API).json()["tags"] == {"app": "payments", "env": "test"}


def test_writes_over_the_subscription_bucket_are_429_with_retry_after(demo_sim: SimHandle) -> None:
    demo_sim.simulator.throttling = Throttling(Limits(subscription_writes=Bucket(2, 0.5)))
    answers = [call(demo_sim, "POST", f"{VM}/vm-payments-00{n}/deallocate", COMPUTE_API) for n in (5, 6, 7)]
    assert [a.status_code for a in answers] == [202, 202, 429]
    assert answers[2].json()["error"]["code"] == "SubscriptionRequestsThrottled"
    assert int(answers[2].headers["Retry-After"]) >= 1


def test_compute_limits_updates_per_vm(demo_sim: SimHandle) -> None:
    demo_sim.simulator.throttling = Throttling(Limits(vm_updates=Bucket(1, 0.01)))
    vm_path = f"{VM}/vm-payments-007"
    first = call(demo_sim, "POST", vm_path + "/deallocate", COMPUTE_API)
    wait_for(demo_sim, vm_path, "deallocated")
    second = call(demo_sim, "POST", vm_path + "/start", COMPUTE_API)
    other_vm = call(demo_sim, "POST", f"{VM}/vm-payments-008/deallocate", COMPUTE_API)
    error = second.json()["error"]
    assert first.status_code == 202 and other_vm.status_code == 202
    assert second.status_code == 429 and error["code"] == "OperationNotAllowed"
    assert error["details"][0]["code"] == "TooManyRequests"


# --- faults ------------------------------------------------------------------------------------------------------


def test_a_server_error_after_the_change_was_applied_hides_a_real_change(demo_sim: SimHandle) -> None:
    fault = ServerErrors(count=1, applied=True)
    demo_sim.simulator.add_fault(fault)
    vm_path = f"{VM}/vm-payments-009"
    answer = call(demo_sim, "POST", vm_path + "/deallocate", COMPUTE_API)
    wait_for(demo_sim, vm_path, "deallocated")
    assert answer.status_code == 500 and fault.fired == 1
    assert vm_state(demo_sim, "vm-payments-009")["deallocations"] == 1


def test_a_throttle_storm_refuses_a_run_of_writes_then_lets_them_through(demo_sim: SimHandle) -> None:
    storm = ThrottleStorm(count=3, retry_after=2)
    demo_sim.simulator.add_fault(storm)
    codes = [call(demo_sim, "POST", f"{VM}/vm-payments-010/deallocate", COMPUTE_API).status_code for _ in range(4)]
    assert codes == [429, 429, 429, 202] and storm.fired == 3


def test_a_failed_start_leaves_the_vm_deallocated_and_says_allocation_failed(demo_sim: SimHandle) -> None:
    demo_sim.simulator.add_fault(FailOperations(["start"], name_contains="vm-payments-011"))
    compute, _ = clients(demo_sim)
    compute.virtual_machines.begin_deallocate("rg-payments", "vm-payments-011", polling_interval=0.02).result()
    with pytest.raises(HttpResponseError) as failed:
        compute.virtual_machines.begin_start("rg-payments", "vm-payments-011", polling_interval=0.02).result()
    assert "AllocationFailed" in str(failed.value)
    assert power(demo_sim, f"{VM}/vm-payments-011") == "deallocated"


# --- encryption takes effect only through an allocation under an encrypted VNet -----------------------------------


def test_encryption_is_in_effect_only_after_a_deallocate_and_start_under_an_encrypted_vnet(demo_sim: SimHandle) -> None:
    compute, network = clients(demo_sim)
    vnet = network.virtual_networks.get("rg-payments", "vnet-payments")
    vnet.encryption = {"enabled": True, "enforcement": "AllowUnencrypted"}
    # An already supported, AN-enabled VM in the VNet: only the cycle is missing.
    name = next(
        n for n, s in ((k.rsplit("/", 1)[1], v) for k, v in demo_sim.simulator.state()["vms"].items())
        if n.startswith("vm-payments") and s["accelerated_networking"] and s["size"].endswith("_v5")
    )
    compute.virtual_machines.begin_deallocate("rg-payments", name, polling_interval=0.02).result()
    compute.virtual_machines.begin_start("rg-payments", name, polling_interval=0.02).result()
    before_vnet = vm_state(demo_sim, name)["encryption"]
    network.virtual_networks.begin_create_or_update("rg-payments", "vnet-payments", vnet, polling_interval=0.02).result()
    after_vnet_only = vm_state(demo_sim, name)["encryption"]
    compute.virtual_machines.begin_deallocate("rg-payments", name, polling_interval=0.02).result()
    compute.virtual_machines.begin_start("rg-payments", name, polling_interval=0.02).result()
    after_cycle = vm_state(demo_sim, name)
    nic = network.network_interfaces.get("rg-payments", f"{name}-nic0")
    assert (before_vnet, after_vnet_only, after_cycle["encryption"]) == (False, False, True)
    assert after_cycle["deallocations"] == 2 and after_cycle["starts"] == 2
    assert nic.vnet_encryption_supported is True


def test_state_is_served_over_https_with_requests_by_method(demo_sim: SimHandle) -> None:
    call(demo_sim, "POST", f"{VM}/vm-payments-012/deallocate", COMPUTE_API)
    served = requests.get(
        demo_sim.url + "/_sim/state", headers={"Authorization": f"Bearer {SIM_TOKEN}"}, verify=str(demo_sim.ca_bundle_path), timeout=10
    )
    anonymous = requests.get(demo_sim.url + "/_sim/state", verify=str(demo_sim.ca_bundle_path), timeout=10)
    assert served.status_code == 200 and served.json()["requests"]["by_method"]["POST"] == 1
    assert anonymous.status_code == 401


# --- scale sets ----------------------------------------------------------------------------------------------------


def test_a_scale_set_model_change_leaves_instances_behind_until_upgraded(demo_sim: SimHandle) -> None:
    compute, _ = clients(demo_sim)
    rg, name = "rg-batch", "vmss-batch"
    before = list(compute.virtual_machine_scale_set_vms.list(rg, name, expand="instanceView"))
    compute.virtual_machine_scale_sets.begin_update(
        rg, name, cm.VirtualMachineScaleSetUpdate(sku=cm.Sku(name="Standard_D4s_v5")), polling_interval=0.02
    ).result()
    stale = [str(vm.instance_id) for vm in compute.virtual_machine_scale_set_vms.list(rg, name) if not vm.latest_model_applied]
    first = stale[:1]
    ids = cm.VirtualMachineScaleSetVMInstanceIDs(instance_ids=first)
    compute.virtual_machine_scale_sets.begin_deallocate(rg, name, ids, polling_interval=0.02).result()
    compute.virtual_machine_scale_sets.begin_update_instances(
        rg, name, cm.VirtualMachineScaleSetVMInstanceRequiredIDs(instance_ids=first), polling_interval=0.02
    ).result()
    compute.virtual_machine_scale_sets.begin_start(rg, name, ids, polling_interval=0.02).result()
    after = {vm.instance_id: vm for vm in compute.virtual_machine_scale_set_vms.list(rg, name, expand="instanceView")}
    state = demo_sim.simulator.state()["scale_sets"]
    instance = next(iter(state.values()))["instances"][first[0]]
    assert len(before) == 4 and all(vm.latest_model_applied for vm in before)
    assert len(stale) == 4
    assert after[first[0]].latest_model_applied and sum(vm.latest_model_applied for vm in after.values()) == 1
    assert instance["deallocations"] == 1 and instance["starts"] == 1 and instance["size"] == "Standard_D4s_v5"


POLL = 0.02  # seconds between the SDK pollers' status reads


def _ids(*instances: str) -> cm.VirtualMachineScaleSetVMInstanceIDs:
    return cm.VirtualMachineScaleSetVMInstanceIDs(instance_ids=list(instances))


def _required(*instances: str) -> cm.VirtualMachineScaleSetVMInstanceRequiredIDs:
    return cm.VirtualMachineScaleSetVMInstanceRequiredIDs(instance_ids=list(instances))


def _instance(handle: SimHandle, instance_id: str) -> dict[str, Any]:
    state = handle.simulator.state()["scale_sets"]
    found: dict[str, Any] = next(v for k, v in state.items() if k.endswith("/vmss-batch"))["instances"][instance_id]
    return found


def test_an_applied_to_a_running_instance_stays_pending_until_it_is_deallocated_and_started(
    demo_sim: SimHandle,
) -> None:
    """DOMAIN.md "Added rules": a model applied to a running instance restarts it at most; its newly enabled AN is
    not effective, nor encryption activated, until it is deallocated and started."""
    compute, network = clients(demo_sim)
    rg, name = "rg-batch", "vmss-batch"
    sets = compute.virtual_machine_scale_sets
    stored = demo_sim.store.get(f"{RG}/{rg}/providers/Microsoft.Compute/virtualMachineScaleSets/{name}")
    assert stored is not None
    stored["sku"]["name"] = "Standard_D4s_v5"  # a supported size from the start: only AN is missing
    configs = [copy.deepcopy(dict(c)) for c in nic_configurations(rest(sets.get(rg, name)))]
    subnet = configs[0]["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"]
    vnet_rg, vnet_name = subnet.split("/resourceGroups/")[1].split("/")[0], subnet.split("/virtualNetworks/")[1].split("/")[0]
    vnet = network.virtual_networks.get(vnet_rg, vnet_name)
    vnet.encryption = nm.VirtualNetworkEncryption(enabled=True, enforcement="AllowUnencrypted")
    network.virtual_networks.begin_create_or_update(vnet_rg, vnet_name, vnet, polling_interval=POLL).result()
    for c in configs:
        c["properties"]["enableAcceleratedNetworking"] = True
    patch = {"properties": {"virtualMachineProfile": {"networkProfile": {"networkInterfaceConfigurations": configs}}}}
    sets.begin_update(rg, name, cm.VirtualMachineScaleSetUpdate(patch), polling_interval=POLL).result()
    sets.begin_update_instances(rg, name, _required("0"), polling_interval=POLL).result()  # instance 0 is running

    running = _instance(demo_sim, "0")
    assert running["latest_model"] and running["power_state"] == "running"
    assert running["accelerated_networking"] is False and running["accelerated_networking_pending"] is True
    assert running["encryption"] is False
    sets.begin_restart(rg, name, _ids("0"), polling_interval=POLL).result()  # a restart is no reallocation
    assert _instance(demo_sim, "0")["accelerated_networking_pending"] is True
    assert _instance(demo_sim, "0")["encryption"] is False
    sets.begin_deallocate(rg, name, _ids("0"), polling_interval=POLL).result()
    sets.begin_start(rg, name, _ids("0"), polling_interval=POLL).result()
    cycled = _instance(demo_sim, "0")
    assert cycled["accelerated_networking"] is True and cycled["accelerated_networking_pending"] is False
    assert cycled["encryption"] is True and cycled["deallocations"] == 1 and cycled["starts"] == 1

    # Deallocated first, then upgraded: AN in effect at once, encryption at its start.
    sets.begin_deallocate(rg, name, _ids("1"), polling_interval=POLL).result()
    sets.begin_update_instances(rg, name, _required("1"), polling_interval=POLL).result()
    assert _instance(demo_sim, "1")["accelerated_networking"] is True
    assert _instance(demo_sim, "1")["accelerated_networking_pending"] is False
    sets.begin_start(rg, name, _ids("1"), polling_interval=POLL).result()
    assert _instance(demo_sim, "1")["encryption"] is True


def test_a_size_the_running_instance_hardware_lacks_is_refused_until_it_is_deallocated(demo_sim: SimHandle) -> None:
    compute, _ = clients(demo_sim)
    rg, name = "rg-batch", "vmss-batch"
    sets = compute.virtual_machine_scale_sets
    update = cm.VirtualMachineScaleSetUpdate(sku=cm.Sku(name="Standard_D4lds_v5"))  # v2 -> v5 hardware
    sets.begin_update(rg, name, update, polling_interval=POLL).result()
    with pytest.raises(HttpResponseError) as refused:
        sets.begin_update_instances(rg, name, _required("3"), polling_interval=POLL).result()
    assert refused.value.error is not None and refused.value.error.code == "OperationNotAllowed"
    assert "not available in the current hardware cluster" in str(refused.value)
    sets.begin_deallocate(rg, name, _ids("3"), polling_interval=POLL).result()
    sets.begin_update_instances(rg, name, _required("3"), polling_interval=POLL).result()
    inst = _instance(demo_sim, "3")
    assert inst["size"] == "Standard_D4lds_v5" and inst["latest_model"]


# --- the shapes recorded from Azure ---------------------------------------------------------------------------------

RECORDINGS = Path(__file__).resolve().parent / "fixtures" / "realdata" / "java-recordings"


def recorded(name: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads((RECORDINGS / name).read_text())["networkCallRecords"]
    return records


def test_the_deallocate_flow_has_the_shapes_azure_recorded(demo_sim: SimHandle) -> None:
    flow = recorded("lro-deallocate-409-patch-start-flow.json")
    post = next(r for r in flow if r["Method"] == "POST" and r["Uri"].split("?")[0].endswith("/deallocate"))
    statuses = [json.loads(r["Response"]["Body"]) for r in flow if "/operations/" in r["Uri"] and r["Method"] == "GET"]
    want_headers = {k for k in post["Response"] if k in ("location", "azure-asyncoperation")}
    demo_sim.simulator.options.durations["deallocate"] = 0.5
    answer = call(demo_sim, "POST", f"{VM}/vm-payments-013/deallocate", COMPUTE_API)
    headers = {k.lower() for k in answer.headers}
    auth = {"Authorization": f"Bearer {SIM_TOKEN}"}
    ca = str(demo_sim.ca_bundle_path)
    first = requests.get(answer.headers["Azure-AsyncOperation"], headers=auth, verify=ca, timeout=10).json()
    wait_for(demo_sim, f"{VM}/vm-payments-013", "deallocated")
    last = requests.get(answer.headers["Azure-AsyncOperation"], headers=auth, verify=ca, timeout=10).json()
    assert str(answer.status_code) == post["Response"]["StatusCode"] == "202"
    assert want_headers == {"location", "azure-asyncoperation"} and want_headers <= headers
    assert "monitor=true" in post["Response"]["location"] and "monitor=true" in answer.headers["Location"]
    assert set(first) == set(statuses[0]) and first["status"] == statuses[0]["status"] == "InProgress"
    assert set(last) == set(statuses[-1]) and last["status"] == statuses[-1]["status"] == "Succeeded"


def test_the_resize_patch_answers_like_the_recorded_one(demo_sim: SimHandle) -> None:
    flow = recorded("lro-resize-patch-flow.json")
    patch = next(r for r in flow if r["Method"] == "PATCH")
    recorded_body = json.loads(patch["Response"]["Body"])
    vm_path = f"{VM}/vm-payments-013"
    call(demo_sim, "POST", vm_path + "/deallocate", COMPUTE_API)
    wait_for(demo_sim, vm_path, "deallocated")
    answer = call(demo_sim, "PATCH", vm_path, COMPUTE_API, json={"properties": {"hardwareProfile": {"vmSize": "Standard_D8s_v5"}}})
    assert str(answer.status_code) == patch["Response"]["StatusCode"] == "200"
    assert ("azure-asyncoperation" in patch["Response"]) and "Azure-AsyncOperation" in answer.headers
    body = answer.json()
    assert body["properties"]["provisioningState"] == recorded_body["properties"]["provisioningState"] == "Updating"
    assert body["properties"]["hardwareProfile"]["vmSize"] == "Standard_D8s_v5"  # the new size, as recorded


def test_a_resize_beyond_the_family_quota_is_refused_and_one_within_it_goes_through(demo_sim: SimHandle) -> None:
    """The demo's usage lists name no subscription: each subscription gets its own headroom, and a resize past it
    is refused with Azure's quota error while a small one is not."""
    vm_path = f"{VM}/vm-payments-001"
    call(demo_sim, "POST", vm_path + "/deallocate", COMPUTE_API)
    wait_for(demo_sim, vm_path, "deallocated")
    too_big = call(
        demo_sim, "PATCH", vm_path, COMPUTE_API, json={"properties": {"hardwareProfile": {"vmSize": "Standard_D96s_v5"}}}
    )
    assert too_big.status_code == 409, too_big.text
    assert too_big.json()["error"]["code"] == "OperationNotAllowed" and "quota" in too_big.json()["error"]["message"]
    fits = call(
        demo_sim, "PATCH", vm_path, COMPUTE_API, json={"properties": {"hardwareProfile": {"vmSize": "Standard_D8s_v5"}}}
    )
    assert fits.status_code == 200, fits.text
