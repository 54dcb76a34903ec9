#!/usr/bin/env bash
# The tree page of a province: /admin/units logged in as `quantri` (ADMIN of the demo province
# Thanh Hóa: 166 communes, 1,073 branches, 759 women's groups), plus the htmx fragments it uses.
#
#   bench/tree-page.sh                                  # starts the app on 8092 with a fresh data dir
#   BASE_URL=http://localhost:8080 bench/tree-page.sh   # measures a running app instead
#   N=500 WRK_DURATION=30s bench/tree-page.sh
#   PROFILE=1 bench/tree-page.sh     # JFR CPU profile of each sequential run (own app only);
#                                    # STACKS=2 also prints the 2 most common stacks
#
# For each page: warm-up requests, then N sequential curl requests; prints p50/p95/p99/max of
# time_total (the whole response: Thymeleaf streams the page, so the first byte leaves before the
# page is rendered and time_starttransfer understates the server time) and of time_starttransfer.
# Then wrk (if installed) with the session cookie for throughput under concurrency.
# Target: the tree page <= 100 ms server time.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8092}"
N="${N:-200}"
WARMUP="${WARMUP:-50}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-8}"
WRK_DURATION="${WRK_DURATION:-20s}"
PROFILE="${PROFILE:-0}"
USER_NAME="${USER_NAME:-quantri}"
PASSWORD="${PASSWORD:-LanToa@2026}"

bench_machine
APP_PID=""
if [[ -z "${BASE_URL:-}" ]]; then
  bench_build
  bench_tmpdir data
  bench_start "$data" "$PORT"
  ms="$(bench_wait_healthy "$PORT")"
  bench_log "app healthy after $ms ms (data dir $data)"
  BASE_URL="http://localhost:$PORT"
  pg_pid="$(head -1 "$data/pg/postmaster.pid")"
fi
bench_tmpdir work
jar="$work/cookies"
bench_login "$BASE_URL" "$USER_NAME" "$PASSWORD" "$jar"
cookie="$(bench_session_cookie "$jar")"
bench_log "logged in as $USER_NAME"

# The tree page, and the ids it links to: a commune with children, for the children fragment.
curl -s -b "$jar" -o "$work/tree.html" "$BASE_URL/admin/units"
communes="$(grep -c 'hx-get="/admin/units/[0-9]*/children' "$work/tree.html" || true)"
commune_id="$(grep -o 'hx-get="/admin/units/[0-9]*/children' "$work/tree.html" | sed -n '2p' | grep -o '[0-9]*')"
if [[ -z "$commune_id" ]]; then
  echo "the tree page has no expandable commune; is $USER_NAME logged in?" >&2
  exit 1
fi
curl -s -b "$jar" -H 'HX-Request: true' -o "$work/children.html" "$BASE_URL/admin/units/$commune_id/children"
curl -s -b "$jar" -H 'HX-Request: true' -o "$work/search.html" "$BASE_URL/admin/units/search?q=hoang%20hoa"
echo "tree page: $(wc -c <"$work/tree.html") bytes, $communes expandable units at the first level"
echo "children of unit $commune_id: $(wc -c <"$work/children.html") bytes, $(grep -c '<li' "$work/children.html" || true) items"
echo "search 'hoang hoa': $(wc -c <"$work/search.html") bytes, $(grep -c 'list-group-item' "$work/search.html" || true) hits"

profiles=()
# measure LABEL URL [curl options]: warm-up, then N sequential requests.
measure() {
  local label="$1" url="$2" i recording
  shift 2
  for i in $(seq 1 "$WARMUP"); do
    curl -s -o /dev/null -b "$jar" "$@" "$url"
  done
  recording="$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-')"
  if [[ "$PROFILE" == 1 && -n "$APP_PID" ]]; then
    jcmd "$APP_PID" JFR.start name="$recording" settings=profile >/dev/null
  fi
  local busy0 cpu0 t0
  busy0="$(bench_busy)"; t0="$(now_ms)"
  [[ -n "$APP_PID" ]] && cpu0="$(bench_cpu "$APP_PID" "$pg_pid")"
  : >"$work/times"
  for i in $(seq 1 "$N"); do
    curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_starttransfer} %{time_total}\n' "$@" "$url" >>"$work/times"
  done
  if [[ "$PROFILE" == 1 && -n "$APP_PID" ]]; then
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
  if [[ -n "$APP_PID" ]]; then
    python3 -c '
import sys
busy0, busy1, wall = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]) / 1000
a = [float(x) for x in sys.argv[4].split()]; b = [float(x) for x in sys.argv[5].split()]
app = (b[0] - a[0]) + (b[1] - a[1])
print("%-34s %.1f s wall; CPU s: JVM %.1f, PostgreSQL %.1f, others (curl included) %.1f"
      % ("", wall, b[0] - a[0], b[1] - a[1], max(0.0, busy1 - busy0 - app)))' \
      "$busy0" "$(bench_busy)" "$(( $(now_ms) - t0 ))" "$cpu0" "$(bench_cpu "$APP_PID" "$pg_pid")"
  fi
}

echo
echo "sequential, one connection per request (curl), $WARMUP warm-up + $N measured; load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "/admin/units" "$BASE_URL/admin/units"
measure "/admin/units gzip" "$BASE_URL/admin/units" --compressed
measure "children (htmx)" "$BASE_URL/admin/units/$commune_id/children" -H 'HX-Request: true'
measure "search hoang hoa (htmx)" "$BASE_URL/admin/units/search?q=hoang%20hoa" -H 'HX-Request: true'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${profiles[@]:-}"; do
  [[ -z "$p" ]] && continue
  echo
  echo "CPU profile of ${p%%|*} (JFR, $N requests):"
  python3 "$BENCH_ROOT/bench/jfr-top.py" "${p#*|}" --top 12 --stacks "${STACKS:-0}"
done

if command -v wrk >/dev/null; then
  for target in "/admin/units" "/admin/units/$commune_id/children" "/admin/units/search?q=hoang%20hoa"; do
    echo
    echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --timeout 10s --latency $target"
    headers=(-H "Cookie: $cookie")
    [[ "$target" != "/admin/units" ]] && headers+=(-H 'HX-Request: true')
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout 10s --latency "${headers[@]}" "$BASE_URL$target" \
      | grep -E 'Latency|50%|75%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors'
  done
else
  echo
  echo "wrk is not installed (apt-get install -y wrk); skipped the concurrent run"
fi
bench_machine
