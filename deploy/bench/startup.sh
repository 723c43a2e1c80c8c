#!/usr/bin/env bash
# Measures the foundation's numbers on this machine: time to ready on a first start (empty data
# directory: initdb, migrations, demo content) and on a restart, resident memory of Anxue and of
# each embedded engine, and the size of the packaged application.
# Usage: deploy/bench/startup.sh   (builds the application first if needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

data=$(mktemp -d /tmp/anxue-bench-XXXX)
port=18$((RANDOM % 900 + 100))
export ANXUE_DATA_DIR=$data QUARKUS_HTTP_PORT=$port
export ANXUE_LOCAL_POSTGRES_PORT=25$((RANDOM % 900 + 100)) ANXUE_LOCAL_S3_PORT=26$((RANDOM % 900 + 100)) ANXUE_LOCAL_ELASTICSEARCH_PORT=27$((RANDOM % 900 + 100))
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

start_and_time() {
  local t0 t1
  t0=$(date +%s.%N)
  java -Xmx768m -jar target/quarkus-app/quarkus-run.jar > "$data/anxue-$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "Anxue exited; see $data/anxue-$1.log"; tail -30 "$data/anxue-$1.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  printf '%-32s %6.1f s\n' "time to ready, $1" "$(echo "$t1 - $t0" | bc)"
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

echo "Anxue startup benchmark ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
start_and_time "first start"
stop
start_and_time "restart"

# Let the JVMs settle after startup before reading memory.
sleep 5
anxue_rss=$(rss_mb "$pid")
pg_rss=0
for p in $(pgrep -f "postgres -D $data/postgres" || true) $(pgrep -P "$(pgrep -f "postgres -D $data/postgres" | head -1)" 2>/dev/null || true); do
  pg_rss=$((pg_rss + $(rss_mb "$p")))
done
es_pid=$(cat "$data/elasticsearch/anxue-es.pid" 2>/dev/null || echo "")
es_rss=$([ -n "$es_pid" ] && rss_mb "$es_pid" || echo 0)
printf '%-32s %6s MB\n' "RSS Anxue JVM (incl. S3Proxy)" "$anxue_rss"
printf '%-32s %6s MB\n' "RSS PostgreSQL (all processes)" "$pg_rss"
printf '%-32s %6s MB\n' "RSS Elasticsearch node" "$es_rss"
printf '%-32s %6s\n' "size target/quarkus-app" "$(du -sh target/quarkus-app | cut -f1)"
printf '%-32s %6s\n' "size embedded ES node libs" "$(du -sh deploy/embedded-elasticsearch/target/es-node | cut -f1)"
stop
