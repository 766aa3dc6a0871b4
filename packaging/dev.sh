#!/usr/bin/env bash
# The two commands of the README:
#   bash packaging/dev.sh run    install missing packages, build, start Leadflow on a local database
#   bash packaging/dev.sh test   install missing packages, build, run the whole test suite
# Environment: BUILD_DIR (default build), BUILD_TYPE (RelWithDebInfo), LEADFLOW_DB (database file
# for `run`; default: the per-user data folder), CTEST_ARGS (extra ctest arguments).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
action=${1:-}
case "$action" in
    run|test|build) ;;
    *) echo "usage: bash packaging/dev.sh run|test|build" >&2; exit 2 ;;
esac

bash packaging/install-deps.sh

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DLEADFLOW_WARNINGS_AS_ERRORS=ON
cmake --build "$build_dir" --parallel "$(nproc)"

case "$action" in
    run)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display: start Leadflow from a desktop session (or under xvfb-run)." >&2
            exit 1
        fi
        args=()
        [ -n "${LEADFLOW_DB:-}" ] && args=(--db "$LEADFLOW_DB")
        exec "$build_dir/app/leadflow" "${args[@]}"
        ;;
    test)
        cd "$build_dir"
        # shellcheck disable=SC2086
        exec ctest --output-on-failure --parallel "$(nproc)" ${CTEST_ARGS:-}
        ;;
esac
