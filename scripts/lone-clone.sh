#!/usr/bin/env bash
# Clones the committed repository alone into an empty temporary folder (no sibling folders,
# nothing else beside it) and runs the unit suite there: a test that reads anything
# outside the repository fails CI here.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
git clone --quiet --no-local "$repo" "$dir/verbatim"
cd "$dir/verbatim"
npm ci --no-audit --no-fund --loglevel=error
npx vitest run --project unit
