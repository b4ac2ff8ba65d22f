"""`planner plan`, `validate`, `show` and `export-script` end to end: exit codes, messages with their place, the
exported script run against a recording stand-in for `az`, and the example plan kept current in plans/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from planner import cli
from planner.commands.render import script as export_script
from planner.demo.estate import generate_estate, write_estate
from planner.errors import ExitCode
from planner.plan import check as plan_check

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
SIM = Path(__file__).parent / "fixtures" / "sim"
DEMO_PLAN = PLANS / "demo-plan.toml"
DEMO_SCRIPT = PLANS / "demo-plan.sh"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    write_estate(generate_estate(), folder)
    return folder


@pytest.fixture
def demo_plan(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "plan.toml"
    code, _, err = run(capsys, "plan", demo_dir, "--out", out)
    assert code == ExitCode.OK, err
    return out


def test_plan_writes_a_plan_that_validates_against_its_inventory(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.toml"
    code, stdout, _ = run(capsys, "plan", demo_dir, "--out", out)
    assert code == ExitCode.OK
    assert f"wrote {out}: 6 wave(s) (lower bound 6)" in stdout
    code, stdout, _ = run(capsys, "validate", out, "--inventory", demo_dir)
    assert code == ExitCode.OK
    assert stdout.startswith(f"{out}: valid: 6 wave(s)")
    assert "note:" not in stdout


def test_show_reviews_totals_waves_outages_changes_and_the_digest(
    demo_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "show", demo_plan)
    assert code == ExitCode.OK
    digest = plan_check.load_valid(demo_plan).digest
    assert out.rstrip().endswith(f"digest {digest}")
    assert "waves: 6 (lower bound 6)" in out
    assert (
        "OUTAGE of availability set avset-legacy, all down together (2): vm-legacy-001, vm-legacy-002" in out
    )
    assert "vm-legacy-001: size Standard_DS2_v2 -> Standard_D2ds_v5" in out
    assert "Wave 2: " in out and "(estimated 6 min 30 s)" in out
    assert "left deallocated" in out


def test_export_script_is_strict_bash_with_a_wait_after_each_long_operation(
    demo_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, script, _ = run(capsys, "export-script", demo_plan)
    assert code == ExitCode.OK
    assert script.startswith("#!/usr/bin/env bash\n")
    assert "\nset -euo pipefail\n" in script
    lines = script.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("az vm deallocate "):
            assert lines[i + 1].startswith("az vm wait ") and "PowerState/deallocated" in lines[i + 1]
        if line.startswith("az network nic update "):
            assert lines[i + 1].startswith("az network nic wait ")
    if shutil.which("bash"):
        subprocess.run(["bash", "-n"], input=script, text=True, check=True)


def test_plan_twice_differs_only_in_generated_at(
    demo_dir: Path, demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = tmp_path / "again.toml"
    assert run(capsys, "plan", demo_dir, "--out", second)[0] == ExitCode.OK
    strip = [line for line in demo_plan.read_text().splitlines() if not line.startswith("generated_at = ")]
    assert strip == [
        line for line in second.read_text().splitlines() if not line.startswith("generated_at = ")
    ]


# --- refusals ---------------------------------------------------------------------------------------------


def test_validate_exits_6_naming_the_file_line_wave_and_step(
    demo_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = demo_plan.read_text()
    demo_plan.write_text(text.replace('op = "vm.start"', 'op = "vm.restart"', 1))
    code, out, _ = run(capsys, "validate", demo_plan)
    assert code == ExitCode.PLAN_INVALID
    first = out.splitlines()[0]
    assert first.startswith(f"{demo_plan}:")
    assert ": wave 2 step w002-" in first and "-start: unknown op 'vm.restart'" in first
    assert out.splitlines()[-1] == f"{demo_plan}: INVALID: 1 problem(s)"


@pytest.mark.parametrize("command", ["show", "export-script"])
def test_every_command_reading_a_plan_refuses_an_invalid_one(
    command: str, demo_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = demo_plan.read_text()
    sid = next(line for line in text.splitlines() if line.startswith('id = "w003-'))
    demo_plan.write_text(
        text.replace(sid, sid.replace("w003-", "w003-x-"), 1).replace("max_parallel = 50", "max_parallel = 9")
    )
    code, out, err = run(capsys, command, demo_plan)
    assert code == ExitCode.PLAN_INVALID
    assert out == ""
    assert "over max_parallel 9" in err
    assert f"planner {command}: {demo_plan} is not a valid plan" in err


def test_toml_syntax_error_is_refused_with_its_line(
    demo_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_plan.write_text(demo_plan.read_text().replace("[policy]", "[policy", 1))
    code, out, _ = run(capsys, "validate", demo_plan)
    assert code == ExitCode.PLAN_INVALID
    assert f"{demo_plan}:" in out and ": TOML syntax: " in out


def test_missing_plan_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", tmp_path / "nope.toml")
    assert code == ExitCode.INPUT
    assert f"{tmp_path / 'nope.toml'}: no such file" in err


def test_validate_against_a_drifted_inventory_exits_4_drift(
    demo_dir: Path, demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drifted = tmp_path / "drifted"
    shutil.copytree(demo_dir, drifted)
    vms = drifted / "virtualMachines-0001.json"
    vms.write_text(vms.read_text().replace('"vmSize":"Standard_DS2_v2"', '"vmSize":"Standard_DS3_v2"'))
    code, out, _ = run(capsys, "validate", demo_plan, "--inventory", drifted)
    assert code == ExitCode.DRIFT
    assert "DRIFT:" in out and "plan again from a fresh inventory" in out
    assert "note: " in out and "is not the inventory the plan was made from" in out
    assert "expects size Standard_DS2_v2, the inventory has Standard_DS3_v2" in out


def test_plan_with_a_bad_policy_exits_3_naming_the_file_and_key(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("max_parallel = 10\nmax_unavailble = 2\n")
    code, _, err = run(capsys, "plan", demo_dir, "--out", tmp_path / "p.toml", "--policy", policy)
    assert code == ExitCode.INPUT
    assert f"{policy}: unknown key(s) max_unavailble" in err
    assert not (tmp_path / "p.toml").exists()


def test_plan_follows_the_policy_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        "max_parallel = 20\nallow_set_outage = false\n[durations]\nstart = 60\n"
        "[[windows]]\nstart = 2025-06-07T22:00:00Z\nduration_minutes = 240\n"
    )
    out = tmp_path / "p.toml"
    assert run(capsys, "plan", demo_dir, "--out", out, "--policy", policy)[0] == ExitCode.OK
    plan = plan_check.load_valid(out)
    assert plan.policy.max_parallel == 20 and plan.policy.durations["start"] == 60
    assert not any(w.outage for w in plan.waves)
    assert {e.disposition for e in plan.vms if e.name in ("vm-legacy-001", "vm-payments-003")} == {"left-out"}
    assert plan.waves[0].window == 1


def test_plan_from_an_unreadable_inventory_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    code, _, err = run(capsys, "plan", bad, "--out", tmp_path / "p.toml")
    assert code == ExitCode.INPUT
    assert "no plan written" in err


# --- hostile names through the exported script ------------------------------------------------------------

HOSTILE = "web';touch pwned-1;'$(touch pwned-2)`touch pwned-3` \"q\" &&x"
FAKE_AZ = """#!/usr/bin/env bash
for a in "$@"; do printf '%s\\0' "$a"; done >> "$AZ_LOG"
printf -- '--end--\\0' >> "$AZ_LOG"
exit 0
"""


def _hostile_estate(folder: Path) -> str:
    """The recorded VM, NIC and VNet, with the VM (and its ids) renamed to a name full of shell syntax."""
    folder.mkdir()
    old_vm = "vm7da9066942"
    vm_doc: dict[str, Any] = json.loads((SIM / "vm-get-in-availabilityset.json").read_text())
    vm_doc["properties"]["instanceView"] = json.loads(
        (SIM / "vm-get-instanceview-running-windows.json").read_text()
    )["properties"]["instanceView"]
    del vm_doc["properties"]["availabilitySet"]
    vm_text = json.dumps(vm_doc).replace(
        f"virtualMachines/{old_vm}", f"virtualMachines/{json.dumps(HOSTILE)[1:-1]}"
    )
    vm_doc = json.loads(vm_text)
    vm_doc["name"] = HOSTILE
    nic = json.loads((SIM / "nic-get-in-lb-backend-pool.json").read_text())
    nic["properties"]["virtualMachine"]["id"] = vm_doc["id"]
    del nic["properties"]["ipConfigurations"][0]["properties"]["loadBalancerBackendAddressPools"]
    (folder / "vm.json").write_text(json.dumps(vm_doc))
    (folder / "nic.json").write_text(json.dumps(nic))
    shutil.copy(SIM / "vnet-net746731.json", folder / "vnet.json")
    return str(vm_doc["id"])


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_exported_script_passes_hostile_names_to_az_as_plain_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vm_id = _hostile_estate(tmp_path / "estate")
    plan_file = tmp_path / "plan.toml"
    assert run(capsys, "plan", tmp_path / "estate", "--out", plan_file)[0] == ExitCode.OK
    script = tmp_path / "run.sh"
    assert run(capsys, "export-script", plan_file, "--out", script)[0] == ExitCode.OK
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "az").write_text(FAKE_AZ)
    (bin_dir / "az").chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "AZ_LOG": str(tmp_path / "az.log"),
    }
    subprocess.run(["bash", str(script)], cwd=work, env=env, check=True, capture_output=True)
    assert list(work.iterdir()) == []
    calls = [c.split("\0")[:-1] for c in (tmp_path / "az.log").read_text().split("--end--\0")[:-1]]
    deallocate = next(c for c in calls if c[:2] == ["vm", "deallocate"])
    assert deallocate == ["vm", "deallocate", "--ids", vm_id]
    assert [c[:2] for c in calls] == [
        ["network", "vnet"],
        ["network", "vnet"],
        ["vm", "deallocate"],
        ["vm", "wait"],
        ["network", "nic"],
        ["network", "nic"],
        ["vm", "start"],
        ["vm", "wait"],
    ]


# --- the example plan in plans/ ---------------------------------------------------------------------------


def _without_time(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("generated_at = ")]


def test_demo_plan_and_script_in_plans_are_current(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """plans/demo-plan.toml and plans/demo-plan.sh are what planner makes of the demo estate today.

    Fails when they differ; PLANNER_UPDATE_EXPECTED=1 rewrites them (review the diff, then commit it)."""
    fresh = tmp_path / DEMO_PLAN.name
    assert run(capsys, "plan", demo_dir, "--out", fresh)[0] == ExitCode.OK
    script = export_script.render(plan_check.load_valid(fresh), DEMO_PLAN.name)
    stale = []
    if not DEMO_PLAN.exists() or _without_time(DEMO_PLAN.read_text()) != _without_time(fresh.read_text()):
        stale.append(DEMO_PLAN.name)
    if not DEMO_SCRIPT.exists() or DEMO_SCRIPT.read_text() != script:
        stale.append(DEMO_SCRIPT.name)
    if stale and os.environ.get("PLANNER_UPDATE_EXPECTED") == "1":
        PLANS.mkdir(exist_ok=True)
        shutil.copy(fresh, DEMO_PLAN)
        DEMO_SCRIPT.write_text(script)
        DEMO_SCRIPT.chmod(0o755)
        return
    assert stale == [], (
        f"plans/ is stale: {', '.join(stale)}; rerun with PLANNER_UPDATE_EXPECTED=1, review the diff and commit it"
    )


# --- a compliant scale set's restart batches through show and the exported script ----------------------------------

FAKE_AZ_WITH_INSTANCES = """#!/usr/bin/env bash
for a in "$@"; do printf '%s\\0' "$a"; done >> "$AZ_LOG"
printf -- '--end--\\0' >> "$AZ_LOG"
if [ "$1 $2" = "vmss list-instances" ]; then printf '3\\n0\\n1\\n2\\n'; fi
exit 0
"""


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_restart_batches_are_shown_and_exported_deallocate_then_start_per_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    estate = tmp_path / "estate"
    estate.mkdir()
    vmss = json.loads((SIM / "vmss-get.json").read_text())  # recorded: 2 instances
    vmss["sku"]["name"], vmss["sku"]["capacity"] = "Standard_D2ds_v5", 4
    (config,) = vmss["properties"]["virtualMachineProfile"]["networkProfile"]["networkInterfaceConfigurations"]
    config["properties"]["enableAcceleratedNetworking"] = True
    vnet = json.loads((SIM / "vnet-net746731.json").read_text())
    config["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"] = vnet["properties"]["subnets"][0]["id"]
    (estate / "vmss.json").write_text(json.dumps(vmss))
    (estate / "vnet.json").write_text(json.dumps(vnet))
    plan_file = tmp_path / "plan.toml"
    policy = tmp_path / "policy.toml"
    policy.write_text("max_unavailable = 2\n")
    code, _, err = run(capsys, "plan", estate, "--out", plan_file, "--policy", policy)
    assert code == ExitCode.OK, err
    code, shown, _ = run(capsys, "show", plan_file)
    assert code == ExitCode.OK
    assert "restart batch 1/2, up to 2 instance(s): deallocate -> start" in shown
    assert "1 scale set(s) restarted in batches" in shown and "2 scale-set restart batch(es) (deallocate -> start)" in shown
    script = tmp_path / "run.sh"
    assert run(capsys, "export-script", plan_file, "--out", script)[0] == ExitCode.OK
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "az").write_text(FAKE_AZ_WITH_INSTANCES)
    (bin_dir / "az").chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "AZ_LOG": str(tmp_path / "az.log")}
    subprocess.run(["bash", str(script)], cwd=tmp_path, env=env, check=True, capture_output=True)
    calls = [c.split("\0")[:-1] for c in (tmp_path / "az.log").read_text().split("--end--\0")[:-1]]
    instance_calls = [(c[1], c[c.index("--instance-ids") + 1 :]) for c in calls if "--instance-ids" in c]
    # Batch 1 takes instances 0 and 1 (instance-id order), batch 2 takes 2 and 3: each deallocated, then started.
    assert instance_calls == [
        ("deallocate", ["0", "1"]),
        ("start", ["0", "1"]),
        ("deallocate", ["2", "3"]),
        ("start", ["2", "3"]),
    ]


@pytest.mark.parametrize(("cloud", "words"), [("usgov", "Azure Government"), ("china", "21Vianet")])
def test_plans_for_preview_clouds_and_drop_unencrypted_carry_notes(
    cloud: str, words: str, demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.toml"
    policy = tmp_path / "policy.toml"
    policy.write_text("drop_unencrypted = true\n")
    code, written, _ = run(capsys, "plan", demo_dir, "--out", out, "--cloud", cloud, "--policy", policy)
    assert code == ExitCode.OK
    plan = plan_check.load_valid(out)
    preview, drop = plan.meta.notes
    assert "public preview" in preview and words in preview
    assert "DropUnencrypted" in drop and "will be supported in the future" in drop
    assert f"NOTE: {preview}" in written
    code, shown, _ = run(capsys, "show", out)
    assert code == ExitCode.OK and "NOTE: virtual network encryption is in public preview" in shown
    code, script, _ = run(capsys, "export-script", out)
    assert code == ExitCode.OK and "# NOTE: the policy opts in to DropUnencrypted" in script


def test_a_public_cloud_plan_without_drop_unencrypted_has_no_notes(demo_plan: Path) -> None:
    assert plan_check.load_valid(demo_plan).meta.notes == []
    assert "notes = " not in demo_plan.read_text()
