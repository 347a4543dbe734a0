#!/usr/bin/env bash
# Shows the toolkit's live counters (meter "Skia.Toolkit": frame time, dirty pixels, widgets drawn,
# frames, text-cache hits/misses, dispatcher queue, GC count) with dotnet-counters.
#   perf/counters.sh -p PID        watch a running toolkit program (refreshes every second)
#   perf/counters.sh               start the reference scene (toolkit, headless) and watch it
#   perf/counters.sh --csv FILE    start the scene, record the counters to FILE, print the last values
# dotnet-counters is installed as a local tool in perf/.tools (git-ignored), never globally.
set -euo pipefail
cd "$(dirname "$0")/.."
pid=""; csv=""
while [ $# -gt 0 ]; do
  case "$1" in
    -p) pid="$2"; shift 2 ;;
    --csv) csv="$2"; shift 2 ;;
    *) echo "usage: perf/counters.sh [-p PID | --csv FILE]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

counters_version=10.0.750501
tools=perf/.tools
if [ ! -x "$tools/dotnet-counters" ]; then
  echo "==> installing dotnet-counters $counters_version into $tools" >&2
  dotnet tool install --tool-path "$tools" dotnet-counters --version "$counters_version" >&2
fi

if [ -n "$pid" ]; then
  exec "$tools/dotnet-counters" monitor --counters Skia.Toolkit -p "$pid"
fi

proj=perf/Skia.Trader.SceneBench/Skia.Trader.SceneBench.csproj
name=$(basename "$proj" .csproj)
echo "==> building $name (Release, JIT)" >&2
dotnet build "$proj" -c Release -nologo -v:q -clp:ErrorsOnly >&2
binary=$(dirname "$proj")/bin/Release/net10.0/linux-x64/$name

if [ -z "$csv" ]; then
  exec "$tools/dotnet-counters" monitor --counters Skia.Toolkit -- "$binary"
fi
"$tools/dotnet-counters" collect --counters Skia.Toolkit --format csv --refresh-interval 1 -o "$csv" -- "$binary" >&2
# CSV rows: Timestamp,Provider,Counter Name,Counter Type,Mean/Increment. Print each counter's last row.
awk -F, 'NR > 1 { last[$3] = $0 } END { for (k in last) print last[k] }' "$csv" | sort -t, -k3
