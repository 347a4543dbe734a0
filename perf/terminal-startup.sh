#!/usr/bin/env bash
# The terminal's start-up figures (issue 13): `skia-trader --headless-test` from the unpacked NativeAOT release package
# against the raw-Skia scene floor (perf/Skia.Trader.SceneRaw --first-frame, NativeAOT) in the same run, interleaved
# (floor, terminal, floor, terminal, ...) so machine load hits both alike; after one warm-up run of each.
#   perf/terminal-startup.sh             publish both (terminal/publish.sh; the floor with perf/startup.sh's flags), 10 runs each
#   perf/terminal-startup.sh -n 20       20 runs each
#   perf/terminal-startup.sh --no-publish   reuse artifacts/release/*.tar.gz and artifacts/perf/raw-aot
#   perf/terminal-startup.sh --no-publish --package P.tar.gz [--before B.tar.gz]   measure package P (e.g. the
#       --no-simulator one); with --before, a second package B runs interleaved too (floor, B, P, floor, B, P, ...)
#       and its figures are printed as a column "before": an A/B of two builds under the same load
# Page faults: minor + major of the whole run, to exit (wait4). Start: process start to the end of the first complete frame, from the launcher's clock (bash $EPOCHREALTIME read
# just before exec, handed over in SKIA_TRADER_LAUNCH_EPOCH / SCENE_LAUNCH_EPOCH). Peak RSS: each program's VmHWM
# after that frame (MB = 1,024 KB). CPU: user + system time of the whole run, to exit (wait4). Prints every run, then medians, the ratio terminal / floor and the package size.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10; publish=1; package=""; before=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="${2:-}"; shift 2 ;;
    --no-publish) publish=0; shift ;;
    --package) package="${2:-}"; shift 2 ;;
    --before) before="${2:-}"; shift 2 ;;
    *) echo "usage: perf/terminal-startup.sh [-n RUNS] [--no-publish] [--package P.tar.gz [--before B.tar.gz]]" >&2; exit 2 ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "error: -n takes a number of runs (1 or more), got '$runs'" >&2; exit 2 ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

raw=artifacts/perf/raw-aot
if [ "$publish" = 1 ]; then
  terminal/publish.sh >&2
  echo "==> publishing the raw floor (NativeAOT)" >&2
  log=$(mktemp)
  if ! dotnet publish perf/Skia.Trader.SceneRaw/Skia.Trader.SceneRaw.csproj -c Release -r linux-x64 -nologo -v:q -clp:ErrorsOnly \
      -p:DebugType=none -p:DebugSymbols=false -p:GenerateDocumentationFile=false -p:InvariantGlobalization=true \
      -p:UseSystemResourceKeys=true -p:ServerGarbageCollection=false -p:ConcurrentGarbageCollection=false \
      -p:PublishAot=true -p:StripSymbols=true -o "$raw" >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; echo "error: publishing the raw floor failed" >&2; exit 1
  fi
  rm -f "$log" "$raw"/*.dbg
fi
[ -n "$package" ] || package=$(ls artifacts/release/skia-trader-*-linux-x64.tar.gz 2>/dev/null | head -n 1)
[ -n "$package" ] && [ -f "$package" ] || { echo "error: no release package '$package' (run terminal/publish.sh)" >&2; exit 1; }
[ -z "$before" ] || [ -f "$before" ] || { echo "error: --before $before: no such package" >&2; exit 1; }
[ -x "$raw/Skia.Trader.SceneRaw" ] || { echo "error: $raw/Skia.Trader.SceneRaw is missing (run without --no-publish)" >&2; exit 1; }
unpacked=artifacts/perf/terminal-package
rm -rf "$unpacked"; mkdir -p "$unpacked"
tar -C "$unpacked" -xzf "$package"
terminal=$(ls -d "$unpacked"/skia-trader-*/)skia-trader
if [ -n "$before" ]; then
  rm -rf "$unpacked-before"; mkdir -p "$unpacked-before"
  tar -C "$unpacked-before" -xzf "$before"
  baseline=$(ls -d "$unpacked-before"/skia-trader-*/)skia-trader
fi

# One run: "start_ms rss_mb cpu_ms". Launched from Python so that the child's CPU time (user + system, to exit) comes
# from wait4 with microsecond resolution: under load the wall-clock start mostly measures waiting for a core, the CPU
# time what the program itself did. The launcher's clock is read just before the spawn, as bash's $EPOCHREALTIME is.
launch() { # VARIABLE DIR PROGRAM ARGS...
  python3 - "$@" <<'PY'
import os, sys, time
var, folder, prog, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
r, w = os.pipe()
os.chdir(folder)
env = dict(os.environ)
env[var] = "%.6f" % time.time()
pid = os.posix_spawn(prog, [prog] + args, env, file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)])
os.close(w)
out = b""
while chunk := os.read(r, 65536):
    out += chunk
_, status, usage = os.wait4(pid, 0)
sys.stdout.write(out.decode())
print("cpu_ms=%.2f" % ((usage.ru_utime + usage.ru_stime) * 1000))
print("faults=%d" % (usage.ru_minflt + usage.ru_majflt))
sys.exit(os.waitstatus_to_exitcode(status))
PY
}
run_floor() {
  local out
  out=$(launch SCENE_LAUNCH_EPOCH . "$raw/Skia.Trader.SceneRaw" --first-frame 2>/dev/null)
  printf '%s %s %s %s\n' "$(printf '%s' "$out" | grep -m1 '^{' | grep -o '"start_ms":[0-9.]*' | cut -d: -f2)" \
    "$(printf '%s' "$out" | grep -m1 '^{' | grep -o '"peak_rss_mb":[0-9.]*' | cut -d: -f2)" \
    "$(printf '%s' "$out" | sed -n 's/^cpu_ms=//p')" "$(printf '%s' "$out" | sed -n 's/^faults=//p')"
}
run_terminal() { # [EXECUTABLE]
  local out exe=${1:-$terminal}
  out=$(launch SKIA_TRADER_LAUNCH_EPOCH "$(dirname "$exe")" ./skia-trader --headless-test)
  printf '%s %s %s %s\n' "$(printf '%s' "$out" | sed -n 's/^start_ms=\([0-9.]*\) clock=launcher$/\1/p')" \
    "$(printf '%s' "$out" | sed -n 's/^peak_rss_mb=\([0-9.]*\)$/\1/p')" \
    "$(printf '%s' "$out" | sed -n 's/^cpu_ms=//p')" "$(printf '%s' "$out" | sed -n 's/^faults=//p')"
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)  runs=$runs"
run_floor >/dev/null; run_terminal >/dev/null   # warm-up: page cache, first-run effects
[ -z "$before" ] || run_terminal "$baseline" >/dev/null
fs=""; fr=""; fc=""; ff=""; ts=""; tr=""; tc=""; tf=""; ratios=""; bs=""; br=""; bc=""; bf=""
for i in $(seq 1 "$runs"); do
  read -r s1 r1 c1 f1 < <(run_floor)
  if [ -n "$before" ]; then
    read -r s0 r0 c0 f0 < <(run_terminal "$baseline")
    echo "run $i: before $s0 ms $r0 MB cpu $c0 ms faults $f0"
    bs+="$s0 "; br+="$r0 "; bc+="$c0 "; bf+="$f0 "
  fi
  read -r s2 r2 c2 f2 < <(run_terminal)
  [ -n "$s1" ] && [ -n "$s2" ] || { echo "error: run $i printed no figures (floor '$s1', terminal '$s2')" >&2; exit 1; }
  echo "run $i: floor $s1 ms $r1 MB cpu $c1 ms faults $f1, terminal $s2 ms $r2 MB cpu $c2 ms faults $f2"
  fs+="$s1 "; fr+="$r1 "; fc+="$c1 "; ff+="$f1 "; ts+="$s2 "; tr+="$r2 "; tc+="$c2 "; tf+="$f2 "
  ratios+="$(awk -v a="$s2" -v b="$s1" 'BEGIN { printf "%.3f", a / b }') "
done
mfs=$(printf '%s' "$fs" | median); mts=$(printf '%s' "$ts" | median)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %10s %10s\n' "" "floor" "terminal"
printf '%-28s %10s %10s\n' "start ms (median)" "$mfs" "$mts"
printf '%-28s %10s %10s\n' "start ms (min)" "$(printf '%s' "$fs" | tr ' ' '\n' | sed '/^$/d' | sort -g | head -n1)" "$(printf '%s' "$ts" | tr ' ' '\n' | sed '/^$/d' | sort -g | head -n1)"
printf '%-28s %10s %10s\n' "CPU ms to exit (median)" "$(printf '%s' "$fc" | median)" "$(printf '%s' "$tc" | median)"
printf '%-28s %10s %10s\n' "peak RSS MB (median)" "$(printf '%s' "$fr" | median)" "$(printf '%s' "$tr" | median)"
printf '%-28s %10s %10s\n' "page faults (median)" "$(printf '%s' "$ff" | median)" "$(printf '%s' "$tf" | median)"
if [ -n "$before" ]; then
  echo "before ($before): start median $(printf '%s' "$bs" | median) ms, min $(printf '%s' "$bs" | tr ' ' '\n' | sed '/^$/d' | sort -g | head -n1) ms, CPU median $(printf '%s' "$bc" | median) ms, peak RSS median $(printf '%s' "$br" | median) MB, page faults median $(printf '%s' "$bf" | median); $(stat -c %s "$before") bytes"
fi
echo "terminal / floor: $(awk -v a="$mts" -v b="$mfs" 'BEGIN { printf "%.2f", a / b }') (ratio of medians); per-run median $(printf '%s' "$ratios" | median)"
echo "package: $package $(stat -c %s "$package") bytes ($(awk -v b="$(stat -c %s "$package")" 'BEGIN { printf "%.2f", b / 1048576 }') MB)"
