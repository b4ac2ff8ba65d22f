"""Layering rules: the core never imports Textual; only live/sim/execute code touches the Azure SDK (and the
executor's faces load it lazily)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Spelled in pieces so that this file does not match itself.
SHARED_MARKERS = (".." + "/shared", "/work" + "/shared")
CORE_MODULES = [
    "planner.model",
    "planner.vocabulary",
    "planner.errors",
    "planner.topology",
    "planner.session",
    "planner.inventory",
    "planner.inventory.arm_json",
    "planner.inventory.snapshot",
    "planner.analysis.analyzer",
    "planner.analysis.resources",
    "planner.analysis.vnets",
    "planner.analysis.propose",
    "planner.analysis.decisions",
    "planner.sequencing.assemble",
    "planner.sequencing.schedule",
    "planner.plan.types",
    "planner.plan.ops",
    "planner.plan.write",
    "planner.plan.read",
    "planner.plan.check",
    "planner.plan.policy",
    "planner.plan.azcli",
    "planner.cli",
    "planner.commands.inventory",
    "planner.commands.analyze",
    "planner.commands.plan",
    "planner.commands.validate",
    "planner.commands.show",
    "planner.commands.export_script",
    "planner.commands.demo",
    # The executor's faces load the Azure SDK only once they reach Azure (fetch does the same).
    "planner.commands.apply",
    "planner.commands.rollback",
    "planner.commands.verify",
    "planner.commands.sim",
    "planner.execute.journal",
    "planner.execute.rollback",
    "planner.execute.verify",
    "planner.flowlogs.parse",
    "planner.flowlogs.report",
    "planner.flowlogs.report_json",
    "sku_catalog",
]


def _imported_after(modules: list[str]) -> set[str]:
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual_or_azure_sdk(module: str) -> None:
    loaded = _imported_after([module])
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}
    assert not {m for m in loaded if m.startswith("azure.")}


def test_no_source_file_outside_tui_imports_textual() -> None:
    offenders = []
    for path in list((ROOT / "planner").rglob("*.py")) + list((ROOT / "sku_catalog").rglob("*.py")):
        if "tui" in path.relative_to(ROOT).parts:
            continue
        for line in path.read_text().splitlines():
            stripped = line.strip()
            if stripped.startswith(("import textual", "from textual")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_no_file_in_the_project_reads_the_shared_folder() -> None:
    offenders = []
    for path in ROOT.rglob("*.py"):
        if ".venv" in path.parts:
            continue
        text = path.read_text()
        if any(marker in text for marker in SHARED_MARKERS):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
