#!/usr/bin/env bash
# The compliance dashboard (/accountability) of a national tree: 34 provinces, 3,300 communes,
# 1,000,000 stories over ten years (bench/accountability-data.sql, generated in SQL), 2–3 rules per
# province. Measures, logged in as `quantri.tw` (ADMIN of the central root), the dashboard of the
# whole country and of one province for one quarter, the ranking's htmx fragment and the JSON API.
#
#   bench/accountability-dashboard.sh                 # fresh app on port 8096, 1,000,000 stories
#   STORIES=200000 bench/accountability-dashboard.sh  # a smaller newsroom
#   N=50 WARMUP=20 QUARTER=2026-Q3 bench/accountability-dashboard.sh
#   EXPLAIN=1 bench/accountability-dashboard.sh       # EXPLAIN ANALYZE of the engine's SQL first
#   JAR=/tmp/before.jar bench/accountability-dashboard.sh   # another build, no build here
#   ROUNDS=3 bench/accountability-dashboard.sh        # the timed requests three times over (take the quietest)
#   HOLD=1 bench/accountability-dashboard.sh          # keep the app running afterwards (rm the file it names to stop)
#   ATTACH=1 bench/accountability-dashboard.sh        # measure the held app again, no start, no seeding
#
# Needs psql (apt-get install -y postgresql-client). For each page: warm-up requests, then N sequential
# curl requests; prints p50/p95/p99/max of time_total (Thymeleaf streams the page, so the total is
# the figure: the server time on loopback). Target: <= 300 ms for one quarter of the national tree.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/accountability-setup.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8096}"
STORIES="${STORIES:-1000000}"
N="${N:-30}"
WARMUP="${WARMUP:-10}"
ROUNDS="${ROUNDS:-1}"
QUARTER="${QUARTER:-2026-Q3}"
PROVINCE="${PROVINCE:-BP08}"
EXPLAIN="${EXPLAIN:-0}"
USER_NAME="${USER_NAME:-quantri.tw}"
PASSWORD="${PASSWORD:-LanToa@2026}"

acc_need_psql
bench_machine
echo "cpu: $(lscpu | grep 'Model name' | sed 's/Model name: *//')"
acc_start "$PORT"
rule_id="$(sql -Atc "select id from quota_rule where owner_unit_id = $province_id and preset = 'seed-000'")"
echo "root $root_id, province $PROVINCE $province_id ($(sql -Atc "select count(*) from story where author_unit_path like '$province_path%'") stories), quarter $QUARTER"

if [[ "$EXPLAIN" == 1 ]]; then
  # The engine's cube for the whole country over the months every rule needs in the quarter (a
  # yearly rule needs the year around it): ComplianceBoard.cube, with the parameters written in.
  year="${QUARTER%%-*}"
  echo "EXPLAIN ANALYZE of the cube (national, year $year):"
  sql -c "explain (analyze, buffers)
    select t.author_unit_id, t.event_month, t.submitted_month, t.section_id, t.has_photo, t.has_video,
           t.is_submitted, t.is_accepted, t.is_published
    from (select * from story_tally e where e.event_month between '$year-01-01' and '$year-12-01'
          union all
          select * from story_tally s where s.submitted_month between '$year-01-01' and '$year-12-01'
                                        and s.event_month not between '$year-01-01' and '$year-12-01') t
    where t.author_unit_id in (select u.id from unit u where u.path like '/$root_id/' || '%')"
fi

jar="$work/cookies"
bench_login "$BASE_URL" "$USER_NAME" "$PASSWORD" "$jar"
token="$(curl -s -H 'Content-Type: application/json' \
  -d "{\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" "$BASE_URL/api/v1/auth/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"
bench_log "logged in as $USER_NAME (form and bearer token)"

PAGES=(
  "national dashboard|/accountability?don-vi=$root_id&ky=$QUARTER|"
  "province dashboard ($PROVINCE)|/accountability?don-vi=$province_id&ky=$QUARTER|"
  "province ranking htmx|/accountability?don-vi=$province_id&ky=$QUARTER&dinh-muc=$rule_id&sap-xep=name|H"
  "national API|/api/v1/accountability/compliance?don-vi=$root_id&ky=$QUARTER|T"
  "province year|/accountability?don-vi=$province_id&ky=${QUARTER%%-*}|"
)

for p in "${PAGES[@]}"; do
  IFS='|' read -r label path flags <<<"$p"
  o=(-b "$jar")
  [[ "$flags" == *H* ]] && o+=(-H 'HX-Request: true')
  [[ "$flags" == *T* ]] && o=(-H "Authorization: Bearer $token")
  code="$(curl -s -o "$work/page" -w '%{http_code}' "${o[@]}" "$BASE_URL$path")"
  printf '%-30s HTTP %s, %7d bytes, %4d ranking rows, %4d heat tiles\n' "$label" "$code" "$(wc -c <"$work/page")" \
    "$(grep -c 'class="ranking-row"' "$work/page" || true)" "$(grep -c 'class="heat-tile' "$work/page" || true)"
  if [[ "$code" != 200 ]]; then
    echo "$label: HTTP $code" >&2
    exit 1
  fi
done

for round in $(seq 1 "$ROUNDS"); do
  echo
  (( ROUNDS > 1 )) && echo "round $round of $ROUNDS"
  for p in "${PAGES[@]}"; do
    IFS='|' read -r label path flags <<<"$p"
    o=(-b "$jar")
    [[ "$flags" == *H* ]] && o+=(-H 'HX-Request: true')
    [[ "$flags" == *T* ]] && o=(-H "Authorization: Bearer $token")
    for i in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "${o[@]}" "$BASE_URL$path"; done
    acc_time "$label" "$N" "$BASE_URL$path" "${o[@]}"
  done
done
bench_machine
acc_hold
