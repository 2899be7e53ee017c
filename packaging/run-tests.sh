#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite; GUI tests run headless (offscreen).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

"$here/build.sh"
cd "$root/build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
