#!/usr/bin/env bash
# Benchmark: FHIR Subscription notifications (rest-hook on Task) under the pathway's write load, on SQLite. A demo
# programme is loaded; wrk at 8 connections runs the closed referral loops of bench/pathway.sh (draft, send, accept,
# record engagement, record completion) first with no subscription (the baseline), then with the provider's API client
# subscribed to its Tasks with the Task as payload, delivered to a local Python endpoint (bench/subscriptions/receiver.py)
# that answers 200 at once. It prints transitions/s both ways, how many notifications arrived, their latency (arrival
# minus the move's time, Task.lastModified), how long the queue took to drain after the load stopped, and any duplicate
# or out-of-order notification, as markdown.
#
# Usage: bench/subscriptions.sh [--people N] [--seconds N] [--data DIR]
# As root on Debian it installs what it needs (wrk, sqlite3) when missing.
# Record the figures in docs/benchmarks.md with the date and the machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
people=5000
seconds=30
data=""
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
install_missing ${missing[@]+"${missing[@]}"}

work=$(mktemp -d -t linkwork-subscriptions.XXXXXX)
[ -n "$data" ] || data="$work/data"
mkdir -p "$data"; data=$(cd "$data" && pwd)
server_pid=""
receiver_pid=""
stop() {
  for pid in "$server_pid" "$receiver_pid"; do
    if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
}
trap 'stop; rm -rf "$work"' EXIT

say "building (Release)"
"$root/linkwork" --help >/dev/null
app="$root/.build/linkwork/Linkwork.Web.dll"
query() { sqlite3 "$data/linkwork.db" "$1"; }

if [ "$(query 'SELECT count(*) FROM people' 2>/dev/null || echo 0)" != "$people" ]; then
  say "making a demo programme of $people people"
  dotnet "$app" demo --people "$people" --services 500 --seed 2026 --data "$data" >/dev/null
fi

# A reused data folder may hold an earlier run's subscription, pointing at a receiver long gone.
query "DELETE FROM subscription_deliveries; DELETE FROM fhir_subscriptions;"

hook_port=$(free_port)
python3 "$root/bench/subscriptions/receiver.py" "$hook_port" &
receiver_pid=$!
port=$(free_port)
dotnet "$app" serve --data "$data" --urls "http://127.0.0.1:$port" --no-demo >"$work/server.log" 2>&1 &
server_pid=$!
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done

provider_org=$(query "SELECT organisation_id FROM user_accounts WHERE email = 'provider@demo.linkwork.test'" | tr 'A-Z' 'a-z')
worker_token=$(dotnet "$app" api-client create --name "bench-$RANDOM" --role LinkWorker --print-token --data "$data" | tail -n 1)
provider_token=$(dotnet "$app" api-client create --name "bench-$RANDOM" --role ProviderStaff --organisation "$provider_org" --print-token --data "$data" | tail -n 1)
query "SELECT e.id FROM episodes e WHERE e.state = 'Active' AND (SELECT d.given FROM consent_decisions d WHERE d.person_id = e.person_id AND d.kind = 'ShareWithReferredOrganisations' ORDER BY d.recorded_at DESC, d.sequence DESC LIMIT 1) ORDER BY e.id LIMIT 5000" \
  | tr 'A-Z' 'a-z' >"$work/episodes"
query "SELECT id FROM services WHERE organisation_id = '${provider_org^^}' AND referral_mode = 'AcceptsReferrals' AND status = 'Active'" \
  | tr 'A-Z' 'a-z' >"$work/services"
[ -s "$work/episodes" ] && [ -s "$work/services" ] || { say "no episodes or services to refer with"; exit 1; }

load() {
  wrk -t 8 -c 8 -d "$1" --timeout 10s -s "$root/bench/pathway/loop.lua" "http://127.0.0.1:$port" -- "$worker_token" "$provider_token" "$work/episodes" "$work/services" | grep '^RESULT'
}
field() { echo "$1" | tr ' ' '\n' | awk -F= -v key="$2" '$1 == key {print $2}'; }

say "warming up (15 s)"
load 15s >/dev/null
say "baseline: no subscription, ${seconds} s"
baseline=$(load "${seconds}s")

say "subscribing the provider's client"
curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/fhir/Subscription" -H "Authorization: Bearer $provider_token" -H 'Content-Type: application/fhir+json' \
  -d "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"reason\":\"benchmark\",\"criteria\":\"Task?owner=Organization/$provider_org\",\"channel\":{\"type\":\"rest-hook\",\"endpoint\":\"http://127.0.0.1:$hook_port/hook\",\"payload\":\"application/fhir+json\"}}"
say "with the subscription, ${seconds} s"
subscribed=$(load "${seconds}s")
load_ended=$(date +%s.%N)

say "waiting for the queue to drain"
expected() { query "SELECT count(*) FROM subscription_deliveries"; }
pending() { query "SELECT count(*) FROM subscription_deliveries WHERE status = 'Pending'"; }
sleep 2
until [ "$(pending)" = 0 ] && [ "$(curl -sf "http://127.0.0.1:$hook_port/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["received"])')" -ge "$(expected)" ]; do
  sleep 0.5
done
stats=$(curl -sf "http://127.0.0.1:$hook_port/stats")
stat() { echo "$stats" | python3 -c "import json,sys; v=json.load(sys.stdin)[\"$1\"]; print(f'{v:.1f}' if isinstance(v, float) else v)"; }
drained=$(python3 -c "print(f'{max(0.0, $(stat last) - $load_ended):.1f}')")
stop

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo
echo "machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "SQLite, $people people; wrk: 8 connections, ${seconds} s each run, after a 15 s warm-up; one subscription (the demo provider's client, Task?owner=its organisation, payload application/fhir+json)"
echo
echo "| run | durable transitions/s | p99 ms | notifications | latency p50 ms | p90 ms | p99 ms | max ms | drained after load s | duplicates | out of order |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| no subscription | $(field "$baseline" tps) | $(field "$baseline" p99_ms) | | | | | | | | |"
echo "| one subscription | $(field "$subscribed" tps) | $(field "$subscribed" p99_ms) | $(stat received) | $(stat p50_ms) | $(stat p90_ms) | $(stat p99_ms) | $(stat max_ms) | $drained | $(stat duplicates) | $(stat out_of_order) |"
