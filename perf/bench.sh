#!/usr/bin/env bash
# Runs the BenchmarkDotNet suites (perf/Skia.Trader.Benchmarks) and leaves the reports in
# BenchmarkDotNet.Artifacts/results/. Extra arguments go to BenchmarkDotNet:
#   perf/bench.sh                          every suite, ShortRun job (minutes)
#   perf/bench.sh --filter '*TextPath*'    one suite
#   perf/bench.sh --job default            BenchmarkDotNet's full statistics (much longer)
#   perf/bench.sh --quick                  the scene frames timed in-process with a Stopwatch (seconds)
#   perf/bench.sh --quick-feed [rounds]    only the feed parsers, timed in-process (CPU time per message)
#   perf/bench.sh --quick-table [rounds]   only the 50,000-row live dashboard table, timed in-process (per frame)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build perf/Skia.Trader.Benchmarks/Skia.Trader.Benchmarks.csproj -c Release -nologo -v:q -clp:ErrorsOnly >&2
dll=perf/Skia.Trader.Benchmarks/bin/Release/net10.0/Skia.Trader.Benchmarks.dll
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${1:-}" = --quick ] || [ "${1:-}" = --quick-feed ] || [ "${1:-}" = --quick-table ]; then exec dotnet "$dll" "$@"; fi
case " $* " in *" --job "*) job=() ;; *) job=(--job short) ;; esac
case " $* " in *" --filter "*) filter=() ;; *) filter=(--filter '*') ;; esac
exec dotnet "$dll" "${filter[@]}" "${job[@]}" "$@"
