#!/usr/bin/env bash
# Generation service benchmark: generation-api as a process of its own (Release, Production), with identity-api and
# media-api (filesystem backend) on throwaway PostgreSQL and RabbitMQ, driven over HTTP as a client would:
#   1. a 2-minute 1280x720 video from a prompt (POST /api/videos: storyboard → images → clips → narration → one
#      composition, in one job), timed from the request to the job's completion;
#   2. a 1-minute 1080p video uploaded to media-api (purpose video-upload) and processed to its HLS ladder by generation,
#      timed from the upload's completion until media-api shows the file available; then the very ffmpeg commands the
#      transcoder ran (read from generation-api's debug log), plus one ffprobe, run directly on the same file;
# with generation-api's resident memory: idle, and its peak during each job (VmHWM, reset before each).
# Usage: bench/generation-service.sh [video seconds=120] [upload seconds=60] (0 skips that part)   Prints Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
video_seconds=${1:-120}
upload_seconds=${2:-60}

ensure_system
log "Building (Release)"
for project in AppHost/AppHost.csproj services/Identity/Identity.Api/Identity.Api.csproj \
  services/MediaStorage/MediaStorage.Api/MediaStorage.Api.csproj services/Generation/Generation.Api/Generation.Api.csproj; do
  dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
done

source bench/lib.sh

log "Starting throwaway PostgreSQL and RabbitMQ"
start_servers
media_secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
generation_secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')

identity_port=$(free_port)
identity="http://127.0.0.1:$identity_port"
log "Starting identity-api on $identity_port (with media-api's and generation-api's service clients)"
(cd services/Identity/Identity.Api/bin/Release/net10.0 && exec env \
  ASPNETCORE_URLS="$identity" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  ConnectionStrings__identitydb="$(database identitydb)" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" \
  Identity__Issuer="$identity" Identity__SigningKeys__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
  Identity__Clients__media-api__Secret="$media_secret" Identity__Clients__media-api__Grants__0=client_credentials \
  Identity__Clients__media-api__Scopes__0=internal \
  Identity__Clients__generation-api__Secret="$generation_secret" Identity__Clients__generation-api__Grants__0=client_credentials \
  Identity__Clients__generation-api__Scopes__0=internal \
  dotnet Identity.Api.dll > "$work/identity.log" 2>&1) &
pids+=($!)
wait_for "$identity/health"

media_port=$(free_port)
media="http://127.0.0.1:$media_port"
log "Starting media-api on $media_port"
(cd services/MediaStorage/MediaStorage.Api/bin/Release/net10.0 && exec env \
  ASPNETCORE_URLS="$media" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  ConnectionStrings__mediadb="$(database mediadb)" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" Identity__Url="$identity" \
  ServiceAuth__ClientId=media-api ServiceAuth__ClientSecret="$media_secret" \
  Storage__Provider=filesystem Storage__RootPath="$work/storage" Storage__PublicBaseUrl="$media" \
  Storage__SigningKey="$(head -c 48 /dev/urandom | base64)" \
  dotnet MediaStorage.Api.dll > "$work/media.log" 2>&1) &
pids+=($!)
wait_for "$media/health"

generation_port=$(free_port)
generation="http://127.0.0.1:$generation_port"
log "Starting generation-api on $generation_port"
(cd services/Generation/Generation.Api/bin/Release/net10.0 && exec env \
  ASPNETCORE_URLS="$generation" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Logging__LogLevel__AiVideo.Generation.Infrastructure.Local.Processes.ToolRunner=Debug \
  Logging__Console__FormatterName=simple Logging__Console__FormatterOptions__SingleLine=true \
  ConnectionStrings__generationdb="$(database generationdb)" ConnectionStrings__eventbus="$AIVIDEO_RABBITMQ" Identity__Url="$identity" \
  ServiceAuth__ClientId=generation-api ServiceAuth__ClientSecret="$generation_secret" \
  Generation__MediaApi__BaseAddress="$media/" Generation__Jobs__WorkerId=bench Providers__Local__WorkspaceRoot="$work/workspaces" \
  dotnet Generation.Api.dll > "$work/generation.log" 2>&1) &
generation_pid=$!  # the subshell execs env, which execs dotnet: the same process
pids+=("$generation_pid")
wait_for "$generation/health"

email="bench-$RANDOM$RANDOM@example.com"
curl -sSf -X POST "$identity/api/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"Correct-Horse-42\",\"name\":\"Bench\"}" -o /dev/null
# Access tokens last 15 minutes, and a long video on a busy machine can take longer: a fresh one every 10 minutes.
signed_in_at=0
sign_in() {
  (( $(date +%s) - signed_in_at < 600 )) && return 0
  auth=(-H "Authorization: Bearer $(curl -sSf -X POST "$identity/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"Correct-Horse-42\"}" | jq -r .accessToken)")
  signed_in_at=$(date +%s)
}
now() { date +%s.%N; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
megabytes() { awk -v f="$1" '$1 == f":" { printf "%.0f", $2 / 1024 }' "/proc/$generation_pid/status"; }
reset_peak() { echo 5 > "/proc/$generation_pid/clear_refs"; }
iso_seconds() { date -d "$1" +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU seconds (user + system) of a process and of the children it has reaped (generation-api's ffmpeg and espeak-ng
# runs, the script's own ffmpeg runs): less dependent on what else the machine runs than wall time.
ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{ printf "%.1f", ($14 + $15 + $16 + $17) / t }' "/proc/$1/stat"; }
cpu_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

idle=$(megabytes VmRSS)
rows=()

if [ "$video_seconds" != 0 ]; then
  log "A ${video_seconds} s 1280x720 video from a prompt (load average $(load))"
  sign_in
  reset_peak
  cpu_before=$(cpu "$generation_pid")
  started=$(now)
  video=$(curl -sSf -X POST "$generation/api/videos" "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"prompt\":\"A small bakery opening at dawn in an old harbour town\",\"seconds\":$video_seconds,\"size\":\"1280x720\"}" | jq -r .id)
  while true; do
    sign_in
    view=$(curl -sSf "$generation/api/videos/$video" "${auth[@]}")
    status=$(jq -r .status <<< "$view")
    [ "$status" = queued ] || [ "$status" = in_progress ] || break
    sleep 0.5
  done
  finished=$(now)
  [ "$status" = completed ] || { echo "the video $status: $view" >&2; exit 1; }
  sign_in
  generation_view=$(curl -sSf "$generation/api/generations/$video" "${auth[@]}")
  job_seconds=$(seconds_between "$(iso_seconds "$(jq -r .startedAt <<< "$generation_view")")" "$(iso_seconds "$(jq -r .completedAt <<< "$generation_view")")")
  rows+=("| ${video_seconds} s 1280x720 video from a prompt: request → completed (job alone: ${job_seconds} s; $(jq -r '.durationSeconds * 100 | round / 100' <<< "$view") s made) | $(seconds_between "$started" "$finished") | $(cpu_between "$cpu_before" "$(cpu "$generation_pid")") | $(megabytes VmHWM) | $(load) |")
fi

if [ "$upload_seconds" != 0 ]; then
  log "A ${upload_seconds} s 1920x1080 upload processed to HLS (load average $(load))"
  sign_in
  source_file="$work/upload-1080p.mp4"
  ffmpeg -v error -f lavfi -i "testsrc2=size=1920x1080:rate=30:duration=$upload_seconds" \
    -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=$upload_seconds" \
    -c:v libx264 -preset veryfast -b:v 4M -pix_fmt yuv420p -c:a aac -b:a 128k -movflags +faststart "$source_file"
  size=$(stat -c %s "$source_file")
  ticket=$(curl -sSf -X POST "$media/api/uploads" "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"fileName\":\"upload.mp4\",\"contentType\":\"video/mp4\",\"size\":$size,\"purpose\":\"video-upload\"}")
  [ "$(jq -r '.url // empty' <<< "$ticket")" ] || { echo "expected a single presigned PUT (the file is $size bytes): $ticket" >&2; exit 1; }
  headers=()
  while IFS= read -r header; do headers+=(-H "$header"); done < <(jq -r '.headers // {} | to_entries[] | "\(.key): \(.value)"' <<< "$ticket")
  curl -sSf -X PUT "$(jq -r .url <<< "$ticket")" "${headers[@]}" --data-binary "@$source_file" -o /dev/null
  reset_peak
  cpu_before=$(cpu "$generation_pid")
  started=$(now)
  file=$(curl -sSf -X POST "$media/api/uploads/$(jq -r .uploadId <<< "$ticket")/complete" "${auth[@]}" -H 'Content-Type: application/json' -d '{}' | jq -r .id)
  while true; do
    sign_in
    view=$(curl -sSf "$media/api/files/$file" "${auth[@]}")
    status=$(jq -r .status <<< "$view")
    [ "$status" = processing ] || break
    sleep 0.5
  done
  finished=$(now)
  [ "$status" = available ] || { echo "the upload is $status: $view" >&2; exit 1; }
  sign_in
  generation_view=$(curl -sSf "$generation/api/generations/$file" "${auth[@]}")
  job_seconds=$(seconds_between "$(iso_seconds "$(jq -r .startedAt <<< "$generation_view")")" "$(iso_seconds "$(jq -r .completedAt <<< "$generation_view")")")
  rows+=("| ${upload_seconds} s 1920x1080 upload → HLS ladder available in media-api (job alone: ${job_seconds} s) | $(seconds_between "$started" "$finished") | $(cpu_between "$cpu_before" "$(cpu "$generation_pid")") | $(megabytes VmHWM) | $(load) |")

  log "The transcoder's ffmpeg commands run directly on the same file (load average $(load))"
  raw="$work/raw"
  mkdir -p "$raw"
  # The job's workspace folder in the logged commands becomes $raw; the source is copied to the name the job gave it.
  mapfile -t commands < <(grep -o 'Running [^ ]*ffmpeg .*/transcode-.*' "$work/generation.log" | sed 's/^Running //')
  [ ${#commands[@]} -eq 2 ] || { echo "expected the transcode and thumbnail commands in the log:" >&2; tail -n 40 "$work/generation.log" >&2; exit 1; }
  folder=$(grep -o -- "-i [^ ]*" <<< "${commands[0]}" | head -1 | cut -d' ' -f2 | tr -d "'" | xargs dirname)
  for i in 0 1; do commands[$i]=${commands[$i]//"$folder"/"$raw"}; done
  cp "$source_file" "$(grep -o -- "-i [^ ]*" <<< "${commands[0]}" | head -1 | cut -d' ' -f2 | tr -d "'")"
  grep -o "$raw/hls[^/]*" <<< "${commands[0]}" | sort -u | xargs mkdir -p
  cpu_before=$(cpu $$)
  started=$(now)
  ffprobe -v error -show_format -show_streams -of json "$source_file" > /dev/null
  eval "${commands[0]}" > /dev/null
  eval "${commands[1]}" > /dev/null
  finished=$(now)
  rows+=("| the same ffprobe + HLS ladder + thumbnail run directly by ffmpeg | $(seconds_between "$started" "$finished") | $(cpu_between "$cpu_before" "$(cpu $$)") | – | $(load) |")
fi

echo
echo "generation-api resident memory when idle: $idle MiB"
echo
echo "| run | wall (s) | CPU user + system (s) | generation-api peak RSS (MiB) | load average (1, 5, 15 min) at the end |"
echo "| --- | ---: | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"
[ "$upload_seconds" = 0 ] || printf '\nThe transcoder'"'"'s command: %s\n' "${commands[0]}"
