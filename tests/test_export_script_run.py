"""The exported script run by bash against a fake `az` on PATH (issue 10, item 15): each wave's VM chains run in
parallel, a failing step stops the script with the failed step, the VMs left down and the command that resumes,
and `PLANNER_FROM_STEP` resumes there without repeating what was done. A scale set's batches (issue 14) cycle each
instance deallocate -> update-instances -> start, the three steps of a batch on the instances its deallocation chose."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from planner import cli
from planner.errors import ExitCode
from planner.plan.ops import Op
from planner.plan.types import Plan
from planner.session import Session

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

PLANS = Path(__file__).parent.parent / "plans"

# The fake `az`: logs "start <ns> <args>" and "end <ns> <args>", sleeps FAKE_AZ_SLEEP, answers the queries the
# script makes, and fails (once, exit 1) on the call whose arguments contain FAKE_AZ_FAIL.
FAKE_AZ = r"""#!/usr/bin/env bash
echo "start $(date +%s%N) $*" >>"$FAKE_AZ_CALLS"
sleep "${FAKE_AZ_SLEEP:-0}"
if [[ -n ${FAKE_AZ_FAIL:-} && "$*" == *"$FAKE_AZ_FAIL"* && ! -e "$FAKE_AZ_CALLS.failed" ]]; then
  touch "$FAKE_AZ_CALLS.failed"
  echo "ERROR: (OperationNotAllowed) injected failure" >&2
  exit 1
fi
case "$*" in
  "vmss list-instances"*) printf '0\tPowerState/running\n1\tPowerState/running\n3\tPowerState/deallocated\n4\tPowerState/running\n' ;;
  "vmss show"*) echo 1 ;;
esac
echo "end $(date +%s%N) $*" >>"$FAKE_AZ_CALLS"
"""


@pytest.fixture
def fake_az(tmp_path: Path) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "az").write_text(FAKE_AZ)
    (bin_dir / "az").chmod(0o755)
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "FAKE_AZ_CALLS": str(tmp_path / "calls.log"),
    }


def export(tmp_path: Path, *extra: str) -> Path:
    plan = tmp_path / "plan.toml"
    shutil.copy(PLANS / "demo-plan.toml", plan)
    script = tmp_path / "plan.sh"
    assert cli.main(["export-script", str(plan), "--out", str(script), *extra]) == ExitCode.OK
    return script


def without_manual(tmp_path: Path) -> Path:
    """The demo plan's script with its manual steps answered (stdin is a file of newlines)."""
    (tmp_path / "enter").write_text("\n" * 10)
    return tmp_path / "enter"


def run_script(script: Path, env: dict[str, str], stdin: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    with stdin.open() as answers:
        return subprocess.run(
            ["bash", str(script)], env={**env, **extra}, stdin=answers, capture_output=True, text=True, timeout=300
        )


def calls(env: dict[str, str]) -> list[str]:
    path = Path(env["FAKE_AZ_CALLS"])
    return [line.split(" ", 2)[2] for line in path.read_text().splitlines() if line.startswith("end ")]


def plan_of() -> Plan:
    return Session.read_plan(PLANS / "demo-plan.toml")


def vm_name(step_target: str) -> str:
    return step_target.rsplit("/", 1)[1]


def test_a_full_run_cycles_every_vm_once_and_logs_that_it_finished(
    tmp_path: Path, fake_az: dict[str, str]
) -> None:
    script = export(tmp_path)
    done = run_script(script, fake_az, without_manual(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "planner: every step of the plan ran" in done.stdout
    made = calls(fake_az)
    plan = plan_of()
    for op, verb in ((Op.VM_DEALLOCATE, "vm deallocate"), (Op.VM_START, "vm start"), (Op.VM_RESIZE, "vm resize")):
        for s in (s for _, s in plan.steps() if s.op is op):
            assert sum(1 for c in made if c.startswith(f"{verb} --ids {s.target}")) == 1, (verb, s.target)
    log = Path(f"{script}.log").read_text().splitlines()
    assert log[-1].startswith("finished ") and sum(1 for line in log if line.startswith("done ")) == sum(
        1 for _ in plan.steps()
    )


def test_vm_chains_of_a_wave_run_side_by_side_and_serial_runs_one_at_a_time(
    tmp_path: Path, fake_az: dict[str, str]
) -> None:
    def most_at_once(env: dict[str, str]) -> int:
        events = []
        for line in Path(env["FAKE_AZ_CALLS"]).read_text().splitlines():
            kind, stamp, args = line.split(" ", 2)
            events.append((int(stamp), 1 if kind == "start" else -1, args))
        running = peak = 0
        for _, delta, _ in sorted(events):
            running += delta
            peak = max(peak, running)
        return peak

    parallel = export(tmp_path)
    assert run_script(parallel, fake_az, without_manual(tmp_path), FAKE_AZ_SLEEP="0.05").returncode == 0
    assert most_at_once(fake_az) >= 10  # wave 2 alone has dozens of VM chains
    # An availability set's outage: its members' deallocations (which its AN step waits for) overlap too.
    outage = [s.target for s in plan_of().waves[1].steps if s.op is Op.VM_DEALLOCATE and "vm-payments-00" in s.target]
    spans: dict[str, dict[str, int]] = {}
    for line in Path(fake_az["FAKE_AZ_CALLS"]).read_text().splitlines():
        kind, stamp, args = line.split(" ", 2)
        for target in outage:
            if args.startswith(f"vm deallocate --ids {target}"):
                spans.setdefault(target, {})[kind] = int(stamp)
    assert len(spans) == 4 and max(v["start"] for v in spans.values()) < min(v["end"] for v in spans.values())

    serial_dir = tmp_path / "serial"
    serial_dir.mkdir()
    serial = export(serial_dir, "--serial")
    env = {**fake_az, "FAKE_AZ_CALLS": str(serial_dir / "calls.log")}
    assert "\n) &\n" not in serial.read_text()
    assert run_script(serial, env, without_manual(tmp_path)).returncode == 0
    assert most_at_once(env) == 1
    assert calls(env) == [c for c in calls(env)]  # every call finished before the next began (peak 1 above)


def test_a_failing_step_stops_with_the_step_the_vms_down_and_the_resume_command_which_resumes_there(
    tmp_path: Path, fake_az: dict[str, str]
) -> None:
    plan = plan_of()
    wave2 = plan.waves[1]
    resize = next(s for s in wave2.steps if s.op is Op.VM_RESIZE)
    victim = vm_name(resize.target)
    script = export(tmp_path)
    failed = run_script(script, fake_az, without_manual(tmp_path), FAKE_AZ_FAIL=f"vm resize --ids {resize.target}")
    assert failed.returncode == 1
    err = failed.stderr
    assert f"planner: step {resize.id} FAILED" in err and f"  failed: {resize.id}" in err
    down = err.split("not started again:\n", 1)[1].split("Resume with:", 1)[0]
    assert [line.strip() for line in down.splitlines() if line.strip()] == [resize.target]  # only the failed VM
    resume = re.search(r"Resume with: (PLANNER_FROM_STEP=\S+) bash (\S+)", err)
    assert resume is not None and resume.group(1) == f"PLANNER_FROM_STEP={resize.id}"
    first_run = calls(fake_az)
    assert not any(c.startswith("vm") and plan.waves[2].steps[0].target in c for c in first_run)  # wave 3 not begun
    others = [s for s in wave2.steps if s.op is Op.VM_START and vm_name(s.target) != victim]
    assert all(any(c == f"vm start --ids {s.target}" for c in first_run) for s in others)  # the rest finished

    refused = run_script(script, fake_az, without_manual(tmp_path))  # a fresh run over an unfinished one
    assert refused.returncode == 2 and "did not finish" in refused.stderr and "PLANNER_FRESH=1" in refused.stderr

    Path(fake_az["FAKE_AZ_CALLS"]).write_text("")
    resumed = run_script(script, fake_az, without_manual(tmp_path), PLANNER_FROM_STEP=resize.id)
    assert resumed.returncode == 0, resumed.stderr
    second_run = calls(fake_az)
    assert f"vm resize --ids {resize.target} --size {resize.params['size']}" in second_run
    assert f"vm start --ids {resize.target}" in second_run
    assert not any(c == f"vm start --ids {s.target}" for s in others for c in second_run)  # not cycled twice
    assert not any(c.startswith("network vnet update") for c in second_run)  # wave 1 skipped


def test_ctrl_c_lets_the_chains_in_flight_finish_then_reports(tmp_path: Path, fake_az: dict[str, str]) -> None:
    script = export(tmp_path)
    with without_manual(tmp_path).open() as answers:
        proc = subprocess.Popen(
            ["bash", str(script)],
            env={**fake_az, "FAKE_AZ_SLEEP": "0.3"},
            stdin=answers,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            log = Path(f"{script}.log")
            if log.exists() and "wave 2 " in log.read_text():
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Resume with: PLANNER_FROM_STEP=" in err
    down = err.split("not started again:\n", 1)[1].split("Resume with:", 1)[0]
    assert down.strip() == "none"  # every chain in flight ran to its start


def test_the_header_names_only_commands_that_exist(tmp_path: Path) -> None:
    text = export(tmp_path).read_text()
    header = [line for line in text.splitlines()[:12] if line.startswith("#")]
    named = set(re.findall(r"`planner ([a-z-]+)", "\n".join(header)))
    choices = cli.build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    commands = set(choices or ())
    assert named and named <= commands


# --- scale-set batches (issue 14) -------------------------------------------------------------------------------

VMSS_CALL = re.compile(r"vmss (deallocate|update-instances|start) .*--name vmss-batch --instance-ids (.+)$")


def per_instance(env: dict[str, str]) -> dict[str, list[str]]:
    """The fake az's vmss-batch instance actions, per instance id, in the order they finished."""
    out: dict[str, list[str]] = {}
    for c in calls(env):
        m = VMSS_CALL.match(c)
        if m:
            for i in m.group(2).split():
                out.setdefault(i, []).append(m.group(1))
    return out


def test_each_scale_set_instance_is_deallocated_upgraded_and_started_in_that_order_once(
    tmp_path: Path, fake_az: dict[str, str]
) -> None:
    script = export(tmp_path)
    done = run_script(script, fake_az, without_manual(tmp_path))
    assert done.returncode == 0, done.stderr
    cycle = ["deallocate", "update-instances", "start"]
    # Instance 3 was deallocated before the plan: given the model, left deallocated (as a VM would be).
    assert per_instance(fake_az) == {"0": cycle, "1": cycle, "3": cycle[:2], "4": cycle}
    log = Path(f"{script}.log").read_text().splitlines()
    assert [line.split()[3:] for line in log if line.startswith("batch ")] == [
        ["0:running"], ["1:running"], ["3:deallocated"], ["4:running"]
    ]  # one batch each, in instance-id order, none taken twice
    downs = [line.rsplit("/", 1)[1] for line in log if line.startswith("down ") and "/vmss-batch/" in line]
    ups = [line.rsplit("/", 1)[1] for line in log if line.startswith("up ") and "/vmss-batch/" in line]
    assert downs == ups == ["0", "1", "4"]


def test_a_batch_failing_after_its_deallocation_reports_its_instance_down_and_resumes_on_it(
    tmp_path: Path, fake_az: dict[str, str]
) -> None:
    plan = plan_of()
    upgrade = next(s for _, s in plan.steps() if s.op is Op.VMSS_UPGRADE_INSTANCES)
    script = export(tmp_path)
    failed = run_script(script, fake_az, without_manual(tmp_path), FAKE_AZ_FAIL="vmss update-instances")
    assert failed.returncode == 1 and f"planner: step {upgrade.id} FAILED" in failed.stderr
    down = failed.stderr.split("not started again:\n", 1)[1].split("Resume with:", 1)[0]
    assert [line.strip() for line in down.splitlines() if line.strip()] == [f"{upgrade.target}/virtualMachines/0"]
    assert per_instance(fake_az) == {"0": ["deallocate"]}

    first = per_instance(fake_az)
    Path(fake_az["FAKE_AZ_CALLS"]).write_text("")
    resumed = run_script(script, fake_az, without_manual(tmp_path), PLANNER_FROM_STEP=upgrade.id)
    assert resumed.returncode == 0, resumed.stderr
    second = per_instance(fake_az)
    assert second["0"] == ["update-instances", "start"]  # the instance its deallocation took, not deallocated again
    whole = {i: first.get(i, []) + second.get(i, []) for i in {*first, *second}}
    assert all(ops.count("deallocate") == 1 for ops in whole.values()) and sorted(whole) == ["0", "1", "3", "4"]
