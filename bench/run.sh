#!/usr/bin/env bash
# Dashboard and login-page latency and throughput with 10,000 seeded accounts, heap capped at
# 512 MB, plus the time to readiness on an existing data directory. Needs wrk and psql
# (apt-get install wrk postgresql-client). Loopback only; every load run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8090}
DATA=${BENCH_DATA_DIR:-/tmp/foyer-bench}
ACCOUNTS=${BENCH_ACCOUNTS:-10000}
DURATION=${BENCH_DURATION:-30s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
JAR=target/foyer-0.1.0-SNAPSHOT.jar
BASE=http://127.0.0.1:$PORT
OUT=${BENCH_OUT:-target/bench}
mkdir -p "$OUT"

mvn -B -q -DskipTests -Dspotless.check.skip=true package

# Run as in production: the jar extracted (no nested-jar class loading) with a class-data-sharing
# archive from a training start, which saves about a quarter of the start-up time.
APP=$OUT/app
rm -rf "$APP"
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" > /dev/null
RUN_JAR=$APP/$(basename "$JAR")
FOYER_DATA_DIR=$DATA SERVER_PORT=$PORT java -XX:ArchiveClassesAtExit="$APP/foyer.jsa" -Dspring.context.exit=onRefresh \
  -jar "$RUN_JAR" > "$OUT/cds-training.log" 2>&1

start() {
  local t0=$(date +%s%N)
  FOYER_DATA_DIR=$DATA SERVER_PORT=$PORT SPRING_PROFILES_ACTIVE=demo \
    java -Xmx512m -Xms512m -XX:SharedArchiveFile="$APP/foyer.jsa" -jar "$RUN_JAR" > "$OUT/app.log" 2>&1 &
  echo $! > "$OUT/app.pid"
  for _ in $(seq 1 600); do
    if curl -fs "$BASE/actuator/health/readiness" > /dev/null 2>&1; then
      echo $(( ($(date +%s%N) - t0) / 1000000 ))
      return
    fi
    sleep 0.05
  done
  echo "Foyer did not become ready" >&2; exit 1
}

stop() {
  kill "$(cat "$OUT/app.pid")" 2>/dev/null || true
  while kill -0 "$(cat "$OUT/app.pid")" 2>/dev/null; do sleep 0.2; done
}

trap stop EXIT

echo "== first start (fresh or existing data dir $DATA)"
first=$(start)
echo "ready after ${first} ms"

pg="$DATA/postgres"
pgport=$(sed -n 4p "$pg/pgdata/postmaster.pid")
PGPASSWORD=$(cat "$pg/postgres.password") psql -q -h 127.0.0.1 -p "$pgport" -U postgres foyer -v accounts="$ACCOUNTS" -f bench/seed.sql

stop
echo "== restart on the existing data dir"
ready=$(start)
echo "ready after ${ready} ms"

user=bench-$(( ACCOUNTS / 2 ))@bench.test
jar="$OUT/cookies"
rm -f "$jar"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "login=$user&password=Foyer-Demo-2026&_csrf=$csrf" "$BASE/login"
dashboard=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$BASE/accounts")
session=$(awk '$6 == "FOYER_SESSION" {print $7}' "$jar")
[ -n "$dashboard" ] && [ -n "$session" ] || { echo "login failed" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: FOYER_SESSION=$session" "$dashboard")
[ "$status" = 200 ] || { echo "dashboard answered $status" >&2; exit 1; }

# On two cores the C2 compiler needs one to two minutes of load before it has compiled the hot
# paths; measuring earlier measures the compiler, not Foyer.
echo "== warm-up (${WARMUP:=90s} each)"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: FOYER_SESSION=$session" "$dashboard" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$BASE/login" > /dev/null

echo "== dashboard $dashboard, $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: FOYER_SESSION=$session" "$dashboard" | tee "$OUT/dashboard.txt"
echo "== login page, $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/login" | tee "$OUT/login.txt"

heap=$(curl -s "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}')
peak=$(jcmd "$(cat "$OUT/app.pid")" GC.heap_info 2>/dev/null | head -3 | tr -s ' ' | tr '\n' ' ')
echo "== heap used after the runs: ${heap} MB (cap 512 MB); ${peak}"
echo "== ready after restart: ${ready} ms"
