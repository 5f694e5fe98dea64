#!/usr/bin/env bash
# Benchmark: what an interface-string or settings edit costs a warm build. Builds a corpus cold, then makes one edit at
# a time (a string only document pages show, one only the home page shows, the settings' sourceUrl, a string the layout
# shows) and builds warm after each, printing the pages rendered and reused, the wall and CPU time (GNU time) and the
# size of the build state.
# Usage: scripts/bench-strings-edit.sh CORPUS [GENERATOR] [WORK]
#   CORPUS     documents to build, e.g. /tmp/sdg-bench/1000/seeds (made by `sdg-archive bench --sizes 1000 --no-hugo
#              --no-sdg --no-serve`)
#   GENERATOR  the sdg-archive binary to measure (default: this checkout, built in Release)
#   WORK       a folder for the copies of templates and content, the output and the cache (default: a temp folder)
# Core build only (--no-search --no-cards); see scripts/lib/warm-build.sh.
set -euo pipefail
source "$(dirname "$0")/lib/warm-build.sh"
strings="$work/templates/i18n/en.json"

build "cold"
sed -i 's/"About this document"/"About this record"/' "$strings"
build "edit string document.about"
sed -i 's/"Newest documents"/"Latest documents"/' "$strings"
build "edit string home.newest"
sed -i 's|"sourceUrl": "[^"]*"|"sourceUrl": "https://example.org/sources/"|' "$work/content/site.json"
build "edit setting sourceUrl"
sed -i 's/"nav.map": "\([^"]*\)"/"nav.map": "\1 (edited)"/' "$strings"
build "edit string nav.map (layout)"
