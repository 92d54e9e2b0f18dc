#!/usr/bin/env bash
# Contract fuzzing: runs schemathesis over every operation of openapi.yaml against the real server on a
# fresh SQLite file, with all checks and stateful links. Bounded (examples per operation, fixed seed). One worker:
# with two, CPython 3.11's ast.parse (which Hypothesis calls to describe lambdas) can fail with "AST constructor
# recursion depth mismatch" when two threads parse at once (seen once in CI, 2026-11-28).
# Usage: [SAMORDNA_BINARY=path] [FUZZ_EXAMPLES=n] scripts/contract-fuzz.sh [extra schemathesis options]
set -euo pipefail
cd "$(dirname "$0")/.."
BINARY=${SAMORDNA_BINARY:-.build/debug/samordna}
EXAMPLES=${FUZZ_EXAMPLES:-25}
SEED=${FUZZ_SEED:-20261128}
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
TOKEN="fuzz-admin-$(python3 -c 'import secrets; print(secrets.token_hex(32))')"

SAMORDNA_BOOTSTRAP_ADMIN_TOKEN="$TOKEN" "$BINARY" serve --host 127.0.0.1 --port "$PORT" \
  --database "$WORK/fuzz.sqlite" --log-level error > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break
  sleep 0.1
done

status=0
export SAMORDNA_FUZZ_URL="http://127.0.0.1:$PORT" SAMORDNA_FUZZ_TOKEN="$TOKEN" SCHEMATHESIS_HOOKS=fuzz.hooks PYTHONPATH=.
.venv/bin/schemathesis --config-file fuzz/schemathesis.toml run openapi.yaml --url "http://127.0.0.1:$PORT" \
  --header "Authorization: Bearer $TOKEN" \
  --checks all --max-examples "$EXAMPLES" --seed "$SEED" --generation-deterministic \
  --phases examples,coverage,fuzzing,stateful --workers 1 --no-color \
  --suppress-health-check too_slow "$@" || status=$?
if ! kill -0 $SERVER 2>/dev/null; then
  echo "the server died during fuzzing:"; tail -20 "$WORK/server.log"; exit 1
fi
exit $status
