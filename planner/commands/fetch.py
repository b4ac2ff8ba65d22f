"""`planner fetch`: list the estate live through the Azure SDK and write a snapshot."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from planner.commands.inventory import print_problems
from planner.commands.progress import Progress
from planner.commands.snapshot import write_and_say
from planner.errors import ExitCode


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
            print(f"planner fetch: environment variable {token_env} is not set or empty", file=sys.stderr)
            return ExitCode.USAGE
    from planner.inventory import live

    progress = Progress()
    print(f"fetching {len(subscriptions)} subscription(s) from the {cloud} cloud", file=sys.stderr)
    try:
        credential = live.make_credential(cloud, token)
        inv = live.fetch_inventory(
            subscriptions, cloud=cloud, arm_endpoint=arm_endpoint, credential=credential, progress=progress
        )
    except live.FetchError as exc:
        progress.close()
        print(f"planner fetch: {exc}", file=sys.stderr)
        return ExitCode.AZURE
    progress.close()
    print_problems(inv.problems, sys.stderr)
    return write_and_say(inv, out, source=f"live:{cloud}:{','.join(subscriptions)}")
