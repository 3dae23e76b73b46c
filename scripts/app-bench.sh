#!/usr/bin/env bash
# The customers' app API under load: app sessions (each its own bearer token, all Anna's) polling her site's
# state and history, on a site whose log holds [rows] history events, on PostgreSQL.
#
#   scripts/app-bench.sh [sessions] [duration] [rows] [pause]      # defaults: 200 60s 100000 1s
#
# Starts a fresh server (own PostgreSQL schema in database "test", no demo fleet), writes the history rows for
# panel account 1234 straight into the signal log (openings and closings by users 1-4, an alarm now and then),
# then runs ./vaka app-bench. Prints its summary and RESULT line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SESSIONS="${1:-200}"
DURATION="${2:-60s}"
ROWS="${3:-100000}"
PAUSE="${4:-1s}"
WORK="$(mktemp -d /tmp/vaka-appbench.XXXXXX)"
WEB_PORT="${BENCH_WEB_PORT:-18081}"
export VAKA_DEMO_FLEET=false VAKA_DATA_DIR="$WORK/data" SERVER_PORT="$WEB_PORT" VAKA_RECEIVER_PORT="${BENCH_RX_PORT:-17101}"
export VAKA_DEVICES_EMBEDDED_PORT="${BENCH_MQTT_PORT:-11884}" VAKA_DEMO_SEED=true
export VAKA_JAVA_OPTS="${VAKA_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseParallelGC}"
SCHEMA="vaka_app_$(date +%s)"
psql -h 127.0.0.1 -U postgres -d test -qc "create schema $SCHEMA" >/dev/null
export VAKA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&reWriteBatchedInserts=true"
export VAKA_DB_USER=postgres VAKA_DB_PASSWORD=""
. "$ROOT/scripts/bench-server.sh"
start_bench_server app-bench "$WORK/server.log"

echo "app-bench: writing $ROWS history rows for account 1234 ..." >&2
psql -h 127.0.0.1 -U postgres -d test -q -v ON_ERROR_STOP=1 <<SQL
set search_path to $SCHEMA;
insert into signal_log (tenant_id, account_id, account, sequence, token, encrypted, receiver, line, path, transport,
                        code, meaning, category, restore, known, zone, user_number, event_count, data, received_at)
select 1, a.id, '1234', lpad(((g % 9999) + 1)::text, 4, '0'), 'SIA-DCS', false, '0', '0', 'PRIMARY', 'TCP',
       case when g % 50 = 0 then 'BA' when g % 2 = 0 then 'OP' else 'CL' end,
       case when g % 50 = 0 then 'Burglary alarm' when g % 2 = 0 then 'Opening (disarmed) by user' else 'Closing (armed) by user' end,
       case when g % 50 = 0 then 'BURGLARY' else 'OPENING_CLOSING' end, false, true,
       case when g % 50 = 0 then '03' end, case when g % 50 = 0 then null else lpad(((g % 4) + 1)::text, 4, '0') end, 1,
       '#1234|N' || case when g % 50 = 0 then 'BA03' when g % 2 = 0 then 'OP0001' else 'CL0001' end,
       now() - ((${ROWS} - g) * interval '5 minutes')
from generate_series(1, ${ROWS}) g, panel_account a where a.account = '1234';
insert into signal_account_index (account_id, signal_id) select account_id, id from signal_log where account = '1234'
  on conflict do nothing;
update signal_index_mark set indexed_up_to = (select max(id) from signal_log);
update alarm_mark set processed_up_to = (select max(id) from signal_log);
analyze signal_log; analyze signal_account_index;
SQL
echo "app-bench: $SESSIONS sessions, $DURATION, $ROWS history rows, PostgreSQL — work dir $WORK" >&2
./vaka app-bench --sessions "$SESSIONS" --duration 15s --pause "$PAUSE" --api "http://127.0.0.1:$WEB_PORT" >"$WORK/warmup.txt" 2>&1
./vaka app-bench --sessions "$SESSIONS" --duration "$DURATION" --pause "$PAUSE" --api "http://127.0.0.1:$WEB_PORT" 2>"$WORK/progress.txt" | tee "$WORK/result.txt"
