#!/usr/bin/env bash
# Benchmark: the FHIR API over HTTP with at least 200,000 Tasks (onward referrals) loaded, on SQLite and on
# PostgreSQL. A demo programme is made, then its referrals are copied in SQL until the count is reached (the fast
# path: loading is not what is measured). wrk then measures, each for a short run after a warm-up:
#   create  durable creates/s: transaction Bundles of ServiceRequest + requested Task (a draft and a send each,
#           committed in one database transaction before the answer)
#   read    reads/s of GET /fhir/Task/{id} by a link worker's client (every read is audited: a durable write too)
#   search  GET /fhir/Task?patient=...&status=... latency p50/p99, at 8 connections and at 1
# and prints a markdown table for docs/benchmarks.md.
#
# Usage: bench/fhir.sh [--people N] [--tasks N] [--seconds N] [--only sqlite|postgres] [--data DIR]
#   --data DIR   keep the databases in DIR and reuse them next time (making them takes minutes)
# As root on Debian it installs what it needs (wrk, sqlite3, PostgreSQL) when missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
people=20000
tasks=200000
seconds=20
only=""
data=""
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people="$2"; shift 2 ;;
    --tasks) tasks="$2"; shift 2 ;;
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

work=$(mktemp -d /tmp/linkwork-fhir.XXXXXX)
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

# measure NAME MODE IDS CONNECTIONS: 8 connections keep both cores busy (throughput, and latency at saturation, where
# it is mostly queueing); 1 connection gives the latency of one request on an otherwise idle server.
measure() {
  local name="$1" mode="$2" ids="$3" connections="$4" result
  say "$name $mode: warming up 20 s"
  wrk -t "$connections" -c "$connections" -d 20s --timeout 10s -s "$root/bench/fhir/fhir.lua" "http://127.0.0.1:$port" -- "$mode" "$token" "$ids" "$work/services" "$owner" >/dev/null
  say "$name $mode: wrk, $connections connections, ${seconds} s"
  result=$(wrk -t "$connections" -c "$connections" -d "${seconds}s" --timeout 10s -s "$root/bench/fhir/fhir.lua" "http://127.0.0.1:$port" -- "$mode" "$token" "$ids" "$work/services" "$owner" | grep '^RESULT')
  field() { echo "$result" | tr ' ' '\n' | awk -F= -v key="$1" '$1 == key {print $2}'; }
  rows+="| $name | $mode | $connections | $(field rps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field max_ms) | $(field refused) |"$'\n'
}

# run_database NAME: demo (unless already there), copies up to the Task count, server, token, id pools, the measures.
# The caller exports the database settings (nothing for SQLite; provider and connection string for PostgreSQL).
run_database() {
  local name="$1" dir="$data/$1" query new_id columns_of
  mkdir -p "$dir"
  if [ "$name" = sqlite ]; then
    query() { sqlite3 "$dir/linkwork.db" "$1"; }
    new_id="upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
    columns_of="SELECT group_concat(name, ', ') FROM pragma_table_info('onward_referrals') WHERE name <> 'id'"
  else
    query() { psql "$pg_url" -tAq -c "$1"; }
    new_id="gen_random_uuid()"
    columns_of="SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'onward_referrals' AND column_name <> 'id'"
  fi
  if [ "$(query 'SELECT count(*) FROM people' 2>/dev/null || echo 0)" != "$people" ]; then
    say "$name: making a demo programme of $people people"
    dotnet "$app" demo --people "$people" --services 500 --seed 2026 --data "$dir" >/dev/null
  fi

  # The fast path: copy the demo's sent referrals (every column but the id) until there are enough Tasks. Each copy
  # keeps its person, service and state, so searches by patient find several per person, as a busy programme would.
  local columns have
  columns=$(query "$columns_of")
  while [ "$(query 'SELECT count(*) FROM onward_referrals')" -lt "$tasks" ]; do
    have=$(query 'SELECT count(*) FROM onward_referrals')
    say "$name: copying referrals: $have of $tasks"
    query "INSERT INTO onward_referrals (id, $columns) SELECT $new_id, $columns FROM onward_referrals WHERE state <> 'Draft' LIMIT $((tasks - have))"
  done
  loaded=$(query 'SELECT count(*) FROM onward_referrals')
  say "$name: $loaded Tasks loaded"

  port=$(free_port)
  dotnet "$app" serve --data "$dir" --urls "http://127.0.0.1:$port" --no-demo >"$work/server.log" 2>&1 &
  server_pid=$!
  until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
  done

  local provider_org
  provider_org=$(query "SELECT organisation_id FROM user_accounts WHERE email = 'provider@demo.linkwork.test'")
  token=$(dotnet "$app" api-client create --name "fhir-bench-$RANDOM" --role LinkWorker --print-token --data "$dir" | tail -n 1)
  # People with an active episode who consent to sharing (their latest decision): every create can be sent.
  query "SELECT e.person_id FROM episodes e WHERE e.state = 'Active' AND (SELECT d.given FROM consent_decisions d WHERE d.person_id = e.person_id AND d.kind = 'ShareWithReferredOrganisations' ORDER BY d.recorded_at DESC, d.sequence DESC LIMIT 1) ORDER BY e.id LIMIT 5000" \
    | tr 'A-Z' 'a-z' >"$work/people"
  query "SELECT id FROM services WHERE organisation_id = '$provider_org' AND referral_mode = 'AcceptsReferrals' AND status = 'Active'" | tr 'A-Z' 'a-z' >"$work/services"
  query "SELECT id FROM onward_referrals ORDER BY random() LIMIT 20000" | tr 'A-Z' 'a-z' >"$work/tasks"
  query "SELECT person_id FROM (SELECT DISTINCT person_id FROM onward_referrals) AS referred ORDER BY random() LIMIT 20000" | tr 'A-Z' 'a-z' >"$work/patients"
  owner=$(echo "$provider_org" | tr 'A-Z' 'a-z')
  [ -s "$work/people" ] && [ -s "$work/services" ] || { say "no people or services to refer with"; exit 1; }

  measure "$name" create "$work/people" 8
  measure "$name" read "$work/tasks" 8
  measure "$name" search "$work/patients" 8
  measure "$name" search "$work/patients" 1
  stop_server
  loads+="$name: $loaded Tasks loaded at the start. "
}

rows=""
loads=""
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
echo "${loads}wrk: one thread per connection, ${seconds} s per measure after 20 s of warm-up"
echo
echo "| database | measure | connections | per second | p50 ms | p90 ms | p99 ms | max ms | refused |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
printf '%s' "$rows"
