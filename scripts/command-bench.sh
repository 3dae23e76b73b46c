#!/usr/bin/env bash
# Command round trip: API -> server -> MQTT broker -> virtual panel -> answer back, with many panels
# connected and living an ordinary day (DC-09 reports included).
#
#   scripts/command-bench.sh embedded|mosquitto [panels] [rate/s] [duration]
#
# embedded: the server's own broker (Moquette), as ./vaka start runs it.
# mosquitto: the machine's Mosquitto on 127.0.0.1:1883 (VAKA_MQTT_URL), as production would.
# Starts a fresh server (own data dir, H2), then ./vaka command-bench, which registers the panels, connects
# them all, warms up (20 s) and measures. Prints its summary and RESULT line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BROKER="${1:-embedded}"
PANELS="${2:-1000}"
RATE="${3:-20}"
DURATION="${4:-60s}"
WORK="$(mktemp -d /tmp/vaka-cmdbench.XXXXXX)"
WEB_PORT="${BENCH_WEB_PORT:-18081}"
RX_PORT="${BENCH_RX_PORT:-17101}"
MQTT_PORT="${BENCH_MQTT_PORT:-11884}"

export VAKA_DEMO_FLEET=false VAKA_DATA_DIR="$WORK/data" SERVER_PORT="$WEB_PORT" VAKA_RECEIVER_PORT="$RX_PORT"
export VAKA_DEVICES_EMBEDDED_PORT="$MQTT_PORT"
export VAKA_JAVA_OPTS="${VAKA_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseParallelGC}"
if [ "$BROKER" = "mosquitto" ]; then
  export VAKA_MQTT_URL="tcp://127.0.0.1:1883"
  MQTT_PORT=1883
fi

if curl -fs "http://127.0.0.1:$WEB_PORT/actuator/health" >/dev/null 2>&1; then
  echo "command-bench: something already answers on port $WEB_PORT (an earlier run still stopping?); not measuring it" >&2
  exit 1
fi
./vaka start >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$WEB_PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
echo "command-bench: $BROKER broker, $PANELS panels, $RATE commands/s, $DURATION — work dir $WORK" >&2
# Warm-up: the same run for 20 s, so the measured one meets compiled code, not the interpreter.
./vaka command-bench --panels "$PANELS" --rate "$RATE" --duration 20s --port "$RX_PORT" \
  --api "http://127.0.0.1:$WEB_PORT" --mqtt-port "$MQTT_PORT" >"$WORK/warmup.txt" 2>&1 || true
./vaka command-bench --panels "$PANELS" --rate "$RATE" --duration "$DURATION" --port "$RX_PORT" \
  --api "http://127.0.0.1:$WEB_PORT" --mqtt-port "$MQTT_PORT" 2>"$WORK/progress.txt" | tee "$WORK/result.txt"
