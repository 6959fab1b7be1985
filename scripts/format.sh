#!/usr/bin/env bash
# House style (.swift-format: 4 spaces, 120 columns, STYLE.md) for every Swift file of the repository except the
# generated ones (any `Generated/` folder: LexiconTablesTests, PhraseTablesTests and ScanTablesTests compare them
# with their generators' output byte for byte).
#
#   scripts/format.sh          format the files in place (the toolchain's `swift format`), then lint them
#   scripts/format.sh --check  lint only, changing nothing (what scripts/test.sh runs)
#   scripts/format.sh --list   print the files, one a line
#
# The lint is `swift format lint --strict` (and, for the library API's folders, a second one that wants every public
# declaration documented): any finding fails (exit 1). What formatting leaves are the findings swift-format reports
# but never applies: an end-of-line comment past 120 columns (move it above the line), `forEach` with a closure (a
# `for` loop), an undocumented public declaration of the library API. Fix those by hand and run it again. A line
# it cannot break, such as a long string literal, is no finding; split such a literal by concatenation only where
# its value stays the same, so every message stays byte-identical.
# Docs/eligibility.md and Docs/profilelintkit.md show Tests/Consumers' examples verbatim (DocumentedExamplesTests):
# where formatting changes an example, copy the new lines into the document.
# The files are the repository's tracked ones plus new ones git does not ignore, so an uncommitted file is formatted
# too; run from any folder of the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=format
case "${1:-}" in
    "") ;;
    --check) mode=check ;;
    --list) mode=list ;;
    *) echo "usage: scripts/format.sh [--check | --list]" >&2; exit 2 ;;
esac
[ $# -le 1 ] || { echo "usage: scripts/format.sh [--check | --list]" >&2; exit 2; }

# NUL-separated: paths may hold spaces. Deleted but still tracked files are left out.
files() {
    git ls-files -z --cached --others --exclude-standard -- '*.swift' \
        | while IFS= read -r -d '' path; do
            case "/$path" in */Generated/*) continue ;; esac
            [ -f "$path" ] && printf '%s\0' "$path"
        done \
        | sort -zu
}

if [ "$mode" = list ]; then
    files | tr '\0' '\n'
    exit 0
fi

count=$(files | tr -cd '\0' | wc -c)
if [ "$count" -eq 0 ]; then
    echo "format: no Swift files found" >&2
    exit 2
fi

if [ "$mode" = format ]; then
    # One batch of files per process (xargs splits only past the argument limit), each file formatted once.
    files | xargs -0 swift format format --in-place --parallel --configuration .swift-format
fi

failed=false
files | xargs -0 swift format lint --strict --parallel --configuration .swift-format || failed=true

# STYLE.md: every public declaration of the reusable API is documented: ProfileModel and the EligibilityEngine
# product (EligibilityEngine, AccountReading, PositionedJSON). swift-format switches rules per configuration, not per
# folder, so those folders are linted once more with .swift-format's AllPublicDeclarationsHaveDocumentation on.
rule='"AllPublicDeclarationsHaveDocumentation" : '
api_config=$(sed "s/$rule"'false/'"$rule"'true/' .swift-format)
if ! grep -qF "${rule}true" <<<"$api_config"; then
    echo "format: .swift-format has no line '${rule}false' to turn on for the library API" >&2
    exit 2
fi
files | tr '\0' '\n' | grep -E '^Sources/(ProfileModel|EligibilityEngine|AccountReading|PositionedJSON)/' | tr '\n' '\0' \
    | xargs -0 swift format lint --strict --parallel --configuration "$api_config" || failed=true

if $failed; then
    echo "format: swift format lint --strict found the problems above in $count files checked" >&2
    exit 1
fi
echo "format: $count Swift files clean (swift format lint --strict)" >&2
