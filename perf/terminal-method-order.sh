#!/usr/bin/env bash
# The method order of the terminal's NativeAOT executable (perf/terminal-method-order.txt, which terminal/publish.sh
# hands to ILC as IlcOrderFile with --method-layout:explicit and --file-layout:methodorder): the methods that
# `skia-trader --headless-test` runs, placed first and together, so that the start touches a few hundred KB of code
# instead of pages spread over the whole 8 MB code section (perf/README.md, "Method order ... (u-startup)").
#   perf/terminal-method-order.sh               publish (terminal/publish.sh), run --headless-test under callgrind, write the file
#   perf/terminal-method-order.sh --no-publish  use the last publish (artifacts/release/publish and its ILC object file)
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
(cd "$(dirname "$exe")" && valgrind --tool=callgrind --dump-instr=yes --compress-pos=no --compress-strings=no \
  --callgrind-out-file="$work/callgrind.out" ./skia-trader --headless-test) >"$work/run.log" 2>&1 \
  || { cat "$work/run.log" >&2; echo "error: --headless-test failed under valgrind" >&2; exit 1; }
python3 perf/terminal-method-order.py "$exe" "$obj" "$work/callgrind.out" > "$work/order.txt"
mv "$work/order.txt" perf/terminal-method-order.txt
echo "perf/terminal-method-order.txt: $(wc -l < perf/terminal-method-order.txt) method names"
