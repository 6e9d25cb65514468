#!/usr/bin/env bash
# Set up Huidu on a Debian/Ubuntu machine, then start it or test it.
#
#   bash build/setup.sh run    # install what is missing, open the app on the bundled sample compilation
#   bash build/setup.sh test   # install what is missing, run lint, type checks and the whole test suite
#
# What it installs: the system libraries Qt needs (offscreen for tests, X11 for the window), a CJK font
# so Chinese renders, python3-venv when the system Python lacks it, and the Python packages pinned in
# build/constraints.txt into .venv. Each step is skipped when already done, so re-running is cheap.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
shift || true

QT_OFFSCREEN=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-wqy-microhei)
QT_WINDOW=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
           libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1)

say() { printf '\033[1m[huidu setup]\033[0m %s\n' "$*" >&2; }

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s\n' "$pkg"
  done
}

apt_install() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian system: install Qt's libraries and a CJK font yourself"; return 0; }
  local wanted
  mapfile -t wanted < <(missing_packages "$@")
  [ "${#wanted[@]}" -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "missing system packages (${wanted[*]}); run as root or install them: apt-get install ${wanted[*]}"
      return 0
    fi
  fi
  say "installing system packages: ${wanted[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq || say "apt-get update failed; trying the install anyway"
  $sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null \
    || say "could not install ${wanted[*]}; Qt may fail to start"
}

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

setup_python() {
  local python=${PYTHON:-python3}
  python_ok "$python" || { say "Huidu needs Python 3.11 or newer ($python is older or missing)"; exit 1; }
  if [ ! -x .venv/bin/python ]; then
    if ! "$python" -m venv .venv 2>/dev/null; then
      rm -rf .venv
      apt_install python3-venv
      "$python" -m venv .venv
    fi
  fi
  local stamp
  stamp=$(cat pyproject.toml build/constraints.txt | sha256sum | cut -c1-16)
  if [ "$(cat .venv/.huidu-stamp 2>/dev/null)" != "$stamp" ]; then
    say "installing Python packages into .venv"
    # (pip's notes about local index folders that do not exist are noise here)
    .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
    .venv/bin/python -m pip install -q -c build/constraints.txt -e ".[test]" 2> >(grep -v "^WARNING: Location" >&2)
    echo "$stamp" > .venv/.huidu-stamp
  fi
}

case "$mode" in
  run)
    apt_install "${QT_OFFSCREEN[@]}" "${QT_WINDOW[@]}"
    setup_python
    .venv/bin/python build/i18n.py --no-update --quiet  # compile the interface translations (.qm)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      say "no display found: set DISPLAY, or run under xvfb-run"
    fi
    exec .venv/bin/huidu --sample "$@"
    ;;
  test)
    apt_install "${QT_OFFSCREEN[@]}"
    setup_python
    export QT_QPA_PLATFORM=offscreen
    say "translations"
    .venv/bin/python build/i18n.py --check --quiet
    say "ruff"
    .venv/bin/ruff check desktop tests build packaging
    .venv/bin/ruff format --check desktop tests build packaging
    say "mypy"
    .venv/bin/mypy
    say "pytest"
    exec .venv/bin/pytest -q "$@"
    ;;
  *)
    echo "usage: bash build/setup.sh run|test [args…]" >&2
    exit 2
    ;;
esac
