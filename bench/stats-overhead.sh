#!/usr/bin/env bash
# Cost of recording visits (issue 7): public-page throughput with the visit statistics off and on, measured by
# the publishing benchmark (bench/publishing.sh) in the same run, in the order OFF, ON, ON, OFF so that a steady
# drift of the machine (other work, a warmer JIT, a growing database) does not favour one side: both modes have
# the same mean position in the run. (Until 2026-11-24 the order was OFF, ON, OFF, ON, which puts ON one pass
# later on average; on this machine the second OFF pass was slower than the first in three runs out of three.) The switch is the shared setting
# stats.recording in app_setting (read by every instance within 5 s); wrk sends a browser User-Agent so that
# every request is recorded as a page view (a request without one would only be counted as a script).
#
# A warm-up pass (recording on, 5 s per page) comes first and is not counted.
#
# Usage: start the portal (PORT=... CANAL_EMBEDDED_DB_PORT=... mvn -Prun), then, from the project root:
#        DURATION=15s BENCH_COUNT=100000 bench/stats-overhead.sh
# Prints one table per pass and, per page, the ratio ON/OFF of the mean requests per second of the two passes.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${CANAL_DATA_DIR:-data}/mariadb/base/bin/mariadb -N -h127.0.0.1 -P${CANAL_EMBEDDED_DB_PORT:-33306} -ucanal -pcanal canal"
export USER_AGENT="${USER_AGENT:-Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36}"
OUT=$(mktemp -d)

switch() { # on|off
    $DB -e "INSERT INTO app_setting (name, value, updated_at, version) VALUES ('stats.recording', '$1', NOW(3), 0)
            ON DUPLICATE KEY UPDATE value = '$1', updated_at = NOW(3)"
    sleep 7   # the setting is re-read at most every 5 s
}

before=$($DB -e "SELECT COALESCE(SUM(views), 0) FROM stats_event")
# a first pass, not counted, so that neither side gets the cold JIT of a freshly started server
switch on
echo "==> warm-up pass, not counted"
DURATION=5s bench/publishing.sh > /dev/null
for run in off-1 on-1 on-2 off-2; do
    mode=${run%-*}
    pass=${run#*-}
    switch "$mode"
    echo "==> pass $pass, recording $mode ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))"
    bench/publishing.sh | tee "$OUT/$mode-$pass.txt" | grep '^|'
done
switch on
after=$($DB -e "SELECT COALESCE(SUM(views), 0) FROM stats_event")
echo "==> page views recorded during the warm-up and the ON passes: $((after - before))"
echo "==> ratio ON/OFF of req/s (mean of the two passes); the target is at least 0.95"
printf "| %-24s | %10s | %10s | %6s |\n" page "OFF req/s" "ON req/s" "ON/OFF"
grep '^| ' "$OUT/off-1.txt" | grep -v 'req/s' | while IFS='|' read -r _ name _rest; do
    name=$(echo "$name" | sed 's/ *$//; s/^ *//')
    rps() { grep -F "| $name " "$OUT/$1.txt" | awk -F'|' '{gsub(/ /, "", $3); print $3}'; }
    off=$(echo "$(rps off-1) $(rps off-2)" | awk '{printf "%.1f", ($1 + $2) / 2}')
    on=$(echo "$(rps on-1) $(rps on-2)" | awk '{printf "%.1f", ($1 + $2) / 2}')
    printf "| %-24s | %10s | %10s | %6s |\n" "$name" "$off" "$on" "$(awk -v a="$on" -v b="$off" 'BEGIN {printf "%.3f", a / b}')"
done
rm -rf "$OUT"
