#!/usr/bin/env bash
# planner 0.1.0: the plan demo-plan.toml as Azure CLI commands
# plan digest sha256:b43ee74821dea4b74cb4acd7995bfa038b797cee03e8bacc3d6d6d23b255389f
# Runs the waves in order. Within a wave each VM's steps (deallocate, resize, Accelerated Networking, start) run in order as one background job beside the other VMs' (a scale set's and a VNet's steps likewise), and the wave ends when every job has; chains with a manual step run first, in the foreground.
# Unlike `planner apply` (journalled, resumable, with a drift check before every step), it does not check each step's expected live values before acting: review `planner show demo-plan.toml` and `planner apply --dry-run demo-plan.toml` first.
# On a failure (or Ctrl-C) the steps in flight finish, then it prints the steps that failed, every VM it has deallocated and not started again, and the command that resumes: PLANNER_FROM_STEP=<step id> bash <this script>. It logs every step to $PLANNER_LOG (default: this script's path + .log); a resumed run skips the steps logged done.
set -euo pipefail
PLANNER_SCRIPT=${BASH_SOURCE[0]}
PLANNER_LOG=${PLANNER_LOG:-$PLANNER_SCRIPT.log}
PLANNER_FROM_N=0
PLANNER_DONE_IDS=" "
PLANNER_JOBS=()
PLANNER_WAVE=0
PLANNER_AT=""

planner_start() {
  if [[ -n ${PLANNER_FROM_STEP:-} ]]; then
    PLANNER_FROM_N=$(awk -v id="$PLANNER_FROM_STEP" '$1 == "if" && $2 == "planner_begin" && $5 == id { print $4; exit }' "$PLANNER_SCRIPT")
    if [[ -z $PLANNER_FROM_N ]]; then
      echo "planner: PLANNER_FROM_STEP=$PLANNER_FROM_STEP names no step of $PLANNER_SCRIPT" >&2
      exit 2
    fi
    if [[ -f $PLANNER_LOG ]]; then
      PLANNER_DONE_IDS=" $(awk -v n="$PLANNER_FROM_N" '$1 == "done" && $3 + 0 >= n + 0 { printf "%s ", $4 }' "$PLANNER_LOG")"
    fi
    echo "planner: resuming at step $PLANNER_FROM_STEP; steps $PLANNER_LOG logs as done are skipped"
  elif [[ -s $PLANNER_LOG && $(tail -n 1 "$PLANNER_LOG") != finished* && -z ${PLANNER_FRESH:-} ]]; then
    echo "planner: $PLANNER_LOG shows an earlier run of this script that did not finish:" >&2
    planner_report
    echo "planner: to run every step again from the start instead, set PLANNER_FRESH=1" >&2
    exit 2
  else
    : >"$PLANNER_LOG"
  fi
  echo "run $(date -u +%Y-%m-%dT%H:%M:%SZ) ${PLANNER_FROM_STEP:-}" >>"$PLANNER_LOG"
  trap planner_interrupted INT TERM
  trap planner_failed_step ERR
}

planner_wave() {
  PLANNER_WAVE=$1
  echo "wave $1 $3 $4" >>"$PLANNER_LOG"
  echo "planner: wave $1 of $2"
}

planner_begin() {
  if (($2 < PLANNER_FROM_N)); then
    return 1
  fi
  if [[ $PLANNER_DONE_IDS == *" $3 "* ]]; then
    echo "planner: $3: done in an earlier run, skipped"
    return 1
  fi
  PLANNER_AT="$1 $2 $3"
  echo "planner: $3"
}

planner_failed_step() {
  local status=$?
  if [[ -z ${PLANNER_AT:-} ]]; then
    echo "planner: a command outside any step failed (exit status $status)" >&2
    [[ -n ${PLANNER_IN_JOB:-} ]] && exit 1
    planner_stop 1
  fi
  # shellcheck disable=SC2086  # PLANNER_AT is "wave place id"
  planner_fail $PLANNER_AT
}

planner_down() { echo "down $*" >>"$PLANNER_LOG"; }
planner_up() { echo "up $*" >>"$PLANNER_LOG"; }

# A scale-set batch (KEY names the scale set, B the batch): its deallocation chooses the instances and logs them as
# `batch KEY B ID:STATE ...` (STATE: the power state before the batch); its upgrade and start read them back, so all
# three act on the same instances, across a resume too.
planner_batch_record() {
  awk -v k="$1" -v b="$2" '$1 == "batch" && $2 == k && $3 == b { found = 1; $1 = ""; $2 = ""; $3 = ""; ids = $0 }
    END { if (!found) exit 1; print ids }' "$PLANNER_LOG"
}

planner_was_running() {
  case ${1#*:} in deallocated | deallocating | stopped | stopping) return 1 ;; esac
  return 0
}

# stdin: `ID<TAB>PowerState/...` lines (az vmss list-instances); prints the batch's instance ids, one per line.
planner_batch_take() {
  local chosen taken id
  if chosen=$(planner_batch_record "$1" "$2"); then
    cat >/dev/null # a resumed deallocation keeps the instances it chose
  else
    taken=$(awk -v k="$1" '$1 == "batch" && $2 == k { for (i = 4; i <= NF; i++) { sub(/:.*/, "", $i); printf "%s ", $i } }' "$PLANNER_LOG")
    chosen=$(sort -n | awk -v n="$3" -v taken=" $taken" '
      $1 != "" && index(taken, " " $1 " ") == 0 && c < n {
        s = tolower($2); sub(/.*\//, "", s); if (s == "" || s == "none") s = "unknown"
        printf "%s%s:%s", (c ? " " : ""), $1, s; c++
      }
      END { print "" }')
    echo "batch $1 $2 $chosen" >>"$PLANNER_LOG"
  fi
  for id in $chosen; do
    if planner_was_running "$id"; then echo "down $4/virtualMachines/${id%%:*}" >>"$PLANNER_LOG"; fi
  done
  for id in $chosen; do printf '%s\n' "${id%%:*}"; done
}

# Prints batch B's instance ids (with `running`: those that were running before it); fails when its deallocation
# has not chosen them.
planner_batch_ids() {
  local chosen id
  if ! chosen=$(planner_batch_record "$1" "$2"); then
    echo "planner: batch $2 of scale set $1 has no instances in $PLANNER_LOG: its deallocation has not run" >&2
    return 1
  fi
  for id in $chosen; do
    if [[ ${3:-} != running ]] || planner_was_running "$id"; then printf '%s\n' "${id%%:*}"; fi
  done
}

planner_batch_up() {
  local chosen id
  chosen=$(planner_batch_record "$1" "$2")
  for id in $chosen; do
    if planner_was_running "$id"; then echo "up $3/virtualMachines/${id%%:*}" >>"$PLANNER_LOG"; fi
  done
}
planner_done() {
  echo "done $1 $2 $3" >>"$PLANNER_LOG"
  PLANNER_AT=""
}

planner_fail() {
  echo "failed $1 $2 $3" >>"$PLANNER_LOG"
  echo "planner: step $3 FAILED" >&2
  if [[ -n ${PLANNER_IN_JOB:-} ]]; then
    exit 1
  fi
  planner_stop 1
}

planner_job() { PLANNER_JOBS+=("$1"); }

planner_wait_jobs() {
  local pid failed=0
  for pid in ${PLANNER_JOBS[@]+"${PLANNER_JOBS[@]}"}; do
    wait "$pid" || failed=1
  done
  PLANNER_JOBS=()
  return "$failed"
}

planner_wave_end() {
  if ! planner_wait_jobs; then
    planner_stop 1
  fi
}

planner_interrupted() {
  trap '' INT TERM
  echo "planner: interrupted: the steps in flight finish first (a VM is never left half-way)..." >&2
  planner_wait_jobs || true
  echo "interrupted $PLANNER_WAVE" >>"$PLANNER_LOG"
  planner_stop 130
}

planner_stop() {
  planner_wait_jobs || true
  wait || true # a chain a signal met between its start and `planner_job`: the report must not miss it
  echo "stopped $1" >>"$PLANNER_LOG"
  planner_report
  exit "$1"
}

planner_report() {
  local resume
  {
    echo
    echo "planner: STOPPED before the end of the plan."
    awk '$1 == "run" { f = "" } $1 == "failed" { f = f "  failed: " $4 "\n" } END { printf "%s", f }' "$PLANNER_LOG"
    echo "VMs this script deallocated and has not started again:"
    awk '$1 == "down" { k = substr($0, 6); d[k] = 1 } $1 == "up" { delete d[substr($0, 4)] }
      END { n = 0; for (k in d) { print "  " k; n++ } if (n == 0) print "  none" }' "$PLANNER_LOG" | sort
    resume=$(awk '$1 == "run" { b = ""; bn = 0; w = "" }
      $1 == "wave" { w = $4 }
      $1 == "failed" && (bn == 0 || $3 + 0 < bn) { bn = $3 + 0; b = $4 }
      END { print (b != "" ? b : w) }' "$PLANNER_LOG")
    if [[ -n $resume ]]; then
      echo "Resume with: PLANNER_FROM_STEP=$resume bash $(printf '%q' "$PLANNER_SCRIPT")"
    fi
  } >&2
}

planner_finish() {
  echo "finished $(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$PLANNER_LOG"
  echo "planner: every step of the plan ran"
}

planner_start

# === wave 1: Enable encryption; hand AKS node pools over (manual) (estimated 30 s) ===
planner_wave 1 6 1 w001-vnet-vnet-aks-enable-encryption
if planner_begin 1 1 w001-vnet-vnet-aks-enable-encryption
then
  # step w001-vnet-vnet-aks-enable-encryption: vnet.enable-encryption /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks (expects encryption=disabled, etag=W/"008201fd-2dd5-413f-88d7-2c0db23d8d18")
  az network vnet update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks --enable-encryption true --encryption-enforcement-policy allowUnencrypted
  az network vnet wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks --updated
  planner_done 1 1 w001-vnet-vnet-aks-enable-encryption
fi
if planner_begin 1 9 w001-aks-aks-system-27419365-vmss-replace-node-pool
then
  # step w001-aks-aks-system-27419365-vmss-replace-node-pool: manual /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/MC_rg-aks_aks-prod_eastus2/providers/Microsoft.Compute/virtualMachineScaleSets/aks-system-27419365-vmss
  # AKS-managed node resources must not be changed through IaaS APIs: add a node pool with a supported size (e.g. `az aks nodepool add --node-vm-size Standard_D4ds_v5`), cordon and drain the old pool's nodes, then delete the old pool.
  # az aks get-credentials --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-aks --name aks-prod
  # az aks nodepool add --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-aks --cluster-name aks-prod --name systemenc --node-vm-size Standard_D4ds_v5 --mode "$(az aks nodepool show --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-aks --cluster-name aks-prod --name system --query mode -o tsv)" --node-count 3 --vnet-subnet-id /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/snet-aks-nodes
  # kubectl cordon -l kubernetes.azure.com/agentpool=system
  # kubectl drain -l kubernetes.azure.com/agentpool=system --ignore-daemonsets --delete-emptydir-data
  # az aks nodepool delete --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-aks --cluster-name aks-prod --name system
  read -r -p 'Manual step w001-aks-aks-system-27419365-vmss-replace-node-pool: do the commands above, then press Enter to continue. ' _
  planner_done 1 9 w001-aks-aks-system-27419365-vmss-replace-node-pool
fi
if planner_begin 1 10 w001-aks-aks-user-27419365-vmss-replace-node-pool
then
  # step w001-aks-aks-user-27419365-vmss-replace-node-pool: manual /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/MC_rg-aks_aks-prod_eastus2/providers/Microsoft.Compute/virtualMachineScaleSets/aks-user-27419365-vmss
  # AKS-managed node resources must not be changed through IaaS APIs: add a node pool with a supported size (e.g. `az aks nodepool add --node-vm-size Standard_D8ds_v5`), cordon and drain the old pool's nodes, then delete the old pool.
  # az aks get-credentials --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-aks --name aks-prod
  # az aks nodepool add --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-aks --cluster-name aks-prod --name userenc --node-vm-size Standard_D8ds_v5 --mode "$(az aks nodepool show --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-aks --cluster-name aks-prod --name user --query mode -o tsv)" --node-count 2 --vnet-subnet-id /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/snet-aks-nodes --pod-subnet-id /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/snet-aks-pods
  # kubectl cordon -l kubernetes.azure.com/agentpool=user
  # kubectl drain -l kubernetes.azure.com/agentpool=user --ignore-daemonsets --delete-emptydir-data
  # az aks nodepool delete --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-aks --cluster-name aks-prod --name user
  read -r -p 'Manual step w001-aks-aks-user-27419365-vmss-replace-node-pool: do the commands above, then press Enter to continue. ' _
  planner_done 1 10 w001-aks-aks-user-27419365-vmss-replace-node-pool
fi
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 1 2 w001-vnet-vnet-batch-enable-encryption
  then
    # step w001-vnet-vnet-batch-enable-encryption: vnet.enable-encryption /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/virtualNetworks/vnet-batch (expects encryption=disabled, etag=W/"102dfb34-8f7c-43c8-b0f8-aa07a89244ed")
    az network vnet update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/virtualNetworks/vnet-batch --enable-encryption true --encryption-enforcement-policy allowUnencrypted
    az network vnet wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/virtualNetworks/vnet-batch --updated
    planner_done 1 2 w001-vnet-vnet-batch-enable-encryption
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 1 3 w001-vnet-vnet-edge-enable-encryption
  then
    # step w001-vnet-vnet-edge-enable-encryption: vnet.enable-encryption /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/virtualNetworks/vnet-edge (expects encryption=disabled, etag=W/"f5d7b5ba-5dde-4d2e-967c-e62b82dee010")
    az network vnet update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/virtualNetworks/vnet-edge --enable-encryption true --encryption-enforcement-policy allowUnencrypted
    az network vnet wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/virtualNetworks/vnet-edge --updated
    planner_done 1 3 w001-vnet-vnet-edge-enable-encryption
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 1 4 w001-vnet-vnet-payments-enable-encryption
  then
    # step w001-vnet-vnet-payments-enable-encryption: vnet.enable-encryption /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/virtualNetworks/vnet-payments (expects encryption=disabled, etag=W/"4729d50d-7d6f-4ca1-8ca5-1006bdcfc6ec")
    az network vnet update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/virtualNetworks/vnet-payments --enable-encryption true --encryption-enforcement-policy allowUnencrypted
    az network vnet wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/virtualNetworks/vnet-payments --updated
    planner_done 1 4 w001-vnet-vnet-payments-enable-encryption
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 1 5 w001-vnet-vnet-analytics-enable-encryption
  then
    # step w001-vnet-vnet-analytics-enable-encryption: vnet.enable-encryption /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/virtualNetworks/vnet-analytics (expects encryption=disabled, etag=W/"4d18cf8d-610c-4e78-b85b-86eabf8f2d4c")
    az network vnet update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/virtualNetworks/vnet-analytics --enable-encryption true --encryption-enforcement-policy allowUnencrypted
    az network vnet wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/virtualNetworks/vnet-analytics --updated
    planner_done 1 5 w001-vnet-vnet-analytics-enable-encryption
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 1 6 w001-vnet-vnet-legacy-enable-encryption
  then
    # step w001-vnet-vnet-legacy-enable-encryption: vnet.enable-encryption /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/virtualNetworks/vnet-legacy (expects encryption=disabled, etag=W/"d0548dd0-18f9-4d1b-a059-ae6d0db5aa5a")
    az network vnet update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/virtualNetworks/vnet-legacy --enable-encryption true --encryption-enforcement-policy allowUnencrypted
    az network vnet wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/virtualNetworks/vnet-legacy --updated
    planner_done 1 6 w001-vnet-vnet-legacy-enable-encryption
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 1 7 w001-vnet-vnet-partner-enable-encryption
  then
    # step w001-vnet-vnet-partner-enable-encryption: vnet.enable-encryption /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/virtualNetworks/vnet-partner (expects encryption=disabled, etag=W/"2c79df2d-3b4f-4700-a61d-3bb0e932ccf8")
    az network vnet update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/virtualNetworks/vnet-partner --enable-encryption true --encryption-enforcement-policy allowUnencrypted
    az network vnet wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/virtualNetworks/vnet-partner --updated
    planner_done 1 7 w001-vnet-vnet-partner-enable-encryption
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 1 8 w001-vnet-vnet-shared-enable-encryption
  then
    # step w001-vnet-vnet-shared-enable-encryption: vnet.enable-encryption /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/virtualNetworks/vnet-shared (expects encryption=disabled, etag=W/"7ca2bb60-dc74-4892-9700-925ec0bff637")
    az network vnet update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/virtualNetworks/vnet-shared --enable-encryption true --encryption-enforcement-policy allowUnencrypted
    az network vnet wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/virtualNetworks/vnet-shared --updated
    planner_done 1 8 w001-vnet-vnet-shared-enable-encryption
  fi
) &
planner_job $!
planner_wave_end 1

# === wave 2: 50 VM(s): OUTAGE of availability set avset-payments-web (4 VMs), OUTAGE of availability set avset-legacy (2 VMs), scale set vmss-batch batch 1/4, 43 VM cycles (estimated 7 min) ===
# OUTAGE: every member of availability set /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/availabilitySets/avset-payments-web is down in this wave
# OUTAGE: every member of availability set /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/availabilitySets/avset-legacy is down in this wave
planner_wave 2 6 11 w002-vm-vm-payments-001-deallocate
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  (
    trap planner_failed_step ERR
    if planner_begin 2 11 w002-vm-vm-payments-001-deallocate
    then
      # step w002-vm-vm-payments-001-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-001 (expects etag="14", power_state=running, size=Standard_D4s_v5)
      planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-001
      az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-001
      az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
      planner_done 2 11 w002-vm-vm-payments-001-deallocate
    fi
  ) &
  planner_job $!
  (
    trap planner_failed_step ERR
    if planner_begin 2 12 w002-vm-vm-payments-002-deallocate
    then
      # step w002-vm-vm-payments-002-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-002 (expects etag="23", power_state=running, size=Standard_D4s_v5)
      planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-002
      az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-002
      az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
      planner_done 2 12 w002-vm-vm-payments-002-deallocate
    fi
  ) &
  planner_job $!
  (
    trap planner_failed_step ERR
    if planner_begin 2 13 w002-vm-vm-payments-003-deallocate
    then
      # step w002-vm-vm-payments-003-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-003 (expects etag="23", power_state=running, size=Standard_D4s_v5)
      planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-003
      az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-003
      az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
      planner_done 2 13 w002-vm-vm-payments-003-deallocate
    fi
  ) &
  planner_job $!
  (
    trap planner_failed_step ERR
    if planner_begin 2 14 w002-vm-vm-payments-004-deallocate
    then
      # step w002-vm-vm-payments-004-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-004 (expects etag="28", power_state=running, size=Standard_D4s_v5)
      planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-004
      az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-004
      az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
      planner_done 2 14 w002-vm-vm-payments-004-deallocate
    fi
  ) &
  planner_job $!
  planner_wait_jobs || exit 1
  if planner_begin 2 15 w002-nic-vm-payments-003-nic0-accelerated-networking
  then
    # step w002-nic-vm-payments-003-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-003-nic0 (expects accelerated_networking=False, etag=W/"654c71da-9a2c-451e-ad44-952eb1a8cff8")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-003-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-003-nic0 --updated
    planner_done 2 15 w002-nic-vm-payments-003-nic0-accelerated-networking
  fi
  (
    trap planner_failed_step ERR
    if planner_begin 2 16 w002-vm-vm-payments-001-start
    then
      # step w002-vm-vm-payments-001-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-001 (expects power_state=deallocated, size=Standard_D4s_v5)
      az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-001
      az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
      planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-001
      planner_done 2 16 w002-vm-vm-payments-001-start
    fi
  ) &
  planner_job $!
  (
    trap planner_failed_step ERR
    if planner_begin 2 17 w002-vm-vm-payments-002-start
    then
      # step w002-vm-vm-payments-002-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-002 (expects power_state=deallocated, size=Standard_D4s_v5)
      az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-002
      az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
      planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-002
      planner_done 2 17 w002-vm-vm-payments-002-start
    fi
  ) &
  planner_job $!
  (
    trap planner_failed_step ERR
    if planner_begin 2 18 w002-vm-vm-payments-003-start
    then
      # step w002-vm-vm-payments-003-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-003 (expects power_state=deallocated, size=Standard_D4s_v5)
      az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-003
      az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
      planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-003
      planner_done 2 18 w002-vm-vm-payments-003-start
    fi
  ) &
  planner_job $!
  (
    trap planner_failed_step ERR
    if planner_begin 2 19 w002-vm-vm-payments-004-start
    then
      # step w002-vm-vm-payments-004-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-004 (expects power_state=deallocated, size=Standard_D4s_v5)
      az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-004
      az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
      planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-004
      planner_done 2 19 w002-vm-vm-payments-004-start
    fi
  ) &
  planner_job $!
  planner_wait_jobs || exit 1
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 20 w002-vm-vm-legacy-001-deallocate
  then
    # step w002-vm-vm-legacy-001-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001 (expects etag="21", power_state=running, size=Standard_DS2_v2)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 20 w002-vm-vm-legacy-001-deallocate
  fi
  (
    trap planner_failed_step ERR
    if planner_begin 2 21 w002-vm-vm-legacy-001-resize
    then
      # step w002-vm-vm-legacy-001-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001 (expects power_state=deallocated, size=Standard_DS2_v2)
      az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001 --size Standard_D2ds_v5
      az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001 --updated
      planner_done 2 21 w002-vm-vm-legacy-001-resize
    fi
  ) &
  planner_job $!
  (
    trap planner_failed_step ERR
    if planner_begin 2 23 w002-vm-vm-legacy-002-resize
    then
      # step w002-vm-vm-legacy-002-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-002 (expects etag="9", power_state=deallocated, size=Standard_DS2_v2)
      az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-002 --size Standard_D2ds_v5
      az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-002 --updated
      planner_done 2 23 w002-vm-vm-legacy-002-resize
    fi
  ) &
  planner_job $!
  planner_wait_jobs || exit 1
  (
    trap planner_failed_step ERR
    if planner_begin 2 22 w002-nic-vm-legacy-001-nic0-accelerated-networking
    then
      # step w002-nic-vm-legacy-001-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-001-nic0 (expects accelerated_networking=False, etag=W/"fa329a26-4652-457a-a0a0-238b16d945b7")
      az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-001-nic0 --accelerated-networking true
      az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-001-nic0 --updated
      planner_done 2 22 w002-nic-vm-legacy-001-nic0-accelerated-networking
    fi
  ) &
  planner_job $!
  (
    trap planner_failed_step ERR
    if planner_begin 2 24 w002-nic-vm-legacy-002-nic0-accelerated-networking
    then
      # step w002-nic-vm-legacy-002-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-002-nic0 (expects accelerated_networking=False, etag=W/"1ea2ac5d-b22a-45a8-92f9-9721f3306370")
      az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-002-nic0 --accelerated-networking true
      az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-002-nic0 --updated
      planner_done 2 24 w002-nic-vm-legacy-002-nic0-accelerated-networking
    fi
  ) &
  planner_job $!
  planner_wait_jobs || exit 1
  if planner_begin 2 25 w002-vm-vm-legacy-001-start
  then
    # step w002-vm-vm-legacy-001-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-001
    planner_done 2 25 w002-vm-vm-legacy-001-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 26 w002-vmss-vmss-batch-update-model
  then
    # step w002-vmss-vmss-batch-update-model: vmss.update-model /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=False, capacity=4, size=Standard_F4s_v2)
    sets=(sku.name=Standard_D4lds_v5)
    n=$(az vmss show --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --query 'length(virtualMachineProfile.networkProfile.networkInterfaceConfigurations)' -o tsv)
    for ((i = 0; i < n; i++)); do sets+=("virtualMachineProfile.networkProfile.networkInterfaceConfigurations[$i].enableAcceleratedNetworking=true"); done
    az vmss update --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --set "${sets[@]}"
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 2 26 w002-vmss-vmss-batch-update-model
  fi
  if planner_begin 2 27 w002-vmss-vmss-batch-deallocate-1-of-4
  then
    # step w002-vmss-vmss-batch-deallocate-1-of-4: vmss.deallocate-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(az vmss list-instances --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --expand instanceView --query '[].[instanceId, instanceView.statuses[?starts_with(code, `"PowerState/"`)].code | [0]]' -o tsv | planner_batch_take vmss-12f27e84847c 1 1 /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch)
    if [ -n "$ids" ]; then az vmss deallocate --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 2 27 w002-vmss-vmss-batch-deallocate-1-of-4
  fi
  if planner_begin 2 28 w002-vmss-vmss-batch-upgrade-1-of-4
  then
    # step w002-vmss-vmss-batch-upgrade-1-of-4: vmss.upgrade-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(planner_batch_ids vmss-12f27e84847c 1)
    if [ -n "$ids" ]; then az vmss update-instances --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 2 28 w002-vmss-vmss-batch-upgrade-1-of-4
  fi
  if planner_begin 2 29 w002-vmss-vmss-batch-start-1-of-4
  then
    # step w002-vmss-vmss-batch-start-1-of-4: vmss.start-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(planner_batch_ids vmss-12f27e84847c 1 running)
    if [ -n "$ids" ]; then az vmss start --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_batch_up vmss-12f27e84847c 1 /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch
    planner_done 2 29 w002-vmss-vmss-batch-start-1-of-4
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 30 w002-vm-vm-aks-001-deallocate
  then
    # step w002-vm-vm-aks-001-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-001 (expects etag="38", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-001
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-001
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 30 w002-vm-vm-aks-001-deallocate
  fi
  if planner_begin 2 31 w002-vm-vm-aks-001-start
  then
    # step w002-vm-vm-aks-001-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-001 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-001
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-001
    planner_done 2 31 w002-vm-vm-aks-001-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 32 w002-vm-vm-aks-002-deallocate
  then
    # step w002-vm-vm-aks-002-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002 (expects etag="25", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 32 w002-vm-vm-aks-002-deallocate
  fi
  if planner_begin 2 33 w002-vm-vm-aks-002-resize
  then
    # step w002-vm-vm-aks-002-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002 --updated
    planner_done 2 33 w002-vm-vm-aks-002-resize
  fi
  if planner_begin 2 34 w002-vm-vm-aks-002-start
  then
    # step w002-vm-vm-aks-002-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-002
    planner_done 2 34 w002-vm-vm-aks-002-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 35 w002-vm-vm-aks-003-deallocate
  then
    # step w002-vm-vm-aks-003-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-003 (expects etag="36", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-003
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-003
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 35 w002-vm-vm-aks-003-deallocate
  fi
  if planner_begin 2 36 w002-vm-vm-aks-003-start
  then
    # step w002-vm-vm-aks-003-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-003 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-003
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-003
    planner_done 2 36 w002-vm-vm-aks-003-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 37 w002-vm-vm-aks-004-deallocate
  then
    # step w002-vm-vm-aks-004-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004 (expects etag="22", power_state=running, size=Standard_B2ms)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 37 w002-vm-vm-aks-004-deallocate
  fi
  if planner_begin 2 38 w002-vm-vm-aks-004-resize
  then
    # step w002-vm-vm-aks-004-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004 (expects power_state=deallocated, size=Standard_B2ms)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004 --size Standard_D8ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004 --updated
    planner_done 2 38 w002-vm-vm-aks-004-resize
  fi
  if planner_begin 2 39 w002-nic-vm-aks-004-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-004-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic0 (expects accelerated_networking=False, etag=W/"f51b9f61-ef16-4f4a-bdc6-6cdc65a3da81")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic0 --updated
    planner_done 2 39 w002-nic-vm-aks-004-nic0-accelerated-networking
  fi
  if planner_begin 2 40 w002-nic-vm-aks-004-nic1-accelerated-networking
  then
    # step w002-nic-vm-aks-004-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic1 (expects accelerated_networking=False, etag=W/"3f3f7a13-ea13-4a78-85c7-d65090940c6b")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic1 --updated
    planner_done 2 40 w002-nic-vm-aks-004-nic1-accelerated-networking
  fi
  if planner_begin 2 41 w002-nic-vm-aks-004-nic2-accelerated-networking
  then
    # step w002-nic-vm-aks-004-nic2-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic2 (expects accelerated_networking=False, etag=W/"e35292ae-7115-4caf-9486-47642ba4b397")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic2 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-004-nic2 --updated
    planner_done 2 41 w002-nic-vm-aks-004-nic2-accelerated-networking
  fi
  if planner_begin 2 42 w002-vm-vm-aks-004-start
  then
    # step w002-vm-vm-aks-004-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004 (expects power_state=deallocated, size=Standard_D8ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-004
    planner_done 2 42 w002-vm-vm-aks-004-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 43 w002-vm-vm-aks-005-deallocate
  then
    # step w002-vm-vm-aks-005-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-005 (expects etag="21", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-005
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 43 w002-vm-vm-aks-005-deallocate
  fi
  if planner_begin 2 44 w002-nic-vm-aks-005-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-005-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-005-nic0 (expects accelerated_networking=False, etag=W/"cae27e4f-7309-4e3c-afe6-e43a588f4ce6")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-005-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-005-nic0 --updated
    planner_done 2 44 w002-nic-vm-aks-005-nic0-accelerated-networking
  fi
  if planner_begin 2 45 w002-vm-vm-aks-005-start
  then
    # step w002-vm-vm-aks-005-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-005 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-005
    planner_done 2 45 w002-vm-vm-aks-005-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 46 w002-vm-vm-aks-006-deallocate
  then
    # step w002-vm-vm-aks-006-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006 (expects etag="19", power_state=running, size=Standard_E8s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 46 w002-vm-vm-aks-006-deallocate
  fi
  if planner_begin 2 47 w002-vm-vm-aks-006-resize
  then
    # step w002-vm-vm-aks-006-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006 (expects power_state=deallocated, size=Standard_E8s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006 --size Standard_E8ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006 --updated
    planner_done 2 47 w002-vm-vm-aks-006-resize
  fi
  if planner_begin 2 48 w002-vm-vm-aks-006-start
  then
    # step w002-vm-vm-aks-006-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006 (expects power_state=deallocated, size=Standard_E8ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-006
    planner_done 2 48 w002-vm-vm-aks-006-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 49 w002-vm-vm-aks-007-deallocate
  then
    # step w002-vm-vm-aks-007-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-007 (expects etag="25", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-007
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-007
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 49 w002-vm-vm-aks-007-deallocate
  fi
  if planner_begin 2 50 w002-nic-vm-aks-007-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-007-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-007-nic0 (expects accelerated_networking=False, etag=W/"39b29aed-3456-4ed0-b5cd-b6ef711b6812")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-007-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-007-nic0 --updated
    planner_done 2 50 w002-nic-vm-aks-007-nic0-accelerated-networking
  fi
  if planner_begin 2 51 w002-vm-vm-aks-007-start
  then
    # step w002-vm-vm-aks-007-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-007 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-007
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-007
    planner_done 2 51 w002-vm-vm-aks-007-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 52 w002-vm-vm-aks-008-deallocate
  then
    # step w002-vm-vm-aks-008-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-008 (expects etag="16", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-008
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 52 w002-vm-vm-aks-008-deallocate
  fi
  if planner_begin 2 53 w002-nic-vm-aks-008-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-008-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-008-nic0 (expects accelerated_networking=False, etag=W/"94edcc3c-fc9d-4e32-b71d-2c82df6b64d8")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-008-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-008-nic0 --updated
    planner_done 2 53 w002-nic-vm-aks-008-nic0-accelerated-networking
  fi
  if planner_begin 2 54 w002-vm-vm-aks-008-start
  then
    # step w002-vm-vm-aks-008-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-008 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-008
    planner_done 2 54 w002-vm-vm-aks-008-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 55 w002-vm-vm-aks-009-deallocate
  then
    # step w002-vm-vm-aks-009-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009 (expects etag="13", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 55 w002-vm-vm-aks-009-deallocate
  fi
  if planner_begin 2 56 w002-vm-vm-aks-009-resize
  then
    # step w002-vm-vm-aks-009-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009 --updated
    planner_done 2 56 w002-vm-vm-aks-009-resize
  fi
  if planner_begin 2 57 w002-vm-vm-aks-009-start
  then
    # step w002-vm-vm-aks-009-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-009
    planner_done 2 57 w002-vm-vm-aks-009-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 58 w002-vm-vm-aks-010-deallocate
  then
    # step w002-vm-vm-aks-010-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-010 (expects etag="5", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-010
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-010
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 58 w002-vm-vm-aks-010-deallocate
  fi
  if planner_begin 2 59 w002-vm-vm-aks-010-start
  then
    # step w002-vm-vm-aks-010-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-010 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-010
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-010
    planner_done 2 59 w002-vm-vm-aks-010-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 60 w002-vm-vm-aks-011-deallocate
  then
    # step w002-vm-vm-aks-011-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-011 (expects etag="8", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-011
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 60 w002-vm-vm-aks-011-deallocate
  fi
  if planner_begin 2 61 w002-nic-vm-aks-011-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-011-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-011-nic0 (expects accelerated_networking=False, etag=W/"c853e3af-bdff-40e8-a42e-b6b89c6187be")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-011-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-011-nic0 --updated
    planner_done 2 61 w002-nic-vm-aks-011-nic0-accelerated-networking
  fi
  if planner_begin 2 62 w002-vm-vm-aks-011-start
  then
    # step w002-vm-vm-aks-011-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-011 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-011
    planner_done 2 62 w002-vm-vm-aks-011-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 63 w002-vm-vm-aks-012-deallocate
  then
    # step w002-vm-vm-aks-012-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-012 (expects etag="16", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-012
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-012
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 63 w002-vm-vm-aks-012-deallocate
  fi
  if planner_begin 2 64 w002-nic-vm-aks-012-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-012-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-012-nic0 (expects accelerated_networking=False, etag=W/"5e179adf-6a76-4d27-8a7b-1c5b08868f58")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-012-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-012-nic0 --updated
    planner_done 2 64 w002-nic-vm-aks-012-nic0-accelerated-networking
  fi
  if planner_begin 2 65 w002-vm-vm-aks-012-start
  then
    # step w002-vm-vm-aks-012-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-012 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-012
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-012
    planner_done 2 65 w002-vm-vm-aks-012-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 66 w002-vm-vm-aks-013-deallocate
  then
    # step w002-vm-vm-aks-013-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013 (expects etag="28", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 66 w002-vm-vm-aks-013-deallocate
  fi
  if planner_begin 2 67 w002-vm-vm-aks-013-resize
  then
    # step w002-vm-vm-aks-013-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013 --updated
    planner_done 2 67 w002-vm-vm-aks-013-resize
  fi
  if planner_begin 2 68 w002-nic-vm-aks-013-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-013-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-013-nic0 (expects accelerated_networking=False, etag=W/"2151cf54-4d38-48fb-bbca-7cd025008b89")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-013-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-013-nic0 --updated
    planner_done 2 68 w002-nic-vm-aks-013-nic0-accelerated-networking
  fi
  if planner_begin 2 69 w002-vm-vm-aks-013-start
  then
    # step w002-vm-vm-aks-013-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-013
    planner_done 2 69 w002-vm-vm-aks-013-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 70 w002-vm-vm-aks-014-deallocate
  then
    # step w002-vm-vm-aks-014-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-014 (expects etag="18", power_state=running, size=Standard_D4as_v4)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-014
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-014
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 70 w002-vm-vm-aks-014-deallocate
  fi
  if planner_begin 2 71 w002-vm-vm-aks-014-start
  then
    # step w002-vm-vm-aks-014-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-014 (expects power_state=deallocated, size=Standard_D4as_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-014
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-014
    planner_done 2 71 w002-vm-vm-aks-014-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 72 w002-vm-vm-aks-015-deallocate
  then
    # step w002-vm-vm-aks-015-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015 (expects etag="16", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 72 w002-vm-vm-aks-015-deallocate
  fi
  if planner_begin 2 73 w002-vm-vm-aks-015-resize
  then
    # step w002-vm-vm-aks-015-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015 --updated
    planner_done 2 73 w002-vm-vm-aks-015-resize
  fi
  if planner_begin 2 74 w002-vm-vm-aks-015-start
  then
    # step w002-vm-vm-aks-015-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-015
    planner_done 2 74 w002-vm-vm-aks-015-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 75 w002-vm-vm-aks-016-resize
  then
    # step w002-vm-vm-aks-016-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-016 (expects etag="30", power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-016 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-016 --updated
    planner_done 2 75 w002-vm-vm-aks-016-resize
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 76 w002-vm-vm-aks-017-deallocate
  then
    # step w002-vm-vm-aks-017-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017 (expects etag="20", power_state=running, size=Standard_B2ms)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 76 w002-vm-vm-aks-017-deallocate
  fi
  if planner_begin 2 77 w002-vm-vm-aks-017-resize
  then
    # step w002-vm-vm-aks-017-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017 (expects power_state=deallocated, size=Standard_B2ms)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017 --size Standard_D2ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017 --updated
    planner_done 2 77 w002-vm-vm-aks-017-resize
  fi
  if planner_begin 2 78 w002-nic-vm-aks-017-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-017-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-017-nic0 (expects accelerated_networking=False, etag=W/"681bd506-baaf-4494-b071-672deae87d87")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-017-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-017-nic0 --updated
    planner_done 2 78 w002-nic-vm-aks-017-nic0-accelerated-networking
  fi
  if planner_begin 2 79 w002-nic-vm-aks-017-nic1-accelerated-networking
  then
    # step w002-nic-vm-aks-017-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-017-nic1 (expects accelerated_networking=False, etag=W/"b52532b9-17d3-490e-a11a-529548f795ec")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-017-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-017-nic1 --updated
    planner_done 2 79 w002-nic-vm-aks-017-nic1-accelerated-networking
  fi
  if planner_begin 2 80 w002-vm-vm-aks-017-start
  then
    # step w002-vm-vm-aks-017-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017 (expects power_state=deallocated, size=Standard_D2ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-017
    planner_done 2 80 w002-vm-vm-aks-017-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 81 w002-vm-vm-aks-018-deallocate
  then
    # step w002-vm-vm-aks-018-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-018 (expects etag="7", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-018
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 81 w002-vm-vm-aks-018-deallocate
  fi
  if planner_begin 2 82 w002-nic-vm-aks-018-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-018-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-018-nic0 (expects accelerated_networking=False, etag=W/"bda1cf00-9b11-4382-b50a-e1247bf10a23")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-018-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-018-nic0 --updated
    planner_done 2 82 w002-nic-vm-aks-018-nic0-accelerated-networking
  fi
  if planner_begin 2 83 w002-nic-vm-aks-018-nic1-accelerated-networking
  then
    # step w002-nic-vm-aks-018-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-018-nic1 (expects accelerated_networking=False, etag=W/"395c3035-fb65-40c7-befa-a9771023c302")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-018-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-018-nic1 --updated
    planner_done 2 83 w002-nic-vm-aks-018-nic1-accelerated-networking
  fi
  if planner_begin 2 84 w002-vm-vm-aks-018-start
  then
    # step w002-vm-vm-aks-018-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-018 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-018
    planner_done 2 84 w002-vm-vm-aks-018-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 85 w002-vm-vm-aks-020-deallocate
  then
    # step w002-vm-vm-aks-020-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-020 (expects etag="30", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-020
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-020
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 85 w002-vm-vm-aks-020-deallocate
  fi
  if planner_begin 2 86 w002-vm-vm-aks-020-start
  then
    # step w002-vm-vm-aks-020-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-020 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-020
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-020
    planner_done 2 86 w002-vm-vm-aks-020-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 87 w002-vm-vm-aks-021-deallocate
  then
    # step w002-vm-vm-aks-021-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-021 (expects etag="28", power_state=running, size=Standard_D4as_v4)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-021
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-021
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 87 w002-vm-vm-aks-021-deallocate
  fi
  if planner_begin 2 88 w002-nic-vm-aks-021-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-021-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-021-nic0 (expects accelerated_networking=False, etag=W/"d4a46cf4-ac67-4620-b85a-c017995c112d")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-021-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-021-nic0 --updated
    planner_done 2 88 w002-nic-vm-aks-021-nic0-accelerated-networking
  fi
  if planner_begin 2 89 w002-vm-vm-aks-021-start
  then
    # step w002-vm-vm-aks-021-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-021 (expects power_state=deallocated, size=Standard_D4as_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-021
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-021
    planner_done 2 89 w002-vm-vm-aks-021-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 90 w002-vm-vm-aks-022-deallocate
  then
    # step w002-vm-vm-aks-022-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022 (expects etag="27", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 90 w002-vm-vm-aks-022-deallocate
  fi
  if planner_begin 2 91 w002-vm-vm-aks-022-resize
  then
    # step w002-vm-vm-aks-022-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022 --size Standard_D2ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022 --updated
    planner_done 2 91 w002-vm-vm-aks-022-resize
  fi
  if planner_begin 2 92 w002-vm-vm-aks-022-start
  then
    # step w002-vm-vm-aks-022-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022 (expects power_state=deallocated, size=Standard_D2ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-022
    planner_done 2 92 w002-vm-vm-aks-022-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 93 w002-vm-vm-aks-023-deallocate
  then
    # step w002-vm-vm-aks-023-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-023 (expects etag="11", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-023
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-023
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 93 w002-vm-vm-aks-023-deallocate
  fi
  if planner_begin 2 94 w002-nic-vm-aks-023-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-023-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-023-nic0 (expects accelerated_networking=False, etag=W/"2feeed30-b068-47e5-91e6-97b4c9050c8e")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-023-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-023-nic0 --updated
    planner_done 2 94 w002-nic-vm-aks-023-nic0-accelerated-networking
  fi
  if planner_begin 2 95 w002-vm-vm-aks-023-start
  then
    # step w002-vm-vm-aks-023-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-023 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-023
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-023
    planner_done 2 95 w002-vm-vm-aks-023-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 96 w002-vm-vm-aks-024-deallocate
  then
    # step w002-vm-vm-aks-024-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-024 (expects etag="12", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-024
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 96 w002-vm-vm-aks-024-deallocate
  fi
  if planner_begin 2 97 w002-nic-vm-aks-024-nic0-accelerated-networking
  then
    # step w002-nic-vm-aks-024-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic0 (expects accelerated_networking=False, etag=W/"55d1564d-c2e5-4208-b6ad-d5d824c9cdee")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic0 --updated
    planner_done 2 97 w002-nic-vm-aks-024-nic0-accelerated-networking
  fi
  if planner_begin 2 98 w002-nic-vm-aks-024-nic1-accelerated-networking
  then
    # step w002-nic-vm-aks-024-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic1 (expects accelerated_networking=False, etag=W/"0bbd1349-5031-4bcc-bd55-e0a77041ef79")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic1 --updated
    planner_done 2 98 w002-nic-vm-aks-024-nic1-accelerated-networking
  fi
  if planner_begin 2 99 w002-nic-vm-aks-024-nic2-accelerated-networking
  then
    # step w002-nic-vm-aks-024-nic2-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic2 (expects accelerated_networking=False, etag=W/"cdbf69b5-1f79-4010-a54c-38d40fc7019a")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic2 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Network/networkInterfaces/vm-aks-024-nic2 --updated
    planner_done 2 99 w002-nic-vm-aks-024-nic2-accelerated-networking
  fi
  if planner_begin 2 100 w002-vm-vm-aks-024-start
  then
    # step w002-vm-vm-aks-024-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-024 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-024
    planner_done 2 100 w002-vm-vm-aks-024-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 101 w002-vm-vm-aks-025-deallocate
  then
    # step w002-vm-vm-aks-025-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-025 (expects etag="9", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-025
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 101 w002-vm-vm-aks-025-deallocate
  fi
  if planner_begin 2 102 w002-vm-vm-aks-025-start
  then
    # step w002-vm-vm-aks-025-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-025 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-aks/providers/Microsoft.Compute/virtualMachines/vm-aks-025
    planner_done 2 102 w002-vm-vm-aks-025-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 103 w002-vm-vm-batch-001-deallocate
  then
    # step w002-vm-vm-batch-001-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001 (expects etag="36", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 103 w002-vm-vm-batch-001-deallocate
  fi
  if planner_begin 2 104 w002-vm-vm-batch-001-resize
  then
    # step w002-vm-vm-batch-001-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001 --updated
    planner_done 2 104 w002-vm-vm-batch-001-resize
  fi
  if planner_begin 2 105 w002-nic-vm-batch-001-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-001-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-001-nic0 (expects accelerated_networking=False, etag=W/"961fb543-16f6-4c54-a886-8888f9005001")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-001-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-001-nic0 --updated
    planner_done 2 105 w002-nic-vm-batch-001-nic0-accelerated-networking
  fi
  if planner_begin 2 106 w002-vm-vm-batch-001-start
  then
    # step w002-vm-vm-batch-001-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-001
    planner_done 2 106 w002-vm-vm-batch-001-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 107 w002-vm-vm-batch-002-deallocate
  then
    # step w002-vm-vm-batch-002-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002 (expects etag="7", power_state=running, size=Standard_B2ms)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 107 w002-vm-vm-batch-002-deallocate
  fi
  if planner_begin 2 108 w002-vm-vm-batch-002-resize
  then
    # step w002-vm-vm-batch-002-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002 (expects power_state=deallocated, size=Standard_B2ms)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002 --updated
    planner_done 2 108 w002-vm-vm-batch-002-resize
  fi
  if planner_begin 2 109 w002-nic-vm-batch-002-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-002-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-002-nic0 (expects accelerated_networking=False, etag=W/"c1d92866-69f3-411d-a6c8-bbf075d5e850")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-002-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-002-nic0 --updated
    planner_done 2 109 w002-nic-vm-batch-002-nic0-accelerated-networking
  fi
  if planner_begin 2 110 w002-vm-vm-batch-002-start
  then
    # step w002-vm-vm-batch-002-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-002
    planner_done 2 110 w002-vm-vm-batch-002-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 111 w002-vm-vm-batch-003-deallocate
  then
    # step w002-vm-vm-batch-003-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-003 (expects etag="35", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-003
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-003
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 111 w002-vm-vm-batch-003-deallocate
  fi
  if planner_begin 2 112 w002-vm-vm-batch-003-start
  then
    # step w002-vm-vm-batch-003-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-003 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-003
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-003
    planner_done 2 112 w002-vm-vm-batch-003-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 113 w002-vm-vm-batch-004-deallocate
  then
    # step w002-vm-vm-batch-004-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004 (expects etag="28", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 113 w002-vm-vm-batch-004-deallocate
  fi
  if planner_begin 2 114 w002-vm-vm-batch-004-resize
  then
    # step w002-vm-vm-batch-004-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004 --updated
    planner_done 2 114 w002-vm-vm-batch-004-resize
  fi
  if planner_begin 2 115 w002-nic-vm-batch-004-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-004-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-004-nic0 (expects accelerated_networking=False, etag=W/"34e17d5e-947b-4066-b071-3bd63892c9a6")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-004-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-004-nic0 --updated
    planner_done 2 115 w002-nic-vm-batch-004-nic0-accelerated-networking
  fi
  if planner_begin 2 116 w002-vm-vm-batch-004-start
  then
    # step w002-vm-vm-batch-004-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-004
    planner_done 2 116 w002-vm-vm-batch-004-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 117 w002-vm-vm-batch-005-deallocate
  then
    # step w002-vm-vm-batch-005-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-005 (expects etag="30", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-005
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 117 w002-vm-vm-batch-005-deallocate
  fi
  if planner_begin 2 118 w002-nic-vm-batch-005-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-005-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-005-nic0 (expects accelerated_networking=False, etag=W/"8ebd52f1-37ce-4f5a-835e-d0cb4de305f4")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-005-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-005-nic0 --updated
    planner_done 2 118 w002-nic-vm-batch-005-nic0-accelerated-networking
  fi
  if planner_begin 2 119 w002-vm-vm-batch-005-start
  then
    # step w002-vm-vm-batch-005-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-005 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-005
    planner_done 2 119 w002-vm-vm-batch-005-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 120 w002-vm-vm-batch-006-deallocate
  then
    # step w002-vm-vm-batch-006-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006 (expects etag="31", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 120 w002-vm-vm-batch-006-deallocate
  fi
  if planner_begin 2 121 w002-vm-vm-batch-006-resize
  then
    # step w002-vm-vm-batch-006-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006 --updated
    planner_done 2 121 w002-vm-vm-batch-006-resize
  fi
  if planner_begin 2 122 w002-vm-vm-batch-006-start
  then
    # step w002-vm-vm-batch-006-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-006
    planner_done 2 122 w002-vm-vm-batch-006-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 123 w002-vm-vm-batch-007-deallocate
  then
    # step w002-vm-vm-batch-007-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-007 (expects etag="3", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-007
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-007
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 123 w002-vm-vm-batch-007-deallocate
  fi
  if planner_begin 2 124 w002-nic-vm-batch-007-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-007-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-007-nic0 (expects accelerated_networking=False, etag=W/"993e151b-6ee1-446c-8203-7b520937a516")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-007-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-007-nic0 --updated
    planner_done 2 124 w002-nic-vm-batch-007-nic0-accelerated-networking
  fi
  if planner_begin 2 125 w002-nic-vm-batch-007-nic1-accelerated-networking
  then
    # step w002-nic-vm-batch-007-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-007-nic1 (expects accelerated_networking=False, etag=W/"d7ee4821-8544-41ab-8533-cd55fca7bcee")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-007-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-007-nic1 --updated
    planner_done 2 125 w002-nic-vm-batch-007-nic1-accelerated-networking
  fi
  if planner_begin 2 126 w002-vm-vm-batch-007-start
  then
    # step w002-vm-vm-batch-007-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-007 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-007
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-007
    planner_done 2 126 w002-vm-vm-batch-007-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 127 w002-vm-vm-batch-008-deallocate
  then
    # step w002-vm-vm-batch-008-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-008 (expects etag="26", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-008
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 127 w002-vm-vm-batch-008-deallocate
  fi
  if planner_begin 2 128 w002-vm-vm-batch-008-start
  then
    # step w002-vm-vm-batch-008-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-008 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-008
    planner_done 2 128 w002-vm-vm-batch-008-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 129 w002-vm-vm-batch-009-deallocate
  then
    # step w002-vm-vm-batch-009-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009 (expects etag="10", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 129 w002-vm-vm-batch-009-deallocate
  fi
  if planner_begin 2 130 w002-vm-vm-batch-009-resize
  then
    # step w002-vm-vm-batch-009-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009 --updated
    planner_done 2 130 w002-vm-vm-batch-009-resize
  fi
  if planner_begin 2 131 w002-nic-vm-batch-009-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-009-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-009-nic0 (expects accelerated_networking=False, etag=W/"6bbc98eb-5f0f-421f-b07e-ecf936874310")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-009-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-009-nic0 --updated
    planner_done 2 131 w002-nic-vm-batch-009-nic0-accelerated-networking
  fi
  if planner_begin 2 132 w002-nic-vm-batch-009-nic1-accelerated-networking
  then
    # step w002-nic-vm-batch-009-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-009-nic1 (expects accelerated_networking=False, etag=W/"fa300769-402d-411b-b2ba-565791dd4881")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-009-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-009-nic1 --updated
    planner_done 2 132 w002-nic-vm-batch-009-nic1-accelerated-networking
  fi
  if planner_begin 2 133 w002-vm-vm-batch-009-start
  then
    # step w002-vm-vm-batch-009-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-009
    planner_done 2 133 w002-vm-vm-batch-009-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 134 w002-vm-vm-batch-010-deallocate
  then
    # step w002-vm-vm-batch-010-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-010 (expects etag="17", power_state=running, size=Standard_D4as_v4)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-010
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-010
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 134 w002-vm-vm-batch-010-deallocate
  fi
  if planner_begin 2 135 w002-nic-vm-batch-010-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-010-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-010-nic0 (expects accelerated_networking=False, etag=W/"810509c0-b9cd-4236-a498-16976ecd440b")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-010-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-010-nic0 --updated
    planner_done 2 135 w002-nic-vm-batch-010-nic0-accelerated-networking
  fi
  if planner_begin 2 136 w002-vm-vm-batch-010-start
  then
    # step w002-vm-vm-batch-010-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-010 (expects power_state=deallocated, size=Standard_D4as_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-010
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-010
    planner_done 2 136 w002-vm-vm-batch-010-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 137 w002-vm-vm-batch-011-deallocate
  then
    # step w002-vm-vm-batch-011-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-011 (expects etag="7", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-011
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 137 w002-vm-vm-batch-011-deallocate
  fi
  if planner_begin 2 138 w002-nic-vm-batch-011-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-011-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-011-nic0 (expects accelerated_networking=False, etag=W/"87ec0bad-3777-4aec-8d98-88c91fffd81a")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-011-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-011-nic0 --updated
    planner_done 2 138 w002-nic-vm-batch-011-nic0-accelerated-networking
  fi
  if planner_begin 2 139 w002-vm-vm-batch-011-start
  then
    # step w002-vm-vm-batch-011-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-011 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-011
    planner_done 2 139 w002-vm-vm-batch-011-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 140 w002-vm-vm-batch-012-deallocate
  then
    # step w002-vm-vm-batch-012-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-012 (expects etag="13", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-012
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-012
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 140 w002-vm-vm-batch-012-deallocate
  fi
  if planner_begin 2 141 w002-vm-vm-batch-012-start
  then
    # step w002-vm-vm-batch-012-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-012 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-012
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-012
    planner_done 2 141 w002-vm-vm-batch-012-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 142 w002-vm-vm-batch-013-deallocate
  then
    # step w002-vm-vm-batch-013-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-013 (expects etag="14", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-013
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-013
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 142 w002-vm-vm-batch-013-deallocate
  fi
  if planner_begin 2 143 w002-nic-vm-batch-013-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-013-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-013-nic0 (expects accelerated_networking=False, etag=W/"f3b3cbbf-c585-4b13-b8a2-d10d042304a6")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-013-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-013-nic0 --updated
    planner_done 2 143 w002-nic-vm-batch-013-nic0-accelerated-networking
  fi
  if planner_begin 2 144 w002-vm-vm-batch-013-start
  then
    # step w002-vm-vm-batch-013-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-013 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-013
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-013
    planner_done 2 144 w002-vm-vm-batch-013-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 145 w002-vm-vm-batch-014-deallocate
  then
    # step w002-vm-vm-batch-014-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014 (expects etag="8", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 145 w002-vm-vm-batch-014-deallocate
  fi
  if planner_begin 2 146 w002-vm-vm-batch-014-resize
  then
    # step w002-vm-vm-batch-014-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014 --updated
    planner_done 2 146 w002-vm-vm-batch-014-resize
  fi
  if planner_begin 2 147 w002-nic-vm-batch-014-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-014-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-014-nic0 (expects accelerated_networking=False, etag=W/"6af61529-5a36-493a-b84b-df8c0e797337")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-014-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-014-nic0 --updated
    planner_done 2 147 w002-nic-vm-batch-014-nic0-accelerated-networking
  fi
  if planner_begin 2 148 w002-vm-vm-batch-014-start
  then
    # step w002-vm-vm-batch-014-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-014
    planner_done 2 148 w002-vm-vm-batch-014-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 149 w002-vm-vm-batch-015-deallocate
  then
    # step w002-vm-vm-batch-015-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-015 (expects etag="24", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-015
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-015
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 149 w002-vm-vm-batch-015-deallocate
  fi
  if planner_begin 2 150 w002-vm-vm-batch-015-start
  then
    # step w002-vm-vm-batch-015-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-015 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-015
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-015
    planner_done 2 150 w002-vm-vm-batch-015-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 151 w002-vm-vm-batch-016-deallocate
  then
    # step w002-vm-vm-batch-016-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-016 (expects etag="14", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-016
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-016
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 151 w002-vm-vm-batch-016-deallocate
  fi
  if planner_begin 2 152 w002-nic-vm-batch-016-nic0-accelerated-networking
  then
    # step w002-nic-vm-batch-016-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-016-nic0 (expects accelerated_networking=False, etag=W/"5c7fbf72-997a-4bb2-9a9e-502c7253b516")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-016-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-016-nic0 --updated
    planner_done 2 152 w002-nic-vm-batch-016-nic0-accelerated-networking
  fi
  if planner_begin 2 153 w002-vm-vm-batch-016-start
  then
    # step w002-vm-vm-batch-016-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-016 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-016
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-016
    planner_done 2 153 w002-vm-vm-batch-016-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 154 w002-vm-vm-batch-018-deallocate
  then
    # step w002-vm-vm-batch-018-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-018 (expects etag="23", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-018
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 154 w002-vm-vm-batch-018-deallocate
  fi
  if planner_begin 2 155 w002-vm-vm-batch-018-start
  then
    # step w002-vm-vm-batch-018-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-018 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-018
    planner_done 2 155 w002-vm-vm-batch-018-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 156 w002-vm-vm-partner-001-deallocate
  then
    # step w002-vm-vm-partner-001-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-001 (expects etag="5", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-001
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-001
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 156 w002-vm-vm-partner-001-deallocate
  fi
  if planner_begin 2 157 w002-vm-vm-partner-001-start
  then
    # step w002-vm-vm-partner-001-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-001 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-001
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-001
    planner_done 2 157 w002-vm-vm-partner-001-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 2 158 w002-vm-vm-partner-004-deallocate
  then
    # step w002-vm-vm-partner-004-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-004 (expects etag="10", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-004
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-004
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 2 158 w002-vm-vm-partner-004-deallocate
  fi
  if planner_begin 2 159 w002-vm-vm-partner-004-start
  then
    # step w002-vm-vm-partner-004-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-004 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-004
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-004
    planner_done 2 159 w002-vm-vm-partner-004-start
  fi
) &
planner_job $!
planner_wave_end 2

# === wave 3: 50 VM(s): scale set vmss-batch batch 2/4, 49 VM cycles (estimated 6 min 30 s) ===
planner_wave 3 6 160 w003-vmss-vmss-batch-deallocate-2-of-4
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 160 w003-vmss-vmss-batch-deallocate-2-of-4
  then
    # step w003-vmss-vmss-batch-deallocate-2-of-4: vmss.deallocate-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(az vmss list-instances --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --expand instanceView --query '[].[instanceId, instanceView.statuses[?starts_with(code, `"PowerState/"`)].code | [0]]' -o tsv | planner_batch_take vmss-12f27e84847c 2 1 /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch)
    if [ -n "$ids" ]; then az vmss deallocate --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 3 160 w003-vmss-vmss-batch-deallocate-2-of-4
  fi
  if planner_begin 3 161 w003-vmss-vmss-batch-upgrade-2-of-4
  then
    # step w003-vmss-vmss-batch-upgrade-2-of-4: vmss.upgrade-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(planner_batch_ids vmss-12f27e84847c 2)
    if [ -n "$ids" ]; then az vmss update-instances --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 3 161 w003-vmss-vmss-batch-upgrade-2-of-4
  fi
  if planner_begin 3 162 w003-vmss-vmss-batch-start-2-of-4
  then
    # step w003-vmss-vmss-batch-start-2-of-4: vmss.start-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(planner_batch_ids vmss-12f27e84847c 2 running)
    if [ -n "$ids" ]; then az vmss start --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_batch_up vmss-12f27e84847c 2 /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch
    planner_done 3 162 w003-vmss-vmss-batch-start-2-of-4
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 163 w003-vm-vm-batch-019-deallocate
  then
    # step w003-vm-vm-batch-019-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019 (expects etag="24", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 163 w003-vm-vm-batch-019-deallocate
  fi
  if planner_begin 3 164 w003-vm-vm-batch-019-resize
  then
    # step w003-vm-vm-batch-019-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019 --updated
    planner_done 3 164 w003-vm-vm-batch-019-resize
  fi
  if planner_begin 3 165 w003-nic-vm-batch-019-nic0-accelerated-networking
  then
    # step w003-nic-vm-batch-019-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-019-nic0 (expects accelerated_networking=False, etag=W/"3e57b4f8-7946-41e1-8ff1-7813792cf14c")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-019-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-019-nic0 --updated
    planner_done 3 165 w003-nic-vm-batch-019-nic0-accelerated-networking
  fi
  if planner_begin 3 166 w003-vm-vm-batch-019-start
  then
    # step w003-vm-vm-batch-019-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-019
    planner_done 3 166 w003-vm-vm-batch-019-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 167 w003-vm-vm-batch-020-deallocate
  then
    # step w003-vm-vm-batch-020-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-020 (expects etag="22", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-020
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-020
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 167 w003-vm-vm-batch-020-deallocate
  fi
  if planner_begin 3 168 w003-vm-vm-batch-020-start
  then
    # step w003-vm-vm-batch-020-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-020 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-020
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-020
    planner_done 3 168 w003-vm-vm-batch-020-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 169 w003-vm-vm-batch-021-deallocate
  then
    # step w003-vm-vm-batch-021-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-021 (expects etag="19", power_state=stopped, size=Standard_D2s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-021
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-021
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 169 w003-vm-vm-batch-021-deallocate
  fi
  if planner_begin 3 170 w003-vm-vm-batch-021-resize
  then
    # step w003-vm-vm-batch-021-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-021 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-021 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-021 --updated
    planner_done 3 170 w003-vm-vm-batch-021-resize
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 171 w003-vm-vm-batch-022-deallocate
  then
    # step w003-vm-vm-batch-022-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022 (expects etag="8", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 171 w003-vm-vm-batch-022-deallocate
  fi
  if planner_begin 3 172 w003-vm-vm-batch-022-resize
  then
    # step w003-vm-vm-batch-022-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022 --updated
    planner_done 3 172 w003-vm-vm-batch-022-resize
  fi
  if planner_begin 3 173 w003-nic-vm-batch-022-nic0-accelerated-networking
  then
    # step w003-nic-vm-batch-022-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-022-nic0 (expects accelerated_networking=False, etag=W/"9b4cae1d-958e-4746-9724-919170b4f159")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-022-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-022-nic0 --updated
    planner_done 3 173 w003-nic-vm-batch-022-nic0-accelerated-networking
  fi
  if planner_begin 3 174 w003-vm-vm-batch-022-start
  then
    # step w003-vm-vm-batch-022-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-022
    planner_done 3 174 w003-vm-vm-batch-022-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 175 w003-vm-vm-batch-023-deallocate
  then
    # step w003-vm-vm-batch-023-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023 (expects etag="21", power_state=running, size=Standard_E8s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 175 w003-vm-vm-batch-023-deallocate
  fi
  if planner_begin 3 176 w003-vm-vm-batch-023-resize
  then
    # step w003-vm-vm-batch-023-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023 (expects power_state=deallocated, size=Standard_E8s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023 --size Standard_E8ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023 --updated
    planner_done 3 176 w003-vm-vm-batch-023-resize
  fi
  if planner_begin 3 177 w003-vm-vm-batch-023-start
  then
    # step w003-vm-vm-batch-023-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023 (expects power_state=deallocated, size=Standard_E8ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-023
    planner_done 3 177 w003-vm-vm-batch-023-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 178 w003-vm-vm-batch-024-deallocate
  then
    # step w003-vm-vm-batch-024-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-024 (expects etag="35", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-024
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 178 w003-vm-vm-batch-024-deallocate
  fi
  if planner_begin 3 179 w003-nic-vm-batch-024-nic0-accelerated-networking
  then
    # step w003-nic-vm-batch-024-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic0 (expects accelerated_networking=False, etag=W/"eaccec88-9cbb-4b0d-899b-37e10c324d5d")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic0 --updated
    planner_done 3 179 w003-nic-vm-batch-024-nic0-accelerated-networking
  fi
  if planner_begin 3 180 w003-nic-vm-batch-024-nic1-accelerated-networking
  then
    # step w003-nic-vm-batch-024-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic1 (expects accelerated_networking=False, etag=W/"97404146-7bac-4a7f-b3bf-f8bf82c8e7dd")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic1 --updated
    planner_done 3 180 w003-nic-vm-batch-024-nic1-accelerated-networking
  fi
  if planner_begin 3 181 w003-nic-vm-batch-024-nic2-accelerated-networking
  then
    # step w003-nic-vm-batch-024-nic2-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic2 (expects accelerated_networking=False, etag=W/"d2d12450-a0df-48a1-949f-23efb876e4cb")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic2 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Network/networkInterfaces/vm-batch-024-nic2 --updated
    planner_done 3 181 w003-nic-vm-batch-024-nic2-accelerated-networking
  fi
  if planner_begin 3 182 w003-vm-vm-batch-024-start
  then
    # step w003-vm-vm-batch-024-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-024 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-024
    planner_done 3 182 w003-vm-vm-batch-024-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 183 w003-vm-vm-batch-025-deallocate
  then
    # step w003-vm-vm-batch-025-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025 (expects etag="39", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 183 w003-vm-vm-batch-025-deallocate
  fi
  if planner_begin 3 184 w003-vm-vm-batch-025-resize
  then
    # step w003-vm-vm-batch-025-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025 --updated
    planner_done 3 184 w003-vm-vm-batch-025-resize
  fi
  if planner_begin 3 185 w003-vm-vm-batch-025-start
  then
    # step w003-vm-vm-batch-025-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachines/vm-batch-025
    planner_done 3 185 w003-vm-vm-batch-025-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 186 w003-vm-vm-catalog-004-deallocate
  then
    # step w003-vm-vm-catalog-004-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-004 (expects etag="21", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-004
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-004
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 186 w003-vm-vm-catalog-004-deallocate
  fi
  if planner_begin 3 187 w003-nic-vm-catalog-004-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-004-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-004-nic0 (expects accelerated_networking=False, etag=W/"0c608037-5513-4ed3-a205-b78e26a3b216")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-004-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-004-nic0 --updated
    planner_done 3 187 w003-nic-vm-catalog-004-nic0-accelerated-networking
  fi
  if planner_begin 3 188 w003-vm-vm-catalog-004-start
  then
    # step w003-vm-vm-catalog-004-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-004 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-004
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-004
    planner_done 3 188 w003-vm-vm-catalog-004-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 189 w003-vm-vm-catalog-005-deallocate
  then
    # step w003-vm-vm-catalog-005-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005 (expects etag="33", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 189 w003-vm-vm-catalog-005-deallocate
  fi
  if planner_begin 3 190 w003-vm-vm-catalog-005-resize
  then
    # step w003-vm-vm-catalog-005-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005 --updated
    planner_done 3 190 w003-vm-vm-catalog-005-resize
  fi
  if planner_begin 3 191 w003-vm-vm-catalog-005-start
  then
    # step w003-vm-vm-catalog-005-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-005
    planner_done 3 191 w003-vm-vm-catalog-005-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 192 w003-vm-vm-catalog-006-deallocate
  then
    # step w003-vm-vm-catalog-006-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-006 (expects etag="23", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-006
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-006
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 192 w003-vm-vm-catalog-006-deallocate
  fi
  if planner_begin 3 193 w003-nic-vm-catalog-006-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-006-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-006-nic0 (expects accelerated_networking=False, etag=W/"51b5f896-cdcb-4753-b23c-3fe81213745f")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-006-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-006-nic0 --updated
    planner_done 3 193 w003-nic-vm-catalog-006-nic0-accelerated-networking
  fi
  if planner_begin 3 194 w003-vm-vm-catalog-006-start
  then
    # step w003-vm-vm-catalog-006-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-006 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-006
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-006
    planner_done 3 194 w003-vm-vm-catalog-006-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 195 w003-vm-vm-catalog-008-deallocate
  then
    # step w003-vm-vm-catalog-008-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-008 (expects etag="13", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-008
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 195 w003-vm-vm-catalog-008-deallocate
  fi
  if planner_begin 3 196 w003-nic-vm-catalog-008-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-008-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-008-nic0 (expects accelerated_networking=False, etag=W/"885a8617-e6dd-4112-837a-70b628393173")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-008-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-008-nic0 --updated
    planner_done 3 196 w003-nic-vm-catalog-008-nic0-accelerated-networking
  fi
  if planner_begin 3 197 w003-vm-vm-catalog-008-start
  then
    # step w003-vm-vm-catalog-008-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-008 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-008
    planner_done 3 197 w003-vm-vm-catalog-008-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 198 w003-vm-vm-catalog-010-deallocate
  then
    # step w003-vm-vm-catalog-010-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-010 (expects etag="23", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-010
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-010
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 198 w003-vm-vm-catalog-010-deallocate
  fi
  if planner_begin 3 199 w003-nic-vm-catalog-010-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-010-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-010-nic0 (expects accelerated_networking=False, etag=W/"740a9179-add6-4f1a-9846-8c2c0a16ecac")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-010-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-010-nic0 --updated
    planner_done 3 199 w003-nic-vm-catalog-010-nic0-accelerated-networking
  fi
  if planner_begin 3 200 w003-vm-vm-catalog-010-start
  then
    # step w003-vm-vm-catalog-010-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-010 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-010
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-010
    planner_done 3 200 w003-vm-vm-catalog-010-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 201 w003-vm-vm-catalog-011-deallocate
  then
    # step w003-vm-vm-catalog-011-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-011 (expects etag="37", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-011
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 201 w003-vm-vm-catalog-011-deallocate
  fi
  if planner_begin 3 202 w003-nic-vm-catalog-011-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-011-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-011-nic0 (expects accelerated_networking=False, etag=W/"2b369fd3-cb52-4d56-84ff-b2a201fcc437")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-011-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-011-nic0 --updated
    planner_done 3 202 w003-nic-vm-catalog-011-nic0-accelerated-networking
  fi
  if planner_begin 3 203 w003-vm-vm-catalog-011-start
  then
    # step w003-vm-vm-catalog-011-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-011 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-011
    planner_done 3 203 w003-vm-vm-catalog-011-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 204 w003-nic-vm-catalog-012-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-012-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-012-nic0 (expects accelerated_networking=False, etag=W/"71ceebf4-649c-47c6-9353-4924f755cc3b")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-012-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-012-nic0 --updated
    planner_done 3 204 w003-nic-vm-catalog-012-nic0-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 205 w003-vm-vm-catalog-014-deallocate
  then
    # step w003-vm-vm-catalog-014-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-014 (expects etag="36", power_state=running, size=Standard_D4as_v4)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-014
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-014
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 205 w003-vm-vm-catalog-014-deallocate
  fi
  if planner_begin 3 206 w003-nic-vm-catalog-014-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-014-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-014-nic0 (expects accelerated_networking=False, etag=W/"7c0711c4-ca3d-4d4d-a34a-96b2e93a93b3")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-014-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-014-nic0 --updated
    planner_done 3 206 w003-nic-vm-catalog-014-nic0-accelerated-networking
  fi
  if planner_begin 3 207 w003-vm-vm-catalog-014-start
  then
    # step w003-vm-vm-catalog-014-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-014 (expects power_state=deallocated, size=Standard_D4as_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-014
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-014
    planner_done 3 207 w003-vm-vm-catalog-014-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 208 w003-vm-vm-catalog-016-deallocate
  then
    # step w003-vm-vm-catalog-016-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-016 (expects etag="39", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-016
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-016
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 208 w003-vm-vm-catalog-016-deallocate
  fi
  if planner_begin 3 209 w003-nic-vm-catalog-016-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-016-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-016-nic0 (expects accelerated_networking=False, etag=W/"c6b77621-a90b-44c4-954e-17e4cf0cb14d")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-016-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-016-nic0 --updated
    planner_done 3 209 w003-nic-vm-catalog-016-nic0-accelerated-networking
  fi
  if planner_begin 3 210 w003-vm-vm-catalog-016-start
  then
    # step w003-vm-vm-catalog-016-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-016 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-016
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-016
    planner_done 3 210 w003-vm-vm-catalog-016-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 211 w003-vm-vm-catalog-018-deallocate
  then
    # step w003-vm-vm-catalog-018-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-018 (expects etag="19", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-018
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 211 w003-vm-vm-catalog-018-deallocate
  fi
  if planner_begin 3 212 w003-nic-vm-catalog-018-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-018-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-018-nic0 (expects accelerated_networking=False, etag=W/"909bde0a-1f1f-41ae-bddd-19e6718e4dd7")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-018-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-018-nic0 --updated
    planner_done 3 212 w003-nic-vm-catalog-018-nic0-accelerated-networking
  fi
  if planner_begin 3 213 w003-vm-vm-catalog-018-start
  then
    # step w003-vm-vm-catalog-018-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-018 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-018
    planner_done 3 213 w003-vm-vm-catalog-018-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 214 w003-vm-vm-catalog-019-deallocate
  then
    # step w003-vm-vm-catalog-019-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-019 (expects etag="29", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-019
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-019
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 214 w003-vm-vm-catalog-019-deallocate
  fi
  if planner_begin 3 215 w003-nic-vm-catalog-019-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-019-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-019-nic0 (expects accelerated_networking=False, etag=W/"e4e6e919-9eb4-4f77-a6b1-aaf048505290")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-019-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-019-nic0 --updated
    planner_done 3 215 w003-nic-vm-catalog-019-nic0-accelerated-networking
  fi
  if planner_begin 3 216 w003-vm-vm-catalog-019-start
  then
    # step w003-vm-vm-catalog-019-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-019 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-019
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-019
    planner_done 3 216 w003-vm-vm-catalog-019-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 217 w003-vm-vm-catalog-024-deallocate
  then
    # step w003-vm-vm-catalog-024-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-024 (expects etag="13", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-024
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 217 w003-vm-vm-catalog-024-deallocate
  fi
  if planner_begin 3 218 w003-nic-vm-catalog-024-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-024-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-024-nic0 (expects accelerated_networking=False, etag=W/"4dd6b6fb-b35b-42a4-9c43-9bbe66e6b72f")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-024-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-024-nic0 --updated
    planner_done 3 218 w003-nic-vm-catalog-024-nic0-accelerated-networking
  fi
  if planner_begin 3 219 w003-nic-vm-catalog-024-nic1-accelerated-networking
  then
    # step w003-nic-vm-catalog-024-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-024-nic1 (expects accelerated_networking=False, etag=W/"f2cfc4f5-39ab-4d95-ab2a-25d4b888b3ab")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-024-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-024-nic1 --updated
    planner_done 3 219 w003-nic-vm-catalog-024-nic1-accelerated-networking
  fi
  if planner_begin 3 220 w003-vm-vm-catalog-024-start
  then
    # step w003-vm-vm-catalog-024-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-024 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-024
    planner_done 3 220 w003-vm-vm-catalog-024-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 221 w003-vm-vm-catalog-025-deallocate
  then
    # step w003-vm-vm-catalog-025-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-025 (expects etag="15", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-025
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 221 w003-vm-vm-catalog-025-deallocate
  fi
  if planner_begin 3 222 w003-nic-vm-catalog-025-nic0-accelerated-networking
  then
    # step w003-nic-vm-catalog-025-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-025-nic0 (expects accelerated_networking=False, etag=W/"5413f4d9-6da2-4515-92f4-fbc2f5e32130")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-025-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Network/networkInterfaces/vm-catalog-025-nic0 --updated
    planner_done 3 222 w003-nic-vm-catalog-025-nic0-accelerated-networking
  fi
  if planner_begin 3 223 w003-vm-vm-catalog-025-start
  then
    # step w003-vm-vm-catalog-025-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-025 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-catalog/providers/Microsoft.Compute/virtualMachines/vm-catalog-025
    planner_done 3 223 w003-vm-vm-catalog-025-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 224 w003-vm-vm-edge-001-deallocate
  then
    # step w003-vm-vm-edge-001-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-001 (expects etag="15", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-001
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-001
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 224 w003-vm-vm-edge-001-deallocate
  fi
  if planner_begin 3 225 w003-vm-vm-edge-001-start
  then
    # step w003-vm-vm-edge-001-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-001 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-001
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-001
    planner_done 3 225 w003-vm-vm-edge-001-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 226 w003-vm-vm-edge-002-deallocate
  then
    # step w003-vm-vm-edge-002-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-002 (expects etag="24", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-002
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-002
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 226 w003-vm-vm-edge-002-deallocate
  fi
  if planner_begin 3 227 w003-nic-vm-edge-002-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-002-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-002-nic0 (expects accelerated_networking=False, etag=W/"4792805e-6ba8-43b9-9743-958834976925")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-002-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-002-nic0 --updated
    planner_done 3 227 w003-nic-vm-edge-002-nic0-accelerated-networking
  fi
  if planner_begin 3 228 w003-vm-vm-edge-002-start
  then
    # step w003-vm-vm-edge-002-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-002 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-002
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-002
    planner_done 3 228 w003-vm-vm-edge-002-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 229 w003-vm-vm-edge-003-deallocate
  then
    # step w003-vm-vm-edge-003-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-003 (expects etag="36", power_state=running, size=Standard_E4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-003
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-003
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 229 w003-vm-vm-edge-003-deallocate
  fi
  if planner_begin 3 230 w003-vm-vm-edge-003-start
  then
    # step w003-vm-vm-edge-003-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-003 (expects power_state=deallocated, size=Standard_E4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-003
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-003
    planner_done 3 230 w003-vm-vm-edge-003-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 231 w003-vm-vm-edge-004-deallocate
  then
    # step w003-vm-vm-edge-004-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-004 (expects etag="26", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-004
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-004
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 231 w003-vm-vm-edge-004-deallocate
  fi
  if planner_begin 3 232 w003-vm-vm-edge-004-start
  then
    # step w003-vm-vm-edge-004-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-004 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-004
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-004
    planner_done 3 232 w003-vm-vm-edge-004-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 233 w003-vm-vm-edge-005-deallocate
  then
    # step w003-vm-vm-edge-005-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-005 (expects etag="2", power_state=running, size=Standard_D2as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-005
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 233 w003-vm-vm-edge-005-deallocate
  fi
  if planner_begin 3 234 w003-nic-vm-edge-005-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-005-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-005-nic0 (expects accelerated_networking=False, etag=W/"e737c065-0900-47dd-bc22-b6cd74d5c265")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-005-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-005-nic0 --updated
    planner_done 3 234 w003-nic-vm-edge-005-nic0-accelerated-networking
  fi
  if planner_begin 3 235 w003-vm-vm-edge-005-start
  then
    # step w003-vm-vm-edge-005-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-005 (expects power_state=deallocated, size=Standard_D2as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-005
    planner_done 3 235 w003-vm-vm-edge-005-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 236 w003-vm-vm-edge-006-deallocate
  then
    # step w003-vm-vm-edge-006-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006 (expects etag="17", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 236 w003-vm-vm-edge-006-deallocate
  fi
  if planner_begin 3 237 w003-vm-vm-edge-006-resize
  then
    # step w003-vm-vm-edge-006-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006 --updated
    planner_done 3 237 w003-vm-vm-edge-006-resize
  fi
  if planner_begin 3 238 w003-nic-vm-edge-006-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-006-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-006-nic0 (expects accelerated_networking=False, etag=W/"212739bc-b544-4aaa-8d85-64034533e31b")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-006-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-006-nic0 --updated
    planner_done 3 238 w003-nic-vm-edge-006-nic0-accelerated-networking
  fi
  if planner_begin 3 239 w003-vm-vm-edge-006-start
  then
    # step w003-vm-vm-edge-006-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006 (expects power_state=deallocated, size=Standard_D4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-006
    planner_done 3 239 w003-vm-vm-edge-006-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 240 w003-vm-vm-edge-007-deallocate
  then
    # step w003-vm-vm-edge-007-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-007 (expects etag="30", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-007
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-007
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 240 w003-vm-vm-edge-007-deallocate
  fi
  if planner_begin 3 241 w003-vm-vm-edge-007-start
  then
    # step w003-vm-vm-edge-007-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-007 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-007
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-007
    planner_done 3 241 w003-vm-vm-edge-007-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 242 w003-vm-vm-edge-008-deallocate
  then
    # step w003-vm-vm-edge-008-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-008 (expects etag="12", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-008
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 242 w003-vm-vm-edge-008-deallocate
  fi
  if planner_begin 3 243 w003-vm-vm-edge-008-start
  then
    # step w003-vm-vm-edge-008-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-008 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-008
    planner_done 3 243 w003-vm-vm-edge-008-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 244 w003-vm-vm-edge-009-deallocate
  then
    # step w003-vm-vm-edge-009-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-009 (expects etag="39", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-009
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-009
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 244 w003-vm-vm-edge-009-deallocate
  fi
  if planner_begin 3 245 w003-nic-vm-edge-009-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-009-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-009-nic0 (expects accelerated_networking=False, etag=W/"43c6c76f-df6b-4607-a99e-4c5db7a82657")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-009-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-009-nic0 --updated
    planner_done 3 245 w003-nic-vm-edge-009-nic0-accelerated-networking
  fi
  if planner_begin 3 246 w003-vm-vm-edge-009-start
  then
    # step w003-vm-vm-edge-009-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-009 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-009
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-009
    planner_done 3 246 w003-vm-vm-edge-009-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 247 w003-vm-vm-edge-010-deallocate
  then
    # step w003-vm-vm-edge-010-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-010 (expects etag="13", power_state=running, size=Standard_D2as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-010
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-010
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 247 w003-vm-vm-edge-010-deallocate
  fi
  if planner_begin 3 248 w003-nic-vm-edge-010-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-010-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-010-nic0 (expects accelerated_networking=False, etag=W/"ed3c5bfd-0cad-40ab-8feb-2afd15adc698")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-010-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-010-nic0 --updated
    planner_done 3 248 w003-nic-vm-edge-010-nic0-accelerated-networking
  fi
  if planner_begin 3 249 w003-nic-vm-edge-010-nic1-accelerated-networking
  then
    # step w003-nic-vm-edge-010-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-010-nic1 (expects accelerated_networking=False, etag=W/"f38a1ced-44a0-4b0f-bdc7-9193a9fa5f5a")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-010-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-010-nic1 --updated
    planner_done 3 249 w003-nic-vm-edge-010-nic1-accelerated-networking
  fi
  if planner_begin 3 250 w003-vm-vm-edge-010-start
  then
    # step w003-vm-vm-edge-010-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-010 (expects power_state=deallocated, size=Standard_D2as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-010
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-010
    planner_done 3 250 w003-vm-vm-edge-010-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 251 w003-vm-vm-edge-011-deallocate
  then
    # step w003-vm-vm-edge-011-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-011 (expects etag="20", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-011
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 251 w003-vm-vm-edge-011-deallocate
  fi
  if planner_begin 3 252 w003-nic-vm-edge-011-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-011-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-011-nic0 (expects accelerated_networking=False, etag=W/"ade06823-9dd0-46fd-a006-2c9a4a329b04")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-011-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-011-nic0 --updated
    planner_done 3 252 w003-nic-vm-edge-011-nic0-accelerated-networking
  fi
  if planner_begin 3 253 w003-vm-vm-edge-011-start
  then
    # step w003-vm-vm-edge-011-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-011 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-011
    planner_done 3 253 w003-vm-vm-edge-011-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 254 w003-nic-vm-edge-012-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-012-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-012-nic0 (expects accelerated_networking=False, etag=W/"86f89c6c-d210-4866-9f86-42afadfa26b3")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-012-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-012-nic0 --updated
    planner_done 3 254 w003-nic-vm-edge-012-nic0-accelerated-networking
  fi
  if planner_begin 3 255 w003-nic-vm-edge-012-nic1-accelerated-networking
  then
    # step w003-nic-vm-edge-012-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-012-nic1 (expects accelerated_networking=False, etag=W/"cab5645a-a3fb-41cd-9ef0-94643cebcc55")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-012-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-012-nic1 --updated
    planner_done 3 255 w003-nic-vm-edge-012-nic1-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 256 w003-vm-vm-edge-013-deallocate
  then
    # step w003-vm-vm-edge-013-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-013 (expects etag="33", power_state=running, size=Standard_D2as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-013
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-013
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 256 w003-vm-vm-edge-013-deallocate
  fi
  if planner_begin 3 257 w003-nic-vm-edge-013-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-013-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-013-nic0 (expects accelerated_networking=False, etag=W/"342940c3-4316-4eb6-a4ae-f8e39bf64d44")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-013-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-013-nic0 --updated
    planner_done 3 257 w003-nic-vm-edge-013-nic0-accelerated-networking
  fi
  if planner_begin 3 258 w003-vm-vm-edge-013-start
  then
    # step w003-vm-vm-edge-013-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-013 (expects power_state=deallocated, size=Standard_D2as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-013
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-013
    planner_done 3 258 w003-vm-vm-edge-013-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 259 w003-nic-vm-edge-014-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-014-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-014-nic0 (expects accelerated_networking=False, etag=W/"fa2dd705-ac97-4ea7-abe8-48e2bfd12f7f")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-014-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-014-nic0 --updated
    planner_done 3 259 w003-nic-vm-edge-014-nic0-accelerated-networking
  fi
  if planner_begin 3 260 w003-nic-vm-edge-014-nic1-accelerated-networking
  then
    # step w003-nic-vm-edge-014-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-014-nic1 (expects accelerated_networking=False, etag=W/"5956ffa3-09a0-4b3c-beb5-21a53ef7cc3e")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-014-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-014-nic1 --updated
    planner_done 3 260 w003-nic-vm-edge-014-nic1-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 261 w003-vm-vm-edge-015-deallocate
  then
    # step w003-vm-vm-edge-015-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-015 (expects etag="19", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-015
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-015
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 261 w003-vm-vm-edge-015-deallocate
  fi
  if planner_begin 3 262 w003-vm-vm-edge-015-start
  then
    # step w003-vm-vm-edge-015-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-015 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-015
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-015
    planner_done 3 262 w003-vm-vm-edge-015-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 263 w003-vm-vm-edge-016-deallocate
  then
    # step w003-vm-vm-edge-016-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-016 (expects etag="27", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-016
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-016
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 263 w003-vm-vm-edge-016-deallocate
  fi
  if planner_begin 3 264 w003-vm-vm-edge-016-start
  then
    # step w003-vm-vm-edge-016-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-016 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-016
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-016
    planner_done 3 264 w003-vm-vm-edge-016-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 265 w003-vm-vm-edge-017-deallocate
  then
    # step w003-vm-vm-edge-017-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-017 (expects etag="5", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-017
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-017
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 265 w003-vm-vm-edge-017-deallocate
  fi
  if planner_begin 3 266 w003-vm-vm-edge-017-start
  then
    # step w003-vm-vm-edge-017-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-017 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-017
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-017
    planner_done 3 266 w003-vm-vm-edge-017-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 267 w003-vm-vm-edge-018-deallocate
  then
    # step w003-vm-vm-edge-018-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018 (expects etag="22", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 267 w003-vm-vm-edge-018-deallocate
  fi
  if planner_begin 3 268 w003-vm-vm-edge-018-resize
  then
    # step w003-vm-vm-edge-018-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018 --updated
    planner_done 3 268 w003-vm-vm-edge-018-resize
  fi
  if planner_begin 3 269 w003-nic-vm-edge-018-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-018-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-018-nic0 (expects accelerated_networking=False, etag=W/"c47741f5-838b-4e3f-b057-cdea4cf3be43")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-018-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-018-nic0 --updated
    planner_done 3 269 w003-nic-vm-edge-018-nic0-accelerated-networking
  fi
  if planner_begin 3 270 w003-vm-vm-edge-018-start
  then
    # step w003-vm-vm-edge-018-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018 (expects power_state=deallocated, size=Standard_D4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-018
    planner_done 3 270 w003-vm-vm-edge-018-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 271 w003-vm-vm-edge-019-deallocate
  then
    # step w003-vm-vm-edge-019-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-019 (expects etag="26", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-019
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-019
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 271 w003-vm-vm-edge-019-deallocate
  fi
  if planner_begin 3 272 w003-vm-vm-edge-019-start
  then
    # step w003-vm-vm-edge-019-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-019 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-019
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-019
    planner_done 3 272 w003-vm-vm-edge-019-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 273 w003-vm-vm-edge-020-deallocate
  then
    # step w003-vm-vm-edge-020-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-020 (expects etag="20", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-020
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-020
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 273 w003-vm-vm-edge-020-deallocate
  fi
  if planner_begin 3 274 w003-nic-vm-edge-020-nic0-accelerated-networking
  then
    # step w003-nic-vm-edge-020-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-020-nic0 (expects accelerated_networking=False, etag=W/"ee6451ca-6ab1-4b51-a9ed-68acb0882681")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-020-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Network/networkInterfaces/vm-edge-020-nic0 --updated
    planner_done 3 274 w003-nic-vm-edge-020-nic0-accelerated-networking
  fi
  if planner_begin 3 275 w003-vm-vm-edge-020-start
  then
    # step w003-vm-vm-edge-020-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-020 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-020
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-020
    planner_done 3 275 w003-vm-vm-edge-020-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 276 w003-vm-vm-edge-021-deallocate
  then
    # step w003-vm-vm-edge-021-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-021 (expects etag="27", power_state=running, size=Standard_E4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-021
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-021
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 276 w003-vm-vm-edge-021-deallocate
  fi
  if planner_begin 3 277 w003-vm-vm-edge-021-start
  then
    # step w003-vm-vm-edge-021-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-021 (expects power_state=deallocated, size=Standard_E4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-021
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-021
    planner_done 3 277 w003-vm-vm-edge-021-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 278 w003-vm-vm-edge-022-deallocate
  then
    # step w003-vm-vm-edge-022-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-022 (expects etag="37", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-022
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-022
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 278 w003-vm-vm-edge-022-deallocate
  fi
  if planner_begin 3 279 w003-vm-vm-edge-022-start
  then
    # step w003-vm-vm-edge-022-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-022 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-022
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-022
    planner_done 3 279 w003-vm-vm-edge-022-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 280 w003-vm-vm-edge-023-deallocate
  then
    # step w003-vm-vm-edge-023-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023 (expects etag="39", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 280 w003-vm-vm-edge-023-deallocate
  fi
  if planner_begin 3 281 w003-vm-vm-edge-023-resize
  then
    # step w003-vm-vm-edge-023-resize: vm.resize /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023 --updated
    planner_done 3 281 w003-vm-vm-edge-023-resize
  fi
  if planner_begin 3 282 w003-vm-vm-edge-023-start
  then
    # step w003-vm-vm-edge-023-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023 (expects power_state=deallocated, size=Standard_D4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-023
    planner_done 3 282 w003-vm-vm-edge-023-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 283 w003-vm-vm-edge-024-deallocate
  then
    # step w003-vm-vm-edge-024-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-024 (expects etag="1", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-024
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 283 w003-vm-vm-edge-024-deallocate
  fi
  if planner_begin 3 284 w003-vm-vm-edge-024-start
  then
    # step w003-vm-vm-edge-024-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-024 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-024
    planner_done 3 284 w003-vm-vm-edge-024-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 285 w003-vm-vm-edge-025-deallocate
  then
    # step w003-vm-vm-edge-025-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-025 (expects etag="3", power_state=running, size=Standard_D4ps_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-025
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 285 w003-vm-vm-edge-025-deallocate
  fi
  if planner_begin 3 286 w003-vm-vm-edge-025-start
  then
    # step w003-vm-vm-edge-025-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-025 (expects power_state=deallocated, size=Standard_D4ps_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-edge/providers/Microsoft.Compute/virtualMachines/vm-edge-025
    planner_done 3 286 w003-vm-vm-edge-025-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 287 w003-vm-vm-payments-005-deallocate
  then
    # step w003-vm-vm-payments-005-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-005 (expects etag="21", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-005
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 287 w003-vm-vm-payments-005-deallocate
  fi
  if planner_begin 3 288 w003-vm-vm-payments-005-start
  then
    # step w003-vm-vm-payments-005-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-005 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-005
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-005
    planner_done 3 288 w003-vm-vm-payments-005-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 289 w003-vm-vm-payments-007-deallocate
  then
    # step w003-vm-vm-payments-007-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-007 (expects etag="21", power_state=running, size=Standard_D4as_v4)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-007
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-007
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 289 w003-vm-vm-payments-007-deallocate
  fi
  if planner_begin 3 290 w003-nic-vm-payments-007-nic0-accelerated-networking
  then
    # step w003-nic-vm-payments-007-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-007-nic0 (expects accelerated_networking=False, etag=W/"bd37aa7a-9ad4-44ca-90e1-074da041d961")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-007-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-007-nic0 --updated
    planner_done 3 290 w003-nic-vm-payments-007-nic0-accelerated-networking
  fi
  if planner_begin 3 291 w003-vm-vm-payments-007-start
  then
    # step w003-vm-vm-payments-007-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-007 (expects power_state=deallocated, size=Standard_D4as_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-007
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-007
    planner_done 3 291 w003-vm-vm-payments-007-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 292 w003-vm-vm-partner-002-deallocate
  then
    # step w003-vm-vm-partner-002-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-002 (expects etag="11", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-002
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-002
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 292 w003-vm-vm-partner-002-deallocate
  fi
  if planner_begin 3 293 w003-vm-vm-partner-002-start
  then
    # step w003-vm-vm-partner-002-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-002 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-002
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-002
    planner_done 3 293 w003-vm-vm-partner-002-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 3 294 w003-vm-vm-partner-005-deallocate
  then
    # step w003-vm-vm-partner-005-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-005 (expects etag="29", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-005
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-005
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 3 294 w003-vm-vm-partner-005-deallocate
  fi
  if planner_begin 3 295 w003-vm-vm-partner-005-start
  then
    # step w003-vm-vm-partner-005-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-005 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-005
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-005
    planner_done 3 295 w003-vm-vm-partner-005-start
  fi
) &
planner_job $!
planner_wave_end 3

# === wave 4: 50 VM(s): scale set vmss-batch batch 3/4, 49 VM cycles (estimated 6 min 30 s) ===
planner_wave 4 6 296 w004-vmss-vmss-batch-deallocate-3-of-4
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 296 w004-vmss-vmss-batch-deallocate-3-of-4
  then
    # step w004-vmss-vmss-batch-deallocate-3-of-4: vmss.deallocate-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(az vmss list-instances --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --expand instanceView --query '[].[instanceId, instanceView.statuses[?starts_with(code, `"PowerState/"`)].code | [0]]' -o tsv | planner_batch_take vmss-12f27e84847c 3 1 /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch)
    if [ -n "$ids" ]; then az vmss deallocate --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 4 296 w004-vmss-vmss-batch-deallocate-3-of-4
  fi
  if planner_begin 4 297 w004-vmss-vmss-batch-upgrade-3-of-4
  then
    # step w004-vmss-vmss-batch-upgrade-3-of-4: vmss.upgrade-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(planner_batch_ids vmss-12f27e84847c 3)
    if [ -n "$ids" ]; then az vmss update-instances --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 4 297 w004-vmss-vmss-batch-upgrade-3-of-4
  fi
  if planner_begin 4 298 w004-vmss-vmss-batch-start-3-of-4
  then
    # step w004-vmss-vmss-batch-start-3-of-4: vmss.start-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(planner_batch_ids vmss-12f27e84847c 3 running)
    if [ -n "$ids" ]; then az vmss start --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_batch_up vmss-12f27e84847c 3 /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch
    planner_done 4 298 w004-vmss-vmss-batch-start-3-of-4
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 299 w004-vm-vm-payments-008-deallocate
  then
    # step w004-vm-vm-payments-008-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-008 (expects etag="39", power_state=running, size=Standard_D2d_v4)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-008
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 299 w004-vm-vm-payments-008-deallocate
  fi
  if planner_begin 4 300 w004-vm-vm-payments-008-start
  then
    # step w004-vm-vm-payments-008-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-008 (expects power_state=deallocated, size=Standard_D2d_v4)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-008
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-008
    planner_done 4 300 w004-vm-vm-payments-008-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 301 w004-vm-vm-payments-009-deallocate
  then
    # step w004-vm-vm-payments-009-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-009 (expects etag="5", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-009
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-009
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 301 w004-vm-vm-payments-009-deallocate
  fi
  if planner_begin 4 302 w004-vm-vm-payments-009-start
  then
    # step w004-vm-vm-payments-009-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-009 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-009
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-009
    planner_done 4 302 w004-vm-vm-payments-009-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 303 w004-vm-vm-payments-011-deallocate
  then
    # step w004-vm-vm-payments-011-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-011 (expects etag="31", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-011
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 303 w004-vm-vm-payments-011-deallocate
  fi
  if planner_begin 4 304 w004-nic-vm-payments-011-nic0-accelerated-networking
  then
    # step w004-nic-vm-payments-011-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-011-nic0 (expects accelerated_networking=False, etag=W/"e692cf4a-166c-453f-b872-e55bd64f7fd8")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-011-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-011-nic0 --updated
    planner_done 4 304 w004-nic-vm-payments-011-nic0-accelerated-networking
  fi
  if planner_begin 4 305 w004-nic-vm-payments-011-nic1-accelerated-networking
  then
    # step w004-nic-vm-payments-011-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-011-nic1 (expects accelerated_networking=False, etag=W/"fbf00e78-ab68-4560-97c8-a057c9848762")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-011-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-011-nic1 --updated
    planner_done 4 305 w004-nic-vm-payments-011-nic1-accelerated-networking
  fi
  if planner_begin 4 306 w004-vm-vm-payments-011-start
  then
    # step w004-vm-vm-payments-011-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-011 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-011
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-011
    planner_done 4 306 w004-vm-vm-payments-011-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 307 w004-vm-vm-payments-013-deallocate
  then
    # step w004-vm-vm-payments-013-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-013 (expects etag="9", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-013
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-013
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 307 w004-vm-vm-payments-013-deallocate
  fi
  if planner_begin 4 308 w004-vm-vm-payments-013-start
  then
    # step w004-vm-vm-payments-013-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-013 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-013
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-013
    planner_done 4 308 w004-vm-vm-payments-013-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 309 w004-vm-vm-payments-014-deallocate
  then
    # step w004-vm-vm-payments-014-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-014 (expects etag="28", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-014
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-014
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 309 w004-vm-vm-payments-014-deallocate
  fi
  if planner_begin 4 310 w004-vm-vm-payments-014-start
  then
    # step w004-vm-vm-payments-014-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-014 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-014
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-014
    planner_done 4 310 w004-vm-vm-payments-014-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 311 w004-vm-vm-payments-015-deallocate
  then
    # step w004-vm-vm-payments-015-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-015 (expects etag="18", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-015
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-015
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 311 w004-vm-vm-payments-015-deallocate
  fi
  if planner_begin 4 312 w004-vm-vm-payments-015-start
  then
    # step w004-vm-vm-payments-015-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-015 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-015
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-015
    planner_done 4 312 w004-vm-vm-payments-015-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 313 w004-vm-vm-payments-016-deallocate
  then
    # step w004-vm-vm-payments-016-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-016 (expects etag="28", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-016
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-016
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 313 w004-vm-vm-payments-016-deallocate
  fi
  if planner_begin 4 314 w004-nic-vm-payments-016-nic0-accelerated-networking
  then
    # step w004-nic-vm-payments-016-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-016-nic0 (expects accelerated_networking=False, etag=W/"4d8a801a-bad5-45d4-bd80-840b56f60172")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-016-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-016-nic0 --updated
    planner_done 4 314 w004-nic-vm-payments-016-nic0-accelerated-networking
  fi
  if planner_begin 4 315 w004-vm-vm-payments-016-start
  then
    # step w004-vm-vm-payments-016-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-016 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-016
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-016
    planner_done 4 315 w004-vm-vm-payments-016-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 316 w004-vm-vm-payments-017-deallocate
  then
    # step w004-vm-vm-payments-017-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-017 (expects etag="37", power_state=stopped, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-017
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-017
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 316 w004-vm-vm-payments-017-deallocate
  fi
  if planner_begin 4 317 w004-nic-vm-payments-017-nic0-accelerated-networking
  then
    # step w004-nic-vm-payments-017-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-017-nic0 (expects accelerated_networking=False, etag=W/"b126a14a-ec3f-44cb-b3d7-a87de939ce82")
    az network nic update --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-017-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Network/networkInterfaces/vm-payments-017-nic0 --updated
    planner_done 4 317 w004-nic-vm-payments-017-nic0-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 318 w004-vm-vm-payments-018-deallocate
  then
    # step w004-vm-vm-payments-018-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-018 (expects etag="11", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-018
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 318 w004-vm-vm-payments-018-deallocate
  fi
  if planner_begin 4 319 w004-vm-vm-payments-018-start
  then
    # step w004-vm-vm-payments-018-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-018 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-018
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-018
    planner_done 4 319 w004-vm-vm-payments-018-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 320 w004-vm-vm-payments-019-deallocate
  then
    # step w004-vm-vm-payments-019-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-019 (expects etag="4", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-019
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-019
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 320 w004-vm-vm-payments-019-deallocate
  fi
  if planner_begin 4 321 w004-vm-vm-payments-019-start
  then
    # step w004-vm-vm-payments-019-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-019 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-019
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-019
    planner_done 4 321 w004-vm-vm-payments-019-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 322 w004-vm-vm-payments-020-deallocate
  then
    # step w004-vm-vm-payments-020-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-020 (expects etag="15", power_state=stopped, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-020
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-020
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 322 w004-vm-vm-payments-020-deallocate
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 323 w004-vm-vm-payments-021-deallocate
  then
    # step w004-vm-vm-payments-021-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-021 (expects etag="9", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-021
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-021
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 323 w004-vm-vm-payments-021-deallocate
  fi
  if planner_begin 4 324 w004-vm-vm-payments-021-start
  then
    # step w004-vm-vm-payments-021-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-021 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-021
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-021
    planner_done 4 324 w004-vm-vm-payments-021-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 325 w004-vm-vm-payments-023-deallocate
  then
    # step w004-vm-vm-payments-023-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-023 (expects etag="9", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-023
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-023
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 325 w004-vm-vm-payments-023-deallocate
  fi
  if planner_begin 4 326 w004-vm-vm-payments-023-start
  then
    # step w004-vm-vm-payments-023-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-023 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-023
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-023
    planner_done 4 326 w004-vm-vm-payments-023-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 327 w004-vm-vm-payments-024-deallocate
  then
    # step w004-vm-vm-payments-024-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-024 (expects etag="10", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-024
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 327 w004-vm-vm-payments-024-deallocate
  fi
  if planner_begin 4 328 w004-vm-vm-payments-024-start
  then
    # step w004-vm-vm-payments-024-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-024 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-024
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-024
    planner_done 4 328 w004-vm-vm-payments-024-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 329 w004-vm-vm-payments-025-deallocate
  then
    # step w004-vm-vm-payments-025-deallocate: vm.deallocate /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-025 (expects etag="12", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-025
    az vm deallocate --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 329 w004-vm-vm-payments-025-deallocate
  fi
  if planner_begin 4 330 w004-vm-vm-payments-025-start
  then
    # step w004-vm-vm-payments-025-start: vm.start /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-025 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-025
    az vm wait --ids /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-payments/providers/Microsoft.Compute/virtualMachines/vm-payments-025
    planner_done 4 330 w004-vm-vm-payments-025-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 331 w004-vm-vm-analytics-001-deallocate
  then
    # step w004-vm-vm-analytics-001-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001 (expects etag="24", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 331 w004-vm-vm-analytics-001-deallocate
  fi
  if planner_begin 4 332 w004-vm-vm-analytics-001-resize
  then
    # step w004-vm-vm-analytics-001-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001 --updated
    planner_done 4 332 w004-vm-vm-analytics-001-resize
  fi
  if planner_begin 4 333 w004-vm-vm-analytics-001-start
  then
    # step w004-vm-vm-analytics-001-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-001
    planner_done 4 333 w004-vm-vm-analytics-001-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 334 w004-vm-vm-analytics-002-deallocate
  then
    # step w004-vm-vm-analytics-002-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002 (expects etag="2", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 334 w004-vm-vm-analytics-002-deallocate
  fi
  if planner_begin 4 335 w004-vm-vm-analytics-002-resize
  then
    # step w004-vm-vm-analytics-002-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002 --updated
    planner_done 4 335 w004-vm-vm-analytics-002-resize
  fi
  if planner_begin 4 336 w004-nic-vm-analytics-002-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-002-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-002-nic0 (expects accelerated_networking=False, etag=W/"5cbc7c1b-a627-4b06-b505-fd0120bcc9ec")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-002-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-002-nic0 --updated
    planner_done 4 336 w004-nic-vm-analytics-002-nic0-accelerated-networking
  fi
  if planner_begin 4 337 w004-vm-vm-analytics-002-start
  then
    # step w004-vm-vm-analytics-002-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-002
    planner_done 4 337 w004-vm-vm-analytics-002-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 338 w004-vm-vm-analytics-003-deallocate
  then
    # step w004-vm-vm-analytics-003-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-003 (expects etag="31", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-003
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-003
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 338 w004-vm-vm-analytics-003-deallocate
  fi
  if planner_begin 4 339 w004-vm-vm-analytics-003-start
  then
    # step w004-vm-vm-analytics-003-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-003 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-003
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-003
    planner_done 4 339 w004-vm-vm-analytics-003-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 340 w004-vm-vm-analytics-004-deallocate
  then
    # step w004-vm-vm-analytics-004-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-004 (expects etag="12", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-004
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-004
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 340 w004-vm-vm-analytics-004-deallocate
  fi
  if planner_begin 4 341 w004-vm-vm-analytics-004-start
  then
    # step w004-vm-vm-analytics-004-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-004 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-004
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-004 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-004
    planner_done 4 341 w004-vm-vm-analytics-004-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 342 w004-vm-vm-analytics-005-deallocate
  then
    # step w004-vm-vm-analytics-005-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-005 (expects etag="24", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-005
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-005
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 342 w004-vm-vm-analytics-005-deallocate
  fi
  if planner_begin 4 343 w004-vm-vm-analytics-005-start
  then
    # step w004-vm-vm-analytics-005-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-005 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-005
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-005
    planner_done 4 343 w004-vm-vm-analytics-005-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 344 w004-vm-vm-analytics-006-deallocate
  then
    # step w004-vm-vm-analytics-006-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-006 (expects etag="21", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-006
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-006
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 344 w004-vm-vm-analytics-006-deallocate
  fi
  if planner_begin 4 345 w004-vm-vm-analytics-006-start
  then
    # step w004-vm-vm-analytics-006-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-006 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-006
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-006
    planner_done 4 345 w004-vm-vm-analytics-006-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 346 w004-vm-vm-analytics-007-deallocate
  then
    # step w004-vm-vm-analytics-007-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-007 (expects etag="2", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-007
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-007
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 346 w004-vm-vm-analytics-007-deallocate
  fi
  if planner_begin 4 347 w004-vm-vm-analytics-007-start
  then
    # step w004-vm-vm-analytics-007-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-007 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-007
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-007
    planner_done 4 347 w004-vm-vm-analytics-007-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 348 w004-vm-vm-analytics-008-deallocate
  then
    # step w004-vm-vm-analytics-008-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-008 (expects etag="17", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-008
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-008
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 348 w004-vm-vm-analytics-008-deallocate
  fi
  if planner_begin 4 349 w004-nic-vm-analytics-008-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-008-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-008-nic0 (expects accelerated_networking=False, etag=W/"d4c9621e-aa3b-41b2-b0ef-54786d748d2d")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-008-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-008-nic0 --updated
    planner_done 4 349 w004-nic-vm-analytics-008-nic0-accelerated-networking
  fi
  if planner_begin 4 350 w004-vm-vm-analytics-008-start
  then
    # step w004-vm-vm-analytics-008-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-008 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-008
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-008
    planner_done 4 350 w004-vm-vm-analytics-008-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 351 w004-vm-vm-analytics-009-deallocate
  then
    # step w004-vm-vm-analytics-009-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009 (expects etag="18", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 351 w004-vm-vm-analytics-009-deallocate
  fi
  if planner_begin 4 352 w004-vm-vm-analytics-009-resize
  then
    # step w004-vm-vm-analytics-009-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009 --updated
    planner_done 4 352 w004-vm-vm-analytics-009-resize
  fi
  if planner_begin 4 353 w004-nic-vm-analytics-009-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-009-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-009-nic0 (expects accelerated_networking=False, etag=W/"877d48b5-1877-410e-996e-596d426e2dd6")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-009-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-009-nic0 --updated
    planner_done 4 353 w004-nic-vm-analytics-009-nic0-accelerated-networking
  fi
  if planner_begin 4 354 w004-vm-vm-analytics-009-start
  then
    # step w004-vm-vm-analytics-009-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-009
    planner_done 4 354 w004-vm-vm-analytics-009-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 355 w004-vm-vm-analytics-010-deallocate
  then
    # step w004-vm-vm-analytics-010-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-010 (expects etag="19", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-010
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-010
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 355 w004-vm-vm-analytics-010-deallocate
  fi
  if planner_begin 4 356 w004-vm-vm-analytics-010-start
  then
    # step w004-vm-vm-analytics-010-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-010 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-010
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-010
    planner_done 4 356 w004-vm-vm-analytics-010-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 357 w004-vm-vm-analytics-011-deallocate
  then
    # step w004-vm-vm-analytics-011-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-011 (expects etag="17", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-011
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-011
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 357 w004-vm-vm-analytics-011-deallocate
  fi
  if planner_begin 4 358 w004-nic-vm-analytics-011-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-011-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-011-nic0 (expects accelerated_networking=False, etag=W/"b2b076b1-a344-458a-97f3-820a226aa7e5")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-011-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-011-nic0 --updated
    planner_done 4 358 w004-nic-vm-analytics-011-nic0-accelerated-networking
  fi
  if planner_begin 4 359 w004-vm-vm-analytics-011-start
  then
    # step w004-vm-vm-analytics-011-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-011 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-011
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-011
    planner_done 4 359 w004-vm-vm-analytics-011-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 360 w004-vm-vm-analytics-012-deallocate
  then
    # step w004-vm-vm-analytics-012-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012 (expects etag="34", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 360 w004-vm-vm-analytics-012-deallocate
  fi
  if planner_begin 4 361 w004-vm-vm-analytics-012-resize
  then
    # step w004-vm-vm-analytics-012-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012 --updated
    planner_done 4 361 w004-vm-vm-analytics-012-resize
  fi
  if planner_begin 4 362 w004-vm-vm-analytics-012-start
  then
    # step w004-vm-vm-analytics-012-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-012
    planner_done 4 362 w004-vm-vm-analytics-012-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 363 w004-vm-vm-analytics-013-deallocate
  then
    # step w004-vm-vm-analytics-013-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-013 (expects etag="1", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-013
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-013
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 363 w004-vm-vm-analytics-013-deallocate
  fi
  if planner_begin 4 364 w004-vm-vm-analytics-013-start
  then
    # step w004-vm-vm-analytics-013-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-013 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-013
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-013
    planner_done 4 364 w004-vm-vm-analytics-013-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 365 w004-vm-vm-analytics-014-deallocate
  then
    # step w004-vm-vm-analytics-014-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014 (expects etag="16", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 365 w004-vm-vm-analytics-014-deallocate
  fi
  if planner_begin 4 366 w004-vm-vm-analytics-014-resize
  then
    # step w004-vm-vm-analytics-014-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014 --updated
    planner_done 4 366 w004-vm-vm-analytics-014-resize
  fi
  if planner_begin 4 367 w004-nic-vm-analytics-014-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-014-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-014-nic0 (expects accelerated_networking=False, etag=W/"00f07d0b-b67b-4c6d-935a-c01872fcff53")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-014-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-014-nic0 --updated
    planner_done 4 367 w004-nic-vm-analytics-014-nic0-accelerated-networking
  fi
  if planner_begin 4 368 w004-vm-vm-analytics-014-start
  then
    # step w004-vm-vm-analytics-014-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-014
    planner_done 4 368 w004-vm-vm-analytics-014-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 369 w004-vm-vm-analytics-015-deallocate
  then
    # step w004-vm-vm-analytics-015-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015 (expects etag="13", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 369 w004-vm-vm-analytics-015-deallocate
  fi
  if planner_begin 4 370 w004-vm-vm-analytics-015-resize
  then
    # step w004-vm-vm-analytics-015-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015 --updated
    planner_done 4 370 w004-vm-vm-analytics-015-resize
  fi
  if planner_begin 4 371 w004-vm-vm-analytics-015-start
  then
    # step w004-vm-vm-analytics-015-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-015
    planner_done 4 371 w004-vm-vm-analytics-015-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 372 w004-vm-vm-analytics-016-deallocate
  then
    # step w004-vm-vm-analytics-016-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-016 (expects etag="9", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-016
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-016
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 372 w004-vm-vm-analytics-016-deallocate
  fi
  if planner_begin 4 373 w004-vm-vm-analytics-016-start
  then
    # step w004-vm-vm-analytics-016-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-016 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-016
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-016
    planner_done 4 373 w004-vm-vm-analytics-016-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 374 w004-vm-vm-analytics-017-deallocate
  then
    # step w004-vm-vm-analytics-017-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-017 (expects etag="25", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-017
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-017
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 374 w004-vm-vm-analytics-017-deallocate
  fi
  if planner_begin 4 375 w004-nic-vm-analytics-017-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-017-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-017-nic0 (expects accelerated_networking=False, etag=W/"7c3f29c9-a4d9-463c-b02d-7b7e837e3279")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-017-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-017-nic0 --updated
    planner_done 4 375 w004-nic-vm-analytics-017-nic0-accelerated-networking
  fi
  if planner_begin 4 376 w004-vm-vm-analytics-017-start
  then
    # step w004-vm-vm-analytics-017-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-017 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-017
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-017
    planner_done 4 376 w004-vm-vm-analytics-017-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 377 w004-vm-vm-analytics-018-deallocate
  then
    # step w004-vm-vm-analytics-018-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018 (expects etag="3", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 377 w004-vm-vm-analytics-018-deallocate
  fi
  if planner_begin 4 378 w004-vm-vm-analytics-018-resize
  then
    # step w004-vm-vm-analytics-018-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018 --updated
    planner_done 4 378 w004-vm-vm-analytics-018-resize
  fi
  if planner_begin 4 379 w004-vm-vm-analytics-018-start
  then
    # step w004-vm-vm-analytics-018-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-018
    planner_done 4 379 w004-vm-vm-analytics-018-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 380 w004-vm-vm-analytics-019-deallocate
  then
    # step w004-vm-vm-analytics-019-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-019 (expects etag="35", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-019
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-019
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 380 w004-vm-vm-analytics-019-deallocate
  fi
  if planner_begin 4 381 w004-nic-vm-analytics-019-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-019-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-019-nic0 (expects accelerated_networking=False, etag=W/"3caac61d-3c6f-4ad7-ae1a-303adac29896")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-019-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-019-nic0 --updated
    planner_done 4 381 w004-nic-vm-analytics-019-nic0-accelerated-networking
  fi
  if planner_begin 4 382 w004-vm-vm-analytics-019-start
  then
    # step w004-vm-vm-analytics-019-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-019 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-019
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-019
    planner_done 4 382 w004-vm-vm-analytics-019-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 383 w004-vm-vm-analytics-020-deallocate
  then
    # step w004-vm-vm-analytics-020-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-020 (expects etag="27", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-020
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-020
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 383 w004-vm-vm-analytics-020-deallocate
  fi
  if planner_begin 4 384 w004-vm-vm-analytics-020-start
  then
    # step w004-vm-vm-analytics-020-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-020 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-020
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-020
    planner_done 4 384 w004-vm-vm-analytics-020-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 385 w004-vm-vm-analytics-021-deallocate
  then
    # step w004-vm-vm-analytics-021-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021 (expects etag="35", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 385 w004-vm-vm-analytics-021-deallocate
  fi
  if planner_begin 4 386 w004-vm-vm-analytics-021-resize
  then
    # step w004-vm-vm-analytics-021-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021 --updated
    planner_done 4 386 w004-vm-vm-analytics-021-resize
  fi
  if planner_begin 4 387 w004-nic-vm-analytics-021-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-021-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-021-nic0 (expects accelerated_networking=False, etag=W/"60ad3565-1f54-4e64-b21b-3e1ae5a56b5c")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-021-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-021-nic0 --updated
    planner_done 4 387 w004-nic-vm-analytics-021-nic0-accelerated-networking
  fi
  if planner_begin 4 388 w004-vm-vm-analytics-021-start
  then
    # step w004-vm-vm-analytics-021-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-021
    planner_done 4 388 w004-vm-vm-analytics-021-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 389 w004-vm-vm-analytics-022-deallocate
  then
    # step w004-vm-vm-analytics-022-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022 (expects etag="6", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 389 w004-vm-vm-analytics-022-deallocate
  fi
  if planner_begin 4 390 w004-vm-vm-analytics-022-resize
  then
    # step w004-vm-vm-analytics-022-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022 --updated
    planner_done 4 390 w004-vm-vm-analytics-022-resize
  fi
  if planner_begin 4 391 w004-vm-vm-analytics-022-start
  then
    # step w004-vm-vm-analytics-022-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-022
    planner_done 4 391 w004-vm-vm-analytics-022-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 392 w004-vm-vm-analytics-023-deallocate
  then
    # step w004-vm-vm-analytics-023-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023 (expects etag="10", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 392 w004-vm-vm-analytics-023-deallocate
  fi
  if planner_begin 4 393 w004-vm-vm-analytics-023-resize
  then
    # step w004-vm-vm-analytics-023-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023 --updated
    planner_done 4 393 w004-vm-vm-analytics-023-resize
  fi
  if planner_begin 4 394 w004-vm-vm-analytics-023-start
  then
    # step w004-vm-vm-analytics-023-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-023
    planner_done 4 394 w004-vm-vm-analytics-023-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 395 w004-vm-vm-analytics-024-deallocate
  then
    # step w004-vm-vm-analytics-024-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024 (expects etag="3", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 395 w004-vm-vm-analytics-024-deallocate
  fi
  if planner_begin 4 396 w004-vm-vm-analytics-024-resize
  then
    # step w004-vm-vm-analytics-024-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024 --updated
    planner_done 4 396 w004-vm-vm-analytics-024-resize
  fi
  if planner_begin 4 397 w004-nic-vm-analytics-024-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-024-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-024-nic0 (expects accelerated_networking=False, etag=W/"cd30d674-8bb2-4690-90bc-3645c867fde3")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-024-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-024-nic0 --updated
    planner_done 4 397 w004-nic-vm-analytics-024-nic0-accelerated-networking
  fi
  if planner_begin 4 398 w004-vm-vm-analytics-024-start
  then
    # step w004-vm-vm-analytics-024-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024 (expects power_state=deallocated, size=Standard_D4ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-024
    planner_done 4 398 w004-vm-vm-analytics-024-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 399 w004-vm-vm-analytics-025-deallocate
  then
    # step w004-vm-vm-analytics-025-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-025 (expects etag="9", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-025
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-025
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 399 w004-vm-vm-analytics-025-deallocate
  fi
  if planner_begin 4 400 w004-nic-vm-analytics-025-nic0-accelerated-networking
  then
    # step w004-nic-vm-analytics-025-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-025-nic0 (expects accelerated_networking=False, etag=W/"8c6845a4-5b0e-42ac-87ce-c6f06d48096d")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-025-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Network/networkInterfaces/vm-analytics-025-nic0 --updated
    planner_done 4 400 w004-nic-vm-analytics-025-nic0-accelerated-networking
  fi
  if planner_begin 4 401 w004-vm-vm-analytics-025-start
  then
    # step w004-vm-vm-analytics-025-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-025 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-025
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-analytics/providers/Microsoft.Compute/virtualMachines/vm-analytics-025
    planner_done 4 401 w004-vm-vm-analytics-025-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 402 w004-vm-vm-legacy-003-deallocate
  then
    # step w004-vm-vm-legacy-003-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003 (expects etag="21", power_state=running, size=Standard_B2ms)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 402 w004-vm-vm-legacy-003-deallocate
  fi
  if planner_begin 4 403 w004-vm-vm-legacy-003-resize
  then
    # step w004-vm-vm-legacy-003-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003 (expects power_state=deallocated, size=Standard_B2ms)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003 --updated
    planner_done 4 403 w004-vm-vm-legacy-003-resize
  fi
  if planner_begin 4 404 w004-nic-vm-legacy-003-nic0-accelerated-networking
  then
    # step w004-nic-vm-legacy-003-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-003-nic0 (expects accelerated_networking=False, etag=W/"7674d02e-64c5-4243-8284-1fe4e9cdcb1f")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-003-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-003-nic0 --updated
    planner_done 4 404 w004-nic-vm-legacy-003-nic0-accelerated-networking
  fi
  if planner_begin 4 405 w004-vm-vm-legacy-003-start
  then
    # step w004-vm-vm-legacy-003-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-003
    planner_done 4 405 w004-vm-vm-legacy-003-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 406 w004-vm-vm-legacy-004-resize
  then
    # step w004-vm-vm-legacy-004-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-004 (expects etag="38", power_state=deallocated, size=Standard_F4s_v2)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-004 --size Standard_D4lds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-004 --updated
    planner_done 4 406 w004-vm-vm-legacy-004-resize
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 407 w004-vm-vm-legacy-005-deallocate
  then
    # step w004-vm-vm-legacy-005-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-005 (expects etag="12", power_state=stopped, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-005
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-005
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 407 w004-vm-vm-legacy-005-deallocate
  fi
  if planner_begin 4 408 w004-vm-vm-legacy-005-resize
  then
    # step w004-vm-vm-legacy-005-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-005 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-005 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-005 --updated
    planner_done 4 408 w004-vm-vm-legacy-005-resize
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 409 w004-vm-vm-legacy-006-deallocate
  then
    # step w004-vm-vm-legacy-006-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006 (expects etag="24", power_state=running, size=Standard_E8s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 409 w004-vm-vm-legacy-006-deallocate
  fi
  if planner_begin 4 410 w004-vm-vm-legacy-006-resize
  then
    # step w004-vm-vm-legacy-006-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006 (expects power_state=deallocated, size=Standard_E8s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006 --size Standard_E8ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006 --updated
    planner_done 4 410 w004-vm-vm-legacy-006-resize
  fi
  if planner_begin 4 411 w004-vm-vm-legacy-006-start
  then
    # step w004-vm-vm-legacy-006-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006 (expects power_state=deallocated, size=Standard_E8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-006
    planner_done 4 411 w004-vm-vm-legacy-006-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 412 w004-vm-vm-legacy-007-deallocate
  then
    # step w004-vm-vm-legacy-007-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007 (expects etag="3", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 412 w004-vm-vm-legacy-007-deallocate
  fi
  if planner_begin 4 413 w004-vm-vm-legacy-007-resize
  then
    # step w004-vm-vm-legacy-007-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007 --updated
    planner_done 4 413 w004-vm-vm-legacy-007-resize
  fi
  if planner_begin 4 414 w004-nic-vm-legacy-007-nic0-accelerated-networking
  then
    # step w004-nic-vm-legacy-007-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-007-nic0 (expects accelerated_networking=False, etag=W/"2b043109-937d-4e90-b8eb-f33b4e59c360")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-007-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-007-nic0 --updated
    planner_done 4 414 w004-nic-vm-legacy-007-nic0-accelerated-networking
  fi
  if planner_begin 4 415 w004-vm-vm-legacy-007-start
  then
    # step w004-vm-vm-legacy-007-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-007
    planner_done 4 415 w004-vm-vm-legacy-007-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 416 w004-vm-vm-legacy-008-deallocate
  then
    # step w004-vm-vm-legacy-008-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008 (expects etag="27", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 416 w004-vm-vm-legacy-008-deallocate
  fi
  if planner_begin 4 417 w004-vm-vm-legacy-008-resize
  then
    # step w004-vm-vm-legacy-008-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008 --updated
    planner_done 4 417 w004-vm-vm-legacy-008-resize
  fi
  if planner_begin 4 418 w004-vm-vm-legacy-008-start
  then
    # step w004-vm-vm-legacy-008-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-008
    planner_done 4 418 w004-vm-vm-legacy-008-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 419 w004-vm-vm-legacy-009-deallocate
  then
    # step w004-vm-vm-legacy-009-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009 (expects etag="24", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 419 w004-vm-vm-legacy-009-deallocate
  fi
  if planner_begin 4 420 w004-vm-vm-legacy-009-resize
  then
    # step w004-vm-vm-legacy-009-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009 --updated
    planner_done 4 420 w004-vm-vm-legacy-009-resize
  fi
  if planner_begin 4 421 w004-vm-vm-legacy-009-start
  then
    # step w004-vm-vm-legacy-009-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009 (expects power_state=deallocated, size=Standard_D4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-009
    planner_done 4 421 w004-vm-vm-legacy-009-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 422 w004-vm-vm-legacy-010-resize
  then
    # step w004-vm-vm-legacy-010-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-010 (expects etag="27", power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-010 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-010 --updated
    planner_done 4 422 w004-vm-vm-legacy-010-resize
  fi
  if planner_begin 4 423 w004-nic-vm-legacy-010-nic0-accelerated-networking
  then
    # step w004-nic-vm-legacy-010-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-010-nic0 (expects accelerated_networking=False, etag=W/"f5639b32-0be1-4728-b5ee-9dd5263e59b3")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-010-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-010-nic0 --updated
    planner_done 4 423 w004-nic-vm-legacy-010-nic0-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 4 424 w004-vm-vm-partner-003-deallocate
  then
    # step w004-vm-vm-partner-003-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003 (expects etag="35", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 4 424 w004-vm-vm-partner-003-deallocate
  fi
  if planner_begin 4 425 w004-vm-vm-partner-003-resize
  then
    # step w004-vm-vm-partner-003-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003 --updated
    planner_done 4 425 w004-vm-vm-partner-003-resize
  fi
  if planner_begin 4 426 w004-nic-vm-partner-003-nic0-accelerated-networking
  then
    # step w004-nic-vm-partner-003-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-003-nic0 (expects accelerated_networking=False, etag=W/"0ddb7d69-8f63-4c5b-9ee5-9446aa24104b")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-003-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-003-nic0 --updated
    planner_done 4 426 w004-nic-vm-partner-003-nic0-accelerated-networking
  fi
  if planner_begin 4 427 w004-vm-vm-partner-003-start
  then
    # step w004-vm-vm-partner-003-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-003
    planner_done 4 427 w004-vm-vm-partner-003-start
  fi
) &
planner_job $!
planner_wave_end 4

# === wave 5: 50 VM(s): scale set vmss-batch batch 4/4, 49 VM cycles (estimated 6 min 30 s) ===
planner_wave 5 6 428 w005-vmss-vmss-batch-deallocate-4-of-4
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 428 w005-vmss-vmss-batch-deallocate-4-of-4
  then
    # step w005-vmss-vmss-batch-deallocate-4-of-4: vmss.deallocate-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(az vmss list-instances --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --expand instanceView --query '[].[instanceId, instanceView.statuses[?starts_with(code, `"PowerState/"`)].code | [0]]' -o tsv | planner_batch_take vmss-12f27e84847c 4 1 /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch)
    if [ -n "$ids" ]; then az vmss deallocate --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 5 428 w005-vmss-vmss-batch-deallocate-4-of-4
  fi
  if planner_begin 5 429 w005-vmss-vmss-batch-upgrade-4-of-4
  then
    # step w005-vmss-vmss-batch-upgrade-4-of-4: vmss.upgrade-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(planner_batch_ids vmss-12f27e84847c 4)
    if [ -n "$ids" ]; then az vmss update-instances --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_done 5 429 w005-vmss-vmss-batch-upgrade-4-of-4
  fi
  if planner_begin 5 430 w005-vmss-vmss-batch-start-4-of-4
  then
    # step w005-vmss-vmss-batch-start-4-of-4: vmss.start-instances /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch (expects accelerated_networking=True, size=Standard_D4lds_v5)
    ids=$(planner_batch_ids vmss-12f27e84847c 4 running)
    if [ -n "$ids" ]; then az vmss start --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --instance-ids $ids; fi
    az vmss wait --subscription 3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36 --resource-group rg-batch --name vmss-batch --updated
    planner_batch_up vmss-12f27e84847c 4 /subscriptions/3f6d2b71-8c4e-4a9b-b5d2-7e1a0c9f4b36/resourceGroups/rg-batch/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-batch
    planner_done 5 430 w005-vmss-vmss-batch-start-4-of-4
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 431 w005-vm-vm-legacy-011-deallocate
  then
    # step w005-vm-vm-legacy-011-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011 (expects etag="38", power_state=running, size=Standard_DS2_v2)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 431 w005-vm-vm-legacy-011-deallocate
  fi
  if planner_begin 5 432 w005-vm-vm-legacy-011-resize
  then
    # step w005-vm-vm-legacy-011-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011 (expects power_state=deallocated, size=Standard_DS2_v2)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011 --updated
    planner_done 5 432 w005-vm-vm-legacy-011-resize
  fi
  if planner_begin 5 433 w005-vm-vm-legacy-011-start
  then
    # step w005-vm-vm-legacy-011-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-011
    planner_done 5 433 w005-vm-vm-legacy-011-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 434 w005-vm-vm-legacy-012-deallocate
  then
    # step w005-vm-vm-legacy-012-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012 (expects etag="4", power_state=running, size=Standard_E8s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 434 w005-vm-vm-legacy-012-deallocate
  fi
  if planner_begin 5 435 w005-vm-vm-legacy-012-resize
  then
    # step w005-vm-vm-legacy-012-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012 (expects power_state=deallocated, size=Standard_E8s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012 --size Standard_E8ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012 --updated
    planner_done 5 435 w005-vm-vm-legacy-012-resize
  fi
  if planner_begin 5 436 w005-vm-vm-legacy-012-start
  then
    # step w005-vm-vm-legacy-012-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012 (expects power_state=deallocated, size=Standard_E8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-012
    planner_done 5 436 w005-vm-vm-legacy-012-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 437 w005-vm-vm-legacy-013-deallocate
  then
    # step w005-vm-vm-legacy-013-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013 (expects etag="37", power_state=running, size=Standard_DS2_v2)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 437 w005-vm-vm-legacy-013-deallocate
  fi
  if planner_begin 5 438 w005-vm-vm-legacy-013-resize
  then
    # step w005-vm-vm-legacy-013-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013 (expects power_state=deallocated, size=Standard_DS2_v2)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013 --updated
    planner_done 5 438 w005-vm-vm-legacy-013-resize
  fi
  if planner_begin 5 439 w005-vm-vm-legacy-013-start
  then
    # step w005-vm-vm-legacy-013-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-013
    planner_done 5 439 w005-vm-vm-legacy-013-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 440 w005-vm-vm-legacy-014-deallocate
  then
    # step w005-vm-vm-legacy-014-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014 (expects etag="20", power_state=running, size=Standard_B2ms)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 440 w005-vm-vm-legacy-014-deallocate
  fi
  if planner_begin 5 441 w005-vm-vm-legacy-014-resize
  then
    # step w005-vm-vm-legacy-014-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014 (expects power_state=deallocated, size=Standard_B2ms)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014 --updated
    planner_done 5 441 w005-vm-vm-legacy-014-resize
  fi
  if planner_begin 5 442 w005-nic-vm-legacy-014-nic0-accelerated-networking
  then
    # step w005-nic-vm-legacy-014-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-014-nic0 (expects accelerated_networking=False, etag=W/"048eb991-78f0-4359-9c27-23325429056b")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-014-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-014-nic0 --updated
    planner_done 5 442 w005-nic-vm-legacy-014-nic0-accelerated-networking
  fi
  if planner_begin 5 443 w005-vm-vm-legacy-014-start
  then
    # step w005-vm-vm-legacy-014-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-014
    planner_done 5 443 w005-vm-vm-legacy-014-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 444 w005-vm-vm-legacy-015-deallocate
  then
    # step w005-vm-vm-legacy-015-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015 (expects etag="24", power_state=running, size=Standard_DS2_v2)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 444 w005-vm-vm-legacy-015-deallocate
  fi
  if planner_begin 5 445 w005-vm-vm-legacy-015-resize
  then
    # step w005-vm-vm-legacy-015-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015 (expects power_state=deallocated, size=Standard_DS2_v2)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015 --updated
    planner_done 5 445 w005-vm-vm-legacy-015-resize
  fi
  if planner_begin 5 446 w005-vm-vm-legacy-015-start
  then
    # step w005-vm-vm-legacy-015-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-015
    planner_done 5 446 w005-vm-vm-legacy-015-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 447 w005-vm-vm-legacy-016-deallocate
  then
    # step w005-vm-vm-legacy-016-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016 (expects etag="30", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 447 w005-vm-vm-legacy-016-deallocate
  fi
  if planner_begin 5 448 w005-vm-vm-legacy-016-resize
  then
    # step w005-vm-vm-legacy-016-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016 --updated
    planner_done 5 448 w005-vm-vm-legacy-016-resize
  fi
  if planner_begin 5 449 w005-nic-vm-legacy-016-nic0-accelerated-networking
  then
    # step w005-nic-vm-legacy-016-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-016-nic0 (expects accelerated_networking=False, etag=W/"8a767ee4-a9e4-42de-83d0-38f1e06d7847")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-016-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-016-nic0 --updated
    planner_done 5 449 w005-nic-vm-legacy-016-nic0-accelerated-networking
  fi
  if planner_begin 5 450 w005-nic-vm-legacy-016-nic1-accelerated-networking
  then
    # step w005-nic-vm-legacy-016-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-016-nic1 (expects accelerated_networking=False, etag=W/"bb024cf9-6f48-46f0-8a2c-1e9dbd999357")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-016-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-016-nic1 --updated
    planner_done 5 450 w005-nic-vm-legacy-016-nic1-accelerated-networking
  fi
  if planner_begin 5 451 w005-vm-vm-legacy-016-start
  then
    # step w005-vm-vm-legacy-016-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-016
    planner_done 5 451 w005-vm-vm-legacy-016-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 452 w005-vm-vm-legacy-017-deallocate
  then
    # step w005-vm-vm-legacy-017-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017 (expects etag="4", power_state=running, size=Standard_F4s_v2)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 452 w005-vm-vm-legacy-017-deallocate
  fi
  if planner_begin 5 453 w005-vm-vm-legacy-017-resize
  then
    # step w005-vm-vm-legacy-017-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017 (expects power_state=deallocated, size=Standard_F4s_v2)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017 --size Standard_D4lds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017 --updated
    planner_done 5 453 w005-vm-vm-legacy-017-resize
  fi
  if planner_begin 5 454 w005-vm-vm-legacy-017-start
  then
    # step w005-vm-vm-legacy-017-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017 (expects power_state=deallocated, size=Standard_D4lds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-017
    planner_done 5 454 w005-vm-vm-legacy-017-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 455 w005-vm-vm-legacy-018-deallocate
  then
    # step w005-vm-vm-legacy-018-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018 (expects etag="24", power_state=running, size=Standard_E8s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 455 w005-vm-vm-legacy-018-deallocate
  fi
  if planner_begin 5 456 w005-vm-vm-legacy-018-resize
  then
    # step w005-vm-vm-legacy-018-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018 (expects power_state=deallocated, size=Standard_E8s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018 --size Standard_E8ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018 --updated
    planner_done 5 456 w005-vm-vm-legacy-018-resize
  fi
  if planner_begin 5 457 w005-vm-vm-legacy-018-start
  then
    # step w005-vm-vm-legacy-018-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018 (expects power_state=deallocated, size=Standard_E8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-018
    planner_done 5 457 w005-vm-vm-legacy-018-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 458 w005-vm-vm-legacy-019-deallocate
  then
    # step w005-vm-vm-legacy-019-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019 (expects etag="28", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 458 w005-vm-vm-legacy-019-deallocate
  fi
  if planner_begin 5 459 w005-vm-vm-legacy-019-resize
  then
    # step w005-vm-vm-legacy-019-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019 --updated
    planner_done 5 459 w005-vm-vm-legacy-019-resize
  fi
  if planner_begin 5 460 w005-vm-vm-legacy-019-start
  then
    # step w005-vm-vm-legacy-019-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019 (expects power_state=deallocated, size=Standard_D4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-019
    planner_done 5 460 w005-vm-vm-legacy-019-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 461 w005-vm-vm-legacy-020-deallocate
  then
    # step w005-vm-vm-legacy-020-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020 (expects etag="36", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 461 w005-vm-vm-legacy-020-deallocate
  fi
  if planner_begin 5 462 w005-vm-vm-legacy-020-resize
  then
    # step w005-vm-vm-legacy-020-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020 --updated
    planner_done 5 462 w005-vm-vm-legacy-020-resize
  fi
  if planner_begin 5 463 w005-vm-vm-legacy-020-start
  then
    # step w005-vm-vm-legacy-020-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-020
    planner_done 5 463 w005-vm-vm-legacy-020-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 464 w005-vm-vm-legacy-021-deallocate
  then
    # step w005-vm-vm-legacy-021-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021 (expects etag="14", power_state=running, size=Standard_E8s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 464 w005-vm-vm-legacy-021-deallocate
  fi
  if planner_begin 5 465 w005-vm-vm-legacy-021-resize
  then
    # step w005-vm-vm-legacy-021-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021 (expects power_state=deallocated, size=Standard_E8s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021 --size Standard_E8ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021 --updated
    planner_done 5 465 w005-vm-vm-legacy-021-resize
  fi
  if planner_begin 5 466 w005-nic-vm-legacy-021-nic0-accelerated-networking
  then
    # step w005-nic-vm-legacy-021-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-021-nic0 (expects accelerated_networking=False, etag=W/"b062bbf4-5452-4362-b38c-9ec8bc14482f")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-021-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-021-nic0 --updated
    planner_done 5 466 w005-nic-vm-legacy-021-nic0-accelerated-networking
  fi
  if planner_begin 5 467 w005-vm-vm-legacy-021-start
  then
    # step w005-vm-vm-legacy-021-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021 (expects power_state=deallocated, size=Standard_E8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-021
    planner_done 5 467 w005-vm-vm-legacy-021-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 468 w005-vm-vm-legacy-022-deallocate
  then
    # step w005-vm-vm-legacy-022-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022 (expects etag="17", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 468 w005-vm-vm-legacy-022-deallocate
  fi
  if planner_begin 5 469 w005-vm-vm-legacy-022-resize
  then
    # step w005-vm-vm-legacy-022-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022 --updated
    planner_done 5 469 w005-vm-vm-legacy-022-resize
  fi
  if planner_begin 5 470 w005-vm-vm-legacy-022-start
  then
    # step w005-vm-vm-legacy-022-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022 (expects power_state=deallocated, size=Standard_D4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-022
    planner_done 5 470 w005-vm-vm-legacy-022-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 471 w005-vm-vm-legacy-023-deallocate
  then
    # step w005-vm-vm-legacy-023-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023 (expects etag="23", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 471 w005-vm-vm-legacy-023-deallocate
  fi
  if planner_begin 5 472 w005-vm-vm-legacy-023-resize
  then
    # step w005-vm-vm-legacy-023-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023 --updated
    planner_done 5 472 w005-vm-vm-legacy-023-resize
  fi
  if planner_begin 5 473 w005-nic-vm-legacy-023-nic0-accelerated-networking
  then
    # step w005-nic-vm-legacy-023-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-023-nic0 (expects accelerated_networking=False, etag=W/"3331e597-60cc-4be2-86df-6410b6304fa1")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-023-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-023-nic0 --updated
    planner_done 5 473 w005-nic-vm-legacy-023-nic0-accelerated-networking
  fi
  if planner_begin 5 474 w005-vm-vm-legacy-023-start
  then
    # step w005-vm-vm-legacy-023-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-023
    planner_done 5 474 w005-vm-vm-legacy-023-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 475 w005-vm-vm-legacy-024-deallocate
  then
    # step w005-vm-vm-legacy-024-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024 (expects etag="4", power_state=running, size=Standard_B2ms)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 475 w005-vm-vm-legacy-024-deallocate
  fi
  if planner_begin 5 476 w005-vm-vm-legacy-024-resize
  then
    # step w005-vm-vm-legacy-024-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024 (expects power_state=deallocated, size=Standard_B2ms)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024 --size Standard_D2ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024 --updated
    planner_done 5 476 w005-vm-vm-legacy-024-resize
  fi
  if planner_begin 5 477 w005-nic-vm-legacy-024-nic0-accelerated-networking
  then
    # step w005-nic-vm-legacy-024-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-024-nic0 (expects accelerated_networking=False, etag=W/"d4d7480a-2f13-4200-8b22-470daf34d7f6")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-024-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Network/networkInterfaces/vm-legacy-024-nic0 --updated
    planner_done 5 477 w005-nic-vm-legacy-024-nic0-accelerated-networking
  fi
  if planner_begin 5 478 w005-vm-vm-legacy-024-start
  then
    # step w005-vm-vm-legacy-024-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-024
    planner_done 5 478 w005-vm-vm-legacy-024-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 479 w005-vm-vm-legacy-025-deallocate
  then
    # step w005-vm-vm-legacy-025-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-025 (expects etag="12", power_state=stopped, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-025
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-025
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 479 w005-vm-vm-legacy-025-deallocate
  fi
  if planner_begin 5 480 w005-vm-vm-legacy-025-resize
  then
    # step w005-vm-vm-legacy-025-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-025 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-025 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-025 --updated
    planner_done 5 480 w005-vm-vm-legacy-025-resize
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 481 w005-vm-vm-partner-006-deallocate
  then
    # step w005-vm-vm-partner-006-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-006 (expects etag="36", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-006
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-006
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 481 w005-vm-vm-partner-006-deallocate
  fi
  if planner_begin 5 482 w005-vm-vm-partner-006-start
  then
    # step w005-vm-vm-partner-006-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-006 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-006
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-006
    planner_done 5 482 w005-vm-vm-partner-006-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 483 w005-nic-vm-partner-007-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-007-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-007-nic0 (expects accelerated_networking=False, etag=W/"5e1e62ee-6d7c-43fe-bbb2-d4631b4341f0")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-007-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-007-nic0 --updated
    planner_done 5 483 w005-nic-vm-partner-007-nic0-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 484 w005-vm-vm-partner-008-deallocate
  then
    # step w005-vm-vm-partner-008-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-008 (expects etag="16", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-008
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-008
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 484 w005-vm-vm-partner-008-deallocate
  fi
  if planner_begin 5 485 w005-vm-vm-partner-008-start
  then
    # step w005-vm-vm-partner-008-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-008 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-008
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-008 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-008
    planner_done 5 485 w005-vm-vm-partner-008-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 486 w005-vm-vm-partner-009-deallocate
  then
    # step w005-vm-vm-partner-009-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-009 (expects etag="5", power_state=stopped, size=Standard_D4as_v4)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-009
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-009
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 486 w005-vm-vm-partner-009-deallocate
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 487 w005-nic-vm-partner-010-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-010-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-010-nic0 (expects accelerated_networking=False, etag=W/"0ee43d8d-a695-4be6-ba94-18803997808b")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-010-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-010-nic0 --updated
    planner_done 5 487 w005-nic-vm-partner-010-nic0-accelerated-networking
  fi
  if planner_begin 5 488 w005-nic-vm-partner-010-nic1-accelerated-networking
  then
    # step w005-nic-vm-partner-010-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-010-nic1 (expects accelerated_networking=False, etag=W/"578378c9-15d5-47b2-b18f-1ecc964bb9c5")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-010-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-010-nic1 --updated
    planner_done 5 488 w005-nic-vm-partner-010-nic1-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 489 w005-vm-vm-partner-011-deallocate
  then
    # step w005-vm-vm-partner-011-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-011 (expects etag="38", power_state=running, size=Standard_D4as_v4)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-011
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-011
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 489 w005-vm-vm-partner-011-deallocate
  fi
  if planner_begin 5 490 w005-nic-vm-partner-011-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-011-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-011-nic0 (expects accelerated_networking=False, etag=W/"bb250f0c-a036-401f-8925-9f39e85f9354")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-011-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-011-nic0 --updated
    planner_done 5 490 w005-nic-vm-partner-011-nic0-accelerated-networking
  fi
  if planner_begin 5 491 w005-vm-vm-partner-011-start
  then
    # step w005-vm-vm-partner-011-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-011 (expects power_state=deallocated, size=Standard_D4as_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-011
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-011 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-011
    planner_done 5 491 w005-vm-vm-partner-011-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 492 w005-vm-vm-partner-012-deallocate
  then
    # step w005-vm-vm-partner-012-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-012 (expects etag="23", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-012
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-012
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 492 w005-vm-vm-partner-012-deallocate
  fi
  if planner_begin 5 493 w005-nic-vm-partner-012-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-012-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-012-nic0 (expects accelerated_networking=False, etag=W/"88b3962b-36bf-495b-bdf1-7b06539d7af1")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-012-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-012-nic0 --updated
    planner_done 5 493 w005-nic-vm-partner-012-nic0-accelerated-networking
  fi
  if planner_begin 5 494 w005-nic-vm-partner-012-nic1-accelerated-networking
  then
    # step w005-nic-vm-partner-012-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-012-nic1 (expects accelerated_networking=False, etag=W/"2a774b3e-ecab-4575-9e5c-dc24d0f4405d")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-012-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-012-nic1 --updated
    planner_done 5 494 w005-nic-vm-partner-012-nic1-accelerated-networking
  fi
  if planner_begin 5 495 w005-vm-vm-partner-012-start
  then
    # step w005-vm-vm-partner-012-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-012 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-012
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-012
    planner_done 5 495 w005-vm-vm-partner-012-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 496 w005-vm-vm-partner-013-deallocate
  then
    # step w005-vm-vm-partner-013-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-013 (expects etag="21", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-013
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-013
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 496 w005-vm-vm-partner-013-deallocate
  fi
  if planner_begin 5 497 w005-vm-vm-partner-013-start
  then
    # step w005-vm-vm-partner-013-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-013 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-013
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-013
    planner_done 5 497 w005-vm-vm-partner-013-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 498 w005-vm-vm-partner-014-deallocate
  then
    # step w005-vm-vm-partner-014-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-014 (expects etag="3", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-014
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-014
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 498 w005-vm-vm-partner-014-deallocate
  fi
  if planner_begin 5 499 w005-nic-vm-partner-014-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-014-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-014-nic0 (expects accelerated_networking=False, etag=W/"a41506ba-ef14-4284-ab28-1481910e3c5d")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-014-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-014-nic0 --updated
    planner_done 5 499 w005-nic-vm-partner-014-nic0-accelerated-networking
  fi
  if planner_begin 5 500 w005-vm-vm-partner-014-start
  then
    # step w005-vm-vm-partner-014-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-014 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-014
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-014
    planner_done 5 500 w005-vm-vm-partner-014-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 501 w005-nic-vm-partner-015-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-015-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-015-nic0 (expects accelerated_networking=False, etag=W/"426c715f-22ee-472f-822e-e79cc6eae943")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-015-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-015-nic0 --updated
    planner_done 5 501 w005-nic-vm-partner-015-nic0-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 502 w005-vm-vm-partner-016-deallocate
  then
    # step w005-vm-vm-partner-016-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-016 (expects etag="20", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-016
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-016
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 502 w005-vm-vm-partner-016-deallocate
  fi
  if planner_begin 5 503 w005-nic-vm-partner-016-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-016-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-016-nic0 (expects accelerated_networking=False, etag=W/"7072188c-3186-4683-b198-21f3b13dafac")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-016-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-016-nic0 --updated
    planner_done 5 503 w005-nic-vm-partner-016-nic0-accelerated-networking
  fi
  if planner_begin 5 504 w005-vm-vm-partner-016-start
  then
    # step w005-vm-vm-partner-016-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-016 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-016
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-016
    planner_done 5 504 w005-vm-vm-partner-016-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 505 w005-vm-vm-partner-017-deallocate
  then
    # step w005-vm-vm-partner-017-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-017 (expects etag="37", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-017
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-017
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 505 w005-vm-vm-partner-017-deallocate
  fi
  if planner_begin 5 506 w005-vm-vm-partner-017-start
  then
    # step w005-vm-vm-partner-017-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-017 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-017
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-017
    planner_done 5 506 w005-vm-vm-partner-017-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 507 w005-vm-vm-partner-018-deallocate
  then
    # step w005-vm-vm-partner-018-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-018 (expects etag="19", power_state=stopped, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-018
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-018
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 507 w005-vm-vm-partner-018-deallocate
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 508 w005-vm-vm-partner-019-deallocate
  then
    # step w005-vm-vm-partner-019-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-019 (expects etag="3", power_state=running, size=Standard_D2s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-019
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-019
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 508 w005-vm-vm-partner-019-deallocate
  fi
  if planner_begin 5 509 w005-nic-vm-partner-019-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-019-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-019-nic0 (expects accelerated_networking=False, etag=W/"2109b933-785f-4b53-95f6-baaa08f34235")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-019-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-019-nic0 --updated
    planner_done 5 509 w005-nic-vm-partner-019-nic0-accelerated-networking
  fi
  if planner_begin 5 510 w005-nic-vm-partner-019-nic1-accelerated-networking
  then
    # step w005-nic-vm-partner-019-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-019-nic1 (expects accelerated_networking=False, etag=W/"e4e205ea-a89a-4048-af16-3906e46d8b67")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-019-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-019-nic1 --updated
    planner_done 5 510 w005-nic-vm-partner-019-nic1-accelerated-networking
  fi
  if planner_begin 5 511 w005-vm-vm-partner-019-start
  then
    # step w005-vm-vm-partner-019-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-019 (expects power_state=deallocated, size=Standard_D2s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-019
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-019 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-019
    planner_done 5 511 w005-vm-vm-partner-019-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 512 w005-vm-vm-partner-020-deallocate
  then
    # step w005-vm-vm-partner-020-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-020 (expects etag="35", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-020
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-020
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 512 w005-vm-vm-partner-020-deallocate
  fi
  if planner_begin 5 513 w005-vm-vm-partner-020-start
  then
    # step w005-vm-vm-partner-020-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-020 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-020
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-020
    planner_done 5 513 w005-vm-vm-partner-020-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 514 w005-vm-vm-partner-021-deallocate
  then
    # step w005-vm-vm-partner-021-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-021 (expects etag="31", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-021
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-021
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 514 w005-vm-vm-partner-021-deallocate
  fi
  if planner_begin 5 515 w005-nic-vm-partner-021-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-021-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-021-nic0 (expects accelerated_networking=False, etag=W/"aed0c854-0550-4ef4-a631-58edca04bba8")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-021-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-021-nic0 --updated
    planner_done 5 515 w005-nic-vm-partner-021-nic0-accelerated-networking
  fi
  if planner_begin 5 516 w005-vm-vm-partner-021-start
  then
    # step w005-vm-vm-partner-021-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-021 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-021
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-021
    planner_done 5 516 w005-vm-vm-partner-021-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 517 w005-vm-vm-partner-022-deallocate
  then
    # step w005-vm-vm-partner-022-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-022 (expects etag="35", power_state=stopped, size=Standard_D2s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-022
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-022
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-022 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 517 w005-vm-vm-partner-022-deallocate
  fi
  if planner_begin 5 518 w005-nic-vm-partner-022-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-022-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-022-nic0 (expects accelerated_networking=False, etag=W/"1b1402bf-ab9f-42cb-9507-92ee4b173e9d")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-022-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-022-nic0 --updated
    planner_done 5 518 w005-nic-vm-partner-022-nic0-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 519 w005-vm-vm-partner-023-deallocate
  then
    # step w005-vm-vm-partner-023-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-023 (expects etag="5", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-023
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-023
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 519 w005-vm-vm-partner-023-deallocate
  fi
  if planner_begin 5 520 w005-nic-vm-partner-023-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-023-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-023-nic0 (expects accelerated_networking=False, etag=W/"53c17d45-ee40-4196-b043-f72e84c09415")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-023-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-023-nic0 --updated
    planner_done 5 520 w005-nic-vm-partner-023-nic0-accelerated-networking
  fi
  if planner_begin 5 521 w005-vm-vm-partner-023-start
  then
    # step w005-vm-vm-partner-023-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-023 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-023
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-023
    planner_done 5 521 w005-vm-vm-partner-023-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 522 w005-vm-vm-partner-024-deallocate
  then
    # step w005-vm-vm-partner-024-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-024 (expects etag="25", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-024
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-024
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 522 w005-vm-vm-partner-024-deallocate
  fi
  if planner_begin 5 523 w005-nic-vm-partner-024-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-024-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-024-nic0 (expects accelerated_networking=False, etag=W/"1ed6e6b7-7323-4824-93fa-c2dfd3888163")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-024-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-024-nic0 --updated
    planner_done 5 523 w005-nic-vm-partner-024-nic0-accelerated-networking
  fi
  if planner_begin 5 524 w005-vm-vm-partner-024-start
  then
    # step w005-vm-vm-partner-024-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-024 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-024
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-024
    planner_done 5 524 w005-vm-vm-partner-024-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 525 w005-vm-vm-partner-025-deallocate
  then
    # step w005-vm-vm-partner-025-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-025 (expects etag="32", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-025
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-025
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 525 w005-vm-vm-partner-025-deallocate
  fi
  if planner_begin 5 526 w005-nic-vm-partner-025-nic0-accelerated-networking
  then
    # step w005-nic-vm-partner-025-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-025-nic0 (expects accelerated_networking=False, etag=W/"137d2912-c88d-43f5-953f-337cb1fc1708")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-025-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Network/networkInterfaces/vm-partner-025-nic0 --updated
    planner_done 5 526 w005-nic-vm-partner-025-nic0-accelerated-networking
  fi
  if planner_begin 5 527 w005-vm-vm-partner-025-start
  then
    # step w005-vm-vm-partner-025-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-025 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-025
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-partner/providers/Microsoft.Compute/virtualMachines/vm-partner-025
    planner_done 5 527 w005-vm-vm-partner-025-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 528 w005-vm-vm-shared-001-deallocate
  then
    # step w005-vm-vm-shared-001-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001 (expects etag="14", power_state=running, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 528 w005-vm-vm-shared-001-deallocate
  fi
  if planner_begin 5 529 w005-vm-vm-shared-001-resize
  then
    # step w005-vm-vm-shared-001-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001 --size Standard_D4ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001 --updated
    planner_done 5 529 w005-vm-vm-shared-001-resize
  fi
  if planner_begin 5 530 w005-vm-vm-shared-001-start
  then
    # step w005-vm-vm-shared-001-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001 (expects power_state=deallocated, size=Standard_D4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-001
    planner_done 5 530 w005-vm-vm-shared-001-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 531 w005-vm-vm-shared-002-deallocate
  then
    # step w005-vm-vm-shared-002-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-002 (expects etag="4", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-002
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-002
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 531 w005-vm-vm-shared-002-deallocate
  fi
  if planner_begin 5 532 w005-vm-vm-shared-002-start
  then
    # step w005-vm-vm-shared-002-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-002 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-002
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-002 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-002
    planner_done 5 532 w005-vm-vm-shared-002-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 533 w005-vm-vm-shared-003-resize
  then
    # step w005-vm-vm-shared-003-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-003 (expects etag="20", power_state=deallocated, size=Standard_F4s_v2)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-003 --size Standard_D4lds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-003 --updated
    planner_done 5 533 w005-vm-vm-shared-003-resize
  fi
  if planner_begin 5 534 w005-nic-vm-shared-003-nic0-accelerated-networking
  then
    # step w005-nic-vm-shared-003-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-003-nic0 (expects accelerated_networking=False, etag=W/"0521a9c7-9f32-4b13-bcfb-8c2f1eaa43fb")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-003-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-003-nic0 --updated
    planner_done 5 534 w005-nic-vm-shared-003-nic0-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 535 w005-vm-vm-shared-004-resize
  then
    # step w005-vm-vm-shared-004-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-004 (expects etag="22", power_state=deallocated, size=Standard_E8s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-004 --size Standard_E8ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-004 --updated
    planner_done 5 535 w005-vm-vm-shared-004-resize
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 536 w005-vm-vm-shared-005-deallocate
  then
    # step w005-vm-vm-shared-005-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-005 (expects etag="34", power_state=running, size=Standard_D8ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-005
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-005
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 536 w005-vm-vm-shared-005-deallocate
  fi
  if planner_begin 5 537 w005-nic-vm-shared-005-nic0-accelerated-networking
  then
    # step w005-nic-vm-shared-005-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-005-nic0 (expects accelerated_networking=False, etag=W/"af9f9aa3-b4c6-464d-96c5-3ceda1b5473e")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-005-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-005-nic0 --updated
    planner_done 5 537 w005-nic-vm-shared-005-nic0-accelerated-networking
  fi
  if planner_begin 5 538 w005-vm-vm-shared-005-start
  then
    # step w005-vm-vm-shared-005-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-005 (expects power_state=deallocated, size=Standard_D8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-005
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-005 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-005
    planner_done 5 538 w005-vm-vm-shared-005-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 539 w005-vm-vm-shared-006-deallocate
  then
    # step w005-vm-vm-shared-006-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-006 (expects etag="8", power_state=running, size=Standard_D4as_v6)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-006
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-006
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 539 w005-vm-vm-shared-006-deallocate
  fi
  if planner_begin 5 540 w005-vm-vm-shared-006-start
  then
    # step w005-vm-vm-shared-006-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-006 (expects power_state=deallocated, size=Standard_D4as_v6)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-006
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-006 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-006
    planner_done 5 540 w005-vm-vm-shared-006-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 541 w005-vm-vm-shared-007-deallocate
  then
    # step w005-vm-vm-shared-007-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-007 (expects etag="23", power_state=running, size=Standard_D8s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-007
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-007
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 541 w005-vm-vm-shared-007-deallocate
  fi
  if planner_begin 5 542 w005-vm-vm-shared-007-start
  then
    # step w005-vm-vm-shared-007-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-007 (expects power_state=deallocated, size=Standard_D8s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-007
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-007 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-007
    planner_done 5 542 w005-vm-vm-shared-007-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 543 w005-nic-vm-shared-008-nic0-accelerated-networking
  then
    # step w005-nic-vm-shared-008-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-008-nic0 (expects accelerated_networking=False, etag=W/"dc25ec0e-f275-4385-b606-fc6a227784cd")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-008-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-008-nic0 --updated
    planner_done 5 543 w005-nic-vm-shared-008-nic0-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 544 w005-vm-vm-shared-009-deallocate
  then
    # step w005-vm-vm-shared-009-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-009 (expects etag="4", power_state=stopped, size=Standard_D4s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-009
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-009
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-009 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 544 w005-vm-vm-shared-009-deallocate
  fi
  if planner_begin 5 545 w005-vm-vm-shared-009-resize
  then
    # step w005-vm-vm-shared-009-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-009 (expects power_state=deallocated, size=Standard_D4s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-009 --size Standard_D4ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-009 --updated
    planner_done 5 545 w005-vm-vm-shared-009-resize
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 546 w005-vm-vm-shared-010-deallocate
  then
    # step w005-vm-vm-shared-010-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010 (expects etag="2", power_state=running, size=Standard_B2ms)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 546 w005-vm-vm-shared-010-deallocate
  fi
  if planner_begin 5 547 w005-vm-vm-shared-010-resize
  then
    # step w005-vm-vm-shared-010-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010 (expects power_state=deallocated, size=Standard_B2ms)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010 --size Standard_D2ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010 --updated
    planner_done 5 547 w005-vm-vm-shared-010-resize
  fi
  if planner_begin 5 548 w005-nic-vm-shared-010-nic0-accelerated-networking
  then
    # step w005-nic-vm-shared-010-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-010-nic0 (expects accelerated_networking=False, etag=W/"7381476c-be84-4af5-be78-74eb55cad0e4")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-010-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-010-nic0 --updated
    planner_done 5 548 w005-nic-vm-shared-010-nic0-accelerated-networking
  fi
  if planner_begin 5 549 w005-vm-vm-shared-010-start
  then
    # step w005-vm-vm-shared-010-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010 (expects power_state=deallocated, size=Standard_D2ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-010
    planner_done 5 549 w005-vm-vm-shared-010-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 550 w005-vm-vm-shared-011-resize
  then
    # step w005-vm-vm-shared-011-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-011 (expects etag="30", power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-011 --size Standard_D2ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-011 --updated
    planner_done 5 550 w005-vm-vm-shared-011-resize
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 551 w005-vm-vm-shared-012-deallocate
  then
    # step w005-vm-vm-shared-012-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012 (expects etag="9", power_state=running, size=Standard_E8s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 551 w005-vm-vm-shared-012-deallocate
  fi
  if planner_begin 5 552 w005-vm-vm-shared-012-resize
  then
    # step w005-vm-vm-shared-012-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012 (expects power_state=deallocated, size=Standard_E8s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012 --size Standard_E8ds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012 --updated
    planner_done 5 552 w005-vm-vm-shared-012-resize
  fi
  if planner_begin 5 553 w005-vm-vm-shared-012-start
  then
    # step w005-vm-vm-shared-012-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012 (expects power_state=deallocated, size=Standard_E8ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-012
    planner_done 5 553 w005-vm-vm-shared-012-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 554 w005-vm-vm-shared-013-deallocate
  then
    # step w005-vm-vm-shared-013-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-013 (expects etag="39", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-013
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-013
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 554 w005-vm-vm-shared-013-deallocate
  fi
  if planner_begin 5 555 w005-nic-vm-shared-013-nic0-accelerated-networking
  then
    # step w005-nic-vm-shared-013-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-013-nic0 (expects accelerated_networking=False, etag=W/"8c6cf7c6-26bd-4678-8404-f412e9a63826")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-013-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-013-nic0 --updated
    planner_done 5 555 w005-nic-vm-shared-013-nic0-accelerated-networking
  fi
  if planner_begin 5 556 w005-vm-vm-shared-013-start
  then
    # step w005-vm-vm-shared-013-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-013 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-013
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-013 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-013
    planner_done 5 556 w005-vm-vm-shared-013-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 5 557 w005-vm-vm-shared-014-deallocate
  then
    # step w005-vm-vm-shared-014-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-014 (expects etag="4", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-014
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-014
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 5 557 w005-vm-vm-shared-014-deallocate
  fi
  if planner_begin 5 558 w005-nic-vm-shared-014-nic0-accelerated-networking
  then
    # step w005-nic-vm-shared-014-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-014-nic0 (expects accelerated_networking=False, etag=W/"2b533ab7-3f7b-4147-8393-0d0e8cd684d8")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-014-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-014-nic0 --updated
    planner_done 5 558 w005-nic-vm-shared-014-nic0-accelerated-networking
  fi
  if planner_begin 5 559 w005-nic-vm-shared-014-nic1-accelerated-networking
  then
    # step w005-nic-vm-shared-014-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-014-nic1 (expects accelerated_networking=False, etag=W/"398c087a-9df9-4270-b9c0-4ee0952f5857")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-014-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-014-nic1 --updated
    planner_done 5 559 w005-nic-vm-shared-014-nic1-accelerated-networking
  fi
  if planner_begin 5 560 w005-vm-vm-shared-014-start
  then
    # step w005-vm-vm-shared-014-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-014 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-014
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-014 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-014
    planner_done 5 560 w005-vm-vm-shared-014-start
  fi
) &
planner_job $!
planner_wave_end 5

# === wave 6: 10 VM(s): 10 VM cycles (estimated 6 min 30 s) ===
planner_wave 6 6 561 w006-vm-vm-shared-015-deallocate
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 561 w006-vm-vm-shared-015-deallocate
  then
    # step w006-vm-vm-shared-015-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015 (expects etag="14", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 561 w006-vm-vm-shared-015-deallocate
  fi
  if planner_begin 6 562 w006-vm-vm-shared-015-resize
  then
    # step w006-vm-vm-shared-015-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015 --size Standard_D2ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015 --updated
    planner_done 6 562 w006-vm-vm-shared-015-resize
  fi
  if planner_begin 6 563 w006-vm-vm-shared-015-start
  then
    # step w006-vm-vm-shared-015-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015 (expects power_state=deallocated, size=Standard_D2ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-015
    planner_done 6 563 w006-vm-vm-shared-015-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 564 w006-vm-vm-shared-016-deallocate
  then
    # step w006-vm-vm-shared-016-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-016 (expects etag="2", power_state=running, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-016
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-016
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 564 w006-vm-vm-shared-016-deallocate
  fi
  if planner_begin 6 565 w006-vm-vm-shared-016-start
  then
    # step w006-vm-vm-shared-016-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-016 (expects power_state=deallocated, size=Standard_D4s_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-016
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-016 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-016
    planner_done 6 565 w006-vm-vm-shared-016-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 566 w006-vm-vm-shared-017-deallocate
  then
    # step w006-vm-vm-shared-017-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017 (expects etag="38", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 566 w006-vm-vm-shared-017-deallocate
  fi
  if planner_begin 6 567 w006-vm-vm-shared-017-resize
  then
    # step w006-vm-vm-shared-017-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017 --size Standard_D2ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017 --updated
    planner_done 6 567 w006-vm-vm-shared-017-resize
  fi
  if planner_begin 6 568 w006-vm-vm-shared-017-start
  then
    # step w006-vm-vm-shared-017-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017 (expects power_state=deallocated, size=Standard_D2ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-017
    planner_done 6 568 w006-vm-vm-shared-017-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 569 w006-vm-vm-shared-018-deallocate
  then
    # step w006-vm-vm-shared-018-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018 (expects etag="24", power_state=running, size=Standard_D2s_v3)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 569 w006-vm-vm-shared-018-deallocate
  fi
  if planner_begin 6 570 w006-vm-vm-shared-018-resize
  then
    # step w006-vm-vm-shared-018-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018 (expects power_state=deallocated, size=Standard_D2s_v3)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018 --size Standard_D2ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018 --updated
    planner_done 6 570 w006-vm-vm-shared-018-resize
  fi
  if planner_begin 6 571 w006-nic-vm-shared-018-nic0-accelerated-networking
  then
    # step w006-nic-vm-shared-018-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-018-nic0 (expects accelerated_networking=False, etag=W/"e12b60ac-59cd-45ac-ad2f-531c46ebfda5")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-018-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-018-nic0 --updated
    planner_done 6 571 w006-nic-vm-shared-018-nic0-accelerated-networking
  fi
  if planner_begin 6 572 w006-vm-vm-shared-018-start
  then
    # step w006-vm-vm-shared-018-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018 (expects power_state=deallocated, size=Standard_D2ds_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-018
    planner_done 6 572 w006-vm-vm-shared-018-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 573 w006-vm-vm-shared-020-deallocate
  then
    # step w006-vm-vm-shared-020-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-020 (expects etag="36", power_state=running, size=Standard_E4ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-020
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-020
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 573 w006-vm-vm-shared-020-deallocate
  fi
  if planner_begin 6 574 w006-nic-vm-shared-020-nic0-accelerated-networking
  then
    # step w006-nic-vm-shared-020-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-020-nic0 (expects accelerated_networking=False, etag=W/"f3536e94-7a9f-4799-bf84-b50553b3fc74")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-020-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-020-nic0 --updated
    planner_done 6 574 w006-nic-vm-shared-020-nic0-accelerated-networking
  fi
  if planner_begin 6 575 w006-nic-vm-shared-020-nic1-accelerated-networking
  then
    # step w006-nic-vm-shared-020-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-020-nic1 (expects accelerated_networking=False, etag=W/"fab16f0f-776a-4b4e-8579-ecb6d6add17d")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-020-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-020-nic1 --updated
    planner_done 6 575 w006-nic-vm-shared-020-nic1-accelerated-networking
  fi
  if planner_begin 6 576 w006-vm-vm-shared-020-start
  then
    # step w006-vm-vm-shared-020-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-020 (expects power_state=deallocated, size=Standard_E4ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-020
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-020 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-020
    planner_done 6 576 w006-vm-vm-shared-020-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 577 w006-vm-vm-shared-021-deallocate
  then
    # step w006-vm-vm-shared-021-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-021 (expects etag="8", power_state=running, size=Standard_D2ds_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-021
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-021
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 577 w006-vm-vm-shared-021-deallocate
  fi
  if planner_begin 6 578 w006-vm-vm-shared-021-start
  then
    # step w006-vm-vm-shared-021-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-021 (expects power_state=deallocated, size=Standard_D2ds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-021
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-021 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-021
    planner_done 6 578 w006-vm-vm-shared-021-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 579 w006-vm-vm-shared-022-resize
  then
    # step w006-vm-vm-shared-022-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-022 (expects etag="39", power_state=deallocated, size=Standard_B2ms)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-022 --size Standard_D8ds_v4
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-022 --updated
    planner_done 6 579 w006-vm-vm-shared-022-resize
  fi
  if planner_begin 6 580 w006-nic-vm-shared-022-nic0-accelerated-networking
  then
    # step w006-nic-vm-shared-022-nic0-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic0 (expects accelerated_networking=False, etag=W/"f3d2bc9e-b095-45a6-9458-aeb35a34b35e")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic0 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic0 --updated
    planner_done 6 580 w006-nic-vm-shared-022-nic0-accelerated-networking
  fi
  if planner_begin 6 581 w006-nic-vm-shared-022-nic1-accelerated-networking
  then
    # step w006-nic-vm-shared-022-nic1-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic1 (expects accelerated_networking=False, etag=W/"4689569d-9422-49aa-9984-ceee45ea7d11")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic1 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic1 --updated
    planner_done 6 581 w006-nic-vm-shared-022-nic1-accelerated-networking
  fi
  if planner_begin 6 582 w006-nic-vm-shared-022-nic2-accelerated-networking
  then
    # step w006-nic-vm-shared-022-nic2-accelerated-networking: nic.enable-accelerated-networking /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic2 (expects accelerated_networking=False, etag=W/"191959f3-e51c-48ca-9e2b-325889d92bf8")
    az network nic update --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic2 --accelerated-networking true
    az network nic wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Network/networkInterfaces/vm-shared-022-nic2 --updated
    planner_done 6 582 w006-nic-vm-shared-022-nic2-accelerated-networking
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 583 w006-vm-vm-shared-023-deallocate
  then
    # step w006-vm-vm-shared-023-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-023 (expects etag="25", power_state=running, size=Standard_D2d_v4)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-023
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-023
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 583 w006-vm-vm-shared-023-deallocate
  fi
  if planner_begin 6 584 w006-vm-vm-shared-023-start
  then
    # step w006-vm-vm-shared-023-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-023 (expects power_state=deallocated, size=Standard_D2d_v4)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-023
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-023 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-023
    planner_done 6 584 w006-vm-vm-shared-023-start
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 585 w006-vm-vm-shared-024-deallocate
  then
    # step w006-vm-vm-shared-024-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-024 (expects etag="4", power_state=stopped, size=Standard_D4s_v5)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-024
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-024
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-024 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 585 w006-vm-vm-shared-024-deallocate
  fi
) &
planner_job $!
(
  PLANNER_IN_JOB=1
  PLANNER_JOBS=()
  trap planner_failed_step ERR
  trap - INT TERM
  if planner_begin 6 586 w006-vm-vm-shared-025-deallocate
  then
    # step w006-vm-vm-shared-025-deallocate: vm.deallocate /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025 (expects etag="26", power_state=running, size=Standard_F4s_v2)
    planner_down /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025
    az vm deallocate --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/deallocated'"'"']'
    planner_done 6 586 w006-vm-vm-shared-025-deallocate
  fi
  if planner_begin 6 587 w006-vm-vm-shared-025-resize
  then
    # step w006-vm-vm-shared-025-resize: vm.resize /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025 (expects power_state=deallocated, size=Standard_F4s_v2)
    az vm resize --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025 --size Standard_D4lds_v5
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025 --updated
    planner_done 6 587 w006-vm-vm-shared-025-resize
  fi
  if planner_begin 6 588 w006-vm-vm-shared-025-start
  then
    # step w006-vm-vm-shared-025-start: vm.start /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025 (expects power_state=deallocated, size=Standard_D4lds_v5)
    az vm start --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025
    az vm wait --ids /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025 --custom 'instanceView.statuses[?code=='"'"'PowerState/running'"'"']'
    planner_up /subscriptions/a84c1e05-2f7b-4d63-9e18-5b0d3c7a2f91/resourceGroups/rg-shared/providers/Microsoft.Compute/virtualMachines/vm-shared-025
    planner_done 6 588 w006-vm-vm-shared-025-start
  fi
) &
planner_job $!
planner_wave_end 6

planner_finish
