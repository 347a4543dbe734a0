#!/usr/bin/env bash
# Where the terminal's NativeAOT executable's bytes go, by assembly: publishes the release package with ILC's map
# (terminal/publish.sh --map, so with the release's switches) and sums the map's nodes by assembly (perf/aot-size.py).
#   perf/aot-size.sh                        publish, then the table
#   perf/aot-size.sh --no-simulator         the same for the package without the in-process simulator
#   perf/aot-size.py artifacts/release/skia-trader.map.xml [--top N] [--kinds] [--ns PREFIX]   the table again, or deeper
set -euo pipefail
cd "$(dirname "$0")/.."
terminal/publish.sh --map "$@"
map=artifacts/release/skia-trader.map.xml
for a in "$@"; do [ "$a" != --no-simulator ] || map=artifacts/release/skia-trader-no-simulator.map.xml; done
python3 perf/aot-size.py "$map"
