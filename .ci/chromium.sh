#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium, for the test that drives
# the GraphiQL IDE in a headless browser (Hub.Tests/GraphiQL), with a CJK font
# (fonts-wqy-microhei, 1.6 MB) so that the hub's Chinese names show as text, not boxes, in
# the screenshots the test leaves behind.
#
# Idempotent: when both are installed it only reports the version and exits. Called by
# .ci/run (so the installation shows in the CI log) and by the test suite itself
# (Hub.Tests/GraphiQL/Chromium.cs), so that a plain `dotnet test` works on a fresh machine.
# Debian's package, not a browser build downloaded by a tool: the machines reach only the
# package registries.
set -euo pipefail

log() { printf '[chromium.sh] %s\n' "$*"; }
die() { printf '[chromium.sh] ERROR: %s\n' "$*" >&2; exit 1; }

CHROMIUM=/usr/bin/chromium
PACKAGES=(chromium fonts-wqy-microhei)
started=$SECONDS

installed() { # are Chromium and the font there?
  [[ -x "$CHROMIUM" ]] && dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q 'ok installed'
}

if installed; then
  log "$("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM") and fonts-wqy-microhei are installed; nothing to do"
  exit 0
fi

if [[ $EUID -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  # Without a terminal sudo must not wait for a password nobody can type.
  if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
else
  die "chromium is not installed, this is not root and sudo is missing. Install it with 'apt-get install -y ${PACKAGES[*]}' as root."
fi

# The test suite and .ci/run may both call this; apt would refuse the second run's lock anyway,
# but waiting for the first one lets the second find Chromium installed.
lock="${XDG_RUNTIME_DIR:-/tmp}/datahub-chromium.setup.lock"
exec 9>"$lock"
flock -w 900 9 || die "timed out waiting for another run of this script (lock $lock)"
if installed; then
  log "installed by another run meanwhile: $("$CHROMIUM" --version 2>/dev/null || true)"
  exit 0
fi

log "installing ${PACKAGES[*]} with apt-get ${as_root[*]:+(via ${as_root[*]})}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q \
  || die "apt-get update failed (as ${as_root[*]:-root})"
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" \
  || die "apt-get install ${PACKAGES[*]} failed (as ${as_root[*]:-root})"
[[ -x "$CHROMIUM" ]] || die "$CHROMIUM is still missing after installing the chromium package"
log "installed $("$CHROMIUM" --version 2>/dev/null || true) in $((SECONDS - started)) s"
