# Shared by accountability-dashboard.sh and accountability-exports.sh; sourced after lib.sh.
# Starts the app and gives it the national data set (bench/accountability-data.sql, then the monthly
# reports of bench/accountability-reports.sql), either on a fresh data dir or, with DATA_DIR=path,
# on a data dir kept from an earlier run (KEEP=1), where the seeding is skipped when it is there
# already: the 1,000,000 stories take 4–6 minutes to seed on 2 cores, the measurements far less.
# Sets BASE_URL, APP_PID, pg_pid, pg_port, data, work, root_id, province_id, province_path and sql().

acc_need_psql() {
  if ! command -v psql >/dev/null; then
    echo "psql is needed to seed the data: apt-get install -y postgresql-client" >&2
    exit 1
  fi
}

acc_start() {
  local port="$1" ms t0
  bench_build
  if [[ -n "${DATA_DIR:-}" ]]; then
    data="$(realpath "$DATA_DIR")"
    [[ -f "$data/pg/postmaster.pid" ]] && { echo "$data/pg is in use (postmaster.pid)" >&2; exit 1; }
    bench_log "reusing the data dir $data (not removed at exit)"
  else
    bench_tmpdir data
  fi
  bench_tmpdir work
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
