#!/usr/bin/env bash
# Installs the profilelint command: a release build with the Swift runtime linked in (--static-swift-stdlib), so it
# runs on a machine without a Swift toolchain. It still needs libxml2 at run time (Debian's `libxml2` package, not
# `-dev`): --static-swift-stdlib links only Swift's own libraries statically (STYLE.md §B, snag 14).
#
#   scripts/install.sh [PREFIX]              build and install PREFIX/profilelint
#   scripts/install.sh --uninstall [PREFIX]  remove PREFIX/profilelint
#
# PREFIX defaults to ~/.local/bin, or /usr/local/bin when run as root.
set -euo pipefail

usage() { sed -n '6,9p' "$0" | sed 's/^# \{0,3\}//'; }

uninstall=false
prefix=""
for argument in "$@"; do
    case "$argument" in
        --uninstall) uninstall=true ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "install.sh: error: unknown option $argument" >&2; usage >&2; exit 2 ;;
        *)
            if [ -n "$prefix" ]; then echo "install.sh: error: give one PREFIX" >&2; exit 2; fi
            prefix="$argument" ;;
    esac
done
if [ -z "$prefix" ]; then
    if [ "$(id -u)" = 0 ]; then prefix=/usr/local/bin; else prefix="$HOME/.local/bin"; fi
fi
target="$prefix/profilelint"

if $uninstall; then
    if [ -e "$target" ]; then
        rm -f "$target"
        echo "removed $target"
    else
        echo "install.sh: nothing to remove: $target does not exist"
    fi
    exit 0
fi

cd "$(dirname "$0")/.."
command -v swift >/dev/null || { echo "install.sh: error: swift is not on PATH (Swift 6 is needed to build)" >&2; exit 2; }
echo "building profilelint (release, Swift runtime linked statically; a few minutes the first time)..."
# PROFILELINT_BUILD_PATH: another build folder than .build (the install test sets one: `swift test` holds .build's lock).
# -no-pie: a position-dependent executable has no run-time relocations to apply (82,699 with PIE, nearly all of them
# pointers in the Swift metadata), so start-up skips ~1 M instructions and a third of its page faults (BENCHMARKS.md,
# "Session 6 — start-up"). The cost is that this one image is not placed at a random address (its libraries still
# are); a link flag only.
# -disable-concrete-type-metadata-mangled-name-accessors: code gets a generic type's metadata (`Set<FileIdentity>`,
# an option group's `KeyedDecodingContainer<CodingKeys>`) from its accessor with the conformances it already knows,
# instead of demangling its name at run time, which checks each requirement with a scan of every conformance record
# in the image (~0.3 M instructions a type): 41.1 M -> 33.5 M instructions at start-up with -no-pie (BENCHMARKS.md).
build=(swift build -c release --static-swift-stdlib -Xlinker -no-pie
    -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
    --scratch-path "${PROFILELINT_BUILD_PATH:-.build}")
"${build[@]}" --product profilelint
built="$("${build[@]}" --show-bin-path)/profilelint"
mkdir -p "$prefix"
# Copy then rename, so a running profilelint (a hook mid-commit) never sees a half-written file.
temporary="$target.installing.$$"
install -m 0755 "$built" "$temporary"
mv -f "$temporary" "$target"
echo "installed $target ($("$target" --version))"
case ":$PATH:" in
    *":$prefix:"*) ;;
    *) echo "note: $prefix is not on your PATH; add it, e.g. echo 'export PATH=\"$prefix:\$PATH\"' >> ~/.profile" ;;
esac
