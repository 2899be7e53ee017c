#!/usr/bin/env bash
# Installs what is needed, builds, and starts Accord on a fresh demo workspace. Without a display (a server or a
# container) it starts Accord on a virtual one and saves a screenshot instead of showing the window.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

"$here/build.sh"
app="$root/build/app/accord"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --demo "$@"
fi
shot="$root/build/demo-screenshot.png"
echo "No display found: starting Accord on a virtual display and saving a screenshot to $shot"
xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --screenshot "$shot" "$@"
echo "Saved $shot"
