"""The planner's vocabulary: the words its outputs (analysis JSON, plan files) use, each as a `StrEnum`.

The values are a stable interface (documented in the README); the members are what code compares against, so a
misspelt word is a NameError rather than a silent mismatch. The plan's op vocabulary is `planner.plan.ops.Op`.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """What analysis says of a VM or scale set."""

    COMPLIANT = "compliant"
    NEEDS_CHANGES = "needs-changes"
    BLOCKED = "blocked"
    EXCLUDED = "excluded"


class VnetVerdict(StrEnum):
    """What analysis says of a VNet."""

    READY = "ready"
    BLOCKED = "blocked"
    EXCLUDED = "excluded"


class Encryption(StrEnum):
    """A VNet's encryption as inventoried."""

    ENABLED = "enabled"
    DISABLED = "disabled"


class Action(StrEnum):
    """A change analysis proposes for a VM or scale set."""

    RESIZE = "resize"
    ENABLE_AN = "enable-accelerated-networking"
    RESTART = "restart"
    UPGRADE_INSTANCES = "upgrade-instances"  # scale sets: roll the instances onto the new model


class ResultKind(StrEnum):
    VM = "vm"
    SCALE_SET = "scale-set"


class Disposition(StrEnum):
    """What a plan does with a VM or scale set."""

    CYCLE = "cycle"  # deallocated, changed and started on its own
    OUTAGE = "outage"  # cycled with its whole availability set
    UPGRADE = "upgrade"  # a scale set: model update and instance batches
    RESTART = "restart"  # a compliant Uniform scale set: its instances deallocated and started in batches
    MANUAL = "manual"  # AKS: a manual step with the node-pool commands
    LEFT_OUT = "left-out"  # needs changes, but the plan cannot make them (the reason is in the plan)
    NONE = "none"  # nothing to do


class GroupKind(StrEnum):
    """A disruption-budget group."""

    AVAILABILITY_SET = "availability-set"
    LOAD_BALANCER_POOL = "load-balancer-pool"
    SCALE_SET = "scale-set"


class Enforcement(StrEnum):
    """A VNet's encryption enforcement (ARM spelling)."""

    ALLOW = "AllowUnencrypted"
    DROP = "DropUnencrypted"
