#!/usr/bin/env bash
# Cold start to healthy: wall time from launching `java -jar` to GET /actuator/health answering
# {"status":"UP"}, with the embedded PostgreSQL.
#
#   bench/cold-start.sh            # 3 cold starts and 1 warm restart on port 8091
#   RUNS=5 PORT=8093 bench/cold-start.sh
#
# Cold: a fresh LANTOA_DATA_DIR each time, so initdb, Flyway and the demo data (~2,000 units and the
# demo accounts) are part of the figure. Warm: a restart on the data dir of the last cold run.
# Target: <= 15 s on a 2-core machine.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

RUNS="${RUNS:-3}"
PORT="${PORT:-8091}"
TARGET_MS=15000

bench_build
bench_machine
echo "jar: $BENCH_JAR"

results=()
last_dir=""
for run in $(seq 1 "$RUNS"); do
  bench_tmpdir data
  bench_start "$data" "$PORT"
  ms="$(bench_wait_healthy "$PORT")"
  started="$(grep -o 'Started LanToaApplication in [0-9.]* seconds' "$data/app.out" | grep -o '[0-9.]*' || true)"
  demo="$(grep -c 'Loaded the demo tree' "$data/app.out" || true)"
  printf 'cold start %d: %6d ms to healthy (Spring "Started" after %s s; demo tree loaded: %s)  load %s\n' \
    "$run" "$ms" "${started:-?}" "$demo" "$(cut -d' ' -f1 /proc/loadavg)"
  results+=("cold $ms")
  bench_stop "$APP_PID" "$data"
  last_dir="$data"
done

bench_start "$last_dir" "$PORT"
ms="$(bench_wait_healthy "$PORT")"
started="$(grep -o 'Started LanToaApplication in [0-9.]* seconds' "$last_dir/app.out" | grep -o '[0-9.]*' || true)"
printf 'warm restart: %6d ms to healthy (Spring "Started" after %s s; existing data dir)  load %s\n' \
  "$ms" "${started:-?}" "$(cut -d' ' -f1 /proc/loadavg)"
results+=("warm $ms")
bench_stop "$APP_PID" "$last_dir"

echo
echo "summary (target <= ${TARGET_MS} ms):"
printf '%s\n' "${results[@]}" | python3 -c '
import sys
target = int(sys.argv[1])
rows = [l.split() for l in sys.stdin if l.strip()]
for kind in ("cold", "warm"):
    xs = sorted(int(ms) for k, ms in rows if k == kind)
    if xs:
        med = xs[len(xs) // 2]
        print("  %s: n=%d min=%d median=%d max=%d ms -> %s" % (kind, len(xs), xs[0], med, xs[-1],
              "met" if xs[-1] <= target else ("MISSED" if xs[0] > target else "met by some runs only")))
' "$TARGET_MS"
bench_machine
