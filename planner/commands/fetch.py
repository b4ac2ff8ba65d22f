"""`planner fetch`: list the estate live through the Azure SDK and write a snapshot."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from planner.commands.azure_target import AzureTarget
from planner.commands.common import write_snapshot
from planner.commands.progress import Progress
from planner.commands.render.problems import print_problems
from planner.errors import ExitCode


def run(
    subscriptions: Sequence[str],
    *,
    azure: AzureTarget,
    out: Path,
) -> ExitCode:
    from planner.inventory import live

    credential = azure.credential()
    progress = Progress()
    print(f"fetching {len(subscriptions)} subscription(s) from the {azure.cloud} cloud", file=sys.stderr)
    try:
        inv = live.fetch_inventory(
            subscriptions, cloud=azure.cloud, arm_endpoint=azure.arm_endpoint, credential=credential, progress=progress
        )
    finally:
        progress.close()
    print_problems(inv.problems, sys.stderr)
    write_snapshot(inv, out, source=f"live:{azure.cloud}:{','.join(subscriptions)}")
    return ExitCode.OK
