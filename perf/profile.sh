#!/usr/bin/env bash
# Records a CPU profile of the reference scene (perf/SCENE.md), toolkit program, headless raster,
# JIT Release build: dotnet-trace samples every managed thread's stack (~100 Hz, the
# dotnet-sampled-thread-time profile) for the whole 10 s run. Writes the trace, converts it to
# speedscope (open the .speedscope.json at https://www.speedscope.app or in any speedscope viewer:
# the flame graph the Go seed got from pprof), and prints the top frames in text.
#   perf/profile.sh               profile, summary of the busiest thread's top 25 frames
#   perf/profile.sh --top 40      more frames
#   perf/profile.sh -o DIR        where the trace goes (default artifacts/profile/<UTC time>)
# dotnet-trace is installed as a local tool in perf/.tools (git-ignored), never globally.
set -euo pipefail
cd "$(dirname "$0")/.."
top=25; out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --top) top="$2"; shift 2 ;;
    -o) out="$2"; shift 2 ;;
    *) echo "usage: perf/profile.sh [--top N] [-o DIR]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Pinned so a profile taken today and one taken next month come from the same tool.
trace_version=10.0.750501
tools=perf/.tools
if [ ! -x "$tools/dotnet-trace" ] || ! "$tools/dotnet-trace" --version 2>/dev/null | grep -q "^${trace_version%.*}"; then
  echo "==> installing dotnet-trace $trace_version into $tools" >&2
  dotnet tool install --tool-path "$tools" dotnet-trace --version "$trace_version" >&2 \
    || dotnet tool update --tool-path "$tools" dotnet-trace --version "$trace_version" >&2
fi
command -v python3 >/dev/null || { echo "==> installing python3 (summarises the profile)" >&2; apt-get install -y -qq python3 >&2; }

proj=perf/Skia.Trader.SceneBench/Skia.Trader.SceneBench.csproj
name=$(basename "$proj" .csproj)
echo "==> building $name (Release, JIT)" >&2
dotnet build "$proj" -c Release -nologo -v:q -clp:ErrorsOnly >&2
binary=$(dirname "$proj")/bin/Release/net10.0/linux-x64/$name

out=${out:-artifacts/profile/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
trace=$out/scene.nettrace
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)"
echo "==> tracing $binary (10 s scene)" >&2
"$tools/dotnet-trace" collect --profile dotnet-common,dotnet-sampled-thread-time --show-child-io -o "$trace" -- "$binary" | tee "$out/scene.out" >&2

# The profile only counts if the scene ran to its documented end state.
expected="mid=29983.424431 last=29983.42 orders=10041"
last=$(grep -v '^\s*$' "$out/scene.out" | grep -v '^{' | grep '^mid=' | tail -1 || true)
[ "$last" = "$expected" ] || { echo "error: scene ended with '$last', expected '$expected'" >&2; exit 1; }

echo "==> converting to speedscope" >&2
"$tools/dotnet-trace" convert --format Speedscope -o "$out/scene.json" "$trace" >&2
# dotnet-trace names the converted file itself on some versions: find it.
speedscope=$(ls "$out"/*.speedscope.json | head -1)
echo "trace: $trace"
echo "speedscope: $speedscope"
python3 perf/speedscope_top.py "$speedscope" --top "$top"
