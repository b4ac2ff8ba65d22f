"""`planner snapshot`: normalise exported files into one planner snapshot (faster to load, one file to share)."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.commands.common import load_with_progress, write_snapshot
from planner.commands.render.problems import print_problems
from planner.errors import ExitCode
from planner.paths import refuse_overwrite


def run(path: Path, out: Path, *, usage_location: str | None, allow_incomplete: bool = False) -> ExitCode:
    refuse_overwrite(out, [path], "the snapshot")
    inv = load_with_progress(path, usage_location=usage_location, allow_incomplete=allow_incomplete)
    print_problems(inv.problems, sys.stderr)
    if inv.errors():
        print(f"{path}: input has errors; no snapshot written", file=sys.stderr)
        return ExitCode.INPUT
    write_snapshot(inv, out, source=str(path))
    return ExitCode.OK
