"""The digest of an inventory's files: what a plan records as `inventory_digest`, to tell later whether it is
checked against the inventory it was made from."""

from __future__ import annotations

import hashlib
from pathlib import Path

from planner.model import Inventory

DIGEST_PREFIX = "sha256:"


def inventory_digest(path: Path, inv: Inventory) -> str:
    """A sha256 over the files the inventory was read from (names relative to `path`, and contents).

    Raises OSError when a file cannot be read."""
    if path.is_file():
        return DIGEST_PREFIX + _file_sha256(path)
    h = hashlib.sha256()
    for source in sorted({s for s in inv.sources if Path(s).is_file()}):
        p = Path(source)
        try:
            name = p.relative_to(path).as_posix()
        except ValueError:
            name = p.as_posix()
        h.update(f"{name}\0{_file_sha256(p)}\n".encode())
    return DIGEST_PREFIX + h.hexdigest()


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
