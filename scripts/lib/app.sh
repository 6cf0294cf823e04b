# Sourced by the operations scripts: starts the jar on a throwaway embedded database and waits
# until it is ready (the start-up runners are done then, so the first admin exists).
# start_app JAR PORT PASSWORD WORKDIR: sets $app to the app's process id; the management port is PORT + 1.
start_app() {
  local jar=$1 port=$2 password=$3 work=$4
  PORT=$port BREAKEVEN_MANAGEMENT_PORT=$((port + 1)) BREAKEVEN_DATA_DIR="$work/data" \
    BREAKEVEN_ADMIN_PASSWORD="$password" "$jdk/bin/java" -jar "$jar" >"$work/app.log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$((port + 1))/actuator/health/readiness"; do
    kill -0 "$app" 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
    sleep 0.2
  done
}
