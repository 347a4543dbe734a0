#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, starts a virtual display
# (Xvfb) for the windowed tests, and runs all test projects.
#   UPDATE_GOLDENS=1 ./test.sh   rewrites golden images instead of comparing
#   ./test.sh --filter X         passes the filter to dotnet test (and skips the package check)
# Under CI (CI set) UPDATE_GOLDENS is refused: a leaked variable would rewrite every golden and pass.
set -euo pipefail
cd "$(dirname "$0")"
if [ -n "${CI:-}" ] && [ -n "${UPDATE_GOLDENS:-}" ]; then
  echo "error: UPDATE_GOLDENS is set under CI; goldens are rewritten only by hand (unset UPDATE_GOLDENS)" >&2
  exit 2
fi
source .ci/setup.sh
ensure_dotnet
ensure_apt_packages
build_solution
check_format
ensure_display
# The NuGet packages, used as another repository would use them (skipped when arguments such as
# --filter ask for some tests only): pack, then restore, build, test and run the sample dashboard.
if [ $# -eq 0 ]; then check_packages; fi
results="${TEST_RESULTS_DIR:-$PWD/TestResults}"
# The test kit writes expected/actual/diff PNGs of failed golden comparisons here.
export TEST_RESULTS_DIR="$results"
rm -rf "$results"; mkdir -p "$results"
step "running tests (results and failed-image diffs under $results)"
set +e
dotnet test Skia.Trader.sln -c Release --no-build -nologo \
  --results-directory "$results" --logger "trx" --blame-hang-timeout 5m "$@" 2>&1 | tee "$results/console.log"
rc=${PIPESTATUS[0]}
set -e
# One closing line over all projects, in the plain form CI reads.
passed=$(grep -oE 'Passed: +[0-9]+' "$results/console.log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$results/console.log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$results/console.log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$rc" -ne 0 ]; then echo "error: tests failed (exit $rc)" >&2; exit "$rc"; fi
[ "$passed" -gt 0 ] || { echo "error: no test ran" >&2; exit 1; }
# The release package (NativeAOT, stripped, fonts embedded), unpacked into an empty folder and run with
# --headless-test there, as a clean machine would (skipped, like the package check, when arguments ask for some tests).
if [ $# -eq 0 ]; then
  step "release package: terminal/publish.sh --check"
  started=$SECONDS
  terminal/publish.sh --check --version "0.0.0-ci" || die "the release package failed its check"
  step "release package OK in $((SECONDS - started)) s"
fi
