#!/usr/bin/env bash
# Build the sts-pos installer on Linux: dist/sts-pos-<version>/ (one folder) and dist/sts-pos-<version>-linux-<arch>.tar.gz.
#   bash scripts/build_installer.sh           build, report size and build time, make the archive
#   bash scripts/build_installer.sh --smoke   the same, then unpack the archive in a temporary folder and check it:
#       both executables print the version; --bundle-check (run-time imports: reportlab barcodes, pyserial URL
#       handlers, escpos capabilities, every subcommand); the command line creates a demo office, vends a token
#       and renders the receipt PDF (%PDF, holds the token); the GUI starts offscreen, shows its main window, writes
#       its log in the per-user log folder and quits (--smoke-exit), offscreen and (with xvfb-run) on X11; without
#       a display the GUI exits 2 with a message instead of Qt's abort (134).
# Uses the project venv (.venv, or $VENV): run `bash scripts/dev.sh setup` first. Any failure exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${VENV:-.venv}
SMOKE=0
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "usage: bash scripts/build_installer.sh [--smoke]" >&2; exit 64 ;;
  esac
done

fail() { echo "build_installer: FAILED: $*" >&2; exit 1; }
step() { echo "build_installer: $*"; }

[ -x "$VENV/bin/pyinstaller" ] || fail "$VENV/bin/pyinstaller not found; run 'bash scripts/dev.sh setup' first"
PY="$VENV/bin/python"
VERSION=$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' src/sts_pos/__init__.py)
[ -n "$VERSION" ] || fail "no __version__ in src/sts_pos/__init__.py"
NAME="sts-pos-$VERSION"
BUNDLE="dist/$NAME"
ARCHIVE="dist/$NAME-linux-$(uname -m).tar.gz"
LOG="build/installer-build.log"
mkdir -p build dist

# --- build ------------------------------------------------------------------------------------------------------
t0=$SECONDS
step "building $BUNDLE with PyInstaller (log: $LOG)"
if ! timeout 600 "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build_installer.spec >"$LOG" 2>&1; then
  tail -40 "$LOG" >&2
  fail "pyinstaller failed (full log in $LOG)"
fi
build_s=$((SECONDS - t0))
for exe in sts-pos sts-pos-cli; do [ -x "$BUNDLE/$exe" ] || fail "$BUNDLE/$exe was not built"; done
size=$(du -sh "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
step "built $BUNDLE in ${build_s}s: $size, $files files"

t1=$SECONDS
rm -f "$ARCHIVE"
tar -C dist -czf "$ARCHIVE" "$NAME"
step "archive $ARCHIVE: $(du -h "$ARCHIVE" | cut -f1) in $((SECONDS - t1))s"

# Shared libraries a bundled file needs and nobody provides, apart from the optional desktop integrations
# (GTK theme, Wayland) that Qt skips when the target lacks them.
missing=$(find "$BUNDLE" -name '*.so*' -type f -print0 | xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' \
          | grep -v -E 'lib(gtk-3|gdk-3|wayland-)' | sort -u || true)
[ -z "$missing" ] || fail "bundled libraries need missing system libraries:"$'\n'"$missing"

if [ "$SMOKE" -eq 0 ]; then
  step "done in $((SECONDS - t0))s (add --smoke to test the bundle)"
  exit 0
fi

# --- smoke test: the unpacked archive, outside the checkout, without the venv ----------------------------------
t2=$SECONDS
TMP=$(mktemp -d "${TMPDIR:-/tmp}/sts-pos-smoke.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
tar -C "$TMP" -xzf "$ARCHIVE"
APP="$TMP/$NAME/sts-pos"
CLI="$TMP/$NAME/sts-pos-cli"
DB="$TMP/office/office.sqlite3"
mkdir -p "$TMP/home" "$TMP/office" "$TMP/work"
# A bare environment: no venv, no PYTHONPATH, a fresh HOME (so platformdirs' per-user folders are empty).
run() {
  local limit=$1; shift
  (cd "$TMP/work" && env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 TMPDIR="$TMP" \
     ${QT_QPA_PLATFORM_SMOKE:+QT_QPA_PLATFORM=$QT_QPA_PLATFORM_SMOKE} \
     ${STS_POS_USER:+STS_POS_USER=$STS_POS_USER} ${STS_POS_PASSWORD:+STS_POS_PASSWORD=$STS_POS_PASSWORD} \
     ${STS_POS_VAULT_PASSPHRASE:+STS_POS_VAULT_PASSPHRASE=$STS_POS_VAULT_PASSPHRASE} \
     timeout "$limit" "$@")
}
json() { "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
unset STS_POS_USER STS_POS_PASSWORD STS_POS_VAULT_PASSPHRASE QT_QPA_PLATFORM_SMOKE

for exe in "$APP" "$CLI"; do
  shown=$(run 30 "$exe" --version) || fail "$(basename "$exe") --version exited $?"
  [ "$shown" = "sts-pos $VERSION" ] || fail "$(basename "$exe") --version says '$shown', expected 'sts-pos $VERSION'"
done
step "smoke: both executables say 'sts-pos $VERSION'"

run 60 "$CLI" --bundle-check >"$TMP/check.json" || { cat "$TMP/check.json" >&2; fail "--bundle-check found missing run-time modules"; }
[ "$(json "$TMP/check.json" "d['frozen']")" = True ] || fail "--bundle-check did not run frozen"
step "smoke: bundle check ok ($(json "$TMP/check.json" "'; '.join(k + ' ' + v for k, v in d['checks'].items() if not k.startswith('sts_pos'))"))"

# sts-pos (the GUI executable) given a subcommand is the command line
run 120 "$APP" --db "$DB" demo --days 1 --json >"$TMP/demo.json" || fail "sts-pos demo exited $?"
export STS_POS_USER=cashier
STS_POS_PASSWORD=$(json "$TMP/demo.json" "next(u['password'] for u in d['users'] if u['role'] == 'cashier')")
STS_POS_VAULT_PASSPHRASE=$(json "$TMP/demo.json" "d['vault_passphrase']")
export STS_POS_PASSWORD STS_POS_VAULT_PASSPHRASE
METER=$(json "$TMP/demo.json" "next(m['meter_number'] for m in d['meters'] if m['kind'] == 'keypad')")
step "smoke: demo office in $DB ($(json "$TMP/demo.json" "len(d['meters'])") meters)"

run 60 "$CLI" --db "$DB" vend --meter "$METER" --amount 100 --json >"$TMP/vend.json" || fail "sts-pos-cli vend exited $?"
SALE=$(json "$TMP/vend.json" "d['sale']['id']")
TOKEN=$(json "$TMP/vend.json" "d['tokens'][-1]['number']")
[ "$(json "$TMP/vend.json" "d['sale']['status']")" = ISSUED ] || fail "the sale is not ISSUED: $(cat "$TMP/vend.json")"
[[ "$TOKEN" =~ ^[0-9]{20}$ ]] || fail "vend gave no 20-digit token: $(cat "$TMP/vend.json")"
step "smoke: vended sale $SALE to meter $METER, token $TOKEN"

PDF="$TMP/receipt.pdf"
run 60 "$CLI" --db "$DB" --json print --sale "$SALE" --paper 80mm --out "$PDF" >"$TMP/print.json" || fail "sts-pos-cli print exited $?"
[ -s "$PDF" ] || fail "no receipt PDF at $PDF"
[ "$(head -c 4 "$PDF")" = "%PDF" ] || fail "$PDF does not start with %PDF"
if command -v pdftotext >/dev/null; then
  pdftotext "$PDF" - | tr -d ' \n' | grep -q "$TOKEN" || fail "the receipt PDF does not show token $TOKEN"
  step "smoke: receipt PDF $(stat -c %s "$PDF") bytes, shows the token"
else
  step "smoke: receipt PDF $(stat -c %s "$PDF") bytes (pdftotext missing: token text not checked)"
fi
unset STS_POS_USER STS_POS_PASSWORD STS_POS_VAULT_PASSPHRASE

set +e
run 30 "$APP" --db "$DB" >"$TMP/nodisplay.out" 2>&1
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "the GUI without a display exited $rc (expected 2 with a message): $(cat "$TMP/nodisplay.out")"
step "smoke: without a display the GUI exits 2 with a message"

export QT_QPA_PLATFORM_SMOKE=offscreen
run 60 "$APP" --db "$DB" --smoke-exit 2 >"$TMP/gui.out" 2>"$TMP/gui.err" \
  || { cat "$TMP/gui.out" "$TMP/gui.err" >&2; fail "the GUI smoke start failed"; }
grep '^{"smoke": "gui"' "$TMP/gui.out" >"$TMP/gui.json" || fail "the GUI printed no smoke report: $(cat "$TMP/gui.out")"
[ "$(json "$TMP/gui.json" "d['ok']")" = True ] || fail "GUI smoke report: $(cat "$TMP/gui.json")"
LOGFILE=$(json "$TMP/gui.json" "d['log_file']")
case "$LOGFILE" in "$TMP/home/"*) ;; *) fail "the GUI log is not in the per-user folder under HOME: '$LOGFILE'" ;; esac
grep -q "sts-pos $VERSION starting (bundle)" "$LOGFILE" || fail "the GUI log $LOGFILE lacks the start line"
step "smoke: GUI on $(json "$TMP/gui.json" "d['platform']") showed $(json "$TMP/gui.json" "d['windows']"), forms from the bundle, version $(json "$TMP/gui.json" "d['version']"), log ${LOGFILE#"$TMP/home/"}"
unset QT_QPA_PLATFORM_SMOKE

if command -v xvfb-run >/dev/null; then  # the real X11 platform plugin (xcb), as on a desktop
  timeout 90 xvfb-run -a bash -c 'cd "$2/work" && exec env -i PATH=/usr/bin:/bin HOME="$2/home" LANG=C.UTF-8 \
      TMPDIR="$2" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$0" --db "$1" --smoke-exit 2' "$APP" "$DB" "$TMP" \
      >"$TMP/xcb.out" 2>"$TMP/xcb.err" || { cat "$TMP/xcb.out" "$TMP/xcb.err" >&2; fail "the GUI under Xvfb failed"; }
  grep '^{"smoke": "gui"' "$TMP/xcb.out" >"$TMP/xcb.json" || fail "the GUI under Xvfb printed no smoke report"
  [ "$(json "$TMP/xcb.json" "d['ok'] and d['platform']")" = xcb ] || fail "GUI smoke report under Xvfb: $(cat "$TMP/xcb.json")"
  step "smoke: GUI under Xvfb (xcb) showed $(json "$TMP/xcb.json" "d['windows']")"
else
  step "smoke: xvfb-run not installed, the xcb (X11) start was not checked"
fi

step "smoke test passed in $((SECONDS - t2))s; build $build_s s, bundle $size ($files files), archive $(du -h "$ARCHIVE" | cut -f1); total $((SECONDS - t0))s"
