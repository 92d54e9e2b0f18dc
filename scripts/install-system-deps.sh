#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building and testing Samordna.
# Idempotent: does nothing when everything is present.
set -euo pipefail

missing=()
for pkg in libsqlite3-dev sqlite3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
# The project's Python tools live in a venv; Debian's python3 needs python3-venv for that, others bring it.
if ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
  missing+=("python3-venv")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "Swift 6 is required (https://www.swift.org/install); 'swift' is not on PATH." >&2
  exit 1
fi
