#!/usr/bin/env bash
# Sanitizer runs of the heap (docs/GC.md, "Sanitizers"):
#
#   tsan         ThreadSanitizer over the gc crate's tests that run threads:
#                gc/tests/threads.rs (allocation, collections stopping
#                threads at safepoints, handshakes), the unit tests (some
#                make objects on other threads), gc/tests/remembered.rs and
#                gc/tests/parallel_mark.rs (helper marker threads);
#                then threads.rs again in stress mode (a collection at each
#                block a thread takes) with TAIPAN_GC_VERIFY.
#   miri         Miri over the gc unit tests and gc/tests/remembered.rs
#                (single-threaded; see the exclusions below).
#   tsan-interp  ThreadSanitizer over interp/tests/object_locks.rs (biased
#                object locks, revocation handshakes, optimistic reads).
#                Slow to build (7 minutes cold on 2 shared cores): not in `all`.
#   all          tsan and miri (the default).
#
# Needs the nightly toolchain with rust-src and miri:
#   rustup component add --toolchain nightly rust-src miri
# Usage: bash gc/sanitize.sh [tsan|miri|tsan-interp|all]...
# Prints a summary and exits non-zero if any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."

TARGET=x86_64-unknown-linux-gnu
LOGDIR=target/sanitize
mkdir -p "$LOGDIR"

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "gc/sanitize.sh: no nightly toolchain; install it with" >&2
    echo "  rustup toolchain install nightly && rustup component add --toolchain nightly rust-src miri" >&2
    exit 2
fi

steps=()
results=()
failed=0

# run NAME COMMAND...: runs a step, its output to the terminal and to
# target/sanitize/NAME.log.  A step passes when the command succeeds, at
# least one test ran, no test failed, and no sanitizer reported anything
# (TSan makes the process exit 66 when it reported, but a report from a
# child process or one swallowed by the harness is caught here too).
run() {
    local name=$1
    shift
    local log="$LOGDIR/$name.log"
    echo
    echo "== $name: $*"
    local start=$SECONDS
    "$@" 2>&1 | tee "$log"
    local rc=${PIPESTATUS[0]}
    local secs=$((SECONDS - start))
    local why=""
    if [[ $rc -ne 0 ]]; then
        why="exit status $rc"
    elif grep -q "WARNING: ThreadSanitizer\|ERROR: ThreadSanitizer\|Undefined Behavior" "$log"; then
        why="sanitizer report"
    elif ! grep -q "test result: ok. [1-9]" "$log"; then
        why="no test ran"
    fi
    steps+=("$name")
    if [[ -z $why ]]; then
        local ran
        ran=$(grep -o "test result: ok. [0-9]* passed; [0-9]* failed; [0-9]* ignored" "$log" |
            awk '{p += $4; i += $8} END {print p " passed, " i " ignored"}')
        results+=("ok      ${secs}s  ($ran)  $log")
    else
        results+=("FAILED  ${secs}s  ($why)  $log")
        failed=1
    fi
}

tsan() {
    # -Zbuild-std: the standard library instrumented too (its atomics and
    # locks are the synchronisation TSan must see).  halt_on_error=0: every
    # race is reported; the process still exits 66 at the end.
    # gc/tsan.supp names the one race made on purpose: crossbeam-deque's
    # speculative read of a slot a stealer may lose (parallel marking).
    local flags="-Zsanitizer=thread"
    local opts="halt_on_error=0 second_deadlock_stack=1 suppressions=$PWD/gc/tsan.supp"
    run tsan-gc env RUSTFLAGS="$flags" TSAN_OPTIONS="$opts" \
        cargo +nightly test -Zbuild-std --target "$TARGET" --target-dir target/tsan \
        -p gc --lib --test threads --test remembered --test parallel_mark
    run tsan-gc-stress env RUSTFLAGS="$flags" TSAN_OPTIONS="$opts" \
        TAIPAN_GC_STRESS=1 TAIPAN_GC_VERIFY=1 \
        cargo +nightly test -Zbuild-std --target "$TARGET" --target-dir target/tsan \
        -p gc --test threads
}

tsan_interp() {
    # interp/tsan.supp names the one race the object locks make on
    # purpose (optimistic seqlock reads, interp/src/layout/shared.rs);
    # any other report fails the step.
    run tsan-interp env RUSTFLAGS="-Zsanitizer=thread" \
        TSAN_OPTIONS="halt_on_error=0 second_deadlock_stack=1 suppressions=$PWD/interp/tsan.supp" \
        cargo +nightly test -Zbuild-std --target "$TARGET" --target-dir target/tsan \
        -p interp --test object_locks
}

miri() {
    # Tests leak their heaps on purpose (a Heap is 'static): ignore leaks.
    # The heap hands out addresses as integers (blocks, cells, bitmaps):
    # permissive provenance.  Native stacks are not scanned under Miri (it
    # cannot read them as integers), so tests that keep objects in locals
    # also report them as precise roots under Miri (`miri_stack_twin`),
    # and gc/tests/threads.rs, whose threads keep their lists only on
    # their stacks, does not run under Miri (TSan covers it).
    # The parallel marking test runs under Tree Borrows: under Stacked
    # Borrows Miri reports a retag in crossbeam-epoch's own list of
    # participants (crossbeam_epoch::internal::Local::element_of, reached
    # from Stealer::steal_batch_and_pop), not in this crate.
    run miri-gc env MIRIFLAGS="-Zmiri-permissive-provenance -Zmiri-ignore-leaks" \
        cargo +nightly miri test --target-dir target/miri -p gc --lib --test remembered \
        -- --skip parallel_marking
    run miri-gc-parallel env MIRIFLAGS="-Zmiri-permissive-provenance -Zmiri-ignore-leaks -Zmiri-tree-borrows" \
        cargo +nightly miri test --target-dir target/miri -p gc --lib parallel_marking
}

[[ $# -eq 0 ]] && set -- all
for what in "$@"; do
    case "$what" in
    tsan) tsan ;;
    miri) miri ;;
    tsan-interp) tsan_interp ;;
    all)
        tsan
        miri
        ;;
    *)
        echo "usage: bash gc/sanitize.sh [tsan|miri|tsan-interp|all]..." >&2
        exit 2
        ;;
    esac
done

echo
echo "== gc/sanitize.sh summary"
for i in "${!steps[@]}"; do
    printf '%-16s %s\n' "${steps[$i]}" "${results[$i]}"
done
if [[ $failed -ne 0 ]]; then
    echo "gc/sanitize.sh: FAILED"
    exit 1
fi
echo "gc/sanitize.sh: all passed"
