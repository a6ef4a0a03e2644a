#!/usr/bin/env bash
# Local generation benchmark: a 6-scene 30 s 720p video (storyboard → images → clips → narration → captions → final with
# narration and burned-in captions) made by the local providers in process (bench/Generation.Benchmarks), against the
# same ffmpeg and espeak-ng work run directly by bench/generation-raw.sh, alternately, for a number of rounds. Wall time
# depends on what else the machine runs; CPU time (user + system, children included) much less, so both are printed.
# Usage: bench/generation.sh [rounds=2] [scenes=6] [seconds=30]   Prints Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
rounds=${1:-2}
scenes=${2:-6}
seconds=${3:-30}

ensure_system
log "Building (Release)"
dotnet build bench/Generation.Benchmarks/Generation.Benchmarks.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
work=$(mktemp -d /tmp/aivideo-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

TIMEFORMAT='%R %U %S'
echo "| round | run | wall (s) | CPU user + system (s) |"
echo "| ---: | --- | ---: | ---: |"
for round in $(seq 1 "$rounds"); do
  log "Round $round: local providers in process"
  { time dotnet bench/Generation.Benchmarks/bin/Release/net10.0/Generation.Benchmarks.dll "$work/dotnet" "$scenes" "$seconds" > "$work/dotnet-$round.md"; } 2> "$work/dotnet-$round.time"
  log "Round $round: the same commands from bash"
  { time bench/generation-raw.sh "$work/dotnet/storyboard.tsv" > "$work/raw-$round.md"; } 2> "$work/raw-$round.time"
  for run in dotnet raw; do
    read -r wall user system < <(tail -n 1 "$work/$run-$round.time")
    echo "| $round | $run | $wall | $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') |"
  done
done
log "Steps of the last round"
cat "$work/dotnet-$rounds.md" "$work/raw-$rounds.md"
