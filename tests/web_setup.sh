#!/bin/sh
# Installs Debian's chromium for the browser tests (tests/test_web_browser.py); does nothing when present.
# Playwright drives it through executable_path="/usr/bin/chromium", so no browser download is needed.
set -eu
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
