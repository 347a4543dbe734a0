#!/usr/bin/env bash
# profile-terminal.sh: a flame graph of the terminal under the 5-symbol load (issue 15). Runs perf/terminal-load.sh
# (the simulator in its own process, 5 symbols at 1,000 depth updates/s each; skia-trader --exchange URL, JIT Release,
# headless raster) with the terminal under `dotnet-trace collect --profile dotnet-common,dotnet-sampled-thread-time`
# (every managed thread's stack at ~100 Hz), converts the trace to speedscope (open the .speedscope.json at
# https://www.speedscope.app, "Left Heavy" per thread, for the flame graph) and prints each busy thread's top frames
# (perf/speedscope_top.py: working time only, waits left out). dotnet-trace is installed into perf/.tools (git-ignored).
#   perf/profile-terminal.sh              30 s of steady load
#   perf/profile-terminal.sh 60 -o DIR    60 s, trace and speedscope in DIR (default artifacts/profile/terminal-<UTC time>)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=30; out=""; top=20
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="${2:-}"; shift 2 ;;
    --top) top="${2:-}"; shift 2 ;;
    *)
      if [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ]; then seconds="$1"; shift
      else echo "error: unknown argument '$1' (usage: perf/profile-terminal.sh [SECONDS] [-o DIR] [--top N])" >&2; exit 64; fi ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
trace_version=10.0.750501
tools=perf/.tools
if [ ! -x "$tools/dotnet-trace" ] || ! "$tools/dotnet-trace" --version 2>/dev/null | grep -q "^${trace_version%.*}"; then
  echo "==> installing dotnet-trace $trace_version into $tools" >&2
  dotnet tool install --tool-path "$tools" dotnet-trace --version "$trace_version" >&2 \
    || dotnet tool update --tool-path "$tools" dotnet-trace --version "$trace_version" >&2
fi
out=${out:-artifacts/profile/terminal-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
perf/terminal-load.sh "$seconds" --trace "$out" | tee "$out/load.txt"
echo "==> converting to speedscope" >&2
"$tools/dotnet-trace" convert --format Speedscope -o "$out/terminal-load.json" "$out/terminal-load.nettrace" >&2
speedscope=$(ls "$out"/*.speedscope.json | head -1)
# Name the threads that matter (the UI thread, the slot pump, the threads that ran the feed) and write compact JSON.
python3 - "$speedscope" <<'PY'
import json, sys
path = sys.argv[1]
doc = json.load(open(path))
names = [f["name"] for f in doc["shared"]["frames"]]
for profile in doc["profiles"]:
    seen = {names[e["frame"]] for e in profile.get("events", [])}
    roles = []
    if any("Program.<Main>" in n for n in seen): roles.append("UI thread")
    if any("TerminalScreen.Pump" in n for n in seen): roles.append("slot pump")
    if any("MarketDataFeed.Process" in n for n in seen): roles.append("market-data feed")
    if any("SocketAsyncEngine.EventLoop" in n for n in seen): roles.append("socket event loop")
    if roles: profile["name"] = profile["name"] + " — " + ", ".join(roles)
json.dump(doc, open(path, "w"), separators=(",", ":"))
PY
echo "speedscope: $speedscope ($(du -k "$speedscope" | cut -f1) KB)"
python3 perf/speedscope_top.py "$speedscope" --top "$top" --all-threads
