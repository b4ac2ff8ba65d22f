"""`planner export-script`: a plan's `az` lines as a bash script that runs each wave's VMs in parallel (`--serial`:
one step at a time), logs every step and says on a failure what is down and how to resume (refused when the plan
is not valid)."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.commands.render.script import render
from planner.errors import ExitCode, InputError
from planner.paths import refuse_overwrite, write_text_atomically
from planner.session import Session


def run(path: Path, *, out: Path | None, serial: bool = False) -> ExitCode:
    text = render(Session.read_plan(path), path.name, serial=serial)
    if out is None:
        sys.stdout.write(text)
        return ExitCode.OK
    refuse_overwrite(out, [path], "the script")
    try:
        write_text_atomically(out, text, mode=0o755)
    except OSError as exc:
        raise InputError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    print(f"wrote {out}")
    return ExitCode.OK
