#!/usr/bin/env bash
# Load, measured in one run on this machine: the dashboard's slider latency (key press to chart
# repainted) for one browser session alone, then for 20 sessions at once while 50 API clients
# call the JSON API's evaluate for the whole of it; errors counted everywhere. The browsers, the
# clients and the app share this machine's cores, as they would not in use.
# Usage: scripts/load.sh [jar]      (SESSIONS=20 CLIENTS=50 SECONDS=30 MOVES=40)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-$(ls target/breakeven-*.jar | head -1)}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
node=${NODE:-$HOME/.vaadin/node-v24.17.0/bin/node}
sessions=${SESSIONS:-20} clients=${CLIENTS:-50} seconds=${SECONDS_OF_LOAD:-30} moves=${MOVES:-40}
work=$(mktemp -d)
port=${PORT:-18280}
password="load-$RANDOM-$RANDOM"
trap 'kill "$app" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

. scripts/lib/app.sh
start_app "$jar" "$port" "$password" "$work"
export BASE="http://127.0.0.1:$port" BENCH_PASSWORD="$password"

p95() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%d ms (median %d ms, %d moves)", a[i], a[int((NR+1)/2)], NR}'; }

# One API session for the clients: a sign-in's cookie.
status=$(curl -s -c "$work/cookies" -o /dev/null -w "%{http_code} %{redirect_url}" -H "Origin: $BASE" \
  --data-urlencode "username=admin" --data-urlencode "password=$password" "$BASE/login")
echo "load: the API clients signed in: $status"
body='{"tokensPerDay": 50000000, "model": "DeepSeek V4 Flash", "tier": "27-32B", "deployment": "CLOUD"}'

# Warm-up, then one session alone.
SESSIONS=1 MOVES=10 "$node" scripts/load.mjs >/dev/null || true
SESSIONS=1 MOVES=$moves "$node" scripts/load.mjs >"$work/one.log" || true
one=$(grep '^latency' "$work/one.log" | awk '{print $2}' | p95)
one_p95=$(grep '^latency' "$work/one.log" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; print a[i]}')

# Then SESSIONS at once, with CLIENTS API clients calling evaluate throughout.
client() {
  local end=$(( $(date +%s) + seconds )) ok=0 bad=0 code last=none
  while [ "$(date +%s)" -lt "$end" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies" -H 'Content-Type: application/json' \
      -d "$body" "$BASE/api/v1/evaluate")
    if [ "$code" = 200 ]; then ok=$((ok + 1)); else bad=$((bad + 1)); last=$code; fi
  done
  echo "$ok $bad $last"
}
export -f client
export work seconds body
SESSIONS=$sessions MOVES=$moves "$node" scripts/load.mjs >"$work/many.log" &
browsers=$!
until grep -q '^ready\|^failed\|^errors' "$work/many.log" 2>/dev/null; do sleep 0.5; done
seq "$clients" | xargs -P "$clients" -I{} bash -c client >"$work/clients.log"
wait "$browsers" || true
many=$(grep '^latency' "$work/many.log" | awk '{print $2}' | p95)
many_p95=$(grep '^latency' "$work/many.log" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; print a[i]}')
read -r calls failed < <(awk '{ok += $1; bad += $2} END {print ok, bad}' "$work/clients.log")
browser_errors=$(( $(sed -n 's/^errors //p' "$work/one.log" | head -1) + $(sed -n 's/^errors //p' "$work/many.log" | head -1) ))

echo "load: one session alone: p95 $one"
echo "load: $sessions sessions at once with $clients API clients: p95 $many; $(awk -v a="$many_p95" -v b="$one_p95" 'BEGIN {printf "%.1f", a / b}')x the single session (target 3x)"
echo "load: API: $calls evaluate calls in ${seconds} s ($(( calls / seconds ))/s), $failed not 200" \
  "($(awk '$3 != "none" {print $3}' "$work/clients.log" | sort -u | tr '\n' ' ')); browser errors: $browser_errors"
