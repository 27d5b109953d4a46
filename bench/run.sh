#!/usr/bin/env bash
# Whole-process benchmark (issue 7): citationlint against ripgrep on the same corpus, cold start, peak memory.
# Usage: bench/run.sh [CORPUS]   (default: ../shared/statutes-src, ~31 MB of statute texts citing each other)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/statutes-src}
[ -d "$corpus" ] || { echo "bench/run.sh: $corpus: no such folder" >&2; exit 2; }
if ! command -v rg >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq ripgrep >/dev/null
fi
dotnet build -c Release src/CitationLint.Cli -v q -nologo >/dev/null
cli="src/CitationLint.Cli/bin/Release/net10.0/citationlint.dll"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

files=$(find "$corpus" -name '*.md' | wc -l)
bytes=$(find "$corpus" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
mb=$(echo "scale=2; $bytes / 1000000" | bc)

# The bare citation pattern: a title in 《》 or a 第…条.
regex='《[^》\n]{1,60}》|第[〇零一二两三四五六七八九十百千0-9０-９]+条'
/usr/bin/time -f "%e %M" -o "$tmp/rg" rg --count-matches -g '*.md' "$regex" "$corpus" >/dev/null || true
/usr/bin/time -f "%e %M" -o "$tmp/cl" dotnet "$cli" check --format json "$corpus" >"$tmp/out.json" || true
read -r rg_s rg_kb < <(tail -1 "$tmp/rg")
read -r cl_s cl_kb < <(tail -1 "$tmp/cl")

# Cold start: a one-file check from a new process, ten times; the median.
for i in $(seq 10); do
  /usr/bin/time -f "%e" -a -o "$tmp/cold" dotnet "$cli" check samples/骚扰催收.txt >/dev/null || true
done
cold=$(grep -v Command "$tmp/cold" | sort -n | sed -n 5p)

echo "corpus:        $corpus ($files files, $mb MB)"
echo "citationlint:  ${cl_s} s, $(echo "scale=1; $mb / $cl_s" | bc) MB/s, peak $((cl_kb / 1024)) MB"
echo "rg (regex):    ${rg_s} s, peak $((rg_kb / 1024)) MB"
echo "ratio:         $(echo "scale=1; $cl_s / $rg_s" | bc)x rg"
echo "cold start:    $(echo "$cold * 1000 / 1" | bc) ms (median of 10, one-file check)"
echo "table load:    see 'dotnet run -c Release --project bench/CitationLint.Benchmarks -- --filter *StatuteTable*'"
