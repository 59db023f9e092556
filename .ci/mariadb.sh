#!/usr/bin/env bash
# Makes sure a MariaDB server answers on 127.0.0.1 and that the test account
# datahub/datahub may create and drop databases named datahub_%.
#
# Idempotent: safe to run again and again; when everything is already in place
# it only checks and exits. Called by .ci/run and by the test suite itself
# (Hub.Tests/Infrastructure/MariaDbServer.cs), so that a plain `dotnet test`
# works on a fresh machine.
#
# Steps:
#   1. install mariadb-server with apt-get when no mariadbd/mysqld is present
#      (as root, or through sudo when not root);
#   2. when nothing answers on 127.0.0.1:$PORT, start a project-owned server
#      with its data under $HUB_TEST_MYSQL_DIR (initialised with
#      mariadb-install-db, logging to $HUB_TEST_MYSQL_DIR/mysqld.log);
#   3. ensure the users 'datahub'@'127.0.0.1' and 'datahub'@'localhost'
#      (password 'datahub') with ALL on `datahub\_%`.*, connecting as root over
#      the server's Unix socket (ours or the system's).
#
# Environment:
#   HUB_TEST_MYSQL       a full connection string to use instead: skips everything
#   HUB_TEST_MYSQL_PORT  TCP port on 127.0.0.1 (default 3306)
#   HUB_TEST_MYSQL_DIR   project-owned server directory
#                        (default ${XDG_RUNTIME_DIR:-/tmp}/datahub-mariadb)
set -euo pipefail

log() { printf '[mariadb.sh] %s\n' "$*"; }
die() { printf '[mariadb.sh] ERROR: %s\n' "$*" >&2; exit 1; }

if [[ -n "${HUB_TEST_MYSQL:-}" ]]; then
  log "HUB_TEST_MYSQL is set: the tests use that server; nothing to do."
  exit 0
fi

HOST=127.0.0.1
PORT="${HUB_TEST_MYSQL_PORT:-3306}"
DIR="${HUB_TEST_MYSQL_DIR:-${XDG_RUNTIME_DIR:-/tmp}/datahub-mariadb}"
SOCK="$DIR/mysqld.sock"
PIDFILE="$DIR/mysqld.pid"
LOGFILE="$DIR/mysqld.log"
DB_USER=datahub
DB_PASSWORD=datahub
started=$SECONDS

find_tool() {
  local name dir
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    for dir in /usr/sbin /usr/local/sbin /usr/bin /usr/local/bin; do
      if [[ -x "$dir/$name" ]]; then echo "$dir/$name"; return 0; fi
    done
  done
  return 1
}

answers() { # is something listening on $HOST:$PORT?
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$PORT" 2>/dev/null
}

as_datahub() {
  MYSQL_PWD="$DB_PASSWORD" "$CLIENT" --no-defaults --protocol=tcp -h "$HOST" -P "$PORT" \
    -u "$DB_USER" -N -B -r "$@"
}

account_ready() {
  as_datahub -e 'SHOW GRANTS' 2>/dev/null | grep -qF 'datahub\_%'
}

ready() {
  log "ready: Server=$HOST;Port=$PORT;User=$DB_USER;Password=$DB_PASSWORD ($(as_datahub -e 'SELECT VERSION()')) in $((SECONDS - started)) s"
}

# ---- 0. fast path: everything is in place already -----------------------------
if CLIENT=$(find_tool mariadb mysql) && answers && account_ready; then
  log "a server answers on $HOST:$PORT and user $DB_USER is set up; nothing to do"
  ready
  exit 0
fi

mkdir -p "$DIR"
# One run at a time (the test suite and .ci/run may both call this). The server
# must never inherit this descriptor (see the start below).
exec 9>"$DIR.setup.lock"
flock -w 900 9 || die "timed out waiting for another run of this script (lock $DIR.setup.lock)"

# ---- 1. install -------------------------------------------------------------
if ! find_tool mariadbd mysqld >/dev/null; then
  if [[ $EUID -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    # Without a terminal sudo must not wait for a password nobody can type.
    if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
  else
    die "mariadb-server is not installed, this is not root and sudo is missing. Install it with 'apt-get install -y mariadb-server' as root, or set HUB_TEST_MYSQL to a connection string of an existing server."
  fi
  log "mariadbd not found: installing mariadb-server with apt-get ${as_root[*]:+(via ${as_root[*]})}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -q \
    || die "apt-get update failed (as ${as_root[*]:-root})"
  "${as_root[@]}" apt-get install -y -q --no-install-recommends mariadb-server mariadb-client \
    || die "apt-get install mariadb-server failed (as ${as_root[*]:-root})"
  log "installed mariadb-server"
fi
MARIADBD=$(find_tool mariadbd mysqld) || die "mariadbd still missing after installation"
CLIENT=$(find_tool mariadb mysql) || die "the mariadb client is missing (apt-get install -y mariadb-client)"
INSTALL_DB=$(find_tool mariadb-install-db mysql_install_db) || die "mariadb-install-db is missing"

# The OS account the project-owned server runs as, and the MariaDB account
# that this OS account reaches through unix_socket authentication.
if [[ $EUID -eq 0 ]]; then
  if getent passwd mysql >/dev/null; then RUN_AS=mysql; else RUN_AS=root; fi
  SOCKET_USER=root
else
  RUN_AS=$(id -un)
  SOCKET_USER=$RUN_AS
fi

# ---- 2. start ---------------------------------------------------------------
alive() { # is process $1 running (not gone, not a zombie nobody reaps)?
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [[ -n "$state" && "$state" != Z && "$state" != X ]]
}

server_pid() { # pid of our server when it is running
  local pid
  [[ -s "$PIDFILE" ]] || return 1
  pid=$(<"$PIDFILE")
  [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" \
    && grep -qaE 'mariadbd|mysqld' "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

wait_for_server() { # $1: pid of the server process
  local i
  for ((i = 0; i < 60; i++)); do
    if answers && "$CLIENT" --no-defaults --protocol=socket --socket="$SOCK" -u"$SOCKET_USER" \
        -e 'SELECT 1' >/dev/null 2>&1; then
      return 0
    fi
    if ! alive "$1"; then
      tail -n 30 "$LOGFILE" >&2 || true
      die "the server exited while starting; see $LOGFILE"
    fi
    sleep 0.5
  done
  tail -n 30 "$LOGFILE" >&2 || true
  die "the server did not answer on $HOST:$PORT within 30 s; see $LOGFILE"
}

if answers; then
  log "a server already answers on $HOST:$PORT"
else
  if pid=$(server_pid); then
    log "our server (pid $pid) is running but does not answer yet; waiting"
  else
    if [[ ! -d "$DIR/data/mysql" ]]; then
      log "initialising a data directory in $DIR/data"
      rm -rf "$DIR/data.new"
      mkdir -p "$DIR/data.new"
      install_args=(--no-defaults --datadir="$DIR/data.new" --skip-test-db
                    --auth-root-authentication-method=socket)
      if [[ $EUID -eq 0 ]]; then
        chown -R "$RUN_AS" "$DIR/data.new"
        install_args+=(--user="$RUN_AS")
      else
        install_args+=(--auth-root-socket-user="$SOCKET_USER")
      fi
      "$INSTALL_DB" "${install_args[@]}" >"$DIR/install-db.log" 2>&1 \
        || { tail -n 30 "$DIR/install-db.log" >&2; die "mariadb-install-db failed; see $DIR/install-db.log"; }
      mv "$DIR/data.new" "$DIR/data"
    fi
    [[ $EUID -eq 0 ]] && chown "$RUN_AS" "$DIR"
    rm -f "$SOCK" "$SOCK.lock" "$PIDFILE"
    server_args=(--no-defaults --datadir="$DIR/data" --bind-address="$HOST" --port="$PORT"
                 --socket="$SOCK" --pid-file="$PIDFILE" --log-error="$LOGFILE"
                 --skip-name-resolve --character-set-server=utf8mb4
                 --collation-server=utf8mb4_unicode_ci --innodb-flush-log-at-trx-commit=2
                 --innodb-buffer-pool-size=128M)
    [[ $EUID -eq 0 ]] && server_args+=(--user="$RUN_AS")
    log "starting $MARIADBD on $HOST:$PORT (socket $SOCK, log $LOGFILE)"
    # Detached, without our stdout/stderr (callers reading this script's output,
    # like the test fixture, would wait for the server to exit) and without the
    # lock descriptor (the next run would wait for it forever).
    setsid "$MARIADBD" "${server_args[@]}" </dev/null >>"$LOGFILE.stdout" 2>&1 9>&- &
    pid=$!
  fi
  wait_for_server "$pid"
  log "server is up (pid $(server_pid || echo '?'))"
fi

# ---- 3. account -------------------------------------------------------------
if account_ready; then
  log "user $DB_USER may already create databases named datahub_%; nothing to change"
else
  root_socket=""
  for s in "$SOCK" /run/mysqld/mysqld.sock /var/run/mysqld/mysqld.sock /tmp/mysql.sock; do
    if [[ -S "$s" ]] && "$CLIENT" --no-defaults --protocol=socket --socket="$s" -u"$SOCKET_USER" \
        -e 'SELECT 1' >/dev/null 2>&1; then
      root_socket=$s
      break
    fi
  done
  [[ -n "$root_socket" ]] || die "cannot connect as $SOCKET_USER over a Unix socket to the server on $HOST:$PORT to create user $DB_USER. Create it by hand (see this script) or set HUB_TEST_MYSQL."
  log "ensuring user $DB_USER (as $SOCKET_USER via $root_socket)"
  "$CLIENT" --no-defaults --protocol=socket --socket="$root_socket" -u"$SOCKET_USER" <<SQL
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`datahub\\_%\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`datahub\\_%\`.* TO '$DB_USER'@'localhost';
SQL
  account_ready || die "user $DB_USER still cannot log in over TCP with the expected grants"
fi

ready
