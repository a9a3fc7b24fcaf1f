#!/usr/bin/env bash
# One-stop set-up for a fresh Debian/Ubuntu machine (run as root or with sudo available):
#   bash scripts/dev.sh start   installs everything, creates the demo office on first run, starts the GUI
#   bash scripts/dev.sh test    installs everything, runs the whole test suite headless
#   bash scripts/dev.sh test-at "2027-01-01 00:20:00" [PYTEST ARGS]
#                               runs the tests again with the computer's clock at that UTC instant (libfaketime;
#                               TZ=... picks the PC's time zone, UTC by default)
#   bash scripts/dev.sh setup   installs only
# Installing is idempotent: apt packages already present and an existing .venv are reused.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
t0=$SECONDS

APT_PKGS=(
  libpcsclite-dev build-essential python3-venv   # pyscard builds from its sdist (winscard.h)
  pcscd vsmartcard-vpcd                          # PC/SC daemon + virtual reader driver (card simulator, tests)
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fontconfig fonts-dejavu-core  # Qt
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1      # Qt xcb
  xvfb xauth imagemagick                         # real window + screenshots
  socat                                          # serial pty pairs
  poppler-utils zbar-tools                       # PDF -> PNG, QR decoding in receipt tests
  binutils                                       # PyInstaller
  softhsm2                                       # a real PKCS#11 module for the key store tests (shared ci-recipe 8b)
  cups printer-driver-cups-pdf cups-client cups-bsd  # a real print queue: cupsd started by tests/support/cups.py (8c)
  postgresql                                     # the network version: a throw-away cluster per test session (8a)
)

setup() {
  local missing=() sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  for p in "${APT_PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "apt: installing ${missing[*]}"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  echo "apt done after $((SECONDS - t0))s"
  VENV=${VENV:-.venv}
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --progress-bar off -r requirements-dev.txt
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --progress-bar off --no-deps -e .
  echo "pip done after $((SECONDS - t0))s"
}

case "${1:-}" in
  setup) setup ;;
  start)
    setup
    shift
    DB=${STS_POS_DB:-}
    if [ -z "$DB" ]; then DB=$(.venv/bin/python -c 'from sts_pos.store.location import default_db_path; print(default_db_path())'); fi
    if [ ! -e "$DB" ]; then
      echo "first run: creating the demo office in $DB (users and passwords below)"
      .venv/bin/sts-pos --db "$DB" demo
    fi
    exec .venv/bin/python -m sts_pos.app --db "$DB" "$@"
    ;;
  test)
    setup
    shift
    export QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1 LANG=C.UTF-8
    set +e
    .venv/bin/python -m pytest -q --durations=15 "$@"   # the 15 slowest tests listed: CI's time budget
    rc=$?
    if [ "$#" -eq 0 ] && [ "$rc" -eq 0 ]; then  # the network version: services, commands and crashes on PostgreSQL
      STS_POS_TEST_BACKEND=postgresql .venv/bin/python -m pytest -q tests/vending tests/cli/test_crash.py \
        tests/cli/test_bad_input.py tests/store/test_tamper_evidence.py tests/store/test_sqlite_utils.py \
        tests/store/test_guessing_and_races.py tests/devices/test_card_pulls.py tests/devices/test_card_write_back.py \
        tests/devices/test_sms_outbox.py tests/collector/test_delivery.py tests/collector/test_crash.py \
        tests/collector/test_more.py tests/collector/test_sms_channel.py \
        -k "not rehashed and not forged_appended and not restore_refuses_an_incomplete"  # those edit the file
      rc=$?
    fi
    set -e
    echo "tests took $((SECONDS - t0))s in all, pytest rc=$rc"
    if [ "$rc" -eq 5 ]; then echo "pytest: no tests collected"; exit 0; fi
    exit "$rc"
    ;;
  test-at)
    setup
    shift
    at=${1:?give the instant, e.g. "2027-01-01 00:20:00" (UTC)}
    shift
    export QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1 LANG=C.UTF-8 TZ=${TZ:-UTC}
    lft=$(.venv/bin/python -c 'import libfaketime, os; print(os.path.dirname(libfaketime.__file__))')/vendor/libfaketime/src/libfaketime.so.1
    # an offset (+N), not @date: child processes then keep the same fake clock (shared ci-recipe 8d)
    offset=$(( $(date -ud "$at" +%s) - $(date +%s) ))
    echo "tests with the clock at $at UTC (offset ${offset}s, TZ=$TZ)"
    set +e
    LD_PRELOAD=$lft FAKETIME="+$offset" FAKETIME_DONT_FAKE_MONOTONIC=1 .venv/bin/python -m pytest -q "$@"
    rc=$?
    set -e
    echo "tests at $at took $((SECONDS - t0))s in all, pytest rc=$rc"
    exit "$rc"
    ;;
  *) echo "usage: bash scripts/dev.sh start|test|test-at INSTANT|setup" >&2; exit 64 ;;
esac
