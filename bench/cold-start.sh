#!/usr/bin/env bash
# Time from `npm start` to the first 200 of /healthz, in this checkout.
#   bench/cold-start.sh cold   a fresh data folder: initdb, migrations, demo seed, role schemas
#   bench/cold-start.sh warm   the same data folder again (nothing to create or seed)
# The data folder is .cold-start-data (git-ignored, emptied by each cold run), never .data, so a
# developer's database and the bench databases stay untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-cold}"
data="$PWD/.cold-start-data"
[ "$mode" = cold ] && rm -rf "$data"
mkdir -p "$data" && chmod 755 "$data"
port="${PORT:-4999}"
start=$(date +%s.%N)
GANXUN_DATA_DIR="$data" EMBEDDED_PG_PORT=54399 PORT="$port" setsid npm start >"$data/start.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "npm start exited; see $data/start.log" >&2; exit 1; }
  sleep 0.05
done
end=$(date +%s.%N)
printf '%s start: %.2f s\n' "$mode" "$(echo "$end - $start" | bc)"
kill -INT -- -"$pid"
wait "$pid" 2>/dev/null || true
while pgrep -f "postgres -D $data" >/dev/null; do sleep 0.2; done
