#!/usr/bin/env bash
# Size budget of the /map/ page (HTML with inline SVG and data, plus map.js and map.css), raw and gzip.
# Usage: scripts/map-budget.sh [source-folder] [output-folder] [replicate-to-N-documents]
# Default: the 400 shared corpus pages, then the same replicated to the full archive's ~9,600 documents.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f node_modules/world-atlas/countries-110m.json ] || npm ci --ignore-scripts >/dev/null
project=scripts/map-budget/MapBudget.csproj
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
run() { dotnet run --project "$project" -c Release --no-build -- "$@"; }
if [ $# -gt 0 ]; then run "$@"; exit; fi
echo "== shared corpus (400 pages)"; run ../shared/corpus/sdg-commons-sample "${TMPDIR:-/tmp}/sdg-map-budget-400" 0
echo "== full-archive scale (9,600 documents)"; run ../shared/corpus/sdg-commons-sample "${TMPDIR:-/tmp}/sdg-map-budget-9600" 9600
