"""Operator decisions: TOML round trip, and refusal of bad files naming the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.analysis.decisions import Decisions, DecisionsError, load, save

VM = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/RG422648/providers/Microsoft.Compute/virtualMachines/vm422648"
VNET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/v1"


def test_decisions_round_trip_through_toml(tmp_path: Path) -> None:
    d = Decisions(
        series="extended", strict_private_link=True, allow_smaller=True, preferred_sizes=["Standard_D4s_v5"]
    )
    d.pin(VM, "Standard_D4ds_v5")
    d.exclude_vnets.add(VNET.lower())
    path = tmp_path / "d.toml"
    save(d, path)
    back = load(path)
    assert back == d
    assert back.pinned(VM.upper()) == "Standard_D4ds_v5"  # ids compare case-insensitively
    assert back.vnet_excluded(VNET)
    back.exclude_vms.add(VM.lower())
    assert back.vm_excluded(VM.upper())


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('series = "everything"', "series must be one of"),
        ("allow_smaller = 1", "allow_smaller: expected bool"),
        ('exclude_vms = ["vm1"]', "is not a resource id"),
        ('colour = "blue"', "unknown key(s) colour"),
        (f'[[pin]]\nvm = "{VM}"\nsize = "a"\n[[pin]]\nvm = "{VM}"\nsize = "b"', "pinned twice"),
        ('[[pin]]\nvm = "x"', "pin[0].size"),
        ("series = ", "Invalid value"),
        ("x = 1\nseries = [ 1, ]]", "line 2"),
    ],
)
def test_bad_decisions_file_is_refused_naming_file_and_key(tmp_path: Path, text: str, needle: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(DecisionsError) as err:
        load(path)
    assert str(path) in str(err.value)
    assert needle in str(err.value)


def test_missing_decisions_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DecisionsError, match="no such file"):
        load(tmp_path / "absent.toml")
