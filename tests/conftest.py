"""Shared fixtures. `arm_sim`: the HTTPS ARM simulator serving tests/fixtures/sim, trusted by `requests`;
`demo_sim`: the demo estate served with writes and fast long-running operations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.demo.estate import generate_estate, write_estate
from planner.sim.options import DEFAULT_DURATIONS, Limits, SimOptions
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


# --- the demo estate served with writes (the executor's tests and the simulator's write tests) -------------------

DEMO_SUBSCRIPTION = "3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36"
FAST = 0.1  # seconds each simulated long-running operation takes in tests


def fast_options(seconds: float = FAST, *, limits: Limits | None = None) -> SimOptions:
    return SimOptions(durations=dict.fromkeys(DEFAULT_DURATIONS, seconds), limits=limits)


@pytest.fixture(scope="session")
def demo_estate_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo estate's raw ARM files (written once per test session; tests never change them)."""
    out = tmp_path_factory.mktemp("demo-estate")
    write_estate(generate_estate(), out)
    return out


@pytest.fixture
def demo_sim(demo_estate_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    """The demo estate on 127.0.0.1 with writes, fast operations and no throttling (tests add what they need)."""
    simulator = ArmSimulator(ArmStore.from_path(demo_estate_dir), token=SIM_TOKEN, options=fast_options())
    with simulator.running() as handle:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(handle.ca_bundle_path))
        yield handle


@pytest.fixture(scope="session")
def small_estate_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 60-VM demo estate (every scenario, fewer VMs): the executor's fault tests run on it."""
    out = tmp_path_factory.mktemp("small-estate")
    write_estate(generate_estate(vms=60), out)
    return out


@pytest.fixture
def small_sim(small_estate_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    simulator = ArmSimulator(ArmStore.from_path(small_estate_dir), token=SIM_TOKEN, options=fast_options())
    with simulator.running() as handle:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(handle.ca_bundle_path))
        monkeypatch.setenv("SIM_TOKEN", SIM_TOKEN)
        yield handle
