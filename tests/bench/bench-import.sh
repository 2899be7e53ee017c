#!/usr/bin/env bash
# Accord's CRM import and scorecard against the sqlite3 shell on the same generated lead export.
#
# Generates a HubSpot-style export of BENCH_ROWS leads (default 1,000,000), then measures in the same run:
#   Accord:   accord init + accord import --mapping hubspot + accord scorecard over the year of the file,
#   baseline: the sqlite3 shell's .import of the file into a table, then SQL (julianday for the dates) that computes
#             the same lead metrics per month: stage conversions, acceptance, median hours to first touch, SLA
#             breach rate, misroute rate and the reject-reason mix.
# Prints both times, their ratio and Accord's peak memory, and checks that both computed the same numbers.
#
# Environment (the `bench` target sets the first three): ACCORD (the accord binary), BENCH_BIN_DIR (where
# accord_generate_leads was built), BENCH_WORK_DIR (scratch space; about 1 GB for a million rows), BENCH_ROWS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${ACCORD:?set ACCORD to the accord binary (or build the bench target)}"
: "${BENCH_BIN_DIR:?set BENCH_BIN_DIR to the folder holding accord_generate_leads}"
work="${BENCH_WORK_DIR:-$(mktemp -d)}"
rows="${BENCH_ROWS:-1000000}"
mkdir -p "$work"

need() {
    command -v "$1" >/dev/null && return
    if [ "$(id -u)" -ne 0 ]; then
        echo "bench-import: $1 is missing; install the Debian package $2" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" >/dev/null
}
need sqlite3 sqlite3
[ -x /usr/bin/time ] || need /usr/bin/time time

csv="$work/leads.csv"
echo "Generating $rows leads…"
"$BENCH_BIN_DIR/accord_generate_leads" "$rows" > "$csv"
echo "  $(du -h "$csv" | cut -f1) in $csv"

# Runs a command under GNU time; appends "WALL_SECONDS CPU_SECONDS PEAK_KB" to the named measure file.
measure() {
    local into="$1"
    shift
    /usr/bin/time -f "%e %U %S %M" -a -o "$into" "$@"
}
wall() { awk '{ s += $1 } END { printf "%.2f", s }' "$@"; }
cpu() { awk '{ s += $2 + $3 } END { printf "%.2f", s }' "$@"; }
peak_mb() { awk '{ if ($4 > m) m = $4 } END { printf "%.0f", m / 1024 }' "$@"; }

# --- Accord ---
workspace="$work/bench.accord"
rm -f "$workspace" "$workspace"-* "$work"/accord-*.time
export QT_QPA_PLATFORM=offscreen
measure "$work/accord-import.time" "$ACCORD" init "$workspace" > /dev/null
measure "$work/accord-import.time" "$ACCORD" import "$workspace" "$csv" --mapping hubspot
measure "$work/accord-scorecard.time" "$ACCORD" scorecard "$workspace" --from 2025-01-01 --to 2025-12-31 \
    --format csv > "$work/accord-scorecard.csv"

# --- Baseline: the sqlite3 shell ---
baseline="$work/baseline.db"
rm -f "$baseline" "$work"/sqlite-*.time
measure "$work/sqlite-import.time" sqlite3 "$baseline" ".import --csv '$csv' leads"
measure "$work/sqlite-scorecard.time" sqlite3 -csv "$baseline" < "$here/baseline-scorecard.sql" \
    > "$work/sqlite-scorecard.csv"

# --- Same numbers? ---
checked="$(sqlite3 -csv :memory: \
    ".import --csv '$work/accord-scorecard.csv' accord" \
    ".import --csv '$work/sqlite-scorecard.csv' baseline" \
    "SELECT count(*), sum(a.value IS NULL OR a.value = '' OR abs(a.value - b.value) > 0.0005)
       FROM baseline b LEFT JOIN accord a ON a.metric = b.metric AND a.period = b.period;")"
compared="${checked%,*}"
differing="${checked#*,}"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "–" }'; }
row() {
    local name="$1" prefix="$2"
    printf '%-9s %9s %12s %9s %9s %13s\n' "$name" "$(wall "$work/$prefix-import.time")" \
        "$(wall "$work/$prefix-scorecard.time")" "$(wall "$work/$prefix"-*.time)" "$(cpu "$work/$prefix"-*.time)" \
        "$(peak_mb "$work/$prefix"-*.time)"
}

echo
# Wall-clock time is what a user waits; CPU time is the steadier measure on a machine that is busy with other work.
printf '%-9s %9s %12s %9s %9s %13s\n' "" "import s" "scorecard s" "total s" "CPU s" "peak RSS MB"
row Accord accord
row sqlite3 sqlite
printf '%-9s %9s %12s %9s %9s\n' "ratio" \
    "$(ratio "$(wall "$work/accord-import.time")" "$(wall "$work/sqlite-import.time")")" \
    "$(ratio "$(wall "$work/accord-scorecard.time")" "$(wall "$work/sqlite-scorecard.time")")" \
    "$(ratio "$(wall "$work"/accord-*.time)" "$(wall "$work"/sqlite-*.time)")" \
    "$(ratio "$(cpu "$work"/accord-*.time)" "$(cpu "$work"/sqlite-*.time)")"
echo "Rows: $rows. Target: Accord at most 1.5× the sqlite3 shell."
if [ "$differing" != "0" ]; then
    echo "bench-import: $differing of $compared numbers differ between Accord and the baseline SQL" >&2
    exit 1
fi
echo "The $compared lead-metric numbers agree between Accord and the baseline SQL."
