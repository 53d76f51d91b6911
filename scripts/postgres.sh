#!/usr/bin/env bash
# A throwaway PostgreSQL on loopback for tests and benchmarks, so `npm test` can check the PostgreSQL store
# on a fresh machine. Installs Debian's postgresql package when it is missing (as root), never touches a
# system service, and keeps everything in one directory that `stop` deletes.
#
#   eval "$(bash scripts/postgres.sh start)"   # starts (or reuses) it; prints `export VIGIA_TEST_DATABASE_URL=…`
#   bash scripts/postgres.sh url               # prints the URL
#   bash scripts/postgres.sh stop              # stops it and deletes its directory
#
# VIGIA_PG_PORT (default 54329) and VIGIA_PG_DIR (default $TMPDIR/vigia-postgres-$PORT) choose where.
set -euo pipefail

PORT="${VIGIA_PG_PORT:-54329}"
DIR="${VIGIA_PG_DIR:-${TMPDIR:-/tmp}/vigia-postgres-$PORT}"
DB=vigia_test
URL="postgres://postgres@127.0.0.1:$PORT/$DB"

say() { echo "postgres.sh: $*" >&2; }

bin_dir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
    if [[ "$(id -u)" != 0 ]]; then
      say "PostgreSQL is not installed; run as root or: sudo apt-get install -y postgresql"
      exit 1
    fi
    say "installing Debian's postgresql package…"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
    dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$dir"
}

# initdb refuses to run as root: run the server as the postgres user then.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [[ -f "$DIR/data/postmaster.pid" ]] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; }

start() {
  BIN="$(bin_dir)"
  if ! running; then
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [[ "$(id -u)" == 0 ]] && chown postgres "$DIR"
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
      { cat "$DIR/initdb.log" >&2; exit 1; }
    # synchronous_commit=off: a crash may lose the last commits, never corrupts — fine for a throwaway server.
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o \
      "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c synchronous_commit=off" start >/dev/null ||
      { cat "$DIR/server.log" >&2; exit 1; }
    as_owner "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -qAtc "CREATE DATABASE $DB" >/dev/null
    say "started PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ($DIR)"
  else
    say "reusing the server on 127.0.0.1:$PORT"
  fi
  echo "export VIGIA_TEST_DATABASE_URL=$URL"
}

stop() {
  BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$BIN" ]] && running; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null
    say "stopped the server on 127.0.0.1:$PORT"
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
