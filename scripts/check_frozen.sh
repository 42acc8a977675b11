#!/usr/bin/env bash
# Build the installable app with build.spec (PyInstaller, one folder) and check the FROZEN app,
# never the source: --version and a Vietnamese message, a headless import → playlists →
# export screen/speaker whose files decode with the bundled ffmpeg, a screen playlist played
# through QtMultimedia, a signed airing log imported through a spawned checking child, the
# month's report as PDF and XLSX, the main window opening offscreen and closing cleanly,
# nothing written into the app's folder.
# Prints the build time and the folder's size; exits non-zero on the first failure.
#
#   scripts/check_frozen.sh            # build into a temporary folder, removed afterwards
#   KEEP=1 scripts/check_frozen.sh     # keep it (the path is printed)
#
# PYTHON (python3) makes a venv that sees the system's packages (FROZEN_VENV, default
# build/frozen-venv) and installs PyInstaller and this project there; FROZEN_OUT picks the
# output folder. On a fresh Debian/Ubuntu it also apt-installs the system libraries Qt
# loads (as .ci/run does; sudo when not root).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3}
VENV=${FROZEN_VENV:-$ROOT/build/frozen-venv}
OUT=${FROZEN_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/ledcast-frozen.XXXXXX")}
PYINSTALLER_SPEC='pyinstaller>=6.6'

step() { printf '\n== %s\n' "$*"; }
fail() { printf '\ncheck_frozen: FAILED: %s\n' "$*" >&2; exit 1; }
trap 'rc=$?; [ $rc -eq 0 ] || printf "\ncheck_frozen: FAILED (exit %s) at line %s: %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR
cleanup() { [ -n "${KEEP:-}" ] || [ -n "${FROZEN_OUT:-}" ] || rm -rf "$OUT"; }
trap cleanup EXIT

step "system libraries Qt loads (the list of .ci/run), installed when missing"
# PyInstaller copies the ones it finds into the folder; the GL/EGL drivers stay the system's.
QT_DEPS=(libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
    libglib2.0-0 libpulse0 libasound2 libxcb-cursor0 libxrender1 libxi6 libxrandr2 libsm6 libice6)
if command -v dpkg >/dev/null && command -v apt-get >/dev/null; then
    missing=()
    for pkg in "${QT_DEPS[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
    if [ ${#missing[@]} -gt 0 ]; then
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    echo "ok"
else
    echo "not a Debian/Ubuntu system: make sure Qt's libraries (${QT_DEPS[*]}) are installed"
fi

step "PyInstaller and ledcast in $VENV"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv --system-site-packages "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "$PYINSTALLER_SPEC" "$ROOT"
"$VENV/bin/python" -m PyInstaller --version
VERSION=$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("ledcast"))')
echo "package version $VERSION"

step "build ($OUT)"
start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/build" "$ROOT/build.spec"
BUILD_S=$(( $(date +%s) - start ))
touch "$OUT/built.stamp"
APP=$OUT/dist/ledcast
CLI=$APP/ledcast-cli
GUI=$APP/ledcast
FFMPEG=$(find "$APP/_internal/imageio_ffmpeg/binaries" -maxdepth 1 -name 'ffmpeg*' -type f -perm -u+x | head -n1)
[ -x "$CLI" ] && [ -x "$GUI" ] || fail "no ledcast / ledcast-cli in $APP"
[ -n "$FFMPEG" ] || fail "no executable ffmpeg under $APP/_internal/imageio_ffmpeg/binaries"
echo "built in ${BUILD_S} s"

# From here on only the frozen folder runs: no PYTHONPATH, no checkout as working directory.
unset PYTHONPATH LEDCAST_WORKSPACE
WORK=$OUT/check
mkdir -p "$WORK/media"
cd "$WORK"
export LEDCAST_LANG=en
frozen() { "$CLI" --workspace "$WORK/ws" "$@"; }

step "--version"
got=$("$CLI" --version)
[ "$got" = "ledcast $VERSION" ] || fail "--version printed '$got', expected 'ledcast $VERSION'"
echo "$got"
vi_error=$(LEDCAST_LANG=vi "$CLI" --no-such-option 2>&1 || true)
grep -q "xem ledcast --help" <<<"$vi_error" || fail "no Vietnamese message (catalogue missing?): $vi_error"
echo "Vietnamese catalogue: $vi_error"

step "media from the bundled ffmpeg (test pattern with tone, a sine bulletin)"
"$FFMPEG" -v error -y -f lavfi -i testsrc=size=320x240:rate=25:duration=3 \
    -f lavfi -i sine=frequency=660:sample_rate=44100:duration=3 -map 0:v -map 1:a -c:v libx264 -preset ultrafast \
    -pix_fmt yuv420p -c:a aac -shortest "$WORK/media/clip.mp4"
"$FFMPEG" -v error -y -f lavfi -i sine=frequency=440:sample_rate=48000:duration=4 "$WORK/media/ban-tin.wav"
ls -l "$WORK/media"

step "headless import, approval, outlet, playlists"
json_ids() { "$VENV/bin/python" -c 'import json,sys; print(" ".join(str(m["id"]) for m in json.load(sys.stdin)["added"]))'; }
CLIP=$(frozen media add "$WORK/media/clip.mp4" --json | json_ids)
WAV=$(frozen media add "$WORK/media/ban-tin.wav" --json | json_ids)
[ -n "$CLIP" ] && [ -n "$WAV" ] || fail "media add gave no ids"
# shellcheck disable=SC2086 # ids are plain integers
frozen media approve $CLIP $WAV --by "Chủ tịch UBND xã"
frozen outlet add "LED chợ" --kind screen --size 192x96 --fps 25
frozen playlist add "Vòng sáng" --kind screen --outlet "LED chợ"
frozen playlist items "Vòng sáng" "$CLIP" --duration 3
frozen playlist add "Bản tin sáng" --kind speaker
frozen playlist items "Bản tin sáng" "$WAV" "$WAV"

step "export screen and export speaker"
frozen export screen "Vòng sáng" --out "$WORK/usb/man-hinh"
frozen export speaker "Bản tin sáng" --out "$WORK/usb/loa"

step "exported files decode with the bundled ffmpeg"
for folder in "$WORK/usb/man-hinh" "$WORK/usb/loa"; do
    [ -f "$folder/manifest.json" ] || fail "no manifest.json in $folder"
    decoded=0
    for f in "$folder"/*; do
        case "${f,,}" in
            *.mp4 | *.mkv | *.webm | *.avi | *.mov | *.mp3 | *.wav | *.m4a | *.aac | *.ogg | *.opus | *.flac) ;;
            *) continue ;;
        esac
        errors=$("$FFMPEG" -v error -nostdin -i "$f" -f null - 2>&1) || fail "ffmpeg cannot decode $f: $errors"
        [ -z "$errors" ] || fail "decoding $f reported: $errors"
        echo "decodes: ${f#"$WORK"/} ($(du -h "$f" | cut -f1))"
        decoded=$((decoded + 1))
    done
    [ "$decoded" -gt 0 ] || fail "no media file in $folder: $(ls "$folder")"
done

step "play the screen playlist through QtMultimedia (its FFmpeg backend), offscreen; the airing is logged"
frozen unit set --code XA-THU --name "Xã Thử"
played=$(QT_QPA_PLATFORM=offscreen timeout 120 "$CLI" --workspace "$WORK/ws" play "Vòng sáng" --no-sound 2>&1) ||
    fail "play failed: $played"
grep -q "1 airing(s) logged" <<<"$played" || fail "play logged no airing: $played"
grep -v symbolsresolver <<<"$played"

step "signed airing log to another unit: 3 files, checked by a spawned child of the frozen app"
frozen keys init >/dev/null
frozen keys show --out "$WORK/xa-thu.pub" >/dev/null
other() { "$CLI" --workspace "$WORK/ws-huyen" "$@"; }
other unit set --code HUYEN-THU --name "Huyện Thử"
other keys trust "$WORK/xa-thu.pub"
frozen airing export --out "$WORK/log-1.json"
cp "$WORK/log-1.json" "$WORK/log-2.json" && cp "$WORK/log-1.json" "$WORK/log-3.json"
imported=$(other airing import "$WORK/log-1.json" "$WORK/log-2.json" "$WORK/log-3.json" --json)
"$VENV/bin/python" -c '
import json, sys
rows = json.loads(sys.argv[1])
assert [(r["new"], r["known"], r["rejected"]) for r in rows] == [(1, 0, None), (0, 1, None), (0, 1, None)], rows
print("imported: 1 new airing, then 2 files already known")' "$imported" || fail "airing import: $imported"

step "the month's report as PDF (reportlab, the bundled Vietnamese font) and XLSX"
frozen report --month "$(date +%Y-%m)" --format pdf --out "$WORK/bao-cao.pdf"
frozen report --month "$(date +%Y-%m)" --format xlsx --out "$WORK/bao-cao.xlsx"
[ "$(head -c 5 "$WORK/bao-cao.pdf")" = "%PDF-" ] || fail "bao-cao.pdf is not a PDF"
grep -aq "BeVietnamPro" "$WORK/bao-cao.pdf" || fail "bao-cao.pdf does not embed the bundled Be Vietnam Pro font"
"$VENV/bin/python" -c 'import openpyxl, sys; assert openpyxl.load_workbook(sys.argv[1]).worksheets' "$WORK/bao-cao.xlsx" ||
    fail "bao-cao.xlsx does not open"

step "main window offscreen, closed by the LEDCAST_QUIT_AFTER_MS hook"
set +e
QT_QPA_PLATFORM=offscreen LEDCAST_QUIT_AFTER_MS=4000 timeout 120 "$GUI" --workspace "$WORK/ws" >"$WORK/gui.log" 2>&1
rc=$?
set -e
[ $rc -eq 0 ] || { cat "$WORK/gui.log" >&2; fail "the GUI exited with $rc"; }
if grep -q "Traceback" "$WORK/gui.log"; then cat "$WORK/gui.log" >&2; fail "the GUI printed a traceback"; fi
echo "exit code 0"

step "nothing written into the app's own folder (read-only under Program Files)"
written=$(find "$APP" -newer "$OUT/built.stamp" | head -n5)
[ -z "$written" ] || fail "the app wrote into its folder: $written"
echo "ok"

step "summary"
SIZE=$(du -sh "$APP" | cut -f1)
echo "ledcast $VERSION frozen: build ${BUILD_S} s, folder $SIZE ($APP)"
echo "  ffmpeg $(du -h "$FFMPEG" | cut -f1), Qt $(du -sh "$APP/_internal/PySide6" | cut -f1)"
[ -z "${KEEP:-}" ] || echo "kept: $OUT"
echo "check_frozen: all checks passed"
