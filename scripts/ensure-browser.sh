#!/usr/bin/env bash
# Installs Debian's chromium for the end-to-end test when it is missing and we are allowed to.
# Playwright's own browser download does not work here (no browser downloads), so the test drives
# /usr/bin/chromium. Without root or apt-get this prints what to do; the browser test then skips
# on a developer's machine and fails in CI (CI=true).
set -u
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser test (about two minutes)..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    && exit 0
  echo "could not install chromium with apt-get" >&2
else
  echo "chromium is not installed; as root run: apt-get update && apt-get install -y chromium" >&2
fi
exit 0
