#!/usr/bin/env bash
# The full test suite, as CI runs it: a warnings-as-errors build that also checks every import is a declared
# dependency (an undeclared one builds incrementally but breaks clean builds; STYLE.md snag 13), then every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error
# Every test, including the pre-commit `swift` hook, which builds profilelint from source, and scripts/install.sh,
# which builds and installs a release binary (a few minutes each).
PROFILELINT_SWIFT_HOOK_TEST=1 PROFILELINT_INSTALL_TEST=1 swift test --skip-build "$@"
