#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks, on loopback only.
#   scripts/pg-throwaway.sh start   → prints the connection URL (database kitdesk_test)
#   scripts/pg-throwaway.sh stop
#   scripts/pg-throwaway.sh running   → exit status 0 when the cluster is up
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
DIR=${KITDESK_PG_DIR:-/tmp/kitdesk-pg}
PORT=${KITDESK_PG_PORT:-54329}
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"; [ "$(id -u)" = 0 ] && chown postgres "$DIR"
      as_owner "$PGBIN/initdb" -D "$DIR" -U postgres -A trust --no-sync >/dev/null
    fi
    if ! as_owner "$PGBIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      as_owner "$PGBIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
        -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    fi
    psql -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='kitdesk_test'" | grep -q 1 \
      || psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE kitdesk_test" >/dev/null
    echo "postgres://postgres@127.0.0.1:$PORT/kitdesk_test"
    ;;
  running)
    [ -f "$DIR/PG_VERSION" ] && as_owner "$PGBIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1
    ;;
  stop)
    [ -f "$DIR/PG_VERSION" ] && as_owner "$PGBIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop|running" >&2; exit 2 ;;
esac
