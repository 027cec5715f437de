#!/usr/bin/env bash
# Which of the purge's mechanisms keep the purged network's inflow lower four years on (ODD 10c)? purge-2013 to the
# end of 2017 with its purge as it is (the baseline) against the same purge with one mechanism switched off, on the
# same seeds pair by pair, and against no purge at all; prints 2017's inflow difference (mechanism off minus the
# purge as it is) with its paired 95% interval, USD.
#   docs/examples/purge-mechanisms.sh [REPLICAS] [OUT_DIR]   (default 20 pairs, runs/purge-mechanisms)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
replicas="${1:-20}"
out="${2:-runs/purge-mechanisms}"
cd "$here"
variants=(
  "no purge at all|purges=[]"
  "offices not sealed|purges[0].seal_offices=false"
  "no chill on counterparts|purges[0].chill_depth=0"
  "no deals re-examined|purges[0].reinterpretation.reach=0 purges[0].reinterpretation.reach_purged=0"
  "no arrest squads|purges[0].squads.count=0"
  "the purged organ keeps its standing|purges[0].standing_after=1"
)
echo "2017 inflow to Office No. 39, mechanism off minus the purge as it is, mean of $replicas pairs [paired 95% interval], USD:"
i=0
for v in "${variants[@]}"; do
  i=$((i + 1))
  name="${v%%|*}"
  sets=()
  for s in ${v#*|}; do sets+=(--set "$s"); done
  dir="$out/$i"
  resume=()
  [ -d "$dir" ] && resume=(--resume)
  ./moneymen compare scenarios/purge-2013.yaml "${sets[@]}" --set-both months=60 --replicas "$replicas" \
    --from 2017-01-01 --to 2017-12-31 --out "$dir" "${resume[@]}" 2>/dev/null \
    | awk -v name="$name" '/^office39_inflow \(USD\)/ {printf "  %-38s %s %s %s\n", name, $(NF-2), $(NF-1), $NF}'
done
