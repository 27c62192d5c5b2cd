#!/usr/bin/env bash
# Runs a command (the unit tests) with TEST_DATABASE_URL pointing at a throwaway PostgreSQL, so the
# draft store's suite runs against PostgreSQL as well as SQLite:
#
#   bash scripts/postgres-test.sh vitest run --coverage
#
# - TEST_DATABASE_URL already set (a developer's own server, a CI service container): used as is.
# - Otherwise PostgreSQL's binaries are taken from /usr/lib/postgresql/<newest>/bin, installed with
#   apt when missing and running as root (like zorg-voor-chromium.sh does for Chromium).
# - The server lives in a fresh temporary directory, owned by an unprivileged user (initdb refuses
#   root), listens on a free port on 127.0.0.1 with a random password, keeps its unix socket in
#   that directory, and is stopped and removed whatever happens to the command.
# - Not root and no PostgreSQL: the command runs without TEST_DATABASE_URL; the PostgreSQL tests
#   then report themselves as skipped, and this script says why.
# Exits with the command's exit code.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "gebruik: bash scripts/postgres-test.sh <commando> [argumenten…]" >&2
  exit 64
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "postgres-test: TEST_DATABASE_URL is al gezet; die database wordt gebruikt"
  exec "$@"
fi

# Newest installed major version; `sort -V` orders 9.6 < 15 < 16 correctly.
zoek_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin=$(zoek_bin || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres-test: geen PostgreSQL in /usr/lib/postgresql en geen root om het met apt te installeren;" \
      "de PostgreSQL-tests worden overgeslagen (installeer het pakket 'postgresql' of zet TEST_DATABASE_URL)" >&2
    exec "$@"
  fi
  echo "postgres-test: PostgreSQL ontbreekt; installeren met apt (postgresql)"
  # Debian's package also sets up a "main" cluster for the system; Debian's container images
  # forbid starting services during apt (policy-rc.d), and on a full machine that cluster is the
  # system's own service on port 5432: this script neither uses nor stops it.
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(zoek_bin)
fi

# initdb and postgres refuse to run as root. As root, run them as Debian's `postgres` user (the
# package creates it) or else `nobody`; as anyone else, as ourselves.
if [ "$(id -u)" -eq 0 ]; then
  if id -u postgres >/dev/null 2>&1; then gebruiker=postgres; else gebruiker=nobody; fi
  gebruiker=${PGTEST_GEBRUIKER:-$gebruiker}
  als() { runuser -u "$gebruiker" -- "$@"; }
  # /tmp itself: a root-only TMPDIR would be unreachable for that user. Short, too: a unix
  # socket path may not exceed 107 bytes.
  tmp=$(mktemp -d /tmp/pgb-postgres.XXXXXX)
  chown "$gebruiker" "$tmp"
else
  als() { "$@"; }
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgb-postgres.XXXXXX")
fi
chmod 700 "$tmp"
data="$tmp/data"

opruimen() {
  if [ -f "$data/postmaster.pid" ]; then
    # immediate: the data is thrown away, so no checkpoint is worth waiting for.
    if ! als "$bin/pg_ctl" -D "$data" -m immediate -w -t 20 stop >/dev/null 2>&1; then
      # Only the postmaster this script started (its pid from its own pid file).
      pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
      [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$tmp"
}
trap opruimen EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 32 hex characters: local users other than the test run cannot log in over TCP.
wachtwoord=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
printf '%s\n' "$wachtwoord" >"$tmp/wachtwoord"
[ "$(id -u)" -eq 0 ] && chown "$gebruiker" "$tmp/wachtwoord"
chmod 600 "$tmp/wachtwoord"

# Inside the temporary directory: the unprivileged user may not be able to read the caller's cwd.
(
  cd "$tmp"
  als "$bin/initdb" -D "$data" -U postgres --pwfile="$tmp/wachtwoord" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C --no-sync >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }
)
rm -f "$tmp/wachtwoord"

vrije_poort() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# A port found free can be taken before the server binds it; then try another.
gestart=""
for _ in 1 2 3 4 5; do
  poort=$(vrije_poort)
  # fsync and friends off: a throwaway database need not survive a power cut, and the tests run
  # several times faster without waiting for the disk.
  if (cd "$tmp" && als "$bin/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 -s start -o \
    "-p $poort -c listen_addresses=127.0.0.1 -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off"); then
    gestart=1
    break
  fi
done
if [ -z "$gestart" ]; then
  echo "postgres-test: PostgreSQL start niet; server.log:" >&2
  cat "$tmp/server.log" >&2 || true
  exit 1
fi

PGPASSWORD="$wachtwoord" "$bin/createdb" -h 127.0.0.1 -p "$poort" -U postgres pgb_test
export TEST_DATABASE_URL="postgresql://postgres:${wachtwoord}@127.0.0.1:${poort}/pgb_test"
echo "postgres-test: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') op 127.0.0.1:$poort (tijdelijk, $tmp)"

# Not exec: the EXIT trap must still stop the server afterwards. In the background, so that a
# TERM or INT sent to this script alone (a CI timeout) is passed on to the command at once, instead
# of waiting, as bash does for a foreground command, until the command ends by itself. `<&0`: keep
# the caller's stdin (bash gives a background command /dev/null otherwise).
"$@" <&0 &
kind=$!
trap 'kill -TERM "$kind" 2>/dev/null || true' TERM
trap 'kill -INT "$kind" 2>/dev/null || true' INT
set +e
# `wait` also returns when a trapped signal arrives; wait again until the command has ended.
while :; do
  wait "$kind"
  status=$?
  kill -0 "$kind" 2>/dev/null || break
done
exit "$status"
