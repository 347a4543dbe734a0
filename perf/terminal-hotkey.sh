#!/usr/bin/env bash
# Hotkey -> order bytes written to the socket (issue 13): builds perf/Skia.Trader.TerminalPerf (JIT, Release) and runs
# its `hotkey` mode: the simulator in-process on a loopback port, the terminal's default screen in a 1440x900 headless
# raster window on a real session to it, and 1,000 market orders after 100 warm-up, each fired by Ctrl+B / Ctrl+S
# (alternating) entering the UI root and timed from that key event to the completion of the socket write that carried
# the order's REST request. One JSON line: avg, p50, p99, max (wall ms), the UI thread's CPU over the key dispatch and
# bytes it allocated per order.
#   perf/terminal-hotkey.sh                 1,000 orders
#   perf/terminal-hotkey.sh --orders 5000
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build perf/Skia.Trader.TerminalPerf -c Release -nologo -v:q -clp:ErrorsOnly >&2
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  load=$(cut -d' ' -f1-3 /proc/loadavg)" >&2
dotnet perf/Skia.Trader.TerminalPerf/bin/Release/net10.0/Skia.Trader.TerminalPerf.dll hotkey "$@"
