#!/usr/bin/env bash
# Runs every libFuzzer target of a LEADFLOW_FUZZ build for a while each (docs/fuzzing.md).
#   bash tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]
# BUILD_DIR: the fuzz build (build-fuzz); SECONDS: per target (default 60); TARGET: csvreader,
# headermapping, valueparser (default: all). Each target starts from a copy of its seeds in
# tests/fuzz/corpus/<target>/ (plus, for csvreader, the big seeds of make_big_seeds.py) in a
# scratch folder, so the repository is never changed. A crash, leak, sanitizer report, broken
# promise or timeout fails the run; the input that did it is kept in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]}" && pwd)
seconds=${2:-60}
shift $(($# >= 2 ? 2 : 1))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csvreader headermapping valueparser)

export TZ=UTC LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:halt_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$here/../sanitizers/lsan.supp:print_suppressions=0
for symbolizer in /usr/lib/llvm-19/bin/llvm-symbolizer "$(command -v llvm-symbolizer || true)"; do
    if [ -x "$symbolizer" ]; then
        export ASAN_SYMBOLIZER_PATH=$symbolizer UBSAN_SYMBOLIZER_PATH=$symbolizer
        break
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/leadflow-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
artifacts=$build_dir/fuzz-artifacts
mkdir -p "$artifacts"

failed=()
for target in "${targets[@]}"; do
    binary=$build_dir/fuzz/fuzz_$target
    [ -x "$binary" ] || { echo "error: $binary is not built" >&2; exit 1; }
    corpus=$scratch/$target
    rm -rf "${artifacts:?}/$target"
    mkdir -p "$corpus" "$artifacts/$target"
    cp "$here/corpus/$target/"* "$corpus/"
    if [ "$target" = csvreader ]; then
        python3 "$here/make_big_seeds.py" "$corpus"
    fi
    log=$artifacts/$target.log
    echo "fuzz_$target: $seconds s from $(find "$corpus" -type f | wc -l) seeds (log: $log)"
    status=0
    "$binary" -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target/" "$corpus" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        echo "fuzz_$target FAILED (exit $status) after ${runs:-?} runs; the end of its log:" >&2
        tail -n 60 "$log" >&2
        for input in "$artifacts/$target"/*; do
            [ -e "$input" ] || continue
            echo "reproduce: $binary $input" >&2
        done
    else
        echo "fuzz_$target: ${runs:-?} runs, ${coverage:-cov: ?}, no findings"
    fi
done

echo "fuzz: $((${#targets[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
if [ ${#failed[@]} -gt 0 ]; then
    echo "error: fuzz targets failed: ${failed[*]}" >&2
    exit 1
fi
