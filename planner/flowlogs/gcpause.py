"""The cyclic garbage collector paused while flow logs are read and reported.

Reading a day of flow logs creates millions of containers that all stay alive (parsed documents, cells, keys): with
the collector on, each generation-2 pass walks them all again, which costs as much as the parsing itself. Nothing
made there forms a cycle that needs collecting, so the collector is paused for the duration and resumed (as it was)
after; reference counting frees everything as usual meanwhile.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
