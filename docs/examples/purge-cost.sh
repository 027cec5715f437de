#!/usr/bin/env bash
# Regenerates the README's "What a purge costs" table and chart: runs sweeps/purge-cost.yaml (common random numbers:
# replica r has the same seed at every point, so each purged run has its unpurged twin), then pairs the twins.
#   docs/examples/purge-cost.sh [OUT_DIR]      (default runs/purge-cost; an existing sweep there is resumed)
# Prints a Markdown table; costs are the paired mean over replicas of (inflow without the purge - inflow with it) in
# the twelve months from December 2013, with a 95% interval (mean +- 1.96 standard errors of the paired
# differences: 30 or more pairs a row).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-runs/purge-cost}"
cd "$here"
if [ -d "$out" ]; then
  ./moneymen sweep sweeps/purge-cost.yaml --out "$out" --resume >&2
else
  ./moneymen sweep sweeps/purge-cost.yaml --out "$out" >&2
fi
./moneymen plot "$out" --by 'purges[0].date' --overwrite >&2
cp "$out/charts/inflow.png" docs/images/purge-cost-inflow.png
q() { ./moneymen query "$out" "$1" --csv | tail -n +2; }
row() { # label, where-clause
  q "WITH y AS (SELECT run, sum(office39_inflow_usd) AS v FROM series WHERE date >= DATE '2013-12-01' AND date < DATE '2014-12-01' GROUP BY run), r AS (SELECT runs.*, y.v FROM runs JOIN y USING (run)), pairs AS (SELECT p.officials_family_at_home_share AS hostages, p.purges_0_squads_capacity_per_month AS squads, n.v - p.v AS cost, n.v AS base, p.totals_officials_defected + p.totals_officials_fled AS gone, p.totals_officials_arrested AS arrested FROM r p JOIN r n ON p.officials_family_at_home_share = n.officials_family_at_home_share AND p.purges_0_squads_capacity_per_month = n.purges_0_squads_capacity_per_month AND p.replica = n.replica WHERE p.purges_0_date = DATE '2013-12-08' AND n.purges_0_date = DATE '2016-01-01') SELECT count(*), avg(cost), 1.96 * stddev_samp(cost) / sqrt(count(*)), avg(cost) / avg(base), avg(gone), avg(arrested) FROM pairs WHERE $2" \
  | awk -F, -v label="$1" '{ printf "| %s (%d pairs) | %.1f million ± %.1f million | %.0f%% | %.1f | %.1f |\n", label, $1, $2 / 1e6, $3 / 1e6, 100 * $4, $5, $6 }'
}
version=$(./moneymen --version 2>/dev/null | head -1 || echo unknown)
echo "| | cost in the year after (USD) | share of the year's inflow | defected or fled | arrested |"
echo "|---|---|---|---|---|"
row "all purged runs" "true"
row "half of the families held at home" "hostages = 0.5"
row "85% held (the baseline's rule)" "hostages = 0.85"
row "all held" "hostages = 1.0"
row "squads seize 1 a month" "squads = 1"
row "squads seize 4 a month" "squads = 4"
row "squads seize 12 a month" "squads = 12"
echo
echo "Printed by docs/examples/purge-cost.sh with ${version}."
