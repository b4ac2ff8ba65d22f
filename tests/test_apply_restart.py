"""A compliant Uniform scale set in a VNet the plan encrypts: its instances are restarted in batches (deallocate,
then start), each instance once, none upgraded; each batch's start acts on the instances its deallocation chose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SIM_TOKEN, fast_options
from execute_helpers import executor, make_plan

from planner.demo.estate import generate_estate, write_estate
from planner.execute.events import RunStatus
from planner.execute.journal import read_journal
from planner.plan.ops import Op
from planner.sim.server import ArmSimulator, SimHandle
from planner.sim.store import ArmStore


def _compliant(doc: dict[str, Any]) -> None:
    """vmss-batch on a supported size with Accelerated Networking on, in its model and on every instance NIC."""
    if doc.get("type", "").lower() == "microsoft.compute/virtualmachinescalesets":
        doc["sku"]["name"] = "Standard_D4s_v5"
        profile = doc["properties"]["virtualMachineProfile"]["networkProfile"]
        for config in profile["networkInterfaceConfigurations"]:
            config["properties"]["enableAcceleratedNetworking"] = True
    elif "/virtualmachinescalesets/vmss-batch/" in doc.get("id", "").lower():
        doc["properties"]["enableAcceleratedNetworking"] = True


@pytest.fixture
def restart_sim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[SimHandle, Path]]:
    estate = generate_estate(vms=60)
    for doc in [*estate.resources, *estate.nics]:
        if "vmss-batch" in str(doc.get("id", "")).lower():
            _compliant(doc)
    folder = tmp_path / "estate"
    folder.mkdir()
    write_estate(estate, folder)
    simulator = ArmSimulator(ArmStore.from_path(folder), token=SIM_TOKEN, options=fast_options())
    with simulator.running() as handle:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(handle.ca_bundle_path))
        yield handle, folder


def _batch_set(handle: SimHandle) -> dict[str, Any]:
    sets = handle.simulator.state()["scale_sets"]
    return next(v for k, v in sets.items() if k.lower().endswith("/vmss-batch"))


def test_a_compliant_scale_set_is_restarted_in_batches_each_instance_once(
    restart_sim: tuple[SimHandle, Path], tmp_path: Path
) -> None:
    handle, folder = restart_sim
    plan, path = make_plan(folder, tmp_path)
    restarts = [s for _, s in plan.steps() if s.op is Op.VMSS_DEALLOCATE_INSTANCES and "vmss-batch" in s.target]
    assert len(restarts) >= 2 and not any(
        s.op in (Op.VMSS_UPDATE_MODEL, Op.VMSS_UPGRADE_INSTANCES) and "vmss-batch" in s.target for _, s in plan.steps()
    )
    finished = executor(handle, plan, path).run()
    assert finished.status is RunStatus.COMPLETED and not finished.failed and not finished.down
    instances = _batch_set(handle)["instances"]
    assert all(i["deallocations"] == 1 and i["starts"] == 1 and i["encryption"] for i in instances.values())
    journal = read_journal(path.with_name("plan.journal.jsonl"))
    chosen = [journal.steps[s.id].instances for s in restarts]
    flat = [i for batch in chosen for i in batch]
    assert sorted(flat) == sorted(instances) and len(flat) == len(set(flat))  # every instance in exactly one batch
    assert all(len(batch) <= int(s.params["batch_size"]) for batch, s in zip(chosen, restarts, strict=True))
