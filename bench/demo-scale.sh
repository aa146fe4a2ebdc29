#!/usr/bin/env bash
# Benchmark: how long the demo programme takes to generate and save at scale, and its peak memory.
# Usage: bench/demo-scale.sh [SERVICES] [PEOPLE]      (default 1,000,000 services, 100,000 people)
# Runs on SQLite in a temporary folder; set Linkwork__Database__Provider=Postgres and
# ConnectionStrings__Linkwork (an empty database) to measure PostgreSQL instead.
# Record the figures in docs/benchmarks.md with the date and the machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
services="${1:-1000000}"
people="${2:-100000}"
data="$(mktemp -d /tmp/linkwork-bench.XXXXXX)"
trap 'rm -rf "$data"' EXIT

"$root/linkwork" --help >/dev/null   # build first, so the timing below is the demo alone
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m); database: ${Linkwork__Database__Provider:-Sqlite}"
/usr/bin/time -f "elapsed %e s, peak resident %M KiB" \
  "$root/linkwork" demo --services "$services" --people "$people" --seed 2026 --data "$data" 2>&1 | grep -v '^services:\|^people:'
if [ -f "$data/linkwork.db" ]; then
  echo "database file: $(du -h "$data/linkwork.db" | cut -f1)"
fi
