#!/usr/bin/env bash
# Interleaved first-frame runs of already-published scene programs, for comparing start-up builds:
#   perf/startup-breakdown.sh [-n RUNS] PROGRAM...
# e.g. perf/startup-breakdown.sh -n 20 /tmp/before/Skia.Trader.SceneBench artifacts/perf/toolkit-aot/Skia.Trader.SceneBench \
#        artifacts/perf/raw-aot/Skia.Trader.SceneRaw
# Each run: SCENE_LAUNCH_EPOCH (launcher clock) + `--first-frame --verbose`, under `perf stat -e task-clock`
# for the process's CPU time. Prints per program the medians of start (and its minimum), CPU ms, peak RSS
# and every start-up phase of the --verbose breakdown. On a loaded machine read CPU and RSS: the wall
# clock also counts waiting for a core. Needs `perf` (linux-perf).
set -euo pipefail
runs=10
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: perf/startup-breakdown.sh [-n RUNS] PROGRAM..." >&2; exit 2; }
command -v perf >/dev/null || { echo "error: perf (linux-perf) is not installed" >&2; exit 1; }
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)  runs=$runs"
for i in $(seq "$runs"); do
  for p in "$@"; do
    out=$(SCENE_LAUNCH_EPOCH=$EPOCHREALTIME perf stat -x, -e task-clock "$p" --first-frame --verbose 2>&1)
    printf '%s|%s|%s\n' "$p" "$(printf '%s' "$out" | tr '\n' ' ')" "$(printf '%s\n' "$out" | grep task-clock | cut -d, -f1)"
  done
done | python3 -c '
import re, statistics as st, sys
from collections import defaultdict
rows = defaultdict(list)
for line in sys.stdin:
    program, text, cpu = line.rstrip("\n").rsplit("|", 2)
    rows[program].append((text, float(cpu)))
phases = ["runtime start", "feed prefill", "fonts", "tree build", "surface", "layout", "first render"]
for program, runs in rows.items():
    starts = [float(re.search(r"\"start_ms\":([0-9.]+)", t).group(1)) for t, _ in runs]
    rss = [float(re.search(r"\"peak_rss_mb\":([0-9.]+)", t).group(1)) for t, _ in runs]
    parts = []
    for phase in phases:
        values = [float(m.group(1)) for t, _ in runs for m in [re.search(re.escape(phase) + r" ([0-9.]+) ms", t)] if m]
        if values: parts.append(f"{phase} {st.median(values):.1f}")
    print(f"{program}: start {st.median(starts):.1f} (min {min(starts):.1f}) ms, cpu {st.median([c for _, c in runs]):.1f} ms, "
          f"peak rss {st.median(rss):.2f} MB, n={len(runs)} | " + ", ".join(parts))
'
