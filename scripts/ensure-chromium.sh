#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (/usr/bin/chromium); Playwright never downloads a
# browser here. Installs it only when it is missing, so a machine that has it is left alone.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  echo "== chromium: $("$CHROMIUM" --version 2>/dev/null || echo present)"
  exit 0
fi

echo "== chromium missing: installing Debian's chromium"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-chromium: $CHROMIUM is missing and this user cannot run apt-get; install the 'chromium' package" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium
"$CHROMIUM" --version
