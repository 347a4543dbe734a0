#!/usr/bin/env bash
# Runs the reference scene (perf/SCENE.md) with both programs, alternating raw and toolkit, each
# RUNS times, and prints every run's JSON line, the medians and the ratios toolkit / raw.
#   perf/scene.sh            JIT (Release build), 3 runs each
#   perf/scene.sh -n 5       5 runs each
#   perf/scene.sh --aot      NativeAOT builds (published into artifacts/perf/ if missing)
#   perf/scene.sh --mode gl  both programs in a real 1280x800 window (raster-window, gl or vulkan), on
#                            an Xvfb of the script's own (Mesa llvmpipe / lavapipe: software renderers,
#                            so the gl/vulkan figures measure the path, not a GPU; raster-window draws
#                            on the CPU and puts pixels on the X server, what auto picks there);
#                            --mode headless is the default
# Each run takes 10 s plus start-up. Ratios come from runs interleaved in one invocation, so load
# from other processes on the machine hits both programs alike.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3; flavour=jit; mode=headless
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --aot) flavour=aot; shift ;;
    --jit) flavour=jit; shift ;;
    --mode)
      case "${2:-}" in headless|raster-window|gl|vulkan) mode="$2"; shift 2 ;; *) echo "error: --mode takes headless, raster-window, gl or vulkan" >&2; exit 2 ;; esac ;;
    *) echo "usage: perf/scene.sh [-n RUNS] [--aot|--jit] [--mode headless|raster-window|gl|vulkan]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

declare -A project=([raw]=perf/Skia.Trader.SceneRaw/Skia.Trader.SceneRaw.csproj
                    [toolkit]=perf/Skia.Trader.SceneBench/Skia.Trader.SceneBench.csproj)
declare -A binary
programs=()
for p in raw toolkit; do
  proj=${project[$p]}
  [ -f "$proj" ] || { echo "note: $proj does not exist; skipping $p" >&2; continue; }
  name=$(basename "$proj" .csproj)
  if [ "$flavour" = aot ]; then
    out=artifacts/perf/$p-aot   # the folder perf/startup.sh publishes to
    # Published if missing, or stale: any source of the scene, the toolkit, the terminal panels the toolkit scene uses or the props newer than it.
    if [ ! -x "$out/$name" ] || [ -n "$(find perf/Skia.Trader.Scene perf/Skia.Trader.SceneRaw perf/Skia.Trader.SceneBench toolkit/Skia.Toolkit \
         terminal/Skia.Trader.Ui terminal/Skia.Trader.Core terminal/Skia.Trader.Binance \
         perf/SceneProgram.props Directory.Build.props Directory.Packages.props \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) \
         -not -path '*/obj/*' -not -path '*/bin/*' -newer "$out/$name" -print -quit)" ]; then
      echo "==> publishing $name (NativeAOT)" >&2
      dotnet publish "$proj" -c Release -r linux-x64 -p:PublishAot=true -p:DebugType=none -o "$out" -nologo -v:q -clp:ErrorsOnly >&2
    fi
    binary[$p]=$out/$name
  else
    echo "==> building $name (Release, JIT)" >&2
    dotnet build "$proj" -c Release -nologo -v:q -clp:ErrorsOnly >&2
    binary[$p]=$(dirname "$proj")/bin/Release/net10.0/linux-x64/$name
  fi
  programs+=("$p")
done
[ ${#programs[@]} -gt 0 ] || { echo "error: no scene program to run" >&2; exit 1; }

XVFB_PID=""
if [ "$mode" != headless ]; then
  # An X server of our own (as ./test.sh starts one), not whatever DISPLAY a test run is using.
  source .ci/setup.sh
  unset DISPLAY
  ensure_display
fi

expected="mid=29983.424431 last=29983.42 orders=10041"
results=$(mktemp); trap 'rm -f "$results"; [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true' EXIT
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)  flavour=$flavour  mode=$mode"
[ "$mode" = headless ] || [ "$mode" = raster-window ] || echo "# $mode on Xvfb: Mesa llvmpipe/lavapipe render on the CPU, so these figures measure the windowed path, not a GPU; vsync off, the scene paces itself"
for i in $(seq 1 "$runs"); do
  for p in "${programs[@]}"; do
    out=$(SCENE_LAUNCH_EPOCH=$EPOCHREALTIME "${binary[$p]}" --mode "$mode")
    json=$(printf '%s\n' "$out" | grep '^{' | tail -1)
    last=$(printf '%s\n' "$out" | tail -1)
    [ "$last" = "$expected" ] || { echo "error: $p ended with '$last', expected '$expected'" >&2; exit 1; }
    echo "$json"
    echo "$p $json" >> "$results"
  done
done

# Flat JSON: pull one numeric field out of a line without needing jq.
field() { grep -o "\"$1\":[-0-9.eE]*" | head -1 | cut -d: -f2; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
stat() { grep "^$1 " "$results" | cut -d' ' -f2- | while read -r line; do printf '%s\n' "$line" | field "$2"; done | median; }

echo
printf '%-22s' "median over $runs runs"; for p in "${programs[@]}"; do printf '%14s' "$p"; done
[ ${#programs[@]} -eq 2 ] && printf '%16s' "toolkit/raw"; echo
for f in start_ms peak_rss_mb cpu_s frames_shown frames_dropped work_p50_ms work_p99_ms work_max_ms alloc_bytes_per_frame repainted_share moved_share offscreen_share; do
  printf '%-22s' "$f"
  vals=()
  for p in "${programs[@]}"; do v=$(stat "$p" "$f"); vals+=("$v"); printf '%14s' "$v"; done
  if [ ${#programs[@]} -eq 2 ]; then
    awk -v t="${vals[1]}" -v r="${vals[0]}" 'BEGIN { if (r+0 == 0) printf "%16s", "-"; else printf "%16.3f", t / r }'
  fi
  echo
done
