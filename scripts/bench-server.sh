# Sourced by the benchmark scripts: starts a fresh server for one run (its settings come from the caller's
# environment: VAKA_DATA_DIR, SERVER_PORT, VAKA_DB_URL, ...), waits until it answers, and stops it when the script
# exits. Refuses to measure a server some earlier run left behind.
#   start_bench_server NAME LOG [extra pids to stop on exit]
start_bench_server() {
  local name="$1" log="$2"
  shift 2
  if curl -fs "http://127.0.0.1:$WEB_PORT/actuator/health" >/dev/null 2>&1; then
    echo "$name: something already answers on port $WEB_PORT (an earlier run still stopping?); not measuring it" >&2
    exit 1
  fi
  ./vaka start >"$log" 2>&1 &
  SERVER=$!
  BENCH_STOP_ALSO="$*"
  trap 'kill $SERVER $BENCH_STOP_ALSO 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$WEB_PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "$name: the server did not answer within 2 minutes; see $log" >&2
  exit 1
}
