#!/usr/bin/env bash
# Installs what the scale benchmark compares SiteGen with; the tests need none of it.
#   Hugo (Debian's package) renders the same protocol bodies as plain pages;
#   Pagefind (npm, pinned by bench/js/package-lock.json) indexes the same built site;
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v hugo >/dev/null; then
  # Another apt run may hold the lock for a while on a shared machine: wait for it rather than fail.
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if apt-get install -y -qq hugo; then break; fi
    [ "$attempt" = 10 ] && exit 1
    apt-get update -qq || true
    sleep 15
  done
fi
(cd js && npm ci --no-audit --no-fund --loglevel=error)
hugo version
js/node_modules/.bin/pagefind --version
