#!/usr/bin/env bash
# Sustained durable ingest: server and simulator on this machine, panels sending one frame and waiting
# for its ACK, as real panels do.
#
#   scripts/benchmark.sh h2|postgres plain|aes256 [accounts] [duration] [rate]
#
# Starts a fresh server (own data dir / own PostgreSQL schema in database "test"), registers the
# panels, warms up for 15 s, then measures. Prints the simulator's summary and RESULT line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DB="${1:-h2}"
MODE="${2:-plain}"
ACCOUNTS="${3:-1000}"
DURATION="${4:-60s}"
RATE="${5:-0}"
WORK="$(mktemp -d /tmp/vaka-bench.XXXXXX)"
WEB_PORT="${BENCH_WEB_PORT:-18081}"
RX_PORT="${BENCH_RX_PORT:-17101}"
KEY=000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F

export VAKA_DEMO_FLEET=false VAKA_DATA_DIR="$WORK/data" SERVER_PORT="$WEB_PORT" VAKA_RECEIVER_PORT="$RX_PORT" VAKA_DEMO_SEED=true
export VAKA_JAVA_OPTS="${VAKA_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseParallelGC}"
if [ "$DB" = "postgres" ]; then
  SCHEMA="vaka_bench_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -d test -qc "create schema $SCHEMA" >/dev/null
  export VAKA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&reWriteBatchedInserts=true"
  export VAKA_DB_USER=postgres VAKA_DB_PASSWORD=""
fi
sim_key=()
[ "$MODE" = "aes256" ] && sim_key=(--aes-key "$KEY")

. "$ROOT/scripts/bench-server.sh"
start_bench_server benchmark "$WORK/server.log"
echo "benchmark: $DB, $MODE, $ACCOUNTS panels, $DURATION, rate ${RATE:-max} — work dir $WORK" >&2
./vaka sim --accounts "$ACCOUNTS" --rate "$RATE" --duration 15s --port "$RX_PORT" --api "http://127.0.0.1:$WEB_PORT" "${sim_key[@]}" >"$WORK/warmup.txt" 2>&1
./vaka sim --accounts "$ACCOUNTS" --rate "$RATE" --duration "$DURATION" --port "$RX_PORT" --api "http://127.0.0.1:$WEB_PORT" --no-register "${sim_key[@]}" 2>"$WORK/progress.txt" | tee "$WORK/result.txt"
curl -s -u admin@demo.vaka:demo-admin "http://127.0.0.1:$WEB_PORT/actuator/prometheus" | grep -E '^vaka_(signals_(batch_size|commit_seconds)|alarms_intake_lag)' >"$WORK/server-metrics.txt" || true
cat "$WORK/server-metrics.txt" >&2
