#!/usr/bin/env bash
# Runs before `npm test` (the pretest hook): the browser tests need a Chromium, and Playwright cannot download one on
# these machines (../shared/STACK.md). Uses CHROMIUM_PATH or Debian's /usr/bin/chromium; installs Debian's package
# when it is missing and we are root with apt-get; otherwise says what to do.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $path: installing Debian's chromium package for the browser tests" >&2
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium: install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
