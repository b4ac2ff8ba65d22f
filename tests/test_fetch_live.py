"""`planner.inventory.live`: the real SDK clients against the ARM simulator over HTTPS (no internet)."""

from __future__ import annotations

import json
import socket
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from azure.identity import AzureAuthorityHosts, DefaultAzureCredential
from azure.mgmt.core.tools import get_arm_endpoints

from planner.inventory import live
from planner.sim import tls
from planner.sim.server import ArmSimulator, SimHandle, Throttle
from planner.sim.store import ArmStore

ESTATE = Path(__file__).resolve().parent / "fixtures" / "sim"
SUB = "00000000-0000-0000-0000-000000000000"
REGIONS_IN_USE = ["eastus", "eastus2", "japaneast", "westus"]


def fetch(handle: SimHandle, **kwargs: Any) -> list[tuple[str, dict[str, Any]]]:
    token = handle.simulator.token or "any"
    options: dict[str, Any] = {"arm_endpoint": handle.url, "credential": live.StaticTokenCredential(token)}
    options.update(kwargs)
    return list(live.fetch_documents([SUB], **options))


def kinds(docs: list[tuple[str, dict[str, Any]]]) -> Counter[str]:
    return Counter(label.split("/", 1)[1] for label, _ in docs)


def by_name(docs: list[tuple[str, dict[str, Any]]], kind: str) -> dict[str, dict[str, Any]]:
    return {doc["name"]: doc for label, doc in docs if label == f"live:{SUB}/{kind}"}


def test_fetch_lists_every_kind_through_paged_sdk_calls(arm_sim: SimHandle) -> None:
    docs = fetch(arm_sim)
    counts = kinds(docs)
    assert {k: counts[k] for k in counts if not k.startswith(("skus-", "usages-"))} == {
        "virtualMachines": 6,
        "networkInterfaces": 5,
        "virtualNetworks": 3,
        "loadBalancers": 1,
        "availabilitySets": 1,
        "virtualMachineScaleSets": 1,
        "privateLinkServices": 2,
        "dnsResolvers": 1,
        "disks": 3,
        "managedClusters": 1,
        "publicIPAddresses": 1,
        "capacityReservationGroups": 1,
        "capacityReservations": 1,  # read by its own GET: the group lists it by id
    }
    pages = [r for r in arm_sim.simulator.requests if "$skiptoken" in r.query]
    assert any("networkInterfaces" in r.path for r in pages)  # page size 2: the SDK followed nextLink
    assert all(r.status == 200 for r in arm_sim.simulator.requests)


def test_fetched_documents_keep_the_rest_shape_and_ids(arm_sim: SimHandle) -> None:
    docs = fetch(arm_sim)
    nic = by_name(docs, "networkInterfaces")["nic476817ce723"]
    on_disk = json.loads((ESTATE / "nic-get-in-lb-backend-pool.json").read_text())
    assert nic == on_disk
    vmss = by_name(docs, "virtualMachineScaleSets")["vmss24105"]
    assert vmss["properties"]["upgradePolicy"]["mode"] == "Automatic"
    assert vmss["type"] == "Microsoft.Compute/virtualMachineScaleSets"


def test_every_vm_carries_its_instance_view_with_power_state(arm_sim: SimHandle) -> None:
    vms = by_name(fetch(arm_sim), "virtualMachines")

    def power(name: str) -> str:
        codes: list[str] = [s["code"] for s in vms[name]["properties"]["instanceView"]["statuses"]]
        return next(c for c in codes if c.startswith("PowerState/"))

    assert power("vm1df287789658809b92") == "PowerState/deallocated"
    assert power("wvm6a1891317e90e23c7") == "PowerState/running"
    assert vms["wvm6a1891317e90e23c7"]["properties"]["instanceView"]["hyperVGeneration"] == "V1"
    assert vms["vm422648"]["properties"]["hardwareProfile"]["vmSize"] == "Standard_D8a_v4"
    assert all("PowerState/" in json.dumps(vm["properties"]["instanceView"]) for vm in vms.values())


def test_a_vm_missing_from_the_status_list_gets_its_own_instance_view_call(
    arm_sim: SimHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    vm = json.loads((ESTATE / "vm-get-in-availabilityset.json").read_text())
    arm_sim.store.set_instance_view(
        vm["id"],
        {"statuses": [{"code": "PowerState/stopped", "level": "Info", "displayStatus": "VM stopped"}]},
    )
    original = arm_sim.simulator.reads._status_only

    def drop_one(resource: dict[str, Any]) -> dict[str, Any]:
        out = original(resource)
        if resource["name"] == vm["name"]:
            out["properties"] = {}
        return out

    monkeypatch.setattr(arm_sim.simulator.reads, "_status_only", drop_one)
    vms = by_name(fetch(arm_sim), "virtualMachines")
    assert vms[vm["name"]]["properties"]["instanceView"]["statuses"][0]["code"] == "PowerState/stopped"
    assert [r.route for r in arm_sim.simulator.requests].count("vm_instance_view") == 1


def test_skus_are_fetched_for_the_regions_in_use_only_and_only_for_vms(arm_sim: SimHandle) -> None:
    docs = fetch(arm_sim)
    skus = [(label, doc) for label, doc in docs if "/skus-" in label]
    asked = sorted(
        r.query["$filter"]
        for r in arm_sim.simulator.requests
        if r.route == "skus" and "$skiptoken" not in r.query
    )
    assert asked == [f"location eq '{region}'" for region in REGIONS_IN_USE]
    assert {doc["resourceType"] for _, doc in skus} == {"virtualMachines"}
    assert Counter(label.rsplit("-", 1)[1] for label, _ in skus) == {"eastus2": 8, "westus": 2}


def test_skus_of_a_region_without_vms_are_not_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ArmStore()
    for name in ("vm-get-zoned-with-ppg.json", "skus-eastus2.json", "skus-westus.json"):
        store.load_document(name, json.loads((ESTATE / name).read_text()))
    with ArmSimulator(store, page_size=3).running() as handle:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(handle.ca_bundle_path))
        docs = fetch(handle)
    regions = {label.rsplit("skus-", 1)[1] for label, _ in docs if "/skus-" in label}
    assert regions == {"eastus2"}
    assert "Standard_A1" not in {doc.get("name") for _, doc in docs}


def test_usages_come_as_one_page_per_region_named_for_the_file_loader(arm_sim: SimHandle) -> None:
    docs = fetch(arm_sim)
    usages = {label: doc for label, doc in docs if "/usages-" in label}
    assert sorted(usages) == [f"live:{SUB}/usages-{region}.json" for region in REGIONS_IN_USE]
    eastus = usages[f"live:{SUB}/usages-eastus.json"]["value"]
    cores = next(row for row in eastus if row["name"]["value"] == "cores")
    assert (cores["limit"], cores["currentValue"]) == (100, 0)
    assert usages[f"live:{SUB}/usages-westus.json"] == {"value": []}


def test_progress_reports_growing_counts_per_listing(arm_sim: SimHandle) -> None:
    seen: list[tuple[str, int]] = []
    fetch(arm_sim, progress=lambda what, count: seen.append((what, count)))
    nic_counts = [count for what, count in seen if what == f"network interfaces in {SUB}"]
    assert nic_counts == [2, 4, 5]
    assert (f"virtual machines in {SUB}", 6) in seen


def test_wrong_token_is_a_fetch_error_naming_call_and_subscription(arm_sim: SimHandle) -> None:
    with pytest.raises(live.FetchError) as caught:
        fetch(arm_sim, credential=live.StaticTokenCredential("stolen-looking-token"))
    message = str(caught.value)
    assert "authentication failed" in message and "HTTP 401" in message
    assert SUB in message and "listing virtual machine" in message
    assert "stolen-looking-token" not in message


def test_unknown_subscription_is_a_fetch_error_naming_it(arm_sim: SimHandle) -> None:
    other = "11111111-2222-3333-4444-555555555555"
    with pytest.raises(live.FetchError, match=f"subscription {other}.*HTTP 404.*SubscriptionNotFound"):
        list(
            live.fetch_documents(
                [other],
                arm_endpoint=arm_sim.url,
                credential=live.StaticTokenCredential(arm_sim.simulator.token or "x"),
            )
        )


def test_unreachable_endpoint_is_a_fetch_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls.generate(tmp_path).ca_bundle))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    endpoint = f"https://127.0.0.1:{port}"
    with pytest.raises(live.FetchError, match=f"cannot reach {endpoint}") as caught:
        list(
            live.fetch_documents(
                [SUB],
                arm_endpoint=endpoint,
                credential=live.StaticTokenCredential("x"),
                client_options={"retry_total": 0},
            )
        )
    assert SUB in str(caught.value)


def test_one_429_on_a_next_page_is_retried_after_retry_after(arm_sim: SimHandle) -> None:
    throttle = Throttle("list_by_subscription", nth=2, retry_after=1, path_contains="networkInterfaces")
    arm_sim.simulator.add_fault(throttle)
    started = time.monotonic()
    docs = fetch(arm_sim)
    elapsed = time.monotonic() - started
    nic_requests = [r for r in arm_sim.simulator.requests if r.path.endswith("/networkInterfaces")]
    assert throttle.fired == 1
    assert [(r.query.get("$skiptoken"), r.status) for r in nic_requests] == [
        (None, 200),
        ("2", 429),
        ("2", 200),
        ("4", 200),
    ]
    assert kinds(docs)["networkInterfaces"] == 5
    assert elapsed >= 1.0


def test_static_token_credential_hides_the_token_and_refuses_an_empty_one() -> None:
    credential = live.StaticTokenCredential("  secret-value \n")
    assert credential.get_token(live.CLOUDS["public"].scope).token == "secret-value"
    assert credential.get_token_info(live.CLOUDS["public"].scope).expires_on > time.time()
    assert "secret-value" not in repr(credential)
    with pytest.raises(ValueError):
        live.StaticTokenCredential("   ")


def test_make_credential_uses_the_token_when_given_else_default_azure_credential() -> None:
    assert isinstance(live.make_credential("usgov", "tok"), live.StaticTokenCredential)
    assert isinstance(live.make_credential("china"), DefaultAzureCredential)
    with pytest.raises(live.FetchError, match="unknown cloud"):
        live.make_credential("mars")


def test_cloud_table_matches_the_sdk_endpoint_tables() -> None:
    from azure.core import AzureClouds

    sdk_names = {
        "public": (AzureClouds.AZURE_PUBLIC_CLOUD, AzureAuthorityHosts.AZURE_PUBLIC_CLOUD),
        "usgov": (AzureClouds.AZURE_US_GOVERNMENT, AzureAuthorityHosts.AZURE_GOVERNMENT),
        "china": (AzureClouds.AZURE_CHINA_CLOUD, AzureAuthorityHosts.AZURE_CHINA),
    }
    assert set(live.CLOUDS) == set(sdk_names)
    for name, (cloud, authority) in sdk_names.items():
        sdk = get_arm_endpoints(cloud)
        assert live.CLOUDS[name].arm == sdk["resource_manager"].rstrip("/")
        assert [live.CLOUDS[name].scope] == sdk["credential_scopes"]
        assert live.CLOUDS[name].authority == authority


def test_fetch_inventory_loads_the_fetched_documents_like_files(arm_sim: SimHandle) -> None:
    pytest.importorskip("planner.inventory.arm_json")
    inv = live.fetch_inventory(
        [SUB], arm_endpoint=arm_sim.url, credential=live.StaticTokenCredential(arm_sim.simulator.token or "x")
    )
    assert len(inv.vms) == 6 and len(inv.nics) == 5
    vm = next(v for v in inv.vms.values() if v.name == "vm1df287789658809b92")
    assert vm.power_state.value == "deallocated"
    assert {u.location for u in inv.usages} == {"eastus"}
    assert {s.location for s in inv.skus} == {"eastus2", "westus"}


def test_planner_fetch_writes_a_snapshot_from_the_simulator(
    arm_sim: SimHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("planner.inventory.arm_json")
    from planner.cli import main

    monkeypatch.setenv("SIM_TOKEN", arm_sim.simulator.token or "x")
    out = tmp_path / "snapshot.json"
    args = ["fetch", "--subscription", SUB, "--arm-endpoint", arm_sim.url, "--token-env", "SIM_TOKEN"]
    code = main([*args, "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert out.exists() and "6 VMs" in captured.out
    assert (arm_sim.simulator.token or "x") not in captured.out + captured.err + out.read_text()


def test_planner_fetch_exits_with_the_azure_code_on_a_rejected_token(
    arm_sim: SimHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("planner.inventory.arm_json")
    from planner.cli import main
    from planner.errors import ExitCode

    monkeypatch.setenv("SIM_TOKEN", "rejected-token")
    out = tmp_path / "snapshot.json"
    args = ["fetch", "--subscription", SUB, "--arm-endpoint", arm_sim.url, "--token-env", "SIM_TOKEN"]
    code = main([*args, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == ExitCode.AZURE
    assert "authentication failed" in err and SUB in err
    assert "rejected-token" not in err and "Traceback" not in err
    assert not out.exists()


def test_capacity_reservations_and_public_ips_are_fetched_and_loaded(arm_sim: SimHandle) -> None:
    token = live.StaticTokenCredential(arm_sim.simulator.token or "x")
    inv = live.fetch_inventory([SUB], arm_endpoint=arm_sim.url, credential=token)
    (group,) = inv.capacity_reservation_groups.values()
    assert [r.size for r in group.reservations] == ["Standard_DS1_v2"]
    assert [r.lower() for r in group.reservation_ids] == [r.id.lower() for r in group.reservations]
    (pip,) = inv.public_ips.values()
    assert pip.allocation_method == "Dynamic"
    nic = next(n for n in inv.nics.values() if n.name == "nicvm42264882a59622")
    assert nic.ip_configurations[0].public_ip_id == pip.id
    reservation_gets = [r for r in arm_sim.simulator.requests if "/capacityReservations/" in r.path]
    assert [r.route for r in reservation_gets] == ["get_resource"]
