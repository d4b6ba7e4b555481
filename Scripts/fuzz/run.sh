#!/usr/bin/env bash
# Runs every fuzz target (docs/reliability.md) for SECONDS each, JOBS at a time, from
# its committed corpus (Fuzz/Corpus/<target>), the seeds (seeds.py) and earlier runs'
# finds (<scratch>/corpus/<target>, never committed until `make fuzz-merge`). Writes a
# table of executions and coverage to <scratch>/fuzz-results.md and fails if any target
# crashed or broke an invariant; the input is then in <scratch>/crashes/.
#
#   run.sh SCRATCH SECONDS [JOBS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$1 seconds=$2 jobs=${3:-2}
shift $(( $# >= 3 ? 3 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(job bands site-config interview markdown render import-static import-boards html theme)
rm -rf "$scratch/seeds" "$scratch/logs"
python3 Scripts/fuzz/seeds.py "$scratch/seeds"
mkdir -p "$scratch/logs" "$scratch/crashes"

run_one() {
  local target=$1 scratch=$2 seconds=$3
  mkdir -p "$scratch/corpus/$target" "Fuzz/Corpus/$target" "$scratch/seeds/$target"
  # The Swift runtime's own backtracer would symbolicate for minutes on a crash; the
  # sanitizer's report is enough. Leaks are not checked: the runtime's caches live for
  # the whole process by design.
  local start=$SECONDS
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
    "$scratch/release/fuzz-$target" "$scratch/corpus/$target" "Fuzz/Corpus/$target" "$scratch/seeds/$target" \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 -detect_leaks=0 \
      -artifact_prefix="$scratch/crashes/$target-" -print_final_stats=1 \
      > "$scratch/logs/$target.log" 2>&1 || true
  echo $(( SECONDS - start )) > "$scratch/logs/$target.seconds"
}
export -f run_one
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} "$scratch" "$seconds"

{
  echo "| target | seconds | executions | exec/s | edges covered | features | corpus | result |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  for target in "${targets[@]}"; do
    log="$scratch/logs/$target.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
    crashes=$(ls "$scratch/crashes" | grep -c "^$target-" || true)
    result=ok
    if [ "$crashes" -gt 0 ] || ! grep -q '^Done [0-9]* runs' "$log"; then result="FAILED (see $log)"; fi
    echo "| $target | $(cat "$scratch/logs/$target.seconds") | ${execs:-?} | ${rate:-?} | ${cov:-?} | ${ft:-?} | ${corp:-?} | $result |"
  done
} | tee "$scratch/fuzz-results.md"
# The table is made in a subshell (the pipe), whose `status` this shell never sees: a
# crash left the run green. The table says it instead.
if grep -q 'FAILED' "$scratch/fuzz-results.md"; then exit 1; fi
