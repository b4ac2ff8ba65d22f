"""The confirmation before a real apply from the TUI: it names the subscriptions, the plan's digest and how many
VMs will go down, and goes ahead only when the operator types `apply`."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from planner.model import key
from planner.plan.ops import Op, spec
from planner.plan.types import Plan
from planner.text import printable

CONFIRM_WORD = "apply"


def going_down(plan: Plan) -> int:
    """VMs the plan deallocates, and scale-set instances its batches take down."""
    vms = {key(s.target) for _, s in plan.steps() if s.op is Op.VM_DEALLOCATE}
    instances = sum(int(s.params.get("batch_size", 0)) for _, s in plan.steps() if spec(s.op).takes_instances_down)
    return len(vms) + instances


def confirmation_text(plan: Plan, path: Path) -> Text:
    out = Text()
    out.append("Apply this plan to Azure for real?\n\n", style="bold red")
    subs = ", ".join(printable(s) for s in plan.meta.subscriptions) or "(none)"
    out.append(f"subscription(s): {subs}\n")
    out.append(f"plan:            {printable(str(path))}\n")
    out.append(f"digest:          {plan.digest}\n")
    out.append(f"waves:           {len(plan.waves)}\n")
    out.append(f"VMs going down:  {going_down(plan)} (each deallocated and started again in its wave)\n\n")
    out.append(f"Type {CONFIRM_WORD} and press Enter to start; Escape cancels.", style="bold")
    return out


class ConfirmApply(ModalScreen[bool]):
    DEFAULT_CSS = """
    ConfirmApply { align: center middle; }
    ConfirmApply > Vertical { width: 90; height: auto; border: round $error; background: $surface; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(False)", "Cancel", id="apply.cancel")]

    def __init__(self, plan: Plan, path: Path) -> None:
        super().__init__()
        self.plan = plan
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(confirmation_text(self.plan, self.path))
            yield Input(placeholder=CONFIRM_WORD, id="confirm-word")
            yield Label("", id="confirm-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip() == CONFIRM_WORD:
            self.dismiss(True)
        else:
            self.query_one("#confirm-hint", Label).update(f"[red]type {CONFIRM_WORD} to start, or Escape[/red]")
