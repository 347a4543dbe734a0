#!/usr/bin/env bash
# data-age.sh: the age of the data on the terminal's screen — the exchange's event time (E) to the end of the frame
# that shows it — against the in-process simulator on loopback. Builds the terminal, runs it headless for SECONDS
# (default 60) with its own config/log directories, and prints the figures it logs at exit (per symbol shown: frames,
# p50, p99, max).
# Usage: perf/data-age.sh [SECONDS] [extra skia-trader options, e.g. --symbols BTCUSDT,ETHUSDT,BNBUSDT]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
dotnet build terminal/Skia.Trader -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
home="$(mktemp -d -t skia-trader-data-age-XXXXXX)"
trap 'rm -rf "$home"' EXIT
XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" DOTNET_EnableDiagnostics=0 \
  dotnet terminal/Skia.Trader/bin/Release/net10.0/skia-trader.dll --headless --exit-after "$seconds" "$@" 2>"$home/stderr" \
  || { echo "skia-trader failed:"; cat "$home/stderr"; exit 1; }
grep -h 'data age on screen' "$home/state/skia-trader/log/skia-trader.log" | sed 's/^[^]]*\] //'
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
