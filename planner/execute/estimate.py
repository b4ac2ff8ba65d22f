"""How long waves take: the critical path of a wave's steps (its longest `after` chain, steps of different VMs in
parallel), from per-op durations.

The plan's `estimated_seconds` is this over the policy's `[durations]`; the executor recomputes it over the steps
not yet finished for its remaining-time estimate, the dry run over the steps it would do, and `make bench` over the
simulator's operation times to compare an apply's wall time with.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from planner.plan.ops import Op
from planner.plan.types import Wave


def critical_path(wave: Wave, seconds: Mapping[Op, float], only: Collection[str] | None = None) -> float:
    """The longest chain of `after`-linked steps of the wave (those in `only`, when given), in seconds."""
    ends: dict[str, float] = {}
    longest = 0.0
    for s in wave.steps:
        if only is not None and s.id not in only:
            continue
        begin = max((ends[d] for d in s.after if d in ends), default=0.0)
        ends[s.id] = begin + seconds.get(s.op, 0.0)
        longest = max(longest, ends[s.id])
    return longest
