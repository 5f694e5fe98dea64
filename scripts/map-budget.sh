#!/usr/bin/env bash
# Size budget of the /map/ page (HTML with inline SVG and data, plus map.js and map.css), raw and gzip.
# Usage: scripts/map-budget.sh [source-folder] [output-folder] [replicate-to-N-documents]
#        scripts/map-budget.sh --site public      (measure a site the real build wrote)
# Default: the 400 shared corpus pages, then the same replicated to the full archive's ~9,600 documents.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f node_modules/world-atlas/countries-110m.json ] || npm ci --ignore-scripts >/dev/null
if [ "${1:-}" = "--site" ]; then
  site="${2:?folder of a built site}"; total=0
  for f in "$site/map/index.html" "$site"/assets/map.*.js "$site"/assets/map.*.css; do
    raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c); total=$((total + gz))
    printf '%-40s %9d B raw %8d B gzip\n' "${f#"$site"/}" "$raw" "$gz"
  done
  printf '%-40s %28d B gzip (budget 307200)\n' total "$total"
  exit
fi
project=scripts/map-budget/MapBudget.csproj
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
run() { dotnet run --project "$project" -c Release --no-build -- "$@"; }
if [ $# -gt 0 ]; then run "$@"; exit; fi
echo "== shared corpus (400 pages)"; run ../shared/corpus/sdg-commons-sample "${TMPDIR:-/tmp}/sdg-map-budget-400" 0
echo "== full-archive scale (9,600 documents)"; run ../shared/corpus/sdg-commons-sample "${TMPDIR:-/tmp}/sdg-map-budget-9600" 9600
