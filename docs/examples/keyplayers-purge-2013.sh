#!/usr/bin/env bash
# Regenerates the README's "Key players" tables and chart: ranks every post of purge-2013 held on 2013-01-01 by
# Office No. 39's inflow lost in 2013 when its holder is removed that day (20 paired seeds; the first ten and the
# last again on 100 fresh seeds), then prints the tables as Markdown.
#   docs/examples/keyplayers-purge-2013.sh [OUT_DIR]   (default runs/purge-2013-keyplayers, replaced if moneymen wrote it)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-runs/purge-2013-keyplayers}"
cd "$here"
./moneymen keyplayers scenarios/purge-2013.yaml --out "$out" --overwrite >&2
cp "$out/charts/keyplayers.png" docs/images/keyplayers-purge-2013.png
echo "| rank | post | official | city | loss, ranking seeds (USD) | loss, fresh seeds (USD) | degree | betweenness | eigenvector |"
echo "|---:|---:|---|---|---|---|---:|---:|---:|"
python3 - "$out/keyplayers.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
def m(v): return "{:,.0f}".format(float(v))
def show(r):
    fresh = "%s [%s, %s]" % (m(r["confirmed_loss_usd"]), m(r["confirmed_low_usd"]), m(r["confirmed_high_usd"])) \
        if r["confirmed_loss_usd"] else ""
    print("| %s | %s | %s | %s | %s [%s, %s] | %s | %.1f | %.4f | %.3f |" % (r["rank"], r["post"],
          r["name"] or "official " + r["official"], r["city"], m(r["loss_usd"]), m(r["loss_low_usd"]),
          m(r["loss_high_usd"]), fresh, float(r["degree"]), float(r["betweenness"]), float(r["eigenvector"])))
for r in rows[:5]:
    show(r)
print("| ... | | | | | | | | |")
show(rows[-1])
PY
echo
echo "| set size | adds post | loss, fresh seeds (USD) |"
echo "|---:|---:|---|"
tail -n +2 "$out/sets.csv" | python3 -c '
import csv, sys
for r in csv.reader(sys.stdin):
    print("| %s | %s | %s [%s, %s] |" % (r[0], r[1], "{:,.0f}".format(float(r[6])), "{:,.0f}".format(float(r[7])),
          "{:,.0f}".format(float(r[8]))))'
echo
echo "| city | officials | mean loss (USD, every official, ranking seeds) |"
echo "|---|---:|---:|"
python3 - "$out/keyplayers.csv" <<'PY'
import csv, sys, collections
by = collections.defaultdict(list)
for r in csv.DictReader(open(sys.argv[1])):
    by[r["city"]].append(float(r["loss_usd"]))
for city, v in sorted(by.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
    print("| %s | %d | %s |" % (city, len(v), "{:,.0f}".format(sum(v) / len(v))))
PY
echo
grep -A3 "^spearman_rho" "$out/keyplayers.yaml" | tail -3 | sed 's/^ */- /'
grep "^baseline_inflow_usd" "$out/keyplayers.yaml"
