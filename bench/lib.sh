# Shared by the benchmark scripts: `. "$(dirname "$0")/lib.sh"` after `set -euo pipefail`.

say() { printf '==> %s\n' "$*" >&2; }
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# install_missing PACKAGE...: installs them from Debian's packages as root, or stops saying what to install.
install_missing() {
  [ $# -gt 0 ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $* from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$@" >/dev/null; }
  else
    say "missing $* and not root: install them first"; exit 1
  fi
}

# start_postgres DIR: a PostgreSQL cluster in DIR (made on first use, kept after) with a linkwork database, durable as
# in production (fsync and synchronous commit stay on). Sets pg_dir and pg_url, and exports the app's database
# settings; the caller unsets them when done and traps stop_postgres.
start_postgres() {
  local pg_bin port run_pg=()
  pg_bin=$(find_pg_bin)
  # initdb and postgres refuse to run as root; the postgres account comes with Debian's package.
  if [ "$(id -u)" = 0 ]; then run_pg=(runuser -u postgres --); fi
  pg_dir="$1"
  mkdir -p "$pg_dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; fi
  [ -f "$pg_dir/data/PG_VERSION" ] || "${run_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U linkwork --auth=trust -E UTF8 --no-locale >"$pg_dir/initdb.log"
  port=$(free_port)
  "${run_pg[@]}" "$pg_bin/postgres" -D "$pg_dir/data" -p "$port" -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
    -c shared_buffers=1GB -c max_connections=100 >"$pg_dir/postgres.log" 2>&1 &
  until "$pg_bin/pg_isready" -h 127.0.0.1 -p "$port" -q; do sleep 0.2; done
  psql "host=127.0.0.1 port=$port user=linkwork dbname=postgres" -tAq -c "SELECT 1 FROM pg_database WHERE datname = 'linkwork'" | grep -q 1 \
    || psql "host=127.0.0.1 port=$port user=linkwork dbname=postgres" -q -c "CREATE DATABASE linkwork"
  pg_url="host=127.0.0.1 port=$port user=linkwork dbname=linkwork"
  export Linkwork__Database__Provider=Postgres
  export ConnectionStrings__Linkwork="Host=127.0.0.1;Port=$port;Username=linkwork;Database=linkwork"
}

stop_postgres() {
  [ -n "${pg_dir:-}" ] && [ -f "$pg_dir/data/postmaster.pid" ] || return 0
  kill -INT "$(head -n 1 "$pg_dir/data/postmaster.pid")" 2>/dev/null || true
  for _ in $(seq 1 200); do [ -f "$pg_dir/data/postmaster.pid" ] || break; sleep 0.1; done
}
