#!/usr/bin/env bash
# Load, measured in one run on this machine: the dashboard's slider step (the message sent to its
# answer, figures and chart included) for one signed-in session alone, then for 20 sessions at
# once, then 50 API clients calling evaluate for 30 s, then both together; errors counted
# everywhere. The sessions speak Vaadin's protocol as a browser does, without drawing (see
# scripts/load.mjs). The app, the sessions and the clients share this machine's cores.
# Usage: scripts/load.sh [jar]
#   SESSIONS=20 CLIENTS=50 SECONDS_OF_LOAD=30 MOVES=60 THINK=250 (ms between a session's steps)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-$(ls target/breakeven-*.jar | head -1)}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
node=${NODE:-$HOME/.vaadin/node-v24.17.0/bin/node}
work=$(mktemp -d)
port=${PORT:-18280}
password="load-$RANDOM-$RANDOM"
trap 'kill "$app" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

. scripts/lib/app.sh
start_app "$jar" "$port" "$password" "$work"
BASE="http://127.0.0.1:$port" BENCH_PASSWORD="$password" "$node" scripts/load.mjs | sed 's/^result /load: /'
