#!/usr/bin/env bash
# Measures the time from starting the application to the first answered page (the sign-in page), on a
# fresh embedded database (first start: migrations and demo data) and again on the same database.
# It starts the application the way the README's run command does (bin/familyties serve).
# Usage: scripts/cold-start.sh [runs]   (build first: bin/familyties build; then bin/familyties serve once
# prepares the class-data-sharing archive, or this script's first run does)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
PORT="${PORT:-18080}"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT

measure() {
  local start end pid
  start=$(date +%s%N)
  FAMILYTIES_DATA_DIR="$DATA" SERVER_PORT="$PORT" "$ROOT/bin/familyties" serve >"$DATA/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/sign-in"; do
    kill -0 "$pid" 2>/dev/null || { echo "application exited; see log:"; tail -20 "$DATA/log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 ))"
}

FAMILYTIES_DATA_DIR="$DATA" "$ROOT/bin/familyties" verify-audit >/dev/null 2>&1 || true   # builds and prepares start-up if needed
rm -rf "${DATA:?}"/*
echo "first start (empty database: migrations + demo data): $(measure) ms"
for i in $(seq 1 "$RUNS"); do
  echo "start $i on the existing database: $(measure) ms"
done
