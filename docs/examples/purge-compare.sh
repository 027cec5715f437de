#!/usr/bin/env bash
# Regenerates the README's "What a purge costs" answer: purge-2013 against itself without the purge on 40 pairs of
# runs to the end of 2017 (compare), then how long the inflow takes to come back within 10% and 20% of its unpurged twin's (analyze
# --recovery), and the chart of both arms.
#   docs/examples/purge-compare.sh [OUT_DIR]   (default runs/purge-2013-compare; a killed one there is resumed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-runs/purge-2013-compare}"
cd "$here"
resume=()
window=(--set-both months=60)
[ -d "$out" ] && resume=(--resume)
./moneymen compare scenarios/purge-2013.yaml --set 'purges=[]' --replicas 40 "${window[@]}" --from 2013-12-01 --to 2014-11-30 \
  --out "$out" "${resume[@]}" 2>/dev/null | sed -n '/^Key totals/,/^$/p'
for share in 0.1 0.2; do
  ./moneymen analyze "$out" --paired --recovery "$share" --from 2013-12-01 --csv | tail -n +2 | python3 -c '
import csv, sys
share = float(sys.argv[1])
for r in csv.reader(sys.stdin):
    print("Back within %d%% of the unpurged inflow: %s of %s pairs, after %s months on average [%s, %s] (median %s,"
          " counted from %s); %s not within the run (to 2017-12)." % (100 * share, r[3], r[2], r[5], r[6], r[7], r[8],
          r[9], r[4]))' "$share"
done
./moneymen plot "$out" --by purges --out "$out/charts" --overwrite >/dev/null 2>&1 || true
[ -f "$out/charts/inflow.png" ] && cp "$out/charts/inflow.png" docs/images/purge-compare-inflow.png
