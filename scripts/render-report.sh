#!/usr/bin/env bash
# Renders `profilelint report` pages of Samples/ to PNG with headless Chromium (Debian's `chromium` package), at a
# desktop and a narrow width, and checks each render: a PNG of the window's size and more than a blank page's bytes.
#
#   scripts/render-report.sh [OUTPUT_DIR]      (default: .build/report-render)
#
# The binary is $PROFILELINT_BINARY, else .build/debug/profilelint (built when missing). Chromium is not installed
# by scripts/setup.sh (it is large): `apt-get install -y chromium`. Exit 0 when every render passed, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-.build/report-render}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

binary="${PROFILELINT_BINARY:-.build/debug/profilelint}"
if [ ! -x "$binary" ]; then
    swift build --product profilelint >&2
fi

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
    echo "render-report: no chromium on PATH (apt-get install -y chromium)" >&2
    exit 1
fi

# name, profile, extra arguments
samples=(
    "me|Samples/me.json|--account Samples/account.json"
    "contact-details|Samples/bad/contact-details.json|"
    "complete|Samples/good/complete.json|"
)
# name, width, height
sizes=("desktop|1200|2400" "narrow|390|2400")

profile_dir="$(mktemp -d)"
trap 'rm -rf "$profile_dir"' EXIT
failures=0

# Width and height from the PNG's IHDR chunk (bytes 16–23, big-endian).
png_size() {
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%d %d\n", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

for sample in "${samples[@]}"; do
    IFS='|' read -r name profile extra <<<"$sample"
    html="$out/$name.html"
    # shellcheck disable=SC2086  # $extra is a list of arguments
    "$binary" report "$profile" $extra --as-of 2026-10-15 -o "$html" 2>/dev/null
    for size in "${sizes[@]}"; do
        IFS='|' read -r label width height <<<"$size"
        png="$out/$name-$label.png"
        rm -f "$png"
        # --no-sandbox: the page is our own file with no scripts, and containers often run as root.
        if ! timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
            --user-data-dir="$profile_dir" --window-size="$width,$height" --screenshot="$png" "file://$html" \
            >"$out/$name-$label.log" 2>&1; then
            echo "render-report: $png: chromium failed (log: $out/$name-$label.log)" >&2
            failures=$((failures + 1))
            continue
        fi
        if [ ! -s "$png" ] || [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
            echo "render-report: $png: not a PNG" >&2
            failures=$((failures + 1))
            continue
        fi
        read -r png_width png_height <<<"$(png_size "$png")"
        bytes=$(wc -c <"$png")
        # A blank page of this size compresses to a few kilobytes; a rendered report is far larger.
        if [ "$png_width" -ne "$width" ] || [ "$png_height" -ne "$height" ] || [ "$bytes" -lt 40000 ]; then
            echo "render-report: $png: ${png_width}x${png_height}, $bytes bytes: expected ${width}x${height}, > 40 kB" >&2
            failures=$((failures + 1))
            continue
        fi
        echo "$png ${png_width}x${png_height} $bytes bytes"
    done
done

[ "$failures" -eq 0 ]
