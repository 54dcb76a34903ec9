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
#
# Variants, to see what the start costs and what would shorten it (nothing in the app changes):
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/cold-start.sh   # C1 only: less JIT work at start
#   EXTRACT=1 bench/cold-start.sh   # the jar extracted (java -Djarmode=tools -jar ... extract):
#                                   # plain jars on the class path instead of nested ones
#   CDS=1 bench/cold-start.sh       # extracted, and with a class-data-sharing archive made by a
#                                   # training run (-XX:ArchiveClassesAtExit, spring.context.exit=onRefresh)
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

RUNS="${RUNS:-3}"
PORT="${PORT:-8091}"
TARGET_MS=15000

bench_build
bench_machine
echo "jar: $BENCH_JAR${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"

if [[ "${CDS:-0}" == 1 || "${EXTRACT:-0}" == 1 ]]; then
  bench_tmpdir cds
  java -Djarmode=tools -jar "$BENCH_JAR" extract --destination "$cds/app" >/dev/null
  extracted="$(ls "$cds"/app/*.jar | head -1)"
  BENCH_JAR="$extracted"
  echo "extracted: $BENCH_JAR"
fi
if [[ "${CDS:-0}" == 1 ]]; then
  bench_tmpdir training
  bench_log "CDS training run (starts the context on a fresh data dir, then exits)"
  t="$(now_ms)"
  LANTOA_DATA_DIR="$training" PORT="$PORT" java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$cds/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$BENCH_JAR" >"$training/app.out" 2>&1 || true
  bench_log "training run and archive: $(( $(now_ms) - t )) ms, archive $(du -h "$cds/app.jsa" | cut -f1)"
  JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$cds/app.jsa"
  echo "CDS: -XX:SharedArchiveFile=$cds/app.jsa"
fi

results=()
last_dir=""
for run in $(seq 1 "$RUNS"); do
  bench_tmpdir data
  busy0="$(bench_busy)"
  bench_start "$data" "$PORT"
  ms="$(bench_wait_healthy "$PORT")"
  cpu="$(bench_cpu "$APP_PID" "$(head -1 "$data/pg/postmaster.pid")")"
  noise="$(bench_noise "$busy0" "$(bench_busy)" "$(echo "$cpu" | awk '{print $1 + $2}')")"
  threads="$(bench_threads "$APP_PID")"
  started="$(grep -o 'Started LanToaApplication in [0-9.]* seconds' "$data/app.out" | grep -o '[0-9.]*' || true)"
  demo="$(grep -c 'Loaded the demo tree' "$data/app.out" || true)"
  printf 'cold start %d: %6d ms to healthy (Spring "Started" after %s s; demo tree loaded: %s; CPU s JVM/PostgreSQL: %s; %s)\n' \
    "$run" "$ms" "${started:-?}" "$demo" "${cpu/ //}" "$noise"
  echo "    JVM CPU s by thread: $threads"
  results+=("cold $ms")
  bench_stop "$APP_PID" "$data"
  last_dir="$data"
done

busy0="$(bench_busy)"
bench_start "$last_dir" "$PORT"
ms="$(bench_wait_healthy "$PORT")"
cpu="$(bench_cpu "$APP_PID" "$(head -1 "$last_dir/pg/postmaster.pid")")"
noise="$(bench_noise "$busy0" "$(bench_busy)" "$(echo "$cpu" | awk '{print $1 + $2}')")"
threads="$(bench_threads "$APP_PID")"
started="$(grep -o 'Started LanToaApplication in [0-9.]* seconds' "$last_dir/app.out" | grep -o '[0-9.]*' || true)"
printf 'warm restart: %6d ms to healthy (Spring "Started" after %s s; existing data dir; CPU s JVM/PostgreSQL: %s; %s)\n' \
  "$ms" "${started:-?}" "${cpu/ //}" "$noise"
echo "    JVM CPU s by thread: $threads"
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
