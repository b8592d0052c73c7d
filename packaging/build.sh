#!/usr/bin/env bash
# Build the frozen kiosk into dist/producer-kiosk/ (what `make package` runs), then say how
# big it is. `packaging/build.sh --self-test` also runs the frozen self-test offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER="${PYINSTALLER:-.venv/bin/pyinstaller}"
# PyInstaller reads binaries with objdump; the CUPS print plugin is only carried with libcups.
if ! command -v objdump >/dev/null; then
    echo "package: objdump is missing: apt-get install binutils" >&2
    exit 2
fi
ldconfig -p 2>/dev/null | grep -q 'libcups\.so\.2' || echo "package: warning: libcups2 is" \
    "not installed here, so the build will not carry it (the kiosk machine then needs it)" >&2
started=$(date +%s)
"$PYINSTALLER" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/kiosk.spec
echo "built dist/producer-kiosk/ in $(( $(date +%s) - started )) s:" \
     "$(du -sh dist/producer-kiosk | cut -f1)"
if [ "${1:-}" = "--self-test" ]; then
    out="$(mktemp -d)"
    QT_QPA_PLATFORM=offscreen dist/producer-kiosk/producer-kiosk --self-test "$out"
    echo "self-test pictures in $out"
fi
