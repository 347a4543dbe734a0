# Shared set-up for ./run.sh and ./test.sh (sourced, not run).
# Installs what a fresh Debian 12 machine with only the .NET SDK lacks, then
# restores and builds. Idempotent: installs nothing that is already there.
set -euo pipefail

die() { echo "error: $*" >&2; exit 1; }
step() { echo "==> $*" >&2; }

# Debian packages the toolkit, its tests and its native build need:
#   libglfw3                  windows (our own P/Invoke binding loads libglfw.so.3)
#   xvfb xauth xdotool        a virtual display for windowed tests, and input driving it
#   libgl1-mesa-dri libgl1 libegl1   OpenGL through Mesa (llvmpipe)
#   mesa-vulkan-drivers libvulkan1   Vulkan through Mesa (lavapipe)
#   libfontconfig1 fontconfig        SkiaSharp's font manager for system fallback fonts
#   fonts-wqy-microhei               one CJK font, so CJK fallback is exercised
#   clang zlib1g-dev                 NativeAOT publishing (perf/startup.sh)
APT_PACKAGES=(libglfw3 xvfb xauth xdotool x11-utils libgl1-mesa-dri libgl1 libegl1 mesa-vulkan-drivers libvulkan1
  libfontconfig1 fontconfig fonts-wqy-microhei clang zlib1g-dev vulkan-validationlayers)

ensure_apt_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to install: ${missing[*]}"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
    || die "apt-get update failed"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install failed for: ${missing[*]}"
}

ensure_dotnet() {
  command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not on PATH; install .NET 10 first"
  dotnet --list-sdks | grep -q '^10\.' || die "the .NET 10 SDK is required (found: $(dotnet --list-sdks | tr '\n' ' '))"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# Formatting is part of the build's contract: .editorconfig's layout and no unused usings.
check_format() {
  step "checking formatting (dotnet format --verify-no-changes)"
  dotnet format Skia.Trader.sln --verify-no-changes --no-restore -v:q \
    || die "formatting differs from .editorconfig (see above); run: dotnet format Skia.Trader.sln"
}

build_solution() {
  step "restoring and building (Release)"
  dotnet build Skia.Trader.sln -c Release -nologo -v:q -clp:ErrorsOnly \
    || die "build failed (see the errors above)"
}

# Starts an Xvfb of our own on a free display unless one is usable already;
# it is killed by PID when the calling script exits.
XVFB_PID=""
ensure_display() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then return 0; fi
  local n
  for n in $(seq 90 140); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 1 50); do
      if DISPLAY=":$n" xdpyinfo >/dev/null 2>&1; then
        export DISPLAY=":$n"
        trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
        step "Xvfb on DISPLAY=:$n (pid $XVFB_PID)"
        return 0
      fi
      kill -0 "$XVFB_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill "$XVFB_PID" 2>/dev/null || true
  done
  die "could not start Xvfb"
}

# Packs Skia.Toolkit and Skia.Toolkit.Testing, then restores, builds, tests and runs the sample
# dashboard in toolkit/samples/PackageDashboard (outside the solution, with its own nuget.config)
# from those packages only, as a team in another repository would. Each run packs a version of its
# own, so no package cache can hand back an older build; the sample's bin/obj and its package folder
# go to a temporary folder, and the check fails if anything under toolkit/ was written meanwhile.
# Needs a built solution (build_solution) and, for the sample's golden test, nothing else: headless.
check_packages() {
  local sample=toolkit/samples/PackageDashboard feed="$PWD/artifacts/packages" work version global out
  local started=$SECONDS
  version="0.1.0-ci.$(date +%Y%m%d%H%M%S)"
  work=$(mktemp -d)
  global=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
  step "packing Skia.Toolkit and Skia.Toolkit.Testing $version into $feed"
  rm -rf "$feed"
  dotnet pack toolkit/Skia.Toolkit.Packages.slnf -c Release --no-build -nologo -v:q -clp:ErrorsOnly \
    -o "$feed" -p:Version="$version" || die "dotnet pack failed"
  touch "$work/marker"
  # Third-party packages are read from the machine's package cache in place (a fallback folder);
  # the two toolkit packages are extracted fresh from the feed into $work/packages.
  local props=(-p:SkiaToolkitVersion="$version" -p:RestorePackagesPath="$work/packages"
    -p:RestoreFallbackFolders="$global" --artifacts-path "$work/out" -c Release -nologo)
  step "testing $sample against those packages"
  dotnet test "$sample/PackageDashboard.Tests" "${props[@]}" -v:q -clp:ErrorsOnly --logger "console;verbosity=minimal" \
    || die "the sample dashboard's tests failed against the packages (see above)"
  # What the packages promise besides code: readme, licence, XML docs, the fonts' licences, repository
  # metadata, and a test kit that brings no test framework of its own.
  local toolkit="$work/packages/skia.toolkit/$version" kit="$work/packages/skia.toolkit.testing/$version" f
  for f in "$toolkit"/{README.md,LICENSE.txt,lib/net10.0/Skia.Toolkit.xml,fonts/README.md,fonts/Inter-LICENSE.txt,fonts/JetBrainsMono-LICENSE.txt} \
    "$kit"/{README.md,LICENSE.txt,lib/net10.0/Skia.Toolkit.Testing.xml}; do
    [ -f "$f" ] || die "the package lacks ${f#"$work/packages/"}"
  done
  grep -q '<repository type="git"' "$toolkit/skia.toolkit.nuspec" || die "Skia.Toolkit's nuspec has no repository metadata"
  if grep -qiE 'dependency id="(xunit|nunit|mstest|microsoft\.net\.test)' "$kit/skia.toolkit.testing.nuspec"; then
    die "Skia.Toolkit.Testing depends on a test framework; its users must be free to pick theirs"
  fi
  out="$work/dashboard.png"
  dotnet "$work/out/bin/PackageDashboard/release/PackageDashboard.dll" "$out" || die "the sample dashboard did not run from the packages"
  [ "$(head -c 8 "$out" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || die "the sample dashboard wrote no PNG at $out"
  local written
  written=$(find toolkit -newer "$work/marker" -type f -not -path "*/Goldens/*" -print -quit)
  [ -z "$written" ] || die "building the sample from packages wrote into the toolkit's folder: $written"
  rm -rf "$work"
  step "packages OK in $((SECONDS - started)) s: the sample dashboard restored, built, passed its tests and ran from Skia.Toolkit $version"
}
