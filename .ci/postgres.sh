#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on localhost for the job's PostgreSQL test, installing it from
# Debian's packages when missing. Prints the JDBC URL on success; prints nothing and exits 0 when
# it cannot (the test then skips with a visible message).
set -u
PORT=${ENTENTE_PG_PORT:-54329}
DATA=${ENTENTE_PG_DATA:-/tmp/entente-pg}
say() { echo "postgres.sh: $*" >&2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing postgresql from Debian's packages"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2 || { say "install failed"; exit 0; }
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
fi
[ -n "$bin" ] || { say "no PostgreSQL server available"; exit 0; }

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ -f "$DATA/postmaster.pid" ]; then
  as_postgres "$bin/pg_ctl -D $DATA stop -m fast" >/dev/null 2>&1
fi
rm -rf "$DATA"; mkdir -p "$DATA"
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
as_postgres "$bin/initdb -D $DATA -U postgres -A trust" >/dev/null 2>&1 || { say "initdb failed"; exit 0; }
as_postgres "$bin/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/server.log -w start" >/dev/null 2>&1 \
  || { say "server did not start: $(tail -n 3 $DATA/server.log 2>/dev/null)"; exit 0; }
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "create user entente password 'entente'" >/dev/null 2>&1
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database entente owner entente" >/dev/null 2>&1
echo "jdbc:postgresql://127.0.0.1:$PORT/entente"
