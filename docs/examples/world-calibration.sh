#!/usr/bin/env bash
# Regenerates the README's "Calibration" tables and charts: runs calibration/world.yaml (ABC-SMC against the public
# figures of the years before the purge), then prints the posterior and the fit as Markdown.
#   docs/examples/world-calibration.sh [OUT_DIR]   (default runs/world-calibration; a killed one there is resumed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-runs/world-calibration}"
cd "$here"
if [ -d "$out" ]; then
  ./moneymen calibrate calibration/world.yaml --out "$out" --resume >&2
else
  ./moneymen calibrate calibration/world.yaml --out "$out" >&2
fi
cp "$out/charts/fit.png" docs/images/calibration-fit.png
cp "$out/charts/pairs-deals_sign_probability_stranger-officials_term_years.png" docs/images/calibration-posterior.png
echo "| parameter | prior | posterior mean | 90% interval |"
echo "|---|---|---:|---|"
tail -n +2 "$out/parameters.csv" | python3 -c '
import csv, sys
for r in csv.reader(sys.stdin):
    print("| `%s` | %s | %.3g | [%.3g, %.3g] |" % (r[1], r[2], float(r[3]), float(r[6]), float(r[7])))'
echo
echo "| target | observed (sd) | posterior-predictive median | 90% range | source |"
echo "|---|---:|---:|---|---|"
tail -n +2 "$out/fit.csv" | python3 -c '
import csv, sys
def n(v):
    v = float(v)
    return "{:,.0f}".format(v) if abs(v) >= 1000 else "{:.3g}".format(v)
for r in csv.reader(sys.stdin):
    unit = "USD " if r[1].endswith("_usd") else ""
    tail = " years" if "years" in r[1] else ""
    print("| %s (`%s`, %s) | %s%s%s (sd %s) | %s%s%s | [%s, %s] | %s |" % (r[0], r[1], r[2].replace("_", " "),
          unit, n(r[5]), tail, n(r[6]), unit, n(r[7]), tail, n(r[8]), n(r[9]), r[11].split(":")[0]))'
