#!/usr/bin/env bash
# Gateway benchmark: wrk against one small GET (identity-api's /alive) three ways in the same run, each request carrying
# a user's access token:
#   direct   http://127.0.0.1:<service>/alive
#   gateway  http://127.0.0.1:<gateway>/bench/alive  (YARP: the token validated at the edge, the default rate limit
#            counted in Redis, then PathSet /alive to the identity-api cluster)
#   nginx    http://127.0.0.1:<nginx>/bench/alive    (Debian's nginx proxying the same route, keep-alive upstream)
# Release builds; PostgreSQL, RabbitMQ and Redis are throwaway (AppHost --infrastructure-only).
# Usage: bench/gateway.sh [connections=32] [seconds=20]   Prints a Markdown table for docs/benchmarks.md.
# WARMUP=<seconds> (default 30) of load before each measured run. PROFILE=/tmp/gateway.perf records a CPU profile of the gateway during its run (Linux perf).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
source scripts/setup.sh
connections=${1:-32}
seconds=${2:-20}

ensure_system
ensure_packages wrk nginx-light
log "Building (Release)"
dotnet build AppHost/AppHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly

source bench/lib.sh
on_exit+=('[ -f "$work/nginx.pid" ] && kill -QUIT "$(cat "$work/nginx.pid")"')

log "Starting throwaway PostgreSQL and RabbitMQ"
start_servers

service_port=$(free_port); gateway_port=$(free_port); nginx_port=$(free_port)
log "Starting identity-api on $service_port"
start_identity "$service_port"
service_pid=${pids[-1]} # identity-api's own process (the subshell execs env, which execs dotnet)
token=$(curl -sf -X POST "http://127.0.0.1:$service_port/api/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench-$RANDOM$RANDOM@example.com\",\"password\":\"Correct-Horse-42\",\"name\":\"Bench\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
log "Starting the gateway on $gateway_port"
# env(1) passes names with hyphens, which shell assignments cannot.
(cd gateway/bin/Release/net10.0 && exec env \
  ASPNETCORE_URLS="http://127.0.0.1:$gateway_port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  "services__identity-api__http__0=http://127.0.0.1:$service_port" Identity__Url=http://identity-api \
  ConnectionStrings__redis="$AIVIDEO_REDIS" RateLimits__Default__PermitLimit=1000000000 DOTNET_PerfMapEnabled="${PROFILE:+1}" ${PROFILE:+DOTNET_EnableWriteXorExecute=0} ${GATEWAY_ENV:-} \
  ReverseProxy__Routes__bench__ClusterId=identity-api ReverseProxy__Routes__bench__Match__Path=/bench/alive \
  ReverseProxy__Routes__bench__Transforms__0__PathSet=/alive \
  dotnet Gateway.dll > "$work/gateway.log" 2>&1) &
gateway_pid=$!
pids+=("$gateway_pid")
log "Starting nginx on $nginx_port"
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream identity { server 127.0.0.1:$service_port; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location = /bench/alive {
      proxy_pass http://identity/alive;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"

direct="http://127.0.0.1:$service_port/alive"
through_gateway="http://127.0.0.1:$gateway_port/bench/alive"
through_nginx="http://127.0.0.1:$nginx_port/bench/alive"
wait_for "$direct"; wait_for "$through_nginx"
for _ in $(seq 1 240); do curl -sf -o /dev/null -H "Authorization: Bearer $token" "$through_gateway" && break; sleep 0.5; done

# CPU time (µs) a set of processes spends per request: how much work each proxy adds, independent of how the
# load generator, the proxy and the service share the cores.
hz=$(getconf CLK_TCK)
nginx_pids() { echo "$(cat "$work/nginx.pid") $(pgrep -P "$(cat "$work/nginx.pid")" | tr '\n' ' ')"; }
ticks() { local sum=0; for pid in "$@"; do sum=$((sum + $(awk '{print $14+$15}' "/proc/$pid/stat"))); done; echo $sum; }
per_request() { awk -v t="$1" -v r="$2" -v hz="$hz" 'BEGIN { printf "%.0f", t / hz / r * 1e6 }'; }

# wrk --latency prints "50%  1.23ms" lines; normalise every latency to milliseconds.
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.3f", v }'; }
declare -A rps p50 p99 proxy_cpu service_cpu
for target in direct gateway nginx; do
  case $target in
    direct) url=$direct; proxy=() ;;
    gateway) url=$through_gateway; proxy=("$gateway_pid") ;;
    nginx) url=$through_nginx; read -ra proxy <<< "$(nginx_pids)" ;;
  esac
  # Warm-up: connection pools, and the JIT's tiers (on two busy cores the background tier-up of the gateway's hot paths
  # takes tens of seconds; measuring earlier counts the JIT's own work and instrumented code as the proxy's cost).
  wrk -t2 -c"$connections" -d"${WARMUP:-30}s" -H "Authorization: Bearer $token" "$url" > /dev/null
  proxy_before=$(ticks "${proxy[@]}"); service_before=$(ticks "$service_pid")
  # PROFILE=<file>: a CPU profile of the gateway during its measured run (perf record; JIT-compiled frames are named
  # through the perf map the gateway writes when profiling). Read it with: perf report -i <file> --no-children --sort sym
  if [ "$target" = gateway ] && [ -n "${PROFILE:-}" ]; then
    perf record -F 499 -g -p "$gateway_pid" -o "$PROFILE" -- sleep $((seconds - 2)) > "$work/perf.log" 2>&1 &
  fi
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$url")
  proxy_after=$(ticks "${proxy[@]}"); service_after=$(ticks "$service_pid")
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  rps[$target]=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
  p50[$target]=$(echo "$out" | awk '$1 == "50%" { print $2 }' | to_ms)
  p99[$target]=$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_ms)
  proxy_cpu[$target]=$(per_request $((proxy_after - proxy_before)) "$requests")
  service_cpu[$target]=$(per_request $((service_after - service_before)) "$requests")
  log "$target: ${rps[$target]} req/s, p50 ${p50[$target]} ms, p99 ${p99[$target]} ms, CPU/request proxy ${proxy_cpu[$target]} µs, service ${service_cpu[$target]} µs"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.3f", a - b }'; }
echo
echo "wrk -t2 -c$connections -d${seconds}s, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| path | requests/s | p50 (ms) | p99 (ms) | throughput vs direct | p99 added (ms) | proxy CPU/request (µs) | service CPU/request (µs) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| direct to identity-api | ${rps[direct]} | ${p50[direct]} | ${p99[direct]} | 100% | 0 | – | ${service_cpu[direct]} |"
echo "| through the gateway | ${rps[gateway]} | ${p50[gateway]} | ${p99[gateway]} | $(ratio "${rps[gateway]}" "${rps[direct]}") | $(added "${p99[gateway]}" "${p99[direct]}") | ${proxy_cpu[gateway]} | ${service_cpu[gateway]} |"
echo "| through nginx | ${rps[nginx]} | ${p50[nginx]} | ${p99[nginx]} | $(ratio "${rps[nginx]}" "${rps[direct]}") | $(added "${p99[nginx]}" "${p99[direct]}") | ${proxy_cpu[nginx]} | ${service_cpu[nginx]} |"
