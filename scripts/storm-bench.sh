#!/usr/bin/env bash
# Alarm storm: a regional power cut at thousands of sites (mains lost and restored, again and again) with a fire
# from one of them halfway through. Measures how soon the fire heads the operators' queue, whether every site's
# events were grouped into one alarm, and how long the alarm intake needs to catch up.
#
#   scripts/storm-bench.sh h2|postgres [sites] [events-per-site] [connections]
#
# Starts a fresh server (own data dir / own PostgreSQL schema in database "test"), then ./vaka storm, which
# registers the sites and runs the storm. Prints its summary and RESULT line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DB="${1:-h2}"
SITES="${2:-2000}"
EVENTS="${3:-10}"
CONNECTIONS="${4:-50}"
WORK="$(mktemp -d /tmp/vaka-storm.XXXXXX)"
WEB_PORT="${BENCH_WEB_PORT:-18081}"
RX_PORT="${BENCH_RX_PORT:-17101}"

export VAKA_DEMO_FLEET=false VAKA_DATA_DIR="$WORK/data" SERVER_PORT="$WEB_PORT" VAKA_RECEIVER_PORT="$RX_PORT" VAKA_DEMO_SEED=true
export VAKA_DEVICES_EMBEDDED_PORT="${BENCH_MQTT_PORT:-11884}"
export VAKA_JAVA_OPTS="${VAKA_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseParallelGC}"
if [ "$DB" = "postgres" ]; then
  SCHEMA="vaka_storm_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -d test -qc "create schema $SCHEMA" >/dev/null
  export VAKA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&reWriteBatchedInserts=true"
  export VAKA_DB_USER=postgres VAKA_DB_PASSWORD=""
fi
. "$ROOT/scripts/bench-server.sh"
start_bench_server storm-bench "$WORK/server.log"
echo "storm-bench: $DB, $SITES sites x $EVENTS events, $CONNECTIONS connections — work dir $WORK" >&2
./vaka storm --sites "$SITES" --events-per-site "$EVENTS" --connections "$CONNECTIONS" --port "$RX_PORT" \
  --api "http://127.0.0.1:$WEB_PORT" 2>"$WORK/progress.txt" | tee "$WORK/result.txt"
