#!/usr/bin/env bash
# Statistics at scale (issue 7): 10 million page views over two years, then the time to open the reports.
#
#   1. mvn -Pstats-bench-seed writes STATS_VIEWS (default 10000000) generated page views into the database of the
#      running portal (it REPLACES that database's statistics) and prints, for each year and some months, the
#      exact number of distinct visitors next to the HyperLogLog estimate;
#   2. logs in as the administrator (CANAL_ADMIN_PASSWORD of the first start) and opens, RUNS times each
#      (after two warm-up requests), the statistics page of the whole portal: last month (the monthly report,
#      all regions), this year by months, and the last 30 days; prints the median and the worst time.
#
# Usage: start the portal (mvn -Prun), then, from the project root: CANAL_ADMIN_PASSWORD=... bench/stats-report.sh
#        SKIP_SEED=1 bench/stats-report.sh only measures.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${BASE:-http://127.0.0.1:${PORT:-8080}}"
RUNS="${RUNS:-15}"
: "${CANAL_ADMIN_PASSWORD:?the administrator password of the first start}"
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

if [ -z "${SKIP_SEED:-}" ]; then
    echo "==> generating ${STATS_VIEWS:-10000000} page views"
    mvn -q -o -Pstats-bench-seed -Dstats.bench.views="${STATS_VIEWS:-10000000}"
fi

DB="${CANAL_DATA_DIR:-data}/mariadb/base/bin/mariadb -N -h127.0.0.1 -P${CANAL_EMBEDDED_DB_PORT:-33306} -ucanal -pcanal canal"
# the first administrator must choose a new password at the first login; on this development database the
# benchmark skips that step instead of changing the password
$DB -e "UPDATE account SET must_change_password = FALSE WHERE username = 'admin'"
page=$(curl -s -c "$JAR" -b "$JAR" "$BASE/acceso")
state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
nonce=$(echo "$page" | grep -o "PrimeFaces.csp.init('[^']*')" | head -1 | sed "s/.*init('//; s/')//")
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "form=form" \
    --data-urlencode "form:username=admin" --data-urlencode "form:password=$CANAL_ADMIN_PASSWORD" --data-urlencode "form:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" "$BASE/acceso")
[ "$code" = "302" ] || { echo "login failed ($code)" >&2; exit 1; }

measure() { # label query
    local label=$1 query=$2 times=()
    for _ in 1 2; do curl -s -o /dev/null -b "$JAR" "$BASE/admin/estadisticas/?$query"; done
    for _ in $(seq "$RUNS"); do
        times+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$JAR" "$BASE/admin/estadisticas/?$query")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$RUNS" '
        { t[NR] = $1 * 1000 } END { printf "| %-34s | %6.0f ms | %6.0f ms |\n", label, t[int((n + 1) / 2)], t[n] }'
}
views=$(curl -s -b "$JAR" "$BASE/admin/estadisticas/?rango=LAST_MONTH" | grep -o 'id="total-views">[^<]*' | cut -d'>' -f2)
echo "==> page views of last month shown by the report: $views"
echo "==> time to open the statistics page (whole server response), $RUNS requests each ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
printf "| %-34s | %9s | %9s |\n" "report" "median" "worst"
measure "last month, all regions (by day)" "rango=LAST_MONTH"
measure "this year, all regions (by month)" "rango=THIS_YEAR"
measure "last year, all regions (by month)" "rango=LAST_YEAR"
measure "last 30 days, all regions (by day)" "rango=LAST_30_DAYS"
