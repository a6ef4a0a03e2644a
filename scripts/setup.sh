#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs what this machine is missing, idempotently. Debian 12, as root.
# Nothing here starts a server; AppHost starts its own, on 127.0.0.1 only.

# Debian packages the system runs on: PostgreSQL, RabbitMQ, Redis (servers), ffmpeg and espeak-ng (the local
# providers) and a font for captions.
AIVIDEO_PACKAGES=(postgresql rabbitmq-server redis-server ffmpeg espeak-ng fonts-dejavu-core)

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]}. Run as root, or install them first." >&2
    return 1
  fi
  log "Installing ${missing[*]}"
  # Package scripts must not start services here (there is no systemd, and AppHost runs its own servers).
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && created_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ "$created_policy" -eq 1 ] && rm -f "$policy"
  # Installing RabbitMQ leaves an epmd listening on every interface; AppHost runs a private one on 127.0.0.1.
  if command -v epmd >/dev/null && pgrep -x epmd >/dev/null && ss -ltn 2>/dev/null | grep -q '0.0.0.0:4369\|\*:4369'; then
    epmd -kill >/dev/null 2>&1 || true
  fi
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null; then
    echo "The .NET SDK is not installed: this project needs the .NET 10 SDK (see global.json) on PATH." >&2
    return 1
  fi
}

# Node.js and npm (for the S3-compatible test server), unless some Node.js is already on PATH.
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  ensure_packages nodejs npm
}

ensure_system() {
  ensure_packages "${AIVIDEO_PACKAGES[@]}"
  ensure_dotnet
}

# s3rver (an S3-compatible server from npm) for the storage tests: installed into .tools/s3rver and patched where
# 3.7.1 differs from S3 in ways our S3 backend relies on (scripts/patch-s3rver.py).
ensure_s3rver() {
  local home=.tools/s3rver
  # A copy patched by another version of the patch script is installed afresh.
  local patch_version
  patch_version=$(sha256sum scripts/patch-s3rver.py | cut -c1-16)
  if [ "$(cat "$home/.patched" 2>/dev/null)" != "$patch_version" ]; then
    rm -rf "$home"
  fi
  if [ ! -f "$home/node_modules/s3rver/package.json" ]; then
    ensure_node
    log "Installing s3rver"
    mkdir -p "$home"
    (cd "$home" && npm install --no-audit --no-fund --loglevel=error s3rver@3.7.1 >/dev/null)
  fi
  ensure_packages python3
  python3 scripts/patch-s3rver.py "$home/node_modules/s3rver" >/dev/null
  echo "$patch_version" > "$home/.patched"
}
