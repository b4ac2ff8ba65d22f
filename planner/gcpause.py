"""Pausing Python's cyclic garbage collector around bulk work on a large inventory.

Loading, analysing and reporting on a big estate allocate millions of small objects and make no reference cycles,
so the cyclic collector would only rescan the growing inventory again and again (measured: half of the analysis
time at 100,000 VMs, a third of the load time at 20,000). Reference counting still frees everything.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block; restore it as it was.

    At the end, what was allocated is moved straight to the oldest generation (freeze then unfreeze: two list
    splices) instead of being scanned once more by the first young collection (0.3 s at 100,000 VMs); skipped if
    someone else uses freeze.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()
