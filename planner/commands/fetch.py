"""`planner fetch`: list the estate live through the Azure SDK and write a snapshot."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from planner.commands.common import write_snapshot
from planner.commands.progress import Progress
from planner.commands.render.problems import print_problems
from planner.errors import ExitCode, UsageError


def run(
    subscriptions: Sequence[str],
    *,
    cloud: str,
    arm_endpoint: str | None,
    token_env: str | None,
    out: Path,
) -> ExitCode:
    token: str | None = None
    if token_env is not None:
        token = os.environ.get(token_env)
        if not token:
            raise UsageError(f"environment variable {token_env} is not set or empty")
    from planner.inventory import live

    progress = Progress()
    print(f"fetching {len(subscriptions)} subscription(s) from the {cloud} cloud", file=sys.stderr)
    try:
        credential = live.make_credential(cloud, token)
        inv = live.fetch_inventory(
            subscriptions, cloud=cloud, arm_endpoint=arm_endpoint, credential=credential, progress=progress
        )
    finally:
        progress.close()
    print_problems(inv.problems, sys.stderr)
    write_snapshot(inv, out, source=f"live:{cloud}:{','.join(subscriptions)}")
    return ExitCode.OK
