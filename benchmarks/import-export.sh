#!/usr/bin/env bash
# Import and export speed against the sqlite3 shell on the same files, in the same run.
#
#   benchmarks/import-export.sh [BUILD_DIR] [DATA_DIR]
#
# DATA_DIR gets the shared data set (../shared/tools/make-dataset.py --rows $ROWS --touchpoints 10
# --seed 1; ROWS defaults to 1000000, about 1 GB) unless it is already there. Never commit it.
# Prints wall time and peak RSS of each step and the ratios the issue sets targets for:
#   leads import  <= 2x  sqlite3 .import (WAL, synchronous=NORMAL, 16 KB pages), peak RSS <= 200 MB
#   touchpoints   <= 2x  sqlite3 .import
#   export        <= 1.5x sqlite3 -csv writing the same rows
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
data=${2:-/tmp/leadflow-bench}
rows=${ROWS:-1000000}
cli="$build/app/leadflow-cli"
work=$(mktemp -d /tmp/leadflow-bench-run.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$data/leads.csv" ]; then
    echo "Generating $rows leads into $data ..."
    python3 "$top/../shared/tools/make-dataset.py" --rows "$rows" --touchpoints 10 --seed 1 "$data"
fi

# measure LABEL COMMAND...: runs the command, prints seconds and peak RSS, sets $seconds.
measure() {
    local label=$1
    shift
    local out
    out=$(python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
elapsed = time.monotonic() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{elapsed:.2f} {rss:.0f} {done.returncode}")
PY
)
    read -r seconds rss code <<<"$out"
    printf '%-44s %8.2f s %8.0f MB\n' "$label" "$seconds" "$rss"
    if [ "$code" != 0 ]; then
        echo "failed: $*" >&2
        exit 1
    fi
}
ratio() { python3 -c "print(f'{$1 / $2:.2f}x')"; }

ls -la "$data"/leads.csv "$data"/touchpoints.csv | awk '{printf "%s %.0f MB\n", $NF, $5/1048576}'
echo
# The page size Leadflow gives its databases (core/storage/database.cpp), so both write the same pages.
pragmas='PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;'

measure "sqlite3 .import leads.csv" \
    sqlite3 "$work/ref-leads.sqlite" "$pragmas" ".import --csv $data/leads.csv leads"
ref_leads=$seconds
"$cli" init --db "$work/leadflow.sqlite" >/dev/null
# --no-rescore: the import alone; scoring the base is one pass of its own (benchmarks/rescore.sh).
measure "leadflow-cli import leads" "$cli" import leads "$data/leads.csv" --no-rescore --db "$work/leadflow.sqlite"
lf_leads=$seconds
lf_leads_rss=$rss

# What SQLite itself takes to build the leads' secondary indexes and the search index that
# Leadflow's schema has, on the rows just imported: the same statements, run by the sqlite3 shell
# on a copy with them dropped, with the sorting settings Leadflow's import uses (two threads, a
# 4 MB cache: core/io/bulk.h). sqlite3 .import plus this is about the least any import that builds
# these indexes can take.
sqlite3 "$work/leadflow.sqlite" ".backup '$work/indexes.sqlite'"
index_sql=$(sqlite3 "$work/indexes.sqlite" \
    "SELECT group_concat(sql || ';', char(10)) FROM sqlite_master
     WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL")
index_count=$(sqlite3 "$work/indexes.sqlite" \
    "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL")
drop_sql=$(sqlite3 "$work/indexes.sqlite" \
    "SELECT group_concat('DROP INDEX ' || name || ';', ' ') FROM sqlite_master
     WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL")
sqlite3 "$work/indexes.sqlite" "$drop_sql INSERT INTO lead_search (lead_search) VALUES ('delete-all');"
measure "sqlite3 the same $index_count indexes + search" \
    sqlite3 "$work/indexes.sqlite" "$pragmas PRAGMA threads = 2; PRAGMA cache_size = -4096;" "BEGIN; $index_sql
    INSERT INTO lead_search (lead_search) VALUES ('rebuild'); COMMIT;"
ref_indexes=$seconds
rm -f "$work/indexes.sqlite"

touch_ratio="(not measured)"
if "$cli" import --help | grep -q touchpoints; then
    measure "sqlite3 .import touchpoints.csv" \
        sqlite3 "$work/ref-touch.sqlite" "$pragmas" ".import --csv $data/touchpoints.csv touchpoints"
    ref_touch=$seconds
    measure "leadflow-cli import touchpoints" \
        "$cli" import touchpoints "$data/touchpoints.csv" --no-rescore --db "$work/leadflow.sqlite"
    touch_ratio=$(ratio "$seconds" "$ref_touch")
fi

columns=$("$cli" fields --format csv | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
print(", ".join(r["field"] for r in rows if r["settable"] == "yes" and r["type"] != "reference") + ", custom_fields")')
measure "sqlite3 -csv SELECT (same columns)" \
    sh -c "sqlite3 -csv -header '$work/leadflow.sqlite' 'SELECT $columns FROM leads WHERE deleted_at IS NULL ORDER BY id' > '$work/ref-export.csv'"
ref_export=$seconds
measure "leadflow-cli export leads" "$cli" export leads "$work/export.csv" --db "$work/leadflow.sqlite"
lf_export=$seconds

echo
echo "leads import:       $(ratio "$lf_leads" "$ref_leads") of sqlite3 (target <= 2x), peak RSS ${lf_leads_rss} MB (target <= 200 MB)"
floor=$(python3 -c "print(f'{$ref_leads + $ref_indexes:.2f}')")
echo "                    $(ratio "$lf_leads" "$floor") of sqlite3 .import + the same indexes built by sqlite3 (${floor} s)"
echo "touchpoints import: $touch_ratio of sqlite3 (target <= 2x)"
echo "export:             $(ratio "$lf_export" "$ref_export") of sqlite3 -csv (target <= 1.5x)"
