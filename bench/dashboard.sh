#!/usr/bin/env bash
# Benchmark: HTTP throughput and latency of the public dashboard (`./rarewatch serve --demo` on a fresh H2
# file database) against nginx serving the very same response bytes as a static file, in the same run, on
# this machine, with wrk (Debian). Appends the results to bench/RESULTS.md (RECORD=0: print only).
#   bench/dashboard.sh [PATH...]     paths to measure, e.g. '/api/v1/commitments' '/waiting-times/sarcoma'
# Default paths: the indicators API for FDS in suspected sarcoma and the /cancers/sarcoma page (also
# settable as TARGETS="PATH PATH"). Environment: DURATION (wrk run per server, default 30s), WARMUP
# (default 10s), CONNECTIONS (64), THREADS (2), TIMEOUT (wrk's per-request timeout, default wrk's 2s),
# PORT (app port; default a free one), RECORD (1).
# Targets: app >= 30% of nginx's requests/s, app p99 < 50 ms, zero errors (socket errors, timeouts included,
# + non-2xx/3xx). wrk leaves responses slower than TIMEOUT out of the latency figures and counts them as errors.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
default_targets=('/api/v1/indicators?indicator=cwt_fds_28d&cancer_group=Suspected%20sarcoma' '/cancers/sarcoma')
if [ $# -gt 0 ]; then
  targets=("$@")
elif [ -n "${TARGETS:-}" ]; then
  read -r -a targets <<<"$TARGETS"
else
  targets=("${default_targets[@]}")
fi
duration="${DURATION:-30s}"
warmup="${WARMUP:-10s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
timeout="${TIMEOUT:-2s}"
record="${RECORD:-1}"
min_ratio=30   # percent of nginx's requests/s
max_p99=50     # ms

if [ ! -x /usr/bin/wrk ] || [ ! -x /usr/sbin/nginx ]; then
  echo "installing Debian wrk and nginx..." >&2
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -q >&2
  $sudo_cmd apt-get install -y -q --no-install-recommends wrk nginx >&2
fi

"$root/rarewatch" --version >/dev/null   # builds the jar if it is missing or stale (not measured)

work="$(mktemp -d)"
app_pid=""
nginx_pid=""
stop() { # pid: TERM, up to 20 s to finish, then KILL
  local pid="$1" i
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  set +e
  [ -n "$nginx_pid" ] && stop "$nginx_pid"
  [ -n "$app_pid" ] && stop "$app_pid"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT
trap 'exit 143' TERM

free_port() { # a port nothing on loopback listens on
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# --- the application, on a fresh H2 file database --------------------------------------------------
mkdir -p "$work/db" "$work/app"
chmod 700 "$work/db" "$work/app"
db="jdbc:h2:file:$work/db/rarewatch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
app_port="${PORT:-$(free_port)}"
app="http://127.0.0.1:$app_port"
echo "starting ./rarewatch serve --demo --port $app_port on a fresh H2 database (first start imports the bundled data)..." >&2
started=$(date +%s)
# the demo prints its accounts' passwords: they stay in the temporary log, removed on exit
(cd "$work/app" && exec "$root/rarewatch" serve --demo --port "$app_port" --db "$db" --db-user sa) \
  >"$work/app/serve.log" 2>&1 &
app_pid=$!
until curl -fsS "$app/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    tail -n 30 "$work/app/serve.log" >&2; echo "the application exited before it was up" >&2; exit 1
  fi
  if [ $(($(date +%s) - started)) -gt "${HEALTH_TIMEOUT:-600}" ]; then
    tail -n 30 "$work/app/serve.log" >&2; echo "/actuator/health not UP after ${HEALTH_TIMEOUT:-600} s" >&2; exit 1
  fi
  sleep 1
done
up_seconds=$(($(date +%s) - started))
echo "up after $up_seconds s" >&2

# --- the same bytes, as static files, for nginx ----------------------------------------------------
# nginx workers run as nobody when started by root: the document root must be readable by anyone
chmod 711 "$work"
mkdir -p "$work/nginx/html" "$work/nginx/tmp"
chmod 755 "$work/nginx" "$work/nginx/html"
locations=""
declare -a sizes types
for i in "${!targets[@]}"; do
  path="${targets[$i]}"
  meta=$(curl -sS -o "$work/nginx/html/t$i" -w '%{http_code}\n%{content_type}' "$app$path")
  code=$(head -n 1 <<<"$meta"); type=$(sed -n 2p <<<"$meta")
  if [ "$code" != 200 ]; then
    echo "GET $path answered HTTP $code, not 200: nothing to measure (override the paths: bench/dashboard.sh PATH...)" >&2
    exit 1
  fi
  chmod 644 "$work/nginx/html/t$i"
  sizes[$i]=$(stat -c %s "$work/nginx/html/t$i")
  types[$i]="$type"
  locations+="    location = /t$i { types { } default_type \"$type\"; }"$'\n'
done
nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/nginx/html;
$locations    }
}
CONF
/usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" -g 'daemon off;' \
  >"$work/nginx/stdout.log" 2>&1 &
nginx_pid=$!
static="http://127.0.0.1:$nginx_port"
for _ in $(seq 50); do curl -fsS -o /dev/null "$static/t0" 2>/dev/null && break; sleep 0.2; done
for i in "${!targets[@]}"; do
  curl -fsS -o "$work/check" "$static/t$i" || { cat "$work/nginx/error.log" >&2; echo "nginx did not serve t$i" >&2; exit 1; }
  cmp -s "$work/check" "$work/nginx/html/t$i" || { echo "nginx served other bytes for ${targets[$i]}" >&2; exit 1; }
done

# --- measure ---------------------------------------------------------------------------------------
to_ms() { # wrk's 850.00us / 1.23ms / 1.20s / 1.00m -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
    if (f < 0) print "?"; else printf "%.2f", n * f }'
}
run_wrk() { # label url: runs wrk, prints "requests rps p50_ms p99_ms errors error_detail"
  local label="$1" url="$2" out="$work/wrk-$1.txt"
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency "$url" >"$out"
  local requests rps p50 p99 connect rd wr timeouts non2xx errors
  requests=$(awk '/ requests in / {print $1}' "$out")
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  read -r connect rd wr timeouts < <(sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' "$out"; echo "0 0 0 0")
  non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' "$out"); non2xx="${non2xx:-0}"
  [ -n "$rps" ] || { cat "$out" >&2; echo "no Requests/sec in wrk's output for $url" >&2; exit 1; }
  errors=$((connect + rd + wr + timeouts + non2xx))
  # every completed response slower than TIMEOUT: wrk's latency histogram is empty
  if [ "$timeouts" -ge "${requests:-0}" ]; then p50="n/a"; p99="n/a"; fi
  local detail="-"
  [ "$errors" -gt 0 ] && detail="non-2xx/3xx $non2xx; connect $connect, read $rd, write $wr, timeout $timeouts"
  echo "$requests $rps $p50 $p99 $errors $detail"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=""
notes=""
for i in "${!targets[@]}"; do
  path="${targets[$i]}"
  echo "warming up $path ($warmup each on the app and nginx)..." >&2
  wrk -t"$threads" -c"$connections" -d"$warmup" "$app$path" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$warmup" "$static/t$i" >/dev/null
  echo "measuring $path: app, then nginx ($duration each)..." >&2
  run_wrk "app-$i" "$app$path" >"$work/result"
  read -r a_req a_rps a_p50 a_p99 a_err a_detail <"$work/result"
  a_load=$(cut -d' ' -f1 /proc/loadavg)
  run_wrk "nginx-$i" "$static/t$i" >"$work/result"
  read -r n_req n_rps n_p50 n_p99 n_err n_detail <"$work/result"
  n_load=$(cut -d' ' -f1 /proc/loadavg)
  ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.1f", (n > 0 ? 100 * a / n : 0) }')
  fails=""
  awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { exit !(r >= m) }' || fails+="throughput ${ratio}% < ${min_ratio}% of nginx; "
  awk -v p="$a_p99" -v m="$max_p99" 'BEGIN { exit !(p ~ /^[0-9.]+$/ && p + 0 < m) }' || fails+="p99 ${a_p99} ms, not < ${max_p99} ms; "
  [ "$a_err" -eq 0 ] || fails+="$a_err errors ($a_detail); "
  verdict="PASS"
  [ -z "$fails" ] || verdict="FAIL: ${fails%; }"
  label="\`$path\` (${sizes[$i]} B, ${types[$i]})"
  rows+="| $label | rarewatch | $a_req | $a_rps | $a_p50 | $a_p99 | $a_err | $a_load | ${ratio}% | **$verdict** |"$'\n'
  rows+="| $label | nginx, static copy | $n_req | $n_rps | $n_p50 | $n_p99 | $n_err | $n_load | | |"$'\n'
  [ "$n_err" -eq 0 ] || notes+="nginx errors on $path: $n_detail. "
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
mem=$(free -h | awk '/Mem:/{print $2" total, "$7" available"}')
java_version=$(java -version 2>&1 | head -1)
wrk_version=$(wrk -v 2>&1 | head -1 | awk '{print $1, $2}') || true
nginx_version=$(/usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //')

report=$(cat <<REPORT

## Dashboard HTTP throughput, rarewatch vs nginx (bench/dashboard.sh), $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores, $cpu, memory $mem; load average before the runs $load_before (shared with other builds).
$java_version; $wrk_version; $nginx_version (Debian).
App: \`./rarewatch serve --demo --port $app_port --db <fresh H2 file>\`, /actuator/health UP after $up_seconds s (first start, imports the bundled data).
nginx: the app's response body fetched once with curl, served as a static file with the same Content-Type
(loopback, worker_processes auto, access_log off, sendfile). wrk, the app and nginx share the machine's cores.
Each path: wrk $warmup warm-up on both, then \`wrk -t$threads -c$connections -d$duration --timeout $timeout --latency\` on the app, then on nginx.
Errors: socket errors (connect, read, write, timeout: responses slower than $timeout, left out of the latencies) plus non-2xx/3xx responses. Targets: app >= ${min_ratio}% of
nginx's requests/s, p99 < ${max_p99} ms, zero errors.

| target | server | requests | req/s | p50 (ms) | p99 (ms) | errors | load after | app/nginx | verdict |
|---|---|---|---|---|---|---|---|---|---|
${rows%$'\n'}
${notes:+
$notes}
REPORT
)
echo "$report"
if [ "$record" != 0 ]; then
  echo "$report" >>"$root/bench/RESULTS.md"
fi
