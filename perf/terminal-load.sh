#!/usr/bin/env bash
# terminal-load.sh: issue 13's load figure. The simulator runs as its own process with 5 symbols (BTCUSDT, ETHUSDT,
# BNBUSDT, SOLUSDT, ETHBTC) at 1,000 book-changing actions per symbol per second (--depth-updates-per-second), and the
# real terminal (skia-trader, JIT Release, --exchange URL, headless raster at 60 Hz unless --window) follows all five:
# diff depth @100ms, trades, book tickers and 24 h tickers of each, every book kept in sync. After SECONDS of steady
# frames (the terminal counts frames from 5 s after it attached, so it runs SECONDS + 5) it exits, and this prints what
# its exit log says (terminal/Skia.Trader/Production: FrameLoadMeter, ScreenTelemetry, data age) and what the simulator
# changed:
#   feed messages/s received per symbol (and the depth diffs among them), the simulator's book updates/s per symbol,
#   steady frames shown / dropped, render p50/p99/max (wall), frame work p50/p99/max (UI-thread CPU per frame),
#   the gaps between frames (wall) and the refreshes that passed without a new frame (an upper bound; 'dropped' counts
#   only renders longer than a refresh, a lower bound), and the exact figure between them: how long each new snapshot
#   or trade batch waited for the frame that showed it (skia.toolkit.snapshot.wait), 'late' when past 1.5 refreshes,
#   bytes allocated per steady frame, the terminal's CPU (user + sys) and peak RSS, data age on screen p50/p99.
# Usage: perf/terminal-load.sh [SECONDS (default 60)] [--window] [--rate N (default 1000)] [--no-build]
#        [--trace DIR]  also record the terminal with dotnet-trace (perf/profile-terminal.sh uses it)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60; window=0; rate=1000; build=1; trace=""
while [ $# -gt 0 ]; do
  case "$1" in
    --window) window=1; shift ;;
    --rate) rate="${2:-}"; shift 2 ;;
    --no-build) build=0; shift ;;
    --trace) trace="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *)
      if [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ]; then seconds="$1"; shift
      else echo "error: unknown argument '$1' (usage: perf/terminal-load.sh [SECONDS] [--window] [--rate N] [--no-build] [--trace DIR])" >&2; exit 64; fi ;;
  esac
done
[[ "$rate" =~ ^[0-9]+$ ]] && [ "$rate" -ge 1 ] || { echo "error: --rate needs a whole number of updates per second >= 1" >&2; exit 64; }
symbols=BTCUSDT,ETHUSDT,BNBUSDT,SOLUSDT,ETHBTC
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "$build" = 1 ]; then
  dotnet build terminal/Skia.Trader.Exchange.Host -c Release -nologo -v:q -clp:ErrorsOnly >&2
  dotnet build terminal/Skia.Trader -c Release -nologo -v:q -clp:ErrorsOnly >&2
fi
home="$(mktemp -d -t skia-trader-load-XXXXXX)"
sim_pid=""
cleanup() {
  if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
  rm -rf "$home"
}
trap cleanup EXIT

# The simulator, in its own process; its first line says where it listens.
dotnet terminal/Skia.Trader.Exchange.Host/bin/Release/net10.0/Skia.Trader.Exchange.dll --port 0 --symbols "$symbols" \
  --depth-updates-per-second "$rate" >"$home/sim.out" 2>"$home/sim.err" &
sim_pid=$!
for _ in $(seq 1 600); do
  grep -q 'listening on' "$home/sim.out" 2>/dev/null && break
  kill -0 "$sim_pid" 2>/dev/null || { echo "error: the simulator did not start:" >&2; cat "$home/sim.err" >&2; exit 1; }
  sleep 0.1
done
url=$(sed -n 's/^Skia.Trader.Exchange listening on //p' "$home/sim.out" | head -1)
[ -n "$url" ] || { echo "error: the simulator printed no address" >&2; exit 1; }

update_ids() {
  local s id
  for s in ${symbols//,/ }; do
    id=$(curl -s "${url}api/v3/depth?symbol=$s&limit=1" | sed -n 's/.*"lastUpdateId":\([0-9]*\).*/\1/p')
    printf '%s ' "${id:-0}"
  done
}
sim_cpu() { awk '{print $14 + $15}' "/proc/$sim_pid/stat"; }

cmd=(dotnet terminal/Skia.Trader/bin/Release/net10.0/skia-trader.dll --exchange "$url" --symbols "$symbols" --exit-after "$((seconds + 5))")
if [ "$window" = 1 ]; then
  # shellcheck disable=SC1091
  source .ci/setup.sh
  if [ -z "${DISPLAY:-}" ] || ! xdpyinfo >/dev/null 2>&1; then
    ensure_display
    # ensure_display's EXIT trap stops its Xvfb; keep ours (the simulator, the temporary directory) as well.
    trap 'cleanup; kill "${XVFB_PID:-}" 2>/dev/null || true' EXIT
  fi
  cmd+=(--window)
else
  cmd+=(--headless)
fi
if [ -n "$trace" ]; then
  mkdir -p "$trace"
  cmd=(perf/.tools/dotnet-trace collect --profile dotnet-common,dotnet-sampled-thread-time -o "$trace/terminal-load.nettrace" -- "${cmd[@]}")
fi

start_ids=$(update_ids); start_sim_cpu=$(sim_cpu); start=$(date +%s.%N)
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  load=$(cut -d' ' -f1-3 /proc/loadavg)  simulator $url: $symbols at $rate depth updates/s each; terminal: ${cmd[*]:0:3} ... ($([ "$window" = 1 ] && echo window || echo headless))"
XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" "${cmd[@]}" >"$home/terminal.out" 2>"$home/terminal.err" \
  || { echo "error: skia-trader failed:" >&2; cat "$home/terminal.err" >&2; exit 1; }
end=$(date +%s.%N); end_ids=$(update_ids); end_sim_cpu=$(sim_cpu)
log="$home/state/skia-trader/log/skia-trader.log"
[ -f "$log" ] || { echo "error: the terminal wrote no log ($log)" >&2; cat "$home/terminal.err" >&2; exit 1; }

# The simulator's side: how fast the five books really changed (lastUpdateId counts every level change).
python3 - "$start" "$end" "$symbols" "$start_ids" "$end_ids" "$start_sim_cpu" "$end_sim_cpu" "$(getconf CLK_TCK)" <<'EOF'
import sys
start, end, symbols, a, b, c0, c1, tck = sys.argv[1:]
secs = float(end) - float(start)
a = [int(x) for x in a.split()]; b = [int(x) for x in b.split()]
parts = [f"{s} {(y - x) / secs:.0f}/s" for s, x, y in zip(symbols.split(","), a, b)]
print(f"simulator book updates (level changes, lastUpdateId): {', '.join(parts)} over {secs:.1f} s; simulator CPU {(int(c1) - int(c0)) / int(tck):.1f} s")
EOF
grep -hE '\] (feed |steady frames|process: |data age on screen)' "$log" | sed 's/^[^]]*\] //'
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
if [ -n "$trace" ]; then echo "trace: $trace/terminal-load.nettrace"; fi
