#!/usr/bin/env bash
# Makes sure the redis-server binary is installed, for the tests of the Redis
# activity-feed backplane (Hub.Tests/Infrastructure/RedisServer.cs).
#
# The tests start and stop their own redis-server processes on free 127.0.0.1
# ports (no persistence), so this script does not start, configure or need a
# running service: it only installs the package when the binary is missing.
#
# Idempotent: when redis-server is already there it only checks and exits.
# Called by .ci/run and by the test suite itself, so that a plain `dotnet test`
# works on a fresh machine.
#
# Environment:
#   HUB_TEST_REDIS_SERVER  path of a redis-server binary to use instead: skips everything
set -euo pipefail

log() { printf '[redis.sh] %s\n' "$*"; }
die() { printf '[redis.sh] ERROR: %s\n' "$*" >&2; exit 1; }

if [[ -n "${HUB_TEST_REDIS_SERVER:-}" ]]; then
  [[ -x "$HUB_TEST_REDIS_SERVER" ]] || die "HUB_TEST_REDIS_SERVER=$HUB_TEST_REDIS_SERVER is not an executable file"
  log "HUB_TEST_REDIS_SERVER is set: the tests use $HUB_TEST_REDIS_SERVER; nothing to do."
  exit 0
fi

find_server() {
  local dir
  if command -v redis-server >/dev/null 2>&1; then command -v redis-server; return 0; fi
  for dir in /usr/bin /usr/sbin /usr/local/bin /usr/local/sbin; do
    if [[ -x "$dir/redis-server" ]]; then echo "$dir/redis-server"; return 0; fi
  done
  return 1
}

if server=$(find_server); then
  log "found $server ($("$server" --version | head -n 1)); nothing to do"
  exit 0
fi

# One run at a time (the test suite and .ci/run may both call this).
lock="${XDG_RUNTIME_DIR:-/tmp}/datahub-redis.setup.lock"
exec 9>"$lock"
flock -w 900 9 || die "timed out waiting for another run of this script (lock $lock)"
if server=$(find_server); then
  log "another run installed $server meanwhile; nothing to do"
  exit 0
fi

if [[ $EUID -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  # Without a terminal sudo must not wait for a password nobody can type.
  if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
else
  die "redis-server is not installed, this is not root and sudo is missing. Install it with 'apt-get install -y redis-server' as root, or set HUB_TEST_REDIS_SERVER to a redis-server binary."
fi

log "redis-server not found: installing it with apt-get ${as_root[*]:+(via ${as_root[*]})}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q \
  || die "apt-get update failed (as ${as_root[*]:-root})"
# The package's own service (on the default port 6379) may start or not
# (there is no init system in a container); the tests do not use it.
"${as_root[@]}" apt-get install -y -q --no-install-recommends redis-server \
  || die "apt-get install redis-server failed (as ${as_root[*]:-root})"
server=$(find_server) || die "redis-server still missing after installation"
log "installed $server ($("$server" --version | head -n 1))"
