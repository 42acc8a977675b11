#!/usr/bin/env bash
# Build the installable app with build.spec (PyInstaller, one folder) and check the FROZEN app,
# never the source: --version and a Vietnamese message, a headless import → playlists →
# export screen/speaker whose files decode with the bundled ffmpeg, a screen playlist played
# through QtMultimedia, and the main window opening offscreen and closing cleanly. Prints the
# build time and the folder's size; exits non-zero on the first failure.
#
#   scripts/check_frozen.sh            # build into a temporary folder, removed afterwards
#   KEEP=1 scripts/check_frozen.sh     # keep it (the path is printed)
#
# PYTHON (python3) makes a venv that sees the system's packages (FROZEN_VENV, default
# build/frozen-venv) and installs PyInstaller and this project there; FROZEN_OUT picks the
# output folder. On a fresh Debian/Ubuntu it also apt-installs the few system libraries Qt
# needs even offscreen (as root).
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

step "system libraries Qt loads (GL, EGL, xkbcommon, fontconfig)"
missing=()
known=$(ldconfig -p)
for lib in libGL.so.1:libgl1 libEGL.so.1:libegl1 libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 \
    libdbus-1.so.3:libdbus-1-3; do
    grep -q "${lib%%:*}" <<<"$known" || missing+=("${lib##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    command -v apt-get >/dev/null && [ "$(id -u)" = 0 ] || fail "install these system packages first: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
echo "ok"

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

step "main window offscreen, closed by the LEDCAST_QUIT_AFTER_MS hook"
set +e
QT_QPA_PLATFORM=offscreen LEDCAST_QUIT_AFTER_MS=4000 timeout 120 "$GUI" --workspace "$WORK/ws" >"$WORK/gui.log" 2>&1
rc=$?
set -e
[ $rc -eq 0 ] || { cat "$WORK/gui.log" >&2; fail "the GUI exited with $rc"; }
if grep -q "Traceback" "$WORK/gui.log"; then cat "$WORK/gui.log" >&2; fail "the GUI printed a traceback"; fi
echo "exit code 0"

step "summary"
SIZE=$(du -sh "$APP" | cut -f1)
echo "ledcast $VERSION frozen: build ${BUILD_S} s, folder $SIZE ($APP)"
echo "  ffmpeg $(du -h "$FFMPEG" | cut -f1), Qt $(du -sh "$APP/_internal/PySide6" | cut -f1)"
[ -z "${KEEP:-}" ] || echo "kept: $OUT"
echo "check_frozen: all checks passed"
