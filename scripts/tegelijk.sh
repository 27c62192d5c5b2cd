#!/usr/bin/env bash
# Runs each argument as a command, all at the same time, and waits for all of them:
#
#   bash scripts/tegelijk.sh "npm run lint" "npm run typecheck"
#
# For checks that use one core each (eslint, tsc) on a machine with two: together they take as
# long as the slower one (docs/decisions/021-browsertests-snel-en-eerlijk.md). Exits 1 when any
# failed, and names the ones that did.
set -uo pipefail
opdrachten=("$@")
pids=()
for opdracht in "${opdrachten[@]}"; do
  bash -c "$opdracht" &
  pids+=($!)
done
fout=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    echo "tegelijk: mislukt: ${opdrachten[$i]}" >&2
    fout=1
  fi
done
exit $fout
