#!/usr/bin/env bash
# Requests per second of fixed paths against the release server, the server on core 1 and wrk on core 0, on a
# fresh copy of the 5,000-record bench file (make bench, or bench/run.py --scales 5000, makes it).
# Usage: bench/tools/fixed-paths.sh PATH... ; SECONDS_EACH=4 ACCESS_LOG=json|off BINARY=.build/release/samordna
# The POST scenario of bench/wrk/post.lua is measured with the path `POST`.
set -euo pipefail
cd "$(dirname "$0")/../.."
PRISTINE=.build-bench/pristine-5000.sqlite
[ -f "$PRISTINE" ] || { echo "no $PRISTINE: run BENCH_SECONDS=1 python3 bench/run.py --scales 5000 --peers-at 5000 first"; exit 1; }
WORK=$(mktemp -d)
cp "$PRISTINE" "$WORK/db.sqlite"
TOKEN=$(cat .build-bench/token)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
taskset -c 1 "${BINARY:-.build/release/samordna}" serve --port "$PORT" --database "$WORK/db.sqlite" --log-level error \
  --access-log "${ACCESS_LOG:-json}" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; sleep 0.5; kill -9 $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.1; done
for path in "$@"; do
  if [ "$path" = "POST" ]; then
    rate=$(BENCH_TOKEN=$TOKEN BENCH_RUN=$RANDOM taskset -c 0 wrk -t1 -c16 -d"${SECONDS_EACH:-4}"s -s bench/wrk/post.lua \
      "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {print $2}')
  else
    echo "$path" > "$WORK/paths"
    rate=$(BENCH_PATHS=$WORK/paths BENCH_TOKEN=$TOKEN taskset -c 0 wrk -t1 -c16 -d"${SECONDS_EACH:-4}"s -s bench/wrk/paths.lua \
      "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {print $2}')
  fi
  printf '%-70s %10s req/s\n' "$path" "$rate"
done
