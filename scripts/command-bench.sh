#!/usr/bin/env bash
# Command round trip: API -> server -> MQTT broker -> virtual panel -> answer back, with many panels
# connected and living an ordinary day (DC-09 reports included).
#
#   scripts/command-bench.sh embedded|mosquitto|system-mosquitto [panels] [rate/s] [duration]
#
# embedded: the server's own broker (Moquette), as ./vaka start runs it.
# mosquitto: a Mosquitto of the bench's own, set up as docs/DEVICES-MQTT.md says (password file with every
#   panel's login, the per-panel ACL, set_tcp_nodelay), as production would run.
# system-mosquitto: the machine's Mosquitto on 127.0.0.1:1883 as it is (anonymous, Nagle on).
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
FIRST_ACCOUNT=200000
case "$BROKER" in
  embedded) ;;
  system-mosquitto)
    export VAKA_MQTT_URL="tcp://127.0.0.1:1883"
    MQTT_PORT=1883
    ;;
  mosquitto)
    MQTT_PORT="${BENCH_MOSQUITTO_PORT:-11883}"
    SERVER_SECRET="bench-$(date +%s)"
    {
      echo "vaka-server:$SERVER_SECRET"
      for i in $(seq 0 $((PANELS - 1))); do echo "$((FIRST_ACCOUNT + i)):sim-broker-$((FIRST_ACCOUNT + i))"; done
    } >"$WORK/passwd"
    mosquitto_passwd -U "$WORK/passwd"
    printf 'user vaka-server\ntopic readwrite vaka/#\n\npattern readwrite vaka/panels/%%u/#\n' >"$WORK/acl"
    printf 'listener %s 127.0.0.1\nallow_anonymous false\npassword_file %s\nacl_file %s\nset_tcp_nodelay true\npersistence false\nuser %s\nmax_queued_messages 10000\n' \
      "$MQTT_PORT" "$WORK/passwd" "$WORK/acl" "$(id -un)" >"$WORK/mosquitto.conf"
    mosquitto -c "$WORK/mosquitto.conf" >"$WORK/mosquitto.log" 2>&1 &
    MOSQUITTO=$!
    export VAKA_MQTT_URL="tcp://127.0.0.1:$MQTT_PORT" VAKA_MQTT_USER=vaka-server VAKA_MQTT_PASSWORD="$SERVER_SECRET"
    ;;
  *) echo "usage: $0 embedded|mosquitto|system-mosquitto [panels] [rate/s] [duration]" >&2; exit 2 ;;
esac

. "$ROOT/scripts/bench-server.sh"
start_bench_server command-bench "$WORK/server.log" ${MOSQUITTO:-}
echo "command-bench: $BROKER broker, $PANELS panels, $RATE commands/s, $DURATION — work dir $WORK" >&2
# Warm-up: the same run for 20 s, so the measured one meets compiled code, not the interpreter.
./vaka command-bench --panels "$PANELS" --rate "$RATE" --duration 20s --port "$RX_PORT" \
  --api "http://127.0.0.1:$WEB_PORT" --mqtt-port "$MQTT_PORT" --first-account "$FIRST_ACCOUNT" >"$WORK/warmup.txt" 2>&1 || true
./vaka command-bench --panels "$PANELS" --rate "$RATE" --duration "$DURATION" --port "$RX_PORT" \
  --api "http://127.0.0.1:$WEB_PORT" --mqtt-port "$MQTT_PORT" --first-account "$FIRST_ACCOUNT" 2>"$WORK/progress.txt" | tee "$WORK/result.txt"
