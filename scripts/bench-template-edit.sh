#!/usr/bin/env bash
# Benchmark: what a template edit costs a warm build. Builds a corpus cold, then edits one template at a time (the term
# page template, a partial only document pages include, the search page's script, the layout) and builds warm after
# each, printing the pages rendered and reused, the wall and CPU time (GNU time) and the size of the build state.
# Usage: scripts/bench-template-edit.sh CORPUS [GENERATOR] [WORK]
#   CORPUS     documents to build, e.g. /tmp/sdg-bench/1000/seeds (made by `sdg-archive bench --sizes 1000 --no-hugo
#              --no-sdg --no-serve`)
#   GENERATOR  the sdg-archive binary to measure (default: this checkout, built in Release)
#   WORK       a folder for the copies of templates and content, the output and the cache (default: a temp folder)
# Core build only (--no-search --no-cards): the search index and the social cards have caches of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "$1")
generator=${2:-}
if [[ -z "$generator" ]]; then
  dotnet build generator -c Release -nologo -v quiet >/dev/null
  generator=$PWD/generator/bin/Release/net10.0/linux-x64/sdg-archive
fi
work=${3:-$(mktemp -d)}
rm -rf "$work" && mkdir -p "$work"
cp -r templates "$work/templates" && cp -r content "$work/content"

build() {
  local label=$1 times line state
  times=$(mktemp)
  line=$(/usr/bin/time -f '%e %U %S' -o "$times" "$generator" build --source "$corpus" --templates "$work/templates" \
    --content "$work/content" --out "$work/public" --cache "$work/.sdg-cache" --no-search --no-cards 2>&1 \
    | grep '^built ' | sed 's/ in .*//' || true)
  state=$(du -cb "$work"/.sdg-cache/state-*.json 2>/dev/null | tail -1 | cut -f1)
  read -r wall user sys < "$times" && rm -f "$times"
  printf '%-30s %6.2f s wall %6.2f s CPU  %s  (state %s bytes)\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" \
    "$line" "$state"
}

build "cold"
echo '<!-- edited -->' >> "$work/templates/pages/term.sbn"
build "edit pages/term.sbn"
sed -i 's/class="tag-list"/class="tag-list tags"/' "$work/templates/partials/term-links.sbn"
build "edit partials/term-links.sbn"
echo '// edited' >> "$work/templates/assets/search.js"
build "edit assets/search.js"
sed -i 's/<body class=/<body data-edited="1" class=/' "$work/templates/layouts/base.sbn"
build "edit layouts/base.sbn"
