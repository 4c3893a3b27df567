#!/bin/sh
# The workbook's test recalculates its templates with LibreOffice headless, from the system's
# packages. Installs Calc without a desktop on a clean Debian machine where soffice is missing (CI
# runs as root).
set -e
command -v soffice >/dev/null 2>&1 || { apt-get update && apt-get install -y libreoffice-calc-nogui; }
