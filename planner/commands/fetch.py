"""`planner fetch`: list the estate live through the Azure SDK and write a snapshot."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from planner.commands.inventory import print_problems
from planner.commands.snapshot import write_and_say
from planner.exitcodes import ExitCode


class Progress:
    """Progress on stderr: one rewritten line on a terminal, a line per finished listing otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.current: str | None = None
        self.count = 0

    def __call__(self, what: str, count: int) -> None:
        if what != self.current:
            self._finish_line()
            self.current = what
        self.count = count
        if self.tty:
            print(f"\r  {what}: {count}", end="", file=sys.stderr, flush=True)

    def _finish_line(self) -> None:
        if self.current is None:
            return
        if self.tty:
            print(file=sys.stderr)
        else:
            print(f"  {self.current}: {self.count}", file=sys.stderr)

    def close(self) -> None:
        self._finish_line()
        self.current = None


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
