#!/usr/bin/env bash
# The view beacon of the public site: POST /luot-xem/{id}, sent by every story page a reader opens.
# It must stay cheap under a spike (a story shared on Zalo or Facebook): one lookup of the story by
# primary key and one statement that records the visitor and the day's total.
#
#   bench/beacon.sh                                   # starts the app on 8095 with a fresh data dir
#   BASE_URL=http://localhost:8080 bench/beacon.sh    # measures a running app instead
#   N=1000 WRK_DURATION=30s bench/beacon.sh
#
# Sequential curl runs (warm-up, then N requests) of three kinds: a new reader each time (two inserts),
# the same reader again (the visitor exists: nothing written), and a robot (answered 204, no database).
# Then wrk with a new browser agent per request, for throughput under concurrency, and a check that the
# story's total equals the number of distinct readers sent.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8095}"
N="${N:-500}"
WARMUP="${WARMUP:-100}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-16}"
WRK_DURATION="${WRK_DURATION:-20s}"
CHROME="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"

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

# Published stories of the demo data, from the links of the home page ("/tin/slug-123").
ids=($(curl -s "$BASE_URL/" | grep -o 'href="/tin/[^"]*-[0-9]*"' | grep -o '[0-9]*"$' | tr -d '"' | sort -un))
if (( ${#ids[@]} < 3 )); then
  echo "the home page links fewer than 3 stories; is the demo data loaded?" >&2
  exit 1
fi
story="${ids[0]}"
echo "stories on the home page: ${ids[*]}; measuring story $story"

# run LABEL AGENT_PREFIX UNIQUE(0|1) STORY: warm-up, then N sequential beacons; prints percentiles.
run() {
  local label="$1" agent="$2" unique="$3" id="$4" i ua busy0 cpu0 t0
  for i in $(seq 1 "$WARMUP"); do
    ua="$agent"; [[ "$unique" == 1 ]] && ua="$agent warm-$RANDOM-$i"
    curl -s -o /dev/null -X POST -A "$ua" "$BASE_URL/luot-xem/$id"
  done
  busy0="$(bench_busy)"; t0="$(now_ms)"
  [[ -n "$APP_PID" ]] && cpu0="$(bench_cpu "$APP_PID" "$pg_pid")"
  : >"$work/times"
  for i in $(seq 1 "$N"); do
    ua="$agent"; [[ "$unique" == 1 ]] && ua="$agent run-$RANDOM-$i"
    curl -s -o /dev/null -X POST -A "$ua" -w '%{http_code} %{time_total}\n' "$BASE_URL/luot-xem/$id" >>"$work/times"
  done
  echo "$label: answers $(awk '{print $1}' "$work/times" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
  awk '{print $2}' "$work/times" | bench_stats "$label"
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
run "new reader each time" "$CHROME" 1 "${ids[0]}"
run "same reader again" "$CHROME same-reader" 0 "${ids[0]}"
run "robot (Googlebot)" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" 0 "${ids[0]}"
before="$(curl -s -X POST -A "$CHROME check-before" "$BASE_URL/luot-xem/${ids[1]}" | grep -o '[0-9]*')"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

if command -v wrk >/dev/null; then
  cat >"$work/beacon.lua" <<LUA
-- a new browser agent per request (a new reader), spread over the threads by their own prefix
-- (thread:set makes "prefix" a global of that thread)
local counter = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("prefix", "t" .. threads .. "-" .. tostring(os.time()))
end
request = function()
  counter = counter + 1
  return wrk.format("POST", "/luot-xem/${ids[1]}", {["User-Agent"] = "$CHROME wrk-" .. prefix .. "-" .. counter})
end
done = function(summary, latency, requests)
  io.write(string.format("requests sent: %d\n", summary.requests))
end
LUA
  echo
  echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency, a new reader per request, story ${ids[1]}"
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout 10s --latency -s "$work/beacon.lua" "$BASE_URL" \
    | tee "$work/wrk.out" | grep -E 'Latency|50%|75%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors|requests sent'
  sent="$(awk '/requests sent/ {print $3}' "$work/wrk.out")"
  after="$(curl -s -X POST -A "$CHROME check-after" "$BASE_URL/luot-xem/${ids[1]}" | grep -o '[0-9]*')"
  echo "story ${ids[1]}: total $before before, $after after; $sent requests sent by wrk (+1 check): each counted once" \
    "$( (( after - before == sent + 1 )) && echo '(matches)' || echo "(differs by $(( after - before - sent - 1 )); requests cut off at the end are counted but not reported by wrk)")"
else
  echo
  echo "wrk is not installed (apt-get install -y wrk); skipped the concurrent run"
fi
bench_machine
