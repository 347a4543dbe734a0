#!/usr/bin/env bash
# NativeAOT smoke run of the zero-allocation frame: publishes the toolkit scene (perf/SCENE.md) with
# NativeAOT if missing or stale (into artifacts/perf/toolkit-aot, the folder scene.sh and startup.sh use),
# runs it headless for a short while and fails unless it showed frames and allocated 0 B per frame.
# The JIT build's allocation tests cannot see what only NativeAOT allocates (an 8.8 KB/frame regression
# once showed only in perf/scene.sh --aot); this catches that in seconds. Needs clang (AOT linking).
#   perf/aot-smoke.sh            2-second run
#   perf/aot-smoke.sh -s 5       5-second run (1 to 10)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=2
while [ $# -gt 0 ]; do
  case "$1" in
    -s) seconds="${2:-}"; shift 2 ;;
    *) echo "usage: perf/aot-smoke.sh [-s SECONDS]" >&2; exit 2 ;;
  esac
done
case "$seconds" in [1-9]|10) ;; *) echo "error: -s takes 1 to 10 seconds, got '$seconds'" >&2; exit 2 ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v clang >/dev/null || { echo "error: clang is needed to link NativeAOT (apt-get install clang)" >&2; exit 2; }

proj=perf/Skia.Trader.SceneBench/Skia.Trader.SceneBench.csproj
out=artifacts/perf/toolkit-aot
bin=$out/Skia.Trader.SceneBench
if [ ! -x "$bin" ] || [ -n "$(find perf/Skia.Trader.Scene perf/Skia.Trader.SceneBench toolkit/Skia.Toolkit terminal/Skia.Trader.Ui terminal/Skia.Trader.Core terminal/Skia.Trader.Binance \
     perf/SceneProgram.props Directory.Build.props Directory.Packages.props \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) \
     -not -path '*/obj/*' -not -path '*/bin/*' -newer "$bin" -print -quit)" ]; then
  echo "==> publishing Skia.Trader.SceneBench (NativeAOT)" >&2
  dotnet publish "$proj" -c Release -r linux-x64 -p:PublishAot=true -p:DebugType=none -o "$out" -nologo -v:q -clp:ErrorsOnly >&2
fi

line=$("$bin" --seconds "$seconds" | head -n 1)
echo "$line"
alloc=$(printf '%s' "$line" | grep -oE '"alloc_bytes_per_frame":[^,]*' | cut -d: -f2)
frames=$(printf '%s' "$line" | grep -oE '"frames_shown":[0-9]+' | cut -d: -f2)
[ -n "$frames" ] && [ "$frames" -gt 0 ] || { echo "error: the AOT scene showed no frames" >&2; exit 1; }
if [ "$alloc" != "0" ]; then echo "error: the NativeAOT frame allocates $alloc B per frame (expected 0)" >&2; exit 1; fi
echo "ok: NativeAOT scene, $frames frames in ${seconds} s, 0 B per frame"
