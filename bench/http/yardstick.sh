# The PostgreSQL yardstick of bench/http.sh (sourced, not run): a throwaway PostgreSQL cluster with PostGIS,
# loaded with the demo directory's searchable columns from its SQLite file, queried with pgbench.
# Expects: say, pg_bin, run_pg (runuser prefix when root), work (a scratch folder).

yardstick_port=""
yardstick_dir=""

yardstick_stop() {
  [ -n "$yardstick_dir" ] || return 0
  # Stop by the server's own pid (first line of postmaster.pid): under runuser the shell's child does not
  # pass signals on. SIGINT is PostgreSQL's fast shutdown.
  local pid_file="$yardstick_dir/data/postmaster.pid"
  if [ -f "$pid_file" ]; then
    kill -INT "$(head -n 1 "$pid_file")" 2>/dev/null || true
    for _ in $(seq 1 200); do [ -f "$pid_file" ] || break; sleep 0.1; done
  fi
}

# yardstick_start DIR: a cluster in DIR (made if new) on a free loopback port, no Unix socket. Settings: more
# shared buffers than the default so the tables stay in memory as the engine's index does, and no JIT, which
# costs tens of milliseconds per query at this size and is not what an OLTP search would use.
yardstick_start() {
  yardstick_dir="$1"
  mkdir -p "$yardstick_dir"
  [ "$(id -u)" = 0 ] && chown postgres "$yardstick_dir"
  if [ ! -f "$yardstick_dir/data/PG_VERSION" ]; then
    "${run_pg[@]}" "$pg_bin/initdb" -D "$yardstick_dir/data" -U linkwork --auth=trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 \
      || { cat "$work/initdb.log" >&2; return 1; }
  fi
  yardstick_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "${run_pg[@]}" "$pg_bin/postgres" -D "$yardstick_dir/data" -p "$yardstick_port" -c listen_addresses=127.0.0.1 \
    -c unix_socket_directories= -c fsync=off -c full_page_writes=off -c synchronous_commit=off \
    -c shared_buffers=2GB -c work_mem=32MB -c maintenance_work_mem=1GB -c effective_cache_size=8GB \
    -c random_page_cost=1.1 -c jit=off -c max_connections=50 >"$work/postgres.log" 2>&1 &
  for _ in $(seq 1 150); do
    if "$pg_bin/pg_isready" -h 127.0.0.1 -p "$yardstick_port" -q; then return 0; fi
    sleep 0.2
  done
  cat "$work/postgres.log" >&2
  return 1
}

yardstick_psql() { psql -h 127.0.0.1 -p "$yardstick_port" -U linkwork -d postgres -v ON_ERROR_STOP=1 -q "$@"; }

# yardstick_load SQLITE_FILE SQL_FILE: copies the searchable columns out of the demo's SQLite file (ids are
# upper-case text there, lower-case inside JSON) and builds the tables and indexes of SQL_FILE.
yardstick_load() {
  local db="$1" schema="$2"
  yardstick_psql -c "DROP TABLE IF EXISTS svc, svc_place, svc_opening, svc_raw, svc_place_raw, svc_opening_raw" \
    -c "CREATE UNLOGGED TABLE svc_raw (id text, status text, need text, term_ids text, min_age int, max_age int, assured text, name text, alternate_name text, description text, organisation text, term_names text)" \
    -c "CREATE UNLOGGED TABLE svc_place_raw (service_id text, longitude float8, latitude float8)" \
    -c "CREATE UNLOGGED TABLE svc_opening_raw (service_id text, byday text, opens text, closes text)"
  sqlite3 -csv "$db" "SELECT s.id, s.status, s.need,
      '{' || coalesce((SELECT group_concat(json_extract(a.value, '\$.taxonomy_term_id')) FROM json_each(s.attributes) a), '') || '}',
      s.minimum_age, s.maximum_age, s.assured_date, s.name, s.alternate_name, s.description, o.name,
      (SELECT group_concat(t.name, ' ') FROM json_each(s.attributes) a JOIN taxonomy_terms t ON t.id = upper(json_extract(a.value, '\$.taxonomy_term_id')))
    FROM services s JOIN organisations o ON o.id = s.organisation_id" \
    | yardstick_psql -c "\\copy svc_raw FROM STDIN WITH (FORMAT csv)"
  sqlite3 -csv "$db" "SELECT s.id, l.longitude, l.latitude FROM services s, json_each(s.locations) j
      JOIN locations l ON l.id = upper(json_extract(j.value, '\$.location_id')) WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL" \
    | yardstick_psql -c "\\copy svc_place_raw FROM STDIN WITH (FORMAT csv)"
  sqlite3 -csv "$db" "SELECT s.id, json_extract(j.value, '\$.byday'), json_extract(j.value, '\$.opens_at'), json_extract(j.value, '\$.closes_at')
      FROM services s, json_each(s.schedules) j
      WHERE upper(json_extract(j.value, '\$.freq')) = 'WEEKLY' AND coalesce(json_extract(j.value, '\$.interval'), 1) = 1
        AND json_extract(j.value, '\$.opens_at') IS NOT NULL AND json_extract(j.value, '\$.closes_at') IS NOT NULL" \
    | yardstick_psql -c "\\copy svc_opening_raw FROM STDIN WITH (FORMAT csv)"
  yardstick_psql -f "$schema"
}

# yardstick_run SQL_LINES SECONDS CLIENTS THREADS: pgbench with one script per query (at most 100, picked at
# random per transaction); prints "tps p50_ms p99_ms transactions" from pgbench's per-transaction log.
yardstick_run() {
  local lines="$1" seconds="$2" clients="$3" threads="$4"
  local scripts="$work/pgbench-scripts" logs="$work/pgbench-logs"
  rm -rf "$scripts" "$logs"
  mkdir -p "$scripts" "$logs"
  head -n 100 "$lines" | split -l 1 -d -a 3 - "$scripts/q"
  local args=()
  for f in "$scripts"/q*; do args+=(-f "$f"); done
  local out
  out=$(cd "$logs" && pgbench -h 127.0.0.1 -p "$yardstick_port" -U linkwork -n -c "$clients" -j "$threads" -T "$seconds" \
    --log --log-prefix=tx "${args[@]}" postgres 2>&1) || { echo "$out" >&2; return 1; }
  local tps
  tps=$(echo "$out" | awk '/^tps = / {print $3; exit}')
  # The third column of each log line is the transaction's latency in microseconds.
  cat "$logs"/tx* | awk '{print $3}' | sort -n | awk -v tps="$tps" '
    { a[NR] = $1 }
    END { p50 = a[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]; p99 = a[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
          printf "%.0f %.2f %.2f %d\n", tps, p50 / 1000, p99 / 1000, NR }'
}
