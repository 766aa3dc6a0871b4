#!/usr/bin/env bash
# Routing a backlog of MQL leads over 20 reps in one transaction (issue 5: seconds, not minutes).
#
#   benchmarks/routing.sh [BUILD_DIR] [DATA_DIR]
#
# Takes the first $LEADS (default 100000) leads of the shared data set (generated into DATA_DIR if
# missing; never commit it), imports them, makes every one an unowned MQL, adds 20 reps with mixed
# capacities and territories, one rep away, three routing rules with pools, and times
# `leadflow-cli route --backlog`.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
data=${2:-/tmp/leadflow-bench}
leads=${LEADS:-100000}
cli="$build/app/leadflow-cli"
work=$(mktemp -d /tmp/leadflow-routing-run.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

if [ ! -f "$data/leads.csv" ]; then
    echo "Generating the data set into $data ..."
    python3 "$top/../shared/tools/make-dataset.py" --rows "${ROWS:-1000000}" --touchpoints 10 \
        --seed 1 "$data"
fi
db="$work/routing.sqlite"
python3 - "$data/leads.csv" "$work/leads.csv" "$leads" <<'PY'
import csv, sys
source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(source, newline="", encoding="utf-8") as src, open(target, "w", newline="", encoding="utf-8") as out:
    reader = csv.reader(src)
    writer = csv.writer(out)
    for i, row in enumerate(reader):
        if i > count:
            break
        writer.writerow(row)
PY
"$cli" init --db "$db" >/dev/null
"$cli" import leads "$work/leads.csv" --no-rescore --db "$db" >/dev/null
"$cli" routing settings --db "$db" --account-based on >/dev/null
sqlite3 "$db" "UPDATE leads SET stage = 'mql', owner_id = NULL"
"$cli" users add --db "$db" --name "Manager" --email manager@example.com --role manager >/dev/null
for i in $(seq 1 20); do
    capacity=$(( (i % 3 + 1) * 10 ))
    territory=()
    if [ "$i" -le 6 ]; then territory=(--territory DE,FR,ES,GB); fi
    "$cli" users add --db "$db" --name "Rep $i" --email "rep$i@example.com" --capacity "$capacity" \
        --manager manager "${territory[@]}" >/dev/null
done
"$cli" users update --db "$db" rep20@example.com --away 2020-01-01..2100-01-01 >/dev/null
"$cli" routing add --db "$db" --name "Europe" --when "country in DE,FR,ES,GB" \
    --pool rep1@example.com,rep2@example.com,rep3@example.com,rep4@example.com,rep5@example.com,rep6@example.com >/dev/null
"$cli" routing add --db "$db" --name "Enterprise" --when "employee_count >= 1001" \
    --pool rep7@example.com,rep8@example.com,rep9@example.com,rep10@example.com --sla-hours 2 >/dev/null
"$cli" routing add --db "$db" --name "Everyone else" \
    --pool "$(seq -s, 11 20 | sed 's/\([0-9]*\)/rep\1@example.com/g')" >/dev/null
echo "$(sqlite3 "$db" "SELECT COUNT(*) FROM leads WHERE stage = 'mql' AND owner_id IS NULL") unowned MQL leads, 20 reps (one away), 3 rules"

python3 - "$cli" route --backlog --db "$db" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
elapsed = time.monotonic() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(done.stdout.strip())
print(done.stderr.strip(), file=sys.stderr)
print(f"route --backlog: {elapsed:.2f} s wall, peak RSS {rss:.0f} MB")
sys.exit(done.returncode)
PY
sqlite3 "$db" "SELECT COUNT(*) || ' assignments, ' || COUNT(DISTINCT user_id) || ' reps' FROM assignments"
