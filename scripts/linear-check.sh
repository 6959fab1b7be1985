#!/usr/bin/env bash
# Issue 12, family 5: 1 MB of each short repeat pattern through every text pass, in a release build, under a
# generous bound (Benchmarks/Sources/LinearCheck). Not part of the tests: it measures time.
#   scripts/linear-check.sh [--bytes N] [--bound SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
(cd Benchmarks && swift build -c release --scratch-path ../.build-bench --product linear-check)
exec .build-bench/release/linear-check "$@"
