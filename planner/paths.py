"""Outputs never overwrite inputs: the one check every face makes before writing a file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from planner.errors import UsageError


def refuse_overwrite(out: Path, inputs: Iterable[Path | None], what: str) -> None:
    """UsageError when writing `what` to `out` would replace one of `inputs` or a file inside an input folder."""
    target = out.resolve()
    for source in inputs:
        if source is None:
            continue
        src = source.resolve()
        if target == src or (src.is_dir() and src in target.parents):
            raise UsageError(f"{out} is an input ({source}); write {what} somewhere else")
