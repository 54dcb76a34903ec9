#!/usr/bin/env bash
# Import of a national tree file: 34 provinces, 3,300 communes, 100,000 branches (103,334 rows, ~6 MB
# of CSV from bench/national-tree.py) by `quantri.tw`, the ADMIN of the central root, through the UI:
# upload -> preview page -> apply -> progress polled as the page does (htmx fragment).
#
#   bench/national-import.sh                  # fresh app on port 8093 (demo data loads first)
#   PROFILE=1 bench/national-import.sh        # also a JFR CPU profile of each phase
#   BRANCHES=20000 bench/national-import.sh   # a smaller file
#
# Prints upload, preview, apply and write times, the progress seen, the JVM and PostgreSQL CPU time
# of each phase, and the units under the root before and after (from the root's page).
# Target: <= 60 s for the whole import.
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8093}"
POLL="${POLL:-0.5}"
PROFILE="${PROFILE:-0}"
TARGET_S=60
USER_NAME="${USER_NAME:-quantri.tw}"
PASSWORD="${PASSWORD:-LanToa@2026}"

bench_machine
bench_build
bench_tmpdir data
bench_tmpdir work
bench_start "$data" "$PORT"
ms="$(bench_wait_healthy "$PORT")"
bench_log "app healthy after $ms ms (data dir $data)"
BASE="http://localhost:$PORT"

file="$work/national.csv"
python3 "$BENCH_ROOT/bench/national-tree.py" "$file" --seed "${SEED:-2026}" \
  --communes "${COMMUNES:-3300}" --branches "${BRANCHES:-100000}"
rows=$(( $(wc -l <"$file") - 1 ))
echo "file: $(wc -c <"$file") bytes, $rows rows"

jar="$work/cookies"
bench_login "$BASE" "$USER_NAME" "$PASSWORD" "$jar"
bench_log "logged in as $USER_NAME"

pg_pid="$(head -1 "$data/pg/postmaster.pid")"
# snapshot: "JVM PG ALL", CPU seconds so far of the JVM, of PostgreSQL and of the whole machine.
snapshot() { echo "$(bench_cpu "$APP_PID" "$pg_pid") $(bench_busy)"; }
# cpu_delta BEFORE AFTER -> the CPU seconds of the JVM, of PostgreSQL and of other processes in between
cpu_delta() {
  python3 -c '
import sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
jvm, pg, busy = b[0] - a[0], b[1] - a[1], b[2] - a[2]
print("CPU s: JVM %.1f, PostgreSQL %.1f, others %.1f" % (jvm, pg, max(0.0, busy - jvm - pg)))' "$1" "$2"
}

jfr_start() { [[ "$PROFILE" == 1 ]] && jcmd "$APP_PID" JFR.start name="$1" settings=profile >/dev/null || true; }
jfr_stop() { [[ "$PROFILE" == 1 ]] && jcmd "$APP_PID" JFR.stop name="$1" filename="$work/$1.jfr" >/dev/null || true; }

# Units under the root, by level, from the root's page (the "units" column of its subtree table).
root_id="$(curl -s -b "$jar" "$BASE/admin/units" | grep -o 'class="unit-name"><a href="/admin/units/[0-9]*"' | head -1 | grep -o '[0-9]*')"
subtree() {
  curl -s -b "$jar" "$BASE/admin/units/$root_id" | python3 -c '
import re, sys
html = sys.stdin.read()
rows = re.findall(r"<th scope=\"row\">([^<]*)</th>\s*<td class=\"text-end\">([0-9.]*)</td>", html)
total = sum(int(n.replace(".", "")) for _, n in rows)
print("%d units under the root (%s)" % (total, ", ".join("%s %s" % r for r in rows)))'
}
echo "before: $(subtree)"

secs() { python3 -c 'import sys; print("%.2f" % ((int(sys.argv[2]) - int(sys.argv[1])) / 1000))' "$1" "$2"; }

# 1. Upload: parses the file, plans it against the tree and stores it; redirects to the preview.
csrf="$(bench_csrf "$BASE/admin/units/import" "$jar")"
cpu0="$(snapshot)"
jfr_start upload
t0="$(now_ms)"
location="$(curl -s -o "$work/upload.html" -w '%{redirect_url}' -b "$jar" -c "$jar" \
  -F "_csrf=$csrf" -F "file=@$file;type=text/csv" "$BASE/admin/units/import")"
t1="$(now_ms)"
jfr_stop upload
cpu1="$(snapshot)"
import_id="$(echo "$location" | grep -o '/import/[0-9]*$' | grep -o '[0-9]*' || true)"
if [[ -z "$import_id" ]]; then
  echo "the upload did not redirect to a preview (got '$location'):" >&2
  grep -o 'alert-danger[^<]*<[^<]*' "$work/upload.html" | head -3 >&2 || true
  exit 1
fi
echo
echo "upload (parse + plan + store):   $(secs "$t0" "$t1") s   [$(cpu_delta "$cpu0" "$cpu1")]"

# 2. The preview page, as the browser follows the redirect; then once more, as on a reload.
jfr_start preview
t2="$(now_ms)"
curl -s -b "$jar" -o "$work/preview.html" -w '%{http_code}' "$BASE/admin/units/import/$import_id" >/dev/null
t3="$(now_ms)"
jfr_stop preview
cpu3="$(snapshot)"
echo "preview page (first view):       $(secs "$t2" "$t3") s   [$(cpu_delta "$cpu1" "$cpu3")], $(wc -c <"$work/preview.html") bytes"
t4="$(now_ms)"
curl -s -b "$jar" -o /dev/null "$BASE/admin/units/import/$import_id"
t5="$(now_ms)"
cpu5="$(snapshot)"
echo "preview page (reload):           $(secs "$t4" "$t5") s   [$(cpu_delta "$cpu3" "$cpu5")]"
summary="$(grep -o '<p class="lead">[^<]*' "$work/preview.html" | sed 's/<p class="lead">//' || true)"
echo "  summary: $summary"
if grep -q 'problems-heading' "$work/preview.html"; then
  echo "the preview lists problems; not applying:" >&2
  grep -o '<td>[^<]*</td>' "$work/preview.html" | head -9 >&2
  exit 1
fi

# 3. Apply: checks the file again, then writes in the background; the page polls the progress.
csrf="$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/preview.html" | head -1)"
jfr_start apply
t6="$(now_ms)"
curl -s -o /dev/null -b "$jar" -c "$jar" -d "_csrf=$csrf" "$BASE/admin/units/import/$import_id/apply"
t7="$(now_ms)"
cpu7="$(snapshot)"
echo "apply request (re-check, start): $(secs "$t6" "$t7") s   [$(cpu_delta "$cpu5" "$cpu7")]"

seen=""
state=""
while :; do
  html="$(curl -s -b "$jar" -H 'HX-Request: true' "$BASE/admin/units/import/$import_id/progress")"
  now="$(now_ms)"
  pct="$(echo "$html" | grep -o '([0-9]*%)' | head -1 | tr -d '()' || true)"
  if [[ -n "$pct" && "$pct" != "${seen##* }" ]]; then
    seen="$seen $pct"
    printf '  progress %5s at %6s s after apply\n' "$pct" "$(secs "$t6" "$now")"
  fi
  if [[ "$html" == *"Đã nhập xong"* ]]; then state=done; break; fi
  if [[ "$html" == *"không thành công"* ]]; then state=failed; break; fi
  if (( now - t6 > 1800000 )); then state=timeout; break; fi
  sleep "$POLL"
done
t8="$(now_ms)"
jfr_stop apply
cpu8="$(snapshot)"
result="$(echo "$html" | grep -o 'Đã nhập xong[^<]*\|Nhập không thành công[^<]*' | head -1 || true)"
echo "write in the background:         $(secs "$t7" "$t8") s   [$(cpu_delta "$cpu7" "$cpu8")] (polled every ${POLL}s)"
echo "  $state: $result"
echo "  progress values seen:$seen"

echo
echo "after: $(subtree)"
if [[ "$PROFILE" == 1 ]]; then
  for phase in upload preview apply; do
    echo
    echo "CPU profile of $phase (JFR, $work/$phase.jfr; apply includes the background write):"
    python3 "$BENCH_ROOT/bench/jfr-top.py" "$work/$phase.jfr" --top 10
  done
fi

echo
total="$(python3 -c 'import sys; print("%.2f" % sum(float(x) for x in sys.argv[1:]))' \
  "$(secs "$t0" "$t1")" "$(secs "$t2" "$t3")" "$(secs "$t6" "$t7")" "$(secs "$t7" "$t8")")"
echo "TOTAL upload -> done: $total s (target <= ${TARGET_S} s: $(python3 -c "print('met' if $total <= $TARGET_S else 'MISSED')"))"
echo "  = upload $(secs "$t0" "$t1") s + preview $(secs "$t2" "$t3") s + apply $(secs "$t6" "$t7") s + write $(secs "$t7" "$t8") s"
echo "  (not counted: the user's time on the preview page before clicking Apply, and a reload of the preview)"
bench_machine
[[ "$state" == done ]]
