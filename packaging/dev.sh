#!/usr/bin/env bash
# The two commands of the README:
#   bash packaging/dev.sh run    install missing packages, build, start Leadflow on a local database
#   bash packaging/dev.sh test   install missing packages, build, run the whole test suite; then
#                                the checks: the suite again built with ASan + UBSan (build-asan),
#                                and each libFuzzer target for a minute (build-fuzz; docs/fuzzing.md)
# Environment: BUILD_DIR (default build), BUILD_TYPE (RelWithDebInfo), LEADFLOW_DB (database file
# for `run`; default: the per-user data folder), CTEST_ARGS (extra ctest arguments, every suite),
# ASAN_BUILD_DIR (build-asan), FUZZ_BUILD_DIR (build-fuzz), FUZZ_SECONDS (60 per target),
# CHECKS=0 (`test` without the sanitizer suite and the fuzzers, for a quick local run).
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
        # shellcheck disable=SC2086
        (cd "$build_dir" && ctest --output-on-failure --parallel "$(nproc)" ${CTEST_ARGS:-})
        [ "${CHECKS:-1}" = 0 ] && exit 0

        # Clang 19 for both checks builds (clang 14 cannot compile std::expected). libstdc++ 12's
        # std::stable_sort calls the deprecated std::get_temporary_buffer, which clang (unlike gcc)
        # reports from inside the system header: that one stays a warning, every other is an error.
        # Debug keeps Qt's and Leadflow's assertions; -O1 -g1 keeps the build and the run short.
        checks_config=(-G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1"
            -DCMAKE_CXX_FLAGS=-Wno-error=deprecated-declarations -DLEADFLOW_WARNINGS_AS_ERRORS=ON
            -DLEADFLOW_BUILD_BENCHMARKS=OFF)
        export CC=clang-19 CXX=clang++-19

        echo "== the test suite with AddressSanitizer and UndefinedBehaviorSanitizer"
        started=$SECONDS
        asan_dir=${ASAN_BUILD_DIR:-build-asan}
        cmake -S . -B "$asan_dir" "${checks_config[@]}" -DLEADFLOW_SANITIZE=ON
        cmake --build "$asan_dir" --parallel "$(nproc)"
        echo "sanitizer build: $((SECONDS - started)) s"
        started=$SECONDS
        sanitizer_failed=0
        # shellcheck disable=SC2086
        (cd "$asan_dir" && ctest --output-on-failure --parallel "$(nproc)" ${CTEST_ARGS:-}) ||
            sanitizer_failed=1
        echo "sanitizer tests: $((SECONDS - started)) s"

        # The fuzzers run even when a sanitizer test failed: one CI run reports both.
        echo "== the fuzz targets, ${FUZZ_SECONDS:-60} s each"
        started=$SECONDS
        fuzz_dir=${FUZZ_BUILD_DIR:-build-fuzz}
        cmake -S . -B "$fuzz_dir" "${checks_config[@]}" -DLEADFLOW_FUZZ=ON -DLEADFLOW_BUILD_TESTS=OFF
        cmake --build "$fuzz_dir" --parallel "$(nproc)" --target fuzzers
        echo "fuzz build: $((SECONDS - started)) s"
        bash tests/fuzz/run-fuzzers.sh "$fuzz_dir" "${FUZZ_SECONDS:-60}"
        if [ "$sanitizer_failed" -ne 0 ]; then
            echo "error: the test suite failed under the sanitizers (above, in $asan_dir)" >&2
            exit 1
        fi
        ;;
esac
