#!/usr/bin/env bash
# Start-up, memory and size of the scene programs and the gallery, NativeAOT and JIT.
#   perf/startup.sh            publish all, 10 measured runs each (after one warm-up run)
#   perf/startup.sh -n 20      20 runs each
#   perf/startup.sh --no-publish   reuse artifacts/perf/*
# Publishes into artifacts/perf/<name>-<aot|jit>/ (NativeAOT: trimmed, InvariantGlobalization,
# UseSystemResourceKeys, workstation non-concurrent GC, no symbols; any AOT or trim warning fails
# the script). JIT is framework-dependent: its folder size excludes the shared .NET runtime.
# Each run goes to the first complete frame and exits (--first-frame); the program reports start
# (process start to first complete frame, from the launcher's clock, in a direct launch) and a
# second launch under /usr/bin/time -v reports peak RSS. Runs are interleaved across programs so that machine load hits all of them alike.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10; publish=1
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --no-publish) publish=0; shift ;;
    *) echo "usage: perf/startup.sh [-n RUNS] [--no-publish]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# NativeAOT links with clang and zlib; /usr/bin/time measures peak RSS.
missing=()
for p in clang zlib1g-dev time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing ${missing[*]}" >&2
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# name -> project; the gallery has no --first-frame report, so it is timed from launch to exit.
names=(raw toolkit gallery)
declare -A project=([raw]=perf/Skia.Trader.SceneRaw/Skia.Trader.SceneRaw.csproj
                    [toolkit]=perf/Skia.Trader.SceneBench/Skia.Trader.SceneBench.csproj
                    [gallery]=toolkit/samples/Gallery/Gallery.csproj)
declare -A args=([raw]="--first-frame" [toolkit]="--first-frame" [gallery]="--out /tmp/startup-gallery.png")
common=(-c Release -r linux-x64 -nologo -v:q -clp:ErrorsOnly -p:DebugType=none -p:DebugSymbols=false
        -p:GenerateDocumentationFile=false -p:InvariantGlobalization=true -p:UseSystemResourceKeys=true
        -p:ServerGarbageCollection=false -p:ConcurrentGarbageCollection=false)
log=$(mktemp); tmp=$(mktemp); trap 'rm -f "$log" "$tmp"' EXIT
targets=()
for n in "${names[@]}"; do
  proj=${project[$n]}
  [ -f "$proj" ] || { echo "note: $proj missing; skipping $n" >&2; continue; }
  exe=$(basename "$proj" .csproj)
  for flavour in aot jit; do
    out=artifacts/perf/$n-$flavour
    if [ "$publish" = 1 ]; then
      echo "==> publishing $n ($flavour)" >&2
      rm -rf "$out"
      if [ "$flavour" = aot ]; then
        extra=(-p:PublishAot=true -p:StripSymbols=true)
      else
        extra=(-p:PublishAot=false --self-contained false)
      fi
      if ! dotnet publish "$proj" "${common[@]}" "${extra[@]}" -o "$out" >"$log" 2>&1; then
        cat "$log" >&2; echo "error: publishing $n ($flavour) failed" >&2; exit 1
      fi
      # Native debug symbols (.dbg) are not shipped: they stay out of the measured folder.
      rm -f "$out"/*.dbg
      if grep -qE "warning (IL|AOT)[0-9]+" "$log"; then
        grep -E "warning (IL|AOT)[0-9]+" "$log" >&2; echo "error: $n ($flavour) has AOT/trim warnings" >&2; exit 1
      fi
    fi
    [ -x "$out/$exe" ] || { echo "error: $out/$exe missing" >&2; exit 1; }
    targets+=("$n-$flavour")
  done
done

# A run prints "start_ms rss_kb" (start_ms is "nan" where the program does not report it).
# Start and memory come from two launches: the start from a direct launch (the launcher's clock is read
# just before the program is exec'd, nothing in between), the peak RSS from a second launch under
# /usr/bin/time -v, whose own exec would otherwise add 3-6 ms to every start figure.
run_once() {
  local t=$1 n=${1%-*} exe; exe=$(basename "${project[${1%-*}]}" .csproj)
  local before after json start
  before=$EPOCHREALTIME
  if ! SCENE_LAUNCH_EPOCH=$before "artifacts/perf/$t/$exe" ${args[$n]} >"$log" 2>&1; then
    echo "fail"; return
  fi
  after=$EPOCHREALTIME
  json=$(grep -m1 '^{' "$log" || true)
  start=$(printf '%s' "$json" | grep -o '"start_ms":[0-9.]*' | cut -d: -f2 || true)
  [ -n "$start" ] || start=$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f*", (b - a) * 1000 }')
  if ! /usr/bin/time -v -o "$tmp" "artifacts/perf/$t/$exe" ${args[$n]} >"$log" 2>&1; then
    echo "fail"; return
  fi
  echo "$start $(grep 'Maximum resident set size' "$tmp" | awk '{print $NF}')"
}

declare -A starts rss failed
for t in "${targets[@]}"; do run_once "$t" >/dev/null; done   # warm-up: page cache, first-run effects
for i in $(seq 1 "$runs"); do
  for t in "${targets[@]}"; do
    r=$(run_once "$t")
    if [ "$r" = fail ]; then failed[$t]=1; continue; fi
    starts[$t]+="${r% *} "; rss[$t]+="${r#* } "
  done
done

median() { tr ' ' '\n' | sed '/^$/d' | tr -d '*' | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)  runs=$runs"
printf '%-16s %14s %14s %12s %12s\n' program "start ms (med)" "peak RSS MB" "folder MB" "tar.gz MB"
for t in "${targets[@]}"; do
  dir=artifacts/perf/$t
  size=$(du -sb "$dir" | awk '{printf "%.2f", $1/1048576}')
  gz=$(tar czf - -C "$dir" . | wc -c | awk '{printf "%.2f", $1/1048576}')
  if [ -n "${failed[$t]:-}" ]; then printf '%-16s %14s %14s %12s %12s\n' "$t" "did not run" "-" "$size" "$gz"; continue; fi
  s=$(printf '%s' "${starts[$t]}" | median)
  case "${starts[$t]}" in *'*'*) s="$s (to exit)";; esac
  m=$(printf '%s' "${rss[$t]}" | median | awk '{printf "%.2f", $1/1024}')
  printf '%-16s %14s %14s %12s %12s\n' "$t" "$s" "$m" "$size" "$gz"
done
