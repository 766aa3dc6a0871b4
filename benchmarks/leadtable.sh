#!/usr/bin/env bash
# The Leads page on a million leads: first rows, sorts, searches, scrolling, rows read, peak RSS.
#
#   benchmarks/leadtable.sh [BUILD_DIR] [DATABASE]
#
# DATABASE defaults to the one benchmarks/rescore.sh builds (/tmp/leadflow-bench/rescore.sqlite;
# run that first). It is copied, never written: the first run on the copy migrates it to this
# schema version (reported apart), the second is the measured one.
# Targets (issue 7): first rows < 0.5 s; sort < 0.3 s; search < 0.1 s; scrolling to the end never
# reads every row; peak RSS < 250 MB.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
base=${2:-/tmp/leadflow-bench/rescore.sqlite}
bench="$build/benchmarks/bench_leadtable"
if [ ! -f "$base" ]; then
    echo "No database at $base: run benchmarks/rescore.sh first, or give one." >&2
    exit 2
fi
work=$(mktemp -d /tmp/leadflow-leadtable-run.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$base" "$work/db.sqlite"
export QT_QPA_PLATFORM=offscreen
echo "== first open of the copy (includes migrating it) =="
"$bench" "$work/db.sqlite" >"$work/first.txt"
head -4 "$work/first.txt"
echo
echo "== measured run =="
"$bench" "$work/db.sqlite"
