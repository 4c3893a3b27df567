#!/bin/sh
# The site's browser tests drive Chromium from the system's packages (never a downloaded browser).
# Installs it on a clean Debian machine where it is missing (CI runs as root).
set -e
[ -x /usr/bin/chromium ] || { apt-get update && apt-get install -y chromium; }
