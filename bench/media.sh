#!/usr/bin/env bash
# Media-storage benchmark: one 1 GB video uploaded in 64 MB parts to presigned URLs, completed (assembled and verified),
# then downloaded by signed URL and through GET /api/files/{id}/content; on the filesystem backend (media-api serves
# the signed URLs itself) and on the S3 backend (s3rver serves them). media-api's resident memory is sampled per
# phase. Release builds; throwaway PostgreSQL, RabbitMQ and s3rver (AppHost --infrastructure-only).
# Usage: bench/media.sh [megabytes=1024]   Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
megabytes=${1:-1024}

ensure_system
ensure_s3rver
log "Building (Release)"
for project in AppHost/AppHost.csproj services/Identity/Identity.Api/Identity.Api.csproj \
  services/MediaStorage/MediaStorage.Api/MediaStorage.Api.csproj bench/Media.Benchmarks/Media.Benchmarks.csproj; do
  dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
done

source bench/lib.sh

log "Starting throwaway PostgreSQL, RabbitMQ and s3rver"
start_servers --AppHost:StartS3rver=true --AppHost:Ports:S3rver=0

identity_port=$(free_port)
identity="http://127.0.0.1:$identity_port"
log "Starting identity-api on $identity_port"
start_identity "$identity_port"

# Starts media-api on one backend (extra settings as NAME=value arguments), runs the client, stops media-api.
run_backend() {
  local label=$1 port=$2; shift 2
  local media="http://127.0.0.1:$port"
  log "Starting media-api ($label) on $port"
  (cd services/MediaStorage/MediaStorage.Api/bin/Release/net10.0 && exec env \
    ASPNETCORE_URLS="$media" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Information \
    ConnectionStrings__mediadb="$(database "mediadb_$label")" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" \
    Identity__Url="$identity" "$@" dotnet MediaStorage.Api.dll > "$work/media-$label.log" 2>&1) &
  local runner=$!
  wait_for "$media/health"
  local pid
  pid=$(pgrep -f "MediaStorage.Api.dll" | head -1)
  log "Moving $megabytes MB through $label"
  dotnet bench/Media.Benchmarks/bin/Release/net10.0/Media.Benchmarks.dll "$identity" "$media" "$pid" "$label" "$megabytes" >> "$work/rows.md"
  stop "$pid"
  wait "$runner" 2>/dev/null || true
}
# SIGTERM, as Kubernetes stops a pod; SIGKILL (and say so) if it has not exited after its 30 s shutdown timeout.
stop() {
  kill -TERM "$1" 2>/dev/null || return 0
  for _ in $(seq 1 70); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.5; done
  echo "media-api ($1) did not exit 35 s after SIGTERM; killing it" >&2
  kill -KILL "$1" 2>/dev/null || true
}

fs_port=$(free_port)
run_backend filesystem "$fs_port" Storage__Provider=filesystem Storage__RootPath="$work/storage" \
  Storage__PublicBaseUrl="http://127.0.0.1:$fs_port" Storage__SigningKey="$(head -c 48 /dev/urandom | base64)"
run_backend s3 "$(free_port)" Storage__Provider=s3 Storage__ServiceUrl="$AIVIDEO_S3" Storage__Bucket=bench \
  Storage__AccessKey=S3RVER Storage__SecretKey=S3RVER Storage__ForcePathStyle=true Storage__UseChunkEncoding=false

echo
echo "$megabytes MB, 64 MB parts sent one after another, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| backend | MB | upload to presigned URLs (MB/s) | complete (s) | download by signed URL (MB/s) | download through content (MB/s) | media-api idle RSS (MB) | media-api peak RSS: upload / complete / signed / content (MB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
cat "$work/rows.md"
