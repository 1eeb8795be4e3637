#!/usr/bin/env bash
# Build the one-folder MoU Studio with PyInstaller, then check that the built app starts.
#
#     packaging/build.sh                 # -> dist/mou-studio/{mou-studio,mou-studio-cli}
#     PYTHON=python3.11 packaging/build.sh
#
# A build venv (build/pyinstaller/venv) gets PyInstaller and the project; the spec is
# packaging/mou-studio.spec. The check starts the built GUI offscreen with --smoke-test
# (window shown with the demo agreement, exit 0) and runs the built CLI's `check`, then
# prints the folder's size and the start time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build/pyinstaller}"
PYTHON="${PYTHON:-python3}"
VENV="$BUILD/venv"
APP="$ROOT/dist/mou-studio"

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.10,<7" "$ROOT"

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$BUILD/work" "$ROOT/packaging/mou-studio.spec"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
started=$(date +%s.%N)
"$APP/mou-studio" --db "$scratch/smoke.db" --smoke-test 2>"$scratch/gui.log" \
    || { cat "$scratch/gui.log" >&2; echo "build.sh: the built app did not start" >&2; exit 1; }
finished=$(date +%s.%N)
"$APP/mou-studio-cli" --db "$scratch/smoke.db" check
"$APP/mou-studio-cli" --db "$scratch/smoke.db" list
# The parts that read packaged data at run time: python-docx's templates, the house style,
# the importer, the library and register seeds, the backups.
"$APP/mou-studio-cli" --db "$scratch/smoke.db" export 1 --out "$scratch/smoke.docx"
seed="$(ls "$ROOT"/../shared/seeds/000_*.txt 2>/dev/null | head -1 || true)"
if [ -n "$seed" ]; then "$APP/mou-studio-cli" --db "$scratch/smoke.db" import "$seed"; fi
"$APP/mou-studio-cli" --db "$scratch/smoke.db" backup
# The core's message catalogues travel with the app: an error comes out in French.
refusal="$("$APP/mou-studio-cli" --db "$scratch/smoke.db" --ui-lang fr show 999 2>&1 || true)"
if ! grep -q "aucun accord" <<<"$refusal"; then
    echo "build.sh: the built CLI does not find its French messages: $refusal" >&2; exit 1
fi

echo "built: $APP ($(du -sh "$APP" | cut -f1), $(find "$APP" -type f | wc -l) files)"
echo "first start to the demo shown: $(echo "$finished - $started" | bc) s"
