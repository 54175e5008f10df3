#!/usr/bin/env bash
# Cost of recording visits (issue 7): public-page throughput with the visit statistics off and on, measured by
# the publishing benchmark (bench/publishing.sh) in the same run. Each page is measured four times in a row,
# recording OFF, ON, ON, OFF (each time after publishing.sh's own 5 s warm-up of that page), so that both modes
# have the same mean position and a page's OFF and ON figures are at most a minute apart.
#
# Why per page: until 2026-11-24 the script measured all pages in four passes (OFF, ON, OFF, ON, later OFF, ON, ON,
# OFF), a few minutes each. A control run with recording on in all four passes (AA=1 below) then showed the
# middle passes 1-4 % slower than the outer ones on the dynamic pages, with nothing switched: a bias against
# whichever mode sat in the middle, as large as the margin being measured.
#
# The switch is the shared setting stats.recording in app_setting (read by every instance within 5 s); wrk sends
# a browser User-Agent so that every request is recorded as a page view (a request without one would only be
# counted as a script). A warm-up of every page (recording on, 5 s each) comes first and is not counted.
#
# ROUNDS=n repeats a page's OFF, ON, ON, OFF n times in a row (default 1): more measurements of each mode, taken
# closer together in time than separate runs, so slow drifts of the machine weigh less on the ratio.
#
# Usage: start the portal (PORT=... CANAL_EMBEDDED_DB_PORT=... mvn -Prun), then, from the project root:
#        DURATION=15s BENCH_COUNT=100000 bench/stats-overhead.sh
#        ROUNDS=2 DURATION=10s bench/stats-overhead.sh
#        AA=1 bench/stats-overhead.sh   the same schedule with recording on throughout (a control of the method:
#                                       its "ratios" should be 1 give or take the noise)
# Prints each measurement and, per page, the ratio ON/OFF of the mean requests per second of its ON and of its OFF
# measurements.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${CANAL_DATA_DIR:-data}/mariadb/base/bin/mariadb -N -h127.0.0.1 -P${CANAL_EMBEDDED_DB_PORT:-33306} -ucanal -pcanal canal"
export USER_AGENT="${USER_AGENT:-Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36}"
OUT=$(mktemp -d)
PAGE_NAMES=("static file" "stylesheet (Faces)" "home" "region page" "publication page" "search (same query)"
            "search (varied words)" "RSS feed")

switch() { # on|off
    local value=$1
    [ "${AA:-0}" = "1" ] && value=on
    $DB -e "INSERT INTO app_setting (name, value, updated_at, version) VALUES ('stats.recording', '$value', NOW(3), 0)
            ON DUPLICATE KEY UPDATE value = '$value', updated_at = NOW(3)"
    sleep 7   # the setting is re-read at most every 5 s
}

before=$($DB -e "SELECT COALESCE(SUM(views), 0) FROM stats_event")
switch on
echo "==> warm-up of every page, not counted${AA:+ (AA=$AA: recording on throughout, a control run)}"
DURATION=5s bench/publishing.sh > /dev/null
for name in "${PAGE_NAMES[@]}"; do
    pattern="^$(printf '%s' "$name" | sed 's/[][().*^$]/\\&/g')\$"
    for run in $(for r in $(seq 1 "${ROUNDS:-1}"); do echo "off-$r.1 on-$r.1 on-$r.2 off-$r.2"; done); do
        mode=${run%%-*}
        switch "$mode"
        PAGES="$pattern" bench/publishing.sh | grep -F "| $name " | tee -a "$OUT/$mode.txt" \
            | sed "s/^/$run $(date -u +%H:%M:%S) /"
    done
done
switch on
after=$($DB -e "SELECT COALESCE(SUM(views), 0) FROM stats_event")
echo "==> page views recorded during the run: $((after - before))"
echo "==> ratio ON/OFF of req/s (mean of the $((2 * ${ROUNDS:-1})) measurements of each mode); the target is at least 0.95"
printf "| %-24s | %10s | %10s | %7s |\n" page "OFF req/s" "ON req/s" "ON/OFF"
for name in "${PAGE_NAMES[@]}"; do
    rps() { grep -F "| $name " "$OUT/$1.txt" | awk -F'|' '{gsub(/ /, "", $3); print $3}'; }
    off=$(rps off | awk '{s += $1} END {printf "%.1f", s / NR}')
    on=$(rps on | awk '{s += $1} END {printf "%.1f", s / NR}')
    printf "| %-24s | %10s | %10s | %7s |\n" "$name" "$off" "$on" "$(awk -v a="$on" -v b="$off" 'BEGIN {printf "%.4f", a / b}')"
done
rm -rf "$OUT"
