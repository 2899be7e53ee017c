#!/usr/bin/env bash
# Installs what Accord needs (Debian 12 packages) and builds it into ./build. Used by run-demo.sh and run-tests.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

"$here/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACCORD_WERROR=ON
cmake --build "$root/build" --parallel "$(nproc)"
