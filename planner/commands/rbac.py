"""`planner rbac PLAN.toml`: the two Azure custom roles a plan needs, least privilege: a review role (the reads of
`fetch`, `verify` and `apply --dry-run`) and an apply role (those, and exactly the writes, actions and joins of the
plan's ops), scoped to the plan's subscriptions, or resource groups with `--scope resource-groups`.

Output: `--role review|apply` prints that one definition (`planner rbac plan.toml --role apply > apply.json`);
`--out-dir DIR` writes `NAME-review.json` and `NAME-apply.json` (refusing to replace a file unless `--force`, and
never an input); with neither, both are printed, each under a `#` line naming its file and `az` command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.errors import ExitCode, InputError, UsageError
from planner.model import Inventory
from planner.paths import refuse_overwrite, write_text_atomically
from planner.plan import roles
from planner.session import InventoryError, Session


def run(
    plan_path: Path,
    *,
    name: str | None,
    scope: str,
    inventory: Path | None,
    role: str | None,
    out_dir: Path | None,
    force: bool,
) -> ExitCode:
    if role is not None and out_dir is not None:
        raise UsageError("give --role (one definition on stdout) or --out-dir (both as files), not both")
    if name is not None and (not name.strip() or "/" in name):
        raise UsageError(f"--name {name!r}: give a non-empty name without '/'")
    plan = Session.read_plan(plan_path)
    inv = _inventory(inventory) if inventory is not None else None
    defs = roles.plan_roles(plan, name, scope, inv)
    if role is not None:
        print(_text(defs[role]), end="")
        return ExitCode.OK
    if out_dir is not None:
        return _write(defs, out_dir, (plan_path, inventory), force)
    for kind in ("review", "apply"):
        d = defs[kind]
        print(f"# {d['Name']}.json ({kind} role): az role definition create --role-definition @{d['Name']}.json")
        print(_text(d))
    return ExitCode.OK


def _text(definition: dict[str, Any]) -> str:
    return json.dumps(definition, indent=2) + "\n"


def _inventory(path: Path) -> Inventory:
    from planner.commands.common import load_with_progress

    inv = load_with_progress(path, usage_location=None)
    if inv.errors():
        raise InventoryError(path, inv.problems)
    return inv


def _write(defs: dict[str, dict[str, Any]], out_dir: Path, inputs: tuple[Path | None, ...], force: bool) -> ExitCode:
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out-dir {out_dir} is not a folder")
    files = {kind: out_dir / f"{d['Name']}.json" for kind, d in defs.items()}
    for path in files.values():
        refuse_overwrite(path, inputs, "the role definition")
        if path.exists() and not force:
            raise UsageError(f"{path} exists: pass --force to replace it (nothing was written)")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for kind, path in files.items():
            write_text_atomically(path, _text(defs[kind]))
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot write the role definitions: {exc.strerror or exc}") from exc
    print(f"wrote {files['review']} and {files['apply']}")
    print("create them, then assign each at every scope it lists:")
    for path in files.values():
        print(f"  az role definition create --role-definition @{path}")
    for kind, who in (("review", "REVIEWER"), ("apply", "OPERATOR")):
        for scope in defs[kind]["AssignableScopes"]:
            print(f"  az role assignment create --assignee {who} --role {defs[kind]['Name']} --scope {scope}")
    return ExitCode.OK
