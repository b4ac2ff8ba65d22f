"""What the simulator serves: a folder or file of raw ARM JSON as it is, or a planner snapshot rendered back into
ARM's shapes (`planner.sim.from_model`)."""

from __future__ import annotations

from pathlib import Path

from planner.inventory import snapshot
from planner.sim.from_model import store_from_inventory
from planner.sim.store import ArmStore, StoreError


def load_estate(path: Path) -> ArmStore:
    if path.is_file() and snapshot.looks_like_snapshot(path):
        inv = snapshot.read(path)
        if inv.errors():
            raise StoreError(f"{path}: " + "; ".join(str(p) for p in inv.errors()))
        return store_from_inventory(inv)
    return ArmStore.from_path(path)
