#!/usr/bin/env bash
# Vietnamese full-text search over 20,000 published stories: GET /api/v1/search (the same SiteSearch
# the portal calls) and its suggestions, on the Lucene index under the data directory.
#
#   bench/search.sh                        # fresh app on port 8095, 20,000 documents seeded with SQL
#   DOCUMENTS=100000 bench/search.sh       # a bigger site
#   N=300 WARMUP=100 WRK_DURATION=30s bench/search.sh
#   JAR=/tmp/before.jar bench/search.sh    # another build (before/after), no build here
#   PROFILE=1 bench/search.sh              # JFR CPU profile of each sequential run (STACKS=2: stacks)
#
# The documents are written straight into search_document with psql (bench/search-documents.sql;
# `apt-get install -y postgresql-client` if psql is missing), then the index is rebuilt from them with
# the mass indexer through POST /api/v1/search/reindex (timed: what /admin/search does after a
# restore). For each query: warm-up requests, then N sequential curl requests with a bearer token;
# prints p50/p95/p99/max of time_total (the JSON is small and written at once, so this is the
# server's time plus the loopback round trip). Then wrk (if installed) on two queries.
# Target: a search of 20,000 stories <= 100 ms server time at p95.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8095}"
DOCUMENTS="${DOCUMENTS:-20000}"
N="${N:-200}"
WARMUP="${WARMUP:-50}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-4}"
WRK_DURATION="${WRK_DURATION:-15s}"
PROFILE="${PROFILE:-0}"
ADMIN="${ADMIN_NAME:-quantri.tw}"
PASSWORD="${PASSWORD:-LanToa@2026}"

if ! command -v psql >/dev/null; then
  echo "psql is needed to seed the documents: apt-get install -y postgresql-client" >&2
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
pg_port="$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$APP_OUT" | head -1)"
if [[ -z "$pg_port" ]]; then
  echo "no 'Embedded PostgreSQL started on port' line in $APP_OUT" >&2
  exit 1
fi
sql() { psql -h localhost -p "$pg_port" -U postgres -X -v ON_ERROR_STOP=1 "$@"; }

# --- the documents and the index --------------------------------------------------------------------
t0="$(now_ms)"
sql -q -v documents="$DOCUMENTS" -f "$BENCH_ROOT/bench/search-documents.sql" >"$work/seed.out"
bench_log "seeded $DOCUMENTS documents in $(( $(now_ms) - t0 )) ms (psql, port $pg_port)"
cat "$work/seed.out"

token="$(curl -s -H 'Content-Type: application/json' \
  -d "{\"username\":\"$ADMIN\",\"password\":\"$PASSWORD\"}" "$BASE_URL/api/v1/auth/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"
auth=(-H "Authorization: Bearer $token")

t0="$(now_ms)"
cpu0="$(bench_cpu "$APP_PID" "$pg_pid")"
code="$(curl -s -o "$work/reindex.json" -w '%{http_code}' -X POST "${auth[@]}" "$BASE_URL/api/v1/search/reindex")"
if [[ "$code" != 202 ]]; then
  echo "POST /api/v1/search/reindex answered $code: $(cat "$work/reindex.json")" >&2
  exit 1
fi
state=RUNNING
while [[ "$state" == RUNNING ]]; do
  sleep 0.5
  curl -s "${auth[@]}" "$BASE_URL/api/v1/search/index" >"$work/index.json"
  state="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["state"])' "$work/index.json")"
done
cpu1="$(bench_cpu "$APP_PID" "$pg_pid")"
echo "index rebuilt ($state) in $(( $(now_ms) - t0 )) ms: $(cat "$work/index.json")"
python3 -c 'import sys; a = [float(x) for x in sys.argv[1].split()]; b = [float(x) for x in sys.argv[2].split()]
print("  CPU s: JVM %.1f, PostgreSQL %.1f" % (b[0] - a[0], b[1] - a[1]))' "$cpu0" "$cpu1"
[[ "$state" == FINISHED ]] || exit 1
echo "index on disk: $(du -sh "$data/search-index" | cut -f1)"

province_path="$(sql -Atc "select path from unit where code = 'TH'")"
commune_path="$(sql -Atc "select path from unit where code = 'TH-001'")"
section_id="$(sql -Atc "select id from section where slug = 'chuyen-doi-so'")"
year_ago="$(date -d '1 year ago' +%F)"
today="$(date +%F)"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

# label|query string of /api/v1/search (or of /api/v1/search/suggestions when the label starts with "suggest")
QUERIES=(
  "phu nu khoi nghiep|q=$(enc 'phu nu khoi nghiep')"
  "phụ nữ khởi nghiệp|q=$(enc 'phụ nữ khởi nghiệp')"
  "\"chuyển đổi số\" (phrase)|q=$(enc '"chuyển đổi số"')"
  "dan toc + province subtree|q=$(enc 'dan toc thieu so')&unitPath=$(enc "$province_path")"
  "nuoc sach + commune + year|q=$(enc 'nuoc sach')&unitPath=$(enc "$commune_path")&from=$year_ago&to=$today"
  "hoi (very common) page 5|q=hoi&page=5"
  "empty q, section: newest|sectionId=$section_id"
  "rare name \"dang thi quyen\"|q=$(enc '"dang thi quyen"')"
  "no hit (xyzzy)|q=xyzzy"
  "suggest 'phu nu kh'|q=$(enc 'phu nu kh')"
)
url_of() {
  local label="$1" query="$2"
  if [[ "$label" == suggest* ]]; then echo "$BASE_URL/api/v1/search/suggestions?$query"; else echo "$BASE_URL/api/v1/search?$query"; fi
}

echo
for q in "${QUERIES[@]}"; do
  IFS='|' read -r label query <<<"$q"
  code="$(curl -s -o "$work/page" -w '%{http_code}' "${auth[@]}" "$(url_of "$label" "$query")")"
  if [[ "$code" != 200 ]]; then
    echo "$label: HTTP $code: $(head -c 300 "$work/page")" >&2
    exit 1
  fi
  printf '%-34s %s\n' "$label" "$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
if isinstance(r, list):
    print("%d suggestions, first: %s" % (len(r), r[0]["title"] if r else "-"))
else:
    first = r["hits"][0]["titleHtml"] if r["hits"] else "-"
    print("%d hits (%d on the page), first: %s" % (r["total"], len(r["hits"]), first[:90]))' "$work/page")"
done

profiles=()
measure() {
  local label="$1" url="$2" i recording
  for i in $(seq 1 "$WARMUP"); do
    curl -s -o /dev/null "${auth[@]}" "$url"
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
    curl -s -o /dev/null -w '%{http_code} %{time_starttransfer} %{time_total}\n' "${auth[@]}" "$url" >>"$work/times"
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
  awk '{print $3}' "$work/times" | bench_stats "$label"
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

echo
echo "sequential, one connection per request (curl, bearer token), $WARMUP warm-up + $N measured; load $(cut -d' ' -f1-3 /proc/loadavg)"
for q in "${QUERIES[@]}"; do
  IFS='|' read -r label query <<<"$q"
  measure "$label" "$(url_of "$label" "$query")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${profiles[@]:-}"; do
  [[ -z "$p" ]] && continue
  echo
  echo "CPU profile of ${p%%|*} (JFR, $N requests):"
  python3 "$BENCH_ROOT/bench/jfr-top.py" "${p#*|}" --top 12 --stacks "${STACKS:-0}"
done

if command -v wrk >/dev/null; then
  for q in "${QUERIES[0]}" "${QUERIES[9]}"; do
    IFS='|' read -r label query <<<"$q"
    echo
    echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --timeout 10s --latency: $label"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout 10s --latency "${auth[@]}" "$(url_of "$label" "$query")" \
      | grep -E 'Latency|50%|75%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors'
  done
else
  echo
  echo "wrk is not installed (apt-get install -y wrk); skipped the concurrent run"
fi
bench_machine
