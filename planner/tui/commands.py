"""The command palette's domain commands (Ctrl+P): export the plan, filter by verdict, jump to a wave, exclude
the selected VM, open a VNet, and every other action of the app by its words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from textual.command import DiscoveryHit, Hit, Hits, Provider

Command = tuple[str, str, Callable[[], object]]  # (title, help, what it does)

DISCOVERY_SHOWN = 30


class HasCommands(Protocol):
    def palette_commands(self) -> list[Command]: ...


class PlannerCommands(Provider):
    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app: HasCommands = self.app  # type: ignore[assignment]
        for title, help_text, run in app.palette_commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), run, text=title, help=help_text)

    async def discover(self) -> Hits:
        app: HasCommands = self.app  # type: ignore[assignment]
        for title, help_text, run in app.palette_commands()[:DISCOVERY_SHOWN]:
            yield DiscoveryHit(title, run, text=title, help=help_text)
