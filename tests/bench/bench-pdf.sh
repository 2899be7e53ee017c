#!/usr/bin/env bash
# Accord's PDF decision summary against LibreOffice converting the same document from HTML.
#
# In one run: exports a decision summary of the demo workspace with `accord export-pdf`, turns that PDF into HTML
# (poppler's pdftohtml: the same text in the same places), times LibreOffice's `--headless --convert-to pdf` of the
# HTML (what a user would do otherwise; its first start, which builds a profile, is not counted), and prints both
# times and the ratio (target: Accord at least 20x faster). Then times a 100-case workshop pack (the demo's cases,
# repeated until there are a hundred).
#
# Environment: ACCORD (the accord binary), BENCH_WORK_DIR (scratch space), BENCH_RUNS (timed runs, default 5).
set -euo pipefail

: "${ACCORD:?set ACCORD to the accord binary (or build the bench target)}"
work="${BENCH_WORK_DIR:-$(mktemp -d)}/pdf"
runs="${BENCH_RUNS:-5}"
mkdir -p "$work"

need() {
    command -v "$1" >/dev/null && return
    if [ "$(id -u)" -ne 0 ]; then
        echo "bench-pdf: $1 is missing; install the Debian package $2" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" >/dev/null
}
need pdftohtml poppler-utils
need bc bc
need soffice libreoffice-writer-nogui

now() { date +%s.%N; }
# The mean wall time of running "$@" $runs times, in seconds.
timed() {
    local start end
    start=$(now)
    for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1; done
    end=$(now)
    echo "($end - $start) / $runs" | bc -l
}

workspace="$work/demo.accord"
rm -f "$workspace"*
"$ACCORD" init "$workspace" --demo >/dev/null
case_id=$("$ACCORD" cases "$workspace" --format csv | awk -F, '$3 == "learn" { print $1; exit }')

accord_pdf="$work/summary.pdf"
accord_time=$(timed "$ACCORD" export-pdf "$workspace" --case "$case_id" --out "$accord_pdf")

html="$work/summary.html"
pdftohtml -q -s -i -noframes "$accord_pdf" "$html"
profile="file://$work/lo-profile"
soffice_convert() {
    soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$html"
}
soffice_convert >/dev/null 2>&1
[ -s "$work/lo/summary.pdf" ] || { echo "bench-pdf: LibreOffice did not convert $html" >&2; exit 1; }
lo_time=$(timed soffice_convert)

printf 'decision summary, case %s (%s pages)\n' "$case_id" "$(pdfinfo "$accord_pdf" | awk '/^Pages:/ { print $2 }')"
printf '  accord export-pdf           %8.3f s\n' "$accord_time"
printf '  libreoffice --convert-to    %8.3f s\n' "$lo_time"
ratio=$(echo "$lo_time / $accord_time" | bc -l)
printf '  accord is %.1fx faster (target: at least 20x)\n' "$ratio"

ids=$("$ACCORD" cases "$workspace" --format csv | awk -F, 'NR > 1 { print $1 }' | tr '\n' ' ')
hundred=""
count=0
while [ "$count" -lt 100 ]; do
    for id in $ids; do
        [ "$count" -lt 100 ] || break
        hundred="${hundred:+$hundred,}$id"
        count=$((count + 1))
    done
done
pack="$work/pack.pdf"
pack_time=$(runs=1 timed "$ACCORD" export-pdf "$workspace" --pack --cases "$hundred" --out "$pack")
printf 'workshop pack of 100 cases (%s pages)\n' "$(pdfinfo "$pack" | awk '/^Pages:/ { print $2 }')"
printf '  accord export-pdf --pack    %8.3f s\n' "$pack_time"

awk -v r="$ratio" 'BEGIN { exit !(r >= 20) }' || { echo "bench-pdf: below the 20x target" >&2; exit 1; }
