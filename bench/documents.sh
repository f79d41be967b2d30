#!/usr/bin/env bash
# Invoice PDF + XML generation throughput on one core: each document is the PDF/A-3 with its
# embedded Factur-X XML plus the XRechnung XML, rendered round-robin from eight sample invoices
# and credit notes (DocumentsBenchmark in the test sources). No database, no Spring context.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-30}
DURATION=${BENCH_DURATION:-60}
CORE=${BENCH_CORE:-0}
OUT=${BENCH_OUT:-target/bench}
mkdir -p "$OUT"

mvn -B -q -Dspotless.check.skip=true test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/documents.classpath"

# One core for the JVM and everything it starts (JIT and GC threads included).
taskset -c "$CORE" java -Xmx512m -Xms512m -XX:ActiveProcessorCount=1 \
  -cp "target/classes:target/test-classes:$(cat "$OUT/documents.classpath")" \
  io.foyer.billing.document.DocumentsBenchmark "$WARMUP" "$DURATION" 2> "$OUT/documents.log"
