#!/usr/bin/env bash
# Installs the test-only tools that check what people read: Debian's chromium (headless, prints the HTML report to
# PDF and PNG) and poppler-utils (pdfinfo, pdftotext). Never needed for `make run`. Idempotent.
set -euo pipefail

missing=()
for pkg in chromium poppler-utils fonts-dejavu-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test-only packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
