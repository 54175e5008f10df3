#!/usr/bin/env bash
# Measures the run command: wall time from `mvn -Prun` to the first page served (HTTP 200 on /), on a first
# start (no ./data, no target/) and on a second start (data kept), and the resident memory of each process of
# the running portal. Usage: bench/startup.sh   (from the project root; port 8080 must be free)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"

wait_first_page() {
    local start=$1
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/")" = "200" ]; do sleep 0.2; done
    echo "$(( ($(date +%s%N) - start) / 1000000 ))"
}

stop_portal() {
    pkill -TERM -f cl.gob.mintrab.canalregional.devserver.PortalLauncher || true
    while pgrep -f 'payara-micro.jar|mariadbd|PortalLauncher' >/dev/null; do sleep 0.5; done
}

rss_report() {
    ps -eo rss=,args= | awk '
        /payara-micro.jar/ && !/awk/ { printf "  Payara Micro      %6.0f MB\n", $1/1024 }
        /bin\/mariadbd/    && !/awk/ { printf "  MariaDB (embedded)%6.0f MB\n", $1/1024 }
        /PortalLauncher/   && !/awk/ { printf "  launcher JVM      %6.0f MB\n", $1/1024 }
        /plexus-classworlds/ && /-Prun/ && !/awk/ { printf "  Maven JVM         %6.0f MB\n", $1/1024 }'
}

stop_portal
rm -rf data target
for run in first second; do
    start=$(date +%s%N)
    mvn -B -Prun > "/tmp/canal-startup-$run.log" 2>&1 &
    ms=$(wait_first_page "$start")
    echo "$run start: first page after $(awk "BEGIN { printf \"%.1f\", $ms / 1000 }") s (mvn -Prun, includes the Maven build)"
    if [ "$run" = second ]; then
        sleep 20   # let the JIT and caches settle before reading memory
        curl -s -o /dev/null "http://localhost:$PORT/region/nuble"
        echo "resident memory (RSS) while running:"
        rss_report
    fi
    stop_portal
    wait || true
done
