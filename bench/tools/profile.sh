#!/usr/bin/env bash
# A perf profile (DWARF call graphs) of the release server while wrk asks one fixed path (or POST), the server on
# core 1 and wrk on core 0, on a fresh copy of the 5,000-record bench file. Writes perf.data to $OUT (/tmp/perf.data);
# read it with: perf report -i /tmp/perf.data --children --stdio -g none --percent-limit 2
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d)
cp .build-bench/pristine-5000.sqlite "$WORK/db.sqlite"
TOKEN=$(cat .build-bench/token)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
taskset -c 1 .build/release/samordna serve --port "$PORT" --database "$WORK/db.sqlite" --log-level error --access-log json \
  >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; sleep 0.5; kill -9 $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.1; done
perf record -F 1500 --call-graph dwarf,16384 -p "$SERVER" -o "${OUT:-/tmp/perf.data}" -- sleep 4 >/dev/null 2>&1 &
if [ "$1" = "POST" ]; then
  BENCH_TOKEN=$TOKEN BENCH_RUN=$RANDOM taskset -c 0 wrk -t1 -c16 -d5s -s bench/wrk/post.lua "http://127.0.0.1:$PORT" | grep Requests
else
  echo "$1" > "$WORK/paths"
  BENCH_PATHS=$WORK/paths BENCH_TOKEN=$TOKEN taskset -c 0 wrk -t1 -c16 -d5s -s bench/wrk/paths.lua "http://127.0.0.1:$PORT" | grep Requests
fi
wait
