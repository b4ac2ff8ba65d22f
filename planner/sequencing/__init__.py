"""Sequencing: waves of steps under disruption budgets, one deallocation per VM.

Every VM that needs changes gets ONE cycle (deallocate -> resize -> enable AN on each NIC -> start) after its VNet's
encryption is switched on, so the same deallocation also activates encryption. The stages hand values to each other:
`groups` (disruption groups, from the topology) -> `units` (what packing places: one VM's cycle, one availability
set's whole-set outage, one scale-set batch) -> `packing` (first-fit decreasing into waves, and the lower bound) ->
`schedule` (the waves as the operator reviews them) -> `assemble` (the steps, entries and meta of the `Plan`).
"""
