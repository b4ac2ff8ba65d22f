"""The operator's keymap: `$XDG_CONFIG_HOME/planner/keymap.toml` (default `~/.config/planner/keymap.toml`).

    [keys]
    "decide.exclude" = "x"          # binding id = key (several keys: "x,delete")

Every binding of the app has an id (the help screen, `?`, lists them); a keymap remaps any of them. A keymap that
cannot be used is reported and ignored: the app starts with its own keys.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


class KeymapError(Exception):
    """The keymap file cannot be used; the message names the file and what is wrong."""


def keymap_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "planner" / "keymap.toml"


def load_keymap(path: Path, known: set[str]) -> dict[str, str]:
    """Binding id -> keys, from `path` (empty when it does not exist); KeymapError naming file and key."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise KeymapError(f"{path}: {exc}") from exc
    keys = doc.get("keys", {})
    if not isinstance(keys, dict) or set(doc) - {"keys"}:
        raise KeymapError(f"{path}: expected one [keys] table of binding id = key")
    out = {}
    for binding, value in keys.items():
        if binding not in known:
            raise KeymapError(f"{path}: keys.{binding}: no binding has this id (see ? in planner tui)")
        if not isinstance(value, str) or not value.strip():
            raise KeymapError(f'{path}: keys.{binding}: expected a key such as "x" or "ctrl+x"')
        out[binding] = value
    return out
