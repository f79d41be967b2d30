#!/usr/bin/env bash
# The billing run over BENCH_SERVICES (default 100,000) due services of BENCH_SERVICES/10
# accounts on a fresh data directory, heap capped at 512 MB: renewals per second, total time,
# peak heap; then PostgreSQL's own rate for inserting the same rows (INSERT … SELECT of what the
# run wrote into copies of its tables with their indexes). Needs psql and jstat.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVICES=${BENCH_SERVICES:-100000}
PORT=${BENCH_PORT:-8091}
DATA=${BENCH_DATA_DIR:-/tmp/foyer-bench-renewal}
JAR=target/foyer-0.1.0-SNAPSHOT.jar
OUT=${BENCH_OUT:-target/bench-renewal}
mkdir -p "$OUT"

[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -B -q -DskipTests -Dspotless.check.skip=true package
rm -rf "$DATA"

FOYER_DATA_DIR=$DATA SERVER_PORT=$PORT java -Xmx512m -Xms512m -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
# Waits for the node to stop: its shutdown stops the embedded PostgreSQL in $DATA, which the next
# run of this script would otherwise be setting up again at the same time.
trap 'kill ${JSTAT:-} 2>/dev/null || true; kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null 2>&1 && break
  sleep 0.1
done

pg="$DATA/postgres"
pgport=$(sed -n 4p "$pg/pgdata/postmaster.pid")
sql() { PGPASSWORD=$(cat "$pg/postgres.password") psql -q -At -v client_min_messages=warning -h 127.0.0.1 -p "$pgport" -U postgres foyer "$@"; }

# Makes the schedule's row due, so the node's scheduler starts the billing run within its polling
# interval as it would at 02:00, and waits until that run is done.
billing_run() {
  local before
  before=$(sql -c "select coalesce(max(id), 0) from renewal_run")
  sql -c "update renewal_scheduled_tasks set execution_time = now() where task_name = 'billing-run'"
  while true; do
    status=$(sql -c "select coalesce((select status from renewal_run where id > $before order by id desc limit 1), 'WAITING')")
    [ "$status" = "DONE" ] || [ "$status" = "FAILED" ] && break
    sleep 1
  done
}
figures() {
  sql -F ' ' -c "select '$1', id, status, total, examined, requests, paid_from_balance, failures,
      round(extract(epoch from finished_at - started_at)::numeric, 1) as seconds,
      round(requests / extract(epoch from finished_at - started_at)::numeric, 0) as renewals_per_s
    from renewal_run order by id desc limit 1"
}

# A node runs the billing run every night; the first run after a start also pays for the JIT
# compiling its code. BENCH_WARMUP services of their own accounts are renewed first, so the measured
# run finds the code compiled, as on a node that has run before (0: measure the first run).
WARMUP=${BENCH_WARMUP:-20000}
if [ "$WARMUP" -gt 0 ]; then
  echo "== warm-up: $WARMUP due services of their own accounts"
  sql -v services="$WARMUP" -v prefix=renewal-warmup -f bench/renewal-seed.sql
  billing_run
  figures warm-up | tee "$OUT/warmup.txt"
fi

echo "== seeding $SERVICES due services"
sql -v services="$SERVICES" -v prefix=renewal-bench -f bench/renewal-seed.sql

jstat -gc $APP 500 > "$OUT/jstat.txt" &
JSTAT=$!
echo "== billing run started by the schedule"
billing_run
kill $JSTAT 2>/dev/null || true

figures run | tee "$OUT/run.txt"
# Peak heap in use: survivor + eden + old (KB) over the samples.
awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "peak heap used: %.0f MB\n", max / 1024 }' \
  "$OUT/jstat.txt" | tee -a "$OUT/run.txt"

echo "== PostgreSQL inserting the same rows"
tables="billing_document billing_document_line billing_document_tax billing_payment billing_ledger_entry subscription_renewal account_audit notification_mail event_publication renewal_run_failure"
rows=0
for t in $tables; do
  sql -c "drop table if exists bench_copy_$t" 2>/dev/null; sql -c "create table bench_copy_$t (like $t including all)"
  rows=$((rows + $(sql -c "select count(*) from $t")))
done
t0=$(date +%s%N)
(echo "begin;"; for t in $tables; do echo "insert into bench_copy_$t select * from $t;"; done; echo "commit;") | sql
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
requests=$(sql -c "select count(*) from subscription_renewal")
echo "rows: $rows in $ms ms: $(( rows * 1000 / (ms + 1) )) rows/s; the rows of $requests renewals: $(( requests * 1000 / (ms + 1) )) renewals/s" \
  | tee -a "$OUT/run.txt"
for t in $tables; do sql -c "drop table bench_copy_$t"; done
