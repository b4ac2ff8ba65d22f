"""Size proposals: every hard constraint of DOMAIN.md "Resizing", the ranking, quota, and a property test."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.analysis.propose import (
    ACCELERATOR,
    ARCHITECTURE,
    CAPACITY,
    CAPACITY_RESERVATION,
    DATA_DISKS,
    DISK_CONTROLLER,
    GENERATION,
    LOCAL_NVME,
    NICS,
    PREMIUM_IO,
    RESTRICTED,
    TEMP_DISK,
    ULTRA_SSD,
    UNSUPPORTED_SERIES,
    WRITE_ACCELERATOR,
    Profile,
    Proposer,
    check,
    nvme_only,
    supports_nvme,
)
from planner.analysis.quota import QuotaLedger
from planner.model import ResourceSku, SkuRestriction, SkuZoneDetails, Usage
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


# --- issue 9: accelerators, local NVMe, Write Accelerator, Ultra disks, capacity reservations ---------------------


def test_accelerator_model_and_count_must_be_kept_and_plain_sizes_stay_plain() -> None:
    p = profile("Standard_NC40ads_H100_v5")
    assert first_code(p, "Standard_NC80adis_H100_v5", EXTENDED) is None  # same GPU model, more GPUs
    allow = profile("Standard_NC80adis_H100_v5", allow_smaller=True)
    assert first_code(allow, "Standard_NC40ads_H100_v5", EXTENDED) == ACCELERATOR  # fewer GPUs, even if allowed
    assert first_code(profile("Standard_NC24ads_A100_v4"), "Standard_NC40ads_H100_v5", EXTENDED) == ACCELERATOR
    assert first_code(profile("Standard_D8s_v3"), "Standard_NC40ads_H100_v5", EXTENDED) == ACCELERATOR
    assert first_code(profile("Standard_NC24ads_A100_v4"), "Standard_D96ads_v5", EXTENDED) == ACCELERATOR


def test_rdma_sizes_only_move_to_rdma_sizes() -> None:
    hb = EXTENDED.size("Standard_HB120rs_v3")
    assert hb.infiniband and not EXTENDED.size("Standard_E96ds_v5").infiniband
    assert first_code(profile("Standard_HB120rs_v3"), "Standard_E96ds_v5", EXTENDED) == ACCELERATOR


def test_local_nvme_storage_must_be_kept() -> None:
    assert first_code(profile("Standard_L8s_v2"), "Standard_L8s_v3") is None  # 1 x 1.92 TB both
    assert first_code(profile("Standard_L8s_v2"), "Standard_D8ds_v5") == LOCAL_NVME
    assert first_code(profile("Standard_L16s_v2"), "Standard_L8s_v3", EXTENDED) == LOCAL_NVME  # 2 disks -> 1
    # v6 "d": local NVMe, no SCSI temp disk: a v5 "d" size (SCSI temp disk) cannot go there directly.
    assert first_code(profile("Standard_D4ds_v5", nvme=True), "Standard_D4ds_v6", EXTENDED) == TEMP_DISK
    assert first_code(profile("Standard_D4ds_v6", nvme=True), "Standard_D4s_v6", EXTENDED) == LOCAL_NVME


def test_write_accelerator_disks_need_an_m_size_that_takes_as_many() -> None:
    wa = profile("Standard_M64s", gen="V2", premium=True)._replace(write_accelerator_disks=8)
    assert first_code(wa, "Standard_M64ds_v2") is None
    assert first_code(wa._replace(write_accelerator_disks=9), "Standard_M64ds_v2") == WRITE_ACCELERATOR
    assert first_code(profile("Standard_E64s_v3")._replace(write_accelerator_disks=1), "Standard_E64ds_v5") == (
        WRITE_ACCELERATOR
    )


def test_ultra_disks_need_ultra_ssd_available_in_the_zone_or_region() -> None:
    zonal = ResourceSku(
        name="Standard_D4ds_v5",
        location="eastus2",
        zones=["1", "2", "3"],
        zone_details=[SkuZoneDetails(zones=["2"], capabilities={"UltraSSDAvailable": "True"})],
    )
    cat = load_catalog("baseline", [zonal])
    ultra = profile("Standard_D4s_v3")._replace(ultra_ssd=True)
    assert first_code(ultra._replace(zone="2"), "Standard_D4ds_v5", cat) is None
    assert first_code(ultra._replace(zone="1"), "Standard_D4ds_v5", cat) == ULTRA_SSD
    assert first_code(ultra, "Standard_D4ds_v5", cat) == ULTRA_SSD  # regional: no top-level capability
    assert first_code(ultra._replace(location="westus"), "Standard_D4ds_v5", cat) == ULTRA_SSD  # no data: unknown


def test_capacity_reservation_group_admits_only_its_reserved_sizes() -> None:
    reserved = {"/subscriptions/s/resourcegroups/g/providers/microsoft.compute/capacityreservationgroups/c": frozenset(
        {"standard_d4ds_v5"}
    )}
    (group,) = reserved
    p = profile("Standard_D4s_v3")._replace(capacity_group=group)
    current = CATALOG.size("Standard_D4s_v3")
    assert check(p, current, CATALOG.size("Standard_D4ds_v5"), CATALOG, reserved) is None
    assert check(p, current, CATALOG.size("Standard_D4ds_v4"), CATALOG, reserved) == CAPACITY_RESERVATION
    other = p._replace(capacity_group="a group that was not loaded")
    assert check(other, current, CATALOG.size("Standard_D4ds_v4"), CATALOG, reserved) is None


# The property test's world: the extended list (GPU rows included), Resource SKUs rows for eastus2 that offer every
# other candidate with Ultra disks in zone 1 (and regionally for every fourth), and one reservation group.
_ALL = sorted(EXTENDED.sizes(), key=lambda s: s.name.lower())
_ULTRA: dict[str, tuple[bool, bool]] = {  # size -> (in zone 1, regional)
    s.name.lower(): (True, i % 4 == 0) for i, s in enumerate(_ALL) if i % 2 == 0
}
_SKUS = [
    ResourceSku(
        name=s.name,
        location="eastus2",
        zones=["1", "2", "3"],
        capabilities={"UltraSSDAvailable": "True"} if _ULTRA[s.name.lower()][1] else {},
        zone_details=[SkuZoneDetails(zones=["1"], capabilities={"UltraSSDAvailable": "True"})],
    )
    for s in _ALL
    if s.name.lower() in _ULTRA
]
_WORLD = load_catalog("extended", _SKUS)
_RESERVED = frozenset(s.name.lower() for i, s in enumerate(_ALL) if i % 3 == 0)
_PROPOSER = Proposer(_WORLD, (), {"crg": _RESERVED})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    size=st.sampled_from([s.name for s in _ALL]),
    gen=st.sampled_from(["V1", "V2"]),
    nvme=st.booleans(),
    premium=st.booleans(),
    write_accelerator=st.integers(0, 12),
    ultra=st.booleans(),
    zone=st.sampled_from([None, "1", "2"]),
    location=st.sampled_from(["eastus2", "westus"]),
    group=st.sampled_from(["", "crg", "not-loaded"]),
    allow_smaller=st.booleans(),
)
def test_no_proposed_target_ever_violates_the_issue_9_constraints(
    size: str,
    gen: str,
    nvme: bool,
    premium: bool,
    write_accelerator: int,
    ultra: bool,
    zone: str | None,
    location: str,
    group: str,
    allow_smaller: bool,
) -> None:
    p = profile(size, gen=gen, nvme=nvme, premium=premium, zone=zone, location=location, allow_smaller=allow_smaller)
    p = p._replace(write_accelerator_disks=write_accelerator, ultra_ssd=ultra, capacity_group=group)
    cur = _WORLD.size(size)
    for t in _PROPOSER.ranking(p).valid:
        # Restated from DOMAIN.md "Added rules" on the raw facts and the world's own tables, not through `check`.
        assert not t.estimated
        if cur.gpu_count:
            assert (t.gpu_model or "").lower() == (cur.gpu_model or "?").lower() and t.gpu_count >= cur.gpu_count
        else:
            assert t.gpu_count == 0
        assert bool(t.infiniband) == bool(cur.infiniband)
        assert t.local_nvme_gib >= 0.98 * cur.local_nvme_gib
        if write_accelerator:
            assert (t.max_write_accelerator_disks or 0) >= write_accelerator
        if ultra:
            in_zone, regional = _ULTRA.get(t.name.lower(), (False, False))
            assert location == "eastus2" and (in_zone if zone == "1" else regional if zone is None else False)
        if group == "crg":
            assert t.name.lower() in _RESERVED
