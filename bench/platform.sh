#!/usr/bin/env bash
# Platform benchmark: how long `./run.sh`'s AppHost takes from its start until the gateway's /health answers 200, cold
# (a new data directory: initdb, RabbitMQ's first boot, generated secrets, every migration; the page cache dropped when
# run as root) and warm (the same data directory again); the resident memory (PSS, shared pages divided among their
# users) of every process the run started once it has been idle for a while; and how long a SIGTERM to the AppHost
# takes until it has exited and until none of its processes is left.
# The AppHost runs from its Release build on free ports with its own data directory, so a running ./run.sh is untouched.
# With BASELINE=<git revision> the same rounds also run with the AppHost built at that revision (from a temporary
# worktree), e.g. BASELINE=30b8e22 for the own orchestrator before Aspire.
# Usage: [BASELINE=<rev>] bench/platform.sh [rounds=2] [idle seconds=30]   Prints Markdown tables for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
rounds=${1:-2}
idle=${2:-30}

ensure_system
log "Building (Release)"
dotnet build AppHost/AppHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly

source bench/lib.sh
if [ -n "${BASELINE:-}" ]; then
  log "Building AppHost at $BASELINE (Release)"
  git worktree add --detach "$work/baseline" "$BASELINE" > /dev/null
  on_exit+=("git worktree remove --force '$work/baseline'")
  (cd "$work/baseline" && dotnet build AppHost/AppHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly)
fi

# Which part of the system a process is, from its command line.
role_of() {
  local cmd
  cmd=$(tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null || true)
  case "$cmd" in
    *AppHost.dll*) echo "AppHost" ;;
    *dcpctrl*|*dcpproc*|*" dcp "*|*/dcp\ *) echo "DCP" ;;
    *Aspire.Dashboard*) echo "Aspire dashboard" ;;
    *Identity.Api*) echo "identity-api" ;;
    *Projects.Api*) echo "projects-api" ;;
    *MediaStorage.Api*) echo "media-api" ;;
    *Generation.Api*) echo "generation-api" ;;
    *Webhooks.Api*) echo "webhooks-api" ;;
    *Gateway*) echo "gateway" ;;
    *postgres*) echo "PostgreSQL" ;;
    *beam.smp*|*erl_child_setup*|*epmd*|*inet_gethost*|*rabbitmq*) echo "RabbitMQ" ;;
    *redis-server*) echo "Redis" ;;
    *) echo "other ($(basename "$(tr '\0' '\n' < "/proc/$1/cmdline" 2>/dev/null | head -n 1)"))" ;;
  esac
}

pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

gateway_port=$(free_port)
start_apphost() { # <log name> <repository folder>
  (cd "$2" && exec env AIVIDEO_BENCH_RUN="$work" ASPNETCORE_URLS="http://127.0.0.1:$(free_port)" ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$(free_port)" \
    dotnet AppHost/bin/Release/net10.0/AppHost.dll --AppHost:DataDirectory="$data" --AppHost:Ports:Gateway="$gateway_port" \
    --AppHost:Ports:Postgres=0 --AppHost:Ports:RabbitMq=0 --AppHost:Ports:RabbitMqManagement=0 --AppHost:Ports:RabbitMqDistribution=0 \
    --AppHost:Ports:RabbitMqEpmd=0 --AppHost:Ports:Redis=0 \
    --AppHost:Ports:IdentityApi=0 --AppHost:Ports:ProjectsApi=0 --AppHost:Ports:MediaApi=0 --AppHost:Ports:GenerationApi=0 \
    --AppHost:Ports:WebhooksApi=0 > "$work/apphost-$1.log" 2>&1) &
  apphost=$!
  pids+=("$apphost")
}

# Seconds from start until the gateway's /health answers 200 (every service healthy behind it), or fails after 10 minutes.
wait_ready() {
  local started=$1 log=$2
  for _ in $(seq 1 6000); do
    if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$gateway_port/health"; then
      echo "$(( $(date +%s%N) - started ))" | awk '{ printf "%.1f", $1 / 1e9 }'
      return 0
    fi
    kill -0 "$apphost" 2>/dev/null || { tail -n 30 "$log" >&2; return 1; }
    sleep 0.1
  done
  tail -n 30 "$log" >&2
  return 1
}

stop_apphost() {
  local all started exited="" gone=""
  all=$(run_pids)
  started=$(date +%s%N)
  kill -TERM "$apphost"
  for _ in $(seq 1 1200); do
    if [ -z "$exited" ] && ! kill -0 "$apphost" 2>/dev/null; then exited=$(( $(date +%s%N) - started )); fi
    local alive=0 pid
    for pid in $all; do kill -0 "$pid" 2>/dev/null && alive=1 && break; done
    if [ "$alive" = 0 ] && [ -n "$exited" ]; then gone=$(( $(date +%s%N) - started )); break; fi
    sleep 0.1
  done
  wait "$apphost" 2>/dev/null || true
  printf '%s %s\n' "$(awk -v n="${exited:-0}" 'BEGIN { printf "%.1f", n / 1e9 }')" "$(awk -v n="${gone:-0}" 'BEGIN { printf "%.1f", n / 1e9 }')"
}

measure() { # <label> <repository folder>
for round in $(seq 1 "$rounds"); do
  if [ "$round" = 1 ]; then
    kind="cold"
    rm -rf "$data"
    if [ "$(id -u)" = 0 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  else
    kind="warm"
  fi
  log "$1, round $round ($kind): starting AppHost"
  started=$(date +%s%N)
  start_apphost "$1-$round" "$2"
  ready=$(wait_ready "$started" "$work/apphost-$1-$round.log")
  log "Ready after $ready s; idle for $idle s"
  sleep "$idle"
  if [ "$round" = "$rounds" ]; then
    declare -A pss=() count=()
    for pid in $(run_pids); do
      role=$(role_of "$pid")
      pss[$role]=$(( ${pss[$role]:-0} + $(pss_kb "$pid") ))
      count[$role]=$(( ${count[$role]:-0} + 1 ))
    done
    total=0
    memory_table+=$'\n'"$1, idle memory after $idle s:"$'\n\n'"| process | processes | PSS (MB) |"$'\n'"| --- | ---: | ---: |"$'\n'
    while IFS= read -r role; do
      memory_table+="| $role | ${count[$role]} | $(( pss[$role] / 1024 )) |"$'\n'
      total=$(( total + pss[$role] ))
    done < <(printf '%s\n' "${!pss[@]}" | sort)
    memory_table+="| **all** | | **$(( total / 1024 ))** |"$'\n'
  fi
  read -r exited gone < <(stop_apphost)
  results+=("| $1 | $round | $kind | $ready | $exited | $gone |")
done
}

results=()
memory_table=""
measure "this checkout" .
if [ -n "${BASELINE:-}" ]; then measure "$BASELINE" "$work/baseline"; fi

echo
echo "| AppHost | round | start | start → gateway healthy (s) | SIGTERM → AppHost exited (s) | SIGTERM → every process gone (s) |"
echo "| --- | ---: | --- | ---: | ---: | ---: |"
printf '%s\n' "${results[@]}"
echo "$memory_table"
