#!/usr/bin/env bash
# One 12-megapixel photo into all image variants (320/640/1280/1920 + full size), several times in a
# JVM limited to 256 MB of heap. Target: <= 1.5 s on 2 cores. See bench/README.md.
#   bench/image-variants.sh                  # 7 measured runs after 2 warm-ups
#   RUNS=15 WARMUP=3 ORIENTATION=6 bench/image-variants.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"
WARMUP="${WARMUP:-2}"
ORIENTATION="${ORIENTATION:-1}"
HEAP="${HEAP:-256m}"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B test-compile
fi
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

echo "machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java -Xmx"$HEAP" ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.lantoa.media.image.ImageVariantsBench "$RUNS" "$WARMUP" "$ORIENTATION"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
