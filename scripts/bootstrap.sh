#!/usr/bin/env bash
# Installs the few system packages Producer Kiosk needs on Debian/Ubuntu, only if missing:
# Python's venv module, the shared libraries the Qt wheels load (EGL/GL, xkbcommon,
# fontconfig, D-Bus, the xcb set used on an X display), and what pycups (the kiosk's CUPS
# client) is built with: libcups' headers, a C compiler and, for Debian's own Python, its
# headers. Uses sudo when not root.
set -euo pipefail

packages=(
    python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0
    libxcb-xkb1 libx11-xcb1 libcups2-dev gcc
)
if ! python3 -c 'import os, sysconfig; raise SystemExit(not os.path.exists(
        os.path.join(sysconfig.get_paths()["include"], "Python.h")))' 2>/dev/null; then
    packages+=(python3-dev)
fi
if [ -n "${KIOSK_EXTRA_PACKAGES:-}" ]; then
    read -r -a extra <<< "$KIOSK_EXTRA_PACKAGES"
    packages+=("${extra[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}" >&2
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
# A Python that is not Debian's (pyenv, a container image) brings its own venv module.
if python3 -c "import ensurepip, venv" 2>/dev/null; then
    missing=("${missing[@]/python3-venv}")
fi
wanted=()
for package in "${missing[@]}"; do
    [ -n "$package" ] && wanted+=("$package")
done
[ ${#wanted[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "bootstrap: installing ${wanted[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}"
