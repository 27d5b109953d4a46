#!/usr/bin/env bash
# Whole-process benchmark (issue 7): citationlint against ripgrep on the same corpus, cold start, table load, peak
# memory — for the native CLI (dotnet publish -p:NativeCli=true) and for the .NET tool build.
# Usage: bench/run.sh [CORPUS [PAGES]]   (defaults: ../shared/statutes-src, ~31 MB of statute texts citing each other;
# ../shared/corpus/dev/corpus, 72 real web pages, when it is there)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/statutes-src}
pages=${2:-../shared/corpus/dev/corpus}
[ -d "$corpus" ] || { echo "bench/run.sh: $corpus: no such folder" >&2; exit 2; }
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
command -v rg >/dev/null || { $sudo apt-get update -qq && $sudo apt-get install -y -qq ripgrep >/dev/null; }
command -v bc >/dev/null || $sudo apt-get install -y -qq bc >/dev/null
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) echo "bench/run.sh: no native build for $(uname -m)" >&2; exit 2 ;; esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "building the native CLI and the .NET tool (Release) …" >&2
if ! dotnet publish src/CitationLint.Cli -c Release -r "$rid" -p:NativeCli=true -o "$tmp/native" -v q -nologo >"$tmp/publish.log" 2>&1; then
  cat "$tmp/publish.log" >&2
  echo "bench/run.sh: the native build failed (Native AOT needs clang and zlib: apt-get install clang zlib1g-dev)" >&2
  exit 2
fi
dotnet build src/CitationLint.Cli -c Release -v q -nologo >/dev/null
native="$tmp/native/citationlint"
tool="dotnet src/CitationLint.Cli/bin/Release/net10.0/citationlint.dll"

files=$(find "$corpus" -name '*.md' | wc -l)
bytes=$(find "$corpus" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
mb=$(echo "scale=2; $bytes / 1000000" | bc)

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# One timed run of a command: "seconds peak_kb". Wall time from the shell's microsecond clock (GNU time's %e has 10 ms
# steps: rg's 0.05 s could be anything from 0.045 to 0.055, the ratio ±10 %); peak memory from time. The last run's
# output is removed before the clock starts: truncating an indented 42 MB report took ~18 ms of the run timed after it, the
# harness's work, not the tool's (writing the new report is still timed).
run_once() {
  local start end
  rm -f "$tmp/out"
  start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$tmp/time" "$@" >"$tmp/out" 2>/dev/null || true
  end=$EPOCHREALTIME
  echo "$(elapsed "$start" "$end") $(tail -1 "$tmp/time")"
}

# Median of seven runs of a command: "seconds peak_kb".
measure() {
  local i
  "$@" >/dev/null 2>&1 || true # warm the page cache and the binary
  for i in 1 2 3 4 5 6 7; do
    run_once "$@"
  done | sort -n | sed -n 4p
}

# Medians of seven runs each of two commands taking turns (FIRST… -- SECOND…): "first_s first_kb second_s second_kb".
# Both see the same moments of the machine: on a shared VM a slow minute that fell on one of them alone moved the
# ratio by ±10 %.
measure_pair() {
  local -a first=() second=()
  local arg i after=0
  for arg in "$@"; do
    if [ "$after" = 0 ] && [ "$arg" = "--" ]; then after=1
    elif [ "$after" = 0 ]; then first+=("$arg")
    else second+=("$arg"); fi
  done
  "${first[@]}" >/dev/null 2>&1 || true
  "${second[@]}" >/dev/null 2>&1 || true
  : >"$tmp/first"; : >"$tmp/second"
  for i in 1 2 3 4 5 6 7; do
    run_once "${first[@]}" >>"$tmp/first"
    run_once "${second[@]}" >>"$tmp/second"
  done
  echo "$(sort -n "$tmp/first" | sed -n 4p) $(sort -n "$tmp/second" | sed -n 4p)"
}

# The bare citation pattern: a title in 《》 or a 第…条.
regex='《[^》\n]{1,60}》|第[〇零一二两三四五六七八九十百千0-9０-９]+条'
read -r rg_s rg_kb cl_s cl_kb < <(measure_pair rg --count-matches -g '*.md' "$regex" "$corpus" -- "$native" check --format json "$corpus")
# shellcheck disable=SC2086
read -r tool_s tool_kb < <(measure $tool check --format json "$corpus")
# Real pages: few citations a kilobyte, every one judged by its words (the evidence stage), most of them Q&A answers.
if [ -d "$pages" ]; then
  pages_bytes=$(find "$pages" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  read -r rg_pages_s _ cl_pages_s _ < <(measure_pair rg --count-matches -g '*.md' "$regex" "$pages" -- "$native" check --format json "$pages")
fi

# Cold start: a one-file check from a new process, ten times; the median.
cold() {
  local i start end
  for i in $(seq 10); do
    start=$EPOCHREALTIME
    "$@" samples/骚扰催收.txt >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    elapsed "$start" "$end"; echo
  done | sort -n | sed -n 5p
}
cold_native=$(cold "$native" check)
# shellcheck disable=SC2086
cold_tool=$(cold $tool check)

ms() { echo "$1 * 1000 / 1" | bc; }
verdict() { if [ "$(echo "$1" | bc)" -eq 1 ]; then echo "met"; else echo "NOT met"; fi; }
rate=$(echo "scale=1; $mb / $cl_s" | bc)
ratio=$(echo "scale=1; $cl_s / $rg_s" | bc)

echo "corpus:          $corpus ($files files, $mb MB)"
echo "citationlint:    ${cl_s} s, $rate MB/s, peak $((cl_kb / 1024)) MB   (native build, --format json, every rule on)"
echo "  .NET tool:     ${tool_s} s, $(echo "scale=1; $mb / $tool_s" | bc) MB/s, peak $((tool_kb / 1024)) MB"
echo "rg (regex):      ${rg_s} s, peak $((rg_kb / 1024)) MB"
echo "ratio:           ${ratio}x rg"
if [ -d "$pages" ]; then
  echo "real pages:      $pages ($(echo "scale=2; $pages_bytes / 1000" | bc) kB): ${cl_pages_s} s native, rg ${rg_pages_s} s, $(echo "scale=1; $cl_pages_s / $rg_pages_s" | bc)x rg (mostly process start-up at this size)"
fi
echo "cold start:      $(ms "$cold_native") ms (native; median of 10 one-file checks); .NET tool $(ms "$cold_tool") ms"
echo "table load:      $("$native" statutes info | tail -1)"
echo
echo "targets (issue 7, 2 cores):"
echo "  >= 50 MB/s          $(verdict "$rate >= 50")"
echo "  <= 10x rg           $(verdict "$ratio <= 10")"
echo "  cold <= 150 ms      $(verdict "$(ms "$cold_native") <= 150")"
echo "  peak <= 300 MB      $(verdict "$((cl_kb / 1024)) <= 300")"
echo
echo "targets (issue 19, 2 cores, every rule and the evidence on):"
echo "  >= 150 MB/s         $(verdict "$rate >= 150")"
echo "  <= 3x rg            $(verdict "$ratio <= 3")"
echo "  cold <= 30 ms       $(verdict "$(ms "$cold_native") <= 30")   (native)"
echo "  tool <= 500 ms      $(verdict "$(ms "$cold_tool") <= 500")   (.NET tool, one file)"
