"""Issue 10, items 7-14: quota files without a subscription, decisions and plans that do not say what they mean,
outputs over inputs, hostile text, credentials sent to unknown hosts, and broken answers from Azure. Each case runs
what a user would and checks the message and the exit code."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from azure.identity import DefaultAzureCredential
from conftest import SIM_TOKEN
from estate_helpers import REALDATA, VM_ID, base, read_json, set_size
from test_sequence import cluster

from planner import cli
from planner.analysis.analyzer import analyze
from planner.errors import ExitCode
from planner.inventory import live
from planner.inventory.arm_json import load_documents
from planner.model import key
from planner.sim.faults import BadAnswers
from planner.sim.server import SimHandle

OTHER_SUB = "11111111-2222-3333-4444-555555555555"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def estate(folder: Path, docs: list[tuple[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, doc in docs:
        (folder / name).write_text(json.dumps(doc, indent=2))
    return folder


def resized_cluster(folder: Path, n: int = 2) -> Path:
    """n VMs of the recorded availability set on Standard_D2s_v3 (resized by every plan)."""
    docs = cluster(n)
    for name, doc in docs:
        if name.startswith("vm-"):
            doc["properties"]["hardwareProfile"]["vmSize"] = "Standard_D2s_v3"
    return estate(folder, docs)


# --- 7. quota files outside a subscription folder --------------------------------------------------------


def test_a_usage_list_without_a_subscription_gives_each_subscription_its_own_headroom() -> None:
    docs = base()
    set_size(docs, "Standard_D2s_v3")
    other = json.loads(json.dumps(docs).replace("00000000-0000-0000-0000-000000000000", OTHER_SUB))
    usages = read_json(REALDATA / "java-recordings" / "compute-usages-list-eastus.json")
    usages["value"].append(
        {"limit": 2, "unit": "Count", "currentValue": 0, "name": {"value": "standardDDSv5Family", "localizedValue": "x"}}
    )
    documents = [(f"a-{n}.json", d) for n, d in docs.items()] + [(f"b-{n}.json", d) for n, d in other.items()]
    inv = load_documents([*documents, ("usages-eastus.json", usages)])
    a = analyze(inv)
    first, second = a.vms[key(VM_ID)], a.vms[key(VM_ID.replace("00000000-0000-0000-0000-000000000000", OTHER_SUB))]
    # 2 vCPUs of DDSv5 left per subscription: both VMs get the 2-vCPU D2ds_v5 (one shared pool gave only one).
    assert first.target_size == second.target_size == "Standard_D2ds_v5"


# --- 8. decisions that name nothing ----------------------------------------------------------------------


def test_decisions_naming_no_vm_or_vnet_are_refused_with_file_key_and_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = resized_cluster(tmp_path / "estate")
    typo, other = VM_ID.replace("vm7da9066942", "vm99"), VM_ID.replace("vm7da9066942", "vm98")
    decisions = tmp_path / "decisions.toml"
    decisions.write_text(
        f'exclude_vms = ["{typo}"]\n\n[[pin]]\nvm = "{other}"\nsize = "Standard_D4ds_v5"\n\n'
        f'[[pin]]\nvm = "{typo}"\nsize = "Standard_D4ds_v5"\n'
    )
    code, _out, err = run(capsys, "plan", folder, "--out", tmp_path / "plan.toml", "--decisions", decisions)
    assert code == ExitCode.INPUT and not (tmp_path / "plan.toml").exists()
    assert f"decisions.toml: exclude_vms[0]: {typo} is not a VM or scale set of the inventory" in err
    assert f"pin[0].vm: {other} is not a VM or scale set of the inventory" in err
    assert f"pin[1].vm: {typo} is not a VM or scale set of the inventory" in err  # the same typo, both places
    vnet = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/nope"
    decisions.write_text(f'exclude_vnets = ["{vnet}"]\n')
    code, _, err = run(capsys, "analyze", folder, "--decisions", decisions)
    assert code == ExitCode.INPUT and f"exclude_vnets[0]: {vnet} is not a VNet of the inventory" in err


# --- 9. validate cross-checks the plan's own content -----------------------------------------------------


def _plan(tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: Path, *extra: str | Path) -> Path:
    plan = tmp_path / "plan.toml"
    code, _, err = run(capsys, "plan", folder, "--out", plan, *extra)
    assert code == ExitCode.OK, err
    return plan


def test_validate_checks_resize_sizes_against_the_vms_entry_the_later_steps_and_the_series_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path, capsys, resized_cluster(tmp_path / "estate"))
    text = plan.read_text()
    step = text.index('id = "w002-vm-vm00-resize"')
    params = text.index('size = "Standard_D2ds_v5"', text.index("[waves.steps.params]", step))
    edited = tmp_path / "edited.toml"
    edited.write_text(text[:params] + 'size = "Standard_D4ds_v5"' + text[params + 25 :])
    code, out, _ = run(capsys, "validate", edited)
    assert code == ExitCode.PLAN_INVALID
    assert "step w002-vm-vm00-resize: resizes to Standard_D4ds_v5, but [[vms]] says the target is Standard_D2ds_v5" in out
    assert "step w002-vm-vm00-start: expects size Standard_D2ds_v5, but the resize before it sets Standard_D4ds_v5" in out
    # A digest mismatch says to plan again; it never prints a digest to paste in.
    digest_line = next(line for line in out.splitlines() if ": digest:" in line)
    assert "plan again" in digest_line and len(re.findall(r"sha256:[0-9a-f]{64}", digest_line)) == 1
    unsupported = tmp_path / "unsupported.toml"
    unsupported.write_text(text.replace("Standard_D2ds_v5", "Standard_D4s_v3"))
    code, out, _ = run(capsys, "validate", unsupported)
    assert code == ExitCode.PLAN_INVALID
    assert "Standard_D4s_v3 is not in the supported-series list 'extended' of the plan" in out


def test_validate_with_an_inventory_refuses_drop_unencrypted_over_a_vm_the_plan_does_not_make_ready(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = resized_cluster(tmp_path / "estate", 2)
    policy = tmp_path / "policy.toml"
    policy.write_text("drop_unencrypted = true\n")
    plan = _plan(tmp_path, capsys, folder, "--policy", policy)
    assert run(capsys, "validate", plan, "--inventory", folder)[0] == ExitCode.OK
    newcomer = dict(cluster(3, name="late{i:02d}"))  # a VM added to the VNet since the plan was made
    estate(folder, [(f"late-{n}", d) for n, d in newcomer.items() if n.startswith(("vm-2", "nic-2"))])
    code, out, _ = run(capsys, "validate", plan, "--inventory", folder)
    assert code in (ExitCode.DRIFT, ExitCode.PLAN_INVALID)
    assert "DropUnencrypted would drop the traffic of late02" in out


# --- 11. --out never overwrites an input ----------------------------------------------------------------


def test_outputs_over_inputs_are_refused_and_the_input_is_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = resized_cluster(tmp_path / "estate")
    plan = _plan(tmp_path, capsys, folder)
    decisions = tmp_path / "decisions.toml"
    decisions.write_text("allow_smaller = false\n")
    inside = folder / "vm-0.json"
    before = {p: p.read_bytes() for p in (inside, decisions, plan)}
    cases: list[tuple[list[str | Path], Path]] = [
        (["plan", folder, "--out", inside], inside),
        (["plan", folder, "--out", decisions, "--decisions", decisions], decisions),
        (["snapshot", folder, "--out", inside], inside),
        (["export-script", plan, "--out", plan], plan),
    ]
    for argv, target in cases:
        code, _, err = run(capsys, *argv)
        assert code == ExitCode.USAGE and f"{target} is an input" in err, argv
    assert {p: p.read_bytes() for p in before} == before
    assert not list(tmp_path.glob("**/*.tmp*"))  # atomic writes leave nothing behind


# --- 12. terminal control sequences and bidi overrides ----------------------------------------------------


def test_control_sequences_and_bidi_overrides_in_names_print_escaped_and_stay_quoted_in_the_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = cluster(1)
    hostile = "vm\x1b[2J\u202eevil"
    for name, doc in docs:
        if name.startswith("vm-"):
            doc["name"] = hostile
            doc["tags"] = {"owner": "\x1b]0;pwned\x07"}
            doc["properties"]["hardwareProfile"]["vmSize"] = "Standard_D2s_v3"
    folder = estate(tmp_path / "estate", docs)
    for command in ("analyze", "inventory"):
        code, out, err = run(capsys, command, folder)
        assert "\x1b" not in out + err and "\u202e" not in out + err, command
    code, out, _ = run(capsys, "analyze", folder)
    assert "vm\\x1b[2J\\u202eevil" in out
    plan = _plan(tmp_path, capsys, folder)
    assert run(capsys, "show", plan)[0] == ExitCode.OK
    assert "\x1b" not in capsys.readouterr().out
    code, script, _ = run(capsys, "export-script", plan)
    assert code == ExitCode.OK and "\x1b" not in script and "\u202e" not in script


# --- 13. a real Azure token is never sent to an unknown host ----------------------------------------------


@pytest.fixture
def no_default_credential(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """DefaultAzureCredential replaced: it records that it was made and hands out the simulator's token."""
    made: list[str] = []

    class Recorded(live.StaticTokenCredential):
        def __init__(self, **kwargs: Any) -> None:
            made.append(str(kwargs.get("authority")))
            super().__init__(SIM_TOKEN)

    monkeypatch.setattr("azure.identity.DefaultAzureCredential", Recorded)
    return made


@pytest.mark.parametrize(
    "argv",
    [
        ["fetch", "--subscription", "00000000-0000-0000-0000-000000000000", "--out", "{tmp}/snap.json"],
        ["verify", "--subscription", "00000000-0000-0000-0000-000000000000"],
    ],
)
def test_the_users_login_is_not_sent_to_an_endpoint_that_is_not_azure(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], no_default_credential: list[str]
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = run(capsys, *args, "--arm-endpoint", "https://arm.example.net")
    assert code == ExitCode.USAGE and not no_default_credential
    assert "https://arm.example.net is not an Azure cloud's Resource Manager" in err
    assert "--token-env" in err and "--allow-credential-to arm.example.net" in err
    assert not (tmp_path / "snap.json").exists()


def test_apply_refuses_before_asking_and_regional_azure_hosts_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_default_credential: list[str]
) -> None:
    plan = _plan(tmp_path, capsys, resized_cluster(tmp_path / "estate"))
    code, out, err = run(capsys, "apply", plan, "--arm-endpoint", "https://10.0.0.7:8443", "--yes")
    assert code == ExitCode.USAGE and "--allow-credential-to 10.0.0.7" in err and not no_default_credential
    assert "Apply plan" not in out
    live.check_endpoint("https://eastus.management.azure.com")  # Azure's own hosts need nothing
    live.check_endpoint("https://management.usgovcloudapi.net/")
    with pytest.raises(live.CredentialRefused):
        live.check_endpoint("https://management.azure.com.example.net")
    with pytest.raises(live.CredentialRefused, match="https://"):
        live.check_endpoint("http://management.azure.com")


def test_a_named_host_may_have_the_login_and_a_token_from_the_environment_always_may(
    arm_sim: SimHandle,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_default_credential: list[str],
) -> None:
    sub = ["--subscription", "00000000-0000-0000-0000-000000000000", "--arm-endpoint", arm_sim.url]
    allowed = ["--allow-credential-to", "127.0.0.1"]
    code, _, err = run(capsys, "fetch", *sub, *allowed, "--out", tmp_path / "a.json")
    assert code == ExitCode.OK, err
    assert no_default_credential == ["login.microsoftonline.com"]  # the login went where the user said
    monkeypatch.setenv("SIM_TOKEN_VAR", SIM_TOKEN)
    code, _, err = run(capsys, "fetch", *sub, "--token-env", "SIM_TOKEN_VAR", "--out", tmp_path / "b.json")
    assert code == ExitCode.OK and len(no_default_credential) == 1, err
    assert DefaultAzureCredential is not None  # the real class stays importable for everyone else


# --- 14. bad answers from Azure ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "path", "words"),
    [
        ("truncated", "/networkinterfaces", "listing network interfaces in subscription"),
        ("not-json", "/virtualnetworks", "listing virtual networks in subscription"),
        ("no-id", "/loadbalancers", "resource without an id"),
        ("not-json", "/dnsresolvers", "listing DNS private resolvers in subscription"),
        ("no-id", "/managedclusters", "resource without an id"),
    ],
)
def test_a_broken_answer_stops_the_fetch_naming_the_call_and_writes_nothing(
    kind: str,
    path: str,
    words: str,
    arm_sim: SimHandle,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fault = BadAnswers(kind, path_contains=path)
    arm_sim.simulator.add_fault(fault)
    monkeypatch.setenv("SIM_TOKEN_VAR", SIM_TOKEN)
    out = tmp_path / "snap.json"
    argv = ["fetch", "--subscription", "00000000-0000-0000-0000-000000000000", "--arm-endpoint", arm_sim.url]
    code, _, err = run(capsys, *argv, "--token-env", "SIM_TOKEN_VAR", "--out", out)
    assert fault.fired == 1
    assert code == ExitCode.AZURE and words in err and "Traceback" not in err, err
    assert not out.exists()


def test_a_resource_without_an_id_in_a_page_is_named_by_page_and_item(arm_sim: SimHandle) -> None:
    fault = BadAnswers("no-id", path_contains="/virtualmachines", nth=2)
    arm_sim.simulator.add_fault(fault)
    with pytest.raises(live.FetchError, match=r"listing virtual machine.* page 2, item 1 \(\w+\): nothing was written"):
        list(
            live.fetch_documents(
                ["00000000-0000-0000-0000-000000000000"],
                arm_endpoint=arm_sim.url,
                credential=live.StaticTokenCredential(SIM_TOKEN),
                client_options={"retry_total": 0},
            )
        )
    assert fault.fired == 1
