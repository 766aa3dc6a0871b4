#!/usr/bin/env bash
# Rescoring every lead against a plain SQL GROUP BY over the same touchpoints, in the same run.
#
#   benchmarks/rescore.sh [BUILD_DIR] [DATA_DIR]
#
# DATA_DIR gets the shared data set (../shared/tools/make-dataset.py --rows $ROWS --touchpoints 10
# --seed 1; ROWS defaults to 1000000, about 1 GB) unless it is already there. Never commit it.
# The database is built once into DATA_DIR/rescore.sqlite (campaigns, leads, touchpoints imported
# without scoring) and copied for each run, so every run starts from unscored leads.
# Target (issue 4): `rescore --all` no slower than the GROUP BY aggregate.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
data=${2:-/tmp/leadflow-bench}
rows=${ROWS:-1000000}
cli="$build/app/leadflow-cli"
work=$(mktemp -d /tmp/leadflow-rescore-run.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$data/leads.csv" ]; then
    echo "Generating $rows leads into $data ..."
    python3 "$top/../shared/tools/make-dataset.py" --rows "$rows" --touchpoints 10 --seed 1 "$data"
fi
base="$data/rescore.sqlite"
if [ ! -f "$base" ] || [ "$base" -ot "$cli" ]; then
    echo "Importing the data set into $base (once) ..."
    rm -f "$base" "$base-wal" "$base-shm"
    "$cli" init --db "$base" >/dev/null
    "$cli" import campaigns "$data/campaigns.csv" --no-rescore --db "$base" >/dev/null
    "$cli" import leads "$data/leads.csv" --no-rescore --db "$base" >/dev/null
    "$cli" import touchpoints "$data/touchpoints.csv" --no-rescore --db "$base" >/dev/null
    sqlite3 "$base" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
fi
cp "$base" "$work/db.sqlite"
sqlite3 "$work/db.sqlite" 'SELECT (SELECT COUNT(*) FROM leads) || " leads, " ||
    (SELECT COUNT(*) FROM touchpoints) || " touchpoints"'
cat "$work/db.sqlite" >/dev/null # warm the page cache for every contender alike

measure() {
    local label=$1
    shift
    local out
    out=$(python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, text=True)
elapsed = time.monotonic() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
last = done.stdout.strip().splitlines()[-1:] or [""]
print(f"{elapsed:.2f} {rss:.0f} {done.returncode} {last[0]}")
PY
)
    read -r seconds rss code detail <<<"$out"
    printf '%-52s %8.2f s %8.0f MB  %s\n' "$label" "$seconds" "$rss" "${detail:0:90}"
    if [ "$code" != 0 ]; then
        echo "failed: $*" >&2
        exit 1
    fi
}
ratio() { python3 -c "print(f'{$1 / $2:.2f}x')"; }

measure "sqlite3: GROUP BY lead_id (count, max time)" \
    sqlite3 "$work/db.sqlite" "SELECT lead_id, COUNT(*), MAX(occurred_at) FROM touchpoints GROUP BY lead_id" 
ref_lead=$seconds
measure "sqlite3: GROUP BY lead_id, type (count, max time)" \
    sqlite3 "$work/db.sqlite" "SELECT lead_id, type, COUNT(*), MAX(occurred_at) FROM touchpoints GROUP BY lead_id, type"
ref_type=$seconds
measure "leadflow-cli rescore --all (first: every lead)" "$cli" rescore --all --db "$work/db.sqlite"
first=$seconds
measure "leadflow-cli rescore --all (again: what changed)" "$cli" rescore --all --db "$work/db.sqlite"
again=$seconds
id=$(sqlite3 "$work/db.sqlite" "SELECT lead_id FROM touchpoints LIMIT 1 OFFSET 4242")
measure "leadflow-cli touch (one lead, incremental)" "$cli" touch "$id" call --db "$work/db.sqlite"

echo
echo "rescore --all, first:  $(ratio "$first" "$ref_lead") of GROUP BY lead_id, $(ratio "$first" "$ref_type") of GROUP BY lead_id, type (target <= 1x)"
echo "rescore --all, again:  $(ratio "$again" "$ref_lead") of GROUP BY lead_id, $(ratio "$again" "$ref_type") of GROUP BY lead_id, type"
