#!/usr/bin/env bash
# API checkout latency and throughput under load: every request places a real order (order,
# pending service, payment request with its number, VAT and the mail log entry) for the demo
# customer's first account through POST /api/v1/accounts/{id}/orders with a fresh
# Idempotency-Key. Heap capped at 512 MB. Needs wrk and psql (apt-get install wrk
# postgresql-client). Loopback only; every load run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8091}
DATA=${BENCH_DATA_DIR:-/tmp/foyer-bench-checkout}
DURATION=${BENCH_DURATION:-30s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
WARMUP=${WARMUP:-60s}
JAR=target/foyer-0.1.0-SNAPSHOT.jar
BASE=http://127.0.0.1:$PORT
OUT=${BENCH_OUT:-target/bench}
mkdir -p "$OUT"

mvn -B -q -DskipTests -Dspotless.check.skip=true package

FOYER_DATA_DIR=$DATA SERVER_PORT=$PORT SPRING_PROFILES_ACTIVE=demo \
  java -Xmx512m -Xms512m -jar "$JAR" > "$OUT/checkout-app.log" 2>&1 &
echo $! > "$OUT/checkout-app.pid"
trap 'kill "$(cat "$OUT/checkout-app.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health/readiness" > /dev/null 2>&1 && break
  sleep 0.1
done

pg="$DATA/postgres"
pgport=$(sed -n 4p "$pg/pgdata/postmaster.pid")
sql() { PGPASSWORD=$(cat "$pg/postgres.password") psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres foyer -c "$1"; }

# A token for the demo customer's first account, inserted as the settings page would store it.
secret="foyer_pat_bench$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
hash=$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)
read -r account user < <(sql "select m.account_id, u.id from identity_user u join account_member m on m.user_id = u.id
  where u.email = 'demo@foyer.test' order by m.account_id limit 1" | tr '|' ' ')
sql "insert into account_api_token (account_id, user_id, name, secret_hash, hint, permissions, created_at)
  values ($account, $user, 'checkout benchmark', '$hash', 'foyer_pat_benc', '{BILLING,SERVICES}', now())"
plan=$(sql "select p.id from catalog_plan p where p.name = 'Web Start'")

export BENCH_TOKEN=$secret BENCH_PLAN=$plan BENCH_PATH=/api/v1/accounts/$account/orders
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $secret" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: bench-probe-$$" -d "{\"items\":[{\"planId\":$plan,\"billingPeriodMonths\":1}],\"paymentMethod\":\"BANK_TRANSFER\",\"acceptTerms\":true}" \
  "$BASE$BENCH_PATH")
[ "$status" = 201 ] || [ "$status" = 200 ] || { echo "checkout answered $status" >&2; exit 1; }

echo "== warm-up ($WARMUP)"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/checkout.lua "$BASE" > /dev/null
before=$(sql "select count(*) from ordering_order")
echo "== checkout, $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/checkout.lua "$BASE" | tee "$OUT/checkout.txt"
after=$(sql "select count(*) from ordering_order")
echo "== orders placed during the measured run: $((after - before))"
