#!/usr/bin/env bash
# Start time, measured: from launching the JVM to the first 200 from the sign-in page, on a
# warm data directory (the database exists and is migrated), for two configurations in one run:
#   plain   java -jar breakeven.jar
#   aot     Spring Boot's extracted layout plus a JDK AOT cache (Java 25, JEP 483/514/515)
# Each is started RUNS times; the script prints every start and the median of each.
# Usage: scripts/start-time.sh [path/to/breakeven.jar]   (RUNS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-$(ls target/breakeven-*.jar | head -1)}
runs=${RUNS:-5}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BREAKEVEN_DATA_DIR=$work/data BREAKEVEN_ADMIN_PASSWORD=start-time-admin-password
export PORT=${PORT:-18080} BREAKEVEN_MANAGEMENT_PORT=${BREAKEVEN_MANAGEMENT_PORT:-19090}

now_ms() { date +%s%3N; }

# Starts the app with the given command, waits for the sign-in page, stops it cleanly
# (SIGTERM, so the JVM writes an AOT cache on its way out when asked to), prints the time.
start_once() {
  local log=$1; shift
  local began; began=$(now_ms)
  "$@" >"$log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/login"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "start-time: the app exited; see its log:" >&2
      tail -40 "$log" >&2
      exit 1
    fi
    sleep 0.05
  done
  local ready; ready=$(now_ms)
  # Touch the screens a user opens first, so a training run records their classes too.
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/" || true
  kill -TERM "$pid"
  wait "$pid" || true
  echo $((ready - began))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "start-time: $jar, $runs runs each, $(nproc) cores, $("$java" -version 2>&1 | head -1)"
# The first start creates and migrates the database; it is not counted.
start_once "$work/first.log" "$java" -jar "$jar" >/dev/null

plain=()
for i in $(seq "$runs"); do
  plain+=("$(start_once "$work/plain.log" "$java" -jar "$jar")")
done
echo "plain: ${plain[*]} ms; median $(printf '%s\n' "${plain[@]}" | median) ms"

# Spring Boot's extracted layout, then one training run that starts the app, stops once it
# has started (spring.context.exit=onRefresh) and records the AOT cache on exit, as the
# Dockerfile does.
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app_jar="$work/app/$(basename "$jar")"
began=$(now_ms)
"$java" -XX:AOTCacheOutput="$work/app/app.aot" -Dspring.context.exit=onRefresh -jar "$app_jar" >"$work/train.log" 2>&1
echo "aot training run: $(( $(now_ms) - began )) ms (cache $(du -h "$work/app/app.aot" | cut -f1))"
aot=()
for i in $(seq "$runs"); do
  aot+=("$(start_once "$work/aot.log" "$java" -XX:AOTCache="$work/app/app.aot" -jar "$app_jar")")
done
echo "aot: ${aot[*]} ms; median $(printf '%s\n' "${aot[@]}" | median) ms"
