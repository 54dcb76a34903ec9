#!/usr/bin/env bash
# The province's yearly summary exports and its emulation ranking, on the national data set of
# accountability-dashboard.sh (34 provinces, 3,298 communes, 1,000,000 stories over ten years) plus
# monthly reports for this year (bench/accountability-reports.sql). Logged in as `quantri.tw`
# (ADMIN of the central root), for one province (BP08: 97 communes, ~25,000 stories a year):
#   - /accountability/exports/file?unit=…&period=YEAR&format=xlsx|docx|pdf (the drafts);
#   - /accountability/emulation?don-vi=…&nam=YEAR (the yearly ranking).
# Targets: xlsx + docx (p50 each, summed) <= 3 s; the pdf is timed for information.
#
#   bench/accountability-exports.sh                        # fresh app on port 8097, seeds 1,000,000 stories
#   ATTACH=1 bench/accountability-exports.sh               # on the app and data of HOLD=1 bench/accountability-dashboard.sh
#   HOLD=1 bench/accountability-exports.sh                 # keep the app running afterwards (see accountability-setup.sh)
#   N=20 YEAR=2025 PROVINCE=BP20 bench/accountability-exports.sh
#   PROFILE=1 bench/accountability-exports.sh              # JFR recording of the timed requests (jfr-top.py)
#   JAR=/tmp/before.jar bench/accountability-exports.sh    # another build, no build here
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/accountability-setup.sh"
trap bench_cleanup EXIT

PORT="${PORT:-8097}"
STORIES="${STORIES:-1000000}"
N="${N:-12}"
WARMUP="${WARMUP:-3}"
YEAR="${YEAR:-$(TZ=Asia/Ho_Chi_Minh date +%Y)}"
PROVINCE="${PROVINCE:-BP08}"
USER_NAME="${USER_NAME:-quantri.tw}"
PASSWORD="${PASSWORD:-LanToa@2026}"
FORMATS="${FORMATS:-xlsx docx pdf}"

acc_need_psql
bench_machine
echo "cpu: $(lscpu | grep 'Model name' | sed 's/Model name: *//')"
if [[ "${PROFILE:-0}" == 1 ]]; then
  JAVA_OPTS="${JAVA_OPTS:-} -XX:+FlightRecorder"
fi
acc_start "$PORT"
echo "province $PROVINCE $province_id: $(sql -Atc "select count(*) from unit where level = 'COMMUNE' and path like '$province_path%'") communes," \
  "$(sql -Atc "select count(*) from story where author_unit_path like '$province_path%' and submitted_at >= '$YEAR-01-01 00:00+07' and submitted_at < '$((YEAR + 1))-01-01 00:00+07'") stories sent in $YEAR," \
  "$(sql -Atc "select count(*) from monthly_report r join unit u on u.id = r.unit_id where u.path like '$province_path%' and extract(year from r.month) = $YEAR") monthly reports"

jar="$work/cookies"
bench_login "$BASE_URL" "$USER_NAME" "$PASSWORD" "$jar"
bench_log "logged in as $USER_NAME"

PAGES=()
for f in $FORMATS; do
  PAGES+=("yearly $f|/accountability/exports/file?unit=$province_id&period=$YEAR&format=$f")
done
PAGES+=("exports page (year)|/accountability/exports?unit=$province_id&period=$YEAR")
PAGES+=("emulation ranking (year)|/accountability/emulation?don-vi=$province_id&nam=$YEAR")

for p in "${PAGES[@]}"; do
  IFS='|' read -r label path <<<"$p"
  t="$(curl -s -o "$work/file" -w '%{http_code} %{content_type} %{time_total}' -b "$jar" "$BASE_URL$path")"
  printf '%-30s HTTP %s, %8d bytes, first request %s s\n' "$label" "${t%% *}" "$(wc -c <"$work/file")" "${t##* }"
  if [[ "${t%% *}" != 200 ]]; then
    echo "$label: HTTP ${t%% *}" >&2
    exit 1
  fi
  case "$label" in
    *xlsx*) python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print("%-30s %s" % ("", ", ".join(n for n in z.namelist() if n.startswith("xl/worksheets/"))))' "$work/file" ;;
    *emulation*) echo "$(printf '%-30s' '') $(grep -c 'class="emulation-row' "$work/file" || true) ranked rows" ;;
  esac
done

if [[ "${PROFILE:-0}" == 1 ]]; then
  jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$work/exports.jfr" >/dev/null
fi
echo
declare -A P50
for p in "${PAGES[@]}"; do
  IFS='|' read -r label path <<<"$p"
  for i in $(seq 1 "$WARMUP"); do curl -s -o /dev/null -b "$jar" "$BASE_URL$path"; done
  acc_time "$label" "$N" "$BASE_URL$path" -b "$jar" | tee "$work/stats"
  P50["$label"]="$(sed -n 's/.*p50= *\([0-9.]*\).*/\1/p' "$work/stats" | head -1)"
done
if [[ -n "${P50[yearly xlsx]:-}" && -n "${P50[yearly docx]:-}" ]]; then
  python3 -c 'import sys; x, d = float(sys.argv[1]), float(sys.argv[2]); print("\nyearly xlsx + docx (p50): %.0f ms (target <= 3000 ms): %s" % (x + d, "met" if x + d <= 3000 else "NOT met"))' \
    "${P50[yearly xlsx]}" "${P50[yearly docx]}"
fi
if [[ "${PROFILE:-0}" == 1 ]]; then
  jcmd "$APP_PID" JFR.stop name=bench >/dev/null
  python3 "$BENCH_ROOT/bench/jfr-top.py" "$work/exports.jfr" | head -60
fi
bench_machine
acc_hold
