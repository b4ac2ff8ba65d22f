"""`planner inventory`: what was loaded, counts by kind, and the problems found (errors included)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from planner.commands.common import load_with_progress
from planner.commands.render.inventory import inventory_json, print_summary
from planner.commands.render.problems import print_problems
from planner.errors import ExitCode


def run(path: Path, *, as_json: bool, usage_location: str | None, allow_incomplete: bool = False) -> ExitCode:
    inv = load_with_progress(path, usage_location=usage_location, allow_incomplete=allow_incomplete)
    if as_json:
        json.dump(inventory_json(inv), sys.stdout, indent=2)
        print()
    else:
        print_summary(inv, sys.stdout, origin=str(path))
        print_problems(inv.problems, sys.stdout)
    if inv.errors():
        if not as_json:
            print(f"\n{path}: input has errors (see above)", file=sys.stderr)
        return ExitCode.INPUT
    return ExitCode.OK
