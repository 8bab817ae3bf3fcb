#!/usr/bin/env bash
# Build the packages for one system, the same way on a laptop and in the release workflow:
#
#   packaging/build.sh linux     dist/wellness-journal/ and dist/wellness-journal_VERSION_amd64.deb
#   packaging/build.sh windows   dist/wellness-journal/ and dist/wellness-journal-VERSION-setup.exe
#                                (Inno Setup's ISCC on PATH or in its usual folder), and a .zip
#   packaging/build.sh macos     dist/Wellness Journal.app (ad-hoc signed) and a .dmg
#
# Installs exactly the versions in requirements/build.txt (hashes checked, wheels only) into
# build/venv-SYSTEM, checks the bundle (size budget on Linux, no network or web modules) and
# writes dist/SHA256SUMS-SYSTEM.txt. PYTHON picks the Python to build with (default python3).
set -euo pipefail

target=${1:-}
case "$target" in
linux | windows | macos) ;;
*)
    echo "usage: packaging/build.sh linux|windows|macos" >&2
    exit 2
    ;;
esac
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
venv=build/venv-$target
if [ "$target" = windows ]; then bin=$venv/Scripts; else bin=$venv/bin; fi
started=$(date +%s)

# 1. A clean build environment with the locked versions, made again when the lock changes.
lock_hash=$("$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest()[:16])' requirements/build.txt)
if [ ! -f "$venv/.lock-$lock_hash" ]; then
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    "$bin/python" -m pip install --quiet --disable-pip-version-check \
        --require-hashes --only-binary :all: -r requirements/build.txt
    touch "$venv/.lock-$lock_hash"
fi
version=$("$bin/python" -c 'import sys; sys.path.insert(0, "src"); from wellness_journal import __version__; print(__version__)')
echo "== Wellness Journal $version for $target (Python $("$bin/python" -c 'import platform; print(platform.python_version())'), PyInstaller $("$bin/python" -m PyInstaller --version))"

# 2. Icons, then the one-folder bundle.
"$bin/python" packaging/make_icons.py
rm -rf dist/wellness-journal "dist/Wellness Journal.app"
"$bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath "build/pyinstaller-$target" packaging/wellness-journal.spec

# 3. The app's libraries work inside the bundle (numpy, matplotlib, Qt plugins, SQLCipher...);
#    the self-check program is then deleted so it never ships.
selfcheck=dist/wellness-journal/wellness-journal-selfcheck
if [ "$target" = windows ]; then selfcheck=$selfcheck.exe; fi
QT_QPA_PLATFORM=offscreen "$selfcheck"
rm -f "$selfcheck" "dist/Wellness Journal.app/Contents/MacOS/wellness-journal-selfcheck"

# 4. What is in it: the size budget (Linux) and nothing that can reach the network.
budget=""
if [ "$target" = linux ]; then budget="--budget-mb $("$bin/python" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_rules; print(bundle_rules.LINUX_BUDGET_MB)')"; fi
# shellcheck disable=SC2086 # budget is empty or two words
"$bin/python" packaging/check_bundle.py dist/wellness-journal $budget

# 5. The package for this system.
artefacts=()
case "$target" in
linux)
    deb=dist/wellness-journal_${version}_amd64.deb
    "$bin/python" packaging/linux/make_deb.py dist/wellness-journal "$version" "$deb"
    artefacts+=("$deb")
    ;;
windows)
    iscc=$(command -v iscc || command -v ISCC || true)
    if [ -z "$iscc" ]; then iscc="/c/Program Files (x86)/Inno Setup 6/ISCC.exe"; fi
    "$iscc" //Q "//DAppVersion=$version" packaging/windows/wellness-journal.iss
    artefacts+=("dist/wellness-journal-$version-setup.exe")
    (cd dist && rm -f "wellness-journal-$version-windows.zip" &&
        "../$bin/python" -m zipfile -c "wellness-journal-$version-windows.zip" wellness-journal)
    artefacts+=("dist/wellness-journal-$version-windows.zip")
    ;;
macos)
    app="dist/Wellness Journal.app"
    # Ad-hoc signature (no Apple account needed); see packaging/README.md for notarisation.
    codesign --force --deep --sign - "$app"
    codesign --verify --deep --strict "$app"
    staging=build/dmg
    rm -rf "$staging" && mkdir -p "$staging"
    cp -R "$app" "$staging/"
    ln -s /Applications "$staging/Applications"
    dmg=dist/wellness-journal-$version-macos.dmg
    rm -f "$dmg"
    hdiutil create -volname "Wellness Journal" -srcfolder "$staging" -ov -format UDZO "$dmg"
    artefacts+=("$dmg")
    ;;
esac

# 6. SHA-256 sums of what is handed out.
"$bin/python" packaging/sums.py "dist/SHA256SUMS-$target.txt" "${artefacts[@]}"
echo "== built in $(($(date +%s) - started)) s:"
for f in "${artefacts[@]}"; do
    "$bin/python" -c 'import os,sys; print(f"   {sys.argv[1]}  {os.path.getsize(sys.argv[1]) / 2**20:.1f} MiB")' "$f"
done
