#!/usr/bin/env bash
# Place -> ack and cancel -> ack round trips over REST and over the WebSocket API against the simulator on
# loopback (perf/Skia.Trader.OrderLatency). Arguments go to the program:
#   perf/orders.sh                         2000 orders per transport after 200 warm-up, in-process simulator
#   perf/orders.sh --orders 5000           more orders
#   perf/orders.sh --url http://127.0.0.1:PORT   a simulator started separately (dotnet run --project terminal/Skia.Trader.Exchange.Host)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build perf/Skia.Trader.OrderLatency/Skia.Trader.OrderLatency.csproj -c Release -nologo -v:q -clp:ErrorsOnly >&2
echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')  load=$(cut -d' ' -f1-3 /proc/loadavg)"
exec dotnet perf/Skia.Trader.OrderLatency/bin/Release/net10.0/Skia.Trader.OrderLatency.dll "$@"
