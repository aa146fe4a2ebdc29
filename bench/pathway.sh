#!/usr/bin/env bash
# Benchmark: durable referral transitions over HTTP, on SQLite and on PostgreSQL, with a demo programme of
# 100,000 people and at least 1,000,000 pathway events loaded. wrk at 8 connections runs closed loops of onward
# referrals through the REST API (draft, send, accept, record engagement, record completion: five durable
# transitions each, committed before the answer) and prints transitions/s and latency percentiles as markdown.
#
# Usage: bench/pathway.sh [--people N] [--seconds N] [--only sqlite|postgres] [--data DIR]
#   --data DIR   keep the demo databases in DIR and reuse them next time (making them takes minutes)
# As root on Debian it installs what it needs (wrk, sqlite3, PostgreSQL) when missing.
# Record the figures in docs/benchmarks.md with the date and the machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
people=100000
min_events=1000000
seconds=30
only=""
data=""
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
[ "$only" = sqlite ] || [ -n "$(find_pg_bin)" ] || missing+=(postgresql)
install_missing ${missing[@]+"${missing[@]}"}

work=$(mktemp -d /tmp/linkwork-pathway.XXXXXX)
[ -n "$data" ] || data="$work/data"
mkdir -p "$data"; data=$(cd "$data" && pwd)
server_pid=""
pg_dir=""
stop_server() { if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; fi; }
trap 'stop_server; stop_postgres; rm -rf "$work"' EXIT
[ "$(id -u)" = 0 ] && chmod 755 "$work"

say "building (Release)"
"$root/linkwork" --help >/dev/null
app="$root/.build/linkwork/Linkwork.Web.dll"

# run_database NAME: demo (unless already there), server, tokens, id pools, wrk; prints one markdown row.
# The caller exports the database settings (nothing for SQLite; provider and connection string for PostgreSQL).
run_database() {
  local name="$1" dir="$data/$1" query
  mkdir -p "$dir"
  if [ "$name" = sqlite ]; then query() { sqlite3 "$dir/linkwork.db" "$1"; }; else query() { psql "$pg_url" -tAq -c "$1"; }; fi
  if [ "$(query 'SELECT count(*) FROM people' 2>/dev/null || echo 0)" != "$people" ]; then
    say "$name: making a demo programme of $people people (minutes)"
    dotnet "$app" demo --people "$people" --services 2000 --seed 2026 --data "$dir" >/dev/null
  fi
  local events
  say "$name: $people people, $(query 'SELECT count(*) FROM pathway_events') pathway events from the demo"

  local port; port=$(free_port)
  dotnet "$app" serve --data "$dir" --urls "http://127.0.0.1:$port" --no-demo >"$work/$name-server.log" 2>&1 &
  server_pid=$!
  until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/$name-server.log" >&2; exit 1; }
    sleep 0.1
  done

  local provider_org worker_token provider_token
  provider_org=$(query "SELECT organisation_id FROM user_accounts WHERE email = 'provider@demo.linkwork.test'" | tr 'A-Z' 'a-z')
  worker_token=$(dotnet "$app" api-client create --name "bench-$RANDOM" --role LinkWorker --print-token --data "$dir" | tail -n 1)
  provider_token=$(dotnet "$app" api-client create --name "bench-$RANDOM" --role ProviderStaff --organisation "$provider_org" --print-token --data "$dir" | tail -n 1)
  # Active episodes whose person consents to sharing (their latest decision), and the demo provider's services
  # that take referrals: every loop can then close.
  query "SELECT e.id FROM episodes e WHERE e.state = 'Active' AND (SELECT d.given FROM consent_decisions d WHERE d.person_id = e.person_id AND d.kind = 'ShareWithReferredOrganisations' ORDER BY d.recorded_at DESC, d.sequence DESC LIMIT 1) ORDER BY e.id LIMIT 5000" \
    | tr 'A-Z' 'a-z' >"$work/episodes"
  query "SELECT id FROM services WHERE organisation_id = '$( [ "$name" = sqlite ] && echo "${provider_org^^}" || echo "$provider_org")' AND referral_mode = 'AcceptsReferrals' AND status = 'Active'" \
    | tr 'A-Z' 'a-z' >"$work/services"
  [ -s "$work/episodes" ] && [ -s "$work/services" ] || { say "$name: no episodes or services to refer with"; exit 1; }

  # Warm up until the JIT has settled (about 30 s of load) and the log holds at least a million events: the demo
  # makes about nine a person, and the closed loops top it up through the API itself.
  local warmed=0
  while [ "$warmed" -lt 30 ] || [ "$(query 'SELECT count(*) FROM pathway_events')" -lt "$min_events" ]; do
    say "$name: warming up ($warmed s so far; $(query 'SELECT count(*) FROM pathway_events') events)"
    wrk -t 8 -c 8 -d 15s --timeout 10s -s "$root/bench/pathway/loop.lua" "http://127.0.0.1:$port" -- "$worker_token" "$provider_token" "$work/episodes" "$work/services" >/dev/null
    warmed=$((warmed + 15))
  done
  events=$(query 'SELECT count(*) FROM pathway_events')
  say "$name: wrk, 8 connections, ${seconds} s"
  local result
  result=$(wrk -t 8 -c 8 -d "${seconds}s" --timeout 10s -s "$root/bench/pathway/loop.lua" "http://127.0.0.1:$port" -- "$worker_token" "$provider_token" "$work/episodes" "$work/services" | grep '^RESULT')
  stop_server
  field() { echo "$result" | tr ' ' '\n' | awk -F= -v key="$1" '$1 == key {print $2}'; }
  rows+="| $name | $people | $events | $(field tps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field max_ms) | $(field refused) |"$'\n'
}

rows=""
if [ "$only" != postgres ]; then
  run_database sqlite
fi
if [ "$only" != sqlite ]; then
  start_postgres "$data/postgres-cluster"
  run_database postgres
  unset Linkwork__Database__Provider ConnectionStrings__Linkwork
fi

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo
echo "machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: 8 threads, 8 connections, ${seconds} s after a warm-up of at least 30 s; each connection runs draft → send → accept → record engagement → record completion in turn"
echo
echo "| database | people | pathway events loaded | durable transitions/s | p50 ms | p90 ms | p99 ms | max ms | refused |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s' "$rows"
