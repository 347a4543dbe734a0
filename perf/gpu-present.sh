#!/usr/bin/env bash
# CPU per frame shown in a GL or Vulkan window: the reference scene (perf/SCENE.md) run as the raw-Skia
# floor, the toolkit of this tree and, with --before REV, the toolkit of another revision, interleaved in
# rounds (raw, toolkit, before, raw, ...) on an Xvfb of the script's own, NativeAOT.
#   perf/gpu-present.sh --mode vulkan              3 rounds
#   perf/gpu-present.sh --mode gl -n 5 --before main
# On a loaded machine the scene drops frames for lack of a core and cpu_s compares runs that showed different
# numbers of frames; CPU ms per frame shown (cpu_s / frames_shown) is the figure that survives, and ratios of
# runs interleaved in one invocation are the ones to quote. The load is printed with every round.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3; mode=""; before=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --mode) case "${2:-}" in gl|vulkan|raster-window) mode="$2"; shift 2 ;; *) echo "error: --mode takes gl, vulkan or raster-window" >&2; exit 2 ;; esac ;;
    --before) before="${2:-}"; [ -n "$before" ] || { echo "error: --before takes a git revision" >&2; exit 2; }; shift 2 ;;
    *) echo "usage: perf/gpu-present.sh --mode gl|vulkan|raster-window [-n RUNS] [--before REV]" >&2; exit 2 ;;
  esac
done
[ -n "$mode" ] || { echo "usage: perf/gpu-present.sh --mode gl|vulkan|raster-window [-n RUNS] [--before REV]" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# This tree's programs: perf/scene.sh publishes them (NativeAOT) when missing or stale; -n 0 runs nothing
# (and its summary of no runs exits non-zero, hence the || true; a failed publish shows its errors on stderr).
perf/scene.sh --aot -n 0 >/dev/null || true
declare -A binary=([raw]=artifacts/perf/raw-aot/Skia.Trader.SceneRaw [toolkit]=artifacts/perf/toolkit-aot/Skia.Trader.SceneBench)
for p in raw toolkit; do [ -x "${binary[$p]}" ] || { echo "error: ${binary[$p]} was not published" >&2; exit 1; }; done
programs=(raw toolkit)
if [ -n "$before" ]; then
  rev=$(git rev-parse --short "$before^{commit}") || { echo "error: '$before' is not a revision of this repository" >&2; exit 2; }
  tree=artifacts/perf/before-$rev
  if [ ! -x "$tree/out/Skia.Trader.SceneBench" ]; then
    echo "==> publishing Skia.Trader.SceneBench at $rev (NativeAOT) into $tree" >&2
    rm -rf "$tree"; mkdir -p "$tree/src"
    git archive "$rev" | tar -x -C "$tree/src"
    dotnet publish "$tree/src/perf/Skia.Trader.SceneBench/Skia.Trader.SceneBench.csproj" -c Release -r linux-x64 -p:PublishAot=true \
      -p:DebugType=none -o "$tree/out" -nologo -v:q -clp:ErrorsOnly >&2
  fi
  binary[before]=$tree/out/Skia.Trader.SceneBench
  programs+=(before)
fi

XVFB_PID=""
source .ci/setup.sh
unset DISPLAY
ensure_display
expected="mid=29983.424431 last=29983.42 orders=10041"
results=$(mktemp); trap 'rm -f "$results"; [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true' EXIT
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  mode=$mode  programs=${programs[*]}${before:+ (before = $before, $rev)}"
for i in $(seq 1 "$runs"); do
  echo "# round $i  load=$(cut -d' ' -f1-3 /proc/loadavg)"
  for p in "${programs[@]}"; do
    out=$(SCENE_LAUNCH_EPOCH=$EPOCHREALTIME "${binary[$p]}" --mode "$mode")
    json=$(printf '%s\n' "$out" | grep '^{' | tail -1)
    last=$(printf '%s\n' "$out" | tail -1)
    [ "$last" = "$expected" ] || { echo "error: $p ended with '$last', expected '$expected'" >&2; exit 1; }
    echo "$p $json"
    echo "$p $json" >> "$results"
  done
done

field() { grep -o "\"$1\":[-0-9.eE]*" | head -1 | cut -d: -f2; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
per_frame() { grep "^$1 " "$results" | cut -d' ' -f2- | while read -r line; do
  awk -v c="$(printf '%s' "$line" | field cpu_s)" -v f="$(printf '%s' "$line" | field frames_shown)" 'BEGIN { if (f > 0) printf "%.3f\n", c * 1000 / f }'; done; }
stat() { grep "^$1 " "$results" | cut -d' ' -f2- | while read -r line; do printf '%s\n' "$line" | field "$2"; done | median; }

echo
printf '%-28s' "median over $runs rounds"; for p in "${programs[@]}"; do printf '%12s' "$p"; done; echo
printf '%-28s' "cpu_ms_per_frame_shown"; for p in "${programs[@]}"; do printf '%12s' "$(per_frame "$p" | median)"; done; echo
for f in cpu_s frames_shown work_p50_ms repainted_share moved_share alloc_bytes_per_frame peak_rss_mb; do
  printf '%-28s' "$f"; for p in "${programs[@]}"; do printf '%12s' "$(stat "$p" "$f")"; done; echo
done
printf '%-28s' "per-round toolkit/raw"
paste -d' ' <(per_frame raw) <(per_frame toolkit) | awk '{ printf " %.3f", $2 / $1 } END { print "" }'
if [ -n "$before" ]; then
  printf '%-28s' "per-round toolkit/before"
  paste -d' ' <(per_frame before) <(per_frame toolkit) | awk '{ printf " %.3f", $2 / $1 } END { print "" }'
  printf '%-28s' "per-round before/raw"
  paste -d' ' <(per_frame raw) <(per_frame before) | awk '{ printf " %.3f", $2 / $1 } END { print "" }'
fi
