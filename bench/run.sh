#!/usr/bin/env bash
# run.sh BUILD_DIR — the benchmarks of bench/README.md: in-process pipeline, then the HTTP
# server under wrk on loopback. Prints the figures that docs/PERFORMANCE.md quotes.
set -euo pipefail
build=${1:-build-release}
cd "$(dirname "$0")/.."
article=${ARTICLE:-../shared/examples/austin-shoigu.de.txt}
echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "== in-process pipeline ($article)"
CHRONIK_RESOURCES=resources "$build/bench/bench_pipeline" --seconds 5 \
    --reference-date 2022-05-13 "$article"

echo "== HTTP under wrk (loopback, text/plain POST of the article)"
log=$(mktemp)
CHRONIK_RESOURCES=resources "$build/chronik" serve --listen 127.0.0.1:0 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log" /tmp/chronik-wrk.lua' EXIT
for _ in $(seq 50); do grep -q '"port"' "$log" 2>/dev/null && break; sleep 0.1; done
# the port is in the "listening" log line (access log lines go to the same file, as in production)
port=$(grep -o '"port":[0-9]*' "$log" | cut -d: -f2 || true)
if [ -z "$port" ]; then port=$(ss -ltnp 2>/dev/null | grep "pid=$pid," | grep -o '127.0.0.1:[0-9]*' | cut -d: -f2 | head -1); fi
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
cat > /tmp/chronik-wrk.lua <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
local f = assert(io.open("$(realpath "$article")", "rb"))
wrk.body = f:read("*a")
f:close()
LUA
for c in 1 16; do
    t=$(( c < 2 ? 1 : 2 ))
    echo "-- wrk -t$t -c$c -d10s --latency POST /analyze"
    wrk -t$t -c$c -d10s --latency -s /tmp/chronik-wrk.lua "http://127.0.0.1:$port/analyze?language=de&reference_date=2022-05-13" \
        | grep -E 'Requests/sec|50%|99%|Latency|Non-2xx'
done
echo "-- wrk -t1 -c1 -d10s --latency GET /healthz (the HTTP path alone)"
wrk -t1 -c1 -d10s --latency "http://127.0.0.1:$port/healthz" | grep -E 'Requests/sec|50%|99%'
