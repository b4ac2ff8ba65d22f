"""`planner show`: the human review of a plan (refused when the plan is not valid)."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.commands.render.plan import print_review
from planner.errors import ExitCode
from planner.session import Session


def run(path: Path) -> ExitCode:
    print_review(Session.read_plan(path), path, sys.stdout)
    return ExitCode.OK
