#!/usr/bin/env bash
# The growth chart of a province's channels (issue 6): 700 channels with a figure a day over two years
# (~511,000 rows, bench/channels-growth-data.sql). Measures, logged in as `quantri.tw`, the roll-up page
# /channels/audience of the province over two years (weekly points from the V23 summary, both ends
# exactly) and over its default six months, and the JSON API over two years.
#
#   bench/channels-growth.sh                  # fresh app on port 8097
#   N=50 WARMUP=20 bench/channels-growth.sh
#   EXPLAIN=1 bench/channels-growth.sh        # EXPLAIN ANALYZE of the weekly query and of the naive lateral one first
#   SKIP_BUILD=1 bench/channels-growth.sh     # the jar already in target/
#
# Needs psql. Each page: warm-up requests, then N sequential curl requests; prints p50/p95 of
# time_total (the server time on loopback). Target: <= 200 ms for the province over two years.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8097}"
N="${N:-30}"
WARMUP="${WARMUP:-10}"
DAYS="${DAYS:-730}"
EXPLAIN="${EXPLAIN:-0}"
USER_NAME="${USER_NAME:-quantri.tw}"
PASSWORD="${PASSWORD:-LanToa@2026}"

command -v psql >/dev/null || { echo "psql is needed: apt-get install -y postgresql-client" >&2; exit 1; }
bench_machine
echo "cpu: $(lscpu | grep 'Model name' | sed 's/Model name: *//')"
bench_build
bench_tmpdir data
bench_tmpdir work
bench_start "$data" "$PORT"
ms="$(bench_wait_healthy "$PORT" "${HEALTH_TIMEOUT:-600}")"
bench_log "app healthy after $ms ms"
BASE_URL="http://localhost:$PORT"
pg_pid="$(head -1 "$data/pg/postmaster.pid")"
pg_port="$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$APP_OUT" | tail -1)"
sql() { psql -h localhost -p "$pg_port" -U postgres -X -v ON_ERROR_STOP=1 "$@"; }

t0="$(now_ms)"
sql -q -v days="$DAYS" -f "$BENCH_ROOT/bench/channels-growth-data.sql"
bench_log "seeded 700 channels x $DAYS days in $(( $(now_ms) - t0 )) ms (the weekly summary filled by the V23 trigger)"
province_id="$(sql -Atc "select id from unit where code = 'CG'")"
province_path="$(sql -Atc "select path from unit where code = 'CG'")"
to="$(date -u +%F)"
from="$(date -u -d "$to - $((DAYS - 1)) days" +%F)"

if [[ "$EXPLAIN" == 1 ]]; then
  echo "EXPLAIN ANALYZE, weekly query (AudienceRollups.weekly):"
  sql -c "explain (analyze, buffers)
    with ch as (select c.id, c.kind from channel c join unit u on u.id = c.unit_id where c.active and u.path like '$province_path' || '%'),
    per_week as (select w.week, sum(w.delta) as total from channel_audience_week w join ch on ch.id = w.channel_id
                 where w.week <= date '$to' group by w.week),
    running as (select week, sum(total) over (order by week) as total from per_week)
    select * from running where week > date '$from'"
  echo "EXPLAIN ANALYZE, the naive alternative: a lateral 'last figure <= day' for each channel and each Sunday:"
  sql -c "explain (analyze, buffers)
    with ch as (select c.id from channel c join unit u on u.id = c.unit_id where c.active and u.path like '$province_path' || '%')
    select s.day, sum(l.audience) from generate_series(date '$from', date '$to', interval '7 days') s(day)
    cross join ch cross join lateral (select a.audience from channel_audience a where a.channel_id = ch.id and a.day <= s.day::date
                                      order by a.day desc limit 1) l group by s.day"
fi

jar="$work/cookies"
bench_login "$BASE_URL" "$USER_NAME" "$PASSWORD" "$jar"
token="$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" \
  "$BASE_URL/api/v1/auth/token" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"

PAGES=(
  "roll-up page, 2 years|/channels/audience?don-vi=$province_id&tu=$from&den=$to|"
  "API series, 2 years|/api/v1/channels/audience?don-vi=$province_id&tu=$from&den=$to|T"
  "roll-up page, 6 months (default)|/channels/audience?don-vi=$province_id|"
  "roll-up page, 2 months (daily)|/channels/audience?don-vi=$province_id&tu=$(date -u -d "$to - 59 days" +%F)&den=$to|"
)
for p in "${PAGES[@]}"; do
  IFS='|' read -r label path flags <<<"$p"
  o=(-b "$jar")
  [[ "$flags" == *T* ]] && o=(-H "Authorization: Bearer $token")
  code="$(curl -s -o "$work/page" -w '%{http_code}' "${o[@]}" "$BASE_URL$path")"
  printf '%-34s HTTP %s, %7d bytes, %4d channel rows\n' "$label" "$code" "$(wc -c <"$work/page")" \
    "$(grep -c 'class="channel-row"' "$work/page" || true)"
  [[ "$code" == 200 ]] || { echo "$label: HTTP $code" >&2; exit 1; }
done
echo
for p in "${PAGES[@]}"; do
  IFS='|' read -r label path flags <<<"$p"
  o=(-b "$jar")
  [[ "$flags" == *T* ]] && o=(-H "Authorization: Bearer $token")
  for i in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "${o[@]}" "$BASE_URL$path"; done
  : >"$work/times"
  for i in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "${o[@]}" "$BASE_URL$path" >>"$work/times"; done
  bench_stats "$label" <"$work/times"
done
bench_machine
