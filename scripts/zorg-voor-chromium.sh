#!/usr/bin/env bash
# Installs Debian's Chromium (and poppler-utils for PDF checks) when missing. Browser tests use
# /usr/bin/chromium; Playwright's own browser download cannot work on a machine that reaches only
# the npm and Debian registries.
set -euo pipefail
nodig=()
[ -x /usr/bin/chromium ] || nodig+=(chromium)
command -v pdftotext >/dev/null 2>&1 || nodig+=(poppler-utils)
[ ${#nodig[@]} -eq 0 ] && exit 0
echo "Installeren met apt: ${nodig[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${nodig[@]}" >/dev/null
