#!/usr/bin/env bash
# Load benchmark of the review service (README, "Review service"): starts `necessity serve` on
# a fresh embedded database, then 32 clients submit cases back to back over HTTP, first the seed
# case alone, then a mix of synthetic cases of every policy. Each run warms up, then measures;
# prints sustained assessments per second and p50/p99 latency. Not a test: figures vary with the
# machine and its load.
#
#   bench/serve-load.sh                          # 32 clients, 20 s warm-up, 60 s measured, each mix
#   CLIENTS=8 WARMUP=10 MEASURE=30 bench/serve-load.sh
#   DB='jdbc:postgresql://127.0.0.1:5432/necessity?user=me' bench/serve-load.sh   # on PostgreSQL
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="${CLIENTS:-32}"
warmup="${WARMUP:-20}"
seconds="${MEASURE:-60}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
db="${DB:-jdbc:h2:file:$work/necessity}"

# The launcher builds the jar when sources changed and runs it with its JVM settings (README, Speed).
token="$("$root/necessity" users add "load-$$" --role submitter --db "$db" | tail -n 1)"
"$root/necessity" synth --count 200 --seed 11 --out "$work/synth" >/dev/null
mapfile -t mix < <(find "$work/synth" -name request.json -printf '%h\n' | sort | head -n 200)

"$root/necessity" serve --port 0 --db "$db" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  port="$(sed -n 's|.*serving on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/serve.log" | head -n 1)"
  [ -n "$port" ] && break
  sleep 0.5
done
[ -n "${port:-}" ] || { echo "serve did not start:"; cat "$work/serve.log"; exit 1; }
echo "necessity serve on port $port, database ${db%%\?*}, $(nproc) cores"

echo "== seed case (examples/l5-s1-alif)"
java "$root/bench/ServeLoad.java" "http://127.0.0.1:$port" "$token" "$clients" "$warmup" "$seconds" "$root/examples/l5-s1-alif"
echo "== synthetic mix (${#mix[@]} cases of every policy, necessity synth --seed 11)"
java "$root/bench/ServeLoad.java" "http://127.0.0.1:$port" "$token" "$clients" "$warmup" "$seconds" "${mix[@]}"
