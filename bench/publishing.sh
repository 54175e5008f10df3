#!/usr/bin/env bash
# Public pages under load, with 100,000 publications in the database (issue 4's benchmark).
#
#   1. fills the database of the running portal with generated publications up to BENCH_COUNT (default 100000;
#      the demo-content generator in bulk: mvn -Pbench-seed), unless they are already there;
#   2. checks that anonymous pages set no cookie and answer conditional requests with 304;
#   3. measures with wrk, 32 connections, DURATION (default 30s) each, after a warm-up: the home page, a region
#      page, a publication page, a search (one query, as repeated searches for the same words), searches with
#      varied words (nothing cached), the RSS feed, and a static file served by the same server (plus the
#      stylesheet through the Faces resource handler).
#
# PAGES (optional) is an extended regular expression of the page names to measure (default: all), e.g.
# PAGES='^home$' (bench/stats-overhead.sh measures one page at a time).
#
# USER_AGENT (optional) is sent by wrk with every request, e.g. a browser's, so that the visit statistics record
# the requests as page views instead of counting them as a script (bench/stats-overhead.sh uses it).
#
# Usage: start the portal (mvn -Prun), then, from the project root: bench/publishing.sh
#        BENCH_COUNT=0 bench/publishing.sh removes the generated publications.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${BASE:-http://127.0.0.1:${PORT:-8080}}"
COUNT="${BENCH_COUNT:-100000}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-32}"
DB="${CANAL_DATA_DIR:-data}/mariadb/base/bin/mariadb -N -h127.0.0.1 -P${CANAL_EMBEDDED_DB_PORT:-33306} -ucanal -pcanal canal"

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
curl -sf -o /dev/null "$BASE/" || { echo "the portal is not answering at $BASE (start it with mvn -Prun)" >&2; exit 2; }

if [ "$COUNT" = "0" ]; then
    mvn -q -o -Pbench-seed -Dbench.count=0 || mvn -q -Pbench-seed -Dbench.count=0
    exit 0
fi
have=$($DB -e "SELECT COUNT(*) FROM publication WHERE created_by = 'bench'")
if [ "$have" -lt "$COUNT" ]; then
    echo "==> generating $((COUNT - have)) publications (have $have)"
    mvn -q -o -Pbench-seed -Dbench.count=$((COUNT - have)) || mvn -q -Pbench-seed -Dbench.count=$((COUNT - have))
fi
total=$($DB -e "SELECT COUNT(*) FROM published_item")
echo "==> published items in the database: $total"

publication=$(curl -s "$BASE/region/nuble/noticias" | grep -o 'href="/region/nuble/noticias/[^"]*"' | head -1 | cut -d'"' -f2)
# the reference: a file served as is by the server's default servlet; and the stylesheet as pages load it,
# through the Faces resource handler (which evaluates the expressions inside it)
static=/resources/canal/img/favicon.svg
stylesheet=$(curl -s "$BASE/" | grep -o '/jakarta.faces.resource/css/site.css.xhtml[^"]*' | head -1 | sed 's/&amp;/\&/g')

echo "==> anonymous requests get no session, and conditional requests get 304"
for path in / /region/nuble "$publication" "/buscar?q=capacitacion" /region/nuble/noticias; do
    headers=$(curl -s -D - -o /dev/null "$BASE$path")
    if echo "$headers" | grep -qi '^set-cookie'; then echo "  FAIL $path sets a cookie"; exit 1; fi
    etag=$(echo "$headers" | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$BASE$path")
    echo "  $path: no cookie, ETag $etag, conditional GET -> $code"
    [ "$code" = "304" ] || { echo "  FAIL $path: expected 304"; exit 1; }
done

USER_AGENT="${USER_AGENT:-}"
run() { # name path [lua]
    local name=$1 path=$2 script=${3:-}
    echo "$name" | grep -Eq "${PAGES:-.}" || return 0
    wrk -t2 -c"$CONNECTIONS" -d5s ${USER_AGENT:+-H "User-Agent: $USER_AGENT"} ${script:+-s "$script"} "$BASE$path" >/dev/null   # warm-up
    local out
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${USER_AGENT:+-H "User-Agent: $USER_AGENT"} ${script:+-s "$script"} "$BASE$path")
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    timeouts=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $NF}')
    printf "| %-24s | %10s | %8s | %8s | %s non-2xx, %s timeouts (over 2 s, not in the latencies)\n" "$name" "$rps" "$p50" "$p99" "${errors:-0}" "${timeouts:-0}"
}
echo "==> wrk, $CONNECTIONS connections, $DURATION each ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB)"
printf "| %-24s | %10s | %8s | %8s |\n" "page" "req/s" "p50" "p99"
run "static file" "$static"
run "stylesheet (Faces)" "$stylesheet"
run "home" "/"
run "region page" "/region/nuble"
run "publication page" "$publication"
run "search (same query)" "/buscar?q=capacitacion"
run "search (varied words)" "/buscar" bench/search-varied.lua
run "RSS feed" "/feeds/rss.xml"
