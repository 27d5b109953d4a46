#!/usr/bin/env bash
# Fuzzes the citation grammar, the Markdown reader or a configuration reader with AFL++ through SharpFuzz.
# Usage: fuzz/run.sh grammar|markdown|editorconfig|baseline|cache [SECONDS=300]
# Crashes land in fuzz/findings/TARGET/default/crashes; copy each into
# tests/CitationLint.Core.Tests/Fuzz/Regressions/TARGET/ so it becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-grammar}
seconds=${2:-300}
case "$target" in grammar|markdown|editorconfig|baseline|cache) ;; *) echo "fuzz/run.sh: target must be grammar, markdown, editorconfig, baseline or cache" >&2; exit 2 ;; esac
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
command -v afl-fuzz >/dev/null || $sudo apt-get install -y -qq afl++ >/dev/null
tools=fuzz/.tools
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --tool-path "$tools" >/dev/null
out=fuzz/bin
rm -rf "$out"
dotnet publish -c Release fuzz/CitationLint.Fuzz -o "$out" -v q -nologo >/dev/null
# AFL needs coverage: instrument the code under test (not the harness, not the framework).
"$tools/sharpfuzz" "$out/CitationLint.Core.dll" >/dev/null
"$tools/sharpfuzz" "$out/Sprache.dll" >/dev/null || true
[ "$target" = markdown ] && { "$tools/sharpfuzz" "$out/Markdig.dll" >/dev/null || true; }
[ "$target" = cache ] && { "$tools/sharpfuzz" "$out/CitationLint.MSBuild.dll" >/dev/null || true; }
[ "$target" = editorconfig ] && { "$tools/sharpfuzz" "$out/Microsoft.CodeAnalysis.dll" >/dev/null || true; }
seeds="fuzz/seeds/$target"
findings="fuzz/findings/$target"
mkdir -p "$findings"
# The target binary is dotnet itself; the instrumentation is in the rewritten assemblies.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
timeout --preserve-status "$seconds" afl-fuzz -i "$seeds" -o "$findings" -t 10000 -m none -- dotnet "$out/CitationLint.Fuzz.dll" "$target" || true
crashes=$(find "$findings" -path '*crashes/id*' 2>/dev/null | wc -l)
echo "fuzz/run.sh: $target for $seconds s: $crashes crashes in $findings (copy them to tests/CitationLint.Core.Tests/Fuzz/Regressions/$target/)"
