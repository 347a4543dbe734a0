#!/usr/bin/env bash
# Installs what is missing, builds, and starts the program.
# Until the terminal exists this is the toolkit's gallery: headless, it writes
# gallery.png; pass --window to open it in a window (needs a display).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh
ensure_dotnet
ensure_apt_packages
build_solution
step "starting the gallery"
exec dotnet toolkit/samples/Gallery/bin/Release/net10.0/Gallery.dll "${@:---out=gallery.png}"
