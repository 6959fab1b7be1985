#!/usr/bin/env bash
# Builds one libFuzzer target (Fuzz/, with address sanitizer) and runs it for a set time.
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags]
#   scripts/fuzz.sh all SECONDS                                 every target in turn
# TARGET: FuzzJSONReader, FuzzHTMLReader, FuzzPipeline, FuzzConfiguration, FuzzAccountReader, FuzzTextScanner
# (only where the ToS detectors exist).
# The seed corpora (Fuzz/Corpus/TARGET, all of Fuzz/Corpus for the pipeline, plus Samples/) are only read; new
# inputs, crash artifacts and the log go to fuzz-artifacts/ (ignored by git). A crash exits non-zero and leaves
# crash-*/timeout-*/oom-* files there: turn each into a regression test (Docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(FuzzJSONReader FuzzHTMLReader FuzzPipeline FuzzConfiguration FuzzAccountReader FuzzTextScanner)
target=${1:?usage: scripts/fuzz.sh TARGET|all SECONDS [libFuzzer flags]}
seconds=${2:?usage: scripts/fuzz.sh TARGET|all SECONDS [libFuzzer flags]}
shift 2
if [[ $target == all ]]; then
    for each in "${targets[@]}"; do
        [[ $each == FuzzTextScanner && ! -d Sources/ProfileRules/TextScanning ]] && continue
        "$0" "$each" "$seconds" "$@"
    done
    exit 0
fi
[[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target $target (${targets[*]})" >&2; exit 64; }
scratch=$PWD/.build-fuzz

# lld, not the default gold: gold 2.40 dies with "internal error in format_file_lineno" on these links. The
# toolset passes -use-ld=lld to swiftc's link step, which -Xswiftc does not reach.
build=(swift build -c release --scratch-path "$scratch" --toolset "$PWD/Fuzz/toolset.json"
       -Xswiftc -sanitize=fuzzer,address)
(cd Fuzz && "${build[@]}" --product "$target")
binary=$(cd Fuzz && "${build[@]}" --show-bin-path)/$target

# The pipeline takes every format, so it starts from every target's seeds.
seeds=(Fuzz/Corpus/"$target")
[[ $target == FuzzPipeline ]] && seeds=(Fuzz/Corpus/*)
out=fuzz-artifacts/$target
mkdir -p "$out/corpus"
log=$out/run-$(date +%Y%m%d-%H%M%S).log
echo "fuzzing $target for $seconds s; log: $log"
# -timeout: an input taking over 10 s is reported as a hang; -rss_limit_mb: memory blow-ups are findings too;
# -report_slow_units: any input over 2 s is logged and kept as slow-unit-* (quadratic passes, issue 12 family 5).
status=0
# Swift's backtracer would catch the crash before libFuzzer and confuse ASan; libFuzzer reports it instead.
SWIFT_BACKTRACE=enable=no "$binary" "$out/corpus" "${seeds[@]}" Samples -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -report_slow_units=2 -print_final_stats=1 -artifact_prefix="$out/" "$@" >"$log" 2>&1 || status=$?
grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)' "$log" || true
grep -E 'Slowest unit' "$log" | tail -1 || true
echo "corpus: $(ls "$out/corpus" | wc -l) generated + $(cat <(ls "${seeds[@]}") | wc -l) seeds + Samples/"
if ((status != 0)); then
    echo "$target FOUND A PROBLEM (exit $status): see $log and $out/" >&2
    grep -E 'ERROR: |SUMMARY: |Test unit written' "$log" >&2 || true
fi
exit "$status"
