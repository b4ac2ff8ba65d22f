"""`planner plan`: analyse an inventory, sequence the changes into waves and write the executable TOML plan."""

from __future__ import annotations

from pathlib import Path

from planner.commands.common import open_session, read_decisions, read_policy
from planner.commands.render.plan import print_written
from planner.errors import ExitCode
from planner.paths import refuse_overwrite


def run(
    inventory: Path,
    *,
    out: Path,
    decisions_file: Path | None,
    policy_file: Path | None,
    series: str | None,
    cloud: str,
    usage_location: str | None,
    allow_incomplete: bool = False,
) -> ExitCode:
    refuse_overwrite(out, (inventory, decisions_file, policy_file), "the plan")
    decisions = read_decisions(decisions_file, series)
    policy = read_policy(policy_file)
    session = open_session(
        inventory,
        usage_location=usage_location,
        allow_incomplete=allow_incomplete,
        decisions=decisions,
        policy=policy,
    )
    plan = session.write_plan(out, cloud=cloud)
    print_written(plan, out)
    return ExitCode.OK
