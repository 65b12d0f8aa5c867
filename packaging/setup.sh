#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LinkPoint contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two commands, and CI's, on Debian 12:
#   packaging/setup.sh run [ARGS]   install what is missing, build, start LinkPoint
#   packaging/setup.sh run --install   the same, installing the .deb (menu entry) first
#   packaging/setup.sh test         install what is missing, build with AddressSanitizer and
#                                   UBSan, run every test (the .deb and the bench smoke run too)
#   packaging/setup.sh bench [ARGS] build and run linkpoint-bench (release build)
#   packaging/setup.sh fuzz [SECONDS]  build the libFuzzer targets (clang) and run each for
#                                   SECONDS (default 60) on a scratch copy of tests/fuzz/corpus
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

packages=(
    build-essential cmake ninja-build pkgconf dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev libsqlite3-dev sqlite3 zlib1g-dev libgl-dev catch2
    fonts-arphic-uming fonts-wqy-microhei fonts-wqy-zenhei
    libminizip-dev libxlsxwriter-dev
    desktop-file-utils appstream xauth xvfb
    poppler-utils python3-docx python3-openpyxl libreoffice-writer-nogui libreoffice-calc-nogui
)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    echo "Installing: ${missing[*]}"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$1"
    cmake --build --preset "$1"
}

jobs="$(nproc 2>/dev/null || echo 2)"
command="${1:-}"
shift || true
case "$command" in
    run)
        install_missing
        build release
        if [ "${1:-}" = "--install" ]; then
            shift
            (cd build/release && cpack -G DEB)
            sudo=""
            if [ "$(id -u)" -ne 0 ]; then
                sudo="sudo"
            fi
            $sudo apt-get install -y --reinstall "$root"/build/release/linkpoint_*.deb
            exec linkpoint "$@"
        fi
        exec build/release/app/linkpoint "$@"
        ;;
    test)
        # One build, under the sanitizers: a plain debug build of the same tests would find
        # nothing this one misses, and building both took half of CI's time.
        install_missing
        build asan
        ctest --preset asan -j "$jobs"
        ;;
    bench)
        install_missing
        build release
        exec build/release/tests/bench/linkpoint-bench "$@"
        ;;
    fuzz)
        packages+=(clang libclang-rt-14-dev) # clang++ and libFuzzer, for this mode only
        install_missing
        build fuzz
        seconds="${1:-60}"
        scratch="$(mktemp -d "${TMPDIR:-/tmp}/linkpoint-fuzz.XXXXXX")"
        cp -r tests/fuzz/corpus/. "$scratch/" # the fuzzers add to their corpus: not the repo's
        failed=()
        for format in csv xlsx; do
            dictionary=()
            if [ -f "tests/fuzz/$format.dict" ]; then
                dictionary=(-dict="tests/fuzz/$format.dict")
            fi
            mkdir -p "$scratch/crashes-$format"
            echo "Fuzzing the $format reader for $seconds s"
            if ! "build/fuzz/tests/fuzz/fuzz_${format}reader" "$scratch/$format" \
                "${dictionary[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
                -artifact_prefix="$scratch/crashes-$format/" -print_final_stats=1; then
                failed+=("$format")
            fi
        done
        if [ ${#failed[@]} -ne 0 ]; then
            echo "The ${failed[*]} fuzzer failed; the inputs are in $scratch/crashes-*" >&2
            exit 1
        fi
        rm -rf "$scratch"
        ;;
    *)
        echo "usage: packaging/setup.sh run|test|bench|fuzz [ARGS]" >&2
        exit 2
        ;;
esac
