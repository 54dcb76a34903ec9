#!/usr/bin/env bash
# Import of a 100,000-row Meta Business Suite post export (34 columns, UTF-8 with BOM, Vietnamese text
# with quoted commas and line breaks; ~50 MB from bench/channels-post-export.py) into one fanpage by
# `bientap` (EDITOR of Thanh Hóa), through the pages: upload -> preview page -> confirm. Then the same
# file again (every post unchanged) and a later export with higher totals (every post updated), since
# a re-import must replace the lifetime totals, never add.
#
#   bench/channels-post-import.sh                 # fresh app on port 8098 (demo data loads first)
#   ROWS=20000 bench/channels-post-import.sh      # a smaller file
#   SKIP_BUILD=1 bench/channels-post-import.sh    # reuse target/lantoa-*.jar
#
# Target: <= 10 s for upload + preview + confirm of the 100,000 rows.
# Needs psql (postgresql-client) to register the fanpage in the embedded PostgreSQL.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8098}"
ROWS="${ROWS:-100000}"
TARGET_S=10
USER_NAME="${USER_NAME:-bientap}"
PASSWORD="${PASSWORD:-LanToa@2026}"
PAGE_ID="100000000000001"

command -v psql >/dev/null || { echo "psql is needed: apt-get install -y postgresql-client" >&2; exit 1; }
bench_machine
bench_build
bench_tmpdir data
bench_tmpdir work
bench_start "$data" "$PORT"
ms="$(bench_wait_healthy "$PORT" "${HEALTH_TIMEOUT:-600}")"
bench_log "app healthy after $ms ms (data dir $data)"
BASE="http://localhost:$PORT"
pg_pid="$(head -1 "$data/pg/postmaster.pid")"
pg_port="$(sed -n 's/.*Embedded PostgreSQL started on port \([0-9]*\).*/\1/p' "$APP_OUT" | tail -1)"
sql() { psql -h localhost -p "$pg_port" -U postgres -X -v ON_ERROR_STOP=1 -Atq "$@"; }

# The province's fanpage, as the registry would store it.
channel_id="$(sql -c "insert into channel (unit_id, kind, name, url, url_key, external_id)
  select id, 'FACEBOOK_PAGE', 'Hội LHPN tỉnh Thanh Hóa', 'https://www.facebook.com/hoilhpnthanhhoa-bench',
         'facebook.com/hoilhpnthanhhoa-bench', '$PAGE_ID' from unit where code = 'TH' returning id" | head -1)"
bench_log "fanpage channel $channel_id"

first="$work/posts.csv"
later="$work/posts-later.csv"
python3 "$BENCH_ROOT/bench/channels-post-export.py" "$first" --rows "$ROWS" --page-id "$PAGE_ID" --seed 2026
python3 "$BENCH_ROOT/bench/channels-post-export.py" "$later" --rows "$ROWS" --page-id "$PAGE_ID" --seed 2026 --factor 2
echo "file: $(wc -c <"$first") bytes, $ROWS rows, $(head -1 "$first" | python3 -c 'import csv,sys; print(len(next(csv.reader(sys.stdin))))') columns"

jar="$work/cookies"
bench_login "$BASE" "$USER_NAME" "$PASSWORD" "$jar"
bench_log "logged in as $USER_NAME"

snapshot() { echo "$(bench_cpu "$APP_PID" "$pg_pid") $(bench_busy)"; }
cpu_delta() {
  python3 -c '
import sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
jvm, pg, busy = b[0] - a[0], b[1] - a[1], b[2] - a[2]
print("CPU s: JVM %.1f, PostgreSQL %.1f, others %.1f" % (jvm, pg, max(0.0, busy - jvm - pg)))' "$1" "$2"
}
secs() { python3 -c 'import sys; print("%.2f" % ((int(sys.argv[2]) - int(sys.argv[1])) / 1000))' "$1" "$2"; }

# import LABEL FILE: upload, preview page, confirm; prints each phase and the total.
import_file() {
  local label="$1" file="$2" csrf location id t0 t1 t2 t3 c0 c1 c2 c3 counts
  csrf="$(bench_csrf "$BASE/channels/posts/import" "$jar")"
  c0="$(snapshot)"; t0="$(now_ms)"
  location="$(curl -s -o "$work/upload.html" -w '%{redirect_url}' -b "$jar" -c "$jar" -F "_csrf=$csrf" \
    -F "channelId=$channel_id" -F "kind=POSTS" -F "file=@$file;type=text/csv" "$BASE/channels/posts/import")"
  t1="$(now_ms)"; c1="$(snapshot)"
  id="$(echo "$location" | grep -o '/import/[0-9]*$' | grep -o '[0-9]*' || true)"
  if [[ -z "$id" ]]; then
    echo "the upload did not redirect to a preview (got '$location'):" >&2
    grep -o 'alert-danger[^<]*<[^<]*' "$work/upload.html" | head -3 >&2 || true
    exit 1
  fi
  curl -s -b "$jar" -o "$work/preview.html" "$BASE/channels/posts/import/$id"
  t2="$(now_ms)"; c2="$(snapshot)"
  counts="$(grep -o '<li id="count-[a-z]*">[^<]*' "$work/preview.html" | sed 's/<li id="count-[a-z]*">//' | paste -sd';' -)"
  csrf="$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/preview.html" | head -1)"
  curl -s -o /dev/null -b "$jar" -c "$jar" -d "_csrf=$csrf" "$BASE/channels/posts/import/$id/confirm"
  t3="$(now_ms)"; c3="$(snapshot)"
  echo
  echo "== $label (import $id)"
  echo "  preview says: $counts"
  echo "  upload (read, check, stage):   $(secs "$t0" "$t1") s   [$(cpu_delta "$c0" "$c1")]"
  echo "  preview page (counts, report): $(secs "$t1" "$t2") s   [$(cpu_delta "$c1" "$c2")]"
  echo "  confirm (upsert, story links): $(secs "$t2" "$t3") s   [$(cpu_delta "$c2" "$c3")]"
  echo "  total:                         $(secs "$t0" "$t3") s   (target <= ${TARGET_S} s)"
  curl -s -b "$jar" "$BASE/channels/posts/import/$id" | grep -o 'Đã nhập: [^<]*' | sed 's/^/  /' || true
  echo "  stored: $(sql -c "select count(*) || ' posts, reach ' || sum(reach) || ', reactions ' || sum(reactions) from channel_post where channel_id = $channel_id")"
}

import_file "first import" "$first"
import_file "the same file again" "$first"
import_file "a later export, higher totals" "$later"

# The roll-up page of the province over the two years of posts.
t0="$(now_ms)"
code="$(curl -s -o "$work/overview.html" -w '%{http_code}' -b "$jar" "$BASE/channels/posts?tu=2024-01-01&den=2025-12-31")"
t1="$(now_ms)"
echo
echo "posts page of the province over 2024-2025: HTTP $code in $(secs "$t0" "$t1") s"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
