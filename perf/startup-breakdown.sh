#!/usr/bin/env bash
# Interleaved first-frame runs of already-published scene programs, for comparing start-up builds:
#   perf/startup-breakdown.sh [-n RUNS] [--mode raster-window|gl|vulkan] [--cold] [--raster-first] PROGRAM...
# --mode runs them in a window on an Xvfb of the script's own (start ends when the first frame is on the
# X server: the driver finished and one pixel read back with XGetImage); --cold starts a fresh Xvfb before every
# run (the first window after the server's boot); --raster-first (gl, vulkan) passes --raster-first to every
# program: the toolkit shows its first frame from the CPU while the GPU backend is made on a worker and also
# reports gpu_ms (its first GPU frame on the screen); the raw floor ignores it (no back buffer to hand over).
# A PROGRAM may carry its own options after a space, quoted as one argument, to compare variants in one interleaved
# run: perf/startup-breakdown.sh --mode gl /tmp/before/Skia.Trader.SceneBench "artifacts/perf/toolkit-aot/Skia.Trader.SceneBench --raster-first"
# e.g. perf/startup-breakdown.sh -n 20 /tmp/before/Skia.Trader.SceneBench artifacts/perf/toolkit-aot/Skia.Trader.SceneBench \
#        artifacts/perf/raw-aot/Skia.Trader.SceneRaw
# Each run: SCENE_LAUNCH_EPOCH (launcher clock) + `--first-frame --verbose`, under `perf stat -e task-clock`
# for the process's CPU time. Prints per program the medians of start (and its minimum), CPU ms, peak RSS
# and every start-up phase of the --verbose breakdown. On a loaded machine read CPU and RSS: the wall
# clock also counts waiting for a core. Needs `perf` (linux-perf).
set -euo pipefail
runs=10; mode=headless; cold=0; extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    --mode) case "${2:-}" in headless|raster-window|gl|vulkan) mode=$2; shift 2 ;; *) echo "error: --mode takes headless, raster-window, gl or vulkan" >&2; exit 2 ;; esac ;;
    --cold) cold=1; shift ;;
    --raster-first) extra+=(--raster-first); shift ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: perf/startup-breakdown.sh [-n RUNS] [--mode raster-window|gl|vulkan] [--cold] [--raster-first] PROGRAM..." >&2; exit 2; }
if [ ${#extra[@]} -gt 0 ] && [ "$mode" != gl ] && [ "$mode" != vulkan ]; then echo "error: --raster-first needs --mode gl or vulkan" >&2; exit 2; fi
command -v perf >/dev/null || { echo "error: perf (linux-perf) is not installed" >&2; exit 1; }
XVFB_PID=""
fresh_display() {
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; XVFB_PID=""; fi
  unset DISPLAY
  ensure_display >/dev/null 2>&1
}
if [ "$mode" != headless ]; then
  source "$(dirname "$0")/../.ci/setup.sh"
  set +e; set -uo pipefail
  fresh_display
fi
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)  runs=$runs  mode=$mode  cold=$cold"
for i in $(seq "$runs"); do
  for p in "$@"; do
    [ "$cold" = 1 ] && fresh_display
    read -ra cmd <<< "$p"
    out=$(SCENE_LAUNCH_EPOCH=$EPOCHREALTIME perf stat -x, -e task-clock "${cmd[@]}" --first-frame --verbose --mode "$mode" "${extra[@]}" 2>&1)
    printf '%s|%s|%s\n' "$p" "$(printf '%s' "$out" | tr '\n' ' ')" "$(printf '%s\n' "$out" | grep task-clock | cut -d, -f1)"
  done
done | python3 -c '
import re, statistics as st, sys
from collections import defaultdict
rows = defaultdict(list)
for line in sys.stdin:
    program, text, cpu = line.rstrip("\n").rsplit("|", 2)
    rows[program].append((text, float(cpu)))
phases = ["runtime start", "feed prefill", "fonts", "tree build", "surface", "window", "layout", "first render", "on screen", "gpu"]
for program, runs in rows.items():
    starts = [float(re.search(r"\"start_ms\":([0-9.]+)", t).group(1)) for t, _ in runs]
    rss = [float(re.search(r"\"peak_rss_mb\":([0-9.]+)", t).group(1)) for t, _ in runs]
    gpu = [float(m.group(1)) for t, _ in runs for m in [re.search(r"\"gpu_ms\":([0-9.]+)", t)] if m]
    parts = []
    for phase in phases:
        values = [float(m.group(1)) for t, _ in runs for m in [re.search(re.escape(phase) + r" ([0-9.]+) ms", t)] if m]
        if values: parts.append(f"{phase} {st.median(values):.1f}")
    print(f"{program}: start {st.median(starts):.1f} (min {min(starts):.1f}) ms, cpu {st.median([c for _, c in runs]):.1f} ms, "
          + (f"gpu frame on screen {st.median(gpu):.1f} (min {min(gpu):.1f}) ms, " if gpu else "")
          + f"peak rss {st.median(rss):.2f} MB, n={len(runs)} | " + ", ".join(parts))
'
