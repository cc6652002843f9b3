#!/usr/bin/env bash
# scripts/with-postgres.sh <command…>: runs the command with TEST_POSTGRES_URL naming a throwaway PostgreSQL server
# on a loopback port (a new data folder, trust authentication, removed afterwards). Uses TEST_POSTGRES_URL as it is
# when it is already set. Installs Debian's postgresql package when it is missing and we are root with apt-get
# (../shared/STACK.md: initdb refuses to run as root, so the server runs as the postgres user).
set -euo pipefail

if [ -n "${TEST_POSTGRES_URL:-}" ]; then exec "$@"; fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "PostgreSQL not found: installing Debian's postgresql package for the PostgreSQL test run" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    echo "The PostgreSQL tests need a PostgreSQL server: install one (sudo apt-get install postgresql) or set TEST_POSTGRES_URL to a server's URL." >&2
    exit 1
  fi
fi

dir=$(mktemp -d /tmp/newscompare-pg.XXXXXX)
# A free loopback port: ask the kernel for one.
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi

stop() {
  as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$pgbin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null

# Starts and stops the server: here, and in the fault tests ("the database goes away": `$TEST_POSTGRES_CTL stop|start`).
# Sized for the tests: up to 20 concurrent clients per app server, several servers and test files at once.
cat >"$dir/ctl.sh" <<CTL
#!/usr/bin/env bash
set -euo pipefail
case "\$1" in
  stop) $( [ "$(id -u)" = 0 ] && echo "runuser -u postgres --" ) "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop ;;
  start) $( [ "$(id -u)" = 0 ] && echo "runuser -u postgres --" ) "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start ;;
  *) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
CTL
chmod +x "$dir/ctl.sh"
"$dir/ctl.sh" start >/dev/null
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)" >&2

export TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export TEST_POSTGRES_CTL="$dir/ctl.sh"
"$@"
