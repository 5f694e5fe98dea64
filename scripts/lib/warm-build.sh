# Shared by the warm-build benchmarks (bench-template-edit.sh, bench-strings-edit.sh): sourced after `set -euo
# pipefail` with the arguments CORPUS [GENERATOR] [WORK]. Sets corpus, generator and work (copies of the templates and
# the content folder), and defines `build LABEL`: one build of the corpus, --no-search --no-cards (the search index and
# the social cards have caches of their own), printing the pages rendered and reused, the wall and CPU time (GNU time)
# and the size of the build state.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
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
  printf '%-34s %6.2f s wall %6.2f s CPU  %s  (state %s bytes)\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" \
    "$line" "$state"
}
