#!/usr/bin/env bash
# The method order of the terminal's NativeAOT executable (perf/terminal-method-order.txt, which terminal/publish.sh
# hands to ILC as IlcOrderFile with --method-layout:explicit and --file-layout:methodorder): the methods that
# `skia-trader --headless-test` runs, placed first and together, so that the start touches a few hundred KB of code
# instead of pages spread over the whole 8 MB code section (perf/README.md, "Method order ... (u-startup)"). Only the
# code moves: --file-layout:methodorder leaves the data where it was (perf/README.md, u-rss2).
#   perf/terminal-method-order.sh               publish (terminal/publish.sh), run --headless-test under callgrind, write the file
#   perf/terminal-method-order.sh --no-publish  use the last publish (artifacts/release/publish and its ILC object file)
# The order is that of the published executable's methods; regenerate on a publish made with the list in use (a method
# list taken from a build with another list still names the same methods).
# The list comes from valgrind's callgrind (every instruction run, all threads), mapped to method symbols through ILC's
# object file (obj/.../native/skia-trader.o, which keeps the symbols the published executable was stripped of).
# Regenerate after changes to what the start runs; a stale list is still correct, only less compact (ILC ignores
# names it does not have and places unlisted methods after the listed ones).
set -euo pipefail
cd "$(dirname "$0")/.."
publish=1
case "${1:-}" in
  --no-publish) publish=0 ;;
  "") ;;
  *) echo "usage: perf/terminal-method-order.sh [--no-publish]" >&2; exit 2 ;;
esac
command -v valgrind >/dev/null || { echo "error: valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
[ "$publish" = 0 ] || terminal/publish.sh >&2
exe=artifacts/release/publish/skia-trader
obj=terminal/Skia.Trader/obj/Release/net10.0/linux-x64/native/skia-trader.o
[ -x "$exe" ] && [ -f "$obj" ] || { echo "error: $exe or $obj is missing (run without --no-publish)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# Two runs, the union of their methods: as a user starts it, and as perf/terminal-startup.sh launches it (with the
# launcher's clock in SKIA_TRADER_LAUNCH_EPOCH, its output into a pipe), whose start reads the clock differently.
for run in user launcher; do
  epoch=""; [ "$run" = launcher ] && epoch=$(date +%s.%N)
  (cd "$(dirname "$exe")" && env ${epoch:+SKIA_TRADER_LAUNCH_EPOCH=$epoch} valgrind --tool=callgrind --dump-instr=yes \
    --compress-pos=no --compress-strings=no --callgrind-out-file="$work/callgrind-$run.out" ./skia-trader --headless-test \
    2>"$work/run-$run.log" | cat >>"$work/run-$run.log") \
    || { cat "$work/run-$run.log" >&2; echo "error: --headless-test failed under valgrind" >&2; exit 1; }
done
python3 perf/terminal-method-order.py "$exe" "$obj" "$work/callgrind-user.out" "$work/callgrind-launcher.out" > "$work/order.txt"
mv "$work/order.txt" perf/terminal-method-order.txt
echo "perf/terminal-method-order.txt: $(wc -l < perf/terminal-method-order.txt) method names"
