#!/usr/bin/env bash
# The terminal's release package: NativeAOT, stripped, fonts embedded (Skia.Toolkit carries them as resources), one
# artifacts/release/skia-trader-<version>-linux-x64.tar.gz holding a folder of the same name:
#   skia-trader            the NativeAOT executable (symbols stripped)
#   libSkiaSharp.so        Skia and HarfBuzz (SkiaSharp's native builds, symbol tables stripped)
#   libHarfBuzzSharp.so
#   README.md              how to run it; licences/ the third-party licences (fonts, SkiaSharp, HarfBuzzSharp, the
#                          recorded market data of --headless-test)
#   terminal/publish.sh                 publish and pack
#   terminal/publish.sh --check         also unpack into an empty folder and run --headless-test from there, with
#                                       an empty environment (no .NET, no repository, no HOME): what a clean machine has;
#                                       under strace, that run opens no file of this checkout (fonts/ above all)
#   terminal/publish.sh --version V     the version in the file name and in `skia-trader --version` (default: git describe)
#   terminal/publish.sh --no-publish    pack (and check) what the last publish left in artifacts/release/publish
#   terminal/publish.sh --map           also keep ILC's map of the executable (artifacts/release/skia-trader.map.xml,
#                                       with its .ilc.rsp) for perf/aot-size.py: where the executable's bytes go
#   terminal/publish.sh --no-simulator  a package WITHOUT the in-process simulator (Skia.Trader.Exchange, Kestrel,
#                                       ASP.NET Core out of the executable): skia-trader-<version>-linux-x64-no-simulator.tar.gz,
#                                       published to artifacts/release/publish-no-simulator; its runs need --exchange
#                                       (--headless-test needs none). Not the default package: see perf/README.md (u-startup)
#   terminal/publish.sh --pie           a position-independent executable (ASLR for the executable's own code and data) with
#                                       NativeAOT's dehydrated runtime data, as before u-rss: ~4 MB more peak RSS and ~5 ms
#                                       more start CPU than the default (perf/README.md, u-rss)
# Any trim or AOT warning fails the script. Prints the package's path and size, and the publish time.
set -euo pipefail
cd "$(dirname "$0")/.."
check=0; publish=1; version=""; map=0; simulator=true; pie=false
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1; shift ;;
    --no-publish) publish=0; shift ;;
    --map) map=1; shift ;;
    --no-simulator) simulator=false; shift ;;
    --pie) pie=true; shift ;;
    --version) version="${2:-}"; [ -n "$version" ] || { echo "error: --version needs a value" >&2; exit 2; }; shift 2 ;;
    *) echo "usage: terminal/publish.sh [--check] [--no-publish] [--map] [--no-simulator] [--pie] [--version V]" >&2; exit 2 ;;
  esac
done
[ -n "$version" ] || version=$(git describe --tags --always --dirty 2>/dev/null || echo dev)
case "$version" in *[!A-Za-z0-9._+-]*) echo "error: --version '$version' may hold only letters, digits and . _ + -" >&2; exit 2 ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v clang >/dev/null || { echo "error: clang is needed to link NativeAOT (apt-get install clang zlib1g-dev)" >&2; exit 2; }
for tool in strip readelf gzip; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed (apt-get install binutils gzip)" >&2; exit 2; }
done

root=artifacts/release
out=$root/publish
name=skia-trader-$version-linux-x64
suffix=""
if [ "$simulator" = false ]; then out=$root/publish-no-simulator; suffix=-no-simulator; fi
package=$root/$name$suffix.tar.gz
mkdir -p "$root"
if [ "$publish" = 1 ]; then
  echo "==> publishing terminal/Skia.Trader with NativeAOT (version $version)" >&2
  rm -rf "$out"
  log=$(mktemp); trap 'rm -f "$log"' EXIT
  started=$SECONDS
  # The methods --headless-test runs, first and together (perf/terminal-method-order.sh made the list): the start
  # touches fewer code and data pages (perf/README.md, u-startup).
  order=""; [ -f perf/terminal-method-order.txt ] && order=$PWD/perf/terminal-method-order.txt
  # The link step is incremental on ILC's object only: without this, switching --pie alone could ship the last link.
  rm -f terminal/Skia.Trader/bin/Release/net10.0/linux-x64/native/skia-trader
  dehydrate=$pie
  # Size and start-up switches, each kept only where the terminal does not need what it removes:
  #   OptimizationPreference=Size   smaller code; the start path is I/O- and Skia-bound, not managed-code-bound
  #   UseSystemResourceKeys=true    no framework exception message texts (the terminal's own messages stay)
  #   EventSourceSupport=false      no EventSource/EventPipe (telemetry uses System.Diagnostics.Metrics, kept)
  #   non-concurrent workstation GC no background GC thread at start; steady-state frames allocate nothing
  #   IlcFoldIdenticalMethodBodies  one copy of methods whose machine code is identical (not only generic ones);
  #                                 a crash report's stack may name a folded twin of a trivial frame
  #   HttpActivityPropagationSupport=false  HttpClient starts no activity and injects no traceparent header; the
  #                                 terminal's order traces are its own ActivitySource (Skia.Trader.Telemetry)
  #   IlcDehydrate=false, PositionIndependentExecutable=false (unless --pie)  the runtime's data structures (type
  #                                 structures, dispatch maps, ...) stay in the file's .data, mapped, instead of being
  #                                 rehydrated into ~4.9 MB of anonymous memory before Main whatever the run uses: only the
  #                                 pages the start reads become resident (peak RSS -3.9 MB, start CPU -15 %). Not a PIE,
  #                                 because in a PIE ld.so would relocate the 7 MB of pointers in that data at every start
  #                                 and dirty all of it (+4 MB over the default). The price: the executable itself loads at
  #                                 a fixed address (its code and data not randomised; libraries, stack and heaps still
  #                                 are), weighed in perf/README.md (u-rss); --pie builds it the other way
  # Already on (ASP.NET Core's AOT defaults): JsonSerializerIsReflectionEnabledByDefault=false, Http3Support=false,
  # InvariantGlobalization (Directory.Build.props), DebuggerSupport=false. Kept: StackTraceSupport (crash reports),
  # MetricsSupport (telemetry). perf/README.md "Terminal package size, RSS and start (u-size)" has each one's effect.
  if ! dotnet publish terminal/Skia.Trader/Skia.Trader.csproj -c Release -r linux-x64 -nologo -v:q -clp:ErrorsOnly \
      -p:PublishAot=true -p:StripSymbols=true -p:DebugType=none -p:DebugSymbols=false -p:GenerateDocumentationFile=false \
      -p:OptimizationPreference=Size -p:UseSystemResourceKeys=true -p:EventSourceSupport=false \
      -p:ServerGarbageCollection=false -p:ConcurrentGarbageCollection=false \
      -p:IlcFoldIdenticalMethodBodies=true -p:HttpActivityPropagationSupport=false \
      -p:IlcDehydrate=$dehydrate -p:PositionIndependentExecutable=$pie \
      -p:IlcGenerateMapFile=$([ "$map" = 1 ] && echo true || echo false) \
      -p:SkiaTraderInProcessSimulator=$simulator ${order:+-p:IlcOrderFile="$order"} \
      -p:InformationalVersion="$version" -p:IncludeSourceRevisionInInformationalVersion=false \
      -o "$out" >"$log" 2>&1; then
    cat "$log" >&2; echo "error: publishing the terminal failed" >&2; exit 1
  fi
  if grep -qE "warning (IL|AOT)[0-9]+" "$log"; then
    grep -E "warning (IL|AOT)[0-9]+" "$log" | sort -u >&2; echo "error: the terminal has trim/AOT warnings" >&2; exit 1
  fi
  echo "==> published in $((SECONDS - started)) s" >&2
  if [ "$map" = 1 ]; then
    cp terminal/Skia.Trader/obj/Release/net10.0/linux-x64/native/skia-trader.map.xml "$root/skia-trader$suffix.map.xml"
    cp terminal/Skia.Trader/obj/Release/net10.0/linux-x64/native/skia-trader.ilc.rsp "$root/skia-trader$suffix.ilc.rsp"
    echo "==> map: $root/skia-trader$suffix.map.xml (perf/aot-size.py $root/skia-trader$suffix.map.xml)" >&2
  fi
fi
[ -x "$out/skia-trader" ] || { echo "error: $out/skia-trader is missing (publish first)" >&2; exit 1; }
elf=$(readelf -h "$out/skia-trader" | sed -n 's/^ *Type: *\([A-Z]*\).*/\1/p')
want=EXEC; [ "$pie" = true ] && want=DYN
[ "$elf" = "$want" ] || { echo "error: $out/skia-trader is an ELF $elf, expected $want (--pie builds a PIE; publish again with or without it)" >&2; exit 1; }

stage=$(mktemp -d); trap 'rm -rf "$stage" ${log:+"$log"}' EXIT
dir=$stage/$name
mkdir -p "$dir/licences"
cp "$out/skia-trader" "$dir/"
for lib in libSkiaSharp.so libHarfBuzzSharp.so; do
  [ -f "$out/$lib" ] || { echo "error: $out/$lib is missing" >&2; exit 1; }
  # SkiaSharp's and HarfBuzzSharp's builds keep their symbol tables (.symtab/.strtab, ~2.4 MB for Skia);
  # the dynamic symbols the executable binds to stay.
  strip --strip-unneeded -o "$dir/$lib" "$out/$lib"
done
nuget=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
skia=$(sed -n 's/.*"SkiaSharp.NativeAssets.Linux" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
harfbuzz=$(sed -n 's/.*"HarfBuzzSharp.NativeAssets.Linux" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
cp fonts/README.md "$dir/licences/fonts-README.md"
cp fonts/Inter-LICENSE.txt fonts/JetBrainsMono-LICENSE.txt "$dir/licences/"
cp toolkit/LICENSE.txt "$dir/licences/Skia.Toolkit-LICENSE.txt"
cp terminal/Skia.Trader/HeadlessTest/Snapshot/README.md "$dir/licences/market-snapshot-README.md"
for p in "skiasharp.nativeassets.linux/$skia:SkiaSharp" "harfbuzzsharp.nativeassets.linux/$harfbuzz:HarfBuzzSharp"; do
  src=$nuget/${p%%:*}
  cp "$src/LICENSE.txt" "$dir/licences/${p##*:}-LICENSE.txt"
  cp "$src/THIRD-PARTY-NOTICES.txt" "$dir/licences/${p##*:}-THIRD-PARTY-NOTICES.txt"
done
if [ "$simulator" = true ]; then
  runs="Run \`./skia-trader\`: it starts an exchange simulator on a free loopback port and opens the
terminal on it"
else
  runs="This build has no exchange simulator inside: run \`./skia-trader --exchange URL\` with the address of a running
simulator, or \`--exchange binance|binance-testnet\`"
fi
cat > "$dir/README.md" <<EOF
# Skia.Trader $version (linux-x64)

A trading terminal. $runs (needs a display; \`./skia-trader --help\` lists the options). \`./skia-trader --headless-test\` builds
the whole screen from a recorded market snapshot, renders one frame without a display and prints the start time and
peak memory. Needs glibc, fontconfig and, for a window, libglfw3 (GL or Vulkan).

Third-party licences are in licences/. This product includes software developed by Bryant Moscon
(http://www.bryantmoscon.com/): the recorded market snapshot, see licences/market-snapshot-README.md.
EOF
for f in "$dir/skia-trader" "$dir"/lib*.so; do
  if readelf -S --wide "$f" | grep -q '\.symtab'; then echo "error: $f still has a symbol table (not stripped)" >&2; exit 1; fi
done
rm -f "$root"/skia-trader-*-linux-x64$suffix.tar.gz
# A plain gzip stream either way (any gunzip reads it): pigz -11 is zopfli's deflate, 3-4 % smaller than gzip -9
# (libHarfBuzzSharp.so: 1,147,067 against 1,186,817 B) for about a minute of CPU; gzip -9 where pigz is missing.
if command -v pigz >/dev/null; then compress=(pigz -11 -I 5 -n); else compress=(gzip -9n); fi
tar -C "$stage" --owner=0 --group=0 --numeric-owner --sort=name -cf - "$name" | "${compress[@]}" > "$package"
bytes=$(stat -c %s "$package")
echo "$package $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1048576 }') MB); unpacked $(du -sb "$dir" | awk '{printf "%.2f", $1/1048576}') MB, skia-trader $(stat -c %s "$dir/skia-trader") bytes; ${compress[*]}"

if [ "$check" = 1 ]; then
  # A clean machine's layout: an empty folder, the tar.gz unpacked into it, no .NET on PATH, no repository, no HOME.
  empty=$(mktemp -d)
  tar -C "$empty" -xzf "$package"
  run=$(cd "$empty/$name" && env -i PATH=/usr/bin:/bin ./skia-trader --headless-test 2>&1) || { echo "$run" >&2; echo "error: --headless-test failed from the unpacked package" >&2; exit 1; }
  # Nothing of the repository is read (fonts/ above all): every file the run opens under this checkout is a dependency
  # a user's machine would not have. Checked where strace can trace (skipped, and said, where it cannot).
  if command -v strace >/dev/null && trace=$(cd "$empty/$name" && env -i PATH=/usr/bin:/bin strace -f -e trace=open,openat -o /dev/stdout ./skia-trader --headless-test 2>/dev/null); then
    used=$(printf '%s\n' "$trace" | grep -F "\"$PWD/" | grep -v ENOENT || true)
    [ -z "$used" ] || { printf '%s\n' "$used" >&2; echo "error: the unpacked package read files of the repository" >&2; exit 1; }
    echo "ok: the unpacked package opened no file of the repository ($PWD)"
  else
    echo "note: strace unavailable here; not checked that the package reads no file of the repository"
  fi
  rm -rf "$empty"
  printf '%s\n' "$run"
  printf '%s\n' "$run" | grep -qE '^start_ms=[0-9.]+ clock=' && printf '%s\n' "$run" | grep -qE '^peak_rss_mb=[0-9.]+$' \
    || { echo "error: --headless-test from the package did not print start_ms and peak_rss_mb" >&2; exit 1; }
  echo "ok: the unpacked package ran --headless-test in an empty folder with an empty environment"
fi
