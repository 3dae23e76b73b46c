#!/usr/bin/env bash
# The invoicing run at scale: a fresh server on its own PostgreSQL schema (database "test"), N customers with
# sites and home/business contracts on all four invoicing periods written straight into the schema by SQL, then one
# run for January (when every period starts, so every contract is invoiced) through POST /api/v1/invoicing-runs.
# Reports the run's wall time and the heap: jvm.memory.used{area=heap} sampled every 250 ms during the run, and the
# heap after each GC from the GC log — flat when the run streams instead of loading everything.
#
#   scripts/invoicing-bench.sh [customers]        (default 100000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-100000}"
WORK="$(mktemp -d /tmp/vaka-invbench.XXXXXX)"
WEB_PORT="${BENCH_WEB_PORT:-18083}"
SCHEMA="vaka_invbench_$(date +%s)"
API="http://127.0.0.1:$WEB_PORT"
ADMIN=admin@demo.vaka:demo-admin

export VAKA_DEMO_FLEET=false VAKA_DATA_DIR="$WORK/data" SERVER_PORT="$WEB_PORT" VAKA_RECEIVER_PORT="${BENCH_RX_PORT:-17103}" VAKA_DEMO_SEED=true
export VAKA_DEVICES_EMBEDDEDPORT="${BENCH_MQTT_PORT:-18884}"
export VAKA_JAVA_OPTS="${VAKA_JAVA_OPTS:--Xms256m -Xmx1g -XX:+UseParallelGC} -Xlog:gc:file=$WORK/gc.log"
export VAKA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&reWriteBatchedInserts=true"
export VAKA_DB_USER=postgres VAKA_DB_PASSWORD=""

# Build without installing anything (with a JDK 21 or newer, as ./vaka picks one); ./vaka start then finds the
# jar fresh and runs it.
for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -n "$home" ] && [ -x "$home/bin/javac" ] && [ "$("$home/bin/javac" -version 2>&1 | awk '{print $2}' | cut -d. -f1)" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME="$home"; break
  fi
done
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
if [ -n "$(find vaka-server/src vaka-server/pom.xml pom.xml vaka-protocol/src -newer vaka-server/target/vaka-server.jar -type f -print -quit 2>/dev/null)" ] \
   || [ ! -f vaka-server/target/vaka-server.jar ]; then
  ./mvnw -B -q -o -pl vaka-server -am -DskipTests package >&2
  touch vaka-server/target/vaka-server.jar
fi

psql -h 127.0.0.1 -U postgres -d test -qc "create schema $SCHEMA" >/dev/null
. "$ROOT/scripts/bench-server.sh"
start_bench_server invoicing-bench "$WORK/server.log"
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d test -qc "drop schema $SCHEMA cascade" >/dev/null' EXIT
echo "invoicing-bench: $N customers, schema $SCHEMA, work dir $WORK" >&2

started=$(date +%s.%N)
psql -h 127.0.0.1 -U postgres -d test -q -v ON_ERROR_STOP=1 <<SQL
set search_path to $SCHEMA;
insert into customer (tenant_id, customer_number, name, mobile, email)
select 1, 'B' || g, 'Bänkkund ' || g, '+4670' || lpad(g::text, 7, '0'), 'kund' || g || '@bench.example'
  from generate_series(1, $N) g;
insert into site (tenant_id, name, created_at, customer_id, street, postal_code, city)
select 1, 'Bench ' || c.customer_number, now(), c.id, 'Bänkgatan ' || c.id, '12345', 'Stockholm'
  from customer c where c.customer_number like 'B%';
-- one in ten Finnish, one in five a business with 36 months' binding; periods and payment methods in turn
insert into contract (tenant_id, customer_id, site_id, market, kind, activated_on, binding_months, invoicing_period,
                      payment_method, monthly_fee, monthly_rental)
select 1, s.customer_id, s.id,
       case when s.id % 10 = 0 then 'FI' else 'SE' end,
       case when s.id % 5 = 0 then 'BUSINESS' else 'HOME' end,
       date '2024-01-01' + (s.id % 900)::int,
       case when s.id % 5 = 0 then 36 else 0 end,
       (array['MONTHLY','QUARTERLY','HALF_YEARLY','YEARLY'])[1 + s.id % 4],
       (array['EMAIL','PAPER','E_INVOICE','AUTOGIRO'])[1 + (s.id / 4) % 4],
       case when s.id % 10 = 0 then 2990 else 31920 end,
       case when s.id % 10 = 0 then 790 else 7920 end
  from site s where s.name like 'Bench B%';
analyze;
SQL
echo "invoicing-bench: $N contracts written in $(echo "$(date +%s.%N) - $started" | bc) s" >&2

sample_heap() {
  while :; do
    curl -s -b "$WORK/cookies" -c "$WORK/cookies" -u "$ADMIN" "$API/actuator/metrics/jvm.memory.used?tag=area:heap" | jq -r '.measurements[0].value' >>"$WORK/heap.txt" 2>/dev/null || true
    sleep 0.25
  done
}
sample_heap &
SAMPLER=$!
BENCH_STOP_ALSO="$BENCH_STOP_ALSO $SAMPLER"
trap 'kill $SERVER $SAMPLER 2>/dev/null; wait $SERVER 2>/dev/null || true; PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d test -qc "drop schema $SCHEMA cascade" >/dev/null' EXIT
sleep 1
run_started=$(date +%s.%N)
curl -fsS -u "$ADMIN" -H 'Content-Type: application/json' -d '{"month":"2027-01","issuedOn":"2026-12-20"}' \
  "$API/api/v1/invoicing-runs" | tee "$WORK/run.json"
echo
run_seconds=$(echo "$(date +%s.%N) - $run_started" | bc)
sleep 1
kill $SAMPLER 2>/dev/null || true
again=$(curl -fsS -u "$ADMIN" -H 'Content-Type: application/json' -d '{"month":"2027-01","issuedOn":"2026-12-20"}' "$API/api/v1/invoicing-runs")
invoices=$(psql -h 127.0.0.1 -U postgres -d test -tAc "select count(*) from $SCHEMA.invoice where period_start >= date '2027-01-01'")
lines=$(psql -h 127.0.0.1 -U postgres -d test -tAc "select count(*) from $SCHEMA.invoice_line l join $SCHEMA.invoice i on i.id = l.invoice_id where i.period_start >= date '2027-01-01'")
peak=$(sort -n "$WORK/heap.txt" | tail -1)
low=$(sort -n "$WORK/heap.txt" | head -1)
after_gc=$(grep -oE '\->[0-9]+M' "$WORK/gc.log" | tr -dc '0-9\n' | sort -n | tail -1)
echo "invoicing-bench: second run of the same month: $again" >&2
printf 'RESULT customers=%s invoices=%s lines=%s wall=%.1fs heap_used_peak=%dMB heap_used_min=%dMB heap_after_gc_max=%sMB samples=%s gcs=%s\n' \
  "$N" "$invoices" "$lines" "$run_seconds" "$(echo "$peak / 1048576" | bc)" "$(echo "$low / 1048576" | bc)" "${after_gc:-?}" \
  "$(wc -l <"$WORK/heap.txt")" "$(grep -c 'Pause' "$WORK/gc.log" || true)"
