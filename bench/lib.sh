# Shared by the bench scripts, sourced after scripts/setup.sh and the Release build: a work folder removed on exit
# together with every process the script started, free ports, waiting for readiness, throwaway servers from AppHost's
# infrastructure-only mode, and identity-api.

work=$(mktemp -d /tmp/aivideo-bench-XXXXXX)
pids=()
# Every service keys its Idempotency-Key fingerprints with a secret of its own (required at start); one throwaway value
# serves every process a bench starts.
export Idempotency__FingerprintKey
Idempotency__FingerprintKey=$(head -c 32 /dev/urandom | base64)
# Commands run first on exit (for servers that are not children, such as nginx).
on_exit=()
cleanup() {
  for command in "${on_exit[@]}"; do eval "$command" || true; done
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_for() {
  for _ in $(seq 1 240); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "not ready: $1" >&2; tail -n 20 "$work"/*.log >&2; return 1
}

# The connection string of database $1 on the throwaway PostgreSQL.
database() { echo "${AIVIDEO_POSTGRES/Database=postgres/Database=$1}"; }

# Throwaway PostgreSQL, RabbitMQ and Redis on free ports (further --AppHost:… arguments add s3rver); sets AIVIDEO_*.
start_servers() {
  dotnet AppHost/bin/Release/net10.0/AppHost.dll --infrastructure-only --AppHost:Ephemeral=true --AppHost:Servers=executables \
    --AppHost:DataDirectory="$work/servers" --AppHost:EnvironmentFile="$work/servers.env" --AppHost:ParentProcessId=$$ \
    --AppHost:Ports:Postgres=0 --AppHost:Ports:RabbitMq=0 --AppHost:Ports:RabbitMqManagement=0 \
    --AppHost:Ports:RabbitMqDistribution=0 --AppHost:Ports:RabbitMqEpmd=0 --AppHost:Ports:Redis=0 "$@" \
    > "$work/apphost.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do [ -f "$work/servers.env" ] && break; sleep 0.5; done
  [ -f "$work/servers.env" ] || { echo "the servers did not start" >&2; tail -n 20 "$work/apphost.log" >&2; return 1; }
  source "$work/servers.env"
}

# identity-api (Release, Production) on 127.0.0.1:$1 issuing tokens as $2 (default: its own address); waits for it.
start_identity() {
  local url="http://127.0.0.1:$1"
  (cd services/Identity/Identity.Api/bin/Release/net10.0 && exec env \
    ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__identitydb="$(database identitydb)" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" \
    Identity__Issuer="${2:-$url}" Identity__SigningKeys__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
    dotnet Identity.Api.dll > "$work/identity.log" 2>&1) &
  pids+=($!)
  wait_for "$url/health"
}

# A whole system started by a bench through the AppHost: its data lives in $data, and every process of it carries
# $marker. DCP detaches from the AppHost and starts the servers and services itself, so they are found by what they
# inherit: the AppHost passes its environment on to DCP and every resource (and they to their tools), so each carries
# the marker given to the AppHost; a server is also found by its data directory on its command line.
data="$work/data"
marker="AIVIDEO_BENCH_RUN=$work"
run_pids() {
  local pid
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$pid" = "$$" ] || [ "$pid" = "$BASHPID" ] && continue
    if grep -qsaF -- "$marker" "/proc/$pid/environ" || grep -qsaF -- "$data/" "/proc/$pid/cmdline"; then echo "$pid"; fi
  done
}
