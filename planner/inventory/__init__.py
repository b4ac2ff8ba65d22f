"""Inventory loading: one entry point over exported files, folders and planner snapshots.

`load_inventory` never raises for bad input; what was wrong is in `Inventory.problems` (ERROR problems make the CLI
exit with ExitCode.INPUT). Live fetching is `planner.inventory.live`, kept apart because it needs the Azure SDK.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from planner.inventory import snapshot
from planner.model import Inventory, Problem, Severity


def load_inventory(
    path: Path,
    *,
    usage_location: str | None = None,
    progress: Callable[[str, int], None] | None = None,
    allow_incomplete: bool = False,
) -> Inventory:
    """A planner snapshot file, or any exported JSON file or folder (see `arm_json`)."""
    if not path.exists():
        return Inventory(
            problems=[Problem("missing-input", f"{path} does not exist", Severity.ERROR, str(path))],
        )
    if path.is_file() and snapshot.looks_like_snapshot(path):
        return snapshot.read(path)
    from planner.inventory import arm_json

    return arm_json.load_path(
        path, usage_location=usage_location, progress=progress, allow_incomplete=allow_incomplete
    )
