#!/usr/bin/env bash
# Crash test: every signal the simulator saw ACKed must be in the log after a kill -9 of the server.
#
#   scripts/crash-test.sh [h2|postgres] [seconds-before-kill]
#
# Starts a fresh server (its own data directory; for postgres its own schema in database "test"),
# runs `vaka sim` against it, kills the server with SIGKILL mid-load, restarts it, and checks every
# ACKed (account, sequence) against the log through the API. Exit 0 only when nothing is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DB="${1:-h2}"
KILL_AFTER="${2:-15}"
WORK="$(mktemp -d /tmp/vaka-crash.XXXXXX)"
WEB_PORT="${CRASH_WEB_PORT:-18080}"
RX_PORT="${CRASH_RX_PORT:-17100}"
ACCOUNTS="${CRASH_ACCOUNTS:-500}"
RATE="${CRASH_RATE:-0}"

export VAKA_DEMO_FLEET=false VAKA_DATA_DIR="$WORK/data" SERVER_PORT="$WEB_PORT" VAKA_RECEIVER_PORT="$RX_PORT"
if [ "$DB" = "postgres" ]; then
  SCHEMA="vaka_crash_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -d test -qc "create schema $SCHEMA" >/dev/null
  export VAKA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&reWriteBatchedInserts=true"
  export VAKA_DB_USER=postgres VAKA_DB_PASSWORD=""
fi

./vaka help >/dev/null   # finds the JDK
"$ROOT/mvnw" -B -q -DskipTests install >/dev/null

start_server() {
  ./vaka start >"$WORK/server-$1.log" 2>&1 &
  echo $! >"$WORK/server.pid"
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$WEB_PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "server did not come up; see $WORK/server-$1.log" >&2
  exit 1
}

server_java_pid() { # the JVM itself, not the launcher shell (exec makes them the same)
  cat "$WORK/server.pid"
}

if curl -fs "http://127.0.0.1:$WEB_PORT/actuator/health" >/dev/null 2>&1; then
  echo "crash test: something already answers on port $WEB_PORT; stop it first" >&2
  exit 1
fi
echo "crash test on $DB in $WORK: $ACCOUNTS panels, kill -9 after ${KILL_AFTER}s"
start_server first
./vaka sim --accounts "$ACCOUNTS" --rate "$RATE" --duration "$((KILL_AFTER + 25))s" --port "$RX_PORT" \
  --api "http://127.0.0.1:$WEB_PORT" --acked-file "$WORK/acked.csv" >"$WORK/sim.log" 2>&1 &
SIM=$!
sleep "$KILL_AFTER"
kill -9 "$(server_java_pid)"
echo "server killed with SIGKILL at $(date +%T); restarting"
sleep 2
start_server second
wait "$SIM" || true
tail -n 3 "$WORK/sim.log"
./vaka sim --verify "$WORK/acked.csv" --api "http://127.0.0.1:$WEB_PORT" | tee "$WORK/verify.txt"
status=${PIPESTATUS[0]}
kill "$(server_java_pid)" 2>/dev/null || true
wait 2>/dev/null || true
exit "$status"
