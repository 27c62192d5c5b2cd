#!/usr/bin/env bash
# Runs each argument as a command, all at the same time, and waits for all of them:
#
#   bash scripts/tegelijk.sh "npm run lint" "npm run typecheck && npm run test:unit"
#
# For work that leaves a core idle on a machine with two (eslint and tsc use one core each): side
# by side they take about as long as the longer one (docs/decisions/021-browsertests-snel-en-eerlijk.md).
# Exits 1 when any failed, and names the ones that did.
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
