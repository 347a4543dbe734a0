#!/usr/bin/env bash
# Installs what is missing, builds, and starts the program.
# It starts the trading terminal (terminal/Skia.Trader) on an exchange simulator it
# runs in-process on a free loopback port. It opens a window (needs a display); without
# one it says how to run it under xvfb-run or with --headless --screenshot FILE.
# Options: ./run.sh --help (e.g. --exchange URL, --symbols BTCUSDT,ETHUSDT).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
ensure_dotnet
ensure_apt_packages
build_solution
step "starting the terminal"
exec dotnet terminal/Skia.Trader/bin/Release/net10.0/skia-trader.dll "$@"
