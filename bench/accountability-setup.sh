# Shared by accountability-dashboard.sh and accountability-exports.sh; sourced after lib.sh.
# Starts the app and gives it the national data set (bench/accountability-data.sql, then the monthly
# reports of bench/accountability-reports.sql) on a fresh data dir; seeding takes ~2 minutes on 2
# cores. HOLD=1 (acc_hold) keeps the app running after the measurements and writes where it is to
# ATTACH_FILE, so that the other script can measure the same app and data (ATTACH=1) with no start
# and no seeding. (Restarting an app on a kept data dir is no shortcut: at start-up the portal feeds
# the search index again with the ~450,000 published stories, one by one.)
# Sets BASE_URL, APP_PID, pg_pid, pg_port, data, work, root_id, province_id, province_path and sql().

ATTACH_FILE="${ATTACH_FILE:-/tmp/lantoa-accountability-bench.env}"

acc_need_psql() {
  if ! command -v psql >/dev/null; then
    echo "psql is needed to seed the data: apt-get install -y postgresql-client" >&2
    exit 1
  fi
}

acc_start() {
  local port="$1" ms t0
  bench_tmpdir work
  if [[ "${ATTACH:-0}" == 1 ]]; then
    # shellcheck disable=SC1090
    source "$ATTACH_FILE"
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app of $ATTACH_FILE ($APP_PID) is not running" >&2; exit 1; }
    bench_log "measuring the app $APP_PID at $BASE_URL (from $ATTACH_FILE)"
  else
    bench_build
    bench_tmpdir data
    bench_start "$data" "$port"
    ms="$(bench_wait_healthy "$port" "${HEALTH_TIMEOUT:-600}")"
    bench_log "app healthy after $ms ms (data dir $data)"
    BASE_URL="http://localhost:$port"
    pg_pid="$(head -1 "$data/pg/postmaster.pid")"
    pg_port="$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$APP_OUT" | tail -1)"
    if [[ -z "$pg_port" ]]; then
      echo "no 'Embedded PostgreSQL started on port' line in $APP_OUT" >&2
      exit 1
    fi
  fi

  if [[ "$(sql -Atc "select count(*) from unit where code = 'BP01'")" == 0 ]]; then
    t0="$(now_ms)"
    sql -q -v stories="$STORIES" -f "$BENCH_ROOT/bench/accountability-data.sql" >"$work/seed.out"
    bench_log "seeded the tree and $STORIES stories in $(( $(now_ms) - t0 )) ms"
    cat "$work/seed.out"
  else
    bench_log "the national tree is there already: $(sql -Atc "select count(*) from story") stories"
  fi
  if [[ "$(sql -Atc "select count(*) from report_form f join unit p on p.id = f.owner_unit_id where p.code = 'BP01'")" == 0 ]]; then
    t0="$(now_ms)"
    sql -q -f "$BENCH_ROOT/bench/accountability-reports.sql" >"$work/seed-reports.out"
    bench_log "seeded the monthly reports in $(( $(now_ms) - t0 )) ms"
    cat "$work/seed-reports.out"
  fi

  # Index-only scans of story_tally need its pages marked all-visible; the vacuum at the end of the
  # seed can miss them while the starting app still holds an old snapshot (autovacuum would get there).
  sql -q -c "vacuum analyze story_tally"
  root_id="$(sql -Atc "select id from unit where parent_id is null")"
  province_id="$(sql -Atc "select id from unit where code = '$PROVINCE'")"
  province_path="$(sql -Atc "select path from unit where code = '$PROVINCE'")"
}

sql() { psql -h localhost -p "$pg_port" -U postgres -X -v ON_ERROR_STOP=1 "$@"; }

# acc_time LABEL N URL [curl options...]: N sequential requests, their percentiles, then the CPU
# milliseconds a request of the JVM and PostgreSQL, what others used meanwhile and the load average.
acc_time() {
  local label="$1" n="$2" url="$3" busy0 cpu0
  shift 3
  busy0="$(bench_busy)"
  cpu0="$(bench_cpu "$APP_PID" "$pg_pid")"
  : >"$work/times"
  for i in $(seq 1 "$n"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$@" "$url" >>"$work/times"
  done
  bench_stats "$label" <"$work/times"
  python3 -c '
import sys
a = [float(x) for x in sys.argv[1].split()]; b = [float(x) for x in sys.argv[2].split()]
busy = float(sys.argv[4]) - float(sys.argv[3]); n = int(sys.argv[5])
print("%-34s CPU ms a request: JVM %.1f, PostgreSQL %.1f; others %.1f CPU-s; load %s" % ("", (b[0]-a[0])*1000/n, (b[1]-a[1])*1000/n,
      max(0.0, busy - (b[0]-a[0]) - (b[1]-a[1])), sys.argv[6]))' "$cpu0" "$(bench_cpu "$APP_PID" "$pg_pid")" "$busy0" "$(bench_busy)" "$n" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# acc_hold: with HOLD=1, writes ATTACH_FILE and waits until it is removed (rm it to stop the app).
acc_hold() {
  [[ "${HOLD:-0}" == 1 && "${ATTACH:-0}" != 1 ]] || return 0
  printf 'BASE_URL=%q\nAPP_PID=%q\npg_pid=%q\npg_port=%q\ndata=%q\n' "$BASE_URL" "$APP_PID" "$pg_pid" "$pg_port" "$data" >"$ATTACH_FILE"
  bench_log "holding the app $APP_PID at $BASE_URL (PostgreSQL on port $pg_port): rm $ATTACH_FILE to stop it"
  while [[ -e "$ATTACH_FILE" ]] && kill -0 "$APP_PID" 2>/dev/null; do sleep 2; done
  rm -f "$ATTACH_FILE"
}
