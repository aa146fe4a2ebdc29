#!/usr/bin/env bash
# Builds Linkwork with warnings as errors and runs every test, on SQLite and on a throwaway PostgreSQL
# server, with a real Chromium for the browser tests. On a fresh machine it installs what the tests need
# (Debian's postgresql, chromium and python3-aiosmtpd) when it runs as root, and says plainly what it skipped otherwise.
# The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root_dir=$(pwd)

say() { printf '==> %s\n' "$*" >&2; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# The email tests deliver to a local SMTP sink, Debian's aiosmtpd. Debian's own python3 is asked first: the python3
# first on PATH may be another installation without Debian's modules.
find_smtp_python() {
  local py
  for py in /usr/bin/python3 "$(command -v python3 2>/dev/null)"; do
    if [ -n "$py" ] && [ -x "$py" ] && "$py" -c 'import aiosmtpd' >/dev/null 2>&1; then echo "$py"; return 0; fi
  done
  return 1
}

# --- prerequisites -----------------------------------------------------------------------------------
missing=()
[ -n "$(find_pg_bin)" ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
find_smtp_python >/dev/null || missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]} from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" fonts-liberation >/dev/null \
      || say "could not install ${missing[*]}"
  else
    say "not root: cannot install ${missing[*]}; the tests that need them will be skipped"
  fi
fi

# --- a throwaway PostgreSQL cluster on a free loopback port, no Unix socket --------------------------
pg_dir=""
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  # Stop the server by its own pid (the first line of postmaster.pid): under runuser the shell's child is
  # runuser, which does not pass signals on. SIGINT is PostgreSQL's fast shutdown.
  local pid_file="$pg_dir/data/postmaster.pid"
  if [ -f "$pid_file" ]; then
    kill -INT "$(head -n 1 "$pid_file")" 2>/dev/null
    for _ in $(seq 1 100); do [ -f "$pid_file" ] || break; sleep 0.1; done
  fi
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

start_postgres() {
  local bin; bin=$(find_pg_bin)
  [ -n "$bin" ] || return 1
  pg_dir=$(mktemp -d /tmp/linkwork-pg.XXXXXX)
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local run=()
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root; the postgres account comes with Debian's package.
    chown postgres "$pg_dir"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$pg_dir/data" -U linkwork --auth=trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; return 1; }
  "${run[@]}" "$bin/postgres" -D "$pg_dir/data" -p "$port" -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
    -c fsync=off -c full_page_writes=off -c max_connections=200 >"$pg_dir/server.log" 2>&1 &
  for _ in $(seq 1 100); do
    if "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q; then
      export LINKWORK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=linkwork;Database=postgres"
      say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (pid $(head -n 1 "$pg_dir/data/postmaster.pid"))"
      return 0
    fi
    sleep 0.2
  done
  cat "$pg_dir/server.log" >&2
  return 1
}

if ! start_postgres; then
  say "PostgreSQL is not available: the PostgreSQL tests will be skipped"
fi
if command -v chromium >/dev/null 2>&1; then
  export LINKWORK_TEST_CHROMIUM=$(command -v chromium)
else
  say "Chromium is not available: the browser tests will be skipped"
fi
if smtp_python=$(find_smtp_python); then
  export LINKWORK_TEST_SMTP_PYTHON=$smtp_python
else
  say "aiosmtpd is not available: the email delivery tests will be skipped"
fi
# Under CI nothing may be skipped silently: the tests fail when a dependency is missing.
if [ "${CI:-}" = "true" ]; then export LINKWORK_TEST_REQUIRE_ALL=1; fi

# --- build and test ------------------------------------------------------------------------------------
say "building (warnings are errors)"
dotnet tool restore >/dev/null
if ! dotnet build Linkwork.slnx -c Release -warnaserror -nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi

say "running the tests"
log=$(mktemp)
# Arguments go to the test platform, e.g. ./test.sh --filter-class '*ImportDirectoryTests*'; a project with
# nothing matching the filter then runs zero tests, which is no failure.
extra=()
if [ $# -gt 0 ]; then extra=(--ignore-exit-code 8 "$@"); fi
dotnet test --solution Linkwork.slnx -c Release --no-build "${extra[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The run ends with a summary block of "failed: N", "succeeded: N" and "skipped: N" lines.
read -r passed failed skipped < <(awk '/^Test run summary/ {on=1} on && $1=="failed:" {f=$2} on && $1=="succeeded:" {p=$2} on && $1=="skipped:" {s=$2} END {print p+0, f+0, s+0}' "$log")
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
