#!/usr/bin/env bash
# Writes the README's screenshots into docs/screenshots/ (home, a document on a phone, the map) from the 400 corpus
# pages (../shared), in headless Chromium: the explicit test ReadmeScreenshots. Needs Debian's chromium and npm ci.
# SDG_SCREENSHOTS=/tmp/shots scripts/screenshots.sh writes them elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
CI=true dotnet test site-tests --filter "Category=ReadmeScreenshots" --logger "console;verbosity=normal"
