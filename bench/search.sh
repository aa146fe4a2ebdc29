#!/usr/bin/env bash
# Benchmark: the in-memory directory search over synthetic services (default 1,000,000).
# Usage: bench/search.sh [--services N] [--queries N] [--seed N]
# Prints build time, memory, and p50/p99/mean per query class as a markdown table.
# Record the figures in docs/benchmarks.md with the date and the machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$root/bench/Linkwork.Bench.Search" -c Release -warnaserror -v quiet -nologo >/dev/null
exec dotnet "$root/bench/Linkwork.Bench.Search/bin/Release/net10.0/Linkwork.Bench.Search.dll" "$@"
