#!/usr/bin/env bash
# Benchmark: the HSDS import. Makes a demo directory of SERVICES services, exports it as HSDS JSON, imports that
# into a fresh folder (first import: every row new), then imports the same file again (every row unchanged).
# Each step is timed with /usr/bin/time (wall time and peak resident memory).
# Usage: bench/import.sh [SERVICES]      (default 100,000 services)
# Runs on SQLite in a temporary folder; set Linkwork__Database__Provider=Postgres and ConnectionStrings__Linkwork
# (a server the user may create databases on) to measure PostgreSQL: the demo and the import then get databases
# of their own on that server, named after this run and dropped at the end when dropdb is at hand.
# Record the figures in docs/benchmarks.md with the date and the machine, and whether the machine was busy.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
services="${1:-100000}"
work="$(mktemp -d /tmp/linkwork-import-bench.XXXXXX)"
provider="${Linkwork__Database__Provider:-Sqlite}"
databases=()

# The PostgreSQL client tools (Debian keeps them out of PATH) and the server the connection string names.
pg_tool() { command -v "$1" || ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1; }
pg_args() {
  local base="${ConnectionStrings__Linkwork}" host port user
  host=$(sed -n 's/.*[Hh]ost=\([^;]*\).*/\1/p' <<<"$base"); port=$(sed -n 's/.*[Pp]ort=\([^;]*\).*/\1/p' <<<"$base")
  user=$(sed -n 's/.*\([Uu]sername\|[Uu]ser [Ii][Dd]\)=\([^;]*\).*/\2/p' <<<"$base")
  echo ${host:+-h "$host"} ${port:+-p "$port"} ${user:+-U "$user"}
}

cleanup() {
  for db in "${databases[@]}"; do
    # shellcheck disable=SC2046
    "$(pg_tool dropdb)" --if-exists $(pg_args) "$db" || echo "could not drop database $db: drop it by hand" >&2
  done
  rm -rf "$work"
}
trap cleanup EXIT

# Each step runs against its own data folder, and on PostgreSQL its own database: linkwork_in NAME ARGS... is the
# command to run (an array, so /usr/bin/time can run it).
linkwork_in() {
  local name="$1"; shift
  if [ "$provider" = "Postgres" ]; then
    command=(env "ConnectionStrings__Linkwork=${ConnectionStrings__Linkwork};Database=linkwork_bench_$$_$name" "$root/linkwork" --data "$work/$name" "$@")
  else
    command=("$root/linkwork" --data "$work/$name" "$@")
  fi
}
if [ "$provider" = "Postgres" ]; then
  : "${ConnectionStrings__Linkwork:?set ConnectionStrings__Linkwork to measure PostgreSQL}"
  [ -n "$(pg_tool createdb)" ] || { echo "createdb and dropdb (PostgreSQL's client tools) are needed" >&2; exit 1; }
  for db in "linkwork_bench_$$_demo" "linkwork_bench_$$_target"; do
    # shellcheck disable=SC2046
    "$(pg_tool createdb)" $(pg_args) "$db"
    databases+=("$db")
  done
fi
command=()

# Times one step: prints its wall time and peak memory, and the services/s over the whole command.
timed() {
  local label="$1"; shift
  local log="$work/$label.log" stats="$work/$label.time"
  if ! /usr/bin/time -o "$stats" -f "%e %M %U %S" "$@" >"$log" 2>&1; then
    tr '\r' '\n' <"$log" | tail -n 20 >&2
    echo "$label failed" >&2
    exit 1
  fi
  read -r elapsed peak user system <"$stats"
  local own; own=$(tr '\r' '\n' <"$log" | grep -a -E '^(Imported|Exported)' | tail -n 1 || true)
  printf '%-26s %8.1f s  %9s services/s  peak %6d MiB  cpu %6.1f s   %s\n' "$label" "$elapsed" \
    "$(awk -v n="$services" -v s="$elapsed" 'BEGIN { printf "%\047d", n / s }')" $((peak / 1024)) \
    "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')" "$own"
  tr '\r' '\n' <"$log" | grep -a -E '^[a-z ]+: [0-9,]+ created' | sed 's/^/    /' || true
}

"$root/linkwork" --help >/dev/null   # build first, so the timings below are the steps alone
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); database: $provider; services: $services"
linkwork_in demo demo --people 10 --services "$services" --seed 2026; timed "demo" "${command[@]}"
linkwork_in demo export hsds --out "$work/export.json"; timed "export" "${command[@]}"
echo "    export file: $(du -h "$work/export.json" | cut -f1)"
linkwork_in target programme create --name "Import benchmark"; "${command[@]}" >/dev/null
linkwork_in target import hsds "$work/export.json"
timed "import (first, all new)" "${command[@]}"
timed "import (again, unchanged)" "${command[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
