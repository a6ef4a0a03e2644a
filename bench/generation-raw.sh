#!/usr/bin/env bash
# The local generation pipeline's external work run directly, without .NET: for the scenes in a storyboard.tsv written by
# bench/Generation.Benchmarks (duration, title, narration per line), the same ffmpeg and espeak-ng commands the local
# providers run (bench/Generation.Benchmarks writes them to commands.log), scenes two at a time as the providers do on
# two cores, then the same one-pass composition with narration and burned-in captions, and the thumbnail.
# What the providers do in process has its closest ffmpeg equivalent here: the scene picture (SkiaSharp there; an ffmpeg
# gradient with the title drawn here), fitting narration to its scene (WAV arithmetic there; an ffmpeg pad here).
# A storyboard line may name, in a fourth column, the picture the pipeline drew for the scene (bench/pipeline.sh does):
# the gradient is still drawn (the picture's cost), but the clip moves over that picture, since x264's work depends on
# the pixels it encodes (a detailed picture costs about half as much again as a smooth gradient).
# With a fifth argument the work is ordered as generation-api's jobs order it (bench/pipeline.sh): every scene's picture
# and clip first, <parallel> at a time (the local provider's job slots), then every scene's narration, that many at a
# time (the final-video job speaks its lines FinalVideoJobHandler.Parallelism at a time), then the composition.
# Usage: bench/generation-raw.sh <storyboard.tsv> [width=1280] [height=720] [parallel=2] [narration parallel]
# Prints the wall time of each phase as Markdown rows; the work folder is removed at the end.
set -euo pipefail
storyboard=$(realpath "$1")
width=${2:-1280}
height=${3:-720}
parallel=${4:-2}
narration_parallel=${5:-}
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

mapfile -t durations < <(cut -f1 "$storyboard")
mapfile -t titles < <(cut -f2 "$storyboard")
mapfile -t narrations < <(cut -f3 "$storyboard")
mapfile -t pictures < <(cut -f4 "$storyboard")
count=${#durations[@]}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
calc() { awk "BEGIN { print $1 }"; }

# The Ken Burns move of scene $1 over $2 frames: the local clip generator's seven moves in turn, eased in and out.
zoompan() {
  local i=$1 frames=$2 last=$(( $2 - 1 )) e z x y
  e="(0.5-0.5*cos(PI*min(on/$last,1)))"
  case $(( i % 7 )) in
    0) z="1+(0.17)*$e";   x="0.5+(0.05)*$e"; y="0.5" ;;
    1) z="1.17";          x="0+(1)*$e";      y="0.5" ;;
    2) z="1.17+(-0.17)*$e"; x="0.55+(-0.05)*$e"; y="0.5" ;;
    3) z="1.17";          x="1+(-1)*$e";     y="0.5" ;;
    4) z="1+(0.22)*$e";   x="0.5+(0.5)*$e";  y="0.5+(-0.5)*$e" ;;
    5) z="1.17";          x="0.5";           y="1+(-1)*$e" ;;
    *) z="1.17";          x="0.5";           y="0+(1)*$e" ;;
  esac
  echo "zoompan=z='$z':x='(iw-iw/zoom)*($x)':y='(ih-ih/zoom)*($y)':d=$frames:s=${width}x${height}:fps=30"
}

# A scene's length on the timeline: its duration in whole frames at 30 fps.
scene_seconds() { awk -v s="${durations[$1]}" 'BEGIN { f = int(s * 30 + 0.5); printf "%.6f", (f < 1 ? 1 : f) / 30 }'; }

picture_and_clip() {
  local i=$1 seconds frames factor
  seconds=$(scene_seconds "$i")
  frames=$(awk -v s="$seconds" 'BEGIN { print int(s * 30 + 0.5) }')
  factor=$(( (2560 + width - 1) / width )); (( factor < 2 )) && factor=2
  # Picture: a gradient in the scene's colours with its title.
  printf '%s' "${titles[$i]}" > "title-$i.txt"
  ffmpeg -hide_banner -nostdin -y -loglevel error -f lavfi -i "gradients=s=${width}x${height}:c0=0x5a2e1f:c1=0xc8553d:c2=0xf2d0a4:seed=$i:d=1" \
    -vf "drawtext=fontfile=$font:textfile=title-$i.txt:fontsize=$(( height * 75 / 1000 )):x=w*0.1:y=h*0.1:fontcolor=white:shadowx=2:shadowy=2" \
    -frames:v 1 -update 1 "image-$i.png"
  # Clip: the local clip generator's commands (the clip, then its last frame decoded as the seed frame).
  local picture="image-$i.png"
  [ -n "${pictures[$i]:-}" ] && [ -f "${pictures[$i]}" ] && picture=${pictures[$i]}
  ffmpeg -hide_banner -nostdin -y -loglevel error -progress pipe:1 -nostats -i "$picture" \
    -f lavfi -i anullsrc=channel_layout=stereo:sample_rate=48000 \
    -filter_complex "[0:v]scale=$(( width * factor )):$(( height * factor )):force_original_aspect_ratio=increase:flags=bicubic,crop=$(( width * factor )):$(( height * factor )),setsar=1,$(zoompan "$i" "$frames"),format=yuv420p[v]" \
    -map '[v]' -map 1:a -t "$seconds" -c:v libx264 -preset veryfast -crf 20 -profile:v high -pix_fmt yuv420p -r 30 -g 30 -keyint_min 30 \
    -sc_threshold 0 -video_track_timescale 15360 -c:a aac -b:a 128k -ar 48000 -ac 2 -movflags +faststart "clip-$i.mp4" > /dev/null
  ffmpeg -hide_banner -nostdin -y -loglevel error -sseof "-$(calc "($seconds < 0.25) ? $seconds : 0.25")" -i "clip-$i.mp4" \
    -map 0:v:0 -an -update 1 "seed-$i.png"
}

narration() {
  local i=$1 seconds lead window spoken rate
  seconds=$(scene_seconds "$i")
  # Narration: espeak-ng at 175 words a minute, again faster if it overruns the scene's speaking window, then placed
  # after a short lead-in and padded to the scene's length.
  printf '%s' "${narrations[$i]}" > "narration-$i.txt"
  lead=$(calc "($seconds * 0.05 < 0.15) ? $seconds * 0.05 : 0.15")
  window=$(calc "$seconds - $lead - (($seconds * 0.08 < 0.25) ? $seconds * 0.08 : 0.25)")
  espeak-ng -v en-us -s 175 -w "espeak-$i.wav" -f "narration-$i.txt"
  spoken=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "espeak-$i.wav")
  if awk -v s="$spoken" -v w="$window" 'BEGIN { exit !(s > w) }'; then
    rate=$(awk -v s="$spoken" -v w="$window" 'BEGIN { r = int(175 * s / w * 1.04) + 1; print (r > 400 ? 400 : r) }')
    espeak-ng -v en-us -s "$rate" -w "espeak-$i.wav" -f "narration-$i.txt"
  fi
  ffmpeg -hide_banner -nostdin -y -loglevel error -i "espeak-$i.wav" \
    -af "silenceremove=start_periods=1:start_threshold=0.012,adelay=$(calc "$lead * 1000"):all=1,apad=whole_dur=$seconds,atrim=0:$seconds" "voice-$i.wav"
  echo "$seconds" > "length-$i.txt"
}

scene() { picture_and_clip "$1"; narration "$1"; }

# Runs "$1 <scene>" for every scene, at most $2 at a time; fails if any run failed.
each_scene() {
  local i failed=0
  for (( i = 0; i < count; i++ )); do
    "$1" "$i" &
    while (( $(jobs -rp | wc -l) >= $2 )); do wait -n || failed=1; done
  done
  while (( $(jobs -rp | wc -l) > 0 )); do wait -n || failed=1; done
  wait || failed=1
  return $failed
}

total=$(now)
start=$(now)
if [ -z "$narration_parallel" ]; then
  each_scene scene "$parallel"
  echo "| raw: images, clips, narration ($count scenes, $parallel at a time) | $(elapsed "$start") |"
else
  each_scene picture_and_clip "$parallel"
  echo "| raw: images and clips ($count scenes, $parallel at a time) | $(elapsed "$start") |"
  start=$(now)
  each_scene narration "$narration_parallel"
  echo "| raw: narration ($count lines, $narration_parallel at a time) | $(elapsed "$start") |"
fi

start=$(now)
offset=0
: > captions.srt
echo "ffconcat version 1.0" > timeline.ffconcat
inputs=() graph="" mix=""
for (( i = 0; i < count; i++ )); do
  length=$(cat "length-$i.txt")
  echo "file '$work/clip-$i.mp4'" >> timeline.ffconcat
  printf '%d\n%s --> %s\n%s\n\n' $(( i + 1 )) \
    "$(awk -v t="$offset" 'BEGIN { printf "%02d:%02d:%02d,%03d", t/3600, t%3600/60, t%60, (t-int(t))*1000 }')" \
    "$(awk -v t="$offset" -v l="$length" 'BEGIN { t += l - 0.3; printf "%02d:%02d:%02d,%03d", t/3600, t%3600/60, t%60, (t-int(t))*1000 }')" \
    "${narrations[$i]}" >> captions.srt
  inputs+=(-i "voice-$i.wav")
  graph+="[$(( i + 1 )):a]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo,adelay=delays=$(calc "int($offset * 1000 + 0.5)"):all=1[n$i];"
  mix+="[n$i]"
  offset=$(calc "$offset + $length")
done
ffmpeg -hide_banner -nostdin -y -loglevel error -progress pipe:1 -nostats -copyts \
  -f concat -safe 0 -segment_time_metadata 1 -i timeline.ffconcat "${inputs[@]}" \
  -filter_complex "[0:v]select=concatdec_select,setsar=1[base];[base]subtitles=filename=$work/captions.srt:fontsdir=/usr/share/fonts/truetype/dejavu:force_style=FontName=DejaVu Sans\,FontSize=17\,PrimaryColour=&H00FFFFFF\,OutlineColour=&H80000000\,BorderStyle=1\,Outline=1.5\,Shadow=0.5\,Alignment=2\,MarginV=18[captioned];[captioned]format=yuv420p[vout];[0:a]aselect=concatdec_select,aresample=48000:async=1:first_pts=0,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[bed];${graph}${mix}amix=inputs=$count:normalize=0:duration=longest[voice];[bed][voice]amix=inputs=2:normalize=0:duration=first[mixed];[mixed]alimiter=limit=0.95:level=0,apad[aout]" \
  -map '[vout]' -c:v libx264 -preset veryfast -crf 20 -profile:v high -pix_fmt yuv420p -r 30 -g 30 -keyint_min 30 -sc_threshold 0 \
  -video_track_timescale 15360 -map '[aout]' -c:a aac -b:a 160k -ar 48000 -ac 2 -t "$offset" -movflags +faststart final.mp4 > /dev/null
ffmpeg -hide_banner -nostdin -y -loglevel error -ss 3 -i final.mp4 -frames:v 1 -q:v 3 -update 1 thumbnail.jpg
echo "| raw: captions and final composition (burned captions, thumbnail) | $(elapsed "$start") |"
echo "| **raw: total** | $(elapsed "$total") |"
echo "| raw: final video | $(ffprobe -v error -show_entries format=duration -of csv=p=0 final.mp4) s |"
