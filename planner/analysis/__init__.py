"""Analysis: per-VNet readiness, per-VM (and scale set) verdicts with the actions needed, and size proposals with
the reason every other candidate lost; a pure function of (inventory, catalog, decisions), re-run incrementally
when the operator changes a decision."""
