#!/usr/bin/env bash
# Builds the VS Code extension: installs its npm packages as package-lock.json pins them, compiles the TypeScript and
# packages editors/vscode/citationlint.vsix with vsce. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run compile
npm run package
