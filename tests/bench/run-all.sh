#!/usr/bin/env bash
# Runs every bench-*.sh next to this script (or only those named on the command line), one after the other so
# they do not compete for the machine, and reports which failed. The `bench` build target calls it with ACCORD,
# ACCORD_BUILD_DIR, BENCH_BIN_DIR and BENCH_WORK_DIR set.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -gt 0 ]; then
    benches=()
    for name in "$@"; do
        name="${name#bench-}"
        benches+=("$here/bench-${name%.sh}.sh")
    done
else
    benches=("$here"/bench-*.sh)
fi

failed=()
for bench in "${benches[@]}"; do
    [ -f "$bench" ] || { echo "run-all: no such bench: $bench" >&2; failed+=("$(basename "$bench")"); continue; }
    echo "=== $(basename "$bench")"
    bash "$bench" || failed+=("$(basename "$bench")")
    echo
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "run-all: failed: ${failed[*]}" >&2
    exit 1
fi
