#!/usr/bin/env bash
# Every figure in BENCHMARKS.md, in one session on one machine: builds release binaries (dynamic and
# --static-swift-stdlib), generates the seeded corpus, then times profilelint against the reference tools.
# Usage: scripts/bench.sh [OUT_DIR]   (default /tmp/profilelint-bench; results in OUT_DIR/results.md)
# Not part of the tests. Needs about 2 GB of free disk for the 1 GB NDJSON stream.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/profilelint-bench}
mkdir -p "$OUT"
RESULTS="$OUT/results.md"

# Reference tools, installed when missing (Debian's hyperfine and xmllint; PyPI's phonenumbers).
if ! command -v hyperfine >/dev/null || ! command -v xmllint >/dev/null; then
    apt-get update -qq && apt-get install -y -qq hyperfine libxml2-utils >/dev/null
fi
python3 -c 'import phonenumbers' 2>/dev/null || pip install -q phonenumbers

swift build -c release --scratch-path .build-perf-release --product profilelint
swift build -c release --static-swift-stdlib --scratch-path .build-perf-static --product profilelint
(cd Benchmarks && swift build -c release --scratch-path ../.build-bench)
DYN=.build-perf-release/release/profilelint
STATIC=.build-perf-static/release/profilelint
GEN=.build-bench/release/corpus-gen
BENCH=.build-bench/release/profilelint-bench

CORPUS="$OUT/corpus"
if [ ! -f "$CORPUS/done" ]; then
    rm -rf "$CORPUS" && mkdir -p "$CORPUS"
    "$GEN" profiles "$CORPUS/profiles" --count 10000 --seed 42
    "$GEN" html "$CORPUS/html" --count 40 --seed 42
    "$GEN" text --bytes 64M --seed 42 > "$CORPUS/overviews.txt"
    # phonenumbers is far slower: the side-by-side runs on a 2 MB sample that both tools read.
    "$GEN" text --bytes 2M --seed 7 > "$CORPUS/overviews-2M.txt"
    "$GEN" ndjson --bytes 1G --seed 42 > "$CORPUS/profiles.ndjson"
    printf '<?xml version="1.0"?>\n<a><b>tiny</b></a>\n' > "$CORPUS/tiny.xml"
    touch "$CORPUS/done"
fi
# Shared machines: wall time suffers from other load, so every section also records CPU (user + sys) time.
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT/load.txt"
# Saved pages: the generated ones, plus real saved pages from ../shared/realdata where that folder exists.
PAGES=("$CORPUS"/html/*.html)
if [ -d ../shared/realdata/html ]; then PAGES+=(../shared/realdata/html/*.html); fi
PAGE_BYTES=$(cat "${PAGES[@]}" | wc -c)

{
    echo "# profilelint benchmark run"
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "- swift: $(swift --version 2>&1 | head -1)"
    echo "- tools: $(hyperfine --version), $(xmllint --version 2>&1 | head -1), phonenumbers $(python3 -c 'import phonenumbers; print(phonenumbers.__version__)')"
    echo "- $(cat "$OUT/load.txt")"
    echo "- binary sizes: dynamic $(stat -c %s "$DYN") B, static $(stat -c %s "$STATIC") B"
    echo
} > "$RESULTS"

section() { printf '\n## %s\n\n```\n' "$1" >> "$RESULTS"; }
endsection() { printf '```\n' >> "$RESULTS"; }

section "Start-up: one small profile vs xmllint --noout on a tiny file"
hyperfine -N --warmup 5 --runs 50 --export-markdown "$OUT/startup.md" \
    "$STATIC Samples/me.json" "$DYN Samples/me.json" "xmllint --noout $CORPUS/tiny.xml" >> "$RESULTS" 2>&1 || true
endsection
cat "$OUT/startup.md" >> "$RESULTS"

section "Saved HTML pages (${#PAGES[@]} pages, $PAGE_BYTES bytes): whole process vs xmllint --html --noout"
hyperfine --warmup 2 --runs 10 --export-markdown "$OUT/html.md" \
    -n "xmllint --html --noout PAGES" "xmllint --html --noout ${PAGES[*]} 2>/dev/null" \
    -n "profilelint -q --jobs 1 PAGES" "$STATIC -q --jobs 1 ${PAGES[*]}" \
    -n "profilelint -q PAGES (2 jobs)" "$STATIC -q ${PAGES[*]}" >> "$RESULTS" 2>&1 || true
endsection
cat "$OUT/html.md" >> "$RESULTS"

section "JSON profiles in process, one core: parse + all rules + score (MB/s)"
"$BENCH" json "$CORPUS/profiles" --rounds 5 >> "$RESULTS"
# The reader, mapper and other rules apart from the Terms-of-Service scanner (which has its own target).
"$BENCH" json "$CORPUS/profiles" --rounds 5 --without-tos >> "$RESULTS"
"$BENCH" parse "$CORPUS/profiles" --rounds 5 >> "$RESULTS"
endsection

section "Terms-of-Service text, one core: every registered rule over each overview (MB/s)"
"$BENCH" text "$CORPUS/overviews.txt" --rounds 5 >> "$RESULTS"
"$BENCH" text "$CORPUS/overviews-2M.txt" --rounds 5 >> "$RESULTS"
python3 Benchmarks/phonenumbers_scan.py "$CORPUS/overviews-2M.txt" >> "$RESULTS"
endsection

section "Many files: 10,000 profiles, --jobs 1 vs --jobs 2 (whole process)"
hyperfine --warmup 1 --runs 5 --export-markdown "$OUT/jobs.md" \
    "$STATIC -q --jobs 1 $CORPUS/profiles" "$STATIC -q --jobs 2 $CORPUS/profiles" >> "$RESULTS" 2>&1 || true
endsection
cat "$OUT/jobs.md" >> "$RESULTS"

section "1 GB NDJSON stream: peak RSS and throughput"
NDJSON_BYTES=$(stat -c %s "$CORPUS/profiles.ndjson")
/usr/bin/time -f 'elapsed %e s, user %U s, sys %S s, max RSS %M KB' \
    "$STATIC" --ndjson < "$CORPUS/profiles.ndjson" 2>> "$RESULTS" | wc -l | sed 's/^/records: /' >> "$RESULTS" || true
echo "input bytes: $NDJSON_BYTES" >> "$RESULTS"
endsection

echo "results in $RESULTS"
