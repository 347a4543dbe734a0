#!/usr/bin/env bash
# Keypress -> the frame that shows it, software side (issue 13): builds perf/Skia.Trader.TerminalPerf (JIT, Release)
# and runs its `keys` mode: the terminal's default screen in a 1440x900 headless raster window, 1,000 keypresses into the
# order ticket's quantity box after 200 warm-up presses, each timed from the key event to the end of the frame that
# shows it. One JSON line: avg, p50, p99, max (ms) and bytes allocated per press.
#   perf/terminal-keys.sh                 1,000 presses
#   perf/terminal-keys.sh --presses 5000
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build perf/Skia.Trader.TerminalPerf -c Release -nologo -v:q -clp:ErrorsOnly >&2
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  load=$(cut -d' ' -f1-3 /proc/loadavg)" >&2
dotnet perf/Skia.Trader.TerminalPerf/bin/Release/net10.0/Skia.Trader.TerminalPerf.dll keys "$@"
