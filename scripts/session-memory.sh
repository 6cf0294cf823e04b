#!/usr/bin/env bash
# Memory a signed-in session holds on the server: starts the jar on a throwaway embedded
# database, opens SESSIONS (50) sessions of one screen in headless Chromium to warm up, closes
# that browser, then opens SESSIONS more in a new one, each with its own cookies, and compares
# the live heap after a full GC before and after that second round. Prints the heap per session and the classes that grew most (what a session is made of).
# Usage: scripts/session-memory.sh [jar] [screen path, default / (the dashboard)]
#   e.g. scripts/session-memory.sh target/breakeven-0.1.0-SNAPSHOT.jar /scenarios/2
# CATALOGUE=<LiteLLM JSON file> imports its text models first (scripts/import-litellm.mjs).
# HEAP_DUMPS=<dir> also writes the heap before and after the measured round there, for a heap
# analyser (before.hprof, after.hprof).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-$(ls target/breakeven-*.jar | head -1)}
screen=${2:-/}
sessions=${SESSIONS:-50}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
node=${NODE:-$HOME/.vaadin/node-v24.17.0/bin/node}
work=$(mktemp -d)
port=${PORT:-18180}
password="session-memory-$RANDOM-$RANDOM"
trap 'kill "$app" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

. scripts/lib/app.sh
start_app "$jar" "$port" "$password" "$work"

live_kb() {
  "$jdk/bin/jcmd" "$app" GC.run >/dev/null
  "$jdk/bin/jcmd" "$app" GC.heap_info | sed -n 's/.*heap.* used \([0-9]*\)K.*/\1/p' | head -1
}
histogram() {
  # Live objects only (the histogram runs a full GC first); G1's filler arrays are not objects.
  "$jdk/bin/jcmd" "$app" GC.class_histogram | awk 'NR > 2 && $1 ~ /:$/ && $4 !~ /FillerElement/ {print $4, $3}' \
    | sort >"$1"
}

export BASE="http://127.0.0.1:$port" SCREEN="$screen" BENCH_PASSWORD="$password"
# CATALOGUE=<LiteLLM JSON file>: its text models are imported first, as an analyst does.
if [ -n "${CATALOGUE:-}" ]; then
  "$node" scripts/import-litellm.mjs "$CATALOGUE" | sed 's/^/session-memory: /'
fi
# open_sessions LOG: opens SESSIONS sessions in a browser of their own, held open until fd 3 closes.
open_sessions() {
  exec 3> >(SESSIONS=$sessions "$node" scripts/session-memory.mjs >"$1" 2>&1)
  until grep -q '^ready' "$1" 2>/dev/null; do
    grep -qi 'error' "$1" 2>/dev/null && { cat "$1"; exit 1; }
    sleep 1
  done
  sleep 3
}
# A warm-up round of as many sessions first: classes loaded, caches filled, the shared catalogue
# snapshot read, and as many connections opened as the measured round will open. Its browser then
# closes; the server keeps its sessions, and Tomcat keeps each closed connection's buffers (8 KB
# arrays) for the next connection. So the second round's growth is its sessions, not the
# connections its browser holds open (about 100 KB a browser, which a first round would count).
open_sessions "$work/warm-up.log"
exec 3>&-
sleep 3
before=$(live_kb)
histogram "$work/before"
[ -n "${HEAP_DUMPS:-}" ] && "$jdk/bin/jcmd" "$app" GC.heap_dump "$HEAP_DUMPS/before.hprof" >/dev/null

open_sessions "$work/sessions.log"
after=$(live_kb)
histogram "$work/after"
[ -n "${HEAP_DUMPS:-}" ] && "$jdk/bin/jcmd" "$app" GC.heap_dump "$HEAP_DUMPS/after.hprof" >/dev/null
exec 3>&-

per=$(( (after - before) / sessions ))
objects=$(join -a 2 -e 0 -o 0,1.2,2.2 "$work/before" "$work/after" \
  | awk -v n="$sessions" '{d += $3 - $2} END {printf "%.0f", d / 1024 / n}')
echo "session-memory: $sessions sessions of $screen; live heap after full GC ${before} KB -> ${after} KB:" \
  "${per} KB a session (${objects} KB of live objects a session by the class histogram)"
echo "classes that grew most (KB a session):"
join -a 2 -e 0 -o 0,1.2,2.2 "$work/before" "$work/after" \
  | awk -v n="$sessions" '{d = ($3 - $2) / 1024 / n; if (d > 0.5) printf "  %8.1f  %s\n", d, $1}' \
  | sort -rn | head -15
