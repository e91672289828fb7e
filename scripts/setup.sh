#!/bin/sh
# Sets Voorzet up on a fresh Debian 12 or Ubuntu machine.
#   scripts/setup.sh demo   installs what is missing, builds, starts the demo
#   scripts/setup.sh test   installs what is missing, builds, runs every test
# BUILD_DIR (default: build) and JOBS (default: 2) can be set in the environment.
set -eu

cd "$(dirname "$0")/.."
mode=${1:-}
build_dir=${BUILD_DIR:-build}
jobs=${JOBS:-2}

case "$mode" in
demo | test) ;;
*)
    echo "usage: scripts/setup.sh demo|test" >&2
    exit 2
    ;;
esac

# The system packages Voorzet builds and runs with (see README.md).
packages="cmake ninja-build g++ pkg-config
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-charts-dev qt6-websockets-dev qt6-svg-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libsqlite3-dev
libstemmer-dev qtkeychain-qt6-dev fonts-dejavu-core"

missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
    esac
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    fi
    $sudo apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" -j"$jobs"

if [ "$mode" = test ]; then
    exec ctest --test-dir "$build_dir" --output-on-failure -j"$jobs"
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "Built. There is no display here to open a window on; run the demo under a virtual"
    echo "display and look at it with a VNC viewer or a screenshot, for example:"
    echo "  xvfb-run -a -s \"-screen 0 1600x1000x24\" $build_dir/bin/voorzet --demo"
    echo "(install xvfb with: sudo apt-get install xvfb xauth)"
    exit 1
fi
exec "$build_dir/bin/voorzet" --demo
