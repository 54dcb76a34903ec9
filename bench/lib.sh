# Shared helpers of the benchmark scripts; sourced, not run.
# Every app started here is recorded in BENCH_PIDS and stopped by bench_cleanup (set as an EXIT trap
# by the scripts), together with the embedded PostgreSQL it started, and the temporary directories
# in BENCH_DIRS are removed unless KEEP=1 or the script failed (kept then, to read app.out).

set -euo pipefail

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_PIDS=()
BENCH_DIRS=()
BENCH_JAR=""

bench_log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Builds the jar once (skipped with SKIP_BUILD=1 when a jar is already there) and sets BENCH_JAR.
# JAR=path/to/lantoa.jar measures that jar instead (e.g. a copy built before a change), no build.
bench_build() {
  cd "$BENCH_ROOT"
  if [[ -n "${JAR:-}" ]]; then
    BENCH_JAR="$(realpath "$JAR")"
    return
  fi
  if [[ "${SKIP_BUILD:-0}" != 1 || -z "$(ls target/lantoa-*.jar 2>/dev/null)" ]]; then
    bench_log "building the jar: ./mvnw -q -B -DskipTests package"
    ./mvnw -q -B -DskipTests package
  fi
  BENCH_JAR="$(ls "$BENCH_ROOT"/target/lantoa-*.jar | grep -v '\.original$' | head -1)"
}

# bench_tmpdir VAR: a fresh directory under /tmp, removed at exit.
bench_tmpdir() {
  local dir
  dir="$(mktemp -d /tmp/lantoa-bench.XXXXXX)"
  BENCH_DIRS+=("$dir")
  printf -v "$1" '%s' "$dir"
}

# bench_start DATA_DIR PORT: starts the app in the background; its output goes to DATA_DIR/app.out.
# Sets APP_PID and APP_START_MS (taken just before the JVM is launched).
bench_start() {
  local data_dir="$1" port="$2"
  if curl -s -o /dev/null "http://localhost:$port/" 2>/dev/null; then
    echo "port $port is already in use; set PORT to a free port" >&2
    exit 1
  fi
  APP_OUT="$data_dir/app.out"
  APP_START_MS="$(now_ms)"
  LANTOA_DATA_DIR="$data_dir" PORT="$port" java ${JAVA_OPTS:-} -jar "$BENCH_JAR" >"$data_dir/app.out" 2>&1 &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
}

# bench_wait_healthy PORT [TIMEOUT_S]: polls /actuator/health every 100 ms until {"status":"UP"}.
# Prints the wall time since APP_START_MS in milliseconds.
bench_wait_healthy() {
  local port="$1" timeout="${2:-180}" deadline body
  deadline=$(( $(now_ms) + timeout * 1000 ))
  while (( $(now_ms) < deadline )); do
    body="$(curl -s --max-time 2 "http://localhost:$port/actuator/health" 2>/dev/null || true)"
    if [[ "$body" == *'"status":"UP"'* ]]; then
      echo $(( $(now_ms) - APP_START_MS ))
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app exited before it was healthy; the end of $APP_OUT:" >&2
      grep -v '^\s*at ' "$APP_OUT" | tail -25 | cut -c1-400 >&2
      return 1
    fi
    sleep 0.1
  done
  echo "not healthy after ${timeout}s; the end of $APP_OUT:" >&2
  tail -15 "$APP_OUT" | cut -c1-400 >&2
  return 1
}

# bench_stop PID: SIGTERM, then waits (the JVM stops its embedded PostgreSQL in a shutdown hook);
# SIGKILL after 30 s, and the postmaster of the data dir stopped by its own pid if it is left over.
bench_stop() {
  local pid="$1" data_dir="${2:-}" i
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    bench_log "app $pid did not stop; killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  if [[ -n "$data_dir" && -f "$data_dir/pg/postmaster.pid" ]]; then
    local pg
    pg="$(head -1 "$data_dir/pg/postmaster.pid")"
    if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null; then
      bench_log "stopping the leftover PostgreSQL $pg of $data_dir"
      kill -INT "$pg" 2>/dev/null || true
      sleep 1
    fi
  fi
}

bench_cleanup() {
  local status=$? pid dir
  for pid in "${BENCH_PIDS[@]:-}"; do
    [[ -n "$pid" ]] && bench_stop "$pid"
  done
  for dir in "${BENCH_DIRS[@]:-}"; do
    [[ -z "$dir" ]] && continue
    if [[ -f "$dir/pg/postmaster.pid" ]]; then
      local pg
      pg="$(head -1 "$dir/pg/postmaster.pid")"
      if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null; then
        kill -INT "$pg" 2>/dev/null || true
        sleep 1
      fi
    fi
    if [[ "${KEEP:-0}" == 1 || "$status" != 0 ]]; then
      bench_log "kept $dir$( [[ "$status" != 0 ]] && echo " (the script failed: exit status $status)")"
    else
      rm -rf "$dir"
    fi
  done
}

# bench_login BASE_URL USER PASSWORD COOKIE_JAR: form login with the _csrf of the login page.
# Leaves the SESSION cookie in COOKIE_JAR; fails unless the login redirects away from /login.
bench_login() {
  local base="$1" user="$2" password="$3" jar="$4" csrf location
  rm -f "$jar"
  csrf="$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
  if [[ -z "$csrf" ]]; then
    echo "no _csrf input on $base/login" >&2
    return 1
  fi
  location="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    "$base/login")"
  if [[ -z "$location" || "$location" == *"/login"* ]]; then
    echo "login as $user failed (redirected to '$location')" >&2
    return 1
  fi
}

# bench_session_cookie JAR: "SESSION=..." for wrk or curl -H.
bench_session_cookie() {
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$1" | tail -1
}

# bench_csrf URL JAR: the _csrf value of the first form on a page.
bench_csrf() {
  curl -s -b "$2" -c "$2" "$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1
}

# Percentiles of numbers (seconds, one per line) on stdin, printed in milliseconds.
bench_stats() {
  python3 -c '
import sys, math
label = sys.argv[1]
xs = sorted(float(l) * 1000 for l in sys.stdin if l.strip())
if not xs:
    print("%-34s no samples" % label); sys.exit()
def pct(p):
    return xs[min(len(xs) - 1, max(0, math.ceil(p / 100 * len(xs)) - 1))]
print("%-34s n=%-4d p50=%7.1f  p95=%7.1f  p99=%7.1f  max=%7.1f  mean=%7.1f ms"
      % (label, len(xs), pct(50), pct(95), pct(99), xs[-1], sum(xs) / len(xs)))
' "$1"
}

# bench_cpu JVM_PID POSTMASTER_PID: "J P", the CPU seconds (user+system) used so far by the JVM and
# by the embedded PostgreSQL (the postmaster and its backends, which are its children), from /proc;
# each including its children that have already exited (initdb under the JVM, closed backends).
bench_cpu() {
  python3 - "$@" <<'EOF'
import os, sys
hz = os.sysconf("SC_CLK_TCK")
def stat(pid):
    try:
        with open("/proc/%s/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
def ticks(pid):
    s = stat(pid)
    # utime + stime, plus cutime + cstime: children that have exited (initdb, closed backends)
    return int(s[11]) + int(s[12]) + int(s[13]) + int(s[14]) if s else 0
jvm, pg = sys.argv[1], sys.argv[2]
children = [p for p in os.listdir("/proc") if p.isdigit() and (stat(p) or [None, None])[1] == pg]
print("%.2f %.2f" % (ticks(jvm) / hz, (ticks(pg) + sum(ticks(c) for c in children)) / hz))
EOF
}

# bench_threads JVM_PID: the JVM's CPU seconds by kind of thread: JIT compilers, GC and VM threads,
# and the rest (the main thread, which Linux names "java", Tomcat, pools...): "app+other".
bench_threads() {
  python3 - "$1" <<'EOF'
import collections, os, sys
hz = os.sysconf("SC_CLK_TCK")
pid = sys.argv[1]
kinds = collections.Counter()
for tid in os.listdir("/proc/%s/task" % pid):
    try:
        with open("/proc/%s/task/%s/stat" % (pid, tid)) as f:
            raw = f.read()
    except OSError:
        continue
    name = raw[raw.index("(") + 1:raw.rindex(")")]
    fields = raw.rsplit(")", 1)[1].split()
    t = (int(fields[11]) + int(fields[12])) / hz
    if "Compiler" in name:
        kind = "JIT"
    elif name.startswith(("GC ", "G1 ", "VM Thread")) or "GC" in name:
        kind = "GC/VM"
    else:
        kind = "app+other"
    kinds[kind] += t
print(", ".join("%s %.1f" % (k, v) for k, v in kinds.most_common()))
EOF
}

# bench_busy: CPU seconds all processes of the machine have used since boot (from /proc/stat).
# The difference over a run minus what the app used is what other processes took: the noise.
bench_busy() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { printf "%.2f\n", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat
}

# bench_noise BUSY_BEFORE BUSY_AFTER APP_CPU_SECONDS: "others X.X CPU-s" over the interval.
bench_noise() {
  python3 -c 'import sys; b0, b1, app = map(float, sys.argv[1:]); print("others %.1f CPU-s" % max(0.0, b1 - b0 - app))' "$@"
}

bench_machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
