"""Starting the TUI from the command line (`planner tui`, and `planner demo` on a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from planner.analysis.decisions import Decisions
from planner.demo.estate import estate_documents, generate_estate
from planner.errors import ExitCode
from planner.inventory.arm_json import load_documents
from planner.plan.policy import Policy
from planner.session import Session
from planner.tui.app import PlannerApp

if TYPE_CHECKING:
    from azure.core.credentials import TokenCredential

    from planner.execute.rehearse import LiveTarget


class Azure(Protocol):
    """Which Azure the rehearse screen's live dry run and apply talk to (the CLI's `--cloud`... options)."""

    @property
    def cloud(self) -> str: ...

    @property
    def arm_endpoint(self) -> str | None: ...

    def credential(self) -> TokenCredential: ...


def live_target(azure: Azure) -> Callable[[], LiveTarget]:
    def make() -> LiveTarget:
        from planner.execute.rehearse import LiveTarget

        return LiveTarget(azure.credential(), cloud=azure.cloud, arm_endpoint=azure.arm_endpoint)

    return make


def run(
    inventory: Path | None,
    *,
    decisions: Decisions,
    policy: Policy,
    decisions_file: Path | None,
    policy_file: Path | None,
    out: Path | None,
    usage_location: str | None,
    allow_incomplete: bool = False,
    azure: Azure | None = None,
    flow_sources: Sequence[str] = (),
) -> int:
    """Run the app until the operator quits; its exit code (3 when the inventory could not be loaded)."""
    if inventory is None:
        return demo(
            decisions=decisions, policy=policy, decisions_file=decisions_file, out=out, flow_sources=flow_sources
        )
    app = PlannerApp(
        inventory=inventory,
        decisions=decisions,
        policy=policy,
        decisions_file=decisions_file,
        policy_file=policy_file,
        out=out,
        usage_location=usage_location,
        allow_incomplete=allow_incomplete,
        live=live_target(azure) if azure is not None else None,
        flow_sources=flow_sources,
    )
    code = app.run()
    return int(code if code is not None else ExitCode.OK)


def demo(
    *,
    vms: int = 300,
    seed: int = 7,
    decisions: Decisions | None = None,
    policy: Policy | None = None,
    decisions_file: Path | None = None,
    out: Path | None = None,
    flow_sources: Sequence[str] = (),
) -> int:
    """The TUI on the built-in demo estate."""
    session = Session(
        load_documents(estate_documents(generate_estate(vms=vms, seed=seed))),
        decisions=decisions,
        policy=policy,
    )
    app = PlannerApp(
        session=session,
        decisions=decisions,
        policy=policy,
        decisions_file=decisions_file,
        out=out,
        origin=f"demo estate ({vms} VMs, seed {seed})",
        flow_sources=flow_sources,
    )
    code = app.run()
    return int(code if code is not None else ExitCode.OK)
