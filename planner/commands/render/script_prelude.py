"""The bash functions every exported script starts with (`planner.commands.render.script`).

The script logs what it does to `PLANNER_LOG` (default: the script's path + `.log`), one line per event:
`run`, `wave W N ID` (a wave starts; N and ID are its first step's), `down VM` (before a deallocation), `up VM`
(after a start), `batch KEY B ID:STATE ...` (the instances a scale-set batch's deallocation chose), `done W N ID`, `failed W N ID`, `interrupted`, `stopped CODE`, `finished`. N is the step's place in
the plan, so `PLANNER_FROM_STEP=ID` skips every step before it and, of the steps after it, those logged done.
On a failure or Ctrl-C the jobs in flight finish, then `planner_report` prints the failed steps, every VM deallocated
and not started again, and the command that resumes. Runs on bash 3.2 (macOS) and later.
"""

PRELUDE = r'''
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
'''
