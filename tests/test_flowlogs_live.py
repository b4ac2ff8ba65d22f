"""Flow-log blobs read live: flow log resource -> storage account -> blob endpoint -> listed and downloaded blobs, with
the real azure-mgmt-network and azure-storage-blob clients against the simulator (its Blob service on the same port)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner.errors import InputError, UsageError
from planner.flowlogs.live import (
    CONTAINER,
    FlowLogReader,
    FlowLogReadError,
    blob_hour,
    check_storage_host,
    in_window,
)
from planner.inventory.live import StaticTokenCredential
from planner.plan.permissions import (
    BLOB_READ,
    FLOW_LOG_READ,
    STORAGE_ACCOUNT_READ,
    data_actions,
    review_actions,
)
from planner.plan.roles import Permission, Role
from planner.session import Session
from planner.sim.server import ArmSimulator, SimHandle
from planner.sim.store import ArmStore

SUB = "11111111-2222-3333-4444-555555555555"
RG = "NetworkWatcherRG"
WATCHER = "NetworkWatcher_eastus"
FLOW_LOG = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/networkWatchers/{WATCHER}/flowLogs/vnet-a-log"
OTHER_LOG = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/networkWatchers/{WATCHER}/flowLogs/vnet-b-log"
ACCOUNT = "flowlogsacct"
STORAGE_ID = f"/subscriptions/{SUB}/resourceGroups/logs/providers/Microsoft.Storage/storageAccounts/{ACCOUNT}"
VNET = f"/subscriptions/{SUB}/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/vnet-a"
TOKEN = "flow-token"
DEMO_PLAN = Path(__file__).resolve().parents[1] / "plans" / "demo-plan.toml"


def blob_name(flow_log: str, hour: datetime, mac: str) -> str:
    return (
        f"flowLogResourceID=/{SUB.upper()}/{RG.upper()}/{WATCHER.upper()}/{flow_log.upper()}/"
        f"y={hour:%Y}/m={hour:%m}/d={hour:%d}/h={hour:%H}/m=00/macAddress={mac}/PT1H.json"
    )


def record(hour: datetime, mac: str) -> bytes:
    millis = int(hour.timestamp() * 1000)
    tuple_ = f"{millis},10.0.0.4,10.0.0.5,44931,443,6,O,B,X,0,0,0,0"
    return json.dumps({"records": [{
        "time": hour.isoformat().replace("+00:00", "Z"), "flowLogVersion": 4, "flowLogGUID": "g",
        "macAddress": mac, "category": "FlowLogFlowEvent", "flowLogResourceID": FLOW_LOG, "targetResourceID": VNET,
        "operationName": "FlowLogFlowEvent",
        "flowRecords": {"flows": [{"aclID": "a", "flowGroups": [{"rule": "r", "flowTuples": [tuple_]}]}]},
    }]}).encode()


def resource(rid: str, rtype: str, **props: object) -> dict[str, object]:
    return {"id": rid, "name": rid.rsplit("/", 1)[1], "type": rtype, "location": "eastus", "properties": props}


HOURS = [datetime(2026, 12, 1, h, tzinfo=UTC) for h in (9, 10, 11)]


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    store = ArmStore()
    store.put(resource(FLOW_LOG, "Microsoft.Network/networkWatchers/flowLogs", targetResourceId=VNET,
                       storageId=STORAGE_ID, enabled=True))
    store.put(resource(OTHER_LOG, "Microsoft.Network/networkWatchers/flowLogs", targetResourceId=VNET,
                       storageId=STORAGE_ID, enabled=False))
    store.put(resource(STORAGE_ID, "Microsoft.Storage/storageAccounts",
                       primaryEndpoints={"blob": f"https://{ACCOUNT}.blob.core.windows.net/"}))
    simulator = ArmSimulator(store, token=TOKEN)
    simulator.blobs.page_size = 2  # the client follows NextMarker
    for hour in HOURS:
        for mac in ("000D3AF87856", "000D3AF8AAAA"):
            simulator.blobs.put(ACCOUNT, CONTAINER, blob_name("vnet-a-log", hour, mac), record(hour, mac))
    simulator.blobs.put(ACCOUNT, CONTAINER, blob_name("vnet-a-log-old", HOURS[0], "000D3AF87856"), b"{}")
    simulator.blobs.put(ACCOUNT, "other-container", "x.json", b"{}")
    with simulator.running() as handle:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(handle.ca_bundle_path))
        yield handle


def reader(handle: SimHandle) -> FlowLogReader:
    return FlowLogReader(credential=StaticTokenCredential(TOKEN), arm_endpoint=handle.url)


def test_blobs_are_found_through_the_flow_log_and_its_storage_account(sim: SimHandle) -> None:
    read = reader(sim)
    found = read.find([FLOW_LOG], None, None)
    (at,) = found.flow_logs
    assert at.blob_endpoint == sim.simulator.blobs.endpoint(ACCOUNT)  # ARM's answer, pointed at the simulator
    assert at.target == VNET
    names = [name for _, name in found.blob_names]
    assert len(names) == 6 and all("/VNET-A-LOG/" in n for n in names)  # not vnet-a-log-old, listed in pages
    blobs = list(read.blobs(found))
    assert [b.name.rsplit(CONTAINER + "/", 1)[1] for b in blobs] == names
    assert all(json.loads(b.data)["records"][0]["flowLogVersion"] == 4 for b in blobs)
    lists = [r for r in sim.simulator.requests if r.route == "blob" and r.query.get("comp") == "list"]
    assert len(lists) == 4 and all(r.query.get("prefix") == "flowLogResourceID=/" for r in lists)


def test_a_window_keeps_the_hours_that_can_hold_its_records(sim: SimHandle) -> None:
    found = reader(sim).find([FLOW_LOG], datetime(2026, 12, 1, 11, 30, tzinfo=UTC), None)
    assert {blob_hour(n) for _, n in found.blob_names} == {HOURS[1], HOURS[2]}  # 10h kept: records straddle hours
    assert not in_window(blob_name("x", HOURS[0], "m"), None, datetime(2026, 12, 1, 7, 0, tzinfo=UTC))


def test_a_disabled_flow_log_warns_and_one_without_blobs_says_so(sim: SimHandle) -> None:
    found = reader(sim).find([OTHER_LOG], None, None)
    assert found.blob_names == []
    assert any("disabled" in w for w in found.warnings) and any("no blobs" in w for w in found.warnings)


def test_an_nsg_flow_log_is_refused_before_any_blob_is_read(sim: SimHandle) -> None:
    nsg = f"/subscriptions/{SUB}/resourceGroups/net/providers/Microsoft.Network/networkSecurityGroups/nsg-a"
    sim.store.put(resource(OTHER_LOG, "Microsoft.Network/networkWatchers/flowLogs", targetResourceId=nsg,
                           storageId=STORAGE_ID))
    with pytest.raises(InputError, match=r"NSG flow logs .* carry no encryption field"):
        reader(sim).find([OTHER_LOG], None, None)


def test_failures_name_the_call(sim: SimHandle) -> None:
    missing = FLOW_LOG.replace("vnet-a-log", "nope")
    with pytest.raises(FlowLogReadError, match=r"reading flow log .*nope.*not found"):
        reader(sim).find([missing], None, None)
    with pytest.raises(UsageError, match="not a folder or file, nor a flow log's resource id"):
        reader(sim).find(["/subscriptions/x/resourceGroups/y"], None, None)
    sim.simulator.blobs.accounts[ACCOUNT].deny_reads = True
    with pytest.raises(FlowLogReadError, match="Storage Blob Data Reader"):
        reader(sim).find([FLOW_LOG], None, None)


def test_a_wrong_token_is_refused_by_the_storage_endpoint_too(sim: SimHandle) -> None:
    read = FlowLogReader(credential=StaticTokenCredential(TOKEN), storage_credential=StaticTokenCredential("wrong"),
                         arm_endpoint=sim.url)
    with pytest.raises(FlowLogReadError, match="HTTP 401"):
        read.find([FLOW_LOG], None, None)


def test_the_azure_login_goes_only_to_azure_storage_hosts() -> None:
    check_storage_host("https://acct.blob.core.windows.net/", ())
    check_storage_host("https://acct.z12.blob.storage.azure.net/", ())
    check_storage_host("https://127.0.0.1:4443/acct/", ("127.0.0.1",))
    with pytest.raises(UsageError, match="will not send your Azure login"):
        check_storage_host("https://evil.example/acct/", ())
    with pytest.raises(UsageError, match="not https"):
        check_storage_host("http://acct.blob.core.windows.net/", ())


def test_planner_sim_serves_a_folder_as_an_accounts_blobs(tmp_path: Path) -> None:
    from planner.commands.sim import _load_blobs

    simulator = ArmSimulator(ArmStore())
    (tmp_path / CONTAINER / "y=2026").mkdir(parents=True)
    (tmp_path / CONTAINER / "y=2026" / "PT1H.json").write_bytes(b'{"records": []}')
    assert _load_blobs(simulator, [f"Acct={tmp_path}"]) == {"acct": 1}
    assert simulator.blobs.accounts["acct"].containers[CONTAINER]["y=2026/PT1H.json"].data == b'{"records": []}'
    with pytest.raises(UsageError, match="expected ACCOUNT=DIR"):
        _load_blobs(simulator, ["acct"])
    with pytest.raises(InputError, match="is not a folder"):
        _load_blobs(simulator, [f"acct={tmp_path / 'none'}"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no blobs"):
        _load_blobs(simulator, [f"acct={tmp_path / 'empty'}"])


def review_role(*, without: str = "") -> Role:
    plan = Session.read_plan(DEMO_PLAN)
    actions = tuple(a for a in review_actions(plan) if a != without)
    data = tuple(a for a in data_actions(plan) if a != without)
    return Role("review", (Permission(actions, (), data),), (f"/subscriptions/{SUB}",))


def test_the_review_role_of_a_plan_reads_flow_logs_live(sim: SimHandle) -> None:
    sim.simulator.authz.role = review_role()
    read = reader(sim)
    assert len(list(read.blobs(read.find([FLOW_LOG], None, None)))) == 6
    assert all(r.status < 400 for r in sim.simulator.requests)


@pytest.mark.parametrize("action", [FLOW_LOG_READ, STORAGE_ACCOUNT_READ, BLOB_READ])
def test_without_a_flow_log_read_the_reader_names_what_is_missing(sim: SimHandle, action: str) -> None:
    sim.simulator.authz.role = review_role(without=action)
    expected = "Storage Blob Data Reader" if action == BLOB_READ else re.escape(action)
    with pytest.raises(FlowLogReadError, match=expected):
        reader(sim).find([FLOW_LOG], None, None)


def test_verify_reads_a_flow_log_live_as_it_reads_the_downloaded_blobs(
    sim: SimHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same blobs, downloaded into a folder or read live through the flow log: the same report."""
    from flowlog_helpers import MINUTE, T0, both_views, inventory

    from planner.cli import main
    from planner.errors import ExitCode
    from planner.inventory import snapshot

    inv_path = tmp_path / "estate.json"
    snapshot.write(inventory(), inv_path)
    blobs = both_views("vm-a", "vm-o", T0, "X") + both_views("vm-a", "vm-b", T0 + 30 * MINUTE, "NX")
    hour = datetime.fromtimestamp(T0 / 1000, UTC)
    sim.simulator.blobs.accounts[ACCOUNT].containers[CONTAINER].clear()  # only these
    for index, b in enumerate(blobs):
        name = blob_name("vnet-a-log", hour, f"{index:012X}")
        sim.simulator.blobs.put(ACCOUNT, CONTAINER, name, b.data)
        (tmp_path / "logs" / name).parent.mkdir(parents=True)
        (tmp_path / "logs" / name).write_bytes(b.data)
    assert main(["verify", str(inv_path), "--flow-logs", str(tmp_path / "logs"), "--json"]) == ExitCode.DRIFT
    downloaded = json.loads(capsys.readouterr().out)["flow_logs"]

    monkeypatch.setenv("SIM_TOKEN", TOKEN)
    live_args = ["--flow-logs", FLOW_LOG, "--arm-endpoint", sim.url, "--token-env", "SIM_TOKEN"]
    assert main(["verify", str(inv_path), *live_args, "--json"]) == ExitCode.DRIFT
    captured = capsys.readouterr()
    live = json.loads(captured.out)["flow_logs"]
    assert "flow logs: 4 blob(s) to read from 1 flow log(s)" in captured.err
    assert live["failing"] == downloaded["failing"] == 1
    assert live["pairs"] == downloaded["pairs"] and live["flags"] == downloaded["flags"]

    monkeypatch.setenv("WRONG", "not-the-token")
    assert main(["verify", str(inv_path), *live_args, "--storage-token-env", "WRONG"]) == ExitCode.AZURE
    assert "HTTP 401" in capsys.readouterr().err
    assert main(["verify", str(inv_path), "--flow-logs", str(tmp_path / "logs"), "--storage-token-env", "WRONG"]) \
        == ExitCode.USAGE
    assert "--storage-token-env goes with --flow-logs FLOW_LOG_ID" in capsys.readouterr().err
