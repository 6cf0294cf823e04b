#!/usr/bin/env bash
# Several instances on one PostgreSQL behind nginx, on loopback, and what must hold then:
#   Flyway migrates once when both start together; a price saved on one instance is what the
#   other computes with; API tokens and board links work on both; the sign-in lock counts
#   across instances; killing one leaves users on the other untouched and new sign-ins go to
#   the survivor. Prints one line per check and exits non-zero if any fails.
# Needs Debian's postgresql, nginx-light and chromium (installed if missing, as root), Node 22+.
# Usage: scripts/several-instances.sh [jar]
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(realpath "${1:-$(ls target/breakeven-*.jar | head -1)}")
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
node=${NODE:-$HOME/.vaadin/node-v24.17.0/bin/node}
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
pg=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

work=$(mktemp -d /tmp/breakeven-instances.XXXXXX)
chmod 755 "$work"
pg_port=25432 lb_port=18080 a_port=18081 b_port=18082
password="several-instances-$RANDOM-$RANDOM"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  su postgres -c "$pg/pg_ctl -D $work/pg -m fast stop" >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() { if [ "$1" = 0 ]; then echo "ok $2"; else echo "FAIL $2"; failures=$((failures + 1)); fi; }

# PostgreSQL, as Debian's postgres user (the server refuses root), reached over TCP on loopback.
install -d -o postgres -g postgres "$work/pg" "$work/pg-run"
su postgres -c "$pg/initdb -D $work/pg -U breakeven -A trust" >/dev/null
su postgres -c "$pg/pg_ctl -D $work/pg -l $work/pg-run/log -w -o '-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg-run' start" >/dev/null
su postgres -c "$pg/createdb -h 127.0.0.1 -p $pg_port -U breakeven breakeven"
echo "PostgreSQL $("$pg/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"

# Two instances started together on the same database.
start() {
  local name=$1 port=$2
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/breakeven" SPRING_DATASOURCE_USERNAME=breakeven \
    SPRING_DATASOURCE_PASSWORD=unused PORT=$port BREAKEVEN_MANAGEMENT_PORT=$((port + 1000)) \
    BREAKEVEN_ADMIN_PASSWORD="$password" SERVER_FORWARD_HEADERS_STRATEGY=native \
    "$jdk/bin/java" -jar "$jar" >"$work/$name.log" 2>&1 &
  pids+=($!)
  eval "${name}_pid=$!"
}
start a $a_port
start b $b_port
for port in $a_port $b_port; do
  for _ in $(seq 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$((port + 1000))/actuator/health/readiness" && break
    sleep 0.5
  done
  curl -sf -o /dev/null "http://127.0.0.1:$((port + 1000))/actuator/health/readiness" \
    || { echo "instance on $port did not become ready"; for f in "$work"/a.log "$work"/b.log; do tail -n 30 "$f"; done; exit 1; }
done
applied=$(cat "$work/a.log" "$work/b.log" | grep -c "Successfully applied" || true)
current=$(cat "$work/a.log" "$work/b.log" | grep -c "is up to date. No migration necessary" || true)
check $([ "$applied" = 1 ] && [ "$current" = 1 ] && echo 0 || echo 1) \
  "Flyway migrated once: one instance applied the migrations, the other found the schema up to date"
admins=$(su postgres -c "$pg/psql -h 127.0.0.1 -p $pg_port -U breakeven -tAc \"select count(*) from app_user where username = 'admin'\" breakeven")
check $([ "$admins" = 1 ] && echo 0 || echo 1) "one first admin, not two"

# nginx: sticky by a route cookie naming the instance that answered; a session whose
# instance is gone goes to the other (it signs in again there).
cat >"$work/nginx.conf" <<NGINX
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events {}
http {
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  upstream any { server 127.0.0.1:$a_port max_fails=1 fail_timeout=30s; server 127.0.0.1:$b_port max_fails=1 fail_timeout=30s; }
  upstream to_a { server 127.0.0.1:$a_port max_fails=1 fail_timeout=30s; server 127.0.0.1:$b_port backup; }
  upstream to_b { server 127.0.0.1:$b_port max_fails=1 fail_timeout=30s; server 127.0.0.1:$a_port backup; }
  map \$cookie_breakeven_route \$pool { "127.0.0.1:$a_port" to_a; "127.0.0.1:$b_port" to_b; default any; }
  # The instance that answered last: \$upstream_addr lists every one tried.
  map \$upstream_addr \$answered { "~(?<last>[0-9.]+:[0-9]+)\$" \$last; default ""; }
  server {
    listen 127.0.0.1:$lb_port;
    client_max_body_size 6m;
    location / {
      proxy_pass http://\$pool;
      proxy_http_version 1.1;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$host:\$server_port;
      proxy_set_header X-Forwarded-Port \$server_port;
      proxy_next_upstream error timeout;
      add_header Set-Cookie "breakeven_route=\$answered; Path=/; HttpOnly; SameSite=Lax" always;
    }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"

# The sign-in lock counts across instances: failures spread over both add up, in the
# database both read. Nine (five on one, four on the other) do not lock; the tenth does.
who="lock-probe-$RANDOM"
fail_on() {
  curl -s -o /dev/null -H "Origin: http://127.0.0.1:$1" \
    --data-urlencode "username=$who" --data-urlencode "password=wrong" "http://127.0.0.1:$1/login"
}
psql_value() { su postgres -c "$pg/psql -h 127.0.0.1 -p $pg_port -U breakeven -tAc \"$1\" breakeven"; }
for i in 1 2 3 4 5; do fail_on $a_port; done
for i in 1 2 3 4; do fail_on $b_port; done
after_nine=$(psql_value "select count(*) from login_lock where username = '$who' and locked_until > now()")
fail_on $b_port
after_ten=$(psql_value "select count(*) from login_lock where username = '$who' and locked_until > now()")
check $([ "$after_nine" = 0 ] && [ "$after_ten" = 1 ] && echo 0 || echo 1) \
  "the sign-in lock counts across instances: 5 failures on A and 4 on B do not lock, a 10th on B does"

if [ -n "${KEEP:-}" ]; then
  echo "KEEP: load balancer on http://127.0.0.1:$lb_port, instances on $a_port and $b_port, admin password $password, files in $work; Ctrl-C ends"
  sleep infinity
fi

# The browser half; it stops for the kill, then goes on.
exec 3> >(LB="http://127.0.0.1:$lb_port" A="http://127.0.0.1:$a_port" B="http://127.0.0.1:$b_port" \
  ADMIN_PASSWORD="$password" "$node" scripts/several-instances.mjs >"$work/browser.log" 2>&1)
until grep -q "^KILL\|^done" "$work/browser.log" 2>/dev/null; do sleep 0.5; done
home=$(sed -n 's/^KILL the instance other than 127.0.0.1://p' "$work/browser.log")
if [ -n "$home" ]; then
  if [ "$home" = "$a_port" ]; then victim=$b_pid; else victim=$a_pid; fi
  kill -9 "$victim"
  echo "killed the instance the admin is not on (pid $victim)"
  echo go >&3 || true
fi
exec 3>&-
until grep -q "^done" "$work/browser.log"; do sleep 0.5; done
grep -E "^(ok|FAIL)" "$work/browser.log"
failures=$((failures + $(grep -c "^FAIL" "$work/browser.log" || true)))

# PostgreSQL stops for 20 s, then for 60 s, under the surviving instance: API callers hear
# 503 within 5 s, readiness is down, and both come back within 5 s of PostgreSQL returning.
token=$(sed -n 's/^token //p' "$work/browser.log")
survivor=${home:-$a_port}
now_ms() { date +%s%3N; }
status_of() { curl -s -o /dev/null -m 30 -w '%{http_code}' "$@"; }
for seconds in 20 60; do
  su postgres -c "$pg/pg_ctl -D $work/pg -m fast -w stop" >/dev/null
  began=$(now_ms)
  api=$(status_of -H "Authorization: Bearer $token" "http://127.0.0.1:$survivor/api/v1/catalogue")
  answered=$(( $(now_ms) - began ))
  ready=$(status_of "http://127.0.0.1:$((survivor + 1000))/actuator/health/readiness")
  check $([ "$api" = 503 ] && [ "$answered" -le 5000 ] && [ "$ready" = 503 ] && echo 0 || echo 1) \
    "PostgreSQL out for ${seconds} s: the API answers $api in $answered ms, readiness $ready"
  sleep $(( seconds - answered / 1000 ))
  su postgres -c "$pg/pg_ctl -D $work/pg -l $work/pg-run/log -w -o '-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg-run' start" >/dev/null
  back=$(now_ms)
  api=000
  while [ "$api" != 200 ] && [ $(( $(now_ms) - back )) -lt 30000 ]; do
    api=$(status_of -H "Authorization: Bearer $token" "http://127.0.0.1:$survivor/api/v1/catalogue")
    [ "$api" = 200 ] || sleep 0.2
  done
  recovered=$(( $(now_ms) - back ))
  ready=$(status_of "http://127.0.0.1:$((survivor + 1000))/actuator/health/readiness")
  check $([ "$api" = 200 ] && [ "$recovered" -le 5000 ] && [ "$ready" = 200 ] && echo 0 || echo 1) \
    "after the ${seconds} s outage the API answers 200 again $recovered ms after PostgreSQL is back, readiness $ready, no restart"
done

echo "several-instances: $failures failed"
[ "$failures" = 0 ]
