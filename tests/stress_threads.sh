#!/usr/bin/env bash
# The shared-container stress suite of issue 5, run ROUNDS times in a row:
#   tests/stress_threads.sh [ROUNDS] [STRESS_RATES]
# Each round runs every script below once with a plain heap and once with
# TAIPAN_GC_STRESS=N TAIPAN_GC_VERIFY=1, N cycling through STRESS_RATES
# (default "1 2 3 4 5 6 7").  Every run's stdout and exit status must equal
# the CPython output checked in beside the script (tests/py/threads/X.out);
# a run is killed after 300 s and counts as a failure (a hang).  Exits 1 if
# any run failed.  Runs target/release/taipan (cargo build --release), or
# the binary named by TAIPAN_BIN (an absolute path).
#
# pool_map_10000.py runs under stress at a rate of at least 50: at lower
# rates its 5 threads stop for a collection every few allocations and one
# run takes minutes (tests/py/GC_STRESS_RATES).
set -uo pipefail
cd "$(dirname "$0")/py/threads"
rounds=${1:-100}
read -r -a rates <<<"${2:-1 2 3 4 5 6 7}"
exe=${TAIPAN_BIN:-../../../target/release/taipan}
scripts=(
  shared_list_append counters_under_lock shared_dict_set_atomic
  shared_counters iterate_while_mutating optimistic_reads deque_atomic
  queue_threads pool_map_10000 local_isolation gc_churn_threads
)
runs=0
fails=0
start=$SECONDS
check() { # NAME ENV...
  local name=$1
  shift
  local out rc
  out=$(env "$@" timeout 300 "$exe" "$name.py" 2>/tmp/stress_threads.err)
  rc=$?
  runs=$((runs + 1))
  if [ "$rc" != 0 ] || [ "$out" != "$(cat "$name.out")" ]; then
    fails=$((fails + 1))
    echo "FAIL $name.py [$*] exit $rc: $(tail -n 1 /tmp/stress_threads.err)"
    echo "$out" | diff "$name.out" - | head -n 20
  fi
}
for r in $(seq 1 "$rounds"); do
  rate=${rates[$(((r - 1) % ${#rates[@]}))]}
  for s in "${scripts[@]}"; do
    check "$s"
    n=$rate
    if [ "$s" = pool_map_10000 ] && [ "$n" -lt 50 ]; then n=50; fi
    check "$s" TAIPAN_GC_STRESS="$n" TAIPAN_GC_VERIFY=1
  done
  echo "round $r/$rounds (stress rate $rate): $runs runs, $fails failed, $((SECONDS - start)) s"
done
echo "stress_threads: $rounds rounds, $runs runs, $fails failed, $((SECONDS - start)) s"
[ "$fails" = 0 ]
