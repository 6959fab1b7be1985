#!/usr/bin/env bash
# The full test suite, as CI runs it: a warnings-as-errors build that also checks every import is a declared
# dependency (an undeclared one builds incrementally but breaks clean builds; STYLE.md snag 13), then every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error
# The library products as another package sees them: Tests/Consumers depends on each product alone and compiles the
# examples of Docs/eligibility.md and Docs/profilelintkit.md (no `package` symbol, only what `import` re-exports).
# Its own scratch folder keeps reruns incremental; a cold build compiles the libraries once more (~5 min on a busy
# 2-core machine).
swift build --package-path Tests/Consumers --scratch-path .build/consumers -Xswiftc -warnings-as-errors
# House style (.swift-format: 4 spaces, 120 columns, STYLE.md): `swift format lint --strict` on the files
# scripts/format.sh formats (every Swift file but the generated `Generated/` tables, and the library API once more
# for its doc comments); it fails on any finding, and `scripts/format.sh` fixes all but a few (see its header).
# PROFILELINT_FORMAT_LINT=0 skips it.
if [[ ${PROFILELINT_FORMAT_LINT:-1} == 1 ]]; then
    scripts/format.sh --check
fi
# Every test, including the pre-commit `swift` hook, which builds profilelint from source, and scripts/install.sh,
# which builds and installs a release binary (a few minutes each).
PROFILELINT_SWIFT_HOOK_TEST=1 PROFILELINT_INSTALL_TEST=1 swift test --skip-build "$@"
