"""Reading the operator's small TOML files (decisions, policy) with errors that name the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


def read_toml(path: Path, error: type[Exception]) -> dict[str, Any]:
    """The parsed document; any failure raises `error` with a message naming the file (and line, for syntax)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise error(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: {exc}") from exc
    except ValueError as exc:  # an integer of thousands of digits: beyond what Python will convert
        raise error(f"{path}: a number in it is too large ({str(exc)[:60]})") from exc
