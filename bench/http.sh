#!/usr/bin/env bash
# Benchmark: the directory search served over HTTP, on a demo directory (default 1,000,000 services), with
# the same queries on PostgreSQL + PostGIS + full text as the yardstick. One command prints everything as
# markdown: time from start to ready, resident memory, and per query class of the target mix (the one
# bench/search.sh times in process) requests/s and latency with wrk at 8 connections, then the same for the
# SQL queries with pgbench at 8 clients.
#
# Usage: bench/http.sh [--services N] [--data DIR] [--seconds N] [--no-yardstick]
#   --data DIR   keep the demo database and the yardstick's PostgreSQL cluster in DIR and reuse them next
#                time (making a 1,000,000-service demo takes minutes); default: a temporary folder
#   --seconds N  length of each measured run (default 30)
# As root on Debian it installs what it needs (wrk, sqlite3, PostgreSQL and PostGIS) when missing.
# Record the figures in docs/benchmarks.md with the date and the machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/lib.sh"
services=1000000
data=""
seconds=30
yardstick=1
connections=8
threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --services) services="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --no-yardstick) yardstick=0; shift ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done

now() { date +%s.%N; }

# --- prerequisites -----------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
if [ "$yardstick" = 1 ] && [ -z "$(find_pg_bin)" ]; then missing+=(postgresql); fi
install_missing ${missing[@]+"${missing[@]}"}
pg_bin=""
run_pg=()
if [ "$yardstick" = 1 ]; then
  pg_bin=$(find_pg_bin)
  pg_major=$(basename "$(dirname "$pg_bin")")
  [ -f "/usr/share/postgresql/$pg_major/extension/postgis.control" ] || install_missing "postgresql-$pg_major-postgis-3"
  # initdb and postgres refuse to run as root; the postgres account comes with Debian's package.
  if [ "$(id -u)" = 0 ]; then run_pg=(runuser -u postgres --); fi
fi

# --- scratch, data, cleanup ------------------------------------------------------------------------------
work=$(mktemp -d /tmp/linkwork-http.XXXXXX)
keep_data=1
if [ -z "$data" ]; then data="$work/data"; keep_data=0; fi
mkdir -p "$data"
data=$(cd "$data" && pwd)
server_pid=""
source "$root/bench/http/yardstick.sh"
cleanup() {
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  yardstick_stop
  rm -rf "$work"
}
trap cleanup EXIT
# A temporary cluster inside the scratch folder must be reachable by the postgres account.
[ "$(id -u)" = 0 ] && chmod 755 "$work"

# --- build, queries, demo --------------------------------------------------------------------------------
say "building (Release)"
dotnet build "$root/bench/Linkwork.Bench.Search" -c Release -warnaserror -v quiet -nologo >/dev/null
# ./linkwork publishes into .build/linkwork when sources changed; the server is then started from there
# directly, so that no build can fall inside the timing of the start.
"$root/linkwork" --help >/dev/null
app="$root/.build/linkwork/Linkwork.Web.dll"
# The target mix of bench/search.sh (bench/Linkwork.Bench.Search/QueryMix.cs), 1,000 queries per class.
dotnet "$root/bench/Linkwork.Bench.Search/bin/Release/net10.0/Linkwork.Bench.Search.dll" --emit-http "$work/mix" --queries 1000
classes=$(ls "$work/mix"/*.urls | xargs -n 1 basename | sed 's/\.urls$//' | sort -n)
# The whole mix, one query of each class in turn.
paste -d '\n' $(for c in $classes; do echo "$work/mix/$c.urls"; done) >"$work/mix/all.urls"

if [ -f "$data/linkwork.db" ] && [ "$(sqlite3 "$data/linkwork.db" 'SELECT count(*) FROM services' 2>/dev/null)" = "$services" ]; then
  say "reusing the demo directory in $data ($services services)"
else
  say "making a demo directory of $services services in $data (minutes at a million)"
  rm -rf "$data/linkwork.db"* "$data/yardstick"
  dotnet "$app" demo --services "$services" --people 1000 --seed 2026 --data "$data" >/dev/null
fi

# --- the Linkwork server -----------------------------------------------------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
say "starting the server on $base"
started=$(now)
dotnet "$app" serve --data "$data" --urls "$base" --no-demo >"$work/server.log" 2>&1 &
server_pid=$!
until curl -sf "$base/readyz" >/dev/null 2>&1; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.05
done
ready=$(now)
# CPU seconds the server has used (user + system): unlike wall-clock figures, not inflated by other work on
# the machine, so runs on a busy machine can still be compared.
ticks=$(getconf CLK_TCK)
cpu_seconds() { awk -v hz="$ticks" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$server_pid/stat"; }
cpu_ready=$(cpu_seconds)
rss() { awk -v key="$1" '$1 == key":" {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status"; }
rss_ready=$(rss VmRSS)
hwm_ready=$(rss VmHWM)
index_ms=$(grep -o '"Message":"Directory search index built: [^"]*' "$work/server.log" | tail -n 1 | grep -o 'in [0-9,]* ms' | tr -d ',' | awk '{print $2}')

run_wrk() { # URL_FILE SECONDS -> the RESULT line of rotate.lua
  wrk -t "$threads" -c "$connections" -d "${2}s" --timeout 10s -s "$root/bench/http/rotate.lua" "$base" -- "$1" | grep '^RESULT'
}
field() { echo "$1" | tr ' ' '\n' | awk -F= -v key="$2" '$1 == key {print $2}'; }
mean_total() { # URL_FILE: mean number of matches over its first 20 queries
  head -n 20 "$1" | while read -r path; do curl -s "$base$path" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; done \
    | awk '{s += $1} END {printf "%.0f", s / NR}'
}

say "warming up (every class, ${seconds} s)"
run_wrk "$work/mix/all.urls" "$seconds" >/dev/null
http_rows=""
for c in $classes all; do
  say "wrk: $( [ "$c" = all ] && echo "the whole mix" || cat "$work/mix/$c.name") (${seconds} s)"
  cpu_before=$(cpu_seconds)
  result=$(run_wrk "$work/mix/$c.urls" "$seconds")
  cpu_used=$(awk -v a="$cpu_before" -v b="$(cpu_seconds)" 'BEGIN {print b - a}')
  name=$([ "$c" = all ] && echo "**the target mix, all four in turn**" || cat "$work/mix/$c.name")
  matches=$(mean_total "$work/mix/$c.urls")
  kib=$(awk -v b="$(field "$result" bytes)" -v n="$(field "$result" requests)" 'BEGIN {printf "%.1f", b / n / 1024}')
  cpu_ms=$(awk -v c="$cpu_used" -v n="$(field "$result" requests)" 'BEGIN {printf "%.2f", c * 1000 / n}')
  http_rows+="| $name | $(field "$result" rps) | $(field "$result" p50_ms) | $(field "$result" p90_ms) | $(field "$result" p99_ms) | $(field "$result" errors) | $cpu_ms | $kib | $matches |"$'\n'
done
rss_after=$(rss VmRSS)
hwm_after=$(rss VmHWM)
kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

# --- the yardstick -----------------------------------------------------------------------------------------
sql_rows=""
load_seconds=""
if [ "$yardstick" = 1 ]; then
  pg_dir="$data/yardstick"
  [ "$keep_data" = 1 ] || pg_dir="$work/yardstick"
  say "starting PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') with PostGIS"
  yardstick_start "$pg_dir"
  if [ "$(yardstick_psql -tA -c "SELECT count(*) FROM svc" 2>/dev/null || true)" != "$services" ]; then
    say "loading the yardstick tables and building their indexes (minutes at a million)"
    load_started=$(now)
    yardstick_load "$data/linkwork.db" "$root/bench/http/yardstick.sql"
    load_seconds=$(awk -v a="$load_started" -v b="$(now)" 'BEGIN {printf "%.0f", b - a}')
  fi
  # (yardstick_run uses the first 100 lines: 25 of each class.)
  paste -d '\n' $(for c in $classes; do echo "$work/mix/$c.sql"; done) >"$work/mix/all.sql"
  say "warming up PostgreSQL (every class, ${seconds} s)"
  yardstick_run "$work/mix/all.sql" "$seconds" "$connections" "$threads" >/dev/null
  for c in $classes all; do
    say "pgbench: $( [ "$c" = all ] && echo "the whole mix" || cat "$work/mix/$c.name") (${seconds} s)"
    read -r tps p50 p99 count < <(yardstick_run "$work/mix/$c.sql" "$seconds" "$connections" "$threads")
    name=$([ "$c" = all ] && echo "**the target mix, all four in turn**" || cat "$work/mix/$c.name")
    sql_rows+="| $name | $tps | $p50 | $p99 |"$'\n'
  done
  yardstick_stop
fi

# --- report --------------------------------------------------------------------------------------------------
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo
echo "machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "directory: $services demo services (seed 2026); wrk: $threads threads, $connections connections, ${seconds} s per row after a ${seconds} s warm-up; each class rotates through 1,000 queries"
echo
echo "| start-up and memory | value |"
echo "|---|---:|"
echo "| process start to /readyz answering 200 | $(awk -v a="$started" -v b="$ready" 'BEGIN {printf "%.1f s", b - a}') |"
echo "| of which the index load and build (server log) | $(awk -v ms="$index_ms" 'BEGIN {printf "%.1f s", ms / 1000}') |"
echo "| CPU time used by the server until ready (user + system) | $cpu_ready s |"
echo "| resident memory when ready (VmRSS) | $rss_ready MiB |"
echo "| resident memory after the load runs (VmRSS) | $rss_after MiB |"
echo "| peak resident memory (VmHWM) | $hwm_after MiB |"
echo
echo "| query class over HTTP | requests/s | p50 ms | p90 ms | p99 ms | errors | server CPU ms per request | KiB per response | mean matches |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s' "$http_rows"
if [ "$yardstick" = 1 ]; then
  echo
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') + PostGIS, same machine, same queries as SQL (bench/http/yardstick.sql; 100 of each class's queries, pgbench $connections clients, $threads threads)${load_seconds:+; load and index build: $load_seconds s}"
  echo
  echo "| query class as SQL | transactions/s | p50 ms | p99 ms |"
  echo "|---|---:|---:|---:|"
  printf '%s' "$sql_rows"
fi
