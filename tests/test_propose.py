"""Size proposals: every hard constraint of DOMAIN.md "Resizing", the ranking, quota, and a property test."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.analysis.propose import (
    ARCHITECTURE,
    CAPACITY,
    DATA_DISKS,
    DISK_CONTROLLER,
    GENERATION,
    NICS,
    PREMIUM_IO,
    RESTRICTED,
    TEMP_DISK,
    UNSUPPORTED_SERIES,
    Profile,
    Proposer,
    QuotaLedger,
    check,
    nvme_only,
    supports_nvme,
)
from planner.model import ResourceSku, SkuRestriction, Usage
from sku_catalog import Catalog, load_catalog

CATALOG = load_catalog("baseline")
EXTENDED = load_catalog("extended")


def profile(
    size: str,
    *,
    gen: str = "V2",
    nvme: bool = False,
    trusted: bool = False,
    premium: bool = False,
    data_disks: int = 0,
    nics: int = 1,
    zone: str | None = None,
    location: str = "eastus2",
    allow_smaller: bool = False,
) -> Profile:
    return Profile(size.lower(), location, zone, gen, nvme, trusted, premium, data_disks, nics, allow_smaller)


def first_code(p: Profile, target: str, catalog: Catalog = CATALOG) -> str | None:
    return check(p, catalog.size(p.size), catalog.size(target), catalog)


def test_unsupported_series_is_rejected() -> None:
    assert first_code(profile("Standard_D4s_v3"), "Standard_D4s_v3") == UNSUPPORTED_SERIES


def test_temp_disk_presence_must_match_both_ways() -> None:
    assert first_code(profile("Standard_D4s_v3"), "Standard_D4s_v5") == TEMP_DISK  # had one, target has none
    assert not CATALOG.size("Standard_B2s_v2").has_temp_disk
    assert first_code(profile("Standard_B2s_v2"), "Standard_D2ds_v5") == TEMP_DISK  # had none, target has one
    assert first_code(profile("Standard_D4s_v3"), "Standard_D4ds_v5") is None


def test_gen1_vm_cannot_move_to_a_v2_only_size() -> None:
    assert "V1" not in CATALOG.size("Standard_D4as_v6").hyperv_generations
    code = first_code(profile("Standard_D4as_v5", gen="V1", nvme=True), "Standard_D4as_v6")
    assert code == GENERATION


def test_scsi_vm_cannot_move_to_nvme_only_size_and_nvme_vm_needs_nvme() -> None:
    assert first_code(profile("Standard_D4as_v5"), "Standard_D4as_v6") == DISK_CONTROLLER
    assert first_code(profile("Standard_D4as_v5", nvme=True), "Standard_D4as_v6") is None
    assert first_code(profile("Standard_D4as_v5", nvme=True), "Standard_D4s_v5") == DISK_CONTROLLER


def test_trusted_launch_vm_is_not_moved_to_nvme() -> None:
    assert first_code(profile("Standard_D4as_v5", trusted=True), "Standard_D4as_v6") == DISK_CONTROLLER


def test_architecture_must_match() -> None:
    assert first_code(profile("Standard_D4ps_v5"), "Standard_D4s_v5", EXTENDED) == ARCHITECTURE


def test_premium_disks_need_premium_io() -> None:
    assert CATALOG.size("Standard_D4d_v5").premium_io is False
    assert first_code(profile("Standard_D4_v3", premium=True), "Standard_D4d_v5") == PREMIUM_IO
    assert first_code(profile("Standard_D4_v3", premium=False), "Standard_D4d_v5") is None


def test_data_disk_and_nic_counts_must_fit() -> None:
    max_disks = CATALOG.size("Standard_D2ds_v5").max_data_disks
    assert max_disks is not None
    assert first_code(profile("Standard_D2s_v3", data_disks=max_disks + 1), "Standard_D2ds_v5") == DATA_DISKS
    max_nics = CATALOG.size("Standard_D2ds_v5").max_nics
    assert max_nics is not None
    assert first_code(profile("Standard_D2s_v3", nics=max_nics + 1), "Standard_D2ds_v5") == NICS


def test_capacity_refuses_smaller_unless_allowed() -> None:
    assert first_code(profile("Standard_D8s_v3"), "Standard_D4ds_v5") == CAPACITY
    assert first_code(profile("Standard_D8s_v3", allow_smaller=True), "Standard_D4ds_v5") is None


def test_location_and_zone_restrictions_reject() -> None:
    skus = [
        ResourceSku(
            name="Standard_D4ds_v5",
            location="eastus2",
            family="standardDDSv5Family",
            zones=["1", "2", "3"],
            restrictions=[
                SkuRestriction(
                    type="Zone", locations=["eastus2"], zones=["2"], reason="NotAvailableForSubscription"
                )
            ],
        ),
        ResourceSku(
            name="Standard_D4ds_v4",
            location="eastus2",
            family="standardDDSv4Family",
            restrictions=[
                SkuRestriction(type="Location", locations=["eastus2"], reason="NotAvailableForSubscription")
            ],
        ),
    ]
    cat = load_catalog("baseline", skus)
    assert first_code(profile("Standard_D4s_v3", zone="2"), "Standard_D4ds_v5", cat) == RESTRICTED
    assert first_code(profile("Standard_D4s_v3", zone="1"), "Standard_D4ds_v5", cat) is None
    assert first_code(profile("Standard_D4s_v3"), "Standard_D4ds_v4", cat) == RESTRICTED


def test_ranking_prefers_same_shape_same_letters_newest_generation() -> None:
    ranking = Proposer(CATALOG).ranking(profile("Standard_D4s_v3", gen="V1", premium=True))
    assert ranking.valid[0].name == "Standard_D4ds_v5"
    ranking = Proposer(CATALOG).ranking(profile("Standard_E8s_v3", gen="V2", premium=True))
    assert ranking.valid[0].name == "Standard_E8ds_v5"


def test_operator_preference_breaks_ties_after_generation() -> None:
    prefs = ["Standard_D4ads_v5"]
    ranking = Proposer(CATALOG, prefs).ranking(profile("Standard_D4s_v3", gen="V1", premium=True))
    # D4ads_v5 differs by a letter (AMD) from D4s_v3, so the preference does not beat the letter rule...
    assert ranking.valid[0].name == "Standard_D4ds_v5"
    # ...but among sizes equal on shape, letters and generation it decides.
    ranking = Proposer(CATALOG, ["Standard_D4d_v5"]).ranking(profile("Standard_D4_v3", gen="V1"))
    assert ranking.valid[0].name == "Standard_D4d_v5"


def test_rejections_name_the_constraint_for_each_shown_candidate() -> None:
    ranking = Proposer(CATALOG).ranking(profile("Standard_D4s_v3", gen="V1", premium=True))
    shown = {r.size: r.code for r in ranking.rejected}
    assert shown["Standard_D4s_v5"] == TEMP_DISK
    assert all(code for code in shown.values())


def test_quota_ledger_counts_family_and_regional_vcpus_together() -> None:
    ledger = QuotaLedger(
        [
            Usage("eastus2", "cores", current=90, limit=100),
            Usage("eastus2", "standardDDSv5Family", current=0, limit=8),
        ]
    )
    cur = CATALOG.size("Standard_D4s_v3")
    target = CATALOG.size("Standard_D4ds_v5")
    assert target.family_quota_name and target.family_quota_name.lower() == "standardddsv5family"
    scope = ledger.scope("00000000-0000-0000-0000-000000000000", "EastUS2")
    assert ledger.fits(scope, cur, target)
    ledger.take(scope, cur, target)
    assert ledger.fits(scope, cur, target)
    ledger.take(scope, cur, target)
    assert not ledger.fits(scope, cur, target)  # family quota of 8 vCPUs used up by two 4-vCPU VMs


def test_quota_is_per_subscription_when_usages_name_one() -> None:
    ledger = QuotaLedger(
        [
            Usage("eastus2", "standardDDSv5Family", current=0, limit=0, subscription="sub-a"),
            Usage("eastus2", "standardDDSv5Family", current=0, limit=100, subscription="sub-b"),
        ]
    )
    cur = CATALOG.size("Standard_D4s_v3")
    target = CATALOG.size("Standard_D4ds_v5")
    assert not ledger.fits(ledger.scope("SUB-A", "eastus2"), cur, target)
    assert ledger.fits(ledger.scope("sub-b", "eastus2"), cur, target)
    assert ledger.fits(ledger.scope("sub-c", "eastus2"), cur, target)  # no rows for it: not limited


SIZES = sorted({s.name for s in CATALOG.sizes()})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    size=st.sampled_from(SIZES),
    gen=st.sampled_from(["V1", "V2"]),
    nvme=st.booleans(),
    trusted=st.booleans(),
    premium=st.booleans(),
    data_disks=st.integers(0, 40),
    nics=st.integers(1, 8),
    allow_smaller=st.booleans(),
)
def test_no_proposed_target_ever_violates_a_hard_constraint(
    size: str,
    gen: str,
    nvme: bool,
    trusted: bool,
    premium: bool,
    data_disks: int,
    nics: int,
    allow_smaller: bool,
) -> None:
    p = profile(
        size,
        gen=gen,
        nvme=nvme,
        trusted=trusted,
        premium=premium,
        data_disks=data_disks,
        nics=nics,
        allow_smaller=allow_smaller,
    )
    cur = CATALOG.size(size)
    for t in Proposer(CATALOG).ranking(p).valid:
        # Restated from DOMAIN.md on the raw facts, independently of `check`.
        assert CATALOG.is_supported(t.name)
        assert (t.temp_disk_gib > 0) == (cur.temp_disk_gib > 0)
        assert not t.hyperv_generations or gen in t.hyperv_generations
        assert t.cpu_arch == cur.cpu_arch
        assert t.confidential == "none"
        assert supports_nvme(t) if nvme else not nvme_only(t)
        assert not (premium and t.premium_io is False)
        assert t.max_data_disks is None or data_disks <= t.max_data_disks
        assert t.max_nics is None or nics <= t.max_nics
        assert t.accelerated_networking is not False
        if not allow_smaller:
            assert t.vcpus >= cur.vcpus and t.memory_gib >= cur.memory_gib
