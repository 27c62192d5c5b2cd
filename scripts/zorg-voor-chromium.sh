#!/usr/bin/env bash
# Installs Debian's Chromium and its headless shell (and poppler-utils for PDF checks) when
# missing. Browser tests use /usr/bin/chromium-headless-shell, the bench's Lighthouse
# /usr/bin/chromium (docs/decisions/021-browsertests-snel-en-eerlijk.md); Playwright's own browser
# download cannot work on a machine that reaches only the npm and Debian registries.
set -euo pipefail
nodig=()
[ -x /usr/bin/chromium ] || nodig+=(chromium)
[ -x /usr/bin/chromium-headless-shell ] || nodig+=(chromium-headless-shell)
command -v pdftotext >/dev/null 2>&1 || nodig+=(poppler-utils)
[ ${#nodig[@]} -eq 0 ] && exit 0
echo "Installeren met apt: ${nodig[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${nodig[@]}" >/dev/null
