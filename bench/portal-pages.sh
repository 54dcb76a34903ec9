#!/usr/bin/env bash
# The public site as anonymous readers load it: the front page, a story, a section, the RSS feed and
# the sitemap, each served from the page cache (the usual case) and rendered afresh (?lang=vi skips
# the cache: the cost after every publication, when the cache is emptied).
#
#   bench/portal-pages.sh                                  # starts the app on 8093 with a fresh data dir
#   BASE_URL=http://localhost:8080 bench/portal-pages.sh   # measures a running app instead
#   N=500 WRK_DURATION=30s bench/portal-pages.sh
#
# Prints p50/p95/p99/max of time_total for N sequential curl requests after a warm-up, then wrk (if
# installed) on the cached front page and story for throughput under concurrency.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8093}"
N="${N:-300}"
WARMUP="${WARMUP:-50}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-16}"
WRK_DURATION="${WRK_DURATION:-20s}"

bench_machine
if [[ -z "${BASE_URL:-}" ]]; then
  bench_build
  bench_tmpdir data
  bench_start "$data" "$PORT"
  ms="$(bench_wait_healthy "$PORT")"
  bench_log "app healthy after $ms ms (data dir $data)"
  BASE_URL="http://localhost:$PORT"
fi
bench_tmpdir work

curl -s -o "$work/home.html" "$BASE_URL/"
story="$(grep -o 'href="/tin/[a-z0-9-]*-[0-9]*"' "$work/home.html" | head -1 | sed 's/href="\(.*\)"/\1/')"
section="$(grep -o 'href="/chuyen-muc/[a-z0-9-]*"' "$work/home.html" | head -1 | sed 's/href="\(.*\)"/\1/')"
if [[ -z "$story" || -z "$section" ]]; then
  echo "the front page links to no story or section; is there demo data?" >&2
  exit 1
fi
echo "front page $(wc -c <"$work/home.html") bytes; story $story; section $section"

measure() {
  local label="$1" url="$2" i
  shift 2
  for i in $(seq 1 "$WARMUP"); do
    curl -s -o /dev/null "$@" "$url"
  done
  : >"$work/times"
  for i in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@" "$url" >>"$work/times"
  done
  local bad
  bad="$(awk '$1 != 200 && $1 != 304' "$work/times" | wc -l)"
  (( bad > 0 )) && echo "$label: $bad of $N responses were not 200/304" >&2
  awk '{print $2}' "$work/times" | bench_stats "$label"
}

echo
echo "sequential, one connection per request (curl), $WARMUP warm-up + $N measured; load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "/ cached" "$BASE_URL/"
measure "/ rendered" "$BASE_URL/?lang=vi"
measure "story cached" "$BASE_URL$story"
measure "story rendered" "$BASE_URL$story?lang=vi"
measure "section cached" "$BASE_URL$section"
measure "section rendered" "$BASE_URL$section?lang=vi"
measure "rss.xml cached" "$BASE_URL/rss.xml"
measure "sitemap-tin-1.xml cached" "$BASE_URL/sitemap-tin-1.xml"
etag="$(curl -s -D - -o /dev/null "$BASE_URL/" | sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p')"
measure "/ revalidated (304)" "$BASE_URL/" -H "If-None-Match: $etag"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

if command -v wrk >/dev/null; then
  for target in "/" "$story"; do
    echo
    echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency $target"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout 10s --latency "$BASE_URL$target" | sed -n '1,20p'
  done
else
  echo "(wrk not installed: apt-get install wrk for throughput figures)"
fi
