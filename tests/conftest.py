"""Shared fixtures. `arm_sim`: the HTTPS ARM simulator serving tests/fixtures/sim, trusted by `requests`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.sim.server import ArmSimulator, SimHandle
from planner.sim.store import ArmStore

SIM_ESTATE = Path(__file__).parent / "fixtures" / "sim"
SIM_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
SIM_TOKEN = "sim-test-token"


@pytest.fixture
def arm_sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    """The fixture estate on 127.0.0.1, two items per page, accepting only the bearer token SIM_TOKEN."""
    simulator = ArmSimulator(ArmStore.from_path(SIM_ESTATE), token=SIM_TOKEN, page_size=2)
    with simulator.running() as handle:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(handle.ca_bundle_path))
        yield handle
