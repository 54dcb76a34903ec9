#!/usr/bin/env bash
# The editors' queue of a province holding 10,000 stories: /newsroom/queue logged in as `bientap`
# (EDITOR of the demo province Thanh Hóa), with its filters, its htmx fragment and the API, plus a
# unit officer's /newsroom and the editorial calendar.
#
#   bench/newsroom-queue.sh                      # fresh app on port 8094, 10,000 stories seeded with SQL
#   STORIES=50000 bench/newsroom-queue.sh        # a bigger newsroom
#   N=200 WARMUP=100 WRK_DURATION=30s bench/newsroom-queue.sh
#   JAR=/tmp/before.jar bench/newsroom-queue.sh     # another build (before/after), no build here
#   PROFILE=1 bench/newsroom-queue.sh            # JFR CPU profile of each sequential run (STACKS=2: stacks)
#   EXPLAIN=1 bench/newsroom-queue.sh            # EXPLAIN ANALYZE of the queue's SQL before measuring
#
# The stories are written straight into the embedded PostgreSQL with psql (bench/newsroom-stories.sql;
# `apt-get install -y postgresql-client` if psql is missing), then VACUUM ANALYZE. For each page: warm-up
# requests, then N sequential curl requests; prints p50/p95/p99/max of time_total (the figure to
# compare with the target: Thymeleaf streams the page, so time_starttransfer understates the server
# time) and of time_starttransfer. Then wrk (if installed) on the queue, its fragment and the API.
# Target: the editors' queue of a province with 10,000 stories <= 150 ms server time.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8094}"
STORIES="${STORIES:-10000}"
N="${N:-100}"
WARMUP="${WARMUP:-50}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-4}"
WRK_DURATION="${WRK_DURATION:-15s}"
PROFILE="${PROFILE:-0}"
EXPLAIN="${EXPLAIN:-0}"
EDITOR="${EDITOR_NAME:-bientap}"
OFFICER="${OFFICER_NAME:-canbo.hacthanh}"
PASSWORD="${PASSWORD:-LanToa@2026}"

if ! command -v psql >/dev/null; then
  echo "psql is needed to seed the stories: apt-get install -y postgresql-client" >&2
  exit 1
fi

bench_machine
bench_build
bench_tmpdir data
bench_tmpdir work
bench_start "$data" "$PORT"
ms="$(bench_wait_healthy "$PORT")"
bench_log "app healthy after $ms ms (data dir $data)"
BASE_URL="http://localhost:$PORT"
pg_pid="$(head -1 "$data/pg/postmaster.pid")"
# The embedded server's port, from the app's log ("Embedded PostgreSQL started on port N").
pg_port="$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$APP_OUT" | head -1)"
if [[ -z "$pg_port" ]]; then
  echo "no 'Embedded PostgreSQL started on port' line in $APP_OUT" >&2
  exit 1
fi
sql() { psql -h localhost -p "$pg_port" -U postgres -X -v ON_ERROR_STOP=1 "$@"; }

# --- the stories ----------------------------------------------------------------------------------
t0="$(now_ms)"
sql -q -v stories="$STORIES" -f "$BENCH_ROOT/bench/newsroom-stories.sql" >"$work/seed.out"
bench_log "seeded $STORIES stories in $(( $(now_ms) - t0 )) ms (psql, port $pg_port)"
cat "$work/seed.out"

section_id="$(sql -Atc "select id from section where slug = 'hoat-dong-hoi'")"
commune_id="$(sql -Atc "select id from unit where code = 'TH-001'")"
echo "section filter: $section_id (Hoạt động Hội); unit filter: $commune_id (TH-001, the busiest commune);"
echo "  queue rows: $(sql -Atc "select count(*) from story where status in ('SUBMITTED','DEPARTMENT_APPROVED','IN_EDITING','SCHEDULED')") default," \
  "$(sql -Atc "select count(*) from story where status in ('SUBMITTED','DEPARTMENT_APPROVED','IN_EDITING','SCHEDULED') and section_id = $section_id") section," \
  "$(sql -Atc "select count(*) from story where status = 'SUBMITTED'") SUBMITTED," \
  "$(sql -Atc "select count(*) from story where status in ('SUBMITTED','DEPARTMENT_APPROVED','IN_EDITING','SCHEDULED') and status_since <= now() - interval '7 days'") minAgeDays=7," \
  "$(sql -Atc "select count(*) from story where status in ('SUBMITTED','DEPARTMENT_APPROVED','IN_EDITING','SCHEDULED') and author_unit_id = $commune_id") unit"

if [[ "$EXPLAIN" == 1 ]]; then
  # The SQL StoryQueries.editorsQueue sends for the default filter of an editor of the province
  # (copied from it, with the parameters written in: keep the two in step).
  root="$(sql -Atc "select path from unit where code = 'TH'")"
  where="(s.author_unit_path like '$root' || '%') and s.status in ('DEPARTMENT_APPROVED', 'IN_EDITING', 'SCHEDULED', 'SUBMITTED')"
  echo
  echo "EXPLAIN ANALYZE of the default queue's count (StoryQueries.editorsQueue):"
  sql -c "explain (analyze, buffers) select count(*) from story s where $where"
  echo "EXPLAIN ANALYZE of its first page:"
  sql -c "explain (analyze, buffers)
    with q as (
        (select s.id, true as overdue, s.status_since from story s
         where $where and s.reach_deadline is not null and coalesce(s.reached_editors_at, now()) > s.reach_deadline
         order by s.status_since, s.id limit 50)
        union all
        (select s.id, false as overdue, s.status_since from story s
         where $where and (s.reach_deadline is null or coalesce(s.reached_editors_at, now()) <= s.reach_deadline)
         order by s.status_since, s.id limit 50)
        order by overdue desc, status_since, id limit 50 offset 0)
    select s.id, s.title, s.kind, s.status, s.status_since, u.name as unit_name, sec.name as section_name,
           coalesce(d.name, '') as department_name, s.major_event, s.event_at, s.reach_deadline, s.reached_editors_at,
           s.submitted_at, s.published_at, s.publish_at, s.updated_at,
           (select count(*) from story_media m where m.story_id = s.id and m.media_kind = 'IMAGE') as photos, s.cover_media_id
    from story s join unit u on u.id = s.author_unit_id
    left join section sec on sec.id = s.section_id left join department d on d.id = s.department_id
    join q on q.id = s.id
    order by q.overdue desc, q.status_since, q.id"
fi

# --- logins ---------------------------------------------------------------------------------------
editor_jar="$work/editor.cookies"
officer_jar="$work/officer.cookies"
bench_login "$BASE_URL" "$EDITOR" "$PASSWORD" "$editor_jar"
bench_login "$BASE_URL" "$OFFICER" "$PASSWORD" "$officer_jar"
token="$(curl -s -H 'Content-Type: application/json' \
  -d "{\"username\":\"$EDITOR\",\"password\":\"$PASSWORD\"}" "$BASE_URL/api/v1/auth/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"
bench_log "logged in as $EDITOR (form and bearer token) and $OFFICER"

# What each page holds, once: a check that the logins and filters work.
check() {
  local label="$1" url="$2" pattern="$3"
  shift 3
  local code
  code="$(curl -s -o "$work/page" -w '%{http_code}' "$@" "$url")"
  printf '%-34s HTTP %s, %6d bytes, %4d × %s\n' "$label" "$code" "$(wc -c <"$work/page")" \
    "$(grep -o "$pattern" "$work/page" | wc -l)" "$pattern"
  if [[ "$code" != 200 ]]; then
    echo "$label: HTTP $code for $url" >&2
    exit 1
  fi
}

# label|path|who: E the editor's session, O the officer's session, H adds HX-Request, A the bearer token
PAGES=(
  "queue|/newsroom/queue|E"
  "queue section|/newsroom/queue?sectionId=$section_id|E"
  "queue status=SUBMITTED|/newsroom/queue?status=SUBMITTED|E"
  "queue minAgeDays=7|/newsroom/queue?minAgeDays=7|E"
  "queue unitId (TH-001)|/newsroom/queue?unitId=$commune_id|E"
  "queue page 40|/newsroom/queue?page=40|E"
  "queue htmx|/newsroom/queue|EH"
  "API scope=QUEUE|/api/v1/stories?scope=QUEUE|A"
  "/newsroom ($OFFICER)|/newsroom|O"
  "/newsroom/calendar|/newsroom/calendar|E"
)
# opts WHO: the curl options of a row of PAGES, into the array o.
opts() {
  o=()
  case "$1" in
    E*) o+=(-b "$editor_jar") ;;
    O*) o+=(-b "$officer_jar") ;;
    A*) o+=(-H "Authorization: Bearer $token") ;;
  esac
  [[ "$1" == *H ]] && o+=(-H 'HX-Request: true')
  return 0
}

echo
for p in "${PAGES[@]}"; do
  IFS='|' read -r label path who <<<"$p"
  opts "$who"
  if [[ "$label" == API* ]]; then pattern='"id":'; else pattern='href="/newsroom/stories/[0-9]*"'; fi
  check "$label" "$BASE_URL$path" "$pattern" "${o[@]}"
done

profiles=()
# measure LABEL URL [curl options]: warm-up, then N sequential requests.
measure() {
  local label="$1" url="$2" i recording
  shift 2
  for i in $(seq 1 $(( WARMUP / 5 ))); do
    curl -s -o /dev/null "$@" "$url"
  done
  recording="$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-')"
  if [[ "$PROFILE" == 1 ]]; then
    jcmd "$APP_PID" JFR.start name="$recording" settings=profile >/dev/null
  fi
  local busy0 cpu0 t0
  busy0="$(bench_busy)"; t0="$(now_ms)"
  cpu0="$(bench_cpu "$APP_PID" "$pg_pid")"
  : >"$work/times"
  for i in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{http_code} %{time_starttransfer} %{time_total}\n' "$@" "$url" >>"$work/times"
  done
  if [[ "$PROFILE" == 1 ]]; then
    jcmd "$APP_PID" JFR.stop name="$recording" filename="$work/$recording.jfr" >/dev/null
    profiles+=("$label|$work/$recording.jfr")
  fi
  local bad
  bad="$(awk '$1 != 200' "$work/times" | wc -l)"
  if (( bad > 0 )); then
    echo "$label: $bad of $N responses were not 200" >&2
  fi
  awk '{print $3}' "$work/times" | bench_stats "$label total"
  awk '{print $2}' "$work/times" | bench_stats "$label first byte"
  python3 -c '
import sys
busy0, busy1, wall = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]) / 1000
a = [float(x) for x in sys.argv[4].split()]; b = [float(x) for x in sys.argv[5].split()]
app = (b[0] - a[0]) + (b[1] - a[1])
n = int(sys.argv[6])
print("%-34s %.1f s wall; CPU s: JVM %.1f, PostgreSQL %.1f (%.1f + %.1f ms a request), others (curl included) %.1f"
      % ("", wall, b[0] - a[0], b[1] - a[1], (b[0] - a[0]) * 1000 / n, (b[1] - a[1]) * 1000 / n, max(0.0, busy1 - busy0 - app)))' \
    "$busy0" "$(bench_busy)" "$(( $(now_ms) - t0 ))" "$cpu0" "$(bench_cpu "$APP_PID" "$pg_pid")" "$N"
}

# Warm-up of every page first (the JIT compiles what they share), then WARMUP/5 more before each run.
for p in "${PAGES[@]}"; do
  IFS='|' read -r label path who <<<"$p"
  opts "$who"
  for i in $(seq 1 "$WARMUP"); do
    curl -s -o /dev/null "${o[@]}" "$BASE_URL$path"
  done
done

echo
echo "sequential, one connection per request (curl), $WARMUP + $(( WARMUP / 5 )) warm-up + $N measured; load $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${PAGES[@]}"; do
  IFS='|' read -r label path who <<<"$p"
  opts "$who"
  measure "$label" "$BASE_URL$path" "${o[@]}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${profiles[@]:-}"; do
  [[ -z "$p" ]] && continue
  echo
  echo "CPU profile of ${p%%|*} (JFR, $N requests):"
  python3 "$BENCH_ROOT/bench/jfr-top.py" "${p#*|}" --top 12 --stacks "${STACKS:-0}"
done

if command -v wrk >/dev/null; then
  cookie="$(bench_session_cookie "$editor_jar")"
  for target in "/newsroom/queue|Cookie: $cookie" "/newsroom/queue|Cookie: $cookie|HX-Request: true" \
                "/api/v1/stories?scope=QUEUE|Authorization: Bearer $token"; do
    IFS='|' read -r path h1 h2 <<<"$target"
    headers=(-H "$h1")
    [[ -n "$h2" ]] && headers+=(-H "$h2")
    echo
    echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --timeout 10s --latency $path${h2:+ ($h2)}"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout 10s --latency "${headers[@]}" "$BASE_URL$path" \
      | grep -E 'Latency|50%|75%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors'
  done
else
  echo
  echo "wrk is not installed (apt-get install -y wrk); skipped the concurrent run"
fi
bench_machine
