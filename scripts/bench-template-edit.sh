#!/usr/bin/env bash
# Benchmark: what a template edit costs a warm build. Builds a corpus cold, then edits one template at a time (the term
# page template, a partial only document pages include, the search page's script, the layout) and builds warm after
# each, printing the pages rendered and reused, the wall and CPU time (GNU time) and the size of the build state.
# Usage: scripts/bench-template-edit.sh CORPUS [GENERATOR] [WORK]
#   CORPUS     documents to build, e.g. /tmp/sdg-bench/1000/seeds (made by `sdg-archive bench --sizes 1000 --no-hugo
#              --no-sdg --no-serve`)
#   GENERATOR  the sdg-archive binary to measure (default: this checkout, built in Release)
#   WORK       a folder for the copies of templates and content, the output and the cache (default: a temp folder)
# Core build only (--no-search --no-cards); see scripts/lib/warm-build.sh.
set -euo pipefail
source "$(dirname "$0")/lib/warm-build.sh"

build "cold"
echo '<!-- edited -->' >> "$work/templates/pages/term.sbn"
build "edit pages/term.sbn"
sed -i 's/class="tag-list"/class="tag-list tags"/' "$work/templates/partials/term-links.sbn"
build "edit partials/term-links.sbn"
echo '// edited' >> "$work/templates/assets/search.js"
build "edit assets/search.js"
sed -i 's/<body class=/<body data-edited="1" class=/' "$work/templates/layouts/base.sbn"
build "edit layouts/base.sbn"
