"""Writing a user's files safely: never over an input, and never half-written (a crash leaves the old file)."""

from __future__ import annotations

import os
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


def write_text_atomically(path: Path, text: str, *, mode: int | None = None) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path` (OSError when it cannot)."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        if mode is not None:
            os.chmod(tmp, mode)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
