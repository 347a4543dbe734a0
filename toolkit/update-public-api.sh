#!/usr/bin/env bash
# Records the toolkit's current public surface in PublicAPI.Unshipped.txt.
# The build fails (RS0016/RS0017) whenever public API changes without this file
# changing too, so every API change shows up in review. Run this after adding
# or removing public members, then read the diff of PublicAPI.Unshipped.txt.
set -euo pipefail
cd "$(dirname "$0")/Skia.Toolkit"
api=PublicAPI.Unshipped.txt
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build --no-incremental -nologo -clp:NoSummary -p:WarningsNotAsErrors='RS0016%3BRS0017' >"$log" 2>&1 || { cat "$log"; echo "update-public-api: build failed for reasons other than the API files" >&2; exit 1; }
added=$(grep -oE "warning RS0016: Symbol '.*' is not part of the declared public API" "$log" | sed -E "s/.*Symbol '(.*)' is not part.*/\1/" | sort -u || true)
removed=$(grep -oE "warning RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" "$log" | sed -E "s/.*Symbol '(.*)' is part.*/\1/" | sort -u || true)
{
  echo '#nullable enable'
  { grep -v "^#nullable" "$api" || true; if [ -n "$added" ]; then printf "%s\n" "$added"; fi; } \
    | grep -vxF -f <(printf '%s\n' "$removed" | sed '/^$/d'; echo '__none__') | sed '/^$/d' | sort -u
} >"$api.new"
mv "$api.new" "$api"
echo "update-public-api: $(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$removed" | grep -c . || true) removed"
