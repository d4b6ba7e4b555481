#!/usr/bin/env bash
# Installs what `make verify` needs, only what is missing (safe to run again):
#   Debian: Java (for vnu), linkchecker, xmllint, Chromium and its WebDriver;
#   PyPI, into a virtual environment: Scripts/verify/requirements.txt.
# Usage: Scripts/verify/install.sh VENV_DIR
set -euo pipefail

venv=${1:?usage: install.sh VENV_DIR}
here=$(cd "$(dirname "$0")" && pwd)
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo

# --- Debian packages: a command that is missing names the package that brings it.
missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v linkchecker >/dev/null 2>&1 || missing+=(linkchecker)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
    echo "verify: installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- PyPI packages, into $venv. A stamp holding the requirements files' content
# skips pip when nothing changed; delete the folder to start over.
stamp="$venv/.verify-requirements"
wanted=$(cat "$here/requirements.txt" "$here/requirements-nodeps.txt")
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    exit 0
fi
echo "verify: installing PyPI packages into $venv"
[ -x "$venv/bin/python" ] || python3 -m venv --clear "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
# Only for its axe.min.js (axe-core 4.x); Playwright and its browser download are not needed.
"$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r "$here/requirements-nodeps.txt"
printf "%s" "$wanted" > "$stamp"
