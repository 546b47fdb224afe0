#!/usr/bin/env bash
# Runs the gc crate's tests under ThreadSanitizer (the multi-threaded tests:
# allocation, collections stopping threads at safepoints, handshakes) and
# its single-threaded unit tests under Miri.  Needs the nightly toolchain:
#   rustup component add --toolchain nightly rust-src miri
# Usage: bash gc/sanitize.sh [tsan|miri]   (both by default)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
if [[ "$what" == all || "$what" == tsan ]]; then
    echo "== ThreadSanitizer: gc/tests/threads.rs"
    RUSTFLAGS="-Zsanitizer=thread" TSAN_OPTIONS="halt_on_error=1" \
        cargo +nightly test -Zbuild-std --target x86_64-unknown-linux-gnu \
        --target-dir target/tsan -p gc --test threads
fi
if [[ "$what" == all || "$what" == miri ]]; then
    echo "== Miri: gc unit tests"
    # Tests leak their heaps on purpose (a Heap is 'static): ignore leaks.
    # The heap hands out addresses as integers (blocks, cells, bitmaps):
    # permissive provenance.  Native stacks are not scanned under Miri (it
    # cannot read them as integers), so the tests that root objects only
    # from the stack are skipped there (#[cfg_attr(miri, ignore)]).
    MIRIFLAGS="-Zmiri-permissive-provenance -Zmiri-ignore-leaks" \
        cargo +nightly miri test --target-dir target/miri -p gc --lib
fi
