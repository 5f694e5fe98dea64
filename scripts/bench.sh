#!/usr/bin/env bash
# Benchmark: sdg-archive against Hugo on synthetic corpora of 1,000, 10,000 and 20,000 documents.
# Usage: scripts/bench.sh [bench options]   e.g. scripts/bench.sh --sizes 1000 --edits 5 --runs 1
# Needs: .NET 10 SDK, GNU time (/usr/bin/time) for peak memory, Hugo (apt-get install -y --no-install-recommends hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build generator -c Release -nologo -v quiet >/dev/null
exec generator/bin/Release/net10.0/linux-x64/sdg-archive bench "$@"
