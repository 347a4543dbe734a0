#!/usr/bin/env bash
# Samples the reference scene's NativeAOT toolkit program (headless raster, the whole 10 s run) with Linux
# perf, call graphs unwound through DWARF, so Skia's own functions (glyph blits, clears, clip iteration) show
# by name next to the toolkit's; perf/profile.sh (dotnet-trace) sees native code only as one block.
#   perf/profile-native.sh             top 40 by inclusive and by self time
#   perf/profile-native.sh --top 60    more lines
#   perf/profile-native.sh --mode gl   the scene in a GL (or vulkan) window on an Xvfb of the script's own; the driver's
#                                      threads (llvmpipe-N: rasterising, copies drawn as quads) are split out by thread
# The program is published with its symbols into artifacts/perf/toolkit-aot-prof (when missing or older than
# the sources). Needs `perf` (linux-perf) and kernel.perf_event_paranoid <= 2 for a process of your own.
set -euo pipefail
cd "$(dirname "$0")/.."
top=40; mode=headless
while [ $# -gt 0 ]; do
  case "$1" in
    --top) top="$2"; shift 2 ;;
    --mode) case "${2:-}" in headless|gl|vulkan|raster-window) mode="$2"; shift 2 ;; *) echo "error: --mode takes headless, gl, vulkan or raster-window" >&2; exit 2 ;; esac ;;
    *) echo "usage: perf/profile-native.sh [--top N] [--mode headless|gl|vulkan|raster-window]" >&2; exit 2 ;;
  esac
done
command -v perf >/dev/null || { echo "error: perf is not installed (apt-get install linux-perf)" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
proj=perf/Skia.Trader.SceneBench/Skia.Trader.SceneBench.csproj
out=artifacts/perf/toolkit-aot-prof
bin=$out/Skia.Trader.SceneBench
if [ ! -x "$bin" ] || [ -n "$(find perf/Skia.Trader.Scene perf/Skia.Trader.SceneBench toolkit/Skia.Toolkit perf/SceneProgram.props Directory.Build.props Directory.Packages.props \
     \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) -not -path '*/obj/*' -not -path '*/bin/*' -newer "$bin" -print -quit)" ]; then
  echo "==> publishing the toolkit scene (NativeAOT, symbols kept)" >&2
  dotnet publish "$proj" -c Release -r linux-x64 -p:PublishAot=true -p:StripSymbols=false -o "$out" -nologo -v:q -clp:ErrorsOnly >&2
fi
XVFB_PID=""
args=()
if [ "$mode" != headless ]; then
  source .ci/setup.sh
  unset DISPLAY
  ensure_display >&2
  args=(--mode "$mode")
fi
data=$(mktemp /tmp/scene-perf.XXXXXX); trap 'rm -f "$data"; [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true' EXIT
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)  mode=$mode"
scene=$(perf record -q -F 1000 --call-graph dwarf,16384 -o "$data" -- "$bin" "${args[@]}" 2>/dev/null)
printf '%s\n' "$scene" | head -1
expected="mid=29983.424431 last=29983.42 orders=10041"
[ "$(printf '%s\n' "$scene" | tail -1)" = "$expected" ] || { echo "error: the scene did not end in its documented state" >&2; exit 1; }
# head closes the pipe before perf report is done: SIGPIPE, which pipefail would turn into the script's exit (141).
echo "== inclusive (share of all samples of the process)"
perf report -i "$data" --children --sort sym --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | grep -v '\[k\]' | head -"$top" || true
if [ "$mode" != headless ]; then
  echo "== by thread and library (the driver's rasteriser threads are GPU work done on these CPUs)"
  perf report -i "$data" --no-children --sort comm,dso --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -12 || true
fi
echo "== self"
perf report -i "$data" --no-children --sort sym --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -"$top" || true
